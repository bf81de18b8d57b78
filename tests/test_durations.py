"""Durations, on the axis of seconds."""

import pytest

import helpers

MIN, H, DAY, WEEK, MONTH, YEAR = 60, 3600, 86400, 604800, 2629746, 31556952


def pick(text, span):
    return helpers.pick(text, "duration", span)


# text, span, low, high, qualifier, stated unit
DURATIONS = [
    # an ordinal before "minute" is a match's clock, its own unit: no length of anything
    ("Deane scored in the 30th minute.", "30th minute", 30 * MIN, 30 * MIN, "exact", "match_minute"),
    ("A 90th-minute penalty settled it.", "90th-minute", 90 * MIN, 90 * MIN, "exact", "match_minute"),
    # stoppage time is the game's clock after a half's last minute (units.yaml duration.stoppage_time)
    ("Deane added a third in stoppage time.", "stoppage time", 91 * MIN, 105 * MIN, "range", "match_minute"),
    ("He equalised deep into injury time.", "injury time", 91 * MIN, 105 * MIN, "range", "match_minute"),
    # ... in a headline's capitals, or all in capitals
    ("Deane Wins It In Stoppage Time", "Stoppage Time", 91 * MIN, 105 * MIN, "range", "match_minute"),
    ("DEANE ADDED A THIRD IN STOPPAGE TIME.", "STOPPAGE TIME", 91 * MIN, 105 * MIN, "range", "match_minute"),
    ("Osei scored in first-half stoppage time.", "first-half stoppage time", 46 * MIN, 55 * MIN, "range",
     "match_minute"),
    ("Osei scored in added time before half-time.", "added time before half-time", 46 * MIN, 55 * MIN, "range",
     "match_minute"),
    ("The talks lasted four hours.", "four hours", 4 * H, 4 * H, "exact", "hour"),
    ("He won by 40 milliseconds.", "40 milliseconds", 0.04, 0.04, "exact", "millisecond"),
    ("The temple stood for two millennia.", "two millennia", 2000 * YEAR, 2000 * YEAR, "exact", "millennium"),
    ("The talks lasted more than four hours.", "more than four hours", 4 * H, 5 * H, "more_than", "hour"),
    # "over" a time that something is spread across (after a quantity, or a verb of spreading) is exactly
    # that time; after a verb of lasting or "for" it is "more than"
    ("The EU will spend €1.5tn over ten years.", "ten years", 10 * YEAR, 10 * YEAR, "exact", "year"),
    ("The firm will cut 4,000 jobs over three years.", "three years", 3 * YEAR, 3 * YEAR, "exact", "year"),
    ("The tax will be phased in over five years.", "five years", 5 * YEAR, 5 * YEAR, "exact", "year"),
    ("They will spend £5bn over a decade.", "a decade", 10 * YEAR, 10 * YEAR, "exact", "decade"),
    ("Prices rose 5% over two years.", "two years", 2 * YEAR, 2 * YEAR, "exact", "year"),
    ("The strike lasted over ten hours.", "over ten hours", 10 * H, 11 * H, "more_than", "hour"),
    ("He was jailed for over a week.", "over a week", WEEK, 2 * WEEK, "more_than", "week"),
    ("He spent over 10 years in prison.", "over 10 years", 10 * YEAR, 20 * YEAR, "more_than", "year"),
    ("He has lived there for over 20 years.", "over 20 years", 20 * YEAR, 30 * YEAR, "more_than", "year"),
    # hedges of news writing
    ("The search took the better part of three weeks.", "the better part of three weeks", 2 * WEEK, 3 * WEEK,
     "less_than", "week"),
    ("The talks lasted nearly 10 hours.", "nearly 10 hours", 9 * H, 10 * H, "nearly", "hour"),
    ("The runner finished just shy of 10 seconds.", "just shy of 10 seconds", 9, 10, "nearly", "second"),
    ("They met for two hours and forty minutes.", "two hours and forty minutes", 2 * H + 40 * MIN, 2 * H + 40 * MIN, "exact", "hour"),
    ("The hijackers took 3 hours and 20 minutes.", "3 hours and 20 minutes", 3 * H + 20 * MIN, 3 * H + 20 * MIN, "exact", "hour"),
    ("They met for a week.", "a week", WEEK, WEEK, "exact", "week"),
    # "an hour or two": from one unit to that many
    ("The talks lasted an hour or two.", "an hour or two", H, 2 * H, "range", "hour"),
    ("The strike lasted a day or two, officials said.", "a day or two", DAY, 2 * DAY, "range", "day"),
    ("The talks lasted an hour or two of debate.", "an hour", H, H, "exact", "hour"),
    ("It ended a 12-month hunt.", "12-month", 12 * MONTH, 12 * MONTH, "exact", "month"),
    # "a couple hours": American papers drop the "of"; two or three, as "a couple of hours"
    ("The talks lasted a couple hours.", "a couple hours", 2 * H, 3 * H, "range", "hour"),
    ("A couple weeks later, she left.", "A couple weeks", 2 * WEEK, 3 * WEEK, "range", "week"),
    ("They waited about a couple hours.", "about a couple hours", 1.8 * H, 3.3 * H, "about", "hour"),
    ("a five-year plan", "five-year", 5 * YEAR, 5 * YEAR, "exact", "year"),
    ("They waited half an hour.", "half an hour", 30 * MIN, 30 * MIN, "exact", "hour"),
    ("The hearing was adjourned for half-an-hour.", "half-an-hour", 30 * MIN, 30 * MIN, "exact", "hour"),
    ("He ruled for a quarter century.", "a quarter century", 25 * YEAR, 25 * YEAR, "exact", "century"),
    ("It took a quarter hour.", "a quarter hour", 15 * MIN, 15 * MIN, "exact", "hour"),
    ("during a 33-minute period", "33-minute", 33 * MIN, 33 * MIN, "exact", "minute"),
    ("a 4.5-hour flight", "4.5-hour", 4.5 * H, 4.5 * H, "exact", "hour"),
    ("The search took two days.", "two days", 2 * DAY, 2 * DAY, "exact", "day"),
    ("a four-decade rivalry", "four-decade", 40 * YEAR, 40 * YEAR, "exact", "decade"),
    ("an hour and a half", "an hour and a half", 1.5 * H, 1.5 * H, "exact", "hour"),
    ("one and a half hours", "one and a half hours", 1.5 * H, 1.5 * H, "exact", "hour"),
    ("The talks lasted two hours and a half.", "two hours and a half", 2.5 * H, 2.5 * H, "exact", "hour"),
    ("He waited 3 days and a half, then left.", "3 days and a half", 3.5 * DAY, 3.5 * DAY, "exact", "day"),
    ("He left after two hours and a third of the staff followed.", "two hours", 2 * H, 2 * H, "exact", "hour"),
    ("within 24 hours", "within 24 hours", 23 * H, 24 * H, "at_most", "hour"),
    ("nearly 90 minutes", "nearly 90 minutes", 81 * MIN, 90 * MIN, "nearly", "minute"),
    ("more than a week", "more than a week", WEEK, 2 * WEEK, "more_than", "week"),
    ("about an hour", "about an hour", 0.9 * H, 1.1 * H, "about", "hour"),
    ("The talks lasted three to four hours.", "three to four hours", 3 * H, 4 * H, "range", "hour"),
    ("2 hours to 3 hours", "2 hours to 3 hours", 2 * H, 3 * H, "range", "hour"),
    ("He was sentenced to 12 years in prison.", "12 years", 12 * YEAR, 12 * YEAR, "exact", "year"),
    # how long, then the day it fell: not the British "a week on Monday" (a date)
    ("He was suspended for a week on Monday.", "a week", WEEK, WEEK, "exact", "week"),
    ("He was jailed for two years on Monday.", "two years", 2 * YEAR, 2 * YEAR, "exact", "year"),
    ("It is a week today since he died.", "a week", WEEK, WEEK, "exact", "week"),
    # units glued to the digits
    ("The flight took 4hrs.", "4hrs", 4 * H, 4 * H, "exact", "hour"),
    ("a 30mins wait", "30mins", 30 * MIN, 30 * MIN, "exact", "minute"),
    ("jailed for 5yrs", "5yrs", 5 * YEAR, 5 * YEAR, "exact", "year"),
    # an article phrase joins the number after it
    ("They talked for an hour and 20 minutes.", "an hour and 20 minutes", 80 * MIN, 80 * MIN, "exact", "hour"),
    ("It took a day and 6 hours.", "a day and 6 hours", 30 * H, 30 * H, "exact", "day"),
    # halves
    ("The siege lasted two and a half days.", "two and a half days", 2.5 * DAY, 2.5 * DAY, "exact", "day"),
    ("2 1/2 hours", "2 1/2 hours", 2.5 * H, 2.5 * H, "exact", "hour"),
    # hyphened, and a quarter or a third as well as a half
    ("The vote took an hour-and-a-half.", "an hour-and-a-half", 1.5 * H, 1.5 * H, "exact", "hour"),
    ("The trip took a day-and-a-half.", "a day-and-a-half", 1.5 * DAY, 1.5 * DAY, "exact", "day"),
    ("It took two-and-a-half hours.", "two-and-a-half hours", 2.5 * H, 2.5 * H, "exact", "hour"),
    ("They met for an hour and a quarter.", "an hour and a quarter", 75 * MIN, 75 * MIN, "exact", "hour"),
    ("After a day and a half of talks, they agreed.", "a day and a half", 1.5 * DAY, 1.5 * DAY, "exact", "day"),
    ("An hour and a half of debate followed.", "An hour and a half", 1.5 * H, 1.5 * H, "exact", "hour"),
    ("They met for one and a quarter hours.", "one and a quarter hours", 75 * MIN, 75 * MIN, "exact", "hour"),
    ("It took two and a quarter hours.", "two and a quarter hours", 135 * MIN, 135 * MIN, "exact", "hour"),
    ("It took 3 and a quarter hours.", "3 and a quarter hours", 195 * MIN, 195 * MIN, "exact", "hour"),
    # a range whose ends are in two units
    ("The wait lasted between 30 minutes and 2 hours.", "between 30 minutes and 2 hours", 30 * MIN, 2 * H, "range", "hour"),
    ("The wait ranged from 30 minutes to 2 hours.", "from 30 minutes to 2 hours", 30 * MIN, 2 * H, "range", "hour"),
    ("It took between 30 seconds and 2 minutes.", "between 30 seconds and 2 minutes", 30, 2 * MIN, "range", "minute"),
    # a range whose first number holds its unit over
    ("a 10- to 15-year sentence", "10- to 15-year", 10 * YEAR, 15 * YEAR, "range", "year"),
    ("a three-to-five-year term", "three-to-five-year", 3 * YEAR, 5 * YEAR, "range", "year"),
    ("a 10-to-15-year term", "10-to-15-year", 10 * YEAR, 15 * YEAR, "range", "year"),
    # a fraction of one unit: any fraction of the vocabulary, any unit
    ("The talks lasted two-thirds of an hour.", "two-thirds of an hour", 40 * MIN, 40 * MIN, "exact", "hour"),
    ("Protesters marched for three-quarters of an hour.", "three-quarters of an hour", 45 * MIN, 45 * MIN, "exact", "hour"),
    ("The talks lasted three quarters of an hour.", "three quarters of an hour", 45 * MIN, 45 * MIN, "exact", "hour"),
    ("They waited a quarter of an hour.", "a quarter of an hour", 15 * MIN, 15 * MIN, "exact", "hour"),
    ("It lasted a third of a century.", "a third of a century", 3155695200 / 3, 3155695200 / 3, "exact", "century"),
    # hours written "h", minutes "m" after them: "30m" is no length there
    ("The flight took 7h 30m.", "7h 30m", 7.5 * H, 7.5 * H, "exact", "hour"),
    ("The race lasted 2h.", "2h", 2 * H, 2 * H, "exact", "hour"),
    ("a 24h strike", "24h", 24 * H, 24 * H, "exact", "hour"),
    ("Total time: 1hr 20m.", "1hr 20m", 80 * MIN, 80 * MIN, "exact", "hour"),
    ("The drive takes 1hr 20min.", "1hr 20min", 80 * MIN, 80 * MIN, "exact", "hour"),
    ("They waited 45min.", "45min", 45 * MIN, 45 * MIN, "exact", "minute"),
    # seconds glued to their digits after minutes: "30s" is no decade there
    ("He ran it in 2h 15m 30s.", "2h 15m 30s", 2 * H + 15 * MIN + 30, 2 * H + 15 * MIN + 30, "exact", "hour"),
    ("He ran it in 2h 15m 45s.", "2h 15m 45s", 2 * H + 15 * MIN + 45, 2 * H + 15 * MIN + 45, "exact", "hour"),
    ("The race took 15min 30s.", "15min 30s", 15 * MIN + 30, 15 * MIN + 30, "exact", "minute"),
    ("He ran 1hr 2min 3s flat.", "1hr 2min 3s", H + 2 * MIN + 3, H + 2 * MIN + 3, "exact", "hour"),
    # a word between the number and its unit that leaves the amount as it is
    ("The summit lasted two full days.", "two full days", 2 * DAY, 2 * DAY, "exact", "day"),
    ("Fighting raged for 24 straight hours.", "24 straight hours", 24 * H, 24 * H, "exact", "hour"),
    ("He endured three long years in prison.", "three long years", 3 * YEAR, 3 * YEAR, "exact", "year"),
    ("They will stay five more days.", "five more days", 5 * DAY, 5 * DAY, "exact", "day"),
    ("It rained for nearly 3 consecutive days.", "nearly 3 consecutive days", 2.7 * DAY, 3 * DAY, "nearly", "day"),
    # ... or between "a", "an", "one" and its unit
    ("The strike lasted a full week.", "a full week", WEEK, WEEK, "exact", "week"),
    ("Rescuers searched for an entire day.", "an entire day", DAY, DAY, "exact", "day"),
    ("Talks were extended by a further week.", "a further week", WEEK, WEEK, "exact", "week"),
    ("One whole day passed before help came.", "One whole day", DAY, DAY, "exact", "day"),
    ("She waited a full hour and a half.", "a full hour and a half", 1.5 * H, 1.5 * H, "exact", "hour"),
    # parts listed with a comma before the last "and"
    ("He ran for 3 years, 2 months, 14 days, and 16 hours.", "3 years, 2 months, 14 days, and 16 hours",
     3 * YEAR + 2 * MONTH + 14 * DAY + 16 * H, 3 * YEAR + 2 * MONTH + 14 * DAY + 16 * H, "exact", "year"),
    # a hedge before the first part bounds the whole
    ("The flight took about 7h 30m.", "about 7h 30m", 0.9 * 7.5 * H, 1.1 * 7.5 * H, "about", "hour"),
    ("They talked for more than two hours and 20 minutes.", "more than two hours and 20 minutes",
     140 * MIN, 141 * MIN, "more_than", "hour"),
    # "the month-long strike", "its decade-long war": one unit, as after "a"
    ("The month-long strike ended on Friday.", "month-long", MONTH, MONTH, "exact", "month"),
    ("Its decade-long war ended in 2011.", "decade-long", 10 * YEAR, 10 * YEAR, "exact", "decade"),
    ("The hour-long speech drew cheers.", "hour-long", H, H, "exact", "hour"),
    # the parts of one length, however they are joined: hyphened before a noun, a comma, "and", nothing
    ("Djokovic won a 3-hour-12-minute final.", "3-hour-12-minute", 3 * H + 12 * MIN, 3 * H + 12 * MIN, "exact", "hour"),
    ("There was a 1-hour-45-minute delay.", "1-hour-45-minute", H + 45 * MIN, H + 45 * MIN, "exact", "hour"),
    ("They held a two-hour-40-minute meeting.", "two-hour-40-minute", 160 * MIN, 160 * MIN, "exact", "hour"),
    ("He served a 2-year-6-month sentence.", "2-year-6-month", 2.5 * YEAR, 2.5 * YEAR, "exact", "year"),
    ("They held a two-hour, 40-minute meeting.", "two-hour, 40-minute", 160 * MIN, 160 * MIN, "exact", "hour"),
    ("The final lasted 3 hours 12 minutes.", "3 hours 12 minutes", 3 * H + 12 * MIN, 3 * H + 12 * MIN, "exact", "hour"),
    ("The final lasted 3h 12m.", "3h 12m", 3 * H + 12 * MIN, 3 * H + 12 * MIN, "exact", "hour"),
    ("The final lasted 3hr 12min.", "3hr 12min", 3 * H + 12 * MIN, 3 * H + 12 * MIN, "exact", "hour"),
    ("The talks lasted 1 hour and 5 minutes.", "1 hour and 5 minutes", 65 * MIN, 65 * MIN, "exact", "hour"),
    ("The talks lasted an hour and a half.", "an hour and a half", 90 * MIN, 90 * MIN, "exact", "hour"),
    ("The talks lasted two and a half hours.", "two and a half hours", 150 * MIN, 150 * MIN, "exact", "hour"),
    ("The siege lasted 4 days, 6 hours.", "4 days, 6 hours", 4 * DAY + 6 * H, 4 * DAY + 6 * H, "exact", "day"),
    ("The talks lasted two hours and forty minutes.", "two hours and forty minutes", 160 * MIN, 160 * MIN, "exact",
     "hour"),
]


@pytest.mark.parametrize("text, spans", [
    ("Sales fell in the first quarter of a year.", []),
    ("Over the last quarter of a century prices rose.", ["quarter of a century"]),
    ("A quarter-hour later they left.", ["A quarter-hour"]),
    ("In the third quarter-hour they scored.", []),
    ("The quarter-final was won.", []),
    ("A quarter century ago, the town was empty.", []),  # a time before, no length
    ("In the third quarter century of its history the town grew.", []),
    ("A third of an hour's pay went on rent.", ["A third of an hour"]),
    ("Two-thirds of voters said so.", []),
    # "and a third of" goes on to a share of something else
    ("He left after an hour and a third of the staff followed.", ["an hour"]),
])
def test_a_share_of_a_unit(text, spans):
    from factcheck.extract import extract_found
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "duration"] == spans


@pytest.mark.parametrize("text, spans", [
    # a unit after "the" is one only before "-long"
    ("The month ended with a strike.", []),
    ("The year-end rally faded.", []),
    ("The weeks-long protests grew.", []),
    # "long" and "more" stand between a number and its unit only: "a long day" is an idiom, no length;
    # "a second straight day" counts days, no second
    ("It was a long day for rescuers.", []),
    ("After a long week of talks, they agreed.", []),
    ("Protests continued for a second straight day.", []),
])
def test_a_unit_long_after_a_determiner(text, spans):
    from factcheck.extract import extract_found
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "duration"] == spans


@pytest.mark.parametrize("text, spans", [
    ("Kerry met Putin for four hours, three hours after Kerry had arrived.", ["four hours", "three hours"]),
    # a sum's parts go down in unit: minutes after minutes start another duration
    ("The ceremony ran 3 hours and 31 minutes, 12 minutes longer than last year.",
     ["3 hours and 31 minutes", "12 minutes"]),
    ("The race took 2 hours, 5 minutes and 30 seconds.", ["2 hours, 5 minutes and 30 seconds"]),
    # two hyphened lengths of two things stay two, as does a hyphened number that is no length's part
    ("A 3-hour delay, then a 12-minute walk.", ["3-hour", "12-minute"]),
    ("It was a 3-hour delay and a 12-minute walk.", ["3-hour", "12-minute"]),
    ("The 24-hour-7 service closed.", ["24-hour"]),
    ("It runs a 24-hour-7-day service.", ["24-hour"]),
])
def test_two_durations_in_the_same_unit_are_not_one(text, spans):
    from factcheck.extract import extract_found
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "duration"] == spans


@pytest.mark.parametrize("text, span, low, high, qualifier, unit", DURATIONS)
def test_durations(text, span, low, high, qualifier, unit):
    v = pick(text, span)
    assert (v.low, v.high, v.qualifier, v.stated_unit, v.unit) == (
        pytest.approx(low), pytest.approx(high), qualifier, unit, "second")


@pytest.mark.parametrize("text, spans", [
    ("He earns £290,000 a week.", []),
    ("The glacier shrank by 40 metres a year.", []),
    ("Growth averaged 3 per cent a year.", []),
    ("The field pumps 2.3 million barrels of oil a day.", []),
    ("Traffic fell to 300 vehicles an hour.", []),
    ("Staff work 12 shifts a week.", []),
    ("Police held 30 suspects a week before the vote.", ["a week"]),
    ("He earns £5,000 a month after tax.", []),
    ("They met for a week.", ["a week"]),
    ("He was jailed for a year.", ["a year"]),
    ("Losses fell on depositors in a second bank.", []),
    ("A second later it exploded.", ["A second"]),
    # hours of work or of flying, and the length of a recording, are not how long an event lasted
    ("The pilot had 10,000 flight hours.", []),
    ("He logged 3,000 flying hours.", []),
    ("It took 200 man-hours.", []),
    ("It took 500 person-hours.", []),
    ("They work 40 working hours a week.", []),
    ("Police reviewed 100 hours of footage.", []),
    ("He did 200 hours of community service.", []),
    ("Nurses worked 300 hours of overtime.", []),
    ("After 10 hours of work, rescuers freed him.", ["10 hours"]),
    ("The strike lasted 100 hours.", ["100 hours"]),
    ("After 10 hours of talks they agreed.", ["10 hours"]),
    # four digits before "hours" after "at" are a 24-hour clock; without a cue, hours
    ("The raid began at 2100 hours.", []),
    ("It took 1500 hours of work.", ["1500 hours"]),
    # "a 30-year high": how far back the level reaches, no length of anything
    ("Prices hit a 30-year high on Monday.", []),
    ("The pound fell to a 10-year-low.", []),
    ("Shares reached a two-week high.", []),
    ("It hit 12-month highs.", []),
    ("He took a four-year high school course.", ["four-year"]),
    ("The record high lasted a 20-year period.", ["20-year"]),
    # "the 10-year yield": a financial product's term names it, no event lasted that long
    ("The 10-year yield rose to 2.1 percent.", []),
    ("Investors bought 10-year bonds.", []),
    ("She took out a 30-year mortgage.", []),
    ("The 10-year Treasury note fell.", []),
    ("Yields on 10-year government bonds rose.", []),
    ("The 30-year fixed-rate mortgage averaged 4 percent.", []),
    ("He served a 10-year term.", ["10-year"]),
    ("The 10-year war ended.", ["10-year"]),
    ("The 10 years of bonds rallies ended.", ["10 years"]),
    # the minutes added are a length, and stoppage time after "of" names no moment of the game
    ("The referee signalled five minutes of stoppage time.", ["five minutes"]),
    ("Time was added to the clock.", []),
])
def test_a_rate_is_no_duration(text, spans):
    from factcheck.extract import extract_found
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "duration"] == spans


@pytest.mark.parametrize("text, spans", [
    # "h" only in lower case, and not before digits (a clock time)
    ("Profits rose in 2H results.", []),
    ("The meeting began at 14h30 in Paris.", []),
    # "m" is minutes only right after hours glued to their digits
    ("He ran 7 km in 30m.", []),
    ("The 10m wall fell after 7h of rain.", ["7h"]),
    # a hedge closing the first part, or a comma after a hedged one, keeps two durations
    ("It lasted about two hours, 30 minutes after the blast.", ["about two hours", "30 minutes"]),
    ("It lasted two hours or so 30 minutes.", ["two hours or so", "30 minutes"]),
    # a modifier with no unit after it is none of a duration's
    ("Two long-range missiles hit.", []),
    ("The 5 full-time staff left.", []),
    # "30s" is seconds only after minutes: "15m" alone may be metres
    ("The race took 15m 30s.", []),
    ("He was in his 30s.", []),
    ("The 747s flew for 2h.", ["2h"]),
    ("Two men in their 30s and 40s fled.", []),
    # ... and after a figure with a decimal part, as results write a race's seconds
    ("Ferrante led from pole and won by 4.317s, with Lindqvist second.", ["4.317s"]),
    ("She won the 100m in 10.72s", ["10.72s"]),
    ("Bolt set the record in 9.58s in 2009.", ["9.58s"]),
    ("She set a time of 10.72s in the heats.", ["10.72s"]),
    ("He clocked 9.86s in the final.", ["9.86s"]),
    ("The 1990s and the F-16s; 4.5s-long clips.", []),
    # ... only after a word of a time or a margin (units.yaml ``duration.decimal_seconds_after``): a
    # decimal alone before "s" is a plural of the figure, a score, a version ("the 3.5s", "three 9.5s")
    ("The judges gave her three 9.5s and a 9.0.", []),
    ("Sales of the 3.5s were slow.", []),
    ("His 9.5s on the beam won the title.", []),
])
def test_hours_and_minutes_in_short(text, spans):
    from factcheck.extract import extract_found
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "duration"] == spans


# "its lowest in 20 years": "in" a time after a superlative or "first" says how far back a record
# reaches; the time is neither a duration nor a count of years
@pytest.mark.parametrize("text, spans", [
    ("Unemployment fell to its lowest in 20 years.", []),
    ("Oil hit its lowest level in six years.", []),
    ("It was the worst crash in 40 years.", []),
    ("It is the first time in over 20 years.", []),
    ("It was the first time in 20 years that rates rose.", []),
    ("Sales were the highest in a decade.", []),
    ("The storm was the strongest in more than a decade.", []),
    ("Prices are at a level not seen in 30 years.", []),
    ("The yen hit its weakest against the dollar in two weeks.", []),
    # a verb between: how long something takes
    ("The first phase will be completed in two years.", ["two years"]),
    ("The biggest dam is to be built in five years.", ["five years"]),
    # shorter than a week: how long it took
    ("He became the first player to score twice in 10 minutes.", ["10 minutes"]),
    ("It is the biggest protest in 20 years and lasted three days.", ["three days"]),
    ("He finished the race in two hours.", ["two hours"]),
    # "within 48 hours of the attack": a time counted from an event, no length of anything
    ("Within a few days of the vote, the party split.", []),
    ("Police made arrests within 48 hours of the attack.", []),
    ("He was charged within a week of the crash.", []),
    ("Results are expected within 48 hours.", ["within 48 hours"]),
    # ... and so is one that opens its sentence before "after" or "before"
    ("A week after the strike began, the mine reopened.", []),
    ("Less than an hour before the polls closed, turnout was low.", []),
    ("Two years after he was elected, Ruiz resigned.", []),
    # a time inside its sentence before "after" may be a length: "jailed for 10 years after a trial"
    ("He was jailed for 10 years after a long trial.", ["10 years"]),
    # ... but "of" an activity: the activity lasted that long
    ("Negotiators reached a deal within 18 hours of talks on Friday.", ["within 18 hours"]),
    ("Rebels took the town within a week of fighting.", ["within a week"]),
    ("He resigned within a week of the talks.", []),
    # a live blog's match clock: "58 min:" at a paragraph's start labels the minute of the game
    ("58 min: Smith scores from the edge of the box.", []),
    ("Report\n\n90+2 min: It is over.", []),
    ("Smith scored after 58 min: a fine goal.", ["58 min"]),
    ("58 minutes of play were lost.", ["58 minutes"]),
    ("The couple hours away were missed.", []),
    ("A couple were arrested.", []),
])
def test_a_look_back_is_no_duration(text, spans):
    from factcheck.extract import extract_found
    found = extract_found(text, None, [(0, len(text))])
    assert [text[f.start:f.end] for f in found if f.value.kind in ("duration", "count")] == spans


def test_minutes_after_hours_are_no_metres():
    from factcheck.extract import extract_found
    text = "The 10m wall fell after 7h 30m of rain."
    kinds = [(text[f.start:f.end], f.value.kind) for f in extract_found(text, None, [(0, len(text))])]
    assert kinds == [("10m", "measure"), ("7h 30m", "duration")]


def test_a_comma_keeps_two_durations_apart():
    from factcheck.extract import extract_found

    text = "They waited for a day, 3 hours before the storm."
    spans = [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "duration"]
    assert spans == ["a day", "3 hours"]


@pytest.mark.parametrize("text, span, seconds", [
    # hours, minutes and seconds after a word of racing or timing are a time taken
    ("Kiprotich won in 2:03:17 on Sunday.", "2:03:17", 2 * H + 3 * MIN + 17),
    ("She finished in a time of 2:17:05.", "2:17:05", 2 * H + 17 * MIN + 5),
    ("Kipchoge clocked 2:01:39 in Berlin.", "2:01:39", 2 * H + MIN + 39),
    ("He ran 1:59:40 in Vienna.", "1:59:40", H + 59 * MIN + 40),
    ("The course record of 2:03:04 still stands.", "2:03:04", 2 * H + 3 * MIN + 4),
    # ... and so are minutes and seconds that no clock shows: hundredths, or minutes past 23
    ("She won the 1,500m in 3:58.21.", "3:58.21", 3 * MIN + 58.21),
    ("Phelps won the final in 1:52.03 on Tuesday.", "1:52.03", MIN + 52.03),
    ("He clocked 1:43.5 in the 800m.", "1:43.5", MIN + 43.5),
    ("He won the 10,000m in 26:43.14.", "26:43.14", 26 * MIN + 43.14),
    ("She won the half marathon in 58:01.", "58:01", 58 * MIN + 1),
    ("Kipchoge won in 2:01:09.5.", "2:01:09.5", 2 * H + MIN + 9.5),
    # ... a clock's when "at", a zone or a meridiem says so, or no such word stands before
    ("The quake struck at 05:46:23 UTC.", None, None),
    ("Polls closed at 20:00:00.", None, None),
    ("Doors open 19:30:00 each night.", None, None),
    ("The signal was lost in 14:32:10 UTC logs.", None, None),
    # ... not a clock's hours and minutes, nor such a figure with no word of timing before it
    ("The race starts in 3:58 hours.", None, None),
    ("She finished at 3:58 p.m.", None, None),
    ("John 3:16 is a verse.", None, None),
    ("The final score was 58:01 after extra time.", None, None),
    ("Polls close at 23:59.", None, None),
])
def test_a_race_time_is_a_duration(text, span, seconds):
    from factcheck.extract import extract_found
    found = [(text[f.start:f.end], f.value.low) for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "duration"]
    assert found == ([] if span is None else [(span, seconds)])

"""Times of day: what each phrasing must become, as a table.

Each row: text, the exact span expected, the time (low == high, "HH:MM" on a
24-hour clock), its granularity and the zone as stated (None when none is).
No publication date is given, so no time is tied to a day; the last tests show
how a time takes the one day its sentence names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import extract_found

ROWS = [
    # --- clock times -----------------------------------------------------------------
    ("The first shots came at 9:20 p.m.", "9:20 p.m.", "21:20", "minute", None),
    ("The first shots came at 9:20 pm.", "9:20 pm", "21:20", "minute", None),
    ("The first shots came at 21:20.", "21:20", "21:20", "minute", None),
    ("The last blast was at 12.30am.", "12.30am", "00:30", "minute", None),
    ("The vote closed at 1.30 pm on the day.", "1.30 pm", "13:30", "minute", None),
    ("The first shots came at 9.20pm.", "9.20pm", "21:20", "minute", None),
    ("He landed at 12:05 a.m.", "12:05 a.m.", "00:05", "minute", None),
    ("The alarm sounded at 10:15:30.", "10:15:30", "10:15", "minute", None),
    # an hour alone is stated to the hour
    # a bare hour before a day part after "until", as after "at"
    ("The shop stays open until 10 at night.", "10 at night", "22:00", "hour", None),
    ("The shop stays open until 10 in the evening.", "10 in the evening", "22:00", "hour", None),
    ("The concert began at 9pm.", "9pm", "21:00", "hour", None),
    ("The concert began at 9 p.m.", "9 p.m.", "21:00", "hour", None),
    ("The concert began at 9 PM.", "9 PM", "21:00", "hour", None),
    ("Lunch was served at 12 p.m.", "12 p.m.", "12:00", "hour", None),
    ("The raid began at 3 a. m.", "3 a. m.", "03:00", "hour", None),
    ("The bells rang at 10 o'clock.", "10 o'clock", "10:00", "hour", None),
    ("The bells rang at nine o’clock.", "nine o’clock", "09:00", "hour", None),
    # an hour in words with a meridiem, as with digits
    ("The blast came at seven a.m. on the road.", "seven a.m.", "07:00", "hour", None),
    ("Polls closed at seven p.m. sharp.", "seven p.m.", "19:00", "hour", None),
    ("He left at eleven pm after the talks.", "eleven pm", "23:00", "hour", None),
    ("Twelve a.m. came and went.", "Twelve a.m.", "00:00", "hour", None),
    ("It happened at ten past seven p.m.", "ten past seven p.m.", "19:10", "minute", None),
    # minutes "to" an hour in words after "at" and before a part of the day ("ten to six" alone is as often a vote)
    ("The strike began at ten to six in the evening.", "ten to six in the evening", "17:50", "minute", None),
    # minutes in words after the hour ("seven thirty p.m."), a meridiem after o'clock
    ("The rally began at seven thirty p.m. on the square.", "seven thirty p.m.", "19:30", "minute", None),
    ("He landed at eleven forty-five pm.", "eleven forty-five pm", "23:45", "minute", None),
    ("The vote closed at eight o'clock p.m. sharp.", "eight o'clock p.m.", "20:00", "hour", None),
    ("The bells rang at 10 o'clock a.m.", "10 o'clock a.m.", "10:00", "hour", None),
    # hours and minutes with a dot right after "at" (British style)
    ("At 9.45, police arrived.", "9.45", "09:45", "minute", None),
    ("The meeting began at 10.30 and ended late.", "10.30", "10:30", "minute", None),
    ("The meeting began at 10.30 in the evening.", "10.30 in the evening", "22:30", "minute", None),
    ("The polls closed at 17.30 on the day.", "17.30", "17:30", "minute", None),  # "closed at": a time as often
    ("Polls closed at 19.00 on Sunday.", "19.00", "19:00", "minute", None),
    # --- named times and times counted from an hour -------------------------------------------
    ("The talks resumed at noon.", "noon", "12:00", "minute", None),
    ("The talks resumed at 12 noon.", "12 noon", "12:00", "minute", None),
    ("The police entered 20 minutes past midnight.", "20 minutes past midnight", "00:20", "minute", None),
    ("The police entered twenty minutes past midnight.", "twenty minutes past midnight", "00:20", "minute", None),
    ("The vote ended five minutes to midnight.", "five minutes to midnight", "23:55", "minute", None),
    ("They met at half past ten.", "half past ten", "10:30", "minute", None),
    # --- a day part after a clock time says which half of the day -----------------
    ("The shooting began at 10:30 in the evening.", "10:30 in the evening", "22:30", "minute", None),
    ("The alarm rang at quarter to five in the morning.", "quarter to five in the morning", "04:45", "minute", None),
    ("It ended at 11 o'clock at night.", "11 o'clock at night", "23:00", "hour", None),
    ("The blast came at 12:30 at night.", "12:30 at night", "00:30", "minute", None),
    ("Talks resumed at 3:15 in the afternoon.", "3:15 in the afternoon", "15:15", "minute", None),
    ("Police arrived at 21:15 in the evening.", "21:15 in the evening", "21:15", "minute", None),
    ("Polls close at 8pm tonight.", "8pm", "20:00", "hour", None),
    ("They met at a quarter past nine.", "a quarter past nine", "09:15", "minute", None),
    ("They met at a quarter to midnight.", "a quarter to midnight", "23:45", "minute", None),
    ("The second blast came 20 minutes after 9 p.m.", "20 minutes after 9 p.m.", "21:20", "minute", None),
    # a bare hour before a day part, after "at" or a hedge
    ("The alarm rang at seven in the morning.", "seven in the morning", "07:00", "hour", None),
    ("The alarm rang at 7 in the morning.", "7 in the morning", "07:00", "hour", None),
    ("He left at 11 at night.", "11 at night", "23:00", "hour", None),
    ("The blast came at 4 in the afternoon.", "4 in the afternoon", "16:00", "hour", None),
    # --- a stated zone belongs to the span --------------------------------------------------
    ("The ceasefire began at 20:00 GMT.", "20:00 GMT", "20:00", "minute", "GMT"),
    ("The quake struck at 0546 GMT.", "0546 GMT", "05:46", "minute", "GMT"),
    ("The quake struck at 2:46 p.m. local time.", "2:46 p.m. local time", "14:46", "minute", "local"),
    ("The quake struck at 9:20 p.m. (GMT).", "9:20 p.m. (GMT)", "21:20", "minute", "GMT"),
    ("The quake struck at 14:30 GMT+3.", "14:30 GMT+3", "14:30", "minute", "GMT+3"),
    ("The talks began at 9 a.m. Moscow time.", "9 a.m. Moscow time", "09:00", "hour", "Moscow time"),
    ("Polls open at 5 a.m. ET.", "5 a.m. ET", "05:00", "hour", "ET"),
    ("The launch was at 23:59 UTC.", "23:59 UTC", "23:59", "minute", "UTC"),
    # hours and minutes with a dot: a time with a zone after them, as with a meridiem
    ("Polls closed at 20.00 local time.", "20.00 local time", "20:00", "minute", "local"),
    ("The quake struck at 05.46 GMT.", "05.46 GMT", "05:46", "minute", "GMT"),
    ("Polls closed at 19.00 (16.00 GMT).", "16.00 GMT", "16:00", "minute", "GMT"),
    ("The quake struck at 14.46 (GMT).", "14.46 (GMT)", "14:46", "minute", "GMT"),
    # two times, one in the other's zone
    ("The blast came at 10.30 a.m. (0730 GMT).", "10.30 a.m.", "10:30", "minute", None),
    ("The blast came at 10.30 a.m. (0730 GMT).", "0730 GMT", "07:30", "minute", "GMT"),
    ("The quake struck at 8 a.m. local time (2300 GMT).", "8 a.m. local time", "08:00", "hour", "local"),
    # a zone's word alone: "Eastern" as "Eastern time"; "local" before a bracket or a clause's end
    ("He will speak at 3 p.m. Eastern.", "3 p.m. Eastern", "15:00", "hour", "Eastern time"),
    ("The debate starts at 9 p.m. Eastern, 6 p.m. Pacific.", "6 p.m. Pacific", "18:00", "hour", "Pacific time"),
    ("The quake struck at 2 p.m. local (0600 GMT).", "2 p.m. local", "14:00", "hour", "local"),
    ("The quake struck at 0930 local (0130 GMT) on Monday.", "0930 local", "09:30", "minute", "local"),
    ("He arrived at 9 a.m. Central Park was empty.", "9 a.m.", "09:00", "hour", None),
    ("At 7 a.m. local residents gathered.", "7 a.m.", "07:00", "hour", None),
    ("Shelling began at 5 a.m. in eastern Ukraine.", "5 a.m.", "05:00", "hour", None),
    # after a verb of a level, "at 4.30" is a time where a day part follows
    ("The attack was at 4.30 in the afternoon.", "4.30 in the afternoon", "16:30", "minute", None),
    ("The quake struck at 8 a.m. local time (2300 GMT).", "2300 GMT", "23:00", "minute", "GMT"),
    # a named time and a four-digit one keep their zone too
    ("The polls close at midnight ET.", "midnight ET", "00:00", "minute", "ET"),
    ("The vote opens at 0900 BST.", "0900 BST", "09:00", "minute", "BST"),
    ("The summit starts at 14:00 CET.", "14:00 CET", "14:00", "minute", "CET"),
    # zones named in words, and the abbreviations a wire story uses (calendar.yaml ``zones``)
    ("The quake struck at 3 a.m. Japan time.", "3 a.m. Japan time", "03:00", "hour", "Japan time"),
    ("The talks began at 8 a.m. UK time.", "8 a.m. UK time", "08:00", "hour", "UK time"),
    ("The ship sank at 9 p.m. Greenwich Mean Time.", "9 p.m. Greenwich Mean Time", "21:00", "hour", "Greenwich Mean Time"),
    ("Polls closed at 8 p.m. Eastern Standard Time.", "8 p.m. Eastern Standard Time", "20:00", "hour", "Eastern Standard Time"),
    ("Polls closed at 8 p.m. eastern time.", "8 p.m. eastern time", "20:00", "hour", "eastern time"),
    ("Polls closed at 7 p.m. MT.", "7 p.m. MT", "19:00", "hour", "MT"),
    ("Polls closed at 7 p.m. CT.", "7 p.m. CT", "19:00", "hour", "CT"),
    ("The quake struck at 14:30 GMT + 3.", "14:30 GMT + 3", "14:30", "minute", "GMT+3"),
    ("The lander touched down at 6:02 p.m. UAE time.", "6:02 p.m. UAE time", "18:02", "minute", "UAE time"),
    # a zone's phrase set off by a comma after the time's day is the time's, its span the time's alone
    ("It landed at 12:42am on Thursday, UAE time, after 128 days.", "12:42am", "00:42", "minute", "UAE time"),
    ("The truce began at 6 a.m. on Friday, local time.", "6 a.m.", "06:00", "hour", "local"),
    ("It landed at 12:42am on Thursday, Moon Time said.", "12:42am", "00:42", "minute", None),
    ("It landed at 12:42am on Thursday, Vice President Lee said.", "12:42am", "00:42", "minute", None),
    # a word that only opens like a zone is none
    ("At 10 a.m. MTV aired the video.", "10 a.m.", "10:00", "hour", None),
    ("At 4 p.m. CTV reported the news.", "4 p.m.", "16:00", "hour", None),
    # one line break of a paragraph wrapped mid-sentence is a blank like any other
    ("The quake hit at 2:46\np.m. on Friday.", "2:46\np.m.", "14:46", "minute", None),
    ("The quake hit at ten\no'clock.", "ten\no'clock", "10:00", "hour", None),
    # a 24-hour clock of four digits before "hours" or "hrs": with a leading zero, or after
    # "at", "by", "from", "until" ("It took 1500 hours of work" stays a duration)
    ("The raid began at 2100 hours.", "2100 hours", "21:00", "minute", None),
    ("The talks begin at 0900 hrs.", "0900 hrs", "09:00", "minute", None),
    ("Troops must withdraw by 1800 hours on Sunday.", "1800 hours", "18:00", "minute", None),
    ("The curfew lasts until 0600 hours, police said.", "0600 hours", "06:00", "minute", None),
    ("The convoy left 0630 hours, officials said.", "0630 hours", "06:30", "minute", None),
    ("The raid began at 2100 hours GMT.", "2100 hours GMT", "21:00", "minute", "GMT"),
    ("The raid was at 2100 hours.", "2100 hours", "21:00", "minute", None),
    ("The deadline was set at 1800 hrs on Friday.", "1800 hrs", "18:00", "minute", None),
    # an hour and its minutes in words after "at": as an hour in digits without a.m. or p.m.
    ("The train left at eleven thirty at night.", "eleven thirty at night", "23:30", "minute", None),
    ("They met at seven fifteen.", "seven fifteen", "07:15", "minute", None),
    ("He called at nine oh five, aides said.", "nine oh five", "09:05", "minute", None),
    ("The alarm rang at six forty-five in the morning.", "six forty-five in the morning", "06:45", "minute", None),
    ("The rally began at eight twenty in the evening.", "eight twenty in the evening", "20:20", "minute", None),
]

# Text that holds no time: numbers, scores and ratios that only look like one.
NO_TIME = [
    "Temperatures rose to 9 in the morning sun.",  # no range opened before the hour
    "The score went from 2 to 4 in the second half.",  # no day part after the hour
    "He won 5 and 3 in the final.",
    "The wait ranged from 30 minutes to 2 hours.",  # "to 2 hours": a range of durations, not 01:30
    "Treatment takes twenty minutes to three days.",
    "The Seven Thirty PM show was cancelled.",  # "PM" in capitals after words is a title as often
    "They booked an overnight stay.",  # "overnight" before a noun
    "The overnight rate rose.",
    "He told Dawn in an interview.",  # a newspaper, not the hour
    "The dawn raid was planned.",  # no "at" before it
    "The law's sunset clause expires.",
    "He worked at Sunset Boulevard until Dawn left.",
    "The lunchtime crowd was thin.",
    "A mid-morning break was held.",  # no day after it
    "The Late Tuesday Night Show aired.",  # capitalized before a name: a title
    "He was almost 2 when it happened.",  # a hedge before a bare number: an age, no time
    "It went on for nearly 2 hours.",
    "He watched the Monday night game.",  # a noun after the day part
    "He watched the Tuesday night game near the border.",
    "The overnight flights on Tuesday were cancelled.",  # "overnight" before a noun
    "She moved into the early days of the campaign.",  # "early days": no part of a day
    "The evening news ran it.",
    "He spoke of the night of the attack.",  # "of" and no date
    "She was late for the talks.",
    "The 2 in the morning shift was cancelled.",  # a bare number is no time, day part or not
    "It was at least 7 in the morning.",  # without "at" or a hedge right before it
    "Of the 12, 3 in the evening session voted.",
    "The striker scored 4.30 goals a season.",
    "a 2:1 ratio",
    "The committee voted five to nine.",
    "20 minutes after 9 people died",  # "after 9" is not a clock time without a.m., p.m. or a colon
    "in 2012 Sgt. Smith left",  # "2012 Sgt" is not 20:12 in Singapore time
    "He ran the mile in 1:45.32.",  # a race time
    "a 3-1 win",
    "4.5 million people",
    "More than 6,100 people were killed.",
    "I am here at last.",
    "the 2 PMs met",
    "It rose 2.30 per cent.",
    "1,200 GMT staff",
    "Polls closed 19.00 on Sunday.",  # a dotted time needs a zone, a meridiem or "at"
    "Shares rose 1.5 GMT",
    "version 2.10.05 GMT",
    # a number of two digits after "minutes to" is no hour: a change of duration
    "The wait went from 20 minutes to 45.",
    "Delays rose from 10 minutes to 30 on Monday.",
    "It took 5 minutes to 15 minutes.",
    # "am" after a number word across a sentence end is a verb; "PM" in capitals a prime minister
    "They were seven. Am I wrong?",
    "The two PM candidates met.",
    # a dotted number after "at" is an amount with a unit after it, a level after a verb of
    # level, or past the clock's hours and minutes
    "Rates were cut at 10.30 per cent.",
    "It sold at 10.30 euros.",
    "The price was set at 10.30 million.",
    "The index stood at 10.30 on Friday.",
    "They met at 25.30 in the end.",
    "They met at 0.50 in the end.",
    "He scored 10.30 points.",
    "It was seen at 10.30.5 in the log.",
    "He sold 2000 shares at 10.30 a share.",  # a word of a rate after it
    "The mortgage rate is at 4.25 now.",
    "Prices stood at about 10.30 on Friday.",
    "Prices stood at around 10.30 on Friday.",
    "The index stood at\n10.30 on Friday.",  # a line broken after "at" ("at\n10.30" is a time, below)
    "They voted ten to six in the evening session.",
    "Shares rose 4.30 in the morning.",  # no hedge: a move
    "Shares rose about 4.30 in the morning session.",
    "Oil rose 4.30 in the morning, traders said.",
    # a paragraph break ends every time: a title's last number never joins the next line
    "Rescue at 3\n\nPM Modi spoke at the site.",
    "Rescue at 3\n\npm updates follow.",
    "Chapter 10\n\nminutes past nine, nothing moved.",
    "Storm at ten\n\no'clock news led with it.",
    # a bare hour after a part of the day and "at" needs a day named before the part, and
    # the clause going on after it
    "He spent the night at 10 Downing Street.",
    "They spent the evening at 9, then left.",
    "The morning at 3 was quiet.",
    "The prime minister said tonight at 10 Downing Street that he would resign.",
    "The band plays tonight at 3 venues in the city.",
    # "to" between two numbers after "from" is no range of times without a time
    "The score went from 10 to 2 on Monday.",
    "They spent the evening at about 9 degrees.",
    "Police arrested about 10 last night.",
    "The evening around 5, 6 and 7 was busy.",
    # four digits before "hours" with no clock's cue: a duration or a count
    "It took 1500 hours of work.",
    "He has logged 2000 hours in the cockpit.",
    "Overtime was capped at 1200 hours a year.",
    "The archive holds 1200 hours of footage.",
    "They met at 2400 hours.",  # no such clock time
    # an hour and minutes in words: "at" before them, no unit after them
    "He arrived at seven twenty minutes late.",
    "The toll stood at seven, fifteen more were hurt.",
    "Seven fifteen-year-olds were arrested.",
    # a part of the day alone, where it names no time: a title, a greeting, a noun it modifies
    "She took the morning after pill.",
    "She took the morning-after pill.",
    "He hosts Morning Edition.",
    "He appeared in the evening news.",
    "Good morning, she said.",
    "He basked in the morning sun.",
    "Temperatures rose to 9 in the morning.",  # a bare number before it: no time of its own
    "The mid-afternoon slump hit.",
    "They met in the night shift.",
    "In the afternoon heat, marchers fainted.",
    "In the morning session the court heard evidence.",
]


def times_in(text: str, published=None):
    return [f for f in extract_found(text, published, [(0, len(text))]) if f.value.kind == "time"]


@pytest.mark.parametrize("text,span,time,granularity,zone", ROWS, ids=[r[1] for r in ROWS])
def test_time(text, span, time, granularity, zone):
    found = {text[f.start:f.end]: f.value for f in times_in(text)}
    assert span in found, f"{span!r} not among {list(found)}"
    value = found[span]
    assert (value.low, value.high, value.granularity, value.zone) == (time, time, granularity, zone)


@pytest.mark.parametrize("text", NO_TIME)
def test_no_time(text):
    assert [text[f.start:f.end] for f in times_in(text)] == []


@pytest.mark.parametrize("text, span, low, high", [
    ("The talks lasted from 10am until 4pm.", "10am until 4pm", "10:00", "16:00"),
    ("It ran from 9am to 5pm on weekdays.", "9am to 5pm", "09:00", "17:00"),
    ("Between 2 and 4 p.m., traffic stopped.", "2 and 4 p.m.", "14:00", "16:00"),
    ("The office is open 9-11 a.m. daily.", "9-11 a.m.", "09:00", "11:00"),
    ("Polls are open from 7:00 to 19:00 GMT.", "7:00 to 19:00 GMT", "07:00", "19:00"),
    # a dash between two times is a range without "from"
    ("The office is open 9am-5pm daily.", "9am-5pm", "09:00", "17:00"),
    ("The office is open 9:30 a.m. – 5 p.m. daily.", "9:30 a.m. – 5 p.m.", "09:30", "17:00"),
    ("Polls are open 07:00-19:00 GMT.", "07:00-19:00 GMT", "07:00", "19:00"),
    # a zone on each end: the dash between is no offset of the first ("GMT-18" is none)
    ("Trading runs 15:00 GMT - 18:00 GMT daily.", "15:00 GMT - 18:00 GMT", "15:00", "18:00"),
    # a second time before the first is on the next day: its hours run on past 24
    ("The party ran from 11 p.m. to 1 a.m.", "11 p.m. to 1 a.m.", "23:00", "25:00"),
    ("The night shift runs 10pm-6am daily.", "10pm-6am", "22:00", "30:00"),
    # the first hour in words
    ("The concert ran from nine to eleven p.m.", "nine to eleven p.m.", "21:00", "23:00"),
    ("Shops open between nine and 11 a.m.", "nine and 11 a.m.", "09:00", "11:00"),
    # a first end with no half of its own takes the second's, if it still comes first
    ("Polls are open from 3:30 to 6 p.m. on the day.", "3:30 to 6 p.m.", "15:30", "18:00"),
    ("The office is open 3:30-6 p.m. daily.", "3:30-6 p.m.", "15:30", "18:00"),
    ("The clinic is open from 10:30 to 2 p.m.", "10:30 to 2 p.m.", "10:30", "14:00"),
    ("The clinic is open from 10 to 2 p.m.", "10 to 2 p.m.", "10:00", "14:00"),
    ("The party ran from 11:30 to 1 a.m.", "11:30 to 1 a.m.", "23:30", "25:00"),
    ("The clinic is open from 9:30 to 11 a.m.", "9:30 to 11 a.m.", "09:30", "11:00"),
    ("Polls are open from 7:30 to 19:00.", "7:30 to 19:00", "07:30", "19:00"),  # a 24-hour clock
    ("Polls are open from 07:30 to 6 p.m.", "07:30 to 6 p.m.", "07:30", "18:00"),
    # a second end with no half of the day: the first such hour after the first end
    ("Polls are open from 8 a.m. to 6 in most districts.", "8 a.m. to 6", "08:00", "18:00"),
    ("He worked from 8 a.m. to 11 on Monday.", "8 a.m. to 11", "08:00", "11:00"),
    ("The curfew runs from 10 p.m. to 5.", "10 p.m. to 5", "22:00", "29:00"),
    ("The shop opens from 9am until 5:30 on weekdays.", "9am until 5:30", "09:00", "17:30"),
    ("The bar is open from 10 p.m. until 5:30.", "10 p.m. until 5:30", "22:00", "29:30"),
    # a bare hour before a day part ends a range after a bare first hour, as after "at"
    ("Traffic is heavy from 7 to 9 in the morning.", "7 to 9 in the morning", "07:00", "09:00"),
    ("Traffic is heavy between 2 and 4 in the afternoon.", "2 and 4 in the afternoon", "14:00", "16:00"),
    # two parts of the day: from the first's start to the second's end, overnight
    ("The curfew runs from dusk till dawn.", "dusk till dawn", "17:00", "31:00"),
    # four digits with a zone after the second: a 24-hour clock for both ends
    ("The strike will run from 0600 to 1800 GMT.", "0600 to 1800 GMT", "06:00", "18:00"),
    ("The curfew runs from 0600 to 1800 hours.", "0600 to 1800 hours", "06:00", "18:00"),
    ("The curfew runs from 2200 hours to 0600 hours.", "2200 hours to 0600 hours", "22:00", "30:00"),
    ("The curfew runs from 2200 to 0600 local time.", "2200 to 0600 local time", "22:00", "30:00"),
])
def test_a_stated_range_of_times_is_one_value(text, span, low, high):
    (f,) = times_in(text)
    assert (text[f.start:f.end], f.value.low, f.value.high, f.value.qualifier) == (span, low, high, "range")


@pytest.mark.parametrize("text, span, low, high, stated", [
    # a hedge on one end widens that end by the hedge, as it widens the time alone
    ("The talks lasted from about 10am until 4pm.", "10am until 4pm", "09:30", "16:00", "10:00/16:00"),
    ("The talks lasted from 10am until about 4pm.", "10am until about 4pm", "10:00", "16:30", "10:00/16:00"),
    ("It ran from around 9:30 a.m. to roughly 5 p.m.", "9:30 a.m. to roughly 5 p.m.", "09:00", "17:30", "09:30/17:00"),
    ("It ran from about 10am till 4pm.", "10am till 4pm", "09:30", "16:00", "10:00/16:00"),
    ("It ran from about 10am through 4pm.", "10am through 4pm", "09:30", "16:00", "10:00/16:00"),
    ("It ran from about 10am - 4pm.", "10am - 4pm", "09:30", "16:00", "10:00/16:00"),
    ("It ran from shortly after 10am to just before 4pm.", "10am to just before 4pm", "10:00", "16:00", "10:00/16:00"),
    ("It ran between about 9 a.m. and 5 p.m.", "9 a.m. and 5 p.m.", "08:30", "17:00", "09:00/17:00"),
    ("It ran between 9 a.m. and around 5 p.m.", "9 a.m. and around 5 p.m.", "09:00", "17:30", "09:00/17:00"),
    ("It ran from about noon to 4pm.", "noon to 4pm", "11:30", "16:00", "12:00/16:00"),
    # a bare first hour takes the second's half of the day, and its own hedge
    ("It ran between about 9 and 11 a.m.", "9 and 11 a.m.", "08:30", "11:00", "09:00/11:00"),
    ("It ran between 2 and about 4 p.m.", "2 and about 4 p.m.", "14:00", "16:30", "14:00/16:00"),
    ("It ran from about 9 until 11 a.m.", "9 until 11 a.m.", "08:30", "11:00", "09:00/11:00"),
    # "9 to 11" reads as "nine minutes to eleven" too; after "from" it is a range
    ("It ran from 9 to 11 a.m.", "9 to 11 a.m.", "09:00", "11:00", "09:00/11:00"),
    ("It ran from about 9 to 11 a.m.", "9 to 11 a.m.", "08:30", "11:00", "09:00/11:00"),
    ("It ran from 10 to 11:30 a.m.", "10 to 11:30 a.m.", "10:00", "11:30", "10:00/11:30"),
])
def test_a_range_with_a_hedged_end_is_one_value(text, span, low, high, stated):
    (f,) = times_in(text)
    assert (text[f.start:f.end], f.value.low, f.value.high, f.value.qualifier, f.value.stated) == (
        span, low, high, "range", stated)


@pytest.mark.parametrize("text, spans", [
    ("The talks were held at 10am, and at 4pm.", ["10am", "4pm"]),
    ("The talks lasted from 10am on Monday to 4pm on Tuesday.", ["10am", "4pm"]),  # a joiner only between them
    ("Workers on the 10am to 4pm shift walked out.", ["10am", "4pm"]),  # no "from" or "between"
    ("The blast came at about 10am and the second at 4pm.", ["10am", "4pm"]),
    ("The shop opened at 9.00 and closed at 17.30.", ["9.00", "17.30"]),
    ("Two hours passed from about 10am, and then at 4pm it ended.", ["10am", "4pm"]),
    ("The committee voted five to nine.", []),
    # a count after "to", no bare hour ending a range
    ("Turnout rose from 8 a.m. to 6 people an hour.", ["8 a.m."]),
    ("The index rose from 8 a.m. to 6.5 points.", ["8 a.m."]),
    ("Queues grew from 8 a.m. to 6% of voters.", ["8 a.m."]),
    ("The committee voted 5 to 9 on Tuesday.", []),  # no "from": still no time
    ("The score went from 5 to 9 in a week.", []),  # after "from", "9" alone is still no time
])
def test_times_that_stay_apart(text, spans):
    assert [text[f.start:f.end] for f in times_in(text)] == spans


def test_two_times_without_from_or_between_stay_two():
    text = "The first blast was at 9:20 p.m. and the second at 9:40 p.m."
    assert [text[f.start:f.end] for f in times_in(text)] == ["9:20 p.m.", "9:40 p.m."]


def test_a_time_takes_the_day_its_sentence_names():
    text = "The first shots came at 9:20 p.m. on Friday."
    (f,) = times_in(text, dt.date(2015, 5, 12))
    assert (f.value.low, f.value.high) == ("2015-05-08T21:20", "2015-05-08T21:20")


@pytest.mark.parametrize("text, day", [
    # a deadline's weekday is the coming one in a present clause, so its time is too
    ("The curfew was extended until 8 p.m. Friday.", "2015-05-15T20:00"),
    ("The curfew runs until 6 a.m. on Monday.", "2015-05-18T06:00"),
    ("The curfew lasted until 6 a.m. on Monday.", "2015-05-11T06:00"),
])
def test_a_deadline_time_takes_the_coming_day(text, day):
    (f,) = times_in(text, dt.date(2015, 5, 12))
    assert f.value.low == day


@pytest.mark.parametrize("text, span, low, high", [
    # parts of the day named without a clock: the hours they cover (calendar.yaml ``day_periods``)
    ("Troops moved in at dawn.", "dawn", "04:00", "07:00"),
    ("The curfew starts at dusk.", "dusk", "17:00", "21:00"),
    ("The crowd gathered at lunchtime.", "lunchtime", "11:30", "14:30"),
    ("They struck at sundown.", "sundown", "17:00", "21:00"),
    # after a hedge or a word that bounds a span, as after "at"
    ("The raid came just after dawn on Sunday.", "dawn", "2015-05-10T04:00", "2015-05-10T07:00"),
    ("Troops moved in before dawn.", "dawn", "04:00", "07:00"),
    ("Fighting continued until nightfall.", "nightfall", "17:00", "21:00"),
    ("Rescuers hoped to reach the site by first light.", "first light", "04:00", "07:00"),
    ("The talks ended in the early hours.", "early hours", "00:00", "06:00"),
    ("Rebels attacked overnight, officials said.", "overnight", "20:00", "30:00"),
    ("The talks ended in the small hours.", "small hours", "00:00", "06:00"),
    ("They were arrested in the wee hours of Sunday.", "wee hours", "2015-05-10T00:00", "2015-05-10T06:00"),
    ("The attack happened in the small hours of Sunday.", "small hours", "2015-05-10T00:00", "2015-05-10T06:00"),
    # with the day its sentence names; overnight is the night after it
    ("Troops moved in at dawn on Sunday.", "dawn", "2015-05-10T04:00", "2015-05-10T07:00"),
    ("Rebels attacked overnight on Friday.", "overnight", "2015-05-08T20:00", "2015-05-09T06:00"),
    # after a weekday or "yesterday": that part of the day
    ("Police arrived on Tuesday evening.", "evening", "2015-05-12T17:00", "2015-05-12T23:59"),
    ("The law was passed on Friday night, officials said.", "night", "2015-05-08T20:00", "2015-05-09T06:00"),
    ("Friday night's attack was the worst.", "night", "2015-05-08T20:00", "2015-05-09T06:00"),
    ("He left yesterday afternoon.", "afternoon", "2015-05-11T12:00", "2015-05-11T18:00"),
    ("The storm will hit tomorrow evening.", "evening", "2015-05-13T17:00", "2015-05-13T23:59"),
    # before a weekday, or after "the" and before "of" and a date
    ("The vote was held late on Tuesday.", "late", "2015-05-12T18:00", "2015-05-12T23:59"),
    ("Rebels struck early Tuesday.", "early", "2015-05-12T00:00", "2015-05-12T09:00"),
    ("He left mid-afternoon on Friday.", "mid-afternoon", "2015-05-08T14:00", "2015-05-08T17:00"),
    # capitalized where it opens the sentence
    ("Early Tuesday, rebels struck.", "Early", "2015-05-12T00:00", "2015-05-12T09:00"),
    ("Late on Friday, police left.", "Late", "2015-05-08T18:00", "2015-05-08T23:59"),
    ("Rebels struck midmorning Tuesday.", "midmorning", "2015-05-12T09:00", "2015-05-12T11:00"),
    ("Attacks came on the night of 13 November.", "night", "2014-11-13T20:00", "2014-11-14T06:00"),
    ("The deal was signed on the morning of May 3.", "morning", "2015-05-03T05:00", "2015-05-03T12:00"),
    # "overnight" right before a weekday: the night after it; "overnight into" one: that day's small hours
    ("Rain fell overnight Tuesday.", "overnight", "2015-05-12T20:00", "2015-05-13T06:00"),
    ("Overnight Sunday, rebels shelled the city.", "Overnight", "2015-05-10T20:00", "2015-05-11T06:00"),
    ("Snow fell overnight into Wednesday.", "overnight into", "2015-05-06T00:00", "2015-05-06T06:00"),
    # the part of a day where the clause goes on with where it happened
    ("Shots were fired Tuesday night near the border.", "night", "2015-05-12T20:00", "2015-05-13T06:00"),
    ("The bomb went off Friday morning outside a market.", "morning", "2015-05-08T05:00", "2015-05-08T12:00"),
    ("Fighting raged overnight across the city.", "overnight", "20:00", "30:00"),
    # "into the early hours", "in the early morning of"
    ("The talks ran into the early hours of Sunday.", "early hours", "2015-05-10T00:00", "2015-05-10T06:00"),
    ("They met in the early morning of Thursday.", "early morning", "2015-05-07T00:00", "2015-05-07T09:00"),
    ("The raid came in the predawn hours of Sunday.", "predawn hours", "2015-05-10T00:00", "2015-05-10T07:00"),
    # a part of the day alone after "in the", "through the", "into the", "during the"
    # (undated as a clock time alone is, or on the one day its sentence names)
    ("Police arrived in the late afternoon.", "late afternoon", "15:00", "18:00"),
    ("The shelling continued through the evening.", "evening", "17:00", "23:59"),
    ("Voting continued into the afternoon.", "afternoon", "12:00", "18:00"),
    ("Gunfire was heard during the night, residents said.", "night", "20:00", "30:00"),
    ("Talks will resume in the morning.", "morning", "05:00", "12:00"),
    ("The fighting went on throughout the night.", "night", "20:00", "30:00"),
    ("The vote ended in the early evening.", "early evening", "17:00", "20:00"),
    ("Troops left in the late morning on Sunday.", "late morning", "2015-05-10T09:00", "2015-05-10T12:00"),
    ("On Sunday, police arrived in the afternoon.", "afternoon", "2015-05-10T12:00", "2015-05-10T18:00"),
    ("In the evening, police sealed the street.", "evening", "17:00", "23:59"),
    # "early in the"/"late in the": the early or late part where one is named, else the whole
    ("He left late in the afternoon.", "late in the afternoon", "15:00", "18:00"),
    ("The blast came early in the morning.", "early in the morning", "00:00", "09:00"),
    ("They argued late in the night.", "late in the night", "20:00", "30:00"),
    # a part of the day of one word, alone where the clause goes on
    ("The blast happened mid-morning.", "mid-morning", "09:00", "11:00"),
    ("By midafternoon the streets were empty.", "midafternoon", "14:00", "17:00"),
    ("Mid-morning, troops entered the town.", "Mid-morning", "09:00", "11:00"),
])
def test_a_part_of_the_day_is_an_interval_of_hours(text, span, low, high):
    (f,) = times_in(text, dt.date(2015, 5, 12))
    assert (text[f.start:f.end], f.value.low, f.value.high, f.value.qualifier) == (span, low, high, "about")


@pytest.mark.parametrize("text, lows", [
    # a day right next to a time is its day, though the sentence names two
    ("He left on Friday at 9 p.m. and returned on Saturday at 8 a.m.", ["2015-05-08T21:00", "2015-05-09T08:00"]),
    ("Polls open at 7 a.m. on Sunday, and results come on Monday.", ["2015-05-10T07:00"]),
    # no day next to it and two in the sentence: no day
    ("At 9 p.m. the talks, begun on Friday, broke off until Monday.", ["21:00"]),
    # a day in brackets is the bracket's: the local time before it takes none
    ("The quake struck at 11:30 p.m. local time (0330 GMT Sunday), officials said.", ["23:30", "2015-05-10T03:30"]),
    ("The quake struck at 11:30 p.m. (on Sunday, 0330 GMT), officials said.", ["23:30", "2015-05-10T03:30"]),
    ("The meeting (on Sunday) starts at 9 a.m.", ["2015-05-10T09:00"]),
    ("The ceasefire (due Sunday) starts at 9 a.m. (0600 GMT).", ["2015-05-10T09:00", "2015-05-10T06:00"]),
    ("It began (at 11:30 p.m. local time) and ended (at 2 a.m. on Sunday).", ["23:30", "2015-05-10T02:00"]),
    # the day a statement was made is not the day of the times it tells
    ("The raid began at 9:34 a.m. and lasted seven minutes, the prosecutor said Monday.", ["09:34"]),
    ("The fire started at 3 a.m., officials said on Monday.", ["03:00"]),
    ("The fire started at 3 a.m., police confirmed Monday.", ["03:00"]),
    # ... while a day the clause itself tells stays the time's
    ("The fire started at 3 a.m. on Sunday, officials said Monday.", ["2015-05-10T03:00"]),
    ("On Sunday, the fire started at 3 a.m., officials said.", ["2015-05-10T03:00"]),
    ("The fire started at 3 a.m. Monday.", ["2015-05-11T03:00"]),
])
def test_a_time_takes_the_day_next_to_it(text, lows):
    assert [f.value.low for f in times_in(text, dt.date(2015, 5, 12))] == lows


@pytest.mark.parametrize("text, spans, lows, highs", [
    # a range of clock times whose ends each carry their day, the second the next day: one range on the
    # first end's day, to the next morning (its length, 10 and 7 hours, is a curfew's)
    ("The curfew ran from 6 p.m. Friday to 6 a.m. Saturday.", ["6 p.m. Friday to 6 a.m. Saturday"],
     ["2015-05-08T18:00"], ["2015-05-09T06:00"]),
    ("A curfew was in force from 8pm Friday to 6am Saturday.", ["8pm Friday to 6am Saturday"],
     ["2015-05-08T20:00"], ["2015-05-09T06:00"]),
    ("A curfew runs from 10 p.m. Saturday until 5 a.m. Sunday.", ["10 p.m. Saturday until 5 a.m. Sunday"],
     ["2015-05-09T22:00"], ["2015-05-10T05:00"]),
    ("The curfew runs from 8pm on Friday to 6am on Saturday.", ["8pm on Friday to 6am on Saturday"],
     ["2015-05-08T20:00"], ["2015-05-09T06:00"]),
    # ... not ends days apart, nor two times no "from" opens, each on its day
    ("The curfew ran from 6 p.m. Friday to 6 a.m. Monday.", ["6 p.m.", "6 a.m."],
     ["2015-05-08T18:00", "2015-05-11T06:00"], ["2015-05-08T18:00", "2015-05-11T06:00"]),
    ("He left at 9 p.m. Friday and came back at 8 a.m. Saturday.", ["9 p.m.", "8 a.m."],
     ["2015-05-08T21:00", "2015-05-09T08:00"], ["2015-05-08T21:00", "2015-05-09T08:00"]),
])
def test_a_range_of_times_with_each_end_s_day_is_one_value(text, spans, lows, highs):
    found = times_in(text, dt.date(2015, 5, 12))
    assert [text[f.start:f.end] for f in found] == spans
    assert [f.value.low for f in found] == lows
    assert [f.value.high for f in found] == highs


def test_a_night_on_a_day_without_a_year_ends_on_the_next_day():
    text = "The curfew ran from 11 p.m. to 1 a.m. on Nov. 13."
    (f,) = times_in(text, None)
    assert (f.value.low, f.value.high) == ("--11-13T23:00", "--11-14T01:00")


def test_a_window_of_days_gives_a_time_no_day():
    text = "The quake was at 0546 GMT and waves could come in the coming few hours."
    (f,) = times_in(text, dt.date(2015, 5, 12))
    assert (f.value.low, f.value.high) == ("05:46", "05:46")


def test_a_range_past_midnight_ends_on_the_next_day():
    text = "The curfew ran from 11 p.m. to 1 a.m. on Friday."
    (f,) = times_in(text, dt.date(2015, 5, 12))
    assert (f.value.low, f.value.high) == ("2015-05-08T23:00", "2015-05-09T01:00")


@pytest.mark.parametrize("text, span, low", [
    # "tonight", "this morning" set the half of the day and name the publication day
    ("The curfew starts at 10 o'clock tonight.", "10 o'clock", "2015-05-12T22:00"),
    ("He spoke at 8:30 this evening.", "8:30", "2015-05-12T20:30"),
    ("The raid began at 5:15 this morning.", "5:15", "2015-05-12T05:15"),
    ("Polls close at 8pm tonight.", "8pm", "2015-05-12T20:00"),
    ("The curfew starts at 10 tonight.", "10", "2015-05-12T22:00"),
    # before the time too
    ("The curfew starts tonight at 10 o'clock.", "10 o'clock", "2015-05-12T22:00"),
    ("Tonight at 8, the polls close.", "8", "2015-05-12T20:00"),
    ("He will speak tonight at 7:30, aides said.", "7:30", "2015-05-12T19:30"),
    # a day part that names no day leaves the time a time of day
    ("The shooting began at 10:30 in the evening.", "10:30 in the evening", "22:30"),
    ("It ended at 11 o'clock at night.", "11 o'clock at night", "23:00"),
])
def test_a_day_part_that_names_the_day_gives_the_time_its_day(text, span, low):
    (f,) = times_in(text, dt.date(2015, 5, 12))
    assert (text[f.start:f.end], f.value.low) == (span, low)


@pytest.mark.parametrize("text, span, low", [
    # a day and its part next to a clock time say which half of that day it is
    ("The fire started at 10 o'clock on Saturday night.", "10 o'clock", "2015-05-09T22:00"),
    ("Police arrived at 9 on Friday evening.", "9", "2015-05-08T21:00"),
    ("Police arrived at nine on Friday evening.", "nine", "2015-05-08T21:00"),
    ("The team met at 9 Friday morning.", "9", "2015-05-08T09:00"),
    ("The march began at eight o'clock Sunday morning.", "eight o'clock", "2015-05-10T08:00"),
    ("The vote was at 10:30 yesterday evening.", "10:30", "2015-05-11T22:30"),
    ("The blast came at 11 last night.", "11", "2015-05-11T23:00"),
    ("The talks ended at half past four on Wednesday afternoon.", "half past four", "2015-05-06T16:30"),
    # before the time too, "at" and a hedge between them
    ("Saturday night at 10 o'clock the bells rang.", "10 o'clock", "2015-05-09T22:00"),
    ("On Friday evening at 9, police arrived.", "9", "2015-05-08T21:00"),
    ("It began on Friday evening at about 9:30.", "9:30", "2015-05-08T21:00"),  # 21:00 to 22:00
    ("It began on Friday evening at around 9:30.", "9:30", "2015-05-08T21:00"),
    ("It began on Friday evening around 9:30.", "9:30", "2015-05-08T21:00"),
    ("It began on Friday evening shortly after 9:30.", "9:30", "2015-05-08T21:30"),  # to 22:00
    # after a hedge
    ("The attack came shortly after 10 on Saturday night.", "10", "2015-05-09T22:00"),  # to 22:30
    ("The fire broke out just before 11 on Friday night.", "11", "2015-05-08T22:30"),  # to 23:00
    ("It happened on Sunday morning at about 9 a.m.", "9 a.m.", "2015-05-10T08:30"),  # to 09:30
    # the small hours of a night are the next day's, 12 its end (as "midnight Saturday")
    ("The blast came at 12 on Saturday night.", "12", "2015-05-10T00:00"),
    ("The blast came at 2 o'clock on Saturday night.", "2 o'clock", "2015-05-10T02:00"),
    # a time that states its half keeps it
    ("The vote was at 21:15 on Friday evening.", "21:15", "2015-05-08T21:15"),
    ("Police arrived at nine thirty on Friday evening.", "nine thirty", "2015-05-08T21:30"),
])
def test_a_day_and_its_part_give_the_half_of_the_day(text, span, low):
    found = {text[f.start:f.end]: f.value.low for f in times_in(text, dt.date(2015, 5, 12))}
    assert found.get(span) == low, found


@pytest.mark.parametrize("text, span, low, high, qualifier", [
    # a hedge before a time makes it an interval, kept inside the day
    ("The blast came around 2am.", "2am", "01:30", "02:30", "about"),
    ("The blast came at about 10:30 p.m.", "10:30 p.m.", "22:00", "23:00", "about"),
    ("The quake struck at about 2:46 p.m.", "2:46 p.m.", "14:36", "14:56", "about"),
    ("The plane landed shortly after 4 a.m.", "4 a.m.", "04:00", "04:30", "more_than"),
    ("Kerry departed shortly before midnight.", "midnight", "23:29", "23:59", "less_than"),
    ("Kerry departed just before 9 p.m.", "9 p.m.", "20:30", "21:00", "less_than"),
    ("The raid came a little after 8 p.m.", "8 p.m.", "20:00", "20:30", "more_than"),
    ("The raid came sometime before noon.", "noon", "11:00", "12:00", "less_than"),
    ("The blast came moments before 8 a.m.", "8 a.m.", "07:30", "08:00", "less_than"),
    ("The blast came minutes after 8 a.m.", "8 a.m.", "08:00", "08:30", "more_than"),
    ("Talks ran until nearly 2 a.m.", "2 a.m.", "01:30", "02:00", "less_than"),
    ("Talks ran until almost midnight.", "midnight", "23:29", "23:59", "less_than"),
    # a bare hour after a hedge that ends in "after" or "before", before a day part
    ("The blast came shortly after 10 in the evening.", "10 in the evening", "22:00", "22:30", "more_than"),
    ("He left just before 11 at night.", "11 at night", "22:30", "23:00", "less_than"),
    # a count of minutes before "after" is the time's own
    ("It happened 20 minutes after 9 p.m.", "20 minutes after 9 p.m.", "21:20", "21:20", "exact"),
    # no hedge: one point
    ("They met at about seven thirty.", "seven thirty", "07:00", "08:00", "about"),
    # hours and minutes with a dot after "at" and a hedge, or after a hedge and before a part of the day
    ("The quake struck at about 10.30.", "10.30", "10:00", "11:00", "about"),
    ("The quake struck at around 10.30.", "10.30", "10:00", "11:00", "about"),
    ("The quake struck at almost 10.30.", "10.30", "10:00", "10:30", "less_than"),
    ("The quake struck at shortly after 10.30.", "10.30", "10:30", "11:00", "more_than"),
    ("The quake struck at\n10.30.", "10.30", "10:30", "10:30", "exact"),  # a line broken after "at"
    ("The quake struck at about 4.30 in the morning.", "4.30 in the morning", "04:00", "05:00", "about"),
    ("The quake struck about 4.30 in the morning.", "4.30 in the morning", "04:00", "05:00", "about"),
    ("Kerry departed at midnight.", "midnight", "00:00", "00:00", "exact"),
    ("The blast came at 2am, about an hour early.", "2am", "02:00", "02:00", "exact"),
])
def test_a_hedged_time_is_an_interval(text, span, low, high, qualifier):
    (f,) = times_in(text)
    assert (text[f.start:f.end], f.value.low, f.value.high, f.value.qualifier) == (span, low, high, qualifier)


@pytest.mark.parametrize("text, span, low, high", [
    # AP style: midnight is part of the day that is ending; "midnight Sunday" is Sunday's end
    ("The deadline is midnight Sunday.", "midnight", "2015-05-11T00:00", "2015-05-11T00:00"),
    # (told in the present, as a timetable is: the coming Sunday, the coming Dec. 31)
    ("Voting closes at midnight on Sunday.", "midnight", "2015-05-18T00:00", "2015-05-18T00:00"),
    ("The polls closed Sunday at midnight.", "midnight", "2015-05-11T00:00", "2015-05-11T00:00"),
    ("The offer ends at midnight on Dec. 31.", "midnight", "2016-01-01T00:00", "2016-01-01T00:00"),
    ("The offer ended at midnight on Dec. 31.", "midnight", "2015-01-01T00:00", "2015-01-01T00:00"),
    # a hedge keeps it inside the day: before it the day's last minutes, after it its first
    ("He left shortly before midnight Sunday.", "midnight", "2015-05-10T23:29", "2015-05-10T23:59"),
    ("Police were called shortly after midnight on Sunday.", "midnight", "2015-05-10T00:00", "2015-05-10T00:30"),
    # no day next to it: a time of day, as written
    ("On Sunday the polls closed, and at midnight the count began.", "midnight", "2015-05-10T00:00", "2015-05-10T00:00"),
])
def test_midnight_of_a_day_is_its_end(text, span, low, high):
    (f,) = times_in(text, dt.date(2015, 5, 12))
    assert (text[f.start:f.end], f.value.low, f.value.high) == (span, low, high)


def test_a_range_across_midnight_on_a_stated_day_stays_ordered():
    from factcheck.compare import _point

    text = "The party ran from 11 p.m. to 1 a.m. on Friday."
    (f,) = times_in(text, dt.date(2015, 5, 12))
    assert _point(f.value.low, False, "time") < _point(f.value.high, False, "time")
    assert _point(f.value.high, False, "time") - _point(f.value.low, False, "time") == 120


def test_a_range_of_times_is_always_ordered():
    """Property: whatever two clock times a range joins, low <= high."""
    import itertools

    from factcheck.compare import _point

    hours = ["12 a.m.", "1 a.m.", "6am", "11:30 a.m.", "noon", "1 p.m.", "7pm", "11:59 p.m.", "midnight",
             "seven a.m.", "eleven pm", "00:15", "13:45", "23:00"]
    for a, b in itertools.product(hours, repeat=2):
        for text in (f"It ran from {a} to {b} that day.", f"It ran between about {a} and {b}.", f"Open {a}-{b} daily."):
            for f in times_in(text):
                if f.value.qualifier == "range":
                    assert _point(f.value.low, False, "time") <= _point(f.value.high, False, "time"), (text, f.value)


def test_a_time_without_a_day_stays_a_time_of_day():
    text = "The first shots came at 9:20 p.m. on Friday."
    (f,) = times_in(text, None)  # Friday cannot be placed, so neither can the time
    assert f.value.low == "21:20"


def _one_pattern():
    """The time pattern as one, before it was cut in two by what a place opens
    with (a copy of the construction it replaced, on purpose: the reference)."""
    import re

    from factcheck.extract.dates import _standalone
    from factcheck.extract.times import _day_and_part, _day_part, _meridiem, _part_at, _period, _word_meridiem, _zones
    from factcheck.vocab import alternation, vocabulary

    v = vocabulary()
    zone, abbreviations = _zones()
    named = alternation(v.named_times)
    hour_words = alternation(w for w, n in v.number_units.items() if 1 <= n <= 12)
    minute_words = (rf"(?:{alternation(v.number_tens)}(?:[-\s]{alternation(w for w, n in v.number_units.items() if 1 <= n <= 9)})?"
                    rf"|{alternation(w for w, n in v.number_units.items() if 1 <= n <= 19)})")
    oclock = r"\s+o['’]clock\b"
    named_part = _day_and_part()[0].replace("(?P<dp>", "(?:")
    at = "|".join(rf"(?<=\b{w}\s)" for w in ["at", *sorted({w.split()[-1] for w in v.time_hedges})])
    # "at", or "at" and a hedge, right before (a look-behind for each)
    at_hedged = "|".join([r"(?<=\bat\s)", *(rf"(?<=\bat\s{re.escape(h)}\s)" for h in v.time_hedges)])
    # before a named day's part: "at", "at" and a hedge, or a hedge of more than one word
    forms = ["at", *(f"at {h}" for h in v.time_hedges if " " not in h), *(h for h in v.time_hedges if " " in h)]
    at_named = "|".join(rf"(?<=\b{re.escape(f).replace(chr(92) + ' ', ' ').replace(' ', chr(92) + 's')}\s)"
                        for f in forms)

    def clock(i: int) -> str:
        return (rf"(?:{named}|\d{{1,2}}:[0-5]\d(?:\s*{_meridiem(f'mc{i}')})?|\d{{1,2}}\s*{_meridiem(f'md{i}')}"
                rf"|(?:\d{{1,2}}|{hour_words}){oclock}|{hour_words}[ \t]*{_word_meridiem(f'mw{i}')})")

    def loose(i: int) -> str:
        return rf"(?:{clock(i)}|(?:1[0-2]|0?[1-9]|{hour_words})(?!\w|[:.,]\d|\s*%))"
    minutes = rf"(?:\d{{1,2}}|{minute_words})\s+minutes?"
    return re.compile(
        rf"(?:(?P<past>\b(?:(?P<pa_n>{minutes})\s+(?:(?P<pa_w>past|to)\s+(?P<pa_h>{loose(1)})|(?P<pa_w2>after|before)\s+(?P<pa_h2>{clock(2)}))"
        rf"|(?P<pa_q>(?:a\s+)?quarter|half|\d{{1,2}}|{minute_words})\s+(?P<pa_w3>past|to)\s+(?P<pa_h3>{loose(3)})))"
        rf"|(?P<hm>(?<![\w.:,])(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d)(?::(?P<sec>[0-5]\d))?(?!\d|[:.,]\d)(?:\s*{_meridiem('mer')})?"
        rf"|\.(?P<m2>[0-5]\d)(?:\s*{_meridiem('mer3')}|(?=[ \t]*\(?(?:{abbreviations}|local\s+time)))))"
        # (or "at about 10.30", or before a part of the day: "about 4.30 in the morning")
        rf"|(?P<atdot>(?:{at_hedged}|(?<![\w.:,])(?=\d{{1,2}}\.[0-5]\d{_day_part().pattern}))"
        rf"(?P<ad_h>[01]\d|2[0-3]|[1-9])\.(?P<ad_m>[0-5]\d)(?!\d|[.,:]\d))"
        rf"|(?P<hmer>(?<![\w.:,])(?P<h2>1[0-2]|0?[1-9])\s*{_meridiem('mer4')})"
        rf"|(?P<mil>(?<![\w.:,])(?P<mil_h>[01]\d|2[0-3])(?P<mil_m>[0-5]\d)(?=[ \t]*\(?(?:{abbreviations}|local\s+time)))"
        rf"|(?P<oclock>\b(?P<oc_h>1[0-2]|[1-9]|{hour_words}){oclock}(?:[ \t]*{_word_meridiem('mer6')})?)"
        rf"|(?P<wmer>\b(?P<wm_h>{hour_words})(?:[ \t]+(?P<wm_m>{minute_words}))?[ \t]*{_word_meridiem('mer5')})"
        rf"|(?P<atpart>(?:(?:{at})(?=(?:1[0-2]|[1-9]|{hour_words})[ \t]+{alternation(v.day_parts)})"
        rf"|(?:{at_named})(?=(?:1[0-2]|[1-9]|{hour_words})[ \t]+(?:on[ \t]+)?{named_part}))"
        rf"(?P<ap_h>1[0-2]|[1-9]|{hour_words})(?=[ \t])"
        rf"|{_part_at()}(?P<ap_hb>1[0-2]|[1-9])(?!\w|[:.,]\d){_standalone()[0]})"
        rf"|(?P<named>(?:\b12\s+)?(?P<nm>{named}))|{_period()})"
        rf"(?:[ \t]*\([ \t]*(?P<zone_p>{zone})[ \t]*\)|[ \t]*(?P<zone>{zone}))?",
        re.IGNORECASE,
    )


def _reading(m):
    """A match as extract reads it: its span and the groups that took part."""
    return m and (m.span(), sorted((k, v) for k, v in m.groupdict().items() if v is not None))


_BITS = ["9", "09", "12", "21", "0546", "2015", "123", "12345", ":", ":30", ".30", ".", " ", "  ", "\t", "\n", "pm",
         "p.m.", "A.M.", "a. m.", "o'clock", "O’clock", "minutes", "past", "to", "noon", "Midnight", "GMT", "(GMT)",
         "local time", "Moscow time", "x", ",", "quarter", "seven", "Eleven", "am", "AM", "a.m.", "P.M.", "10.30", "at 9.45", "per cent", "euros", "stood at", "half", "٣", "²", "(", "—", "a", "A", "Quarter", "ten",
         "TWENTY", "twenty-five", "after", "Noonan", "ſeven", "ſ", "12 noon", "before", "one", "eleven", "people",
         "million", "Past", "TO", "Tokyo", "minute", "MINUTES", "p. m.", "pmx", "a.m", "local", "local Time", "EST+3",
         "GMT-5:30", "Sgt", "1.30", "0.30am", "23", "24", "59", "60", "(", ")", "12:", "NOON", "at", "At", "around", "in the morning", "at night", "tonight", "In The Evening", "at 7",
         "dawn", "Dawn", "at dawn", "in the early hours", "early", "hours", "overnight", "Overnight", "thirty", "forty-five",
         "Friday", "Friday evening", "yesterday night", "night", "Monday night's",
         "late", "early", "on", "Tuesday", "the night of", "of 13", "May",
         "on Friday evening", "Saturday night", "last night", "evening at", "night at", "yesterday morning"]


def test_the_two_patterns_match_as_the_one_did():
    """``_pattern`` at a digit, and at anything else, matches as the one pattern
    did wherever a time may open (after a separator or a blank, or at the start):
    ``_opens`` lets a place go untried only where that pattern cannot match."""
    import random
    from pathlib import Path

    from factcheck.extract import times
    from factcheck.extract.dates import _SEPARATORS

    rng = random.Random(5)
    one = _one_pattern()
    assert _reading(one.match("9:20 p.m.")) == _reading(times._clock_pattern().match("9:20 p.m."))
    seeds = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))]
    texts = seeds + ["".join(rng.choice(_BITS) for _ in range(rng.randrange(1, 8))) for _ in range(4000)]
    for text in texts:
        for at in range(len(text) + 1):
            if at and text[at - 1] not in _SEPARATORS and not text[at - 1].isspace():
                continue
            at_digit = text[at:at + 1].isdecimal()
            for pattern in (times._pattern(at_digit), times._clock_pattern()):
                assert _reading(pattern.match(text, at)) == _reading(one.match(text, at)), (text, at)


def test_time_starts_are_the_plain_scan():
    """``_starts`` with ``_pattern`` finds the times the plain scan found:
    ``dates.candidates`` with the time triggers, then the one pattern."""
    import random
    from pathlib import Path

    from factcheck.extract import dates, times
    from factcheck.extract.dates import _SEPARATORS
    from factcheck.scan import Words

    rng = random.Random(9)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))]
    pieces = _BITS + ["10:30", "12.30am", "x9", "İ", "two", "Two"]
    texts = seeds + [" ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12))) for _ in range(1500)]
    one = _one_pattern()
    for text in texts:
        words = Words(text)
        # the plain scan, and the words a part of the day opens with ("dawn", "overnight")
        periods = [p for p in words.opening(times._period_words())
                   if p and (text[p - 1] in _SEPARATORS or text[p - 1].isspace())]
        spots = sorted({*dates.candidates(words, times._triggers()), *periods})
        plain = [_reading(m) for at in spots if (m := one.match(text, at))]
        found = [_reading(m) for at in times._starts(words) if (m := times._pattern(text[at:at + 1].isdecimal()).match(text, at))]
        assert found == plain, text


# A one-word hedge before a named day's part is a count's: only "at", "at" and a hedge, or
# a hedge of more than one word ("shortly after") makes the bare hour a time.
HEDGED_COUNTS = [
    ("Police arrested about 10 last night.", "about 10"),
    ("Police detained around 10 on Saturday night.", "around 10"),
    ("Rebels killed about 12 Tuesday night in the village.", "about 12"),
    ("Troops killed nearly 11 Sunday night, the army said.", "nearly 11"),
]


@pytest.mark.parametrize("text,span", HEDGED_COUNTS, ids=[r[0] for r in HEDGED_COUNTS])
def test_a_hedged_number_before_a_named_day_part_stays_a_count(text, span):
    found = {text[f.start:f.end]: f.value.kind for f in extract_found(text, None, [(0, len(text))])}
    assert found.get(span) == "count", found


# A time that opens a line or a paragraph and is followed by ":" or by a capitalised
# sentence stamps a live blog's entry: when the entry was written, not when anything
# happened. Its span is held (so no reader takes "07" or "30" as a count) with no value.
@pytest.mark.parametrize("text, span", [
    ("8:55 p.m. ET: Amtrak confirms two deaths.", "8:55 p.m. ET"),
    ("Live updates\n\n07:30 The coast guard says 300 people were on board.", "07:30"),
    ("Live updates\n9:02 a.m.: Rescuers reach the first carriage.", "9:02 a.m."),
    ("Live updates\n\n  10:15 — The mayor speaks.", "10:15"),
])
def test_a_live_blog_stamp_is_held_with_no_value(text, span):
    found = [f for f in extract_found(text, dt.date(2015, 5, 13), [(0, len(text))])
             if f.start <= text.index(span) < f.end]
    assert [(text[f.start:f.end], f.value.kind, f.value.resolved) for f in found] == [(span, "time", False)]


@pytest.mark.parametrize("text, span, low", [
    ("The train derailed at 9:21 p.m. near Philadelphia.", "9:21 p.m.", "21:21"),
    ("Live updates\n\nAt 9:21 p.m. The train derailed.", "9:21 p.m.", "21:21"),  # "At": prose, not a stamp
    ("Live updates\n\n9:21 p.m. was when the train left the tracks.", "9:21 p.m.", "21:21"),  # the sentence goes on
    # a line of a hard-wrapped paragraph that goes on from the one before
    ("The train derailed at\n9:21 p.m. Tuesday near Philadelphia.", "9:21 p.m.", "21:21"),
    ("9:21 p.m. was when the train left the tracks.", "9:21 p.m.", "21:21"),
    # a weekday, a month or a day part after the time goes on with it: prose, not a stamp
    ("Witnesses described chaos.\n\n10:30 Tuesday morning, the bomb exploded in the ticket hall.", "10:30", "10:30"),
    ("The train left on time.\n\n9:21 p.m. Tuesday was when the train derailed.", "9:21 p.m.", "21:21"),
    ("The train left on time.\n\n9:21 p.m. Tuesday, the train derailed.", "9:21 p.m.", "21:21"),
    ("Floods came.\n\n6:15 a.m. May 3 was when the dam broke.", "6:15 a.m.", "--05-03T06:15"),
])
def test_a_time_in_prose_is_no_stamp(text, span, low):
    (f,) = [f for f in times_in(text) if f.start == text.index(span)]
    assert (text[f.start:f.end], f.value.low, f.value.resolved) == (span, low, True)

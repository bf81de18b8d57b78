"""The ``past`` qualifier (scope.read_past): a value that its sentence ties to an earlier
event than the news keeps that time, and grouping never lets it meet the news of the day."""

import pytest

from factcheck.engine import select_claims
from factcheck.rules import load_rules
from helpers import RULES, article, findings_with, report

RULES_IN_FORCE = load_rules([RULES])

# sentence, value, rule, the past it is read in (() for the news of the day);
# articles published 2011-03-14
CASES = [
    # a relative clause takes the time of what it follows
    ("It was the deadliest attack since the 2004 Madrid bombings, which killed 191 people.",
     "191 people", "death-toll", ("2004",)),
    ("It was the worst attack since 1996, when 35 people died.", "35 people", "death-toll", ("1996",)),
    ("It was the deadliest attack since the 2004 Madrid train bombings that killed 191 people.",
     "191 people", "death-toll", ("2004",)),
    # between "since" and its date, that time
    ("It was the deadliest attack since 191 people were killed in the Madrid bombings in 2004.",
     "191 people", "death-toll", ("2004",)),
    ("The previous largest was Great Kanto in 1923, south of Tokyo, which resulted in 140,000 deaths, "
     "and that was 7.9 magnitude.", "140,000 deaths", "death-toll", ("1923",)),
    # the time that opens the sentence reaches across ", and"
    ("The previous largest was Great Kanto in 1923, south of Tokyo, which resulted in 140,000 deaths, "
     "and that was 7.9 magnitude.", "7.9 magnitude", "magnitude", ("1923",)),
    ("In 2010, turnout was 62%.", "62%", "turnout", ("2010",)),
    ("Last year, 200 people died in floods.", "200 people", "death-toll", ("2010",)),
    # an "earlier" word is keyed by the sentence's earlier date, else "earlier"
    ("The last time such a vote was held, in 2010, turnout was 62%.", "62%", "turnout", ("2010",)),
    ("The previous record turnout was 62%.", "62%", "turnout", ("earlier",)),
    ("Turnout a year earlier was 48%.", "48%", "turnout", ("earlier",)),
    ("Two years earlier, turnout was 48%.", "48%", "turnout", ("earlier",)),
    ("Turnout was 55%, compared with 48% in 2010.", "48%", "turnout", ("2010",)),
    ("Turnout was 55%, compared with 48% a year earlier.", "48%", "turnout", ("earlier",)),
    # a phrase after "than the" is another event's
    ("The 9.0 quake was far stronger than the magnitude 6.9 quake that hit Kobe in 1995.",
     "magnitude 6.9", "magnitude", ("1995",)),
    ("The 9.0 magnitude quake was far stronger than the magnitude 6.9 quake that hit Kobe in 1995.",
     "9.0 magnitude", "magnitude", ()),
    # the value's own stretch
    ("In 1995, the Kobe quake killed 6,400 people, but this quake killed 15,000 people.",
     "6,400 people", "death-toll", ("1995",)),
    # must stay the news's: a date of the event itself, a "since" date, a time after the
    # value in another stretch, a year in an aside, a contrast, a time before "and"
    ("The quake killed 15,000 people on March 11.", "15,000 people", "death-toll", ()),
    ("On March 11, 2011, the quake killed 15,000 people.", "15,000 people", "death-toll", ()),
    ("The quake killed 15,000 people, the most since 1923.", "15,000 people", "death-toll", ()),
    ("More than 6,100 people have been killed since April 2009.", "More than 6,100 people", "death-toll", ()),
    ("Since the conflict began in April 2009 more than 6,100 people have been killed.",
     "more than 6,100 people", "death-toll", ()),
    # (not "down from 62%": the turnout rule drops a value right after "from")
    ("Turnout was 55%, against 62% in 2010.", "55%", "turnout", ()),
    ("Turnout was 55%, against 62% in 2010.", "62%", "turnout", ("2010",)),
    ("Tepco, founded in 1951, said 15,000 people were killed.", "15,000 people", "death-toll", ()),
    ("In 1995, the Kobe quake killed 6,400 people, but this quake killed 15,000 people.",
     "15,000 people", "death-toll", ()),
    ("A standoff since the crisis began in 2009, marked by the annexation last March and the loss of "
     "more than 6,000 lives.", "more than 6,000 lives", "death-toll", ()),
    ("Last month 200 people died in floods.", "200 people", "death-toll", ()),
    # a baseline after "compared with" dates only its own phrase
    ("Compared with a year earlier, turnout was 55%.", "55%", "turnout", ()),
    ("Compared with 2010, turnout was 55%.", "55%", "turnout", ()),
    ("Turnout was 55%, compared with 48% a year earlier.", "55%", "turnout", ()),
    ("The quake's toll of 15,000 people exceeded the previous record of 6,400 people.",
     "15,000 people", "death-toll", ()),
    # a year after the figure a change began from is that figure's, in the same stretch too
    ("Revenue fell to $18.4 billion from $19.6 billion in 2010.", "$18.4 billion", "money-amount", ()),
    ("Revenue fell to $18.4 billion from nearly $19.6 billion in 2010.", "$18.4 billion", "money-amount", ()),
    # a trailing year with no change before it still dates its value
    ("The Kobe quake killed 6,400 people in 1995.", "6,400 people", "death-toll", ("1995",)),
    ("The charity's budget was $5 million from 300 donors in 2010.", "$5 million", "money-amount", ("2010",)),
    # a product's model years are its label, no earlier time: the deaths are the news's
    ("The firm is recalling 2.8 million vehicles from the 2005-2009 model years, after failures linked to four deaths.",
     "four deaths", "death-toll", ()),
    ("It recalled cars from model years 2005 through 2009 after failures linked to four deaths.", "four deaths",
     "death-toll", ()),
    ("The 2009 models were linked to four deaths.", "four deaths", "death-toll", ()),
    # ... while a year that dates the event stays its time
    ("A recall in 2009 followed four deaths.", "four deaths", "death-toll", ("2009",)),
]


def scope_read(text, value, rule, key):
    """The ``key`` qualifier the one claim of ``value`` under ``rule`` gets in ``text``."""
    cs = select_claims([article("a", text, "2011-03-14")], RULES_IN_FORCE)
    (c,) = [c for c in cs if c.mention.text == value and c.rule == rule]
    return c.scope.get(key, ())


@pytest.mark.parametrize("text,value,rule,past", CASES)
def test_a_value_is_read_in_the_time_its_sentence_ties_it_to(text, value, rule, past):
    assert scope_read(text, value, rule, "past") == past


def test_a_past_value_never_meets_a_value_that_states_no_time():
    r = report(article("a", "The previous largest was Great Kanto in 1923, which killed 140,000 people, "
                            "and that was 7.9 magnitude. The 9.0 magnitude quake struck on Friday.", "2011-03-12"),
               article("b", "A magnitude 8.9 quake struck on Friday.", "2011-03-12"))
    assert [f.verdict for f in findings_with(r, "7.9 magnitude")] == ["single_source"]
    (f,) = findings_with(r, "9.0 magnitude", "magnitude 8.9")
    assert f.verdict == "discrepancy"


def test_two_sources_on_the_same_past_year_still_compare():
    r = report(article("a", "In 2010, turnout was 62%.", "2015-01-26"),
               article("b", "In 2010, turnout was 65%.", "2015-01-26"))
    (f,) = findings_with(r, "62%", "65%")
    assert f.verdict == "discrepancy" and f.scope["past"] == ("2010",)


def test_without_a_publication_date_the_articles_latest_date_is_the_news():
    cs = select_claims([article("a", "In 1995, 6,400 people died. On March 11, 2011, 15,000 people died.", None)],
                       RULES_IN_FORCE)
    past = {c.mention.text: c.scope.get("past", ()) for c in cs if c.rule == "death-toll"}
    assert past == {"6,400 people": ("1995",), "15,000 people": ()}


def test_a_value_right_after_from_is_where_a_change_began():
    """``exclude_before: [from]`` vetoes the value after "from", though "from" costs
    no distance and shares the value's word position."""
    cs = select_claims([article("a", "Turnout was 55%, down from 62% in 2010.", "2011-03-14")], RULES_IN_FORCE)
    assert [c.mention.text for c in cs if c.rule == "turnout"] == ["55%"]


# sentence, value, rule, the date its clause gives it (scope ``when``; () for none)
WHEN = [
    ("Turnout was 55%, compared with 48% in 2010.", "55%", "turnout", ()),
    ("Compared with 2010, turnout was 55%.", "55%", "turnout", ()),
    ("Turnout was 55% on Sunday, compared with 48% in 2010.", "55%", "turnout", ("2011-03-13",)),
    ("Turnout in 2010 was 48%.", "48%", "turnout", ("2010",)),
    # a date after the figure a change began from ("down from", or "from" after a verb of
    # change) is that figure's, while "from" with no change names where a value came from
    ("Turnout was 55%, down from 62% in 2010.", "55%", "turnout", ()),
    ("Turnout was 55%, down from about 62% in 2010.", "55%", "turnout", ()),
    ("Revenue fell to $18.4 billion from nearly $19.6 billion in 2010.", "$18.4 billion", "money-amount", ()),
    ("The charity's budget was $5 million from 300 donors in 2010.", "$5 million", "money-amount", ("2010",)),
    ("Turnout was 55% from 300 polling stations in 2010.", "55%", "turnout", ("2010",)),
    # a date after a record's "since" is what the record is measured back to, no time of the
    # value ("the highest since 2010", "the lowest since the 2005 election"); a running figure's
    # start stays its date, apart from the story's own figure ("has averaged 55% since 2005",
    # "has pardoned hundreds of prisoners since mid-2024"); a date of the value's own stays
    # ("on Sunday ... the highest since 2010")
    ("Turnout of nearly 64% was the highest since 2010.", "nearly 64%", "turnout", ()),
    ("Turnout was 55%, the lowest since the 2005 election.", "55%", "turnout", ()),
    ("Turnout has averaged 55% since 2005.", "55%", "turnout", ("2005",)),
    ("Turnout was 55% on Sunday, the highest since 2010.", "55%", "turnout", ("2011-03-13",)),
    ("Turnout in 2010 was 48%, the lowest since 1990.", "48%", "turnout", ("2010",)),
    # a running total since a day of the story's own weeks is today's figure, no figure of that day
    ("The total area searched since Sunday has reached 35,000 square kilometres.", "35,000 square kilometres", "area",
     ()),
    ("The fire has burned about 26,000 hectares since Sunday.", "about 26,000 hectares", "area", ()),
    ("Some 1,200 flights have been cancelled since March 1.", "Some 1,200 flights", "flights", ()),
    # ... while a start months or years back stays its date, and so does a day told of the figure itself
    ("Some 1,200 flights have been cancelled since January 2010.", "Some 1,200 flights", "flights", ("2010-01",)),
    ("The fire burned 9,000 hectares on Sunday.", "9,000 hectares", "area", ("2011-03-13",)),
]


@pytest.mark.parametrize("text,value,rule,when", WHEN)
def test_a_date_set_beside_a_value_is_not_its_date(text, value, rule, when):
    assert scope_read(text, value, rule, "when") == when

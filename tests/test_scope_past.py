"""``scope.read_past`` on asides: a time set off between commas after an event's name dates
what the sentence says of that event; after an organisation or a person it dates nothing
outside the aside."""

import pytest

from factcheck.engine import select_claims
from factcheck.rules import load_rules
from helpers import RULES, article

RULES_IN_FORCE = load_rules([RULES])

# sentence, value, rule, the past it is read in (() for the news of the day);
# articles published 2011-03-14
CASES = [
    # the aside dates the event named before it, and what the clause and its "and" conjuncts say of it
    ("The Kobe quake, which struck in 1995, killed 6,400 people.", "6,400 people", "death-toll", ("1995",)),
    ("Hurricane Katrina, which hit in 2005, killed 1,800 people.", "1,800 people", "death-toll", ("2005",)),
    ("The storm in Manila, which hit in 2009, killed 400 people.", "400 people", "death-toll", ("2009",)),
    ("The Kobe quake, which struck in 1995, killed 6,400 people and injured 40,000.",
     "40,000", "injured", ("1995",)),
    ("The Madrid bombings, in March 2004, killed 191 people.", "191 people", "death-toll", ("2004-03",)),
    # must stay the news's: an organisation or a person, the head that names no event, an
    # event that goes on to the news, a "since" phrase, a time of the news
    ("Tepco, founded in 1951, said 15,000 people were killed.", "15,000 people", "death-toll", ()),
    ("Survivors of the quake, who fled in 1995, said 200 people were killed.", "200 people", "death-toll", ()),
    ("The war, which began in 2008, has killed 300,000 people.", "300,000 people", "death-toll", ()),
    ("The conflict, which erupted in 2008, killed 6,000 people.", "6,000 people", "death-toll", ()),
    ("The quake, the strongest since 1923, killed 15,000 people.", "15,000 people", "death-toll", ()),
    ("The quake, which struck on Friday, killed 15,000 people.", "15,000 people", "death-toll", ()),
]


@pytest.mark.parametrize("text,value,rule,past", CASES)
def test_an_aside_after_an_event_dates_the_event(text, value, rule, past):
    cs = select_claims([article("a", text, "2011-03-14")], RULES_IN_FORCE)
    (c,) = [c for c in cs if c.mention.text == value and c.rule == rule]
    assert c.scope.get("past", ()) == past

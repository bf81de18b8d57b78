"""The place a sum or a time is told for (scope ``rank``): the winner's prize, the runner-up's
and third place's are three facts, the whole purse a fourth, a bonus and a sum told with one
others again; a word that names no place leaves the value unranked."""

import pytest

from factcheck.engine import select_claims
from factcheck.rules import load_rules
from helpers import RULES, article

RULES_IN_FORCE = load_rules([RULES])


def ranks(text, rule):
    return {c.mention.text: c.scope["rank"] for c in select_claims([article("a", text)], RULES_IN_FORCE)
            if c.rule == rule}


@pytest.mark.parametrize("text, span, rank", [
    # a place named outright, or by an ordinal before a place's noun
    ("The winner takes home $100,000, the runner-up $75,000, and third place earns $50,000.", "$100,000", ("first",)),
    ("The winner takes home $100,000, the runner-up $75,000, and third place earns $50,000.", "$75,000", ("second",)),
    ("The winner takes home $100,000, the runner-up $75,000, and third place earns $50,000.", "$50,000", ("third",)),
    ("The champion's prize was 50,000 euros.", "50,000 euros", ("first",)),
    ("She won £20,000 in prize money.", "£20,000", ("first",)),
    ("A second prize of $40,000 went to Kosgei.", "$40,000", ("second",)),
    ("Runners-up receive $40,000 each.", "$40,000", ("second",)),
    # a list of places after one verb: each sum its own place, a bare ordinal before the sum
    ("Prize money: the winners each took home $100,000, second place $75,000 and third $50,000.", "$75,000",
     ("second",)),
    ("Prize money: the winners each took home $100,000, second place $75,000 and third $50,000.", "$50,000",
     ("third",)),
    ("Prize money: the winners each took home $100,000, second place $75,000 and third $50,000.", "$100,000",
     ("first",)),
    # the whole purse is no place's; a place owning a purse names its prize
    ("Both winners earned $100,000 from a total purse of $1.5 million.", "$1.5 million", ("purse",)),
    ("Both winners earned $100,000 from a total purse of $1.5 million.", "$100,000", ("first",)),
    ("The race has a $1.5 million purse.", "$1.5 million", ("purse",)),
    ("The prize pool for the tournament is $2 million.", "$2 million", ("purse",)),
    ("The winner's purse of $100,000 was unchanged.", "$100,000", ("first",)),
    # a sum told with a bonus is another sum than the place's prize; a bonus alone a sum of its own
    ("His winnings totaled $125,000, including a bonus for breaking 2:05.", "$125,000", ("with bonus",)),
    ("He won by 19 seconds and took home $125,000 in prize money and bonuses.", "$125,000", ("with bonus",)),
    ("The winner takes home $125,000 with the course-record bonus.", "$125,000", ("with bonus",)),
    ("The winner takes home $100,000, plus a $25,000 bonus for a course record.", "$100,000", ("first",)),
    ("The winner took home $100,000 in prize money and a bonus of $25,000.", "$100,000", ("first",)),
    # traps: no place told
    ("The company agreed a second $50 million loan.", "$50 million", ()),
    ("Both winners collected prize money; the race cost $4 million to stage.", "$4 million", ()),
    ("The bank was first to sign the $2 billion deal.", "$2 billion", ()),
    ("The race, won by Kiprono, cost $4 million to stage.", "$4 million", ()),
])
def test_the_place_a_sum_is_told_for(text, span, rank):
    assert ranks(text, "money-amount")[span] == rank


@pytest.mark.parametrize("text, span, rank", [
    ("The runner-up clocked 2:04:00 and the winner crossed the line in 2:03:41.", "2:04:00", ("second",)),
    ("The runner-up clocked 2:04:00 and the winner crossed the line in 2:03:41.", "2:03:41", ("first",)),
    ("Kipsang finished second in 2:04:00, 19 seconds after Kiprono won.", "2:04:00", ("second",)),
    ("Legese, who won in Tokyo, was third in 2:04:22 after winning in 2:03:10 last year.", "2:04:22", ("third",)),
    ("Kiprono won in 2:03:41.", "2:03:41", ("first",)),
    # an ordinal of something else is no place
    ("Running only his third marathon, Kiprono clocked 2:03:41.", "2:03:41", ()),
])
def test_the_place_a_time_is_told_for(text, span, rank):
    assert ranks(text, "finishing-time")[span] == rank


@pytest.mark.parametrize("text, span", [
    # a verb the value is the subject of, or a place far after it, tells no place of the value
    ("Parties opposed to the $164bn bailout won around half the votes, though the first placed party gets a bonus.",
     "$164bn"),
    ("The $2 billion deal won approval from regulators on Monday.", "$2 billion"),
])
def test_a_place_after_the_value_is_near_it_and_no_verb(text, span):
    assert ranks(text, "money-amount")[span] == ()

"""The part a count is said to be "alone" ("in Kathmandu alone") as its venue: only the
count of the part's own comma-bounded stretch, or the main clause after a sentence-opening
"In Palu alone,", and only a part made of names or a determiner and a noun."""

import pytest

from factcheck.engine import select_claims
from factcheck.rules import load_rules
from helpers import RULES, article

RULES_IN_FORCE = load_rules([RULES])


def venues(text):
    return {c.mention.text: c.scope["venue"] for c in select_claims([article("a", text)], RULES_IN_FORCE)
            if c.rule == "death-toll"}


@pytest.mark.parametrize("text, span, venue", [
    ("In Palu alone, 300 people died.", "300 people", ("Palu",)),
    ("In the city of Palu alone, 300 people died, officials said.", "300 people", ("Palu",)),
    ("In the Kathmandu Valley alone, 300 people died.", "300 people", ("Kathmandu Valley",)),
    ("At least 200 people were killed in one ward alone.", "At least 200 people", ("one ward",)),
    ("More than 1,000 people died in the capital alone.", "More than 1,000 people", ("the capital",)),
    # the whole and its part in one sentence: the part's venue is the part's only
    ("The quake killed 8,000 people in Nepal, including 1,000 in Kathmandu alone.", "1,000", ("Kathmandu",)),
    ("The quake killed 8,000 people in Nepal, 1,000 of them in Kathmandu alone.", "8,000 people", ()),
    ("The quake killed 8,000 people in Nepal, including 1,000 in Kathmandu alone.", "8,000 people", ()),
    # no part, but people who were alone
    ("The quake killed 80 people as rescuers in Kathmandu were working alone.", "80 people", ()),
    ("The quake killed 80 people while residents in the city were left alone.", "80 people", ()),
])
def test_a_part_said_alone_is_the_venue_of_its_own_count_only(text, span, venue):
    assert venues(text)[span] == venue


def locations(text, rule="death-toll"):
    return {c.mention.text: c.scope["location"] for c in select_claims([article("a", text)], RULES_IN_FORCE)
            if c.rule == rule}


@pytest.mark.parametrize("text, span, location", [
    # "the same town" is the place named before it, in its sentence or an earlier one
    ("Floods swept through Kestel on Monday. Twelve people died in the same town.", "Twelve people", ("Kestel",)),
    ("Rain fell in Ebo and in Kestel on Monday, and twelve people died in the same town.", "twelve people",
     ("Kestel",)),
    ("Twelve people died in the same town.", "Twelve people", ()),
    # a venue named before is no town
    ("Gunmen opened fire at the Rialto. Twelve people died in the same town.", "Twelve people", ()),
])
def test_the_same_town_is_the_place_named_before(text, span, location):
    assert locations(text)[span] == location


@pytest.mark.parametrize("text, rule, span, location", [
    # a place the article names as one elsewhere ("in Madrid") opening the value's clause, a
    # few words before it, is where the value was read
    ("Temperatures soared in Madrid on Saturday. Madrid reached 40.2C on Sunday.", "temperature", "40.2C",
     ("Madrid",)),
    ("It was hot in Madrid and in Seville. Madrid reached 40.2C on Sunday, and Seville hit 41C.", "temperature",
     "41C", ("Seville",)),
    ("It was hot in Madrid and in Seville. Madrid reached 40.2C on Sunday, and temperatures hit 41C on Monday.",
     "temperature", "41C", ()),
    # a possessive is most often an actor's ("Russia's annexation of Crimea"), and a name far
    # from the value an actor's too
    ("It was hot in Russia. Russia's capital reached 40.2C on Sunday.", "temperature", "40.2C", ()),
    ("Talks were held in Russia. Russia and Ukraine have fought for a year in a war that has killed more than "
     "6,000 people.", "death-toll", "more than 6,000 people", ()),
    # a name the article never puts after "in" or "from" may be anyone's
    ("Madrid reached 40.2C on Sunday.", "temperature", "40.2C", ()),
    ("Officials in Madrid said temperatures reached 40.2C.", "temperature", "40.2C", ("Madrid",)),
    # a name before an event noun names the event, not the place of its count
    ("The quake struck near Kestel on Monday. Kestel quake: 780 dead.", "death-toll", "780 dead", ()),
    ("The quake struck near Kestel on Monday. Kestel quake kills 780 people.", "death-toll", "780 people", ()),
    ("780 people were killed in the Kestel quake, which struck near Kestel.", "death-toll", "780 people", ()),
    ("In Kestel, 400 people were killed.", "death-toll", "400 people", ("Kestel",)),
])
def test_a_place_opening_its_clause_is_the_values(text, rule, span, location):
    assert locations(text, rule)[span] == location

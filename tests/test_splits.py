"""Splits of a vote or a ruling: a tally's two sides read as one pair ("ruled 7-2", "a 6-3
decision", "voted seven to two"), only beside a word of voting or ruling, never a game's score."""

import pytest

from factcheck.extract import extract_found
from factcheck.extract.tallies import pair


def splits(text):
    return [(text[f.start:f.end], pair(f.value)) for f in extract_found(text, None, [(0, len(text))])
            if f.value.kind == "count" and f.value.counted == "split"]


@pytest.mark.parametrize("text, expected", [
    ("The court ruled 7-2 in favour of the state.", [("7-2", (7, 2))]),
    ("In a 6-3 decision, the justices upheld the law.", [("6-3", (6, 3))]),
    ("The committee voted 7 to 2 to approve the plan.", [("7 to 2", (7, 2))]),
    ("The committee voted seven to two to approve the plan.", [("seven to two", (7, 2))]),
    ("The Supreme Court struck down the law in a 5-to-4 ruling.", [("5-to-4", (5, 4))]),
    # the winner first, as news writes a split: a smaller number first makes a range
    ("The bill is expected to get 210-220 votes.", []),
    ("The Senate voted 55–45 to pass the bill.", [("55–45", (55, 45))]),
    # a game's score, a range, a date are no split
    ("Arsenal won 3-1 on Saturday.", []),
    ("The committee's team won the match 3-1.", []),
    ("Some 5-6 people were hurt.", []),
    ("The vote was 52 votes to 48 percent.", []),
    ("Voting ran from 8 to 10 in the evening.", []),
    ("The number of votes fell from 150 to 120.", []),
    ("The committee approved a road of 5 to 6 km.", []),
    ("The court heard the case on 7-2-2015.", []),
    # a possessive is its word: the Senate's
    ("The Senate's 55-45 tally sent the bill to the president.", [("55-45", (55, 45))]),
    # a comma after the tally ends it, as it ends a score
    ("The court ruled 7-2, upholding the law.", [("7-2", (7, 2))]),
    # a number in words is one number, not a tally's two sides
    ("Twenty-five of the board's 30 members voted.", []),
    ("The vote is set for 2014-15.", []),
])
def test_splits(text, expected):
    assert splits(text) == expected

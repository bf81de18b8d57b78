"""Ages of people, in years."""

import pytest

from factcheck.extract import extract_found


def ages(text):
    return [(text[f.start:f.end], f.value.low, f.value.high)
            for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "age"]


AGES = [
    ("a 28-year-old man was arrested", [("28-year-old", 28, 28)]),
    ("a five-year-old boy", [("five-year-old", 5, 5)]),
    ("the 45 year old suspect", [("45 year old", 45, 45)]),
    ("Sergei Ivanov, 29, said the talks failed.", [("29", 29, 29)]),
    ("Ivanov (29) said the talks failed.", [("29", 29, 29)]),
    ("a man aged 53 was arrested", [("aged 53", 53, 53)]),
    ("victims aged between 18 and 25", [("aged between 18 and 25", 18, 25)]),
    ("victims aged 18 to 25", [("aged 18 to 25", 18, 25)]),
    ("Ivanov, 29, and Petrov, 31, said", [("29", 29, 29), ("31", 31, 31)]),
    ("a 28-year period", []),
    ("In Paris, 130 people died.", []),
]


@pytest.mark.parametrize("text, expected", AGES)
def test_ages(text, expected):
    assert ages(text) == expected


def test_the_look_before_an_age_never_rules_out_an_apposition():
    import random

    from factcheck.extract.ages import _APPOSITION_BEFORE, _may_end_apposition

    rng = random.Random(0)
    pieces = ["A", "b", " ", ",", "(", "\n", "\t", "Zz", "Ivanov", "\u2003", "x", "Sergei "]
    for _ in range(50000):
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if _APPOSITION_BEFORE.search(before):
            assert _may_end_apposition(before), before

"""Sentence breaks that the break patterns settle themselves, and the ones left
to Python, split as the rules in ``split_sentences`` say."""

import pytest

from factcheck.text import split_sentences

CASES = [
    # after an abbreviation, an initial or a dotted word: a break only before a sentence opener
    ("He met Mr. The talks began.", ["He met Mr.", "The talks began."]),
    ("He met Mr. Kerry there.", ["He met Mr. Kerry there."]),
    ("The U.S. officials spoke. The talks ended.", ["The U.S. officials spoke.", "The talks ended."]),
    ("Visit www.example.com. Then leave.", ["Visit www.example.com.", "Then leave."]),
    ("Gov. Smith came. A crowd met him.", ["Gov. Smith came.", "A crowd met him."]),
    # what follows the period
    ("It rose. :then it fell.", ["It rose. :then it fell."]),
    ("It rose. then it fell.", ["It rose. then it fell."]),
    ("It rose. Élan followed.", ["It rose.", "Élan followed."]),
    ("It rose. “Then” it fell.", ["It rose.", "“Then” it fell."]),
    ('It rose. " Then it fell.', ["It rose.", '" Then it fell.']),
    ("It rose!) Then it fell.", ["It rose!)", "Then it fell."]),
    ("It rose... Then it fell.", ["It rose...", "Then it fell."]),
    # line breaks
    ("First line\n\nsecond line.", ["First line\n\nsecond line."]),
    ("Title  \n\nBody text.", ["Title", "Body text."]),
    ("Title\n\n\xa0Body text.", ["Title", "Body text."]),
    ("A list\nof items", ["A list\nof items"]),
    ("\n\n  Lead.\n\n", ["Lead."]),
    ("", []),
    (" \n\t ", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[repr(c[0][:24]) for c in CASES])
def test_breaks(text, expected):
    assert [text[s.start:s.end] for s in split_sentences(text)] == expected


@pytest.mark.parametrize("text", [
    "x" + "." * 20000 + "x",  # one run of dots: tried once, not from each dot
    "a" + "\n\xa0" * 20000 + "b",  # one stretch of white space holding many line breaks
])
def test_long_runs_are_read_in_one_pass(text):
    sentences = split_sentences(text)  # quadratic work would take minutes here
    assert sentences[0].start == 0 and sentences[-1].end == len(text)

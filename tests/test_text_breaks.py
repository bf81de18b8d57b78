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


def _random_texts(count: int, seed: int) -> list[str]:
    """Short texts of words, abbreviations, sentence openers, punctuation and odd
    white space: the places where a break is in doubt."""
    import random

    from factcheck.vocab import vocabulary

    v = vocabulary()
    abbreviations = [a for a in v.abbreviations if isinstance(a, str)]
    openers = [o for o in v.sentence_openers if isinstance(o, str)]
    words = ["word", "Word", "the", "The", "x", "X", "U.S", "e.g", "Ph.D", "3", "2014", "4.5", "é", "É", "İ", "I",
             "zebra", "Zed", "a", "x.y", "..x", *abbreviations, *[a.capitalize() for a in abbreviations],
             *openers, *[o.lower() for o in openers]]
    puncts = [".", ".", ".", "!", "?", "..", "?!", '."', ".)", ".”", ",", ";", ":", '"', "'", "“", "‘", "(", "[",
              "”", "’", ")", "]", "-"]
    spaces = [" ", " ", " ", "\n", "\n\n", "\n \n", " \n", "\t", "\xa0", "\u2028", "\f", "  ", "\n\n\n"]
    rnd = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rnd.randint(1, 40)):
            r = rnd.random()
            parts.append(rnd.choice(words if r < 0.45 else puncts if r < 0.75 else spaces))
        texts.append("".join(parts))
    return texts


def test_the_break_patterns_split_as_the_plain_splitter_did():
    """The patterns settle most candidates in C; on seeds and random texts they must
    split exactly as the plain candidate-by-candidate splitter (tests/reference) did."""
    from pathlib import Path

    from reference import plain_text

    seeds = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.parent.glob("seeds/*.txt"))]
    for text in seeds + _random_texts(4000, seed=7):
        assert split_sentences(text) == plain_text.split_sentences(text), repr(text)

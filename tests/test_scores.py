"""Scores of games: a pair of numbers beside a game's word, one count of ``score``."""

import pytest

from factcheck.extract import extract_found
from factcheck.extract.tallies import SCALE


def scores(text):
    return [(text[f.start:f.end], f.value.low) for f in extract_found(text, None, [(0, len(text))])
            if f.value.counted == "score"]


@pytest.mark.parametrize("text, expected", [
    # the pair as written, beside a verb or a noun of a game's result
    ("Linfield beat Portadown 4-2 on Saturday.", [("4-2", 4 * SCALE + 2)]),
    ("It was a 2–1 win for the visitors.", [("2–1", 2 * SCALE + 1)]),
    ("The champions won 5-0.", [("5-0", 5 * SCALE)]),
    ("The sides drew 2-2 in the derby.", [("2-2", 2 * SCALE + 2)]),
    ("The Hawks lost 31-28 after extra time.", [("31-28", 31 * SCALE + 28)]),
    # the loser's side first tells the same score
    ("Portadown lost 2-4 at home.", [("2-4", 4 * SCALE + 2)]),
    # in words, with the goals named
    ("Linfield won by four goals to two.", [("four goals to two", 4 * SCALE + 2)]),
    ("They won the final two-nil.", [("two-nil", 2 * SCALE)]),
    ("The team won by 3 goals to 1.", [("3 goals to 1", 3 * SCALE + 1)]),
    # no game word: a range, a date, a code
    ("Between 3-5 people were hurt.", []),
    ("The talks ran 10-12 hours.", []),
    ("The plant was built in 1998-2001.", []),
    # a player's own points against another's: no game's result beside it
    ("He scored 12 points to 10.", []),
    # a vote's tally is no score, though "won" is a game's word too
    ("The motion won 215-212 in the vote.", []),
    ("Judges ruled 7-2 in favour of the state.", []),
    # a word of a body that votes is a game's too: only a word of voting rules a score out
    ("The Lakers won 101-99 on their home court.", [("101-99", 101 * SCALE + 99)]),
])
def test_scores(text, expected):
    assert scores(text) == expected


def test_tallies_are_found_at_word_starts_as_a_scan_finds_them():
    """``tallies._matches``, tried only where a side may open, finds what ``finditer`` does,
    in any window: in the seeds (with their figures), and in texts of tallies of every shape."""
    import random
    from pathlib import Path

    from factcheck.extract import tallies
    from factcheck.scan import Words

    p = tallies._lists()
    texts = [path.read_text(encoding="utf-8") for path in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))]
    texts += ["won 3-1, then 2 – 0 and four goals to two; 12-10 votes to 8, 1,000-2, 2.5-3, G7-2, 7-2-2015",
              "The court ruled 5-4. Nil-nil, nil–1, Twenty-one to nineteen, 55-45 votes, (3-1), '2-1'"]
    rng = random.Random(7)
    for text in texts:
        words = Words(text)
        sides = tallies._side_starts(words, p.side_words)
        for _ in range(20):
            lo = rng.randrange(len(text) + 1)
            hi = rng.randrange(lo, len(text) + 1)
            scanned = [(m.span(), m.groupdict()) for m in p.tally.finditer(text, lo, hi)]
            assert [(m.span(), m.groupdict()) for m in tallies._matches(p.tally, text, sides, lo, hi)] == scanned
        assert [m.span() for m in tallies._matches(p.tally, text, sides, 0, len(text))] == \
            [m.span() for m in p.tally.finditer(text)]

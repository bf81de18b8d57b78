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


def sets(text):
    return [(text[f.start:f.end], f.value.stated) for f in extract_found(text, None, [(0, len(text))])
            if f.value.counted == "sets"]


@pytest.mark.parametrize("text, expected", [
    # a run of set scores is one score of the match, each set as written and its tiebreak kept
    ("Alcaraz beat Sinner 6-4, 3-6, 7-6 (4), 6-3 in the final.",
     [("6-4, 3-6, 7-6 (4), 6-3", "6-4, 3-6, 7-6 (4), 6-3")]),
    ("The Spaniard won 6-4, 3-6, 7-6(4), 6-3 on Sunday.", [("6-4, 3-6, 7-6(4), 6-3", "6-4, 3-6, 7-6(4), 6-3")]),
    ("She won the final 6-4 3-6 7-6 6-3.", [("6-4 3-6 7-6 6-3", "6-4 3-6 7-6 6-3")]),
    ("Poland beat Italy 25-23, 22-25, 25-20, 25-18 in the volleyball final.",
     [("25-23, 22-25, 25-20, 25-18", "25-23, 22-25, 25-20, 25-18")]),
    ("He won 7-6 (7-5), 6-2 in the semifinal.", [("7-6 (7-5), 6-2", "7-6 (7-5), 6-2")]),
    # one pair is a game's score, no run of sets
    ("Linfield beat Portadown 4-2 on Saturday.", []),
    # no game's word: a list of ranges
    ("Respondents aged 18-24, 25-34 and 35-44 were asked.", []),
])
def test_set_scores(text, expected):
    assert sets(text) == expected


def test_sets_keep_their_order_and_tiebreaks():
    """One match's sets told alike are one value; a set or a tiebreak told otherwise, or the sets in
    another order, are another; a tiebreak left out is the vaguer telling of the same sets."""
    def value(text):
        [f] = [f for f in extract_found(text, None, [(0, len(text))]) if f.value.counted == "sets"]
        return f.value.low, f.value.high
    base = value("won 6-4, 3-6, 7-6 (4), 6-3")
    assert value("won 6-4, 3-6, 7-6(4), 6-3") == base
    assert value("won 6-4, 3-6, 7-6 (7-4), 6-3") == base
    assert value("won 6-4, 3-6, 7-6 (7-5), 6-3") != base
    assert value("won 6-4, 3-6, 7-5, 6-3") != base
    assert value("won 6-4, 6-3, 7-6 (4), 3-6") != base
    low, high = value("won 6-4 3-6 7-6 6-3")
    assert low <= base[0] <= base[1] <= high and low < high


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

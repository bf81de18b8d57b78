"""The engine's shortcuts give what the plain way gives: clause breaks found
at their openers are the breaks ``finditer`` finds, and word distances counted
from just before a sentence are the distances counted from the text's start."""

import random
from bisect import bisect_right
from itertools import accumulate
from operator import not_

from helpers import RULES, SEEDS

from factcheck import engine
from factcheck.corpus import build_article, decode
from factcheck.rules import load_rules
from factcheck.scan import Words, register

SEED_TEXTS = [decode(p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))]
PIECES = [";", ",", ", and", ",  but", ",\nwhile", " while", "while", "awhile", "While", " — ", " – ", "—", " — — ", "\u2003—\u2003",
          " ,", "whereas", ", although", "x", "Putin", " ", "\n\n", ".", "word", "wh", "ile"]


def _edited(rng: random.Random) -> str:
    text = rng.choice(SEED_TEXTS)
    for _ in range(rng.randint(0, 40)):
        at = rng.randint(0, len(text))
        text = text[:at] + rng.choice(PIECES) + text[at + rng.randint(0, 5):]
    return text


def test_clause_breaks_are_the_matches_of_the_clause_pattern():
    rng = random.Random(7)
    texts = SEED_TEXTS + ["".join(rng.choice(PIECES) for _ in range(60)) for _ in range(300)]
    texts += [_edited(rng) for _ in range(100)]
    for text in texts:
        assert engine.clause_breaks(text) == [m.start() for m in engine._CLAUSE.finditer(text)], text


def _distance_from_start(text: str, words: Words, offset: int) -> int:
    steps = list(accumulate(map(not_, map(str.isupper, map(text.__getitem__, words.starts)))))
    i = bisect_right(words.starts, offset) - 1
    breaks = [m.start() for m in engine._CLAUSE.finditer(text)]
    return (steps[i] if i >= 0 else 0) + engine.CLAUSE_COST * bisect_right(breaks, offset)


def test_distances_in_a_window_match_distances_from_the_start():
    rng = random.Random(3)
    for _ in range(40):
        text = _edited(rng)
        words = Words(text)
        reach = engine._Reach(text, words)
        lo = rng.randint(0, len(text) - 1)
        hi = min(len(text) - 1, lo + rng.randint(0, 400))
        offsets = [lo, hi] + [rng.randint(lo, hi) for _ in range(10)]
        positions = reach.positions(offsets)
        base = _distance_from_start(text, words, lo) - positions[0]
        for x, position in zip(offsets, positions):
            assert position + base == _distance_from_start(text, words, x)


def test_trigger_hits_of_a_sentence_are_those_of_the_whole_text():
    triggers = engine._Triggers(load_rules([RULES]))
    rng = random.Random(5)
    pieces = PIECES + ["talks", "peace talks", "cease-fire", "cease fire", "ceasefire", "met", "meeting", "visit", "of", "by",
                       "since", "the first", "years ago", "Talks", "TALKS", "K", "\u212a", "start of them", "beginning of whom",
                       "bail out", "bail-out", "cast their ballots", "peace deal", "handed over", "run-off", "turn-out",
                       "of themselves", "Of Them", "bail-outs", "by-election", "bye", "from", "ON THE GROUND", "on the", "peace"]
    # "START OF" runs across the line break that ends the first sentence and hides "Of them"
    texts = ["TALKS AT THE START\n\nOf them all, on May 5."]
    for _ in range(60):
        text = rng.choice(SEED_TEXTS)
        for _ in range(rng.randint(0, 60)):
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choice(pieces) + " " + text[at + rng.randint(0, 5):]
        texts.append(text)
    for text in texts:
        words = Words(text)
        everywhere = [(m.start(), m.end(), " ".join(m.group().lower().split())) for m in triggers.pattern.finditer(words)]
        for s in build_article("a", "a.txt", text).sentences:
            expected = [h for h in everywhere if s.start <= h[0] < s.end]
            assert triggers.hits(words, s.start, s.end) == expected


def test_hits_of_some_phrases_are_those_among_all_hits():
    """Looking only for some phrases finds what looking for all finds, less the others:
    a phrase left out still hides the words it covers."""
    rules = load_rules([RULES])
    book = engine._RuleBook(rules)
    ids = sorted(book.scorers)
    rng = random.Random(17)
    for _ in range(40):
        text = _edited(rng)
        words = Words(text)
        for s in build_article("a", "a.txt", text).sentences:
            wanted = book.phrases_of(frozenset(rng.sample(ids, rng.randint(1, 8))))
            every = book.triggers.numbered_hits(words, s.start, s.end, None)
            assert book.triggers.numbered_hits(words, s.start, s.end, wanted) == [h for h in every if h[2] in wanted]


def test_numbered_hits_and_positions_are_those_found_by_offset():
    """The hits' word numbers are the words their first and last characters stand in,
    and positions taken from word numbers differ as those taken from offsets do."""
    triggers = engine._Triggers(load_rules([RULES]))
    rng = random.Random(11)
    for _ in range(40):
        text = _edited(rng)
        words = Words(text)
        reach = engine._Reach(text, words)
        for s in build_article("a", "a.txt", text).sentences:
            hits = triggers.numbered_hits(words, s.start, s.end, None)
            offsets = [x for hs, he, *_ in hits for x in (hs, he - 1)] + [s.start, max(s.start, s.end - 1)]
            for hs, he, _, w0, w1 in hits:
                assert (w0, w1) == (bisect_right(words.starts, hs) - 1, bisect_right(words.starts, he - 1) - 1)
            numbers = [bisect_right(words.starts, x) - 1 for x in offsets]
            by_offset, by_number = reach.positions(offsets), reach.numbered(numbers, offsets)
            assert [p - by_offset[0] for p in by_offset] == [p - by_number[0] for p in by_number]


def test_hits_skip_no_match_of_phrases_that_end_oddly():
    """``numbered_hits`` takes a word alone for its match where no longer phrase can
    match (``_plans``); phrases that end in no word or are not ASCII are always tried
    with the pattern."""
    phrases = ["u.s.", "u.s. army", "foo.", "foo", "qux_", "bar baz", "bar", "bar-qux", "café", "caf", "x y z", "x"]
    triggers = engine._Triggers([])
    triggers.use(set(phrases))
    register(triggers.pattern.keys)
    assert triggers.longest == 3
    assert triggers.plans == {"u": (False, frozenset({"s"})), "bar": (True, frozenset({"baz", "qux"})),
                              "caf": (True, frozenset()), "x": (True, frozenset({"y"}))}
    rng = random.Random(13)
    pieces = ["u.s.", "U.S. Army", "u.s", "-led", "US-led", "foo.", "foo", "Foo-", "bar baz", "bar", "BAR-QUX", "bar qux", "barbaz",
              "café", "Café", "caf", "qux_", "qux_x", "x y z", "x y", "X", "xy", "\u212a", " ", ".", "\n\n", ",", "bar\nbaz"]
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        words = Words(text)
        everywhere = [(m.start(), m.end(), " ".join(m.group().lower().split())) for m in triggers.pattern.finditer(words)]
        assert triggers.hits(words, 0, len(text)) == everywhere, text

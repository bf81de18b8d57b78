"""Splits of a vote or a ruling: a tally's two sides read as one pair ("the court ruled 7-2",
"a 6-3 decision", "voted seven to two"), so that one rule (rules/vote-split.yaml) compares
both sides at once: 7-2 against 6-3 is a discrepancy, 7-2 against "seven to two" agrees.

An overlay, as names are: a split's span holds the numbers the counts pass reads as votes
for and against, which stay theirs. A split is a count of ``split``; its value is the larger
side times ``SCALE`` plus the smaller, one point on the count axis for each pair, so the
interval test of every other count compares it (sides of a thousand or more, a chamber's
or an electorate's, are no split here: votes-for and votes-against compare those).
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck import pattern_cache
from factcheck.extract.base import Found, data_words, trie_alternation
from factcheck.models import Value, trusted
from factcheck.scan import Words, words_of
from factcheck.vocab import vocabulary

SCALE = 1000
COUNTED = "split"
_REACH = 60  # characters either side of a tally that a word of voting may stand in
_STOPS = ".;:!?\n"  # a sentence's or a clause's end: no word past one speaks of the tally


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, frozenset[str], dict[str, int]]:
    """(a tally: two numbers up to 999, in digits or words, joined by a dash or "to"; the words
    of a game; the first words of the words of voting; number words -> their values)."""
    v = vocabulary()
    words = {w: n for w, n in v.number_units.items() if 0 < n < 100}
    side = rf"(?:\d{{1,3}}|{trie_alternation(words)})"
    # not inside a longer figure or a date ("7-2-2015", "2014-15", "1,000-2"), nor a word's part ("G7-2")
    tally = pattern_cache.compile(
        rf"(?<![\w.,/-])(?P<a>{side})(?:\s+votes?)?(?:\s*[-–]\s*|\s+to\s+|-to-)(?P<b>{side})(?![\w.,/-]|[-–]\d)",
        re.IGNORECASE)
    game = pattern_cache.compile(rf"(?<![\w'’-])(?:{trie_alternation(data_words('nouns.yaml', 'split_not_words'))})(?![\w'’-])",
                                 re.IGNORECASE)
    cues = frozenset(w.split()[0] for w in data_words("nouns.yaml", "split_words"))
    return tally, game, cues, words


_NEXT_WORD = pattern_cache.compile(r"\s*(%|[^\W\d]+)")
_WORD_BEFORE = pattern_cache.compile(r"([^\W\d]+)\s+$")


@lru_cache(maxsize=1)
def _not_before() -> frozenset[str]:
    """Words before two numbers that make them a range or a change (hedges.yaml ``range_openers``,
    ``change_verbs``), no tally."""
    return frozenset([*data_words("hedges.yaml", "range_openers"), *vocabulary().change_verbs])


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    """The first words of units (percent, measures, durations, currencies): after a tally's
    second number, they make its numbers figures of that unit."""
    v = vocabulary()
    forms = [*v.percent_forms, *v.measure_units, *v.duration_units, *v.currency_words]
    return frozenset(f.split()[0].lower() for f in forms if f.split())


def _side(token: str, words: dict[str, int]) -> int:
    return int(token) if token[0].isdigit() else words[token.lower()]


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch around ``start``..``end`` that speaks of it: its clause, within ``_REACH``."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    cut = max(text.rfind(c, lo, start) for c in _STOPS)
    if cut >= 0:
        lo = cut + 1
    ends = [i for c in _STOPS if (i := text.find(c, end, hi)) >= 0]
    return lo, min(ends, default=hi)


def pair(value: Value) -> tuple[int, int]:
    """The two sides of a split's value, the larger first."""
    n = int(value.low)
    return n // SCALE, n % SCALE


def extract(text: str, words: Words | None = None) -> list[Found]:
    """The splits of the text: tallies looked for only around a word of voting (most
    articles have none, and a pattern tried at every character costs a tenth of a
    millisecond), in the clause of one, with no word of a game there."""
    tally, game, cues, numbers = _patterns()
    words = words or words_of(text)
    out = []
    last = -1
    for at in words.positions(cues):
        lo, hi = _window(text, at, at)
        for m in tally.finditer(text, lo, hi):
            if m.start() <= last:
                continue
            last = m.start()
            a, b = _side(m.group("a"), numbers), _side(m.group("b"), numbers)
            if a <= b or (m.group("a")[0].isdigit() != m.group("b")[0].isdigit()):
                # news writes a split winner first ("7-2"): "210-220 votes" is a range, a tie splits
                # nothing, and "7 to two" is no way to write a tally
                continue
            if (w := _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())) is not None \
                    and w.group(1).lower() in _not_before():
                continue  # "ran from 8 to 10", "fell from 150 to 120": a range or a change, no tally
            if (u := _NEXT_WORD.match(text, m.end())) is not None and u.group(1).lower() in _units():
                continue  # "52 votes to 48 percent", "5 to 6 km": a unit's figures, no tally
            g0, g1 = _window(text, m.start(), m.end())
            if game.search(text, g0, g1) is not None:
                continue
            n = a * SCALE + b
            out.append(Found(m.start(), m.end(), trusted(
                Value, kind="count", low=n, high=n, stated=n, stated_unit=COUNTED, unit=COUNTED, qualifier="exact",
                granularity=None, counted=COUNTED, role=None, resolved=True, zone=None, ordinal=False)))
    out.sort(key=lambda f: f.start)
    return out

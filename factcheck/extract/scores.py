"""Scores of games: ``beat Castlebay 3-1``, ``a 3-2 win``, ``drew 1-1``, ``three goals to one``.

A score is a pair, kept as one count of ``score`` on an axis that orders scores by the
higher side's points, then the lower side's: ``3-1`` is ``3 * SCALE + 1``. Equal scores
meet and any two others differ, with no slack; the order the sides are written in
("lost 1-3", "a 3-1 defeat") changes no score. ``stated`` keeps the pair as written
("3-1"). Words of games are data (``data/sports.yaml``); a pair that no game word stands
beside, or a vote word does ("passed 215-212"), is left to the other readers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from factcheck import pattern_cache
from factcheck.extract.base import Found, trie_alternation
from factcheck.extract.numbers import in_paragraph
from factcheck.models import Value, trusted
from factcheck.scan import Words
from factcheck.vocab import data_file, vocabulary

SCALE = 1000  # more than any side scores in one game


class _Patterns(NamedTuple):
    pair: re.Pattern  # group a, b: the two sides' numbers
    game: re.Pattern  # a game's word
    vote: re.Pattern  # a vote's word
    after: re.Pattern  # what may follow a score


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    spec = data_file("sports.yaml")
    v = vocabulary()
    words = [w for w, n in v.number_units.items() if n <= 20] + [w for w, n in v.number_tens.items() if n <= 90]
    nil = [str(w) for w in spec.get("nil", ())]
    side = rf"(?:\d{{1,3}}|{trie_alternation([*words, *nil])})"
    units = trie_alternation(str(w) for w in spec.get("score_units", ()))
    pair = in_paragraph(rf"(?<![\w.,\-–])(?P<a>{side})(?:[ \t]*[-–][ \t]*|\s+(?:{units})\s+to\s+)(?P<b>{side})"
                        rf"(?:\s+(?:{units}))?(?![\w%]|[.,]\d|[-–]\w)")
    return _Patterns(
        pattern_cache.compile(pair, re.IGNORECASE),
        pattern_cache.compile(trie_alternation(str(w) for w in spec.get("game_words", ())), re.IGNORECASE),
        pattern_cache.compile(trie_alternation(str(w) for w in v.count_guards.get("vote_words", ())), re.IGNORECASE),
        pattern_cache.compile(rf"\s*(?:[.,;:!?)\"”’'—–]|\Z|\n|{trie_alternation(str(w) for w in spec.get('after_score', ()))})",
                              re.IGNORECASE),
    )


def _side(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    v = vocabulary()
    w = word.lower()
    if w in v.number_units:
        return int(v.number_units[w])
    if w in v.number_tens:
        return int(v.number_tens[w])
    return 0 if w in {str(n).lower() for n in data_file("sports.yaml").get("nil", ())} else None


_CLAUSE_ENDS = pattern_cache.compile(r"[.;:!?\n]")
_REACH = 80  # characters either side of a score where its game's word may stand


def extract(text: str, sentences, taken, words: Words | None = None) -> list[Found]:
    p = _patterns()
    out: list[Found] = []
    for m in p.pair.finditer(text):
        start, end = m.span()
        a, b = _side(m.group("a")), _side(m.group("b"))
        if a is None or b is None or taken(start, end):
            continue
        if m.group("a").isdigit() != m.group("b").isdigit() and not (a == 0 or b == 0):
            continue  # "3 to one" mixes the two ways of writing: no score, unless one side is "nil"
        if not p.after.match(text, end):
            continue  # "3-5 people", "10-12 years": a range of something else
        lo = max(0, start - _REACH)
        for c in _CLAUSE_ENDS.finditer(text, lo, start):
            lo = c.end()
        hi = min(len(text), end + _REACH)
        if (c := _CLAUSE_ENDS.search(text, end, hi)) is not None:
            hi = c.start()
        if not (p.game.search(text, lo, start) or p.game.search(text, end, hi)) or p.vote.search(text, lo, hi):
            continue
        high, low = max(a, b), min(a, b)
        value = high * SCALE + low
        out.append(Found(start, end, trusted(Value, kind="count", low=value, high=value,
                                             stated=f"{a}-{b}", stated_unit="score", unit="score",
                                             counted="score")))
    return out

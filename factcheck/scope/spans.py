"""Look-ups in a stretch of an article that the index and every reader share: a
pattern's matches at candidate words, hits within a window of words, a sentence's
clause breaks and a value's clause."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Iterator

from factcheck import pattern_cache
from factcheck.extract.base import data_words, trie
from factcheck.models import Mention
from factcheck.scan import KeyedPattern
from factcheck.text import literal_led_matches

if TYPE_CHECKING:  # for annotations only: article.py imports this module
    from factcheck.scope.article import ArticleScope


def _matches(pattern: re.Pattern, at: list[int], text: str, end: int | None = None) -> list[re.Match]:
    """``pattern.finditer``'s matches, up to ``end``, that start at the candidates ``at`` (sorted,
    those of a stretch of text that no match from before reaches into, see ``_scan_start``)."""
    match = pattern.match
    end = len(text) if end is None else end
    found, last = [], 0
    for pos in at:
        if pos < last:
            continue
        m = match(text, pos, end)
        if m is not None and m.end() > pos:
            last = m.end()
            found.append(m)
    return found


def word_index(scope: ArticleScope, offset: int) -> int:
    return bisect_right(scope.word_starts, offset)


def _keyed_matches(scope: ArticleScope, pattern: KeyedPattern, lo: int, hi: int) -> Iterator[re.Match]:
    """``pattern.pattern.finditer(text, lo, hi)``, tried only at the words from ``lo`` to ``hi``
    that may open a match: most stretches hold none, and a search tries every character."""
    text = scope.article.text
    if scope._words.loose:
        yield from pattern.pattern.finditer(text, lo, hi)
        return
    match, last = pattern.pattern.match, lo
    for at in scope._words_in(pattern.keys, lo, hi):
        if at < last:
            continue
        m = match(text, at, hi)
        if m is not None and m.end() > at:
            last = m.end()
            yield m


def _within(hits, scope: ArticleScope, span: tuple[int, int], window: int, sentence: tuple[int, int]):
    """Hits of the sentence within ``window`` words of ``span`` (start, end), with their distance."""
    lo = bisect_left(hits, (sentence[0],))
    hi = bisect_left(hits, (sentence[1],))
    if lo == hi:
        return []
    starts = scope.word_starts
    w0 = bisect_right(starts, span[0])
    w1 = bisect_right(starts, span[1] - 1)
    near = []
    for h in hits[lo:hi]:
        w = bisect_right(starts, h[0])
        d = w0 - w if w < w0 else max(0, w - w1)
        if d <= window:
            near.append((d, h))
    return near


_BREAK = pattern_cache.compile(rf"[;:]|,\s+{trie(data_words('text.yaml', 'comma_scope_breaks'))}\b|\s[—–]\s|\bwhile\b")


# Where a ``_BREAK`` match can start: at one of these strings, or on the character
# before one of the dashes. Keep them in step with ``_BREAK``.
_BREAK_OPENERS = (";", ":", ",", "while")
_BREAK_DASHES = ("—", "–")


def break_spans(text: str, s0: int, s1: int) -> list[tuple[int, int]]:
    """The spans of ``_BREAK.finditer(text, s0, s1)`` (``text.literal_led_matches``)."""
    return literal_led_matches(_BREAK, _BREAK_OPENERS, _BREAK_DASHES, text, s0, s1)


def _clause_of(scope: ArticleScope, mention: Mention, sentence: tuple[int, int]) -> tuple[int, int]:
    s0, s1 = sentence
    for start, end in scope.break_spans(s0, s1):
        if end <= mention.start:
            s0 = end
        elif start >= mention.end:
            s1 = start
            break
    return s0, s1


def _previous_start(scope: ArticleScope, mention: Mention) -> int:
    """Start of the sentence before the mention's: "he added" names its speaker there."""
    k = max(0, mention.sentence_index - 1)
    return scope.article.sentences[k].start

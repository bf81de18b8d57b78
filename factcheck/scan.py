"""Fast scanning: try a big pattern only where a key word starts.

Python's ``re`` tries every branch of an alternation at every position of
the text, so a pattern of a hundred phrases costs milliseconds per article.
Instead each article is split into words once (``Words``), and a
``KeyedPattern`` runs its pattern, anchored, only at the words that can
begin a match: a set lookup per word, then a handful of anchored matches.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

_WORD = re.compile(r"\w+")


class Words:
    """The start offset and lower-cased form of every word of a text."""

    __slots__ = ("text", "starts", "words")

    def __init__(self, text: str):
        self.text = text
        lowered = text.lower()
        if len(lowered) == len(text):
            pairs = [(m.start(), m.group()) for m in _WORD.finditer(lowered)]
        else:  # a few characters change length when lower-cased; keep offsets exact
            pairs = [(m.start(), m.group().lower()) for m in _WORD.finditer(text)]
        self.starts = [p for p, _ in pairs]
        self.words = [w for _, w in pairs]


class KeyedPattern:
    """``pattern`` tried at each word in ``keys`` (lower case), and at each
    word starting with a digit when ``digits`` is set."""

    def __init__(self, pattern: re.Pattern, keys: Iterable[str], *, digits: bool = False):
        self.pattern = pattern
        self.keys = frozenset(k.lower() for k in keys)
        self.digits = digits

    def candidates(self, words: Words) -> list[int]:
        keys = self.keys
        if self.digits:
            return [p for p, w in zip(words.starts, words.words) if w in keys or w[0].isdigit()]
        return [p for p, w in zip(words.starts, words.words) if w in keys]

    def finditer(self, words: Words) -> Iterator[re.Match]:
        """Non-overlapping matches, left to right, like ``pattern.finditer``."""
        text = words.text
        match = self.pattern.match
        last = 0
        for pos in self.candidates(words):
            if pos < last:
                continue
            m = match(text, pos)
            if m is not None and m.end() > pos:
                last = m.end()
                yield m


def first_words(phrases: Iterable[str]) -> set[str]:
    """The words a phrase can start with, as ``Words`` sees them."""
    out = set()
    for p in phrases:
        m = _WORD.search(p.lower())
        if m:
            out.add(m.group())
    return out

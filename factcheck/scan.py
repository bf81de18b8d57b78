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

    __slots__ = ("text", "starts", "words", "_index")

    def __init__(self, text: str):
        self.text = text
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters change length when lower-cased
            lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        self.words = _WORD.findall(lowered)
        self.starts = [m.start() for m in _WORD.finditer(lowered)]
        self._index: dict[str, list[int]] | None = None

    def positions(self, keys: frozenset[str]) -> list[int]:
        """Where any of ``keys`` stands, in text order."""
        if self._index is None:
            index: dict[str, list[int]] = {}
            for p, w in zip(self.starts, self.words):
                index.setdefault(w, []).append(p)
            self._index = index
        found = [self._index[k] for k in keys & self._index.keys()]
        if len(found) == 1:
            return found[0]
        return sorted(p for ps in found for p in ps)


class KeyedPattern:
    """``pattern`` tried at each word in ``keys`` (lower case), and at each
    word starting with a digit when ``digits`` is set."""

    def __init__(self, pattern: re.Pattern, keys: Iterable[str], *, digits: bool = False):
        self.pattern = pattern
        self.keys = frozenset(k.lower() for k in keys)
        self.digits = digits

    def candidates(self, words: Words) -> list[int]:
        if self.digits:
            keys = self.keys
            return [p for p, w in zip(words.starts, words.words) if w in keys or w[0].isdigit()]
        return words.positions(self.keys)

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

"""Fast scanning: try a big pattern only where a key word starts.

Python's ``re`` tries every branch of an alternation at every position of
the text, so a pattern of a hundred phrases costs milliseconds per article.
Instead each article is split into words once (``Words``), and a
``KeyedPattern`` runs its pattern, anchored, only at the words that can
begin a match: a set lookup per word, then a handful of anchored matches.
The extractors use the same ``Words`` for their own anchored patterns.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from itertools import accumulate, chain, compress
from typing import Iterable, Iterator

_WORD = re.compile(r"\w+")

# Splitting is done with str methods, which run at C speed: every character
# that is not a word character (``\w``) becomes a space, word characters are
# lower-cased, and ``split(" ")`` leaves the words with the offsets implied by
# the lengths of the pieces. ``re`` would spend a match object on every word.
_FOLD = {i: (chr(i).lower() if _WORD.match(chr(i)) else " ") for i in range(128)}
_FOLD_TEXT = str.maketrans(_FOLD)
# Text with a few non-ASCII characters goes through bytes: encoding with "?" for
# each of them keeps one byte per character, so offsets hold; each non-ASCII
# word character then becomes a placeholder, and its word is taken from the
# lower-cased text afterwards.
_FOLD_BYTES = bytes(ord(_FOLD[i]) if i < 128 else 32 for i in range(256))
_PLACEHOLDER = 0x80
_PLUS_ONE = (1).__add__
# Characters that IGNORECASE matches to an ASCII letter although lower() does not
# make them that letter ("ı" matches "i"): with one of them in the text, looking
# words up in lower case could miss a match, so every word is a candidate.
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")  # İ ı ſ and the Kelvin sign


class Words:
    """The start offset and lower-cased form of every word (``\\w+``) of a text.

    Built with str methods (C speed) rather than a regular expression, which
    would spend a match object on every word. ``loose`` is set when a
    lower-case lookup cannot stand in for a case-insensitive pattern (see
    ``_ODD_FOLDS``); ``opening`` then offers every word.
    """

    __slots__ = ("text", "starts", "words", "loose", "_index", "_digits")

    def __init__(self, text: str):
        self.text = text
        self.loose = False
        self._index: dict[str, list[int]] | None = None
        self._digits: list[int] | None = None
        if text.isascii():
            self._split(text.translate(_FOLD_TEXT))
            return
        self.loose = any(c in text for c in _ODD_FOLDS)
        raw = text.encode("ascii", "replace")
        others = raw.count(b"?") - text.count("?")  # the non-ASCII characters
        # "İ" is the one character that lower-cases to two; a text mostly in another
        # script is split faster by the regular expression
        if "\u0130" in text or others > len(text) // 16:
            self._by_regex(text)
            return
        folded = bytearray(raw.translate(_FOLD_BYTES))
        placed = []
        i = raw.find(b"?")
        while i >= 0:
            c = text[i]
            if c.isalnum() or c == "_":  # what ``\w`` means; lower-casing keeps it
                folded[i] = _PLACEHOLDER
                placed.append(i)
            i = raw.find(b"?", i + 1)
        self._split(folded.decode("latin-1"))
        if placed:
            lowered = text.lower()  # the whole text: "Σ" lower-cases by its context
            starts, words = self.starts, self.words
            for k in sorted({bisect_right(starts, i) - 1 for i in placed}):
                words[k] = lowered[starts[k]:starts[k] + len(words[k])]

    def _split(self, folded: str) -> None:
        parts = folded.split(" ")
        self.starts = list(compress(accumulate(map(_PLUS_ONE, map(len, parts)), initial=0), parts))
        self.words = list(filter(None, parts))

    def _by_regex(self, text: str) -> None:
        """The same words, found by ``\\w+`` on the lower-cased text."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters change length when lower-cased
            lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        self.words = _WORD.findall(lowered)
        self.starts = [m.start() for m in _WORD.finditer(lowered)]

    def indices(self, keys: frozenset[str]) -> list[int]:
        """The numbers of the words in ``keys``, in text order."""
        if self._index is None:
            index: defaultdict[str, list[int]] = defaultdict(list)
            for i, w in enumerate(self.words):
                index[w].append(i)  # about twice as fast as a get-then-insert loop
            self._index = dict(index)
        index = self._index
        found = [index[k] for k in keys if k in index]  # no intersection set built
        if len(found) == 1:
            return found[0]
        return sorted(chain.from_iterable(found))

    def positions(self, keys: frozenset[str]) -> list[int]:
        """Where any of ``keys`` stands, in text order."""
        return list(map(self.starts.__getitem__, self.indices(keys)))

    def opening(self, keys: frozenset[str], then: dict[str, frozenset[str]] | None = None) -> list[int]:
        """Where a case-insensitive pattern whose matches open with one of
        ``keys`` (lower case) may match: ``positions``, or every word when ``loose``.

        ``then`` names, for a key that never stands alone in a match, the words
        that may follow it (``NUMBER``: one that opens with a digit): most "a"
        and "the" open nothing, and a set lookup is cheaper than a regex match.
        """
        if self.loose:
            return self.starts
        found = self.indices(keys)
        if then:
            words = self.words
            last = len(words) - 1
            found = [i for i in found if (allowed := then.get(words[i])) is None or (i < last and (
                words[i + 1] in allowed or (NUMBER in allowed and words[i + 1][0].isdecimal())))]
        return list(map(self.starts.__getitem__, found))

    def digits(self) -> list[int]:
        """Starts of the words that begin with a digit (``\\d``)."""
        if self._digits is None:
            if self._index is None:
                self.indices(frozenset())
            starts = self.starts
            self._digits = sorted(starts[i] for w, ns in self._index.items() if w[0].isdecimal() for i in ns)
        return self._digits


NUMBER = "#"  # in ``Words.opening``'s ``then``: a word that opens with a digit


def followers(phrases: Iterable[str]) -> dict[str, frozenset[str]]:
    """For ``Words.opening``: the first words of ``phrases`` that never stand
    alone as a phrase, each with the words that come second after it."""
    alone, second = set(), {}
    for p in phrases:
        ws = _WORD.findall(p.lower())
        if len(ws) == 1:
            alone.add(ws[0])
        elif ws:
            second.setdefault(ws[0], set()).add(ws[1])
    return {w: frozenset(after) for w, after in second.items() if w not in alone}


_LAST: list = [None]


def words_of(text: str) -> Words:
    """``Words(text)``, reused while the passes of one article ask for the same text."""
    last = _LAST[0]
    if last is None or last.text is not text:
        last = _LAST[0] = Words(text)
    return last


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
        return words.positions(keys)

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

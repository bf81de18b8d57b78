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
from itertools import accumulate, chain, compress, repeat
from operator import add
from typing import Iterable, Iterator, NamedTuple

from factcheck import pattern_cache

# A figure is one word however its digits are grouped ("1,040", "4.5"): a rule's
# reach is counted in words, and "rose to 1,040 on Thursday" must reach as far as
# "rose to 272 on Thursday" does.
_WORD = pattern_cache.compile(r"\w+(?:(?<=[0-9])[,.](?=[0-9])\w+)*")

# Splitting is done with bytes and str methods, which run at C speed: every
# character that is not a word character (``\w``) becomes a space, word
# characters are lower-cased, and ``split(" ")`` leaves the words with the
# offsets implied by the lengths of the pieces. ``re`` would spend a match
# object on every word.
_FOLD = {i: (chr(i).lower() if _WORD.match(chr(i)) else " ") for i in range(128)}
# Text with a few non-ASCII characters is encoded with "?" for each of them,
# which keeps one byte per character, so offsets hold; each non-ASCII word
# character then becomes a placeholder, and its word is taken from the
# lower-cased text afterwards.
_FOLD_BYTES = bytes(ord(_FOLD[i]) if i < 128 else 32 for i in range(256))
_PLACEHOLDER = 0x80
# For ``Words.digits``: every digit, and the placeholder, become "0" (the rest stays).
_DIGIT_MARK = bytes(ord("0") if chr(i).isdigit() or i == _PLACEHOLDER else i for i in range(256))
# Characters that IGNORECASE matches to an ASCII letter although lower() does not
# make them that letter ("ı" matches "i"): with one of them in the text, looking
# words up in lower case could miss a match, so every word is a candidate.
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")  # İ ı ſ and the Kelvin sign


# For ``_keep_separators``: every ASCII digit becomes "0", so that a separator inside a figure
# is found by ``bytes.find`` ("0,0", "0.0") at C speed, where a regular expression would try
# every character.
_DIGITS_AS_ZERO = bytes(ord("0") if 48 <= i <= 57 else i for i in range(256))


def _keep_separators(raw: bytes, folded: bytes | bytearray) -> bytes | bytearray:
    """``folded`` with the separators inside figures put back, as ``_WORD`` keeps them
    (``raw``: the text as ASCII bytes, one byte per character)."""
    marked = raw.translate(_DIGITS_AS_ZERO)
    inside = []
    for sep in (b"0,0", b"0.0"):
        p = marked.find(sep)
        while p >= 0:
            inside.append(p + 1)
            p = marked.find(sep, p + 2)
    if not inside:
        return folded
    folded = bytearray(folded)
    for i in inside:
        folded[i] = raw[i]
    return folded


class Words:
    """The start offset and lower-cased form of every word (``\\w+``, a figure such
    as "1,040" or "4.5" one word) of a text.

    Built with str methods (C speed) rather than a regular expression, which
    would spend a match object on every word. ``loose`` is set when a
    lower-case lookup cannot stand in for a case-insensitive pattern (see
    ``_ODD_FOLDS``); ``opening`` then offers every word. ``raw``: the text as
    ASCII bytes, "?" for each other character (one byte a character), kept for
    the extractors that map characters to classes with ``bytes.translate``.
    """

    __slots__ = ("text", "raw", "starts", "words", "loose", "_index", "_filed", "_covered", "_digits", "_folded")

    def __init__(self, text: str):
        self.text = text
        self.loose = False
        self._index: dict[str, list[int]] | None = None
        # the words ``_index`` holds: ``keys & _filed`` walks the smaller side at C speed
        self._filed: set[str] = set()
        self._covered = 0  # how many of the registered key sets ``_index`` holds
        self._digits: list[int] | None = None
        self._folded: bytes | None = None  # the text as split, when it was split with bytes methods
        if text.isascii():
            raw = self.raw = text.encode("ascii")
            self._split(_keep_separators(raw, raw.translate(_FOLD_BYTES)))
            return
        self.loose = any(c in text for c in _ODD_FOLDS)
        raw = self.raw = text.encode("ascii", "replace")
        others = raw.count(b"?") - text.count("?")  # the non-ASCII characters
        # "İ" is the one character that lower-cases to two (it makes the text loose); a text
        # mostly in another script is split faster by the regular expression
        if (self.loose and "\u0130" in text) or others > len(text) // 16:
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
        self._split(_keep_separators(raw, folded))
        if placed:
            lowered = text.lower()  # the whole text: "Σ" lower-cases by its context
            starts, words = self.starts, self.words
            for k in sorted({bisect_right(starts, i) - 1 for i in placed}):
                words[k] = lowered[starts[k]:starts[k] + len(words[k])]

    def _split(self, folded: bytes) -> None:
        self._folded = folded
        parts = folded.decode("latin-1").split(" ")
        # each piece and its blank: ``operator.add`` over ``repeat(1)`` is cheaper than ``(1).__add__``
        self.starts = list(compress(accumulate(map(add, map(len, parts), repeat(1)), initial=0), parts))
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
        index = self._index_for(keys)
        if index is None:  # the registry is full: a pass of its own
            words = self.words
            return list(compress(range(len(words)), map(keys.__contains__, words)))
        found = [index[k] for k in keys & self._filed]
        if len(found) == 1:
            return found[0]
        return sorted(chain.from_iterable(found))

    def _index_for(self, keys: frozenset[str]) -> dict[str, list[int]] | None:
        """The index, holding at least the words of ``keys``; None if it cannot."""
        at = _REGISTRY.at.get(keys) if type(keys) is frozenset else None
        if at is None or at >= self._covered:  # a key set new to the registry or to this index
            at = _registered(frozenset(keys))
            if at is None:
                return None
            if at >= self._covered:
                self._index_registered()
        return self._index

    def _index_registered(self) -> None:
        """Index the words of the key sets registered since the last call (all, the first time).

        Most words of a text are in no key set, so one C-level pass picks the
        third that are, and only those are filed in Python. A key set is
        registered the first time it is asked for; the index of a text built
        before then is extended by the words it brings.
        """
        if self._index is None:
            self._index, wanted = {}, _REGISTRY.union
        else:
            wanted = set().union(*_REGISTRY.fresh[self._covered:])
        self._covered = len(_REGISTRY.fresh)
        if not wanted:
            return
        words = self.words
        index: defaultdict[str, list[int]] = defaultdict(list)
        for i in compress(range(len(words)), map(wanted.__contains__, words)):
            index[words[i]].append(i)  # about twice as fast as a get-then-insert loop
        self._index.update(index)
        self._filed.update(index)

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
        return list(map(self.starts.__getitem__, self.opening_words(keys, then)))

    def opening_words(self, keys: frozenset[str], then: dict[str, frozenset[str]] | None = None) -> list[int] | range:
        """``opening``, as the numbers of the words rather than their starts."""
        if self.loose:
            return range(len(self.words))
        return self._followed(keys, then) if then else self.indices(keys)

    def _followed(self, keys: frozenset[str], then: dict[str, frozenset[str]]) -> list[int]:
        """``indices(keys)`` less the words of ``then`` that are not followed by one of theirs."""
        words = self.words
        plan = _plan(keys, then)
        index = self._index_for(plan.asked)
        last = len(words) - 1
        if index is None:
            return [i for i in self.indices(keys) if (allowed := then.get(words[i])) is None or (i < last and (
                words[i + 1] in allowed or (NUMBER in allowed and words[i + 1][0].isdecimal())))]
        filed = self._filed
        found = [index[k] for k in plan.free & filed] if plan.free else []
        for k in plan.gated_keys & filed:  # the gated words in the text, usually few
            hits = index[k]
            allowed, digit, countable = plan.gated[k]
            if countable and len(allowed) < len(hits):
                # The words that may follow ("custody" after "in") are few: counting how often
                # they stand here is cheap, and if less often than the gated word, look them
                # up and keep the ones right after it, rather than look after every "in".
                after = [index[a] for a in allowed & filed]
                if sum(map(len, after)) < len(hits):
                    found.append({j - 1 for js in after for j in js if j and words[j - 1] == k})
                    continue
            if hits[-1] == last:  # the text's last word, which nothing follows: tested here, not at each word
                hits = hits[:-1]
            if digit:
                found.append([i for i in hits if (w := words[i + 1]) in allowed or w[0].isdecimal()])
            else:
                found.append([i for i in hits if words[i + 1] in allowed])
        if len(found) == 1 and type(found[0]) is list:
            return found[0]
        return sorted(chain.from_iterable(found))

    def digits(self) -> list[int]:
        """Starts of the words that begin with a digit (``\\d``)."""
        if self._digits is None:
            folded = self._folded
            if folded is None:
                self._digits = [p for p, w in zip(self.starts, self.words) if w[0].isdecimal()]
            else:
                # Digits are few: searching for a blank before one (C speed) beats a look at
                # every word. In ``marked``, with a blank put first, the blank before a word
                # stands where the word starts in ``folded``.
                marked = (b" " + folded).translate(_DIGIT_MARK)
                found = []
                p = marked.find(b" 0")
                while p >= 0:
                    found.append(p)
                    p = marked.find(b" 0", p + 1)
                # the placeholder stands for any non-ASCII word character, a digit or not
                text = self.text
                self._digits = [p for p in found if folded[p] != _PLACEHOLDER or text[p].isdecimal()]
        return self._digits


class _Registry:
    """Every key set asked of ``Words.indices`` so far, each with the words it
    was the first to bring (``fresh``), and the union of them all.

    It is filled as the extractors and rules ask, once per key set (they are
    built once per vocabulary or rule set), so an article's index need hold
    only the words someone looks up. Past ``LIMIT`` words a key set is no
    longer registered but looked up by a pass of its own, to bound the memory.
    """

    LIMIT = 100_000

    def __init__(self) -> None:
        self.at: dict[frozenset[str], int] = {}
        self.fresh: list[frozenset[str]] = []
        self.union: set[str] = set()


_REGISTRY = _Registry()


class _Plan(NamedTuple):
    """How ``Words.opening`` looks up ``keys`` with ``then``."""

    keys: frozenset[str]
    then: dict[str, frozenset[str]]
    asked: frozenset[str]  # the keys and the words that may follow a countable one, for the index
    free: frozenset[str]  # the keys that stand alone
    # the others: key -> (what may follow, whether a number may, whether the followers are few and indexed)
    gated: dict[str, tuple[frozenset[str], bool, bool]]
    gated_keys: frozenset[str]


_PLANS: dict[tuple[int, int], _Plan] = {}
_FEW_FOLLOWERS = 3  # a gated word with no more followers than this may have them looked up instead


def _plan(keys: frozenset[str], then: dict[str, frozenset[str]]) -> _Plan:
    """The plan for ``keys`` and ``then``, made once (callers build both with their patterns)."""
    plan = _PLANS.get((id(keys), id(then)))
    if plan is None or plan.keys is not keys or plan.then is not then:
        if len(_PLANS) > 256:
            _PLANS.clear()
        gated = keys & then.keys()
        # Only a few followers are worth counting in an article; the many that may follow
        # "a" ("and", "day", "hour"...) are left out of the index, which would file every "and".
        countable = {k for k in gated if NUMBER not in then[k] and len(then[k]) <= _FEW_FOLLOWERS}
        followers = frozenset().union(*(then[k] for k in countable))
        plan = _PLANS[(id(keys), id(then))] = _Plan(
            keys, then, frozenset(keys | followers), frozenset(keys - gated),
            {k: (then[k], NUMBER in then[k], k in countable) for k in gated},
            frozenset(gated))
    return plan


def register(keys: Iterable[str]) -> None:
    """Have the indexes of texts split from now on hold the words of ``keys`` (lower case).

    A key set is otherwise registered when first asked for: when that is after the
    articles were indexed (the rules' words are looked up after every article's
    extraction), each article's index is extended by a second pass over its words.
    """
    _registered(frozenset(keys))


def _registered(keys: frozenset[str]) -> int | None:
    """The position of ``keys`` in the registry (registering them if new); None when full."""
    at = _REGISTRY.at.get(keys)
    if at is None:
        if len(_REGISTRY.union) + len(keys) > _Registry.LIMIT:
            return None
        at = _REGISTRY.at[keys] = len(_REGISTRY.fresh)
        _REGISTRY.fresh.append(frozenset(keys - _REGISTRY.union))
        _REGISTRY.union.update(keys)
    return at


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

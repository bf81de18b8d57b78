"""Names of people and places, for spelling comparison across sources.

A name is two to four capitalized words (``Sergey V. Lavrov``, ``Bocharov
Ruchei``), or one capitalized word right before a speech verb
(``Kremenyuk said``). Its ``key`` folds transliteration variants
(data/names.yaml) so that one name spelled two ways groups together.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from factcheck import yamlio
from factcheck.extract.base import Found, trie_alternation
from factcheck.models import Value, trusted
from factcheck.scan import Words
from factcheck.vocab import vocabulary

_LOWER = r"[a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?"  # Latin letters with accents: Raúl, José
_TOKEN = rf"[A-ZÀ-ÖØ-Þ]{_LOWER}"
_GAP = r"[ \t]+"


@lru_cache(maxsize=1)
def _tables():
    data = yamlio.load(resources.files("factcheck.data").joinpath("names.yaml").read_text(encoding="utf-8"))
    return [tuple(p) for p in data["transliteration"]], data["speech_verbs"]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """A word with a capital, not inside a word or after a period, then up to five
    more (``more``), or alone before a speech verb. It opens with its capital so
    that the regex engine skips from one capital to the next at C speed."""
    _, verbs = _tables()
    return re.compile(
        rf"[A-Z](?<![\w.].){_LOWER}(?=[ \t])"  # both ways on need a blank next; most capitals fail here
        rf"(?:(?P<more>(?:{_GAP}(?:[A-Z]\.{_GAP})?{_TOKEN}){{1,5}})(?![\w])|(?={_GAP}{trie_alternation(verbs)}))"
    )


@lru_cache(maxsize=8192)
def key(name: str) -> str:
    """The name folded for comparison: lower case, initials dropped, transliteration reduced."""
    pairs, _ = _tables()
    name = name.lower().replace("’", "'")
    if name.endswith("'s"):
        name = name[:-2]
    words = [w for w in name.split() if not re.fullmatch(r"[a-z]\.", w)]
    s = " ".join(words)
    for a, b in pairs:
        s = s.replace(a, b)
    return s


@lru_cache(maxsize=1)
def _speech() -> re.Pattern:
    return re.compile(rf"{_GAP}{trie_alternation(_tables()[1])}")


def _speaks(text: str, end: int) -> bool:
    return _speech().match(text, end) is not None


def _opens_sentence(text: str, i: int) -> bool:
    """Whether only quotes, brackets and blanks stand between ``i`` and the end of the last sentence."""
    while True:
        lo = max(0, i - 8)
        before = text[lo:i].rstrip(" \t\"“'‘(")
        if before or not lo:
            return not before or before[-1] in ".!?\n"
        i = lo


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _stands_alone(text: str, word: str) -> bool:
    """``re.search(rf"\\b{re.escape(word)}\\b", text)``, with ``str.find``: a pattern
    made per word would be compiled anew for nearly every name."""
    n = len(text)
    first, last = _is_word_char(word[0]), _is_word_char(word[-1])
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if ((i > 0 and _is_word_char(text[i - 1])) != first
                and (j < n and _is_word_char(text[j])) != last):
            return True
        i = text.find(word, i + 1)
    return False


@lru_cache(maxsize=1)
def _never_first() -> tuple[frozenset[str], frozenset[str]]:
    """Words that open no name: as written ("The", "President"), and in lower case (months, weekdays)."""
    v = vocabulary()
    # a title opens no name either: "Mayor Viktor Kremenjuk" is Viktor Kremenjuk
    titles = {w.capitalize() for t in v.titles for w in t.split()}
    return frozenset(v.not_names | v.sentence_openers | titles), frozenset(v.months) | frozenset(v.weekdays)


@lru_cache(maxsize=4096)  # values are frozen, so one name's value is shared
def _value(stated: str) -> Value:
    return trusted(Value,
        kind="name", low=None, high=None, stated=stated, stated_unit=None, unit=None,
        qualifier="exact", granularity=None, counted=None, role=None, resolved=True, zone=None, ordinal=False)


def extract(text: str, words: Words | None = None) -> list[Found]:
    """Every name (``words`` is not needed: the pattern finds its capitals itself)."""
    stop, calendar = _never_first()
    out = []
    for m in _pattern().finditer(text):
        p, end = m.span()
        tokens = m.group().split()  # words and initials, apart by blanks
        # leading words that are never part of a name: "The", "President", "Monday"
        skip = 0
        while skip < len(tokens) and (tokens[skip] in stop or tokens[skip].lower() in calendar):
            skip += 1
        if skip == len(tokens):
            continue
        start = p if skip == 0 else _offset(text, p, tokens, skip)
        # a capitalized word opening a sentence that the text also uses in lower
        # case is a common word: "Later Kremenyuk said"
        if len(tokens) - skip > 1 and _opens_sentence(text, start) and _stands_alone(text, tokens[skip].lower()):
            skip += 1
            start = _offset(text, p, tokens, skip)
        kept = [w for w in tokens[skip:] if w[-1] != "."]  # initials ("V.") aside
        if not kept or kept[-1] in stop or (m.group("more") and len(kept) < 2 and not _speaks(text, end)):
            continue
        out.append(Found(start, end, _value(text[start:end])))
    return out


def _offset(text: str, p: int, tokens: list[str], k: int) -> int:
    """Where the ``k``-th of the blank-separated ``tokens`` starting at ``p`` starts."""
    at = p
    for t in tokens[:k]:
        at = text.index(t, at) + len(t)
    return text.index(tokens[k], at)

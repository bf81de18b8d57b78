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
from factcheck.extract.base import Found
from factcheck.models import Value, trusted
from factcheck.vocab import alternation, vocabulary

_TOKEN = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_GAP = r"[ \t]+"


@lru_cache(maxsize=1)
def _tables():
    data = yamlio.load(resources.files("factcheck.data").joinpath("names.yaml").read_text(encoding="utf-8"))
    return [tuple(p) for p in data["transliteration"]], data["speech_verbs"]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    _, verbs = _tables()
    return re.compile(
        rf"(?<![\w.])(?P<full>{_TOKEN}(?:{_GAP}(?:[A-Z]\.{_GAP})?{_TOKEN}){{1,5}})(?![\w])"
        rf"|(?<![\w.])(?P<single>{_TOKEN})(?={_GAP}{alternation(verbs)})"
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
    return re.compile(rf"{_GAP}{alternation(_tables()[1])}")


def _speaks(text: str, end: int) -> bool:
    return _speech().match(text, end) is not None


def _opens_sentence(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\"“'‘(":
        j -= 1
    return j < 0 or text[j] in ".!?\n"


def extract(text: str) -> list[Found]:
    v = vocabulary()
    stop = v.not_names | v.sentence_openers
    out = []
    for m in _pattern().finditer(text):
        tokens = [(t.start(), t.group()) for t in re.finditer(r"\S+", m.group())]
        # leading words that are never part of a name: "The", "President", "Monday"
        while tokens and (tokens[0][1] in stop or tokens[0][1].lower() in v.months or tokens[0][1].lower() in v.weekdays):
            tokens.pop(0)
        # a capitalized word opening a sentence that the text also uses in lower
        # case is a common word: "Later Kremenyuk said"
        if len(tokens) > 1 and _opens_sentence(text, m.start() + tokens[0][0]) and re.search(
                rf"\b{re.escape(tokens[0][1].lower())}\b", text):
            tokens.pop(0)
        words = [w for _, w in tokens if not re.fullmatch(r"[A-Z]\.", w)]
        if not words or words[-1] in stop or (m.group("full") and len(words) < 2 and not _speaks(text, m.end())):
            continue
        start = m.start() + tokens[0][0]
        out.append(Found(start, m.end(), trusted(Value, 
            kind="name", low=None, high=None, stated=text[start:m.end()], stated_unit=None, unit=None,
            qualifier="exact", granularity=None, counted=None, role=None, resolved=True, zone=None, ordinal=False)))
    return out

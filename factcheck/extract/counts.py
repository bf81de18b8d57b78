"""Counts of people and things: ``6,100 people``, ``10 battalions``, ``129 seats``,
with the role the sentence gives the people (killed, injured, missing ...)."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.base import Reading
from factcheck.extract.numbers import Num
from factcheck.vocab import alternation, singular, vocabulary

# Words that end in -s after a number without being what it counts.
_NOT_NOUNS = frozenset(
    "was has is as its this thus always perhaps whereas across unless less various previous serious "
    "famous plus minus does goes his hers yours ours theirs yes besides sometimes afterwards towards "
    "nevertheless news means series".split()
)
_NOT_ATTRIBUTES = frozenset("strong odd plus old long wide high tall deep year month day week hour minute point".split())


@lru_cache(maxsize=1)
def _patterns():
    v = vocabulary()
    person = alternation(v.person_nouns)
    noun = re.compile(
        rf"(?P<attr>-(?P<attrword>[a-z]+)\b)"
        rf"|\s+(?:(?:[a-z][\w'’-]*|[A-Z][\w'’-]*)\s+){{0,2}}?(?P<person>{person})"
        rf"|\s+(?:(?:[a-z][\w'’-]*)\s+)?(?P<plural>[a-z][a-z'-]{{2,}}s)\b"
        rf"|\s+(?P<singular>[a-z][a-z-]{{2,}})\b"
    , re.IGNORECASE)
    roles = re.compile(alternation(v.roles), re.IGNORECASE)
    return noun, roles


def read(text: str, num: Num, sentence: tuple[int, int], role_hits: list[tuple[int, int, str]]) -> Reading | None:
    """A count, if a counted noun follows or the sentence gives the number a role."""
    if num.fraction:
        return None
    v = vocabulary()
    m = _patterns()[0].match(text, num.end)
    counted = None
    role = None
    end = num.end
    if m:
        if m.group("attr"):
            word = m.group("attrword").lower()
            if (len(word) > 2 and word not in _NOT_ATTRIBUTES and word not in v.duration_units
                    and word not in v.measure_units and not text.startswith("-", m.end())):
                counted = singular(word)
                end = m.end()
        elif m.group("person"):
            noun = " ".join(m.group("person").lower().split())
            counted = "person"
            role = v.noun_roles.get(noun)
            end = m.end()
        elif m.group("singular"):
            if num.ordinal and m.group("singular") not in _NOT_NOUNS:
                counted = m.group("singular")
                end = m.end()
        else:
            word = m.group("plural")
            low = word.lower()
            if (low not in _NOT_NOUNS and low not in v.not_counted and not low.endswith(("ous", "ss", "'s", "’s"))
                    and not (num.words and num.value == 1)):
                counted = singular(low)
                end = m.end()
    if role is None and counted in (None, "person"):
        role = nearest_role(num.start, end, sentence, role_hits)
    if counted is None and role is None:
        return None
    if counted is None and num.words and num.value < 10:
        return None  # "one", "two" with neither a noun nor a nearby role are pronouns, not counts
    if counted is None:
        counted = "person" if role else None
    return Reading("count", num.start, end, 1.0, counted, counted, counted=counted, role=role)


def role_hits(text: str) -> list[tuple[int, int, str]]:
    """Every role word in the text: (start, end, role). One pass per article."""
    roles = vocabulary().roles
    return [(m.start(), m.end(), roles[" ".join(m.group().lower().split())]) for m in _patterns()[1].finditer(text)]


def nearest_role(start: int, end: int, sentence: tuple[int, int], hits: list[tuple[int, int, str]]) -> str | None:
    """The role word nearest the count in its sentence; words after it weigh a little more."""
    best = None
    best_d = 70.0
    s0, s1 = sentence
    from bisect import bisect_left

    i = bisect_left(hits, (s0, 0, ""))
    while i < len(hits) and hits[i][0] < s1:
        hs, he, role = hits[i]
        if hs >= end:
            d = (hs - end) * 0.7
        elif he <= start:
            d = start - he
        else:
            d = 0
        if d < best_d:
            best, best_d = role, d
        i += 1
    return best

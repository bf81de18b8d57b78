"""Ages of people: ``a 28-year-old``, ``Name, 29,``, ``aged 53``. Unit: years."""

from __future__ import annotations

import re

from factcheck.extract.base import Opens, Reading
from factcheck.extract.numbers import Num

_AFTER = re.compile(r"(?:\s*-\s*|\s+)(?:years?|yr)(?:\s*-\s*|\s+)old\b", re.IGNORECASE)
_BEFORE = re.compile(r"\b(?:aged|age|ages|age\s+of)\s+(?:between\s+|from\s+)?$", re.IGNORECASE)
# "Sergei Ivanov, 29, said" / "Ivanov (29)": a capitalized name, then the age alone.
_APPOSITION_BEFORE = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)*(?:,\s+|\s+\()$")
_APPOSITION_AFTER = (",", ")")  # right after the number
_AFTER_OPENS = Opens(["years", "yr"])  # the words ``_AFTER`` opens with


def read(text: str, num: Num, lead: str | None = None) -> Reading | None:
    """``lead``: ``base.lead(text, num.end)``, when the caller has it."""
    if num.ordinal or num.fraction or num.scaled or not (0 < num.value < 130) or num.value != int(num.value):
        return None
    m = _AFTER.match(text, num.end) if _AFTER_OPENS.may(lead) else None
    if m:
        return Reading("age", num.start, m.end(), 1.0, "year", "year")
    before = text[max(0, num.start - 40):num.start]
    b = _BEFORE.search(before) if "age" in before.lower() else None  # search only where "age" stands
    if b:
        # the span keeps "aged": it is what makes the number an age
        return Reading("age", num.start - len(before) + b.start(), num.end, 1.0, "year", "year")
    if (not num.words and text.startswith(_APPOSITION_AFTER, num.end) and _may_end_apposition(before)
            and _APPOSITION_BEFORE.search(before)):
        return Reading("age", num.start, num.end, 1.0, "year", "year")
    return None


def _may_end_apposition(before: str) -> bool:
    """Whether ``before`` ends as ``_APPOSITION_BEFORE`` needs (", " or " ("; its ``$`` also
    stands before a final newline): cheaper than the search that would fail."""
    tail = before[:-1] if before.endswith("\n") else before
    if tail.endswith("("):
        return tail[-2:-1].isspace()
    return before[-1:].isspace() and before.rstrip().endswith(",")

"""Quotations: the words between quotation marks, long enough to compare."""

from __future__ import annotations

import re

from factcheck.extract.base import Found
from factcheck.models import Value, trusted

# Straight or curly quotes; a quotation left open runs to the end of its paragraph.
_QUOTE = re.compile(r"[\"“]([^\"“”\n]{1,600}?)(?:[\"”]|(?=\n))")
_MIN_WORDS = 4


def extract(text: str) -> list[Found]:
    out = []
    for m in _QUOTE.finditer(text):
        inner = m.group(1).strip()
        if len(inner.split()) < _MIN_WORDS:
            continue
        start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        end = start + len(inner)
        out.append(Found(start, end, trusted(Value, 
            kind="quote", low=None, high=None, stated=inner, stated_unit=None, unit=None, qualifier="exact",
            granularity=None, counted=None, role=None, resolved=True, zone=None, ordinal=False)))
    return out

"""Quotations: the words between quotation marks, long enough to compare."""

from __future__ import annotations

import re

from factcheck.extract.base import Found
from factcheck.models import Value, trusted

# Straight or curly quotes; a quotation left open runs to the end of its paragraph.
# (The body cannot run past a closing quote or a line break, so taking as much as
# it can is the same as taking as little: the first closing quote ends it.)
_QUOTE = re.compile(r"[\"“]([^\"“”\n]{1,600})(?:[\"”]|(?=\n))")
_MIN_WORDS = 4


def extract(text: str) -> list[Found]:
    out = []
    for m in _QUOTE.finditer(text):
        body = m.group(1)
        inner = body.strip()
        if len(inner.split(None, _MIN_WORDS - 1)) < _MIN_WORDS:
            continue
        start = m.start(1) + (len(body) - len(body.lstrip()))
        end = start + len(inner)
        out.append(Found(start, end, trusted(Value, 
            kind="quote", low=None, high=None, stated=inner, stated_unit=None, unit=None, qualifier="exact",
            granularity=None, counted=None, role=None, resolved=True, zone=None, ordinal=False)))
    return out

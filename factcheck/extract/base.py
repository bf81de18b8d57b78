"""What the kind modules hand back before positions and sentences are attached."""

from __future__ import annotations

from typing import NamedTuple

from factcheck.models import Value


class Found(NamedTuple):
    """A value and the exact span ``text[start:end]`` it was read from."""

    start: int
    end: int
    value: Value


class Reading(NamedTuple):
    """How a number token reads, as decided by one kind module.

    ``start``/``end`` widen the token to the whole expression (a currency
    symbol before it, a unit after it). The value on the canonical axis is
    ``number * factor + offset``.
    """

    kind: str
    start: int
    end: int
    factor: float = 1.0
    stated_unit: str | None = None
    unit: str | None = None
    rounding: str = ""  # "place": rounds at the last digit written; "step": at the precision, trailing zeros too
    counted: str | None = None
    role: str | None = None
    offset: float = 0.0

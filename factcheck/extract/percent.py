"""Percentages: ``30 per cent``, ``6.9%``, ``two-thirds of``, ``5 percentage points``."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.base import Opens, Reading, minus_before, trie
from factcheck.extract.numbers import BLANKS, OPT_BLANKS, Num
from factcheck.vocab import vocabulary


@lru_cache(maxsize=1)
def _after():
    forms = vocabulary().percent_forms
    # "a 2.5-percent rise": the unit may take a hyphen
    return re.compile(rf"(?:{OPT_BLANKS}|-)(?P<unit>{trie(forms)})(?![A-Za-z])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _share_of_unit():
    forms = [f for f in vocabulary().percent_forms if f[:1].isalpha()]
    return re.compile(rf"{BLANKS}(?:of{BLANKS})?(?:a|one){BLANKS}(?P<unit>{trie(forms)})(?![A-Za-z])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _opens() -> Opens:
    return Opens(vocabulary().percent_forms)


def read(text: str, num: Num, lead: str | None = None) -> Reading | None:
    """``lead``: ``base.lead(text, num.end)``, when the caller has it."""
    if num.fraction:
        # "a quarter of a percentage point", "half a per cent": a share of the unit, not of a whole
        m = _share_of_unit().match(text, num.end) if lead is None or lead[:1] in "oa" else None
        if m:
            unit = vocabulary().percent_forms[" ".join(m.group("unit").lower().split())]
            return Reading("percent", num.start, m.end(), 0.01, unit, unit, rounding="place")
        return Reading("percent", num.start, num.end, 1.0, "fraction", "percent", rounding="place")
    if num.ordinal or not _opens().may(lead):
        return None
    m = _after().match(text, num.end)
    if not m:
        return None
    unit = vocabulary().percent_forms[" ".join(m.group("unit").lower().split())]
    start, sign = num.start, 1.0
    if (at := minus_before(text, num.start)) is not None:
        start, sign = at, -1.0  # "GDP growth of -0.3%": below zero
    if unit == "basis_point":  # a hundredth of a percentage point
        return Reading("percent", start, m.end(), 0.01 * sign, unit, "percentage_point", rounding="place")
    return Reading("percent", start, m.end(), sign, unit, unit, rounding="place")

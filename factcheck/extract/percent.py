"""Percentages: ``30 per cent``, ``6.9%``, ``two-thirds of``, ``5 percentage points``."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck import pattern_cache
from factcheck.extract.base import Opens, Reading, data_words, trie
from factcheck.extract.numbers import BLANKS, OPT_BLANKS, Num, sign_before
from factcheck.vocab import vocabulary


@lru_cache(maxsize=1)
def _after():
    forms = vocabulary().percent_forms
    # "a 2.5-percent rise": the unit may take a hyphen
    return pattern_cache.compile(rf"(?:{OPT_BLANKS}|-)(?P<unit>{trie(forms)})(?![A-Za-z])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _share_of_unit():
    forms = [f for f in vocabulary().percent_forms if f[:1].isalpha()]
    # "three quarters of a point", "half a point": a rate's or a poll's point, as in "a quarter-point cut"
    return pattern_cache.compile(rf"{BLANKS}(?:of{BLANKS})?(?:a|one){BLANKS}(?:(?P<unit>{trie(forms)})|(?P<point>points?))(?![A-Za-z])",
                                 re.IGNORECASE)


# "a quarter-point cut", "a half percentage point": the point a share of which ``numbers`` read
_POINT = pattern_cache.compile(r"[\s-](?:percentage[\s-])?points?(?![A-Za-z])", re.IGNORECASE)


_TO_PERCENT = pattern_cache.compile(rf"{BLANKS}to{BLANKS}\d[\d.]*{OPT_BLANKS}(?:%|per\s?cent|percent)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _point_steps() -> tuple[str, ...]:
    """numbers.yaml ``point_steps``: the shares that before "to" and a percentage step a rate in points."""
    return data_words("numbers.yaml", "point_steps")


def _game_point(text: str, num: Num, m: re.Match) -> bool:
    """Whether the share of a point ``m`` matched ("-point", no "percentage") is of a game's points: a word
    of a score follows it (units.yaml ``point_shares_not_before``: "a half-point lead"), or a verb of a
    game's result and "by" stand before it (``point_shares_not_after``: "the Warriors won by a half-point")."""
    if "ercent" in m.group():
        return False
    if text[m.end():m.end() + 1] in (" ", "-") and (w := _WORDS.match(text, m.end() + 1)) is not None \
            and w.group().lower() in data_words("units.yaml", "point_shares_not_before"):
        return True
    w = _BY_BEFORE.search(text, max(0, num.start - 24), num.start)
    return w is not None and w.group(1).lower() in data_words("units.yaml", "point_shares_not_after")


_BY_BEFORE = pattern_cache.compile(r"([A-Za-z]+)[ \t]+by[ \t]+\Z")


@lru_cache(maxsize=1)
def _opens() -> Opens:
    return Opens([*vocabulary().percent_forms, *vocabulary().percent_points_short])


@lru_cache(maxsize=1)
def _points_short() -> re.Pattern:
    """"3.2pp", "5 pp": percentage points, matched as written (``_after`` ignores case)."""
    forms = "|".join(re.escape(f) for f in sorted(vocabulary().percent_points_short, key=len, reverse=True))
    return pattern_cache.compile(rf"(?:{OPT_BLANKS}|-)(?:{forms})(?![A-Za-z])")


_WORDS = pattern_cache.compile(r"[A-Za-z]+")
_SENTENCE_BREAK = pattern_cache.compile(r"[.!?]\s|\n")


_PAGE_REACH = 24  # characters before the number: about four words


def _pages(text: str, num: Num, end: int) -> bool:
    """Whether the "pp" of a whole number counts pages: a page word in the few words before
    it ("the report runs to 40pp") or right after it ("a 300pp book"); a report further
    back is what said the lead "fell 5pp"."""
    if num.value != int(num.value):
        return False
    pages = vocabulary().percent_page_words
    nxt = _WORDS.match(text, end + 1) if text[end:end + 1] in (" ", "-") else None
    if nxt and nxt.group().lower() in pages:
        return True
    window = text[max(0, num.start - _PAGE_REACH):num.start]
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(window)]
    window = window[breaks[-1]:] if breaks else window
    return any(w.lower() in pages for w in _WORDS.findall(window))


def read(text: str, num: Num, lead: str | None = None) -> Reading | None:
    """``lead``: ``base.lead(text, num.end)``, when the caller has it."""
    if num.fraction:
        # "a quarter of a percentage point", "half a per cent": a share of the unit, not of a whole
        m = _share_of_unit().match(text, num.end) if lead is None or lead[:1] in "oa" else None
        if m:
            if m.group("point") is None:
                unit = vocabulary().percent_forms[" ".join(m.group("unit").lower().split())]
            elif _game_point(text, num, m):
                return None  # "won by half a point": a game's points
            else:
                unit = "percentage_point"
            return Reading("percent", num.start, m.end(), 0.01, unit, unit, rounding="place")
        if (lead is None or lead[:1] in "pP") and (m := _POINT.match(text, num.end)):
            if _game_point(text, num, m):
                return None  # "a half-point lead", "won by a half-point": a game's points
            return Reading("percent", num.start, m.end(), 0.01, "percentage_point", "percentage_point", rounding="place")
        if (lead is None or lead == "to") and _TO_PERCENT.match(text, num.end) \
                and text[num.start:num.end].lower().endswith(_point_steps()):
            # "the jobless rate fell two-tenths to 5.4%": a step of the rate, in points
            return Reading("percent", num.start, num.end, 0.01, "percentage_point", "percentage_point", rounding="place")
        return Reading("percent", num.start, num.end, 1.0, "fraction", "percent", rounding="place")
    if num.ordinal or not _opens().may(lead):
        return None
    m = _after().match(text, num.end)
    if m:
        unit = vocabulary().percent_forms[" ".join(m.group("unit").lower().split())]
    elif (m := _points_short().match(text, num.end)) and not _pages(text, num, m.end()):
        unit = "percentage_point"
    else:
        return None
    start, sign = num.start, 1.0
    if (at := sign_before(text, num.start)) is not None:
        start, sign = at, -1.0  # "GDP growth of -0.3%": below zero
    if unit == "basis_point":  # a hundredth of a percentage point
        return Reading("percent", start, m.end(), 0.01 * sign, unit, "percentage_point", rounding="place")
    return Reading("percent", start, m.end(), sign, unit, unit, rounding="place")

"""Dates, each at its own granularity, resolved against the publication date.

``May 12, 2015``, ``13 November 2015``, ``Nov. 13``, ``May 2013``, ``2014``,
``Tuesday``, ``last Friday``, ``in February``, ``last March``, ``March of last
year``, ``last year``, ``last month``, ``a month earlier``, ``two years ago``,
``early 2014``, ``mid-February``, ``the fall of 2013``, ``the 1990s``,
``the first quarter of 2015``. One regular-expression pass per article; the
calendar words come from ``data/calendar.yaml``.

Without a publication date a relative expression is ``resolved: false`` with
no interval, never guessed; a month and day without a year keep both
(``--11-13``) so that ``13 November`` and ``Nov. 13`` still compare.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Callable

from factcheck.extract.base import Found
from factcheck.extract.numbers import parse_number_words
from factcheck.models import Value
from factcheck.vocab import alternation, vocabulary

YEAR = r"(?:1[6-9]\d\d|20\d\d)"
DECADE = r"(?:1[6-9]\d|20\d)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    v = vocabulary()
    full = [f.capitalize() for f in v.month_names]
    abbreviations = [f.capitalize() for f in v.months if f.capitalize() not in full]
    # "Mar" and "Dec" alone are too often other words; with a period they are months
    bare = [a for a in abbreviations if a.lower() not in v.ambiguous_month_forms]
    month = "(?:" + "|".join(sorted(full, key=len, reverse=True)) + "|" + "|".join(
        sorted((a + r"\." for a in abbreviations), key=len, reverse=True)) + ("|" + "|".join(bare) if bare else "") + ")"
    weekday = "(?:" + "|".join(sorted((f.capitalize() for f in v.weekdays if len(f) > 3), key=len, reverse=True)) + ")"
    season = alternation(v.seasons)
    part = r"(?:early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of|(?:the\s+)?(?:first|second)\s+half\s+of)"
    shift = alternation(v.relative_shift)
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    count = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|a\s+couple\s+of)"
    unit = r"(?:years?|months?|weeks?|days?|decades?)"
    rel_days = alternation(v.relative_days)
    quarter = alternation(v.quarters)
    p = (
        # weekday? month day, year?   "Tuesday May 12, 2015", "Nov. 13"
        rf"(?P<md>(?:(?P<md_wd>{weekday}),?\s+)?(?P<md_m>{month})\s+(?P<md_d>{day})(?![\d:.]\d)(?:,?\s+(?P<md_y>{YEAR}))?\b)"
        # weekday? day month year?   "13 November 2015", "the 11th of March"
        rf"|(?P<dm>(?:(?P<dm_wd>{weekday}),?\s+)?(?:the\s+)?(?P<dm_d>{day})(?:\s+of)?\s+(?P<dm_m>{month})(?:,?\s+(?P<dm_y>{YEAR}))?\b)"
        rf"|(?P<iso>\b(?P<iso_y>{YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-3]\d)\b)"
        # early 2014, mid-February, late March 2015, the end of last year, early 1990s
        rf"|(?P<part>\b(?P<part_w>{part})[\s-]+(?:(?P<part_m>{month})(?:\s+(?:of\s+)?(?P<part_my>{YEAR}|(?P<part_mshift>{shift})\s+year))?"
        rf"|(?:the\s+)?(?P<part_dec>{DECADE}0s)|(?P<part_y>{YEAR})|(?P<part_shift>{shift})\s+(?P<part_unit>year|month)))"
        # the fall of 2013, last summer, spring 2014, winter of last year
        rf"|(?P<season>\b(?:(?:the\s+)?(?P<se_s>{season})(?:\s+of)?,?\s+(?:(?P<se_y>{YEAR})|(?P<se_shift>{shift})\s+year)"
        rf"|(?P<se_shift2>last|this|next|past)\s+(?P<se_s2>{season})))"
        rf"|(?P<quarter>\b(?:the\s+)?(?P<q>{quarter})(?:\s+quarter)?(?:\s+of)?,?\s+(?P<q_y>{YEAR})\b)"
        # the 1990s, the '90s
        rf"|(?P<decade>\b(?:the\s+)?(?:(?P<dec_y>{DECADE}0)s|'(?P<dec_2>\d0)s)\b)"
        # March of last year, January last year, last March, this May
        rf"|(?P<mshift>(?P<ms_m>{month})\s+(?:of\s+)?(?P<ms_shift>{shift})\s+year\b|\b(?P<ms_shift2>last|this|next|past)\s+(?P<ms_m2>{month})\b)"
        rf"|(?P<my>(?P<my_m>{month}),?\s+(?:of\s+)?(?P<my_y>{YEAR})\b)"
        # two years ago, a month earlier, three days later
        rf"|(?P<ago>\b(?P<ago_n>{count})\s+(?P<ago_u>{unit})\s+(?P<ago_w>ago|earlier|later|before|after|previously|prior)\b)"
        rf"|(?P<shift>\b(?P<sh_w>{shift})\s+(?P<sh_u>year|month|week|decade)\b(?!-))"
        rf"|(?P<wdshift>\b(?P<wd_shift>last|next|this|past)\s+(?P<wd_wd>{weekday})\b)"
        rf"|(?P<reldays>{rel_days})"
        rf"|(?P<weekday>\b(?P<wd>{weekday})(?:'s)?\b)"
        rf"|(?P<month>\b(?P<m_m>{month})\b)"
        rf"|(?P<year>(?<![\w$€£.,/-])(?P<y>{YEAR})(?![\w%,.]\d|-\d|\s*%|\s+per\s+cent|,\d))"
    )
    return re.compile(p)


@lru_cache(maxsize=1)
def _future_marker() -> re.Pattern:
    return re.compile(alternation(vocabulary().future_markers), re.IGNORECASE)


_NOUN_AFTER_YEAR = re.compile(r"\s+(?:people|persons|votes|voters|troops|soldiers|workers|residents|seats|units|homes|houses|cars|dollars|euros)\b", re.IGNORECASE)
_SENTENCE_START_MAY = re.compile(r"(?:^|[.!?\"“]\s*)$")


def extract(text: str, published: dt.date | None, sentences: list[tuple[int, int]],
            taken: Callable[[int, int], bool]) -> list[Found]:
    """Every date expression in ``text`` not inside an already taken span."""
    v = vocabulary()
    out: list[Found] = []
    from bisect import bisect_right

    starts = [s for s, _ in sentences]
    for m in _pattern().finditer(text):
        kind = m.lastgroup
        if kind is None:
            continue
        start, end = m.span(kind)
        if taken(start, end):
            continue
        if kind == "year" and _NOUN_AFTER_YEAR.match(text, end):
            continue
        if kind == "month" and m.group("m_m") == "May" and not re.search(r"\b(?:in|of|since|until|by|early|late|mid|last|this|next|from|through|to|during)\s+$", text[max(0, start - 12):start]):
            continue
        k = bisect_right(starts, start) - 1
        s0, s1 = sentences[k] if k >= 0 else (0, len(text))
        clause = text[s0:start]
        anchor = _last_day_before(out, s0, start)
        value = _resolve(m, kind, published, clause, anchor, v)
        if value is not None:
            out.append(Found(start, end, value))
    return out


def _last_day_before(found: list[Found], s0: int, start: int) -> Value | None:
    for f in reversed(found):
        if f.start < s0:
            return None
        if f.end <= start and f.value.resolved and f.value.low is not None:
            return f.value
    return None


# --- resolution -----------------------------------------------------------------


def _month(name: str) -> int:
    return vocabulary().months[name.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _value(lo: dt.date | str, hi: dt.date | str, granularity: str, stated: str, qualifier: str = "exact") -> Value:
    lo_s = lo.isoformat() if isinstance(lo, dt.date) else lo
    hi_s = hi.isoformat() if isinstance(hi, dt.date) else hi
    return Value.model_construct(
        kind="date", low=lo_s, high=hi_s, stated=stated, stated_unit=None, unit="date", qualifier=qualifier,
        granularity=granularity, counted=None, role=None, resolved=True, zone=None, ordinal=False,
    )


def _unresolved(granularity: str) -> Value:
    return Value.model_construct(
        kind="date", low=None, high=None, stated=None, stated_unit=None, unit="date", qualifier="exact",
        granularity=granularity, counted=None, role=None, resolved=False, zone=None, ordinal=False,
    )


def _month_value(y: int, m: int) -> Value:
    return _value(dt.date(y, m, 1), dt.date(y, m, _last_day(y, m)), "month", f"{y:04d}-{m:02d}")


def _months_value(y: int, m0: int, m1: int, granularity: str) -> Value:
    y1, mm1 = y + (m1 - 1) // 12, (m1 - 1) % 12 + 1
    stated = f"{y:04d}-{m0:02d}/{y1:04d}-{mm1:02d}"
    return _value(dt.date(y, m0, 1), dt.date(y1, mm1, _last_day(y1, mm1)), granularity, stated)


def _year_value(y: int) -> Value:
    return _value(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", f"{y:04d}")


def _day_value(d: dt.date) -> Value:
    return _value(d, d, "day", d.isoformat())


def _future(clause: str) -> bool:
    return bool(_future_marker().search(clause[-80:]))


def _nearest_year(published: dt.date, month: int, day: int | None, future: bool) -> int:
    """The year that puts month/day nearest the publication date, leaning to the past."""
    best, best_cost = published.year, None
    for y in (published.year - 1, published.year, published.year + 1):
        d = dt.date(y, month, min(day or 15, _last_day(y, month)))
        delta = (d - published).days
        if day is None and y == published.year and month == published.month:
            delta = 0
        cost = abs(delta) * (1.0 if (delta >= 0) == future or delta == 0 else 1.6)
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


def _resolve(m: re.Match, kind: str, pub: dt.date | None, clause: str, anchor: Value | None, v) -> Value | None:
    g = m.group
    try:
        if kind in ("md", "dm", "iso"):
            if kind == "iso":
                y, mo, d = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
                return _day_value(dt.date(y, mo, d))
            p = kind
            mo, d = _month(g(f"{p}_m")), _day(g(f"{p}_d"))
            if g(f"{p}_y"):
                return _day_value(dt.date(int(g(f"{p}_y")), mo, d))
            if pub is None:
                if d > _last_day(2000, mo):
                    return None
                return _value(f"--{mo:02d}-{d:02d}", f"--{mo:02d}-{d:02d}", "day", f"--{mo:02d}-{d:02d}")
            return _day_value(dt.date(_nearest_year(pub, mo, d, _future(clause)), mo, d))
        if kind == "my":
            return _month_value(int(g("my_y")), _month(g("my_m")))
        if kind == "mshift":
            mo = _month(g("ms_m") or g("ms_m2"))
            if pub is None:
                return _unresolved("month")
            word = (g("ms_shift") or g("ms_shift2")).lower()
            shift = v.relative_shift[word]
            return _month_value(pub.year + shift, mo)
        if kind == "month":
            mo = _month(g("m_m"))
            if pub is None:
                return _value(f"--{mo:02d}-01", f"--{mo:02d}-{_last_day(2000, mo):02d}", "month", f"--{mo:02d}")
            return _month_value(_nearest_year(pub, mo, None, _future(clause)), mo)
        if kind == "year":
            return _year_value(int(g("y")))
        if kind == "part":
            return _part(m, pub, v)
        if kind == "season":
            name = (g("se_s") or g("se_s2")).lower()
            m0, m1 = v.seasons[name]
            if g("se_y"):
                y = int(g("se_y"))
            else:
                if pub is None:
                    return _unresolved("season")
                word = (g("se_shift") or g("se_shift2")).lower()
                y = pub.year + v.relative_shift[word]
                if g("se_shift2") and word in ("last", "past") and m1 <= 12 and pub.month > m1:
                    y = pub.year  # "last summer" said in October is this year's summer
            return _months_value(y, m0, m1, "season")
        if kind == "quarter":
            q = v.quarters[g("q").lower()]
            return _months_value(int(g("q_y")), 3 * q - 2, 3 * q, "quarter")
        if kind == "decade":
            y0 = int(g("dec_y")) if g("dec_y") else 1900 + int(g("dec_2"))
            return _value(dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "decade", f"{y0}s")
        if kind == "shift":
            unit = g("sh_u").lower()
            if pub is None:
                return _unresolved(unit)
            shift = v.relative_shift[g("sh_w").lower()]
            return _shift(pub, unit, shift)
        if kind == "ago":
            return _ago(m, pub, anchor)
        if kind == "reldays":
            if pub is None:
                return _unresolved("day")
            return _day_value(pub + dt.timedelta(days=v.relative_days[" ".join(g("reldays").lower().split())]))
        if kind in ("weekday", "wdshift"):
            if pub is None:
                return _unresolved("day")
            wd = v.weekdays[(g("wd") or g("wd_wd")).lower()]
            word = (g("wd_shift") or "").lower()
            back = (pub.weekday() - wd) % 7
            if word == "next" or (not word and _future(clause) and back != 0):
                return _day_value(pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7))
            if word in ("last", "past") and back == 0:
                back = 7
            return _day_value(pub - dt.timedelta(days=back))
    except (ValueError, KeyError, OverflowError):
        return None
    return None


def _part(m: re.Match, pub: dt.date | None, v) -> Value | None:
    g = m.group
    word = " ".join(g("part_w").lower().split())
    spans = v.parts.get(word) or v.parts.get(word.replace("the ", "", 1))
    if g("part_m"):
        mo = _month(g("part_m"))
        if g("part_my"):
            y = int(g("part_my")) if g("part_my")[0].isdigit() else None
            if y is None:
                if pub is None:
                    return _unresolved("month")
                y = pub.year + v.relative_shift[g("part_mshift").lower()]
        elif pub is not None:
            y = _nearest_year(pub, mo, None, False)
        else:
            d0, d1 = spans["month"]
            d1 = min(d1, _last_day(2000, mo))
            return _value(f"--{mo:02d}-{d0:02d}", f"--{mo:02d}-{d1:02d}", "month", f"--{mo:02d}")
        d0, d1 = spans["month"]
        d1 = min(d1, _last_day(y, mo))
        # the modifier narrows the days; the fact is still stated at month precision
        return _value(dt.date(y, mo, d0), dt.date(y, mo, d1), "month", f"{y:04d}-{mo:02d}")
    if g("part_dec"):
        y0 = int(g("part_dec")[:4])
        a, b = spans.get("decade", (0, 9))
        return _value(dt.date(y0 + a, 1, 1), dt.date(y0 + b, 12, 31), "decade", f"{y0 + a}/{y0 + b}")
    if g("part_y"):
        y = int(g("part_y"))
    else:
        if pub is None:
            return _unresolved(g("part_unit").lower())
        shift = v.relative_shift[g("part_shift").lower()]
        if g("part_unit").lower() == "month":
            y, mo = _add_months(pub.year, pub.month, shift)
            d0, d1 = spans["month"]
            return _value(dt.date(y, mo, d0), dt.date(y, mo, min(d1, _last_day(y, mo))), "month", f"{y:04d}-{mo:02d}")
        y = pub.year + shift
    m0, m1 = spans["year"]
    return _months_value(y, m0, m1, "month")


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _shift(pub: dt.date, unit: str, shift: int) -> Value:
    if unit == "year":
        return _year_value(pub.year + shift)
    if unit == "decade":
        y0 = (pub.year // 10 + shift) * 10
        return _value(dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "decade", f"{y0}s")
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, shift)
        return _month_value(y, mo)
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=shift)
    sunday = monday + dt.timedelta(days=6)
    return _value(monday, sunday, "week", f"{monday.isoformat()}/{sunday.isoformat()}")


def _ago(m: re.Match, pub: dt.date | None, anchor: Value | None) -> Value | None:
    g = m.group
    word = g("ago_w").lower()
    unit = g("ago_u").lower().rstrip("s")
    n_text = g("ago_n").lower()
    if n_text.isdigit():
        n = int(n_text)
    elif n_text in ("a", "an"):
        n = 1
    elif n_text in ("several", "a few", "a couple of"):
        n = 3 if n_text != "a couple of" else 2
    else:
        parsed = parse_number_words(n_text)
        if parsed is None:
            return None
        n = int(parsed[0])
    if word == "ago":
        base, sign = pub, -1
    else:
        # "a month earlier": counted from the date just before it in the sentence
        if anchor is None or not isinstance(anchor.low, str) or anchor.low.startswith("--"):
            return _unresolved(unit)
        base = dt.date.fromisoformat(anchor.low)
        sign = -1 if word in ("earlier", "before", "previously", "prior") else 1
        if anchor.granularity in ("month", "year") and unit in ("month", "year"):
            y, mo = _add_months(base.year, base.month, sign * n * (12 if unit == "year" else 1))
            return _month_value(y, mo) if anchor.granularity == "month" or unit == "month" else _year_value(y)
    if base is None:
        return _unresolved(unit)
    if unit == "day":
        return _day_value(base + dt.timedelta(days=sign * n))
    if unit == "week":
        d = base + dt.timedelta(weeks=sign * n)
        return _value(d - dt.timedelta(days=3), d + dt.timedelta(days=3), "week", d.isoformat(), "about")
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    y, mo = _add_months(base.year, base.month, sign * months)
    if unit == "month":
        return _month_value(y, mo)
    # "two years ago": around that month, give or take half a year
    lo_y, lo_m = _add_months(y, mo, -6)
    hi_y, hi_m = _add_months(y, mo, 6)
    return _value(dt.date(lo_y, lo_m, 1), dt.date(hi_y, hi_m, _last_day(hi_y, hi_m)), "month", f"{y:04d}-{mo:02d}", "about")

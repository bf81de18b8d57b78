"""Every value that starts from a number: counts, durations, ages, money,
percentages and measures.

One scan finds the number tokens; each token is offered to the kind readers
in ``READERS`` order (the first that recognises what follows the number wins),
then hedges and ranges turn it into an interval.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable

from factcheck.extract import ages, counts, durations, measures, money, percent
from factcheck.extract.base import Found, Reading
from factcheck.extract.numbers import Num, clean, hedge_after, hedge_before, interval, patterns, scan_numbers
from factcheck.models import Value

# The order is the precedence: "28-year-old" is an age before it is a duration,
# "$5m" is money before "5m" is a length.
READERS: tuple[tuple[str, Callable], ...] = (
    ("money", money.read),
    ("percent", percent.read),
    ("age", ages.read),
    ("duration", durations.read),
    ("measure", measures.read),
)

_YEARLIKE = re.compile(r"(?:1[0-9]|20)\d\d")
_LIST_ITEM = re.compile(r"(?:^|\n)[ \t]*$")


def read_number(text: str, num: Num, sentence: tuple[int, int], hits) -> Reading | None:
    for _, reader in READERS:
        r = reader(text, num)
        if r is not None:
            return r
    return counts.read(text, num, sentence, hits)


def _metres_not_millions(text: str, num: Num, sentence, hits) -> Reading | None:
    """``10m waves`` is ten metres; ``3m people`` and ``€3m`` are millions."""
    as_count = counts.read(text, num, sentence, hits)
    if as_count is not None and as_count.counted not in (None,):
        return as_count
    plain = num._replace(end=num.end - 1, value=num.value / 1e6, step=num.step / 1e6, scaled=False, abbr="")
    return measures.read(text, plain)


def extract(text: str, sentences: list[tuple[int, int]], taken: Callable[[int, int], bool]) -> list[Found]:
    nums = [n for n in scan_numbers(text) if not taken(n.start, n.end)]
    hits = counts.role_hits(text)
    starts = [s for s, _ in sentences]
    pats = patterns()
    out: list[Found] = []
    i = 0
    while i < len(nums):
        a = nums[i]
        k = bisect_right(starts, a.start) - 1
        sentence = sentences[k] if k >= 0 else (0, len(text))
        if not a.words and _LIST_ITEM.search(text, max(0, a.start - 8), a.start) and text.startswith(".", a.end):
            i += 1  # "1." opening a list item
            continue
        ra = read_number(text, a, sentence, hits)
        if a.abbr == "m" and (ra is None or ra.kind != "money"):
            ra = _metres_not_millions(text, a, sentence, hits)
        # A range: "between 5 and 7 hours", "5 to 7 hours", "5-7 km".
        b = nums[i + 1] if i + 1 < len(nums) else None
        if b is not None and b.value > a.value and not a.ordinal and not b.ordinal:
            joined_at = a.end if ra is None or ra.kind == "count" and ra.end == a.end else ra.end
            gap = pats.range_join.fullmatch(text, joined_at, b.start)
            if gap and ("and" not in gap.group().lower() or pats.between.search(text, max(0, a.start - 10), a.start)):
                rb = read_number(text, b, sentence, hits)
                if rb is not None and (ra is None or ra.kind == "count" or ra.unit == rb.unit) and rb.kind != "age":
                    found = _range(text, a, b, rb)
                    if found:
                        out.append(found)
                        i += 2
                        continue
        if ra is None or (_is_year(a) and ra.kind == "count" and ra.counted in (None, "person") and ra.end == a.end):
            i += 1
            continue
        # "more than 5 but fewer than 10 hours"
        if b is not None and b.value > a.value and ra.kind == "count" and ra.end == a.end:
            if pats.upper_bound.search(text, a.end, b.start) and pats.upper_bound.search(text[a.end:b.start]):
                rb = read_number(text, b, sentence, hits)
                if rb is not None:
                    found = _range(text, a, b, rb)
                    if found:
                        out.append(found)
                        i += 2
                        continue
        out.append(_single(text, a, ra))
        i += 1
    return _join_durations(text, out)


def _is_year(num: Num) -> bool:
    return not num.words and not num.scaled and num.step >= 1 and bool(_YEARLIKE.fullmatch(str(int(num.value)))) and num.value == int(num.value) and num.end - num.start == 4


def _single(text: str, num: Num, r: Reading) -> Found:
    start, end = r.start, r.end
    qualifier = "exact"
    h = hedge_before(text, start)
    if h:
        qualifier, start = h
    else:
        t = hedge_after(text, end)
        if t:
            qualifier, end = t
    if num.vague:
        lo, hi = num.vague
        qualifier = "range" if qualifier == "exact" else qualifier
    else:
        precision = {"place": num.place, "step": num.step}.get(r.rounding, 0.0)
        lo, hi = interval(num.value, num.step, qualifier, rounding=precision)
    return Found(start, end, _value(r, num.value, lo, hi, qualifier, num.ordinal))


def _range(text: str, a: Num, b: Num, rb: Reading) -> Found | None:
    start = a.start
    if a.start > rb.start:
        return None
    opener = patterns().between.search(text, max(0, a.start - 10), a.start)
    if opener:
        start = opener.start()
    if rb.kind == "money" and rb.start < b.start:
        # "$5 to $7 million": the symbol belongs to both
        pass
    return Found(start, rb.end, _value(rb, b.value, a.value, b.value, "range", False, stated=a.value))


def _value(r: Reading, stated: float, lo: float, hi: float, qualifier: str, ordinal: bool, stated_low: float | None = None, **kw) -> Value:
    f, off = r.factor, r.offset
    return Value.model_construct(
        kind=r.kind, low=clean(lo * f + off), high=clean(hi * f + off), stated=clean(kw.get("stated", stated)),
        stated_unit=r.stated_unit, unit=r.unit, qualifier=qualifier, granularity=None,
        counted=r.counted, role=r.role, resolved=True, zone=None, ordinal=ordinal,
    )


def _join_durations(text: str, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for f in found:
        if out and f.value.kind == "duration" and out[-1].value.kind == "duration":
            joined = durations.join_parts(text, out[-1], f)
            if joined:
                out[-1] = joined
                continue
        out.append(f)
    return out

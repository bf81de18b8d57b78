"""Value semantics and verdicts.

Every value is an interval on its kind's axis; one overlap test decides
agreement for every kind. Claims are compared by sorting intervals and
sweeping once, never pair by pair, so a fact with thousands of claims stays
cheap.
"""

from __future__ import annotations

import datetime as dt

from factcheck.models import Claim, Group, Value
from factcheck.rules import Compare


def axis(value: Value, month_day: bool = False) -> tuple[float, float] | None:
    """The interval on a numeric axis: numbers as they are, dates as day numbers,
    times as minutes. ``month_day`` compares dates without their year."""
    lo, hi = value.low, value.high
    if lo is None or hi is None:
        return None
    if isinstance(lo, (int, float)):
        return float(lo), float(hi)
    return _point(lo, month_day, value.kind), _point(hi, month_day, value.kind)


def _point(s: str, month_day: bool, kind: str) -> float:
    if kind == "time":
        day, _, clock = s.rpartition("T") if "T" in s else ("", "", s)
        h, m = clock.split(":")[:2]
        minutes = int(h) * 60 + int(m)
        if day and not month_day:
            return dt.date.fromisoformat(day).toordinal() * 1440.0 + minutes
        return float(minutes)
    if s.startswith("--"):
        month, day = int(s[2:4]), int(s[5:7])
        return month * 32.0 + day
    d = dt.date.fromisoformat(s)
    if month_day:
        return d.month * 32.0 + d.day
    return float(d.toordinal())


def needs_month_day(values: list[Value]) -> bool:
    """Compare without years when some date, or some time, lacks one."""
    if not values:
        return False
    if values[0].kind == "date":
        return any(isinstance(v.low, str) and v.low.startswith("--") for v in values)
    if values[0].kind == "time":
        dated = {isinstance(v.low, str) and "T" in v.low for v in values}
        return len(dated) > 1
    return False


def nominal(value: Value) -> tuple:
    """What a source says at the precision it says it: equal nominals agree."""
    if value.kind == "date":
        return (value.qualifier, value.stated, value.granularity)
    return (value.qualifier, value.low, value.high)


def clusters(claims: list[Claim], compare: Compare) -> list[list[Claim]]:
    """Groups of claims that can all be true together, by one sweep over sorted intervals."""
    values = [c.mention.value for c in claims]
    md = needs_month_day(values)
    keyed = []
    for c in claims:
        iv = axis(c.mention.value, md)
        if iv is None:
            continue
        if c.mention.value.kind not in ("date", "time"):
            iv = compare.widen(*iv)
        keyed.append((iv[0], iv[1], c.mention.article, c.mention.start, c))
    keyed.sort(key=lambda k: k[:4])
    out: list[list[Claim]] = []
    ceiling = None
    for lo, hi, _, _, c in keyed:
        if out and lo <= ceiling:
            out[-1].append(c)
            ceiling = min(ceiling, hi)
        else:
            out.append([c])
            ceiling = hi
    return out


def verdict(claims: list[Claim], compare: Compare) -> tuple[str, list[list[Claim]]]:
    """agree / compatible / discrepancy / single_source, and the agreeing groups."""
    groups = clusters(claims, compare)
    resolved = [c for g in groups for c in g]
    if len({c.mention.article for c in resolved}) < 2:
        return "single_source", groups
    if len(groups) > 1:
        return "discrepancy", groups
    if len({nominal(c.mention.value) for c in resolved}) == 1:
        return "agree", groups
    return "compatible", groups


def describe_groups(groups: list[list[Claim]], order: dict[str, int]) -> tuple[Group, ...]:
    out = []
    for g in groups:
        arts = sorted({c.mention.article for c in g}, key=lambda a: (order.get(a, 0), a))
        texts = []
        for c in sorted(g, key=lambda c: (order.get(c.mention.article, 0), c.mention.article, c.mention.start)):
            if c.mention.text not in texts:
                texts.append(c.mention.text)
        out.append(Group(articles=tuple(arts), value=" / ".join(texts)))
    return tuple(out)


def interval_sum(parts: list[tuple[float, float]]) -> tuple[float, float]:
    return sum(p[0] for p in parts), sum(p[1] for p in parts)

"""Value semantics and verdicts.

Every value is an interval on its kind's axis; one overlap test decides
agreement for every kind. Claims are compared by sorting intervals and
sweeping once, never pair by pair, so a fact with thousands of claims stays
cheap. Names and quotations are compared as text, in ``wording.py``.
"""

from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from factcheck import pattern_cache
from factcheck.models import Claim, Group, Value, trusted
from factcheck.rules import Compare
from factcheck.vocab import vocabulary


def axis(value: Value, month_day: bool = False) -> tuple[float, float] | None:
    """The interval on a numeric axis: numbers as they are, dates as day numbers,
    times as minutes. ``month_day`` compares dates without their year."""
    lo, hi = value.low, value.high
    if lo is None or hi is None:
        return None
    if isinstance(lo, (int, float)):
        return float(lo), float(hi)
    return _interval(lo, hi, month_day, value.kind)


def on_axis(value: Value) -> bool:
    """Whether ``axis`` can place the value."""
    return value.low is not None and value.high is not None


@lru_cache(maxsize=8192)
def _interval(lo: str, hi: str, month_day: bool, kind: str) -> tuple[float, float]:
    """A date or time interval on its axis; the same few dates recur in every
    article of a story, so parsed ones are cached."""
    return _point(lo, month_day, kind), _point(hi, month_day, kind)


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


_SWEEP_ORDER = itemgetter(0, 1, 2, 3)  # low, high, article, start: never the claim itself


def clusters(claims: list[Claim], compare: Compare) -> list[list[Claim]]:
    """Groups of claims that can all be true together, by one sweep over sorted intervals."""
    if claims and claims[0].mention.kind == "time":
        return [g for keyed in _time_frames(claims).values() for g in _sweep(keyed)]
    mentions = [c.mention for c in claims]
    values = [m.value for m in mentions]  # a model's field is slow to read: each is read once
    # claims often share a value object: each is placed on the axis once
    distinct = list({id(v): v for v in values}.values())
    md = needs_month_day(distinct)
    widen = compare.widen
    rivals = _rival_abouts(distinct)
    intervals = {}
    for v in distinct:
        iv = axis(v, md)
        if rivals and id(v) in rivals:
            iv = _rounded_about(iv, rivals[id(v)])
        intervals[id(v)] = iv if iv is None or v.kind in ("date", "time") else widen(*iv)
    keyed = []
    cores = {}
    for c, m, v in zip(claims, mentions, values):
        iv = intervals[id(v)]
        if iv is not None:
            keyed.append((iv[0], iv[1], m.article, m.start, c))
            cores[id(c)] = stated_figure(v, iv)
    return _sweep(keyed, cores)


def stated_figure(value: Value, iv: tuple[float, float]) -> float | None:
    """The figure a value states, on its axis: the middle of a rounding's or a hedge's interval,
    the stated bound of "more than N" or "nearly N"; None for a range, a date or a time, whose
    whole interval is what is stated."""
    if value.kind in ("date", "time"):
        return None
    q = value.qualifier
    if q in ("exact", "about"):
        return (iv[0] + iv[1]) / 2
    if q in ("more_than", "at_least"):
        return iv[0]
    if q in ("less_than", "nearly", "at_most", "up_to"):
        return iv[1]
    return None


def _meet_in_fuzz(a: tuple, b: tuple, cores: dict[int, float | None]) -> bool:
    """Whether two overlapping (low, high, ..., claim) entries meet only in their fuzz: neither
    one's stated figure lies inside the other's interval ("3 metres", 2.5..3.5, against "about
    2.5 metres", 2.25..2.75), so neither can be a rounding or a hedge of the other. Two plain
    figures never do: a conversion rounded loosely ("1,500 miles" for 2,500 km, 1,553 miles) is
    the same figure, and two plain figures in one unit meet only where one holds the other."""
    ca, cb = cores.get(id(a[4])), cores.get(id(b[4]))
    if ca is None or cb is None:
        return False
    if a[4].mention.value.qualifier == "exact" and b[4].mention.value.qualifier == "exact":
        return False
    return not (b[0] <= ca <= b[1]) and not (a[0] <= cb <= a[1])


def _step(x: float) -> float | None:
    """The place of a number's last significant digit: 1,800 -> 100, 280 million -> 10 million, 4.5 -> 0.1."""
    if not x or not math.isfinite(x):
        return None
    p = 10.0 ** math.floor(math.log10(abs(x)))
    while p > 1e-6 and abs(x / p - round(x / p)) > 1e-9:
        p /= 10
    return p


def _rival_abouts(values: list[Value]) -> dict[int, float] | None:
    """The "about" values that another "about" value rivals: one of the same precision with another
    stated number ("about 1,800 jobs" and "about 1,500 jobs"), each with its half step relative to
    itself. Two writers who round one figure to the same place write the same number, so two such
    numbers are two figures, though each "about" alone reaches +/-10% (the other's number)."""
    by_step: dict[float, set] = {}
    abouts = []
    for v in values:
        if v.qualifier == "about" and v.kind not in ("date", "time") and isinstance(v.stated, (int, float)) \
                and (step := _step(float(v.stated))) is not None:
            abouts.append((v, step))
            by_step.setdefault(step, set()).add(float(v.stated))
    if len(abouts) < 2:
        return None
    return {id(v): step / abs(float(v.stated)) * 0.499 for v, step in abouts if len(by_step[step]) > 1} or None


def _rounded_about(iv: tuple[float, float] | None, half: float) -> tuple[float, float] | None:
    """``iv`` narrowed to the numbers that round to its middle at a relative ``half`` step, never widened."""
    if iv is None:
        return None
    mid = (iv[0] + iv[1]) / 2
    return max(iv[0], mid - abs(mid) * half), min(iv[1], mid + abs(mid) * half)


def _sweep(keyed: list[tuple], cores: dict[int, float | None] | None = None) -> list[list[Claim]]:
    """``clusters`` of (low, high, article, start, claim) entries. With ``cores`` (each claim's
    stated figure, ``stated_figure``), an entry that meets one of the group only in their fuzz
    (``_meet_in_fuzz``) opens a group of its own; only an entry whose figure lies past the group's
    ceiling can, so the group's members are looked at only then."""
    keyed.sort(key=_SWEEP_ORDER)
    out: list[list[Claim]] = []
    members: list[tuple] = []
    ceiling = None
    for entry in keyed:
        lo, hi, _, _, c = entry
        if out and lo <= ceiling and not (
                cores and (core := cores.get(id(c))) is not None and core > ceiling
                and any(_meet_in_fuzz(m, entry, cores) for m in members)):
            out[-1].append(c)
            ceiling = min(ceiling, hi)
            if cores:
                members.append(entry)
        else:
            out.append([c])
            ceiling = hi
            members = [entry]
    return out


def verdict(claims: list[Claim], compare: Compare) -> tuple[str, list[list[Claim]]]:
    """agree / compatible / discrepancy / single_source, and the agreeing groups.

    Sources disagree only when some two of them cannot both be right. When one
    group of agreeing values holds a value from every source, each pair of
    sources agrees there, and the other values are ones that some source states
    besides (a wave's height at another place, a toll before it rose): the
    verdict is compatible, not a discrepancy (see ``shares_a_value``).
    """
    if claims and claims[0].mention.kind == "time":
        return _time_verdict(claims)
    groups = clusters(claims, compare)
    resolved = [c.mention for g in groups for c in g]
    # claims often share a value object
    return _judged(groups, lambda: len({nominal(v) for v in {id(m.value): m.value for m in resolved}.values()})), groups


def _judged(groups: list[list[Claim]], n_nominals) -> str:
    """``verdict`` of ``clusters``' groups; ``n_nominals()`` counts the distinct nominal values."""
    articles = {c.mention.article for g in groups for c in g}
    if len(articles) < 2:
        return "single_source"
    if len(groups) > 1:
        return "compatible" if shares_a_value(groups, len(articles)) else "discrepancy"
    return "agree" if n_nominals() == 1 else "compatible"


RESTATED_WITHIN = 3  # characters between a value and its restatement: "600 sq km (230 square miles)"


def shares_a_value(groups: list[list[Claim]], n_articles: int) -> bool:
    """Whether one group of agreeing claims holds a claim from every one of the
    ``n_articles`` sources, and no value a source states besides restates one of
    that group right beside it. A restatement ("600 sq km (320 square miles)")
    is the same fact in other words: a slip there is a discrepancy."""
    for g in groups:
        if len({c.mention.article for c in g}) < n_articles:
            continue
        beside = {}
        for c in g:
            beside.setdefault(c.mention.article, []).append((c.mention.start, c.mention.end))
        return not any(
            -RESTATED_WITHIN <= c.mention.start - end <= RESTATED_WITHIN
            or -RESTATED_WITHIN <= start - c.mention.end <= RESTATED_WITHIN
            for other in groups if other is not g for c in other
            for start, end in beside.get(c.mention.article, ()))
    return False


def magnitude_groups(claims: list[Claim], max_ratio: float) -> list[list[Claim]]:
    """Split claims into groups whose values stay within ``max_ratio`` of the
    group's smallest, so a chain of small steps cannot join 30 cm to 10 m."""
    keyed = []
    rest = []
    for c in claims:
        v = c.mention.value
        if isinstance(v.low, (int, float)) and v.high > 0:
            keyed.append(((float(v.low) + float(v.high)) / 2, c))
        else:
            rest.append(c)
    keyed.sort(key=lambda k: (k[0], k[1].mention.article, k[1].mention.start))
    out: list[list[Claim]] = []
    floor = None
    for mid, c in keyed:
        if out and mid <= floor * max_ratio:
            out[-1].append(c)
        else:
            out.append([c])
            floor = mid
    if rest:
        out.append(rest)
    return out or [claims]


_WHOLE_YEARS = frozenset({"year", "decade"})
_WIDE_DAYS = 731  # an interval longer than two years is a stretch of years, no occurrence's date


def gap_groups(claims: list[Claim], max_gap: float) -> list[list[Claim]]:
    """Split claims where a gap wider than ``max_gap`` opens between their
    intervals on the axis, so the 1995 Kobe earthquake is not this week's."""
    if claims and claims[0].mention.kind == "time":
        return _time_gap_groups(claims, max_gap)
    placed, rest = [], []
    md = needs_month_day([c.mention.value for c in claims])  # as ``clusters`` places them
    for c in claims:
        ax = axis(c.mention.value, md)
        if ax:
            placed.append((ax, c))
        else:
            rest.append(c)
    placed.sort(key=lambda p: (p[0], p[1].mention.article, p[1].mention.start))
    # a stretch of years ("in recent decades", "the 1990s") overlaps this week and an earlier
    # occurrence alike: it bridges no gap, and joins the one group it overlaps, if one
    wide = [p for p in placed if p[0][1] - p[0][0] > _WIDE_DAYS]
    if wide and len(wide) < len(placed):
        placed = [p for p in placed if p[0][1] - p[0][0] <= _WIDE_DAYS]
    else:
        wide = []
    out: list[list[Claim]] = []
    spans: list[tuple[float, float]] = []  # each group's reach on the axis, for the wide claims after
    reach = near = None
    for (lo, hi), c in placed:
        # a whole year ("killed 412 people last year") reaches a finer date from its middle:
        # its last days are no nearer this week's event than its first; another year it
        # reaches whole ("2013" against "2014"); a day inside a year's span fits it however far
        # from its middle ("on Dec. 30, 2014" against "in 2014")
        whole = c.mention.value.granularity in _WHOLE_YEARS
        end = (lo + hi) / 2 if whole else hi
        if out and (lo - (reach if whole else near) <= max_gap or lo <= reach):
            out[-1].append(c)
            reach, near = max(reach, hi), max(near, end)
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))  # sorted by ``lo``: the first is the least
        else:
            out.append([c])
            spans.append((lo, hi))
            reach, near = hi, end
    if wide:
        apart = []
        for (lo, hi), c in wide:
            over = [i for i, (a, b) in enumerate(spans) if a <= hi and lo <= b]
            if len(over) == 1:
                out[over[0]].append(c)
            else:
                apart.append(c)
        if apart:
            out.append(apart)
    if rest:
        out.append(rest)
    return out or [claims]


# --- times: one moment in two zones ----------------------------------------------
#
# A time with a zone whose offset is known is moved to UTC before it is compared, so
# "2:46 p.m. JST" and "0546 GMT" are one moment. A time in "local time", or with no
# zone (news gives the place's clock unless it says otherwise), needs the place's
# offset: an article that states one moment both ways ("2:46 p.m. local time (0546
# GMT)") gives it, for its own local times and, when every such pair of a fact gives
# the same one, for the fact's other local times. Otherwise local times, and times in
# a zone whose offset needs a date they lack ("9 p.m. ET"), stay in their own frame:
# compared among themselves, never with UTC times as if both were UTC.

UTC, LOCAL = "UTC", "local"  # the frames of times moved to UTC, and of the place's clock
_DAY = 1440
# An offset found from a pair's clocks is known only to the day: one more than +13 h east
# is read as west of GMT ("+14 h" is Hawaii's -10 h)
_EAST_MOST = 13 * 60
_ZONE_SUFFIX = pattern_cache.compile(r"([A-Z]+)([+-])(\d{1,2})(?::?(\d\d))?")


class _Placed(NamedTuple):
    """A time on its frame's axis, in minutes: from the first day when ``dated``, else of the day."""

    frame: str
    low: float
    high: float
    dated: bool
    clock: int  # the stated clock time, on the frame's clock (minutes of the day)


@lru_cache(maxsize=512)
def zone_offset(zone: str | None, when: str | None = None) -> int | str | None:
    """Minutes the clock of ``zone``, as times.py states it ("JST", "GMT+3", "Moscow
    time", "local"), runs ahead of UTC at the local time ``when`` ("2011-03-11T14:46"
    or None). None when no offset is known ("local"); the tz database name (a str)
    when the offset depends on a date and ``when`` gives none."""
    spec = _zone_spec(zone)
    if not isinstance(spec, str):
        return spec
    if when is None:
        return spec
    try:
        from zoneinfo import ZoneInfo

        offset = dt.datetime.fromisoformat(when).replace(tzinfo=ZoneInfo(spec)).utcoffset()
    except (ImportError, LookupError, ValueError, OSError):
        return spec  # no tz database here: the time stays in its zone
    return None if offset is None else int(offset.total_seconds() // 60)


def in_utc(value: Value) -> str | None:
    """A time's first moment in UTC as ``clusters`` compares it ("2011-03-11T05:46",
    or "05:46" for a time of no day); None while it stays in its own frame (local
    time, or a zone whose offset needs the date it lacks)."""
    if not on_axis(value):
        return None
    p = _place_time(value.low, value.high, value.stated, value.zone)
    if p.frame != UTC:
        return None
    day, minutes = divmod(int(p.low), _DAY)
    clock = f"{minutes // 60:02d}:{minutes % 60:02d}"
    return f"{dt.date.fromordinal(day).isoformat()}T{clock}" if p.dated else clock


def _zone_spec(zone: str | None) -> int | str | None:
    """calendar.yaml's offset of a zone, with an offset after it added ("GMT+3")."""
    if not zone or zone == LOCAL:
        return None
    table = vocabulary().zone_offsets
    key = zone if zone.isupper() else " ".join(zone.lower().split())
    if key in table:
        return table[key]
    m = _ZONE_SUFFIX.fullmatch(zone)
    if m and isinstance(table.get(m.group(1)), int):
        shift = int(m.group(3)) * 60 + int(m.group(4) or 0)
        return table[m.group(1)] + (shift if m.group(2) == "+" else -shift)
    return zone  # a zone with no known offset: its own frame


@lru_cache(maxsize=8192)
def _place_time(low: str, high: str, stated: str, zone: str | None) -> _Placed:
    """A time's interval on its frame's axis (see ``_Placed``)."""
    lo, lo_dated = _minutes_of(low)
    hi, _ = _minutes_of(high)
    clock = _clock_minutes(stated)
    frame = LOCAL
    if zone and zone != LOCAL:
        offset = zone_offset(zone, low if lo_dated else None)
        if isinstance(offset, int):
            frame, lo, hi, clock = UTC, lo - offset, hi - offset, (clock - offset) % _DAY
        else:
            frame = offset or zone
    if not lo_dated:
        lo, hi = _into_day(lo, hi)
    return _Placed(frame, lo, hi, lo_dated, clock)


def _minutes_of(s: str) -> tuple[float, bool]:
    """("2011-03-11T14:46" or "14:46") as minutes from the first day, or of the day;
    whether a year-dated day came with it. A day without its year ("--03-11T14:46")
    counts in a leap year, but the time is not dated: it meets times of the day."""
    day, _, clock = s.rpartition("T")
    h, m = clock.split(":")[:2]
    minutes = int(h) * 60 + int(m)
    if not day:
        return float(minutes), False
    if day.startswith("--"):
        return float(dt.date.fromisoformat("2000" + day[1:]).toordinal() * _DAY + minutes), False
    return float(dt.date.fromisoformat(day).toordinal() * _DAY + minutes), True


def _clock_minutes(stated: str) -> int:
    """The first clock time a time states ("21:20", "21:00/23:00"), in minutes of the day."""
    h, m = str(stated).split("/")[0].split(":")[:2]
    return (int(h) * 60 + int(m)) % _DAY


def _into_day(lo: float, hi: float) -> tuple[float, float]:
    """An interval moved by whole days so that it opens within one day: a time of
    day moved across midnight ("01:00 JST" is 16:00 UTC) keeps its length."""
    shift = (lo // _DAY) * _DAY
    return lo - shift, hi - shift


def _time_places(claims: list[Claim]) -> list[_Placed | None]:
    """Each claim's time on its frame's axis (None when it has none), local times
    moved to UTC by the offset their article, or every article of the fact alike,
    gives (see above)."""
    places = []
    for c in claims:
        v = c.mention.value
        places.append(_place_time(v.low, v.high, v.stated, v.zone) if on_axis(v) else None)
    if not any(p is not None and p.frame == LOCAL for p in places):
        return places
    offsets = _local_offsets(claims, places)
    if not offsets:
        assumed = _assumed_offset(claims, places)
        if assumed is None:
            return places
        zone = assumed[0]
        if all(p is None or p.frame != UTC or c.mention.value.zone == zone for c, p in zip(claims, places)):
            # no universal time to meet: the zone's times join the place's clock as stated,
            # where an evening's times stay on one day
            return [_place_time(c.mention.value.low, c.mention.value.high, c.mention.value.stated, None)
                    if p is not None and c.mention.value.zone == zone else p for c, p in zip(claims, places)]
        offsets = {"": {assumed[1]}}  # every article's local times, as "common" below reads it
    everywhere = set().union(*offsets.values())
    common = next(iter(everywhere)) if len(everywhere) == 1 else None
    out = []
    for c, p in zip(claims, places):
        if p is not None and p.frame == LOCAL:
            own = offsets.get(c.mention.article, ())
            offset = next(iter(own)) if len(own) == 1 else common if not own else None
            if offset is not None:
                lo, hi = p.low - offset, p.high - offset
                if not p.dated:
                    lo, hi = _into_day(lo, hi)
                p = _Placed(UTC, lo, hi, p.dated, (p.clock - offset) % _DAY)
        out.append(p)
    return out


def _assumed_offset(claims: list[Claim], places: list[_Placed | None]) -> tuple[str, int] | None:
    """The zone a time with no zone is read in, and its offset, when no source gives the place's
    offset but every zone the sources state is one place's ("10:05 p.m. ET" beside "11:05 p.m."):
    news gives the place's clock, and the one clock named is most likely it. Not GMT or UTC
    (a universal clock names no place). A time hours away from the zone's is then another
    moment (``max_gap``), as a foreign event's local time beside a newsroom's zone is. The
    offset is the zone's on the date a zoned time states, as the zone's own times are read;
    None when it is not known."""
    zones, offset = set(), None
    for c, p in zip(claims, places):
        v = c.mention.value
        zone = v.zone
        if p is None or not zone or zone == LOCAL:
            continue
        spec = _zone_spec(zone)
        if spec == 0:
            continue  # GMT, UTC: no place's clock
        zones.add(zone)
        if len(zones) > 1 or spec is None or spec == zone:
            return None
        if offset is None:
            found = zone_offset(zone, v.low if p.dated else None)
            offset = found if isinstance(found, int) else None
    if len(zones) != 1 or offset is None:
        return None
    return next(iter(zones)), offset


def assumed_zone(claims: list[Claim]) -> str | None:
    """The zone times with no zone were read in (``_assumed_offset``), for a finding's note."""
    places = [_place_time(c.mention.value.low, c.mention.value.high, c.mention.value.stated, c.mention.value.zone)
              if on_axis(c.mention.value) else None for c in claims]
    if not any(p is not None and p.frame == LOCAL for p in places) or _local_offsets(claims, places):
        return None
    assumed = _assumed_offset(claims, places)
    return assumed[0] if assumed else None


def _local_offsets(claims: list[Claim], places: list[_Placed | None]) -> dict[str, set[int]]:
    """By article, the offsets of the place's clock its pairs of one moment give: a
    local time and a UTC one right beside each other ("2:46 p.m. local time (0546
    GMT)", "0546 GMT (2:46 p.m.)"), whose clocks lie a whole quarter-hour apart."""
    beside: dict[str, list[tuple[int, int, _Placed]]] = {}
    for c, p in zip(claims, places):
        if p is not None and p.frame in (LOCAL, UTC):
            m = c.mention
            beside.setdefault(m.article, []).append((m.start, m.end, p))
    out: dict[str, set[int]] = {}
    for article, spans in beside.items():
        spans.sort(key=itemgetter(0, 1))
        for (_, end, x), (start, _, y) in zip(spans, spans[1:]):
            if x.frame == y.frame or not 0 <= start - end <= RESTATED_WITHIN:
                continue
            local, utc = (x, y) if x.frame == LOCAL else (y, x)
            offset = (local.clock - utc.clock) % _DAY
            if offset > _EAST_MOST:
                offset -= _DAY
            if offset % 15 == 0:
                out.setdefault(article, set()).add(offset)
    return out


def _time_frames(claims: list[Claim], places: list[_Placed | None] | None = None) -> dict[str, list[tuple]]:
    """The claims placed (``places``: ``_time_places`` of them), as ``_sweep`` takes
    them, by frame. A frame holding times with a day and times without compares
    them all as times of the day."""
    by_frame: dict[str, list[tuple[_Placed, Claim]]] = {}
    for c, p in zip(claims, _time_places(claims) if places is None else places):
        if p is not None:
            by_frame.setdefault(p.frame, []).append((p, c))
    out = {}
    for frame in sorted(by_frame):
        placed = by_frame[frame]
        of_day = len({p.dated for p, _ in placed}) > 1
        keyed = []
        for p, c in placed:
            lo, hi = _into_day(p.low, p.high) if of_day else (p.low, p.high)
            keyed.append((lo, hi, c.mention.article, c.mention.start, c))
        out[frame] = keyed
    return out


def _without_own_vaguer(keyed: list[tuple]) -> list[tuple]:
    """``keyed`` without a time that a clock time of its own article lies inside: "a tornado struck Sunday
    night" beside "The storm struck Carlisle at 8:40 p.m." says no more than the 8:40, so a night every
    source names cannot make 8:40 and another source's 9:40 both right."""
    def inside(a, b):
        return b[0] <= a[0] and a[1] <= b[1] and (b[1] - b[0]) > (a[1] - a[0])
    return [k for k in keyed if not any(o[2] == k[2] and o is not k and inside(o, k) for o in keyed)]


def _time_verdict(claims: list[Claim]) -> tuple[str, list[list[Claim]]]:
    """``verdict`` of times: judged within each frame (see above). Times in two
    frames cannot be shown to differ, so sources that only they set apart can all
    be right."""
    placed = _time_places(claims)
    places = {id(c): p for c, p in zip(claims, placed) if p is not None}
    groups: list[list[Claim]] = []
    verdicts = []
    for keyed in _time_frames(claims, placed).values():
        frame_groups = _sweep(keyed)
        nominals = {(c.mention.value.qualifier, *places[id(c)][1:4]) for g in frame_groups for c in g}
        judged = frame_groups
        if len(frame_groups) > 1 and len(own := _without_own_vaguer(keyed)) < len(keyed):
            judged = _sweep(own)
        verdicts.append(_judged(judged, lambda: len(nominals)))
        groups += frame_groups
    if len({c.mention.article for g in groups for c in g}) < 2:
        return "single_source", groups
    if "discrepancy" in verdicts:
        return "discrepancy", groups
    return (verdicts[0] if len(verdicts) == 1 else "compatible"), groups


def _time_gap_groups(claims: list[Claim], max_gap: float) -> list[list[Claim]]:
    """``gap_groups`` of times: frames apart, then where a gap opens within one; in UTC,
    groups that hold one moment misstated in another zone (``_zone_slip``) stay one."""
    out: list[list[Claim]] = []
    placed = 0
    for frame, keyed in _time_frames(claims).items():
        keyed.sort(key=_SWEEP_ORDER)
        placed += len(keyed)
        reach = None
        first = len(out)
        spans: list[list[tuple]] = []
        for k in keyed:
            lo, hi, c = k[0], k[1], k[4]
            if len(out) > first and lo - reach <= max_gap:
                out[-1].append(c)
                spans[-1].append(k)
                reach = max(reach, hi)
            else:
                out.append([c])
                spans.append([k])
                reach = hi
        if frame == UTC and len(spans) > 1:
            out[first:] = _zone_slips(out[first:], spans)
    if placed < len(claims):
        seen = {id(c) for g in out for c in g}
        out.append([c for c in claims if id(c) not in seen])
    return out or [claims]


# A clock stated to the minute whose minutes are no round quarter-hour ("20:42", not "21:00" or "9:30"), and
# another source's clock a whole number of hours from it, at most a zone's offset away ("00:42 UTC", told of an
# Eastern "8:42 p.m." taken for UTC): one moment told in the wrong zone, a slip, where two moments of a story
# (a first and a second blast, planned for the hour) a whole number of hours apart to the odd minute are rare.
_SLIP_MOST = 14 * 60


def _zone_slip(x: tuple, y: tuple) -> bool:
    """Whether two placed times (``_time_frames``'s keys, in UTC) of two sources are one
    moment misstated in another zone (see above)."""
    if x[2] == y[2] or x[0] != x[1] or y[0] != y[1]:
        return False
    if x[0] % 15 == 0 or (x[0] - y[0]) % 60:
        return False
    apart = abs(x[0] - y[0])
    if x[0] < _DAY:  # times of the day (a frame that mixes them with dated ones holds no dated one)
        apart = min(apart, _DAY - apart)
    return apart <= _SLIP_MOST


def _zone_slips(groups: list[list[Claim]], spans: list[list[tuple]]) -> list[list[Claim]]:
    """``groups`` (with their keys, ``spans``) with those a zone slip links joined, in order."""
    parent = list(range(len(groups)))

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            if root(i) != root(j) and any(_zone_slip(x, y) for x in spans[i] for y in spans[j]):
                parent[root(j)] = root(i)
    joined: dict[int, list[Claim]] = {}
    for i, g in enumerate(groups):
        joined.setdefault(root(i), []).extend(g)
    return list(joined.values())


def reading_order(claims: list[Claim], order: dict[str, int]):
    """The sort key that lists claims as a report does: by article, articles
    in ``order``, then by place. Each claim's key is worked out once, as the
    claims are sorted more than once."""
    keys = {id(c): (order.get(m.article, 0), m.article, m.start) for c, m in zip(claims, [c.mention for c in claims])}
    return lambda c: keys[id(c)]


def describe_groups(groups: list[list[Claim]], key) -> tuple[Group, ...]:
    """Each group's articles and values in reading order (``key``: ``reading_order``)."""
    out = []
    for g in groups:
        mentions = [c.mention for c in sorted(g, key=key)]
        # in that order the articles come by (order, id), each first where it first appears
        arts = tuple(dict.fromkeys([m.article for m in mentions]))
        texts = dict.fromkeys([m.text for m in mentions])
        out.append(trusted(Group, articles=arts, value=" / ".join(texts)))
    return tuple(out)


def interval_sum(parts: list[tuple[float, float]]) -> tuple[float, float]:
    return sum(p[0] for p in parts), sum(p[1] for p in parts)

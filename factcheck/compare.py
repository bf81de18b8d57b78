"""Value semantics and verdicts.

Every value is an interval on its kind's axis; one overlap test decides
agreement for every kind. Claims are compared by sorting intervals and
sweeping once, never pair by pair, so a fact with thousands of claims stays
cheap.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import chain
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
    intervals = {}
    for v in distinct:
        iv = axis(v, md)
        intervals[id(v)] = iv if iv is None or v.kind in ("date", "time") else widen(*iv)
    keyed = []
    for c, m, v in zip(claims, mentions, values):
        iv = intervals[id(v)]
        if iv is not None:
            keyed.append((iv[0], iv[1], m.article, m.start, c))
    return _sweep(keyed)


def _sweep(keyed: list[tuple]) -> list[list[Claim]]:
    """``clusters`` of (low, high, article, start, claim) entries."""
    keyed.sort(key=_SWEEP_ORDER)
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
    out: list[list[Claim]] = []
    reach = None
    for (lo, hi), c in placed:
        if out and lo - reach <= max_gap:
            out[-1].append(c)
            reach = max(reach, hi)
        else:
            out.append([c])
            reach = hi
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
        return places
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
        verdicts.append(_judged(frame_groups, lambda: len(nominals)))
        groups += frame_groups
    if len({c.mention.article for g in groups for c in g}) < 2:
        return "single_source", groups
    if "discrepancy" in verdicts:
        return "discrepancy", groups
    return (verdicts[0] if len(verdicts) == 1 else "compatible"), groups


def _time_gap_groups(claims: list[Claim], max_gap: float) -> list[list[Claim]]:
    """``gap_groups`` of times: frames apart, then where a gap opens within one."""
    out: list[list[Claim]] = []
    placed = 0
    for keyed in _time_frames(claims).values():
        keyed.sort(key=_SWEEP_ORDER)
        placed += len(keyed)
        reach = None
        first = len(out)
        for lo, hi, _, _, c in keyed:
            if len(out) > first and lo - reach <= max_gap:
                out[-1].append(c)
                reach = max(reach, hi)
            else:
                out.append([c])
                reach = hi
    if placed < len(claims):
        seen = {id(c) for g in out for c in g}
        out.append([c for c in claims if id(c) not in seen])
    return out or [claims]


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


# --- names and quotes: compared as text, never a discrepancy ------------------


def spelling(value: Value) -> str:
    """A name as spelled, initials and possessive dropped: ``Sergey V. Lavrov's`` -> ``Sergey Lavrov``."""
    return _spelling(str(value.stated))


@lru_cache(maxsize=8192)
def _spelling(stated: str) -> str:
    """``spelling`` of a stated name; a name recurs in many claims, so it is cached."""
    # a possessive is no spelling: "Russia's Foreign Ministry" is "Russia Foreign Ministry"
    words = [w[:-2] if w.endswith("'s") else w for w in stated.replace("’", "'").split()]
    return " ".join(w for w in words if not (len(w) == 2 and w.endswith(".")))


def wording(value: Value) -> str:
    """A quotation's words, case, curly quotes and punctuation folded."""
    return _fold_words(str(value.stated))


_NOT_WORD = pattern_cache.compile(r"[^\w']+")


@lru_cache(maxsize=8192)
def _fold_words(text: str) -> str:
    s = text.lower().replace("’", "'").replace("n't", " not")
    return _NOT_WORD.sub(" ", s).strip()


def text_verdict(claims: list[Claim]) -> tuple[str, list[list[Claim]]]:
    """Names and quotes: agree when written the same way, compatible otherwise."""
    stated = [c.mention.value.stated for c in claims]
    forms = _text_forms(claims, set(stated))
    by_form: dict[str, list[Claim]] = {}
    for c, s in zip(claims, stated):
        k = forms[s]
        if k is not None:
            by_form.setdefault(k, []).append(c)
    groups = [by_form[k] for k in sorted(by_form)]
    return _text_verdict(claims, len(groups)), groups


def text_differs(claims: list[Claim]) -> bool:
    """Whether ``text_verdict`` says "compatible", from one look at each
    distinct text instead of one per claim: most names agree."""
    return stated_texts_differ(claims, {c.mention.value.stated for c in claims})


def stated_texts_differ(claims: list[Claim], stated: set) -> bool:
    """``text_differs(claims)``, given the claims' distinct stated values."""
    forms = _text_forms(claims, stated)
    if len({k for k in forms.values() if k is not None}) < 2:
        return False
    # a name spelled two ways differs even in one article; a quotation needs two
    return claims[0].mention.kind == "name" or len({c.mention.article for c in claims}) > 1


def _text_verdict(claims: list[Claim], n_groups: int) -> str:
    if claims[0].mention.kind == "name":
        # one article spelling a name two ways counts too
        if n_groups > 1:
            return "compatible"
        return "agree" if len({c.mention.article for c in claims}) > 1 else "single_source"
    if len({c.mention.article for c in claims}) < 2:
        return "single_source"
    return "agree" if n_groups == 1 else "compatible"


def _text_forms(claims: list[Claim], stated: set) -> dict:
    """Each distinct stated text of the claims, ``stated``, to its group key:
    its wording for a quotation; for a name, see ``_name_keys``. None leaves a
    claim out of every group."""
    if claims[0].mention.kind == "name":
        return _name_keys(stated)
    return _wordings(stated)


def _wordings(stated: set) -> dict:
    """``wording`` of each distinct stated quotation."""
    return {s: _fold_words(str(s)) for s in stated}


def _name_keys(stated: set) -> dict:
    """A name differs when its surname, or a given name where one is stated, is
    spelled two ways; "Lavrov" beside "Sergei Lavrov" is no difference. So the
    key is the surname when surnames differ, else the given name (None for a
    surname alone)."""
    words = {s: _spelling(str(s)).split() for s in stated}
    if len({w[-1] for w in words.values()}) > 1:
        return {s: w[-1] for s, w in words.items()}
    return {s: w[0] if len(w) > 1 else None for s, w in words.items()}


# A name misspelled by a letter or two ("Aizawa" / "Aisawa", "Steffen" / "Stefan", both
# folded by ``names.key`` first) is one name spelled two ways, as ``scope`` takes
# "Kremenjuk" and "Kremenyuk" for one person: same first letter, and fuzz.ratio of
NAME_MATCH = 80
# Surnames must also share a given name, or be long and closer still: "Osama" alone is
# not "Obama", nor "John Mayer" "Tom Meyer".
SURNAME_ALONE_MATCH, SURNAME_ALONE_LENGTH = 85, 6


def spelling_aliases(givens_by_surname: dict[str, set[str]]) -> tuple[dict[str, str], dict[str, str]]:
    """For the folded surnames of a fact's names, each with the given names stated
    with it: each surname and each given name that is a variant spelling of another,
    mapped to the first spelling of its kind (alphabetically). Variants only: a
    spelling with no other is left out."""
    givens = _aliases(sorted(set().union(*givens_by_surname.values())), 3)
    known = {s: {givens.get(g, g) for g in gs} for s, gs in givens_by_surname.items()}

    def vouched(a: str, b: str, score: float) -> bool:
        if known[a] and known[b]:
            return not known[a].isdisjoint(known[b])
        return score >= SURNAME_ALONE_MATCH and min(len(a), len(b)) >= SURNAME_ALONE_LENGTH

    return _aliases(sorted(givens_by_surname), 4, vouched), givens


def _aliases(words: list[str], shortest: int, vouched=None) -> dict[str, str]:
    """``spelling_aliases`` for one kind of word: variants joined in groups, each
    word of a group of two or more to the group's first (``words`` sorted)."""
    from rapidfuzz import fuzz, process

    parent: dict[str, str] = {}

    def root(w: str) -> str:
        while parent.get(w, w) != w:
            w = parent[w]
        return w

    by_letter: dict[str, list[str]] = {}
    for w in words:
        if len(w) >= shortest:
            by_letter.setdefault(w[0], []).append(w)
    for group in by_letter.values():
        for i, a in enumerate(group[:-1]):
            later = group[i + 1:]
            for _, score, k in process.extract(a, later, scorer=fuzz.ratio, score_cutoff=NAME_MATCH, limit=None):
                b = later[k]
                # a word and more of it ("Democracy" / "Democracy-led") is no misspelling, nor
                # two forms of one name ("Maria" / "Mario", "Ivanov" / "Ivanova")
                if abs(len(a) - len(b)) > 2 or a.startswith(b) or b.startswith(a) or a[:-1] == b[:-1]:
                    continue
                if vouched is None or vouched(a, b, score):
                    ra, rb = root(a), root(b)
                    parent[max(ra, rb)] = min(ra, rb)  # the first spelling stays the root
    return {w: root(w) for w in sorted(parent.keys() | set(parent.values()))}


QUOTE_MATCH = 80  # fuzz.token_set_ratio at which two wordings are one quotation


def quote_clusters(claims: list[Claim]) -> list[list[Claim]]:
    """Quotations that say the same thing: one contains the other, the wording is
    close, or one says the other's content words in the same run (see ``paraphrase``).

    Identical wordings are merged first, so a quotation repeated by a hundred
    articles costs one comparison, not ten thousand."""
    from rapidfuzz import fuzz, process

    mentions = [c.mention for c in claims]
    stated = [m.value.stated for m in mentions]
    forms = _wordings(set(stated))
    by_text: dict[str, list[int]] = {}  # wording -> positions of its claims
    for i, s in enumerate(stated):
        by_text.setdefault(forms[s], []).append(i)
    texts = sorted(by_text, key=len)
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # every pair of wordings is a candidate, and scoring one costs as much as
    # thousands of bytecodes: a cheap bound rules most pairs out first
    words = _Words(texts)
    content = list(map(_content, texts))
    postings: dict[str, list[int]] = {}  # content word -> the texts it stands in
    for i, (_, stems, _) in enumerate(content):
        for w in stems:
            postings.setdefault(w, []).append(i)
    candidates = None if len(texts) <= EXHAUSTIVE_QUOTES else _Candidates(texts, words, content, postings)
    for i, text in enumerate(texts):
        # texts already joined to this one need no comparison: the groups are
        # the connected ones, and a story's variants of one quotation join early
        root = find(i)
        if candidates is None:
            later = [j for j in range(i + 1, len(texts)) if find(j) != root]
            if not later:
                continue
            longer = later
        else:
            later = [j for j in candidates.of(i) if find(j) != root]
            longer = candidates.containing(i)
        if later:
            # a few candidates: the scorer's own loop is cheaper than ruling some out first
            close = words.may_match(i, later) if candidates is None else later
            for _, _, k in process.extract(text, [texts[j] for j in close], scorer=fuzz.token_set_ratio,
                                           score_cutoff=QUOTE_MATCH, limit=None):
                parent[find(i)] = find(close[k])
        for j in longer:
            if text in texts[j]:  # sorted by length: only a later text can contain this one
                parent[find(i)] = find(j)
        if len(content[i][1]) < PARAPHRASE_WORDS:
            continue
        if candidates is None:
            # most pairs share no content word: counting the texts each of this
            # one's words stands in after it, at C speed, rules them out without a look
            shared = Counter(chain.from_iterable(p[bisect_right(p, i):] for p in map(postings.__getitem__, content[i][1])))
            offered = [j for j, n in shared.items() if n >= PARAPHRASE_WORDS]
        else:
            offered = candidates.paraphrasing(i)
        for j in offered:
            if find(j) != find(i) and paraphrase(content[i], content[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i, text in enumerate(texts):
        groups.setdefault(find(i), []).extend(by_text[text])
    place = [(m.article, m.start) for m in mentions]
    out = []
    for g in groups.values():
        g.sort(key=place.__getitem__)  # by article, then by place
        out.append([claims[i] for i in g])
    return sorted(out, key=lambda g: (g[0].mention.article, g[0].mention.start))


# Up to this many distinct wordings in one fact (a cluster of a hundred articles has
# fewer), every pair is looked at; past it, only the pairs ``_Candidates`` offers, so
# that a run over thousands of articles grows linearly, not with the square.
EXHAUSTIVE_QUOTES = 400
# Past ``EXHAUSTIVE_QUOTES``, a word in more wordings than this is too common to offer
# a pair by itself ("the", "said", the story's main name)
COMMON_WORD = 25
# ... and a word in more than this many is not looked up at all: a word of a quotation
# that a hundred articles repeat with changes still is
LOOKED_UP = 100


class _Candidates:
    """The pairs of wordings that may be one quotation, found through the words they
    share rather than by looking at every pair. Two wordings are offered as a pair:

    - when they share a word that is not common (``COMMON_WORD``): variants of one
      quotation share most of their words, and the rarer ones tell them apart;
    - when the one with fewer letters shares a word of its rarest third (by letters)
      with the other, if that word is in no more than ``LOOKED_UP`` wordings:
      every pair whose shared words make two thirds of the shorter (one way to
      score ``QUOTE_MATCH``, see ``_Words``) shares one, so a quotation repeated
      with small changes by many articles still joins however many there are;
    - as paraphrases, when the longer holds one of the shorter's rarest content
      words, as many as ``paraphrase`` lets it lack and one more (with the same bound);
    - for containment, when the longer holds the rarest of the shorter's inner
      words (a wording inside another holds all of them; its first and last word
      may be cut, "ready" in "already"), or of its words when it has no inner one.

    Each wording is thus compared with a bounded number of others whatever the
    number of articles. What it misses, against comparing every pair: wordings
    made only of words in more than ``LOOKED_UP`` wordings, variants whose
    every rare word is spelled otherwise (which only their letters could join), and
    a wording of one or two words cut out of another's first or last word."""

    def __init__(self, texts: list[str], words: _Words, content: list[tuple], stem_postings: dict[str, list[int]]) -> None:
        self.texts, self.words, self.content, self.stem_postings = texts, words, content, stem_postings
        self.postings: dict[str, list[int]] = {}
        for i, tokens in enumerate(words.tokens):
            for t in tokens:
                self.postings.setdefault(t, []).append(i)
        self.rare = {t for t, p in self.postings.items() if len(p) <= COMMON_WORD}

    def of(self, i: int) -> list[int]:
        """The wordings that share a rare word with wording ``i``, or a word of its
        rarest third."""
        postings = self.postings
        probe = (self.words.tokens[i] & self.rare) | self._rarest_third(i)
        return sorted({j for t in probe for j in postings[t]} - {i})

    def _rarest_third(self, i: int) -> set[str]:
        """The rarest words of wording ``i`` that weigh (letters and a space each)
        more than a third of it, less those too common to look up (see the class)."""
        postings = self.postings
        need, got, out = self.words.lengths[i] / 3, 0, set()
        for t in sorted(self.words.tokens[i], key=lambda t: (len(postings[t]), t)):
            if got > need:
                break
            if len(postings[t]) <= LOOKED_UP:
                out.add(t)
            got += len(t) + 1
        return out

    def paraphrasing(self, i: int) -> list[int]:
        """The wordings with as many content words as ``i`` or more that may be its
        ``paraphrase``."""
        stems, postings = self.content[i][1], self.stem_postings
        n = len(stems)
        # ``paraphrase`` wants ``PARAPHRASE_SHARE * n`` shared (the same product): so many
        # of the rarest may be missing, and one more is shared
        lacking = n - math.ceil(PARAPHRASE_SHARE * n)
        rarest = sorted(stems, key=lambda w: (len(postings[w]), w))[:lacking + 1]
        content = self.content
        return sorted({j for w in rarest if len(postings[w]) <= LOOKED_UP for j in postings[w]
                       if j != i and len(content[j][1]) >= n})

    def containing(self, i: int) -> list[int]:
        """The longer wordings that may contain wording ``i``."""
        inner = set(self.texts[i].split(" ")[1:-1])  # the words not first or last
        words = inner or self.words.tokens[i]
        if not words:
            return []
        postings = self.postings
        p = postings[min(words, key=lambda t: (len(postings[t]), t))]
        return p[bisect_right(p, i):]


# One statement in two translations or paraphrases ("Russia never initiated the
# freeze in relations" / "Russia was never the initiator of this cooling of
# relations") shares most content words but too few letters to score QUOTE_MATCH.
PARAPHRASE_WORDS = 4  # content words the two quotations share at least
PARAPHRASE_SHARE = 0.8  # of the shorter quotation's content words, found in the longer
# the shared words against the shorter's and the run of the longer that holds
# them (Dice): a word for a word is a translation (8 of 10 for Peskov's five
# words above); a word for three, a second statement
PARAPHRASE_ALIGNED = 0.8


@lru_cache(maxsize=1)
def _quote_vocabulary() -> tuple[frozenset, frozenset, re.Pattern]:
    """Stop words, negations and the suffix pattern of text.yaml's ``quote_*`` tables."""
    v = vocabulary()
    suffixes = sorted(v.quote_suffixes, key=len, reverse=True)
    # the shortest stem that leaves a suffix is the longest suffix
    stem = pattern_cache.compile(r"(\w{4,}?)(?:%s)" % "|".join(map(re.escape, suffixes)))
    return v.quote_stop_words, v.quote_negations, stem


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    negations, pattern = _quote_vocabulary()[1:]
    if word in negations:
        return word
    m = pattern.fullmatch(word)
    return m.group(1) if m else word


def _content(text: str) -> tuple[tuple[str, ...], frozenset, bool]:
    """A folded quotation's content words, stemmed, in order; their set; whether
    one is a negation."""
    stop, negations, _ = _quote_vocabulary()
    words = tuple(_stem(w) for w in text.split(" ") if w and w not in stop)
    return words, frozenset(words), not negations.isdisjoint(words)


def paraphrase(a: tuple, b: tuple) -> bool:
    """Whether two quotations (``_content`` of each) say one thing in other words:
    they share ``PARAPHRASE_WORDS`` content words or more, which make
    ``PARAPHRASE_SHARE`` of the shorter one's; in the longer, those words stand
    together with few others among them (``PARAPHRASE_ALIGNED``), and a negation
    stands among them just when the shorter has one ("ready for dialogue" is not
    "not ready to lift sanctions")."""
    if len(a[1]) > len(b[1]):
        a, b = b, a
    shared = a[1] & b[1]
    if len(shared) < PARAPHRASE_WORDS or len(shared) < PARAPHRASE_SHARE * len(a[1]):
        return False
    window = _window(b[0], shared)
    if window is None or 2 * len(shared) < PARAPHRASE_ALIGNED * (len(a[1]) + len(window)):
        return False
    negations = _quote_vocabulary()[1]
    return a[2] == (not negations.isdisjoint(window))


def _window(words: tuple, wanted: frozenset) -> tuple | None:
    """The shortest run of ``words`` that holds every one of ``wanted``."""
    need, have = len(wanted), {}
    best = None
    lo = 0
    for hi, w in enumerate(words):
        if w not in wanted:
            continue
        have[w] = have.get(w, 0) + 1
        while len(have) == need:
            if best is None or hi - lo < best[1] - best[0]:
                best = (lo, hi)
            v = words[lo]
            lo += 1
            if v in have:
                have[v] -= 1
                if not have[v]:
                    del have[v]
    return None if best is None else words[best[0]:best[1] + 1]


class _Words:
    """Folded quotations (see ``wording``: words of ``[\\w']`` and single
    spaces) as ``fuzz.token_set_ratio`` sees them: each text's distinct words,
    sorted and joined by spaces. This tells cheaply which pairs cannot score
    ``QUOTE_MATCH`` (80).

    That score is the best of three ratios. Two set the words both texts have
    against those plus either text's own words, and reach 80 only when the
    shared words make two thirds of the shorter text. The third is the Indel
    distance between the texts' own words, which reaches 80 only within a
    fifth of the two lengths. That distance is at least the difference of the
    two texts' character counts, to which the shared words add nothing: the
    distance between the texts' characters in sorted order, which
    ``fuzz.ratio`` measures at C speed against that same fifth."""

    def __init__(self, texts: list[str]) -> None:
        self.tokens = [set(t.split(" ")) if t else set() for t in texts]
        joined = [" ".join(t) for t in self.tokens]
        self.lengths = list(map(len, joined))
        self.letters = ["".join(sorted(j)) for j in joined]

    def may_match(self, i: int, others: list[int]) -> list[int]:
        """Those of ``others`` that may score 80 or more against text ``i``."""
        from rapidfuzz import fuzz, process

        tokens, lengths, letters = self.tokens, self.lengths, self.letters
        a, ja = tokens[i], lengths[i]
        close = {others[k] for _, _, k in process.extract(
            letters[i], [letters[j] for j in others], scorer=fuzz.ratio, score_cutoff=QUOTE_MATCH, limit=None)}
        out = []
        for j in others:
            if j in close:
                out.append(j)
                continue
            jb = lengths[j]
            common = a & tokens[j]
            shared = sum(map(len, common)) + len(common) - 1 if common else 0  # joined by spaces
            if 3 * shared >= 2 * (ja if ja < jb else jb):  # also when one text's words are all in the other
                out.append(j)
        return out

"""Times of day: ``9:20 p.m.``, ``21:20``, ``12.30am``, ``9pm``, ``noon``,
``20 minutes past midnight``, with a stated zone (``20:00 GMT``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from factcheck.extract.base import Found
from factcheck.models import Value
from factcheck.vocab import alternation, vocabulary


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    v = vocabulary()
    mer = r"(?P<mer>a\.\s?m\.|p\.\s?m\.|a\.m|p\.m|am|pm)(?![A-Za-z])"
    zone = rf"(?:\s*\(?\s*(?P<zone>{alternation(v.zones)}(?:\s*[+-]\s*\d{{1,2}})?|local\s+time))?"
    named = alternation(v.named_times)
    return re.compile(
        rf"(?P<past>\b(?P<pm_n>\d{{1,2}}|twenty|ten|five|fifteen|thirty|forty|fifty)\s+minutes\s+(?P<pm_w>past|after|to|before)\s+(?P<pm_h>{named}|\d{{1,2}}(?::\d\d)?(?:\s*{mer.replace('mer', 'mer2')})?))"
        rf"|(?P<hm>(?<![\d.:,])(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d)(?:\s*{mer})?|\.(?P<m2>[0-5]\d)\s*{mer.replace('mer', 'mer3')})(?![\d:]))"
        rf"|(?P<hmer>(?<![\d.:,])(?P<h2>1[0-2]|0?[1-9])\s*{mer.replace('mer', 'mer4')})"
        rf"|(?P<mil>(?<![\d.:,])(?P<mil_h>[01]\d|2[0-3])(?P<mil_m>[0-5]\d)(?=\s*(?:{alternation(v.zones)})))"
        rf"|(?P<oclock>\b(?P<oc_h>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock)"
        rf"|(?P<named>{named})"
        rf"{zone}",
        re.IGNORECASE,
    )


_WORD_HOURS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_WORD_MINUTES = {"five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


def _hour24(h: int, mer: str | None) -> int:
    if not mer:
        return h
    pm = mer.lower().startswith("p")
    if h == 12:
        return 12 if pm else 0
    return h + 12 if pm else h


def extract(text: str, taken: Callable[[int, int], bool]) -> list[Found]:
    v = vocabulary()
    out = []
    for m in _pattern().finditer(text):
        g = m.group
        kind = next(k for k in ("past", "hm", "hmer", "mil", "oclock", "named") if g(k))
        start, end = m.start(), m.end()
        if taken(start, end):
            continue
        granularity = "minute"
        if kind == "hm":
            if g("m") is None and g("m2") is None:
                continue
            h, mi = int(g("h")), int(g("m") or g("m2"))
            h = _hour24(h, g("mer") or g("mer3"))
        elif kind == "hmer":
            h, mi = _hour24(int(g("h2")), g("mer4")), 0
            granularity = "hour"
        elif kind == "mil":
            h, mi = int(g("mil_h")), int(g("mil_m"))
        elif kind == "oclock":
            word = g("oc_h").lower()
            h, mi = (_WORD_HOURS[word] if word in _WORD_HOURS else int(word)), 0
            granularity = "hour"
        elif kind == "named":
            h, mi = map(int, v.named_times[g("named").lower()].split(":"))
        else:
            base = g("pm_h").lower()
            if base in v.named_times:
                h, mi = map(int, v.named_times[base].split(":"))
            else:
                hm = re.match(r"(\d{1,2})(?::(\d\d))?", base)
                h, mi = _hour24(int(hm.group(1)), g("mer2")), int(hm.group(2) or 0)
            n_text = g("pm_n").lower()
            n = int(n_text) if n_text.isdigit() else _WORD_MINUTES[n_text]
            total = h * 60 + mi + (n if g("pm_w").lower() in ("past", "after") else -n)
            h, mi = divmod(total % (24 * 60), 60)
        zone = g("zone")
        if zone:
            zone = " ".join(zone.split()).upper() if "local" not in zone.lower() else "local"
        else:
            end = m.end(kind)
        stated = f"{h:02d}:{mi:02d}"
        out.append(Found(start, end, Value.model_construct(
            kind="time", low=stated, high=stated, stated=stated, stated_unit=None, unit="time", qualifier="exact",
            granularity=granularity, counted=None, role=None, resolved=True, zone=zone, ordinal=False)))
    return out

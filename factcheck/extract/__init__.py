"""Extraction: every comparable value in an article, with the span it came from.

The passes run in ``PASSES`` order over the whole text; a later pass never
takes a span an earlier one took, so ``May 12, 2015`` is one date and not a
count of 12 and a year (except what a pass finds in ``OPEN``, whose numbers stay
the later passes'). Each pass tries its patterns only at the words that
can open them (one shared ``scan.Words`` per article), never at every character.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from operator import attrgetter

from factcheck.extract import ages, dates, durations, factors, names, quantities, quotes, tallies, times
from factcheck.extract.base import Found, statement_date

from factcheck.models import Article, Mention, Value, builder
from factcheck.scan import Words

# name -> pass(text, published, sentences, taken, words=None) -> [Found]; order is precedence.
# ``words`` is the text's ``scan.Words``, shared by the passes (built when not given).
PASSES = {
    "time": lambda text, pub, sents, taken, words=None: times.extract(text, taken, words),
    "date": dates.extract,
    # a game's score and a vote's split, "won 3-1", "ruled 7-2" (a split's span stays open: ``OPEN``)
    "tally": lambda text, pub, sents, taken, words=None: tallies.extract(text, taken, words),
    # a stage of life named by a word, "a teenager", "a 20-something man" (before the numbers: "20-" is no count)
    "life-stage": lambda text, pub, sents, taken, words=None: ages.life_stages(text, taken, words or Words(text)),
    # a growth told by a word, "cases doubled", "a fivefold increase" ("three times as many": the number pass)
    "factor": lambda text, pub, sents, taken, words=None: factors.extract(text, taken, words),
    "number": lambda text, pub, sents, taken, words=None: quantities.extract(text, sents, taken, words),
    "duration-words": lambda text, pub, sents, taken, words=None: durations.scan_articles(text, taken, words),
}


# Passes whose spans may overlap the others' (a quotation holds numbers and dates):
# name -> overlay(text, words=None) -> [Found].
OVERLAYS = {
    "name": names.extract,
    "quote": lambda text, words=None: quotes.extract(text),
}

# Counts a pass finds whose span it leaves open to the passes after it: a vote's split
# ("voted 55-45") is the pair, and its sides stay the counts pass's votes for and against.
OPEN = tallies.OPEN


class _Taken:
    """Spans already claimed, kept sorted so an overlap test is a bisection."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)
        # spans do not overlap each other, so only the one before `end` can reach `start`
        return i > 0 and self.spans[i - 1][1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.spans.insert(i, (start, end))


def extract_found(text: str, published, sentences: list[tuple[int, int]], words: Words | None = None) -> list[Found]:
    words = words or Words(text)
    taken = _Taken()
    found: list[Found] = []
    starts, spans = taken.starts, taken.spans
    for run in PASSES.values():
        for f in run(text, published, sentences, taken.overlaps, words):
            start, end = f.start, f.end
            # ``taken.overlaps`` and ``taken.add``, spelled out: two calls fewer per value found
            i = bisect_left(starts, end)
            if end > start and not (i > 0 and spans[i - 1][1] > start):
                if f.value.qualifier == "range" and f.value.kind == "time" and (days := times.range_days(text, f)):
                    # "from 8pm Friday to 6am Saturday": the days stay the date pass's, which resolves them
                    for lo, hi in zip((start, *(e for _, e in days)), (*(b for b, _ in days), end)):
                        if hi > lo:
                            taken.add(lo, hi)
                elif f.value.counted not in OPEN:
                    i = bisect_left(starts, start, 0, i)
                    starts.insert(i, start)
                    spans.insert(i, (start, end))
                found.append(f)
    # a percent change is a growth too ("rose 200%" is "tripled"): a factor on the percent's own span
    found.extend(factors.from_percent_changes(text, found))
    for run in OVERLAYS.values():
        found.extend(run(text, words))
    found.sort(key=_TEXT_ORDER)
    return _date_the_times(found, sentences, text) if any(f.value.kind == "time" for f in found) else found


_TEXT_ORDER = attrgetter("start", "end", "value.kind")


def _date_the_times(found: list[Found], sentences: list[tuple[int, int]], text: str) -> list[Found]:
    """``9:20 p.m. on Friday``: a time gets the day right next to it ("6 p.m. Friday",
    "6 p.m. on Friday", "Friday at 6 p.m."; the one after it first, as in "from 6 p.m.
    Friday to 6 a.m. Saturday"), else the day its sentence names when it names
    exactly one. A window of days ("in the coming few hours", "the past few days")
    names none: only one day or a stated range ("March 3-5", "over the weekend",
    from its first day). The day of a conversion in brackets is the conversion's:
    "at 11:30 p.m. local time (0330 GMT Sunday)" gives the local time no day, while
    "The meeting (on Sunday) starts at 9 a.m." is on Sunday. The day a statement was made
    ("began at 9:34 a.m. ..., the prosecutor said Monday") is no day of its sentence's times."""
    stated = statement_date()
    starts = [s for s, _ in sentences]
    days: dict[int, list[tuple[str, int]]] = {}  # sentence -> each day it names, with its bracket
    placed: list[tuple[int, int, str]] = []  # (start, end, day) of each day named, in text order
    times: dict[int, int] = {}  # start of a time -> its bracket
    for f in found:
        kind = f.value.kind
        if kind == "time":
            k = bisect_right(starts, f.start)
            times[f.start] = _bracket(text, starts[k - 1] if k else 0, f.start)
        elif (kind == "date" and f.value.granularity == "day" and f.value.resolved and isinstance(f.value.low, str)
                and (f.value.low == f.value.high or f.value.qualifier == "range")):
            k = bisect_right(starts, f.start)
            if not stated.search(text, max(0, f.start - 40), f.start):
                days.setdefault(k, []).append((f.value.low, _bracket(text, starts[k - 1] if k else 0, f.start)))
            placed.append((f.start, f.end, f.value.low))
    converting = set(times.values())  # the brackets that hold a time
    place_starts = [p[0] for p in placed]
    out = []
    for f in found:
        if f.value.kind == "time" and f.value.resolved:  # a live blog's stamp has no time to place
            day = _next_to(placed, place_starts, f.start, f.end)
            if f.value.qualifier == "range" and (i := bisect_left(place_starts, f.start)) < len(placed) \
                    and placed[i][1] <= f.end:
                day = placed[i][2]  # "from 8pm Friday to 6am Saturday": the first end's day
            if day is None:
                own = times[f.start]
                ds = {d for d, b in days.get(bisect_right(starts, f.start), ()) if b < 0 or b == own or b not in converting}
                day = next(iter(ds)) if len(ds) == 1 else None
            if day is not None:
                f = f._replace(value=f.value.model_copy(update={"low": _on_day(day, f.value.low),
                                                                "high": _on_day(day, f.value.high)}))
        out.append(f)
    return out


def _bracket(text: str, since: int, at: int) -> int:
    """Where the bracket that ``at`` stands in opens (after ``since``); -1 if none."""
    opened = text.rfind("(", since, at)
    return opened if opened > text.rfind(")", since, at) else -1


# How far a day may stand from a time and still be its own: " on " after it, ", at " before
_DAY_AFTER_GAP, _DAY_BEFORE_GAP = 4, 5


def _next_to(placed: list[tuple[int, int, str]], place_starts: list[int], start: int, end: int) -> str | None:
    """The day named right after a time, or else right before it, if one is."""
    i = bisect_left(place_starts, end)
    if i < len(placed) and placed[i][0] - end <= _DAY_AFTER_GAP:
        return placed[i][2]
    if i and 0 <= start - placed[i - 1][1] <= _DAY_BEFORE_GAP:
        return placed[i - 1][2]
    return None


def _on_day(day: str, clock: str) -> str:
    """``2015-05-08T23:00``; a time past midnight of a range ("11 p.m. to 1 a.m." ends
    at ``25:00``) falls on the next day: ``2015-05-09T01:00``."""
    hours = int(clock[:2])
    if hours < 24:
        return f"{day}T{clock}"
    if day.startswith("--"):  # a month and day without a year ("--11-13"): counted in a leap year
        next_day = dt.date.fromisoformat("2000" + day[1:]) + dt.timedelta(days=hours // 24)
        return f"--{next_day.month:02d}-{next_day.day:02d}T{hours % 24:02d}{clock[2:]}"
    next_day = dt.date.fromisoformat(day) + dt.timedelta(days=hours // 24)
    return f"{next_day.isoformat()}T{hours % 24:02d}{clock[2:]}"


def extract_mentions(article: Article, words: Words | None = None) -> list[Mention]:
    """All mentions in ``article``, in text order, each inside a sentence.

    ``words`` may pass the article's ``Words`` when the caller has them already.
    """
    text = article.text
    article_id = article.id
    line_starts = article.line_starts
    sentences = article.sentences  # (start, end) tuples already
    starts = [s for s, _ in sentences]
    mentions = []
    sentence_texts: dict[int, str] = {}  # sentence number -> its text, one string for all its mentions
    for start, end, value in extract_found(text, article.published, sentences, words):
        k = bisect_right(starts, start) - 1
        if k < 0:
            continue  # before the body (front matter)
        s0, s1 = sentences[k]
        if end <= s1:
            sentence = sentence_texts.get(k)
            if sentence is None:
                sentence = sentence_texts[k] = text[s0:s1]
        elif start >= s1:
            continue  # outside the body (blank space after a sentence)
        else:
            sentence = text[s0:end]  # a mention that runs past its sentence's end takes the rest along
        line = bisect_right(line_starts, start)  # as text.position does, without the call
        # ``trusted(Mention, ...)``, its fields spelled out in its order, built here rather than by a
        # helper: a call per mention
        mentions.append(build_mention({"article": article_id, "kind": value.kind, "text": text[start:end],
                                       "start": start, "end": end, "line": line,
                                       "column": start - line_starts[line - 1] + 1, "sentence": sentence,
                                       "sentence_index": k, "value": value}))
    return mentions


build_mention = builder(Mention)


__all__ = ["PASSES", "extract_mentions", "extract_found", "Found", "Value"]

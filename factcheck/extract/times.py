"""Times of day: ``9:20 p.m.``, ``21:20``, ``12.30am``, ``9pm``, ``seven p.m.``, ``noon``,
``20 minutes past midnight``, ``half past ten``, with a stated zone (``20:00
GMT``, ``0546 GMT``, ``20.00 GMT``, ``2:46 p.m. local time``, ``9 p.m. (GMT)``), a day part
(``10:30 in the evening``, ``at 7 in the morning``), and ranges (``from 10am to
4pm``, ``between 2 and 4 p.m.``, ``9-11 a.m.``, ``9am-5pm``) as one value from
the first time to the second (on the next day when the second comes first:
``11 p.m. to 1 a.m.`` is 23:00 to 25:00). Parts of the day named without a clock
are intervals of hours (``at dawn``, ``overnight``, ``Tuesday evening``, ``early
Tuesday``, ``the night of 13 November``, ``in the late afternoon``, ``through the night``,
``mid-morning``: calendar.yaml ``day_periods``). A 24-hour clock before "hours" (``at 2100
hours``, ``0900 hrs``) and an hour with its minutes in words (``at seven fifteen``) are times.

A bare number is never a time: ``4.30`` needs a meridiem or a zone (``4.30pm``)
or "at" before it and no unit after it (``at 10.30``, not ``at 10.30 euros``),
four digits need a zone or "hours" (``0546 GMT``, ``at 2100 hours``), an hour before a day part needs "at" or a
hedge before it (``at 7 in the morning``), and ``20 minutes after 9`` needs a clock
hour after "after" (``after 9 p.m.``), so scores, amounts and counts stay theirs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from factcheck import pattern_cache
from factcheck.extract.base import Found, data_words, trie
from factcheck.extract.dates import _SEPARATORS, LINE_BREAK, _day_part_goes_on, _standalone, held
from factcheck.extract.numbers import clean, parse_number_words
from factcheck.models import Value, trusted
from factcheck.scan import Words, first_words, words_of
from factcheck.vocab import alternation, fold, longest_first, vocabulary


def _meridiem(name: str) -> str:
    forms = longest_first(vocabulary().meridiem)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s?") for f in forms)
    return rf"(?P<{name}>{body})(?![A-Za-z])"


def _word_meridiem(name: str) -> str:
    """A meridiem after an hour in words ("seven a.m.", "eleven pm"): as written in
    lower case, or dotted in capitals; "two PM" is as often a prime minister."""
    forms = longest_first(f for form in vocabulary().meridiem for f in (form, form.upper()) if f.islower() or "." in f)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s?") for f in forms)
    return rf"(?-i:(?P<{name}>{body}))(?![A-Za-z])"


def _zones() -> tuple[str, str]:
    """(all zones, the abbreviations alone). Abbreviations match in upper case only:
    "SGT" is a zone, "Sgt." a rank."""
    v = vocabulary()
    upper = [z for z in v.zones if z.isupper()]
    phrases = [z for z in v.zones if not z.isupper()]
    # an offset is of at most 14 hours: "15:00 GMT - 18:00 GMT" is a range, not GMT-18
    abbreviations = rf"(?-i:{alternation(upper)})(?:\s?[+-]\s?(?:1[0-4]|0?\d)(?::?[0-5]\d)?(?![\d:]))?"
    return rf"(?:{abbreviations}|{alternation(phrases)}|{_alone_zones()})", abbreviations


@lru_cache(maxsize=1)
def _zone_after_day() -> re.Pattern:
    """A zone's phrase set off by a comma after the time's day: "at 12:42am on Thursday, UAE time",
    "at 6 a.m. on 14 March, local time" (a phrase, never an abbreviation alone)."""
    phrases = [z for z in vocabulary().zones if not z.isupper() and " " in z]
    return pattern_cache.compile(
        r"[ \t]+on[ \t]+(?:(?:[A-Z][a-z]+\.?,?[ \t]+)?(?:[A-Z][a-z]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?"
        r"[ \t]+[A-Z][a-z]+)|[A-Z][a-z]+),[ \t]*"
        rf"(?P<z>(?i:{alternation(phrases)}))(?=[ \t]*(?:[,;)]|\.(?!\w)|$))")


@lru_cache(maxsize=1)
def _alone_zones() -> str:
    """A zone's word alone after a time (calendar.yaml ``zones_alone``): "9 p.m. Eastern",
    "2 p.m. local (0600 GMT)". Capitalized as written, and not before a capitalized word
    ("10 a.m. Central Park"); "local" only before a bracket or a clause's end ("7 a.m. local
    residents" is none)."""
    words = _zone_phrases()
    named = [w for w in words if w[:1].isupper()]
    plain = [w for w in words if not w[:1].isupper()]
    out = [rf"(?-i:{alternation(named)})(?![\w-]|[ \t]+(?-i:[A-Z]))"] if named else []
    if plain:
        out.append(rf"(?-i:{alternation(plain)})(?=[ \t]*(?:[(),;:]|\.(?!\w)|$))")
    return "|".join(out) or "(?!)"


@lru_cache(maxsize=2)
def _pattern(at_digit: bool) -> re.Pattern:
    """A time, at a place ``_starts`` offers with a digit (or not): ``_opens``,
    then only the alternatives of ``_time`` that open so. Where the text has a
    digit no alternative opening with a word can match, and failing each of
    them in turn was most of what a number cost."""
    return pattern_cache.compile(_opens(at_digit) + _time(digits=at_digit, words=not at_digit), re.IGNORECASE)


@lru_cache(maxsize=1)
def _clock_pattern() -> re.Pattern:
    """A time, whatever it opens with, wherever it is tried."""
    return pattern_cache.compile(_time(digits=True, words=True), re.IGNORECASE)


# The kinds of time each pattern holds, in pattern order (``_pattern(True)``, ``_pattern(False)``)
_KINDS = {True: ("past", "hm", "race", "atdot", "hmer", "mil", "oclock", "atpart", "named"),
          False: ("past", "oclock", "wmer", "wclock", "atpart", "named", "period")}


def _word_tree(words) -> str:
    """One of ``words`` (single words) as a whole word: ``vocab.alternation``'s
    match, as a prefix tree. The engine tries an alternation's branches one by
    one; a word tried against the twenty number words failed twenty times."""
    return rf"\b{trie(words)}\b"


def _time(digits: bool, words: bool) -> str:
    """The time pattern, with the alternatives that open with a digit, those that
    open with a word, or both (no place of a text opens both)."""
    v = vocabulary()
    zone, abbreviations = _zones()
    named = _word_tree(v.named_times)
    hour_words = _word_tree(w for w, n in v.number_units.items() if 1 <= n <= 12)
    minute_words = (rf"(?:{_word_tree(v.number_tens)}(?:[-\s]{_word_tree(w for w, n in v.number_units.items() if 1 <= n <= 9)})?"
                    rf"|{_word_tree(w for w, n in v.number_units.items() if 1 <= n <= 19)})")
    oclock = r"\s+o['’]clock\b"

    def opening(digit: str, word: str) -> str:
        """The alternatives a time can open with, the ones asked for."""
        return "|".join(p for p, asked in ((digit, digits), (word, words)) if asked)

    # an hour that reads as a clock time on its own
    def clock(i: int) -> str:
        return (rf"(?:{named}|\d{{1,2}}:[0-5]\d(?:\s*{_meridiem(f'mc{i}')})?|\d{{1,2}}\s*{_meridiem(f'md{i}')}"
                rf"|(?:\d{{1,2}}|{hour_words}){oclock}|{hour_words}[ \t]*{_word_meridiem(f'mw{i}')})")
    # after "past" or "to" a bare hour is a clock hour too ("ten past nine"), but not before
    # a unit of time: "from 30 minutes to 2 hours" is a range of durations
    not_a_span = rf"(?![ \t]+{_word_tree(v.duration_units)}\b)"

    def loose(i: int) -> str:
        return rf"(?:{clock(i)}|(?:1[0-2]|0?[1-9]|{hour_words})(?!\w|[:.,]\d|\s*%){not_a_span})"
    minutes = "(?:" + opening(r"\d{1,2}", minute_words) + r")\s+minutes?"
    quarter = opening(r"\d{1,2}", rf"(?:a\s+)?quarter|half|{minute_words}")
    hour = opening(r"1[0-2]|[1-9]", hour_words)
    twelve = r"(?:\b12\s+)?" if digits and words else r"\b12\s+" if digits else ""
    kinds = [
        rf"(?P<past>\b(?:(?P<pa_n>{minutes})\s+(?:(?P<pa_w>past|to)\s+(?P<pa_h>{loose(1)})|(?P<pa_w2>after|before)\s+(?P<pa_h2>{clock(2)}))"
        rf"|(?P<pa_q>{quarter})\s+(?P<pa_w3>past|to)\s+(?P<pa_h3>{loose(3)})))",
    ]
    if digits:  # the kinds that open with digits only
        # "4.30" is a time only with a meridiem or a zone after it ("4.30pm", "20.00 GMT")
        kinds += [
            rf"(?P<hm>(?<![\w.:,])(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d)(?::(?P<sec>[0-5]\d))?(?!\d|[:.,]\d)(?:\s*{_meridiem('mer')})?"
            rf"|\.(?P<m2>[0-5]\d)(?:\s*{_meridiem('mer3')}|{_zone_ahead()})))",
            # "in 3:58.21", "in 26:43": minutes and seconds a clock never shows (hundredths, or
            # minutes past 23) are a time taken, where a word of racing stands before them (``_elapsed_before``)
            r"(?P<race>(?<![\w.:,])(?:(?:(?P<rc_h>\d):)?(?P<rc_m>[0-5]?\d):(?P<rc_s>[0-5]\d)\.(?P<rc_f>\d{1,3})"
            r"|(?P<rc_m2>2[4-9]|[3-5]\d):(?P<rc_s2>[0-5]\d))(?!\d|[:.,]\d))",
            # "at 10.30": after "at", hours and minutes with a dot are a time (British style)
            # unless an amount's unit follows ("at 10.30 per cent", "at 10.30 euros")
            # (or "at about 10.30", or before a part of the day: "about 4.30 in the morning", ``_dotted_clock``)
            rf"(?P<atdot>(?:{_at_behind()}|(?<![\w.:,])(?=\d{{1,2}}\.[0-5]\d{_day_part().pattern}))"
            rf"(?P<ad_h>[01]\d|2[0-3]|[1-9])\.(?P<ad_m>[0-5]\d)(?!\d|[.,:]\d))",
            rf"(?P<hmer>(?<![\w.:,])(?P<h2>1[0-2]|0?[1-9])\s*{_meridiem('mer4')})",
            # "0546 GMT"; "2100 hours", "0900 hrs" (``_military`` asks for a leading zero or "at" before)
            rf"(?P<mil>(?<![\w.:,])(?P<mil_h>[01]\d|2[0-3])(?P<mil_m>[0-5]\d)(?:{_zone_ahead()}|(?P<mil_hrs>{_clock_hours()})))",
        ]
    # a bare hour before a day part, after "at" or a hedge: "at 7 in the morning", "around
    # four in the afternoon" ("the 2 in the morning shift" is no time)
    at = "|".join([*(rf"(?<=\b{w}\s)" for w in _at_words()), *_range_second_before()])
    day_part = alternation(v.day_parts)
    named_part = _day_and_part()[0].replace("(?P<dp>", "(?:")
    # "eight o'clock p.m.": the meridiem after o'clock still tells the half of the day
    kinds += [rf"(?P<oclock>\b(?P<oc_h>{hour}){oclock}(?:[ \t]*{_word_meridiem('mer6')})?)",
              # "seven p.m.", "seven thirty p.m.": an hour in words, minutes in words or not
              *([rf"(?P<wmer>\b(?P<wm_h>{hour_words})(?:[ \t]+(?P<wm_m>{minute_words}))?[ \t]*{_word_meridiem('mer5')})"]
                if words else []),
              # "at seven fifteen", "at eleven thirty at night", "at nine oh five": after "at" (or
              # a hedge), an hour and its minutes in words with no meridiem, where the clause goes on
              *([rf"(?P<wclock>(?:{_at_named_words()})(?P<wc_h>{hour_words})[ \t]+(?P<wc_m>{_clock_minutes()})(?![\w-]){not_a_span}"
                 rf"(?=[ \t]+{day_part}|[ \t]+(?:on[ \t]+)?{named_part}|{_standalone()[0]}))"] if words else []),
              rf"(?P<atpart>(?:(?:{at})(?=(?:{hour})[ \t]+{day_part})|(?:{_at_named_words()})"
              rf"(?=(?:{hour})[ \t]+(?:on[ \t]+)?{named_part}))(?P<ap_h>{hour})(?=[ \t])"
              # "on Friday evening at 9, ...": a bare hour after a part of the day and "at",
              # where the clause goes on (``_half_of_named_day`` asks for the day before it)
              + (rf"|{_part_at()}(?P<ap_hb>1[0-2]|[1-9])(?!\w|[:.,]\d){_standalone()[0]}" if digits else "") + ")",
              rf"(?P<named>{twelve}(?P<nm>{named}))"]
    if words:
        kinds.append(_period())
    return "(?:" + "|".join(kinds) + rf")(?:[ \t]*\([ \t]*(?P<zone_p>{zone})[ \t]*\)|[ \t]*(?P<zone>{zone}))?"


@lru_cache(maxsize=1)
def _clock_minutes() -> str:
    """The minutes of a clock read in words after its hour: ten to nineteen, twenty to fifty
    and a unit ("forty-five"), or "oh" and a unit ("nine oh five"); not a unit alone
    ("at seven five" is no time)."""
    v = vocabulary()
    units = _word_tree(w for w, n in v.number_units.items() if 1 <= n <= 9)
    teens = _word_tree(w for w, n in v.number_units.items() if 10 <= n <= 19)
    tens = _word_tree(w for w, n in v.number_tens.items() if 20 <= n <= 50)
    return rf"(?:{tens}(?:[-\s]{units})?|{teens}|oh[ \t]+{units})"


def _period() -> str:
    """A part of the day named without a clock ("at dawn", "in the early hours",
    "overnight", "Tuesday evening"), calendar.yaml ``day_periods`` and
    ``day_periods_after_day``: "at" or "in the" before it, a weekday or "yesterday"
    before it (its day is then the sentence's, see ``extract._date_the_times``),
    or for "overnight" the clause going on after it ("an overnight stay" is none)."""
    v = vocabulary()
    periods = v.day_periods
    days = [d.capitalize() for d in v.weekdays if len(d) > 3]
    weekday = rf"(?-i:{trie(days)})"
    parts = trie(v.day_periods_after_day)  # "morning", "night"
    cues = data_words("calendar.yaml", "day_part_cues")
    the = "|".join(rf"(?<=\b{w}\sthe\s)" for w in cues)  # "in the", "through the"
    overnight = [p for p in periods if p == "overnight"]
    # "in the small hours", "in the late afternoon"
    early = [p for p in periods if p.startswith(("early ", "late ", "small ")) or p.endswith(" hours")]
    at = [p for p in periods if p not in overnight and p not in early]
    # "at dawn", "just after dawn", "before sunset", "until nightfall", "by first light"
    bounds = data_words("calendar.yaml", "period_bounds")
    after = "|".join(rf"(?<=\b{w}\s)" for w in [*_at_words(), *bounds])
    out = [rf"(?:{after})(?-i:{trie(at)})\b"] if at else []
    if v.day_periods_before_day:
        # (a group of its own: "overnight Tuesday" spans other hours than "overnight" alone)
        before = rf"(?-i:{trie(v.day_periods_before_day)})(?=[ \t]+(?:on[ \t]+)?{weekday}\b)"
        # "Early Tuesday, rebels struck": capitalized too, as a sentence opens with it; not
        # before a name ("Late Tuesday Night Show")
        capitalized = [p.capitalize() for p in v.day_periods_before_day]
        # first: "overnight into Wednesday" is that, not "overnight" going on with "into"
        out.insert(0, rf"(?P<period_bd>{before}|(?-i:{trie(capitalized)})(?=[ \t]+(?:on[ \t]+)?{weekday}\b(?![ \t]+(?-i:[A-Z]))))")
    if early:
        # "in the early hours", "into the small hours", "through the late afternoon", "by late afternoon"
        bound = "|".join(rf"(?<=\b{w}\s)" for w in bounds)
        out.append(rf"(?:{the}|{bound})(?-i:{trie(early)})\b")
    out.extend(_part_alone(cues, the, parts, weekday))
    if overnight:
        out.append(rf"(?-i:overnight)\b{_day_part_goes_on()}")
    if v.day_periods_after_day:
        # "Tuesday evening", "yesterday morning", "tomorrow night"
        relative = [d for d, n in v.relative_days.items() if n and " " not in d]
        after_day = "|".join(rf"(?<=\b{d}\s)" for d in sorted([*days, *relative, *(d.capitalize() for d in relative)]))
        # "Friday night's attack" too; not "the Monday night game"
        out.append(rf"(?:{after_day})(?-i:{parts})\b(?:(?=['’]s\b)|{_day_part_goes_on()})")
        # "the night of 13 November", "the morning of May 3": a date right after "of"
        names = [f.capitalize() for f in [*v.weekdays, *v.months] if len(f) > 2]
        out.append(rf"(?<=\bthe\s)(?-i:{parts})(?=[ \t]+of[ \t]+(?:\d|(?-i:{trie(names)})\b))")
    return rf"(?P<period>{'|'.join(out)})"


def _part_alone(cues: list[str], the: str, parts: str, weekday: str) -> list[str]:
    """A part of the day with no day named before it (``day_periods_after_day``), after one of
    calendar.yaml ``day_part_cues`` and "the" ("in the afternoon", "through the night"), or
    "early in the"/"late in the" (groups ``pe_w``, ``pe_p``); or one word made of a part
    ("mid-morning", ``day_periods_before_day``). Only where the clause goes on after it, or
    before a weekday: "in the evening news", "In the afternoon heat", "a mid-morning break"
    name no time. Not after a bare number ("rose to 9 in the morning"): that hour, unread,
    may be the time. ``_period`` gives the pieces it builds for itself too: ``the``, the
    cues with "the" after them as lookbehinds; ``parts``, the parts' names; ``weekday``."""
    v = vocabulary()
    bare = rf"(?-i:{parts})(?![\w-])"
    goes_on = rf"(?:{_day_part_goes_on()}|(?=[ \t]+{weekday}\b))"
    no_number = "".join(rf"(?<!\d\s{w}\sthe\s)" for w in cues)
    after_day = tuple(v.day_periods_after_day)
    mids = [p for p in v.day_periods_before_day if " " not in p and p not in after_day and p.endswith(after_day)]
    out = [rf"(?:{the}){no_number}{bare}{goes_on}",
           rf"(?-i:(?P<pe_w>[Ee]arly|[Ll]ate))[ \t]+in[ \t]+the[ \t]+(?P<pe_p>{bare}){goes_on}"]
    if mids:
        out.append(rf"(?-i:{trie([*mids, *(m.capitalize() for m in mids)])})(?![\w-]){goes_on}")
    return out


@lru_cache(maxsize=1)
def _day_and_part() -> tuple[str, dict[str, str]]:
    """(a day and a part of it, as a pattern with the part's word as group ``dp``:
    "Saturday night", "yesterday evening", "last night"; each part's half of the day).
    A part's half is that of the day part in calendar.yaml ``day_parts`` that ends in
    its word ("in the evening": pm), for the parts ``day_periods_after_day`` names."""
    v = vocabulary()
    halves = {form.split()[-1]: half for form, half in v.day_parts.items()}
    halves = {word: halves[word] for word in v.day_periods_after_day if word in halves}
    days = [d.capitalize() for d in v.weekdays if len(d) > 3]
    # "yesterday evening", "tomorrow night", "last night", "the next morning"
    relative = [w for w in [*v.relative_days, *v.relative_shift] if " " not in w]
    day = rf"(?:(?-i:{trie(days)})|{trie(relative)})"
    # a part that is a day of its own, one word ("tonight at 8 o'clock")
    whole = {w: half for w, half in v.day_parts.items() if " " not in w and w in v.relative_days}
    alone = rf"|(?=(?:{trie(whole)})\b)" if whole else ""
    return rf"\b(?:{day}[ \t]+{alone})(?P<dp>{trie({**halves, **whole})})\b", {**halves, **whole}


def _part_at() -> str:
    """Right after a part of a day and "at" ("evening at "): one lookbehind of one width,
    on the last three letters of each part (the day before it is asked after,
    ``_half_of_named_day``). Tried at every number (``_opens``), it is kept to this one:
    "evening at about 9" with a hedge between would take a lookbehind for each hedge."""
    endings = "|".join(sorted({re.escape(word[-3:]) for word in _day_and_part()[1]}))
    return rf"(?<=(?:{endings})\sat\s)"


@lru_cache(maxsize=1)
def _named_day_part() -> tuple[re.Pattern, re.Pattern]:
    """(a day and its part right after a clock time: "10 o'clock on Saturday night",
    "at 9 Friday evening"; right before it: "Saturday night at 10 o'clock", "on Friday
    evening at about 9:30"). The day stays the date pass's; the part tells the half."""
    pattern, _ = _day_and_part()
    hedges = alternation(vocabulary().time_hedges)
    after = pattern_cache.compile(rf"[ \t]+(?:on[ \t]+)?{pattern}", re.IGNORECASE)
    # "at" and perhaps a hedge ("at about 9:30"), or a hedge and perhaps "at" ("shortly after 10", "around at 10")
    before = pattern_cache.compile(rf"{pattern},?[ \t]+(?:{_at_hedge()}|{hedges}[ \t]+(?:at[ \t]+)?)?\Z", re.IGNORECASE)
    return after, before


@lru_cache(maxsize=1)
def _at_forms() -> tuple[str, ...]:
    """"at", and "at" with each hedge (calendar.yaml ``time_hedges``: "at about", "at shortly after"): what
    opens a clock time right before it. Read as a pattern (``_at_hedge``) or as look-behinds (``_at_behind``)."""
    return ("at", *(f"at {h}" for h in vocabulary().time_hedges))


@lru_cache(maxsize=1)
def _at_hedge() -> str:
    """``_at_forms`` as a pattern ending at the blanks after them, right where the time starts: "at ", "at about "."""
    return rf"(?:{trie(_at_forms())})\s+"


def _behind(forms) -> str:
    """Look-behinds for each of ``forms`` and a blank right before, one for each form, as a look-behind has one
    width; a form's words stand a blank apart."""
    return "|".join(r"(?<=\b" + r"\s".join(map(re.escape, f.split())) + r"\s)" for f in forms)


@lru_cache(maxsize=1)
def _at_behind() -> str:
    """``_at_forms`` as look-behinds: "at" (or "at about") right before, and no verb of a level before it
    ("stood at 10.30", calendar.yaml ``clock_not_after``): the one place a dotted number alone is read as a clock
    time."""
    return _behind(_at_forms())


@lru_cache(maxsize=1)
def _day_after() -> re.Pattern:
    """A day named right after a time: "midnight Sunday", "midnight on May 3"."""
    v = vocabulary()
    days = [d.capitalize() for d in v.weekdays if len(d) > 3]
    months = [m.capitalize() for m in v.months if len(m) > 2]
    return pattern_cache.compile(rf"[ \t]+(?:on[ \t]+)?(?:{trie(days)}\b|(?:{trie(months)})\.?[ \t]+\d)")


@lru_cache(maxsize=1)
def _day_before() -> re.Pattern:
    """A weekday right before a time: "Sunday at midnight", "Sunday midnight"."""
    days = [d.capitalize() for d in vocabulary().weekdays if len(d) > 3]
    return pattern_cache.compile(rf"\b{trie(days)},?[ \t]+(?:at[ \t]+)?\Z")


@lru_cache(maxsize=1)
def _amount_after() -> re.Pattern:
    """What after "at 10.30" makes it an amount: a unit, a currency, a percent or a
    scale word ("at 10.30 per cent", "at 10.30 million"), or a word of a rate
    (calendar.yaml ``clock_not_before``: "at 10.30 a share"). Its own pattern, tried
    only where such a time was found: in the time pattern, these hundreds of words
    would be compiled in every run."""
    v = vocabulary()
    words = {*v.measure_units, *v.currency_words, *v.percent_forms, *v.scales, *v.scale_abbreviations,
             *(c.lower() for c in v.currency_codes), *v.clock_not_before}
    symbols = "".join(re.escape(c) for c in sorted(v.currency_symbols) if len(c) == 1)
    return pattern_cache.compile(rf"[ \t]*(?:[%{symbols}]|{trie(w.lower() for w in words if w.strip())}(?!\w))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _elapsed_before() -> re.Pattern:
    """A word before hours, minutes and seconds that makes them a time taken, not a clock's
    ("won in 2:03:17", "a time of 2:17:05"; calendar.yaml ``elapsed_before``)."""
    return pattern_cache.compile(rf"\b{trie(data_words('calendar.yaml', 'elapsed_before'))}[ \t]+\Z", re.IGNORECASE)


def _elapsed(start: int, end: int, h: int, m: int, s: float) -> Found:
    """A race's or a record's time as a duration, in seconds, stated in hours."""
    total = clean(h * 3600 + m * 60 + s)
    return Found(start, end, trusted(Value,
        kind="duration", low=total, high=total, stated=clean(total / 3600), stated_unit="hour", unit="second",
        qualifier="exact", granularity=None, counted=None, role=None, resolved=True, zone=None, ordinal=False))


@lru_cache(maxsize=1)
def _level_verbs() -> re.Pattern:
    """A verb of a level or a price right before "at" ("stood at 10.30"): a dotted number
    after it is an amount (calendar.yaml ``clock_not_after``)."""
    # "stood at about 10.30"
    return pattern_cache.compile(rf"\b{trie(vocabulary().clock_not_after)}[ \t]+{_at_hedge()}\Z", re.IGNORECASE)


def _at_named_words() -> str:
    """Lookbehinds for a bare hour before a named day's part ("at 10 on Saturday night"):
    "at", "at" and a hedge ("at about 10 last night"), or a hedge of more than one word
    ("shortly after 10 on Saturday night"). A one-word hedge alone is a count's: "Police
    arrested about 10 last night"."""
    more = sorted((h for h in vocabulary().time_hedges if " " in h), key=lambda h: (-len(h), h))
    return _behind([*(f for f in _at_forms() if f.count(" ") < 2), *more])


# besides "at" and the hedges' last words, the words that bound a span at a part of the day


def _at_words() -> list[str]:
    """The words a bare hour before a day part is a time after: "at" and the last word
    of each hedge ("around 4 in the afternoon", "shortly after 10 on Saturday night")."""
    return ["at", *sorted({w.split()[-1] for w in vocabulary().time_hedges} - {"at"})]


def _range_second_before() -> list[str]:
    """Lookbehinds for a bare hour before a day part that ends a range or a span: "until 10
    at night", "from 7 to 9 in the morning", "between 2 and 4 in the afternoon" (the first
    end, a bare hour in digits, joins it in ``_ranges``)."""
    from factcheck.vocab import data_file

    pairs = data_file("calendar.yaml").get("hour_range_joiners", {}).items()
    return [*(rf"(?<=\b{re.escape(w)}\s)" for w in data_words("calendar.yaml", "hour_span_ends")),
            *(rf"(?<=\b{re.escape(o)}\s{d}\s{re.escape(j)}\s)" for o, j in pairs for d in (r"\d", r"\d\d"))]


def _clock_hours() -> str:
    """"hours" or "hrs" after a 24-hour clock's four digits (calendar.yaml ``clock_hours``)."""
    return rf"[ \t]+{trie(data_words('calendar.yaml', 'clock_hours'))}\b"


@lru_cache(maxsize=1)
def _military_cue() -> re.Pattern:
    """What before four digits and "hours" makes them a clock time without a leading zero:
    "at" or one of calendar.yaml ``period_bounds`` ("at 2100 hours", "by 1800 hours"), or
    the first end of a range on the same clock ("from 0600 to 1800 hours")."""
    words = ["at", *data_words("calendar.yaml", "period_bounds")]
    return pattern_cache.compile(rf"(?:\b{trie(words)}|{_OPENERS}[ \t]+(?:[01]\d|2[0-3])[0-5]\d[ \t]*{_JOINERS})[ \t]+\Z",
                                 re.IGNORECASE)


@lru_cache(maxsize=1)
def _hours_counted() -> re.Pattern:
    """After "1200 hours", what makes them hours counted: "of" ("hours of work") or a word of
    a rate (calendar.yaml ``clock_not_before``: "1200 hours a year")."""
    return pattern_cache.compile(rf"[ \t]+(?:of|{trie(vocabulary().clock_not_before)})\b", re.IGNORECASE)


def _military(text: str, start: int, end: int, hour: str) -> bool:
    """Whether "2100 hours" at ``start`` is a clock time: a leading zero ("0900 hrs") or a
    clock's cue before it, and no sign of hours counted after it. A verb of a level before
    "at" is no sign here ("was at 2100 hours", "set at 1800 hours": the time; "capped at
    1200 hours a year" has its rate)."""
    if _hours_counted().match(text, end):
        return False
    return hour.startswith("0") or _military_cue().search(text, max(0, start - 24), start) is not None


def _zone_ahead() -> str:
    """A stated zone next, in brackets or not, not taken: what makes "0546" or
    "20.00" a time ("0546 GMT", "20.00 (GMT)", "20.00 local time")."""
    _, abbreviations = _zones()
    return rf"(?=[ \t]*\(?(?:{abbreviations}|local\s+time|{_alone_zones()}))"


@lru_cache(maxsize=1)
def _triggers() -> tuple[frozenset[str], re.Pattern, dict[str, frozenset[str]]]:
    """Where a time can start: a digit, a named time, or a number word or "half"
    or "a quarter" before "minutes", "past", "to" or "o'clock". The full pattern
    is tried only there (see ``_starts``)."""
    v = vocabulary()
    named_part = _day_and_part()[0].replace("(?P<dp>", "(?:")
    # "nine o'clock", "nine in the evening", "nine on Friday evening"
    clocky = (rf"\b(?i:(?=[\s-]+(?:[a-z]+[\s-]+)?(?:minutes?|past|to|o['’]clock|{alternation(v.day_parts)})\b"
              rf"|[ \t]+(?:on[ \t]+)?{named_part}"
              r"|(?:[\s-]+[a-z]+){0,2}[ \t]*[ap]\.?[ \t]?m\b))")  # "seven a.m.", "seven thirty pm"
    follows = {w: clocky for w, n in v.number_units.items() if 1 <= n <= 59}
    follows.update({w: clocky for w in v.number_tens})
    # "seven fifteen", "nine oh five": an hour and its minutes in words (``_clock_minutes``)
    minutes = rf"(?:{clocky}|\b(?i:(?=[ \t]+{_clock_minutes()})))"
    follows.update({w: minutes for w, n in v.number_units.items() if 1 <= n <= 12})
    follows.update({w: r"\b" for w in v.named_times})
    follows.update({"half": clocky, "quarter": clocky, "a": r"\s+quarter\b"})
    cased = {form: after for w, after in follows.items() for form in (w, w.capitalize(), w.upper())}
    keys = frozenset(first_words([*cased, *v.number_units, *v.number_tens]))
    # One tree of the forms for each thing that must follow them, that thing written
    # once after it rather than after every form: the same test, a tenth the size to compile.
    by_after: dict[str, list[str]] = {}
    for form, after in cased.items():
        by_after.setdefault(after, []).append(form)
    tests = "|".join(trie(forms) + after for after, forms in by_after.items())
    return keys, pattern_cache.compile(rf"\d|{tests}"), {"a": frozenset({"quarter"})}


@lru_cache(maxsize=1)
def _day_part() -> re.Pattern:
    """A day part right after a clock time: "10:30 in the evening" (data/calendar.yaml ``day_parts``)."""
    return pattern_cache.compile(rf"[ \t]+({alternation(vocabulary().day_parts)})", re.IGNORECASE)


def _dotted_clock(text: str, start: int, end: int) -> bool:
    """Whether hours and minutes with a dot are a clock time: "at" right before ("at 10.30"), or "at" and a
    hedge ("at about 10.30"), or a hedge before and a part of the day right after it, where the clause ends
    ("about 4.30 in the morning"; "rose 4.30 in the morning" is a price's move)."""
    if _at_before(text, start):
        return True
    return (_hedge_before().search(text, max(0, start - 24), start) is not None
            and (p := _day_part().match(text, end)) is not None and _CLAUSE_ENDS.match(text, p.end()) is not None)


_CLAUSE_ENDS = pattern_cache.compile(r"[ \t]*(?:[,;:!?)—–]|\.(?!\d)|$)")


def _at_before(text: str, start: int) -> bool:
    """"at" (perhaps with a hedge, "at about") right before ``start`` (``_at_hedge``)."""
    return _at_hedge_before().search(text, max(0, start - 24), start) is not None


@lru_cache(maxsize=1)
def _at_hedge_before() -> re.Pattern:
    return pattern_cache.compile(rf"(?<![\w'’-]){_at_hedge()}\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _hedge_before() -> re.Pattern:
    """A hedge word right before a time: "around 2am", "shortly after 4 a.m."."""
    return pattern_cache.compile(rf"({alternation(vocabulary().time_hedges)})[ \t]+(?:at[ \t]+)?\Z", re.IGNORECASE)


def _hedged(minutes: int, hedge: str, round_: bool) -> tuple[str, str, str]:
    """(qualifier, low, high) of a hedged time, kept inside its day: "just before
    midnight" ends at 23:59, not at the 00:00 the day opens with. A time stated to
    an odd minute ("about 2:46 p.m.") is hedged by a third of the span of a round
    one ("about 2 p.m.", "around 10:30")."""
    qualifier, before, after = vocabulary().time_hedges[hedge]
    if not round_:
        before, after = before // 3, after // 3
    if minutes == 0 and after == 0:
        minutes = 24 * 60 - 1
    lo, hi = max(0, minutes - before), min(24 * 60 - 1, minutes + after)
    return qualifier, f"{lo // 60:02d}:{lo % 60:02d}", f"{hi // 60:02d}:{hi % 60:02d}"


def _with_day_part(h: int, part: str) -> int:
    """The hour in the part of the day named: 10 in the evening is 22; at night,
    11 is 23, 12 is 0 and 2 is 2; 12 in the morning is 0."""
    if h > 12:
        return h  # a 24-hour clock says it already
    if part == "pm":
        return h + 12 if h < 12 else h
    if part == "night":
        return h + 12 if 6 <= h < 12 else (0 if h == 12 else h)
    return 0 if h == 12 else h


def _half_of_named_day(text: str, start: int, end: int, h: int) -> int | None:
    """The hour in the part of a day named next to the time ("10 o'clock on Saturday
    night": 22; "Friday evening at 9": 21), or None where none is. The small hours of a
    night are the next day's, as a night's hours run past 24 (``day_periods_after_day``):
    "at 12 on Saturday night" is Saturday's end, as "midnight Saturday"."""
    after, before = _named_day_part()
    m = after.match(text, end) or before.search(text, max(0, start - _NAMED_PART_REACH), start)
    if m is None:
        return None
    half = _day_and_part()[1][fold(m.group("dp"))]  # "mornıng" under an ignore-case pattern
    h = _with_day_part(h, half)
    return h + 24 if half == "night" and h < 6 else h


# The most a day, its part and "at about" before a time can span ("Wednesday afternoon, at approximately ")
_NAMED_PART_REACH = 48


def _hour24(h: int, mer: str | None) -> int:
    if not mer or h > 12:
        return h
    pm = mer.lower().startswith("p")
    if h == 12:
        return 12 if pm else 0
    return h + 12 if pm else h


_CLOCK = pattern_cache.compile(r"(\d{1,2})(?::(\d\d))?\s*([ap])?", re.IGNORECASE)
_WORD_CLOCK = pattern_cache.compile(r"([a-z]+)[ \t]*(?:([ap])\.?[ \t]?m\b)?")  # "seven", "seven p.m." (lower case)


def _clock(text: str) -> tuple[int, int] | None:
    """The time an hour phrase names: ``midnight``, ``9:20 p.m.``, ``nine o'clock``, ``10``."""
    v = vocabulary()
    low = fold(" ".join(text.split()))  # as the ignore-case pattern matched it: "mıdnight"
    if low in v.named_times:
        h, mi = map(int, v.named_times[low].split(":"))
        return h, mi
    m = _CLOCK.match(low)
    if m:
        return _hour24(int(m.group(1)), m.group(3)), int(m.group(2) or 0)
    word = _WORD_CLOCK.match(low)
    n = v.number_units.get(word.group(1)) if word else None
    return (_hour24(n, word.group(2)), 0) if n else None


def _minutes(text: str) -> int | None:
    low = " ".join(text.lower().split())
    low = re.sub(r"\s+minutes?$", "", low)
    if low.isdigit():
        return int(low)
    if low.endswith("quarter"):
        return 15
    if low == "half":
        return 30
    parsed = parse_number_words(low)
    return None if parsed is None else int(parsed[0])


def _zone(text: str | None) -> str | None:
    if not text:
        return None
    z = " ".join(text.split())
    z = _zone_phrases().get(z, z)  # "Eastern" is "Eastern time"
    if z.lower() == "local time":
        return "local"
    # an abbreviation's offset is written close up ("GMT + 3" is "GMT+3"); a phrase
    # keeps its words, even one opening with capitals ("UK time")
    return z.replace(" ", "") if _OFFSET_ZONE.fullmatch(z) else z


@lru_cache(maxsize=1)
def _zone_phrases() -> dict[str, str]:
    """calendar.yaml ``zones_alone``: a zone's word alone -> the zone it names."""
    from factcheck.vocab import data_file

    return dict(data_file("calendar.yaml").get("zones_alone", {}))


_OFFSET_ZONE = pattern_cache.compile(r"[A-Z]+\s?[+-]\s?\d{1,2}(?::?\d\d)?")


def _after_hour() -> str:
    """What follows an hour's digits where a time opens with them: ":" and the
    minutes ("9:20"), a meridiem, after "." and the minutes or not ("12.30am",
    "9 pm"), or after blanks "minutes", "past", "to", "o'clock" or a named time
    ("12 noon")."""
    v = vocabulary()
    after_blanks = ["minute", "past", "to", "o'clock", "o’clock", *v.named_times, *v.day_parts]
    named_part = _day_and_part()[0].replace("(?P<dp>", "(?:")
    return rf"(?::[0-5]\d|(?:\.[0-5]\d)?\s*+{_any_of(v.meridiem)}|\s++{_any_of(after_blanks)}|[ \t]+(?:on[ \t]+)?{named_part})"


def _any_of(words) -> str:
    """One of ``words`` as written (a blank in one may be left out: "a. m."),
    behind a test of the letters they open with, in either case: most places
    fail that one test rather than each word in turn."""
    words = longest_first(words)
    letters = "".join(sorted({c for w in words for c in (w[0].lower(), w[0].upper())}))
    return rf"(?=[{re.escape(letters)}])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in words) + ")"


def _opens(at_digit: bool) -> str:
    """What ``_pattern`` asks of the place it is tried at, before the time itself;
    most numbers (a year, a count, an amount) fail here, at a fraction of what
    the time's alternatives cost.

    Right after a separator or a blank, or at the text's start (as
    ``dates.candidates``). At digits, only where what follows them can make a
    time: one or two digits and what ``_after_hour`` says, or four digits before
    a zone ("0546 GMT", "2000 (GMT)"). At a word, only one a time opens with
    (the text's start is tried whatever word stands there).
    """
    separators = "".join(re.escape(c) for c in sorted(_SEPARATORS))
    before = rf"(?<![^\s{separators}])"
    if at_digit:
        _, abbreviations = _zones()
        zone = rf"[ \t]*+(?=\(|[^\W\d])\(?(?:{abbreviations}|local\s+time|{_alone_zones()})"
        return before + (rf"(?=\d{{1,2}}+{_after_hour()}|\d{{1,2}}\.[0-5]\d{zone}|\d{{4}}(?:{zone}|{_clock_hours()})"
                         rf"|(?:{_at_behind()})\d{{1,2}}\.[0-5]\d|\d{{1,2}}\.[0-5]\d(?={_day_part().pattern})|{_part_at()}\d)")
    v = vocabulary()
    opening = [*(w for w, n in v.number_units.items() if 1 <= n <= 19), *v.number_tens, *v.named_times, "a", "quarter", "half",
               *first_words([*v.day_periods, *v.day_periods_after_day, *v.day_periods_before_day])]
    return before + rf"(?={trie(opening)}(?!\w))"


def _starts(words: Words) -> list[int]:
    """Where ``_pattern`` is tried, in order: the text's start, every number,
    the words where ``_triggers``' test passes and the words a part of the day
    opens with ("dawn", "overnight": ``_period_words``)."""
    keys, test, then = _triggers()
    text = words.text
    match = test.match
    return sorted({0, *words.digits(), *[p for p in words.opening(keys, then) if match(text, p)],
                   *words.opening(_period_words())})


@lru_cache(maxsize=1)
def _period_words() -> frozenset[str]:
    """The words a part of the day named without a clock opens with (``_period``):
    tried as they are, the pattern's own test being as cheap as a start test."""
    v = vocabulary()
    return frozenset(first_words([*v.day_periods, *v.day_periods_after_day, *v.day_periods_before_day]))


def extract(text: str, taken: Callable[[int, int], bool], words: Words | None = None) -> list[Found]:
    out = []
    match = {True: _pattern(True).match, False: _pattern(False).match}
    line_break = LINE_BREAK.search
    consumed = 0
    for at in _starts(words or words_of(text)):
        if at < consumed:
            continue
        at_digit = text[at:at + 1].isdecimal()
        m = match[at_digit](text, at)
        if m is None:
            continue
        if line_break(text, at, m.end()):  # no time reaches across a paragraph break (``dates.held``)
            m = held(_pattern(at_digit)).match(text, at)
            if m is None:
                continue
        consumed = m.end()
        g = m.group
        kind = next(k for k in _KINDS[at_digit] if g(k))
        start, end = m.start(), m.end()
        if taken(start, end):
            continue
        granularity = "minute"
        if kind == "period":
            period = " ".join(g("period").split())
            v = vocabulary()
            if g("period_bd"):
                low, high = v.day_periods_before_day[period.lower()]
            elif g("pe_p"):  # "late in the afternoon": the late afternoon, where one is named
                low, high = v.day_periods.get(f"{g('pe_w').lower()} {g('pe_p')}") or v.day_periods_after_day[g("pe_p")]
            else:  # "mid-morning", "Mid-morning" alone
                low, high = (v.day_periods.get(period) or v.day_periods_after_day.get(period)
                             or v.day_periods_before_day[period.lower()])
            out.append(Found(start, end, trusted(Value,
                kind="time", low=low, high=high, stated=f"{low}/{high}", stated_unit=None, unit="time", qualifier="about",
                granularity="hour", counted=None, role=None, resolved=True, zone=_zone(g("zone") or g("zone_p")),
                ordinal=False)))
            continue
        if kind == "hm":
            if g("m") is None and g("m2") is None:
                continue
            if g("sec") and not (g("mer") or g("zone") or g("zone_p")) and _elapsed_before().search(text, max(0, start - 24), start):
                out.append(_elapsed(start, end, int(g("h")), int(g("m")), int(g("sec"))))  # "won in 2:03:17"
                continue
            h, mi = _hour24(int(g("h")), g("mer") or g("mer3")), int(g("m") or g("m2"))
        elif kind == "race":
            if _elapsed_before().search(text, max(0, start - 24), start):
                sec = float(g("rc_s") + "." + g("rc_f")) if g("rc_f") else int(g("rc_s2"))
                out.append(_elapsed(start, end, int(g("rc_h") or 0), int(g("rc_m") or g("rc_m2")), sec))
            continue
        elif kind == "atdot":
            if not _dotted_clock(text, start, end) or _amount_after().match(text, end) or _level_verbs().search(text, max(0, start - 24), start) \
                    and not _day_part().match(text, end):  # "was at 4.30 in the afternoon": a time
                continue
            h, mi = int(g("ad_h")), int(g("ad_m"))
        elif kind == "wmer":
            h, mi = _hour24(_clock(g("wm_h"))[0], g("mer5")), 0
            granularity = "hour"
            if g("wm_m"):
                mi = _minutes(g("wm_m"))
                if mi is None or mi >= 60:
                    continue
                granularity = "minute"
        elif kind == "wclock":  # "at seven fifteen": as "at 7:15", its half of the day from a day part
            mi = _minutes(re.sub(r"^oh\s+", "", g("wc_m").lower()))
            if mi is None or mi >= 60:
                continue
            h = _clock(g("wc_h"))[0]
        elif kind == "hmer":
            h, mi = _hour24(int(g("h2")), g("mer4")), 0
            granularity = "hour"
        elif kind == "mil":
            if g("mil_hrs") and not _military(text, start, m.end("mil"), g("mil_h")):
                continue  # "It took 1500 hours of work": hours counted
            h, mi = int(g("mil_h")), int(g("mil_m"))
        elif kind == "oclock":
            h, mi = _clock(g("oc_h"))
            h = _hour24(h, g("mer6"))
            granularity = "hour"
        elif kind == "atpart":
            h, mi = _clock(g("ap_h") or g("ap_hb"))
            granularity = "hour"
        elif kind == "named":
            h, mi = _clock(g("nm"))
            if (h, mi) == (0, 0) and (_day_after().match(text, end) or _day_before().search(text, max(0, start - 16), start)):
                # AP style: midnight is part of the day that is ending, "midnight Sunday" its end
                h = 24
        else:
            word = (g("pa_w") or g("pa_w2") or g("pa_w3")).lower()
            n_text = g("pa_n") or g("pa_q")
            if word == "to" and g("pa_q") and not n_text.lower().endswith("quarter") \
                    and not (_at_before(text, start) and _day_part().match(text, end)):
                # (but "at ten to six in the evening" is a clock's: "at" before and a part of the day after)
                if _opener_before(text, start):
                    consumed = m.start("pa_h3")  # "from 9 to 11 a.m.": a range, its second time read next
                continue  # "five to nine" is as often a vote as a time
            base = _clock(g("pa_h") or g("pa_h2") or g("pa_h3"))
            n = _minutes(n_text)
            if base is None or n is None or n >= 60:
                continue
            total = base[0] * 60 + base[1] + (n if word in ("past", "after") else -n)
            h, mi = divmod(total % (24 * 60), 60)
        if (kind in ("hm", "atdot", "mil", "oclock", "atpart", "past", "wclock")
                and not (kind == "hm" and (g("mer") or g("mer3"))) and not (kind == "oclock" and g("mer6"))
                and not (g("zone") or g("zone_p"))):
            part = _day_part().match(text, end)
            if part is not None:
                words = " ".join(part.group(1).lower().split())
                h = _with_day_part(h, vocabulary().day_parts[words])
                if words not in vocabulary().relative_days:
                    end = consumed = part.end()  # "in the morning" is this time's, no part of the day alone
                # else "tonight", "this morning" name the publication day: left to the
                # date pass, whose day the time then takes ("10 o'clock tonight")
            else:
                named = _half_of_named_day(text, start, end, h)
                if named is None and kind == "atpart" and g("ap_h") is None:
                    continue  # "night at 10 Downing Street": no day's part, no time
                h = h if named is None else named
        stated = f"{h:02d}:{mi:02d}"
        low = high = stated
        qualifier = "exact"
        hedge = _hedge_before().search(text, max(0, start - 24), start)
        if hedge is not None:
            qualifier, low, high = _hedged(h % 24 * 60 + mi, " ".join(hedge.group(1).lower().split()), mi % 15 == 0)
        zone = g("zone") or g("zone_p")
        if not zone and (after := _zone_after_day().match(text, end)):
            zone = after.group("z")  # "at 12:42am on Thursday, UAE time": the zone set off after the day
        out.append(Found(start, end, trusted(Value, 
            kind="time", low=low, high=high, stated=stated, stated_unit=None, unit="time", qualifier=qualifier,
            granularity=granularity, counted=None, role=None, resolved=True, zone=_zone(zone),
            ordinal=False)))
    return [_as_stamp(f) if _stamps_entry(text, f) else f for f in _ranges(text, out)]


# A live blog's entry opens with the time it was written: "8:55 p.m. ET: Amtrak confirms two
# deaths", "07:30 The coast guard says ...". Such a time opens its line (after blanks or a
# list's or bold's marks) and a colon or a dash follows it, or a capitalised sentence where
# the line before ended one (a hard-wrapped paragraph goes on: "derailed at\n9:21 p.m.
# Tuesday"); in prose a time follows a word ("derailed at 9:21 p.m.") or its sentence goes on
# ("9:21 p.m. was when", "10:30 Tuesday morning, the bomb exploded").
_LINE_OPENING = " \t*-•#>_"
_STAMP_MARK = pattern_cache.compile(r"\**[ \t]*(?:[:|—–]|-[ \t])")
_ENDS_BEFORE = frozenset('.!?:"”)\n')


@lru_cache(maxsize=1)
def _stamp_sentence() -> re.Pattern:
    """A capitalised sentence after a stamp: not a weekday or a month, which carry the
    time's own sentence on (a day part or "was" is in lower case)."""
    v = vocabulary()
    words = trie([*v.weekdays, *v.months])
    return pattern_cache.compile(rf"\**[ \t]+(?!(?i:{words})(?![\w'’-]))(?-i:[A-Z])")


def _stamps_entry(text: str, f: Found) -> bool:
    if not text[f.start:f.start + 1].isdigit():
        return False
    line = text.rfind("\n", 0, f.start) + 1
    if text[line:f.start].strip(_LINE_OPENING):
        return False
    if _STAMP_MARK.match(text, f.end):
        return True
    before = text[max(0, line - 200):max(0, line - 1)].rstrip(" \t*_")  # the line before, to its end
    return (not before or before[-1] in _ENDS_BEFORE) and _stamp_sentence().match(text, f.end) is not None


def _as_stamp(f: Found) -> Found:
    """The stamp's span held with no value: no event's time, and no figure for another reader."""
    return f._replace(value=_STAMP)


_STAMP = trusted(Value, kind="time", low=None, high=None, stated=None, stated_unit=None, unit="time", qualifier="exact",
                 granularity=None, counted=None, role=None, resolved=False, zone=None, ordinal=False)


# "from 10am to 4pm", "between 2 and 4 p.m.", "9-11 a.m.": two times, or an hour and a
# time, with a joiner between them, and "from" or "between" before a pair of two times.
# Either end may be hedged ("from about 10am until 4pm"): the hedge widens that end.
_JOINERS = rf"(?:[-–]|{trie(data_words('calendar.yaml', 'time_range_joiners'))})"  # calendar.yaml time_range_joiners
_OPENERS = r"\b(?:from|between)"


@lru_cache(maxsize=1)
def _range_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(the joiner between two times, the opener before the first, an hour and
    a joiner before a time), each allowing a time hedge where one may stand."""
    hedge = rf"(?:(?P<hedge>{alternation(vocabulary().time_hedges)})[ \t]+(?:at[ \t]+)?)"
    joiner = pattern_cache.compile(rf"[ \t]*{_JOINERS}[ \t]*{hedge}?\Z", re.IGNORECASE)
    opener = pattern_cache.compile(rf"{_OPENERS}[ \t]+{hedge}?\Z", re.IGNORECASE)
    bare_hour_before = pattern_cache.compile(
        # "from 0600 to 1800 GMT": four digits, a 24-hour clock, share the second end's zone
        rf"(?P<opener>{_OPENERS})[ \t]+{hedge}?(?:(?P<h>1[0-2]|0?[1-9]|{_hour_words()})(?::(?P<m>[0-5]\d))?"
        rf"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d))[ \t]*{_JOINERS}[ \t]*"
        rf"(?:{alternation(vocabulary().time_hedges)}[ \t]+)?\Z"
        r"|(?<![\w.:,])(?P<h2>1[0-2]|0?[1-9])(?::(?P<m2>[0-5]\d))?[ \t]*[-–][ \t]*\Z", re.IGNORECASE)
    return joiner, opener, bare_hour_before


# The most a joiner, or an opener, with a hedge can span ("until approximately ",
# "between shortly after about "): the windows searched before a time
_REACH = 40


def _opener_before(text: str, at: int) -> bool:
    """Whether "from" or "between", hedged or not, stands right before ``at``."""
    return _range_patterns()[1].search(text, max(0, at - _REACH), at) is not None


@lru_cache(maxsize=1)
def _end_day() -> re.Pattern:
    """A weekday right after one end of a range of times, "on" at most before it ("from 8pm Friday to 6am
    Saturday", "from 8pm on Friday"): calendar.yaml ``weekdays``, capitalized."""
    return pattern_cache.compile(rf"[ \t]+(?:on[ \t]+)?(?=[A-Z])(?P<d>(?i:{trie(vocabulary().weekdays)}))\b")


def _days_range(text: str, f: Found, g: Found) -> Found | None:
    """"from 8pm Friday to 6am Saturday", "from 10 p.m. Saturday until 5 a.m. Sunday": a range of times whose
    ends each carry their day, the second's the first's or the next, the range going forward: one range to the
    second day's end (the day pass puts it on the first end's day). None for ends days apart."""
    first = _end_day().match(text, f.end, g.start)
    if first is None or not _range_patterns()[0].match(text, first.end(), g.start) or not _opener_before(text, f.start):
        return None
    second = _end_day().match(text, g.end)
    if second is None or f.value.zone not in (None, g.value.zone):
        return None
    days = vocabulary().weekdays
    d1, d2 = days[first.group("d").lower()], days[second.group("d").lower()]
    low, high = _in_half_of(text, f, g), _second_half(text, f, g)
    overnight = str(high.stated) < str(low.stated)
    if d2 != (d1 + overnight) % 7:
        return None
    return _range(f.start, second.end(), low, high)


def range_days(text: str, f: Found) -> list[tuple[int, int]]:
    """Where the weekdays inside a range of times stand (``_days_range``: "8pm Friday to 6am Saturday"), for
    the date pass to read them as days."""
    if not any(c.isupper() for c in text[f.start:f.end]):
        return []
    return [m.span("d") for m in _end_day().finditer(text, f.start, f.end)]


def _ranges(text: str, found: list[Found]) -> list[Found]:
    """Join the times of a stated range into one value from the first to the second."""
    joiner, _, bare_hour_before = _range_patterns()
    out: list[Found] = []
    i = 0
    while i < len(found):
        f = found[i]
        if i + 1 < len(found):
            g = found[i + 1]
            if g.start - f.end < _REACH and text.startswith(" ", f.end) and (r := _days_range(text, f, g)) is not None:
                out.append(r)  # "from 8pm Friday to 6am Saturday"
                i += 2
                continue
            # "from 10am to 4pm"; a dash alone joins two times ("9am-5pm"), "to" needs "from"
            if (g.start - f.end < _REACH and joiner.match(text, f.end, g.start)
                    and (_opener_before(text, f.start) or text[f.end:g.start].strip() in ("-", "–"))
                    and f.value.zone in (None, g.value.zone)):  # "from 7:00 to 19:00 GMT": one zone for both
                out.append(_range(f.start, g.end, _in_half_of(text, f, g), _second_half(text, f, g)))
                i += 2
                continue
        if text.startswith(_BARE_SECOND_OPENS, f.end) and (b := _bare_second(text, f)) is not None:
            out.append(b)
            i += 1
            continue
        m = bare_hour_before.search(text, max(0, f.start - 2 * _REACH), f.start)
        if m is not None and f.value.granularity in ("hour", "minute") and "T" not in str(f.value.low):
            first = _bare_hour(m, f.value)
            if first.stated < f.value.stated or m.group("h3"):  # "from 2200 to 0600 GMT" runs overnight
                out.append(_range(m.start() if m.group("opener") is None else m.start("h" if m.group("h") else "h3"), f.end,
                                  first, f.value))
                i += 1
                continue
        out.append(f)
        i += 1
    return out


# what may follow a time that ends a range with a bare hour ("from 8 a.m. to 6")
_BARE_SECOND_OPENS = (" to ", " until ", " till ")


@lru_cache(maxsize=1)
def _bare_second_pattern() -> re.Pattern:
    """The bare hour, where the clause ends or goes on after it (calendar.yaml ``clause_goes_on``, a
    weekday): no count ("to 6 people", "to 6%", "to 6.5")."""
    v = vocabulary()
    goes_on = trie([*v.clause_goes_on, *(w.lower() for w in v.weekdays)])
    joiners = trie(data_words("calendar.yaml", "bare_hour_joiners"))
    return pattern_cache.compile(rf"[ \t]+{joiners}[ \t]+(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?"
                                 rf"(?=[ \t]*(?:[,;:!?)—–]|\.(?!\d)|$)|[ \t]+(?i:{goes_on})\b)")


def _bare_second(text: str, f: Found) -> Found | None:
    """"from 8 a.m. to 6": the second end of a range stated without its half of the day, the
    first time of that hour after the first end (18:00 here; "from 8 a.m. to 11" is 11:00)."""
    v = f.value
    if v.granularity not in ("hour", "minute") or "T" in str(v.low) or v.qualifier != "exact" or "/" in str(v.stated) \
            or not _opener_before(text, f.start):
        return None
    m = _bare_second_pattern().match(text, f.end)
    if m is None:
        return None
    h, mi = int(m.group("h")) % 12, int(m.group("m") or 0)
    first = str(v.stated)
    later = [c for c in (h, h + 12) if f"{c:02d}:{mi:02d}" > first]
    stated = f"{later[0] if later else h:02d}:{mi:02d}"
    second = trusted(Value, **{**v.__dict__, "low": stated, "high": stated, "stated": stated,
                               "granularity": "minute" if m.group("m") else "hour"})
    return _range(f.start, m.end(), v, second)


# A first end with no half of the day of its own: "3:30" (not "03:30", a 24-hour clock)
_NO_HALF = pattern_cache.compile(r"(?:1[01]|[1-9])[:.][0-5]\d\Z")


def _in_half_of(text: str, first: Found, second: Found) -> Value:
    """The first end of "from 3:30 to 6 p.m.", "3:30-6 p.m.": in the afternoon when the
    second end is and the first still comes before it ("from 10:30 to 2 p.m." stays
    morning), or in the evening before a second end after midnight ("from 11:30 to 1
    a.m."); a first end that states its half, or a second on a 24-hour clock, keeps it."""
    v, later_end = first.value, str(second.value.stated)
    low, stated = str(v.low), str(v.stated)
    if ("T" in low or not _NO_HALF.match(text, first.start, first.end)
            or not any(c.isalpha() for c in text[second.start:second.end])):
        return v
    later = f"{int(stated[:2]) + 12:02d}{stated[2:]}"
    # "from 11:30 to 1 a.m.": the evening, as the night runs on to the second end
    if not (stated < later < later_end or later_end < stated):
        return v
    return _twelve_hours_on(v, later)


def _second_half(text: str, first: Found, second: Found) -> Value:
    """The second end of "from 9am until 5:30": written without its half of the day on a
    12-hour clock, the first time after the first end (17:30), not one the next morning."""
    v, early = second.value, str(first.value.stated)
    stated = str(v.stated)
    if "T" in str(v.low) or not _NO_HALF.match(text, second.start, second.end) or stated >= early[-5:]:
        return v
    later = f"{int(stated[:2]) + 12:02d}{stated[2:]}"
    if later <= early[-5:]:
        return v
    return _twelve_hours_on(v, later)


def _twelve_hours_on(v: Value, stated: str) -> Value:
    """``v`` in the other half of the day: a time written without its own half, placed."""
    shift = {k: f"{int(str(x)[:2]) + 12:02d}{str(x)[2:]}" for k, x in (("low", v.low), ("high", v.high))}
    return trusted(Value, **{**v.__dict__, **shift, "stated": stated})


def _hour_words() -> str:
    """The hours 1 to 12 in words, as a whole word ("from nine to eleven p.m.")."""
    return _word_tree(w for w, n in vocabulary().number_units.items() if 1 <= n <= 12)


def _bare_hour(m: re.Match, second: Value) -> Value:
    """The first end of "between 2 and 4 p.m.", "from about 9 to 11 a.m.", "from nine
    to eleven p.m.": the hour, in the second time's half of the day, widened by its hedge."""
    hour = m.group("h") or m.group("h2") or m.group("h3")
    h = int(hour) if hour.isdigit() else vocabulary().number_units[hour.lower()]
    mi = int(m.group("m") or m.group("m2") or m.group("m3") or 0)
    if m.group("h3") is None and int(str(second.stated)[:2]) >= 12 and h < 12 and f"{h + 12:02d}:{mi:02d}" < str(second.stated):
        h += 12  # "between 2 and 4 p.m.": the first hour takes the second's half of the day ("from 10 to 2 p.m.": not past it)
    stated = low = f"{h:02d}:{mi:02d}"
    if m.group("hedge"):
        _, low, _ = _hedged(h * 60 + mi, " ".join(m.group("hedge").lower().split()), mi % 15 == 0)
    return trusted(Value, **{**second.__dict__, "low": low, "stated": stated})


def _range(start: int, end: int, first: Value, second: Value) -> Found:
    """One value from the first time to the second, each widened by its own hedge.
    A second time before the first is on the next day ("from 11 p.m. to 1 a.m."):
    its hours run on past 24 ("25:00", as timetables write a night service), so
    that the interval stays ordered and lasts what was said."""
    high = str(second.high)
    if str(second.stated) < str(first.stated):
        h, m = high.split(":")
        high = f"{int(h) + 24:02d}:{m}"
    return Found(start, end, trusted(Value, **{**second.__dict__, "low": str(first.low), "high": high,
                                               "stated": f"{first.stated}/{second.stated}", "qualifier": "range"}))

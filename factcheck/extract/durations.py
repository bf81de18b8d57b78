"""Durations: ``four hours``, ``a 12-month hunt``, ``five-year``, ``half an hour``,
``two hours and forty minutes``. Canonical unit: the second."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from factcheck import pattern_cache
from factcheck.extract.base import NEXT_WORD, NO_QUANTITY, Found, Opens, Reading, data_words, function_words, trie, trie_alternation
from factcheck.extract.numbers import BLANKS, MINUTES_GLUED, OPT_BLANKS, Num, blanks, clean, hedge_after, hedge_before, in_paragraph, interval
from factcheck.models import Value, trusted
from factcheck.scan import KeyedPattern, Words, first_words, words_of
from factcheck.vocab import data_file, fold, vocabulary


@lru_cache(maxsize=1)
def _patterns():
    v = vocabulary()
    # "four hours", "a 12-month hunt", "4hrs" (glued to the digits: no word boundary before the unit);
    # the forms matched as written ("h") only where no digit follows: "14h30" is a clock time
    exact = v.duration_exact_forms
    folded = trie([f for f in v.duration_units if f not in exact])
    unit = rf"(?i:{folded})" + (rf"|{trie(exact)}(?!\d)" if exact else "")
    modifier = rf"(?i:{trie(v.duration_modifiers)}\s+)?" if v.duration_modifiers else ""
    after = pattern_cache.compile(in_paragraph(rf"(?:\s*|\s*-\s*){modifier}(?P<unit>{unit})(?![A-Za-z])(?i:(?!-old|\s+old\b))"))
    # "a week", "an hour", "half an hour", "a half-hour", "one and a half hours", and the measures
    # written the same way ("a mile long", "half a mile"); "two-thirds of an hour", "a quarter of a
    # mile", "a quarter-mile track": a fraction of one unit (the fractions vocabulary), with a count
    # before it or not.
    # Opens on the non-word character before the phrase (a space stands in at the start of
    # the text); it is tried only before "a", "an", "one", "half", a number word or a fraction.
    units = [*(u for u in v.duration_units if u not in v.duration_exact_forms), *v.article_measures]
    counts = [*v.number_units, "a", "one"]
    # "an hour and a half", "a mile and a quarter", "one and a half hours": a share of one more unit
    # (the singular fractions; not "a day and a third of the staff", while "a mile and a half of road",
    # "a day and a half of talks" are one unit and a half)
    b, bh = BLANKS, blanks("-")  # ``\s+`` and ``[\s-]+`` within a paragraph
    share = (rf"(?P<share>half|(?:{trie_alternation(f for f in v.fractions if not f.endswith('s') and f != 'half')})"
             rf"(?!{b}of\b))")
    article = pattern_cache.compile(
        rf"\W(?P<phrase>(?:(?P<half>half{bh}an?{bh}|a{b}half[\s-])"
        rf"|(?P<frac>(?:(?P<count>{trie_alternation(counts)}){bh})?(?P<fword>{trie_alternation(v.fractions)})(?:{b}of{b}an?{b}|-(?=\w)))"
        # "a quarter century", "a quarter mile": a quarter of one unit with no "of a"
        rf"|(?P<quarter>a{b}quarter{b}(?={trie_alternation(units)}\b))"
        rf"|(?P<art>an?|one){b}(?:(?P<amod>{trie_alternation(v.duration_article_modifiers)}){b}(?=[A-Za-z]))?"
        rf"(?P<and_half>and{b}a{b}{share}{b})?"
        # "a couple hours", as American papers drop the "of" (with it, ``numbers`` reads "a couple of")
        rf"|(?P<couple>a{b}couple{b})"
        # "the month-long strike", "its decade-long war": one unit, as "a month-long strike"
        rf"|(?P<det>(?:{trie_alternation(_LONG_DETERMINERS)}){b})(?=[A-Za-z]+-long\b))"
        # "an hour-and-a-half", "a day-and-a-half": hyphened as well
        rf"(?P<unit>{trie_alternation(units)})(?!-old|{b}old\b)(?P<half_after>{bh}and{bh}a{bh}{share.replace('share', 'share_after')})?"
        # "an hour or two", "a day or three": one unit to that many
        rf"(?:{b}or{b}(?P<or_n>two|three)\b(?!{b}of\b|-))?)",
        re.IGNORECASE,
    )
    joiner = pattern_cache.compile(in_paragraph(r"(?:,\s*|\s+and\s+|\s+)(?=\S)"))
    # the words the phrases open with, and what each may have after it
    unit_words = frozenset(first_words(units))
    fractions = frozenset(first_words(v.fractions))
    # "a full week", "an entire day", "one whole day": a modifier between (units.yaml duration modifiers)
    mods = frozenset(first_words(v.duration_article_modifiers))
    then = {"a": unit_words | fractions | mods | {"half", "and", "couple"}, "an": unit_words | mods | {"and"},
            "one": unit_words | fractions | mods | {"and"}, "half": frozenset({"a", "an", "of"})}
    for w in first_words(v.number_units):
        then.setdefault(w, fractions)
    for w in fractions:
        then.setdefault(w, unit_words | {"of"})  # "quarter of an hour", "a quarter-mile"
    # "the month-long strike": "the" opens a phrase only where "-long" stands in the text (``_article_matches``)
    long_then = {**then, **{w: unit_words for w in _LONG_DETERMINERS}}
    return after, article, joiner, (frozenset(then), then), (frozenset(long_then), long_then)


# the words before a unit and "-long" that make it one unit ("the month-long strike")
_LONG_DETERMINERS = ("the", "this", "his", "her", "its", "their")


@lru_cache(maxsize=1)
def _opens() -> Opens:
    v = vocabulary()
    return Opens([*v.duration_units, *v.duration_modifiers])


def read(text: str, num: Num, lead: str | None = None) -> Reading | None:
    """``lead``: ``base.lead(text, num.end)``, when the caller has it."""
    if num.ordinal:
        if lead is not None and lead[:1] == "m" and (c := _game_clock().match(text, num.end)) is not None:
            # "in the 67th minute": the minute of a match something happened in, no length
            return Reading("duration", num.start, c.end(), 60.0, "match_minute", "second")
        return None
    if num.fraction or not _opens().may(lead):
        return None
    m = _patterns()[0].match(text, num.end)
    if not m:
        return None
    unit = vocabulary().duration_units[m.group("unit").lower()]
    if text[m.end():m.end() + 1] in _LOOKBACK_GAP and _lookback().match(text, m.end()):
        return None  # "a 30-year high": the level's rank over that time; "the 10-year yield": a product's name
    if unit.factor >= _WEEK and looks_back(text, num.start):
        return NO_QUANTITY  # "its lowest in 20 years": as far back as the record reaches
    if text[m.end():m.end() + 1] == ":" and unit.name == "minute" and _at_paragraph_start(text, num.start):
        return NO_QUANTITY  # "58 min: Smith scores": a live blog's match clock, no time anything took
    if _opens_offset(text, num.start, m.end()):
        return NO_QUANTITY  # "A day after the verdict, ...": counted from an event, no length of its own
    if text.startswith(" of ", m.end()) and _within_before(text, num.start) and _of_event(text, m.end() + 4):
        return NO_QUANTITY  # "within 48 hours of the attack": counted from an event, no length of its own
    if text.startswith(" of ", m.end()) and (r := _of_what().match(text, m.end() + 4)):
        # "100 hours of footage": how long a recording runs; "300 hours of overtime": hours of work
        # (units.yaml measure work); neither compares with how long an event lasted
        if r.lastgroup == "recorded":
            return Reading("measure", num.start, r.end(), unit.factor, unit.name, "recorded_second")
        return Reading("measure", num.start, r.end(), unit.factor / _HOUR, unit.name, "person_hour")
    return Reading("duration", num.start, m.end(), unit.factor, unit.name, "second")


_HOUR = 3600.0


def _within_before(text: str, start: int) -> bool:
    """Whether "within" (and perhaps "just", "only") stands right before ``start``."""
    return _WITHIN.search(text, max(0, start - 20), start) is not None


_WITHIN = pattern_cache.compile(rf"\b[Ww]ithin[ \t]+(?:{trie(data_words('units.yaml', 'duration', 'within_adverbs'))}[ \t]+)?\Z")
_WORD = pattern_cache.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _game_clock() -> re.Pattern:
    words = data_file("units.yaml")["duration"].get("game_clock", ())
    return pattern_cache.compile(rf"(?:[ \t]*-[ \t]*|[ \t]+)(?:{trie_alternation(words)})", re.IGNORECASE)


class _Offset(NamedTuple):
    after: re.Pattern  # right after the unit: "after", "before" (units.yaml duration.offsets)
    opens: re.Pattern  # ending at the number (or its hedge, "Less than a day"): the sentence's start


@lru_cache(maxsize=1)
def _offset() -> _Offset:
    words = data_file("units.yaml")["duration"].get("offsets", ())
    return _Offset(pattern_cache.compile(rf"\s+(?:{trie_alternation(words)})\s", re.IGNORECASE),
                   pattern_cache.compile(r"(?:\A|[.!?][\"”’)]?\s+|\n\s*)\Z"))


def _opens_offset(text: str, start: int, end: int) -> bool:
    """Whether the time ``text[start:end]`` opens its sentence (a hedge at most before it) and
    "after" or "before" follows: "A day after the verdict, ..." (units.yaml duration.offsets)."""
    if text[end:end + 1] != " " or not (o := _offset()).after.match(text, end):
        return False
    if (h := hedge_before(text, start)) is not None:
        start = h[1]
    return o.opens.search(text, max(0, start - 4), start) is not None


def _of_event(text: str, at: int) -> bool:
    """Whether what "within N hours of" names at ``at`` is an event the time counts from ("of the
    attack"), not an activity that lasted it ("of talks": units.yaml duration.within_activities)."""
    w = _WORD.match(text, at)
    return w is None or w.group() not in _within_activities()


@lru_cache(maxsize=1)
def _within_activities() -> frozenset[str]:
    return frozenset(data_file("units.yaml")["duration"].get("within_activities", ()))


def _at_paragraph_start(text: str, start: int) -> bool:
    """Whether only blanks stand between the paragraph's start and ``start``, or the minutes
    of the game before stoppage time ("90+2 min:")."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip().rstrip("+").rstrip("0123456789")


def spread_over(text: str, hedge_start: int) -> bool:
    """Whether the "over" that opens at ``hedge_start`` spreads something across the time after it
    ("€1.5tn over ten years", "4,000 jobs over three years", "phased in over five years"): then the
    time is exact, no "more than"."""
    if not text.startswith(("over ", "Over "), hedge_start):
        return False
    before = text[max(0, hedge_start - 40):hedge_start]
    return _spread_before().search(before) is not None or _per_rate(text, hedge_start)


@lru_cache(maxsize=1)
def _spread_before() -> re.Pattern:
    """A count and its noun ("4,000 jobs "), or a verb of spreading (units.yaml duration.spread_across,
    perhaps with "in"/"out": "phased in "), right before "over"."""
    verbs = trie(vocabulary().duration_spread_across, blank=BLANKS)
    particles = trie(data_words("units.yaml", "duration", "spread_particles"))
    return pattern_cache.compile(in_paragraph(rf"(?:\d\s+[a-z]+|\b(?i:{verbs})(?:\s+(?i:{particles}))?)\s+\Z"))
_LOOKBACK_GAP = (" ", "-")
_WEEK = 604800.0


def looks_back(text: str, start: int) -> bool:
    """Whether the time at ``start`` (a hedge before it or not) says how far back a record reaches:
    "in" after a superlative or "first" (units.yaml duration.lookback_before) a few words before, with
    no verb between: "its lowest level in six years", "for the first time in over 20 years", "the worst
    floods in a decade"; not "the first phase will be completed in two years"."""
    if "in " not in text[max(0, start - 24):start]:
        return False  # most times: no "in" before them, and no hedge looked for
    h = hedge_before(text, start)
    at = h[1] if h else start
    m = _lookback_before().search(text, max(0, at - 64), at)
    return m is not None and not (_lookback_not_across() & set(m.group("gap").lower().split()))


@lru_cache(maxsize=1)
def _lookback_before() -> re.Pattern:
    words = trie(vocabulary().duration_lookback_before)
    return pattern_cache.compile(rf"(?<![\w-])(?i:{words})(?P<gap>(?:[ \t]+[\w'’-]+){{0,4}}?)[ \t]+in[ \t]+\Z")


@lru_cache(maxsize=1)
def _lookback_not_across() -> frozenset[str]:
    return vocabulary().duration_lookback_not_across


@lru_cache(maxsize=1)
def _lookback() -> re.Pattern:
    """units.yaml duration.lookback after the unit: "a 30-year high", "a 10-year-low"; and
    duration.terms, a product's term: "the 10-year yield", "a 30-year mortgage"."""
    v = vocabulary()
    nouns = v.duration_lookback_not_before
    return pattern_cache.compile(rf"[ -](?:(?:{trie(v.duration_lookback, blank=BLANKS)})(?![\w-])"
                      rf"(?!{BLANKS}(?:{trie(nouns)})\b)|(?:{trie(v.duration_terms, blank=BLANKS)})(?![\w-]))",
                                 re.IGNORECASE)


@lru_cache(maxsize=1)
def _of_what() -> re.Pattern:
    """What a time spans after "of" when it is no event's length: a recording, or work."""
    v = vocabulary()
    return pattern_cache.compile(rf"(?P<recorded>{trie(v.duration_recorded, blank=BLANKS)})(?![A-Za-z])"
                      rf"|(?P<worked>{trie(v.duration_worked, blank=BLANKS)})(?![A-Za-z])", re.IGNORECASE)


def _article_matches(text: str, words: Words) -> list[re.Match]:
    """The article phrases, matched on the text with a blank put first (offsets one ahead)."""
    _, article, _, plain, long = _patterns()
    keys, then = long if "-long" in text else plain  # most texts hold no "-long": "the" is no key
    spots = words.opening(keys, then)
    if not spots:
        return []  # then no copy of the text to make
    padded = " " + text
    match = article.match
    out = []
    consumed = 0
    for p in spots:
        # the character before the word at offset p stands at p in the padded text
        if p >= consumed and (m := match(padded, p)) is not None:
            consumed = m.end()
            out.append(m)
    return out


class _Stoppage(NamedTuple):
    pattern: KeyedPattern  # "stoppage time", with first-half words before or after it
    second: tuple[float, float]  # the game clock, in seconds, of stoppage time after the 90th minute
    first: tuple[float, float]  # ... and after the 45th


@lru_cache(maxsize=1)
def _stoppage() -> _Stoppage:
    """``_stoppage_times``' pattern and its two spans in seconds, after the second half and after
    the first (units.yaml duration ``stoppage_time``, ``first_half_before``, ``first_half_after``,
    ``stoppage_minutes``, ``first_half_stoppage_minutes``)."""
    d = data_file("units.yaml")["duration"]
    phrases, before, after = (trie_alternation(d.get(k, ())) for k in ("stoppage_time", "first_half_before",
                                                                           "first_half_after"))
    pattern = pattern_cache.compile(
        rf"(?P<before>(?:{before})[ \t]+)?(?:{phrases})\b(?P<after>[ \t]+(?:{after})\b)?", re.IGNORECASE)
    keys = first_words([*d.get("stoppage_time", ()), *d.get("first_half_before", ())])
    second, first = d["stoppage_minutes"], d["first_half_stoppage_minutes"]
    return _Stoppage(KeyedPattern(pattern, keys), (second[0] * 60.0, second[1] * 60.0),
                     (first[0] * 60.0, first[1] * 60.0))


_OF_BEFORE = pattern_cache.compile(r"\bof[ \t]+\Z", re.IGNORECASE)


def _stoppage_times(text: str, taken, words: Words) -> list[Found]:
    """``in stoppage time``, ``first-half injury time``: a moment of a match after a half's last minute
    (stated unit ``match_minute``, as "the 93rd minute" is), never "five minutes of stoppage time"."""
    st = _stoppage()
    out = []
    for m in st.pattern.finditer(words):
        start, end = m.span()
        if taken(start, end) or _OF_BEFORE.search(text, max(0, start - 4), start):
            continue
        low, high = st.first if m.group("before") or m.group("after") else st.second
        out.append(Found(start, end, trusted(Value, kind="duration", low=clean(low), high=clean(high), stated=text[start:end],
                                             stated_unit="match_minute", unit="second", qualifier="range",
                                             resolved=True)))
    return out


def scan_articles(text: str, taken, words: Words | None = None) -> list[Found]:
    """Durations with no digits: ``a week``, ``an hour``, ``half an hour``; and stoppage time."""
    v = vocabulary()
    words = words or words_of(text)
    out = _stoppage_times(text, taken, words)  # tried only where a first word of its phrases stands
    for m in _article_matches(text, words):
        phrase_start, phrase_end = m.start("phrase") - 1, m.end("phrase") - 1
        if m.group("det"):
            if not text.startswith("-long", phrase_end):
                continue  # "the month-end-long ...": the unit is not the word before "-long"
            phrase_start, phrase_end = m.start("unit") - 1, phrase_end + 5  # "month-long": the determiner counts nothing
        if taken(phrase_start, phrase_end):
            continue
        word = fold(" ".join(m.group("unit").split()))  # as the ignore-case pattern matched it
        unit = v.duration_units.get(word)
        measure = unit is None
        if measure:
            unit = v.measure_units[word]
        plural = word.endswith("s") or word in v.irregular_plurals
        if m.group("couple"):
            if measure or not plural:
                continue  # "a couple hour" is no phrase; "a couple miles" is left to the measures
        elif plural and not m.group("and_half"):
            continue  # "a years" is no phrase; "one and a half hours" is
        if measure and m.group("art") and word in v.article_measures_not_alone and not _measured_alone(text, phrase_start,
                                                                                                       phrase_end):
            continue  # "did not give an inch", "put a foot wrong"; "half an inch" measures
        if m.group("quarter") and _SHIFTED.match(text, phrase_end):
            continue  # "a quarter century ago": a time before, which the dates do not place
        if m.group("frac") and _ordinal_before().search(text, max(0, phrase_start - 16), phrase_start):
            continue  # "the first quarter of a year": a part named, not an amount
        if m.group("art") and m.group("art").lower() in ("a", "an") and _per_rate(text, phrase_start) and not (
                _SHIFTED.match(text, phrase_end) and _COUNTED.search(text, max(0, phrase_start - 40), phrase_start)):
            # "£290,000 a week", "40 metres a year", "300 vehicles an hour": a rate, no duration; but
            # "held 30 suspects a week before the vote": a count, then a time before
            continue
        if word == "second" and (w := NEXT_WORD.match(text, phrase_end)) and w.group(1).lower() not in _AFTER_A_SECOND:
            continue  # "a second bank", "a second time": an ordinal
        if text.startswith(" of ", phrase_end) and not measure and _within_before(text, phrase_start) \
                and _of_event(text, phrase_end + 4):
            continue  # "within a week of the vote": counted from an event
        if not measure and _opens_offset(text, phrase_start, phrase_end):
            continue  # "A day after the verdict, ...": counted from an event
        if not measure and unit.factor >= _WEEK and looks_back(text, phrase_start):
            continue  # "the worst floods in a decade": as far back as the record reaches
        amount = 1.0
        if m.group("couple"):
            amount = 2.0
        elif m.group("half"):
            amount = 0.5
        elif m.group("quarter"):
            amount = v.fractions["quarter"]
        elif m.group("frac"):
            count = (m.group("count") or "a").lower()
            amount = v.fractions[m.group("fword").lower()] * (1 if count in ("a", "one") else v.number_units[count])
            if not 0 < amount < 1:
                continue  # "four quarters of an hour": no share
        if m.group("and_half") or (m.group("half_after") and not m.group("half")):
            amount = 1 + v.fractions[(m.group("share") or m.group("share_after")).lower()]
        start, end, qualifier = phrase_start, phrase_end, "exact"
        h = hedge_before(text, start)
        t = None if h else hedge_after(text, end)
        if h:
            qualifier, start = h
            if qualifier == "more_than" and not measure and spread_over(text, start):
                qualifier, start = "exact", phrase_start  # "£5bn over a decade": across the decade
        elif t:
            qualifier, end = t
        # "more than a week" reaches the next whole unit, like "more than one week"
        low, high = interval(amount, 1.0 if amount >= 1 else amount, qualifier)
        if m.group("couple"):  # as numbers.yaml reads "a couple of": two or three, each end hedged
            high = interval(3.0, 1.0, qualifier)[1]
            qualifier = "range" if qualifier == "exact" else qualifier
        if m.group("or_n") and amount == 1 and m.group("art"):
            high = max(high, float(v.number_units[m.group("or_n").lower()]))
            qualifier = "range" if qualifier == "exact" else qualifier
        out.append(Found(start, end, trusted(Value,
            kind="measure" if measure else "duration", low=clean(low * unit.factor), high=clean(high * unit.factor),
            stated=clean(amount), stated_unit=unit.name, unit=unit.canonical, qualifier=qualifier, resolved=True)))
    return out


_OF_WORD = pattern_cache.compile(r"[ \t]+of[ \t]+([a-z]+)\b")


def _measured_alone(text: str, start: int, end: int) -> bool:
    """Whether "a foot", "an inch" (units.yaml ``article_measures_not_alone``) measures: after a hedge ("nearly a
    foot", "more than an inch") or before "of" and a thing's word ("a foot of snow", "an inch of rain"; not "every
    inch of the way", "within an inch of his life": a function word after "of", hedge or not)."""
    o = _OF_WORD.match(text, end)
    if o is not None and o.group(1) in function_words():
        return False
    return o is not None or hedge_before(text, start) is not None


_SHIFTS = trie(data_words("units.yaml", "duration", "shifts"))  # "ago", "later": units.yaml duration.shifts
_SHIFTED = pattern_cache.compile(rf"[ \t]+{_SHIFTS}\b", re.IGNORECASE)
_COUNTED = pattern_cache.compile(r"\d[ \t]+[a-z]+s[ \t]+\Z")
# a word of a time or a margin right before a figure with a decimal part glued to "s": units.yaml
# ``duration.decimal_seconds_after``
_SECONDS_CUE = pattern_cache.compile(
    rf"(?<![\w'’-])(?i:{trie_alternation(data_words('units.yaml', 'duration', 'decimal_seconds_after'))})[ \t]+\Z")


def glued_seconds(text: str, num: Num) -> Reading | None:
    """The "30s" of "2h 15m 30s", "15min 30s": seconds after minutes glued to their digits (alone,
    "30s" is a decade or a plural: "in his 30s", "the 747s"), and after a figure with a decimal part,
    as results write a race's seconds, after a word of a time or a margin: "won by 4.317s", "in 9.58s"
    (not "three 9.5s"). ``quantities`` joins the parts."""
    end = num.end + 1
    if (num.words or num.scaled or text[num.end:end] != "s" or text[end:end + 1].isalnum()
            or text[end:end + 1] in ("'", "’", "-")):
        return None
    if MINUTES_GLUED.search(text, max(0, num.start - 16), num.start) is None and (
            "." not in text[num.start:num.end] or not text[num.end - 1].isdigit()
            or _SECONDS_CUE.search(text, max(0, num.start - 16), num.start) is None):
        return None
    return Reading("duration", num.start, end, 1.0, "second", "second")


@lru_cache(maxsize=1)
def _ordinal_before() -> re.Pattern:
    """An ordinal word right before a fraction ("the first quarter of a year"): a part named, no amount.
    ("the last quarter of a century" is one: 25 years.)"""
    return pattern_cache.compile(in_paragraph(rf"{trie_alternation(vocabulary().ordinals)}\s+$"), re.IGNORECASE)
# words after "a second" that leave it a duration: "a second later", "for a second or two"
_AFTER_A_SECOND = frozenset("later earlier ago or and before after longer too to of in on at".split())


@lru_cache(maxsize=1)
def _per_time() -> re.Pattern:
    """A time unit that makes the measure before it a rate: "per day", "a year", "/h", "of oil a day";
    "a second" only as "per second" ("a second time"), and no time before "ago" or "later" ("lost
    5 kg a month ago" is a date's)."""
    v = vocabulary()
    units = [u for u in v.duration_units if u not in v.duration_exact_forms]
    per = trie_alternation([*units, *v.duration_exact_forms])
    per_a = trie_alternation(u for u in units if v.duration_units[u].name != "second")
    b, b0 = BLANKS, OPT_BLANKS
    return pattern_cache.compile(rf"(?:{b}of{b}[a-z][a-z0-9-]*)?(?:(?:{b}per{b}|{b0}/{b0})(?P<per>{per})|{b}{trie(data_words('units.yaml', 'rate_determiners'))}{b}(?P<per_a>{per_a}))"
                      rf"(?![A-Za-z])(?!{b}{_SHIFTS}\b)", re.IGNORECASE)


def per_time(text: str, end: int):
    """(where it ends, the time unit) of a time that makes the quantity ending at ``end`` a rate."""
    r = _per_time().match(text, end)
    return (r.end(), vocabulary().duration_units[(r.group("per") or r.group("per_a")).lower()]) if r else None


@lru_cache(maxsize=1)
def _rate_before() -> re.Pattern:
    """What ends a quantity that "a week", "a year" makes a rate of: a digit, "%", a unit,
    currency, percent or scale word, or a plural noun counted ("300 vehicles an hour")."""
    # "2.3 million barrels of oil a day": what the unit measures may stand between
    b, b0 = BLANKS, OPT_BLANKS
    return pattern_cache.compile(rf"(?:[\d%]|(?<![A-Za-z]){trie(_rate_words())}|\d{b}(?-i:[a-z]+s))(?:{b}of{b}[a-z]+)?{b0}\Z",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _rate_before_reversed() -> re.Pattern:
    """``_rate_before`` for the text read backwards, anchored where the phrase starts.

    A search for a pattern that must end at the end of the text tries it at every
    position before, the whole tree of words at each; read backwards it is one
    anchored match. Each part is turned round: the trailing blanks come first, the
    words are spelled backwards, the look-behind becomes a look-ahead."""
    back, back0 = blanks(backwards=True), blanks(least=0, backwards=True)
    words = trie([w[::-1] for w in _rate_words()])
    # "300 vehicles an hour", "12 shifts a week": a count of a plural noun (lower case) is a rate's too
    return pattern_cache.compile(rf"{back0}(?:[a-z]+{back}fo{back})?(?:[\d%]|{words}(?![A-Za-z])|(?-i:s[a-z]+){back}\d)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _rate_words() -> tuple[str, ...]:
    v = vocabulary()
    return tuple(w for w in [*v.measure_units, *v.currency_words, *v.percent_forms, *v.scales, *v.scale_abbreviations,
                             *v.currency_subunits] if w[:1].isalpha())


def _per_rate(text: str, start: int) -> bool:
    """Whether a quantity ends right before ``start`` (``_rate_before``)."""
    before = text[max(0, start - 40):start]
    tail = before.rstrip()[-1:]
    return bool(tail) and (tail.isdigit() or tail == "%" or tail.isalpha()) and \
        _rate_before_reversed().match(before[::-1]) is not None


def join_parts(text: str, first: Found, second: Found, smallest: float | None = None) -> Found | None:
    """``two hours and forty minutes``, ``about 7h 30m`` -> one duration, when the parts are adjacent.
    ``smallest``: the unit (in seconds) of the last part, when ``first`` was itself joined from parts."""
    gap = text[first.end:second.start]
    if not _PART_GAP.fullmatch(gap):
        return None
    a, b = first.value, second.value
    if b.qualifier != "exact" or a.qualifier not in _JOINED_HEDGES or not (a.stated and b.low) or b.low >= a.high:
        return None
    if unit_factor(b) >= (smallest or unit_factor(a)):
        return None  # "four hours, three hours after ..." are two durations: parts go down in unit
    # an exact first part holds its seconds whole; its stated amount is rounded ("1hr 2min" is 1.03333 hours)
    total = clean((a.low if a.qualifier == "exact" else a.stated * unit_factor(a)) + b.low)
    low = high = total
    if a.qualifier != "exact":
        # "about 7h 30m": the hedge before the first part bounds the whole, to one unit of the last;
        # not "about two hours, 30 minutes after", nor "two hours or so 30 minutes"
        if "," in gap or text[first.start:first.end].lower().endswith(_hedges_after()):
            return None
        low, high = interval(total, unit_factor(b), a.qualifier)
    return Found(first.start, second.end, a.model_copy(update={
        "low": clean(low), "high": clean(high), "stated": clean(total / unit_factor(a))}))


# between the parts: "2 hours 40 minutes", "2 years, 3 months", "14 days, and 16 hours", and hyphened
# before a noun, "a 3-hour-12-minute final" (``numbers`` reads a number after "-hour-" only there)
_PART_GAP = pattern_cache.compile(in_paragraph(r",\s*(?:and\s+)?|\s+and\s+|\s+|-"))
# the qualifiers of a first part that bound the whole ("about 7h 30m"); a range's ("three to four
# hours and 20 minutes") is no single number to add to
_JOINED_HEDGES = frozenset({"exact", "about", "more_than", "at_least", "less_than", "nearly", "at_most", "up_to"})


@lru_cache(maxsize=1)
def _hedges_after() -> tuple[str, ...]:
    return tuple(vocabulary().hedges_after)


def unit_factor(value: Value) -> float:
    """Seconds in the unit a duration was stated in."""
    return next(u.factor for u in vocabulary().duration_units.values() if u.name == value.stated_unit)

"""Every value that starts from a number: counts, durations, ages, money,
percentages and measures.

One scan finds the number tokens; each token is offered to the kind readers
in ``read_number``'s order (the first that recognises what follows the number wins),
then hedges and ranges turn it into an interval.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from functools import lru_cache
from operator import itemgetter
from typing import Callable, NamedTuple

from factcheck import pattern_cache
from factcheck.extract import ages, counts, durations, factors, measures, money, percent
from factcheck.extract.base import NO_QUANTITY, WIDE, Found, Opens, Reading, data_words, trie, trie_alternation
from factcheck.extract.numbers import (_DECADE_PARTS, Num, _hedge_after_opens, clean, hedge_after, hedge_before, in_paragraph,
                                       interval, patterns, scan_numbers, sign_before, times)
from factcheck.models import Value, build_value as _build_value
from factcheck.scan import Words, words_of
from factcheck.vocab import data_file, vocabulary


def read_number(text: str, num: Num, sentence: tuple[int, int], hits,
                follows: tuple[str | None, _MayFollow] | None = None) -> Reading | None:
    """How the number reads: the first kind reader that recognises what stands around it.

    The order is the precedence: money, percent, age, duration, measure, then count
    ("28-year-old" is an age before it is a duration, "$5m" is money before "5m" is a
    length). ``follows``: ``_follows(text, num.end)`` when the caller has it: the lead
    every reader uses, and what the next few characters rule out for the readers that look
    only after the number (worked out once per opening, ``_followers``); those readers
    are not called then.
    """
    after, may = follows or _follows(text, num.end)
    if num.decade:  # "in his 40s" is an age, "temperatures in the 90s" degrees; "the 40s", "the sixties" nothing
        return ages.read(text, num, after) or measures.temperature_decade(text, num)
    if may.multiplier and (m := _multiplier().match(text, num.end)):
        return factors.read(text, num, m)  # "three times as many", "a five-fold rise": a factor, no quantity
    # "a Category 4 hurricane", "a category-five typhoon": a step of a storm's scale, whatever follows
    if (measures.may_be_storm_category(text, num.start) or text.startswith(_storm_scale_lead(), num.end)) \
            and (r := measures.storm_category(text, num, sentence)):
        return r
    # money: a currency word after the number, or a symbol or code that ends right before it ("$5", "EUR 5")
    r = None
    if may.money or money.written_before(text, num.start):
        r = money.read(text, num, after)
    if r is None and (may.percent or num.fraction):
        r = percent.read(text, num, after)
    if r is None:
        r = ages.read(text, num, after)  # "aged 53", "Ivanov, 29,": always asked
    if r is None and may.duration:
        r = durations.read(text, num, after)
    # a measure's unit follows the number, but a magnitude may stand before a small one
    # ("magnitude 7.8"), and a vague quantity may take "of" first ("hundreds of miles")
    # ... and "minus 5" or "2 below zero" may be degrees with no unit
    if r is None and (may.measure or num.vague or (not num.words and 0 < num.value < 11)
                      or after == "be" or measures.signed(text, num.start)):
        r = measures.read(text, num, after)
    if r is None and text.startswith("s", num.end):
        r = durations.glued_seconds(text, num)  # "2h 15m 45s"
    if r is not None:
        return r
    return counts.read(text, num, sentence, hits, after)


def _reading(text: str, num: Num, sentence: tuple[int, int], hits,
             follows: tuple[str | None, _MayFollow] | None = None) -> Reading | None:
    """``read_number``'s reading, and what it says of the words after it: a count made a rate by a
    time or a unit after its noun ("30 people a day"); no quantity at all where a reader said so
    (``base.NO_QUANTITY``: "its lowest in 20 years", "the 23-year-old ferry")."""
    r = read_number(text, num, sentence, hits, follows)
    if r is None or r is NO_QUANTITY:
        return None
    if r.kind == "count" and r.end > num.end and text.startswith(_per_opens(), r.end):
        return _rate(text, r) or r
    return r


@lru_cache(maxsize=1)
def _per_opens() -> tuple[str, ...]:
    """What opens a time or unit that a count is per ("300 vehicles an hour", "400 people per square kilometre",
    "75 million passengers annually")."""
    return (*_PER_OPENS, *(" " + a for a in measures._rate_adverbs()[0]))


_PER_OPENS = (" a ", " an ", " per ", "/", " every ", " each ")


def _rate(text: str, r: Reading) -> Reading | None:
    """``300 vehicles an hour``, ``killing 30 people a day``, ``400 people per square kilometre``,
    ``3 goals a game``: a count (or the sum of "$5-7 an hour") per a time (per second), a unit or a
    thing, which never compares with a count ("300 vehicles", a toll of 30)."""
    if p := measures.per_period(text, r.end):
        end, name, canonical, factor = p[0], p[1].name, "second", p[1].factor
    elif q := measures.per_unit(text, r.end):
        end, name, canonical, factor = q
    else:
        return None
    return r._replace(end=end, factor=r.factor / factor, stated_unit=f"{r.stated_unit}_per_{name}",
                      unit=f"{r.unit}_per_{canonical}")


class _MayFollow(NamedTuple):
    """For the first characters after a number (past blanks and hyphens): whether a currency (or
    scale word), a percent form, a duration unit, a measure unit, a trailing hedge
    ("or more", "-plus") or a multiplier ("times", "-fold") may open there."""

    money: bool
    percent: bool
    duration: bool
    measure: bool
    hedge: bool
    multiplier: bool


@lru_cache(maxsize=1)
def _storm_scale_lead() -> str:
    """What every scale phrase after a storm's category opens with, after a blank (" on the Saffir"):
    a cheap look after a number, from units.yaml ``storm_category.after``."""
    return " " + os.path.commonprefix([str(w) for w in data_file("units.yaml")["storm_category"]["after"]])


# what may follow a number, by the characters that open what follows (in lower case where ASCII:
# ``Opens.may_open`` reads them so, and "Hours" and "hours" are then one entry)
_FOLLOWERS: dict[str, _MayFollow] = {}
_OPENING = pattern_cache.compile(rf"[\s-]*(.{{0,{WIDE}}})", re.DOTALL)  # the characters ``base.lead`` opens with, and more


def _follows(text: str, end: int) -> tuple[str | None, _MayFollow]:
    """``base.lead(text, end)``, and what may follow there by the first ``base.WIDE`` characters:
    two would let "hours" be money ("ho": "hong kong dollars") and "people" pesos."""
    opening = _OPENING.match(text, end).group(1)
    two = opening[:2]
    if opening.isascii():
        opening = opening.lower()
    return two.lower() if two.isascii() else None, _FOLLOWERS.get(opening) or _followers(opening)


def _followers(opening: str) -> _MayFollow:
    """``_FOLLOWERS[opening]``, worked out the first time an opening is seen."""
    units, magnitudes = measures._opens()
    may = _FOLLOWERS[opening] = _MayFollow(
        money.opens().may_open(opening), percent._opens().may_open(opening), durations._opens().may_open(opening),
        units.may_open(opening) or magnitudes.may_open(opening), _hedge_after_opens().may_open(opening),
        _multiplier_opens().may_open(opening))
    return may


@lru_cache(maxsize=1)
def _multiplier_opens() -> Opens:
    return Opens(vocabulary().multipliers)


@lru_cache(maxsize=1)
def _multiplier() -> re.Pattern:
    return pattern_cache.compile(in_paragraph(rf"[\s-]*{trie_alternation(vocabulary().multipliers)}\b"), re.IGNORECASE)


_YEARLIKE = pattern_cache.compile(r"(?:1[0-9]|20)\d\d")
_LIST_ITEM = pattern_cache.compile(r"(?:^|\n)[ \t]*$")


def _metres_not_millions(text: str, num: Num, sentence, hits) -> tuple[Num, Reading | None]:
    """``10m waves`` is ten metres; ``3m people`` and ``€3m`` are millions."""
    as_count = counts.read(text, num, sentence, hits)
    # a role word elsewhere in the sentence is no reason to read "the 10m-high wave" as people;
    # "10m waves" are ten metres high
    if as_count is not None and (as_count.end > num.end and as_count.counted not in _measured_things()
                                 or as_count.role == vocabulary().population_role):
        return num, as_count  # ... and "a city of 2m" counts its people
    if _millions_cue_before(text, num.start):
        return num, None  # "a population of 7.5m": millions of no unit named, as "a population of 7.5 million"
    if (r := _M_RANGE.match(text, num.end)) is not None:
        # "2m-3m people", "2m to 3m people": the first end counts what the second does
        second = num._replace(start=r.start(1), end=r.end(1), value=float(r.group(2)) * 1e6)
        c = counts.read(text, second, sentence, hits)
        if c is not None and c.end > second.end and c.counted not in _measured_things():
            return num, None
    plain = num._replace(end=num.end - 1, value=num.value / 1e6, step=num.step / 1e6, place=num.place / 1e6,
                         scaled=False, abbr="", scale=1.0)
    r = measures.read(text, plain)
    return (plain, r) if r is not None else (num, None)


def _read(text: str, num: Num, sentence, hits) -> tuple[Num, Reading | None, tuple[str, int] | None]:
    """The number's reading, looking past a trailing hedge: ``40-odd ships``, ``1,000 or more people``."""
    follows = _follows(text, num.end)  # what follows the number, once for the hedge and every reader
    trail = hedge_after(text, num.end, follows[0]) if follows[1].hedge else None  # most numbers: no call
    if trail:
        r = _reading(text, num._replace(end=trail[1]), sentence, hits)
    else:
        r = _reading(text, num, sentence, hits, follows)
    if r is None and not trail and text[num.end:num.end + 1] in measures.PRIMES and (h := measures.feet_and_inches(text, num)):
        return (*h, None)  # "5'11\"": feet and inches
    # "1m tonnes", "2m barrels": a unit after the "m" makes it millions of that unit
    if num.abbr == "m" and not trail and (r is None or r.kind != "money" and not (r.kind == "measure" and r.end > num.end)):
        num, r = _metres_not_millions(text, num, sentence, hits)
    return num, r, trail


_CUE_WORDS = pattern_cache.compile(r"[A-Za-z]+")
_M_RANGE = pattern_cache.compile(r"(?:-|–|[ \t]+to[ \t]+)((\d+(?:\.\d+)?)m)(?=[ \t])")


def _millions_cue_before(text: str, start: int) -> bool:
    """Whether a noun of numbers.yaml ``millions_cues`` is one of the four words before ``start`` in its
    clause, and no article opens another noun after it ("population of ", "workforce is about ", not
    "people fled a "). Asked only for a bare "m", rarely."""
    window = text[max(0, start - 48):start]
    window = window[max(window.rfind(c) for c in ".;:!?(") + 1:]
    cues = vocabulary().millions_cues
    words = [w.lower() for w in _CUE_WORDS.findall(window)[-4:]]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _OPENS_A_NOUN:
            return False
        if words[i] in cues:
            return True
    return False


_OPENS_A_NOUN = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that", "each", "every"})


@lru_cache(maxsize=1)
def _measured_things() -> frozenset[str]:
    return frozenset(vocabulary().count_guards.get("measured_things", ()))


# (numbers.yaml elided_unit millions_hedges: "just", "about")
_MONEY_JOIN = pattern_cache.compile(in_paragraph(rf"[\s,]*(?:to|and|or|from|-|–)[\s,]+"
                                                 rf"(?:{trie(data_words('numbers.yaml', 'elided_unit', 'millions_hedges'))}\s+)?"),
                         re.IGNORECASE)


def _millions_of_the_money_before(text: str, a: Num, ra: Reading, last: Found, sentence) -> Reading | None:
    """``from 10m euros to 3m``: a bare "3m" right after a sum of millions is millions of that currency."""
    v = last.value
    if (v.kind != "money" or not sentence[0] <= last.start or a.start - last.end > 24 or ra.end != a.end + 1
            or not isinstance(v.stated, (int, float)) or v.stated < 1e6
            or not _MONEY_JOIN.fullmatch(text, last.end, a.start)):
        return None
    return Reading("money", a.start, ra.end, 1e6, v.unit, v.unit, rounding="place")


def _more_of_the_money_before(text: str, a: Num, last: Found, since: int) -> Reading | None:
    """``a €10 billion bailout ... the remaining 9 billion``, ``Another 5 billion will follow``: a bare
    sum of millions or more, after a word that goes on with a sum (units.yaml money.continued_by),
    is more of the currency of the sum before it, in the same sentence or the one before (``since``:
    where that one starts), when it is of the same order."""
    v = last.value
    # of the same order as the sum before: "a $5bn fund ... another 2 million" are people, not dollars
    if (last.start < since or v.stated_unit != v.unit or not isinstance(v.stated, (int, float)) or v.stated < 1e6
            or not v.stated / 100 <= a.value <= v.stated * 10
            or (w := _LAST_WORD.search(text, max(0, a.start - 24), a.start)) is None
            or w.group(1).lower() not in vocabulary().money_continued_by):
        return None
    return Reading("money", a.start, a.end, 1.0, v.unit, v.unit, rounding="place")


_LAST_WORD = pattern_cache.compile(r"([A-Za-z]+)[ \t]+\Z")


# the kinds whose unit a bare number may take from the quantity it is set against; not a duration
# ("3 hours from 2" may be a clock's), nor an age
_ELIDED_KINDS = frozenset({"money", "measure", "percent", "count"})
_ELIDED_REACH = 48  # what may stand between the quantity and its bare partner: a joiner and a short adjunct


@lru_cache(maxsize=1)
def _elided_join() -> re.Pattern:
    """From a quantity's end to a bare number (or its hedge): "from", ", up from", " in the first
    quarter, compared with ", or " to " (whose partner must stand after "from")."""
    v = vocabulary()
    joiners, changed = trie_alternation(v.elided_unit_joiners), trie_alternation(v.elided_unit_changed)
    paired = trie_alternation(v.elided_unit_paired)
    # a short adjunct of time or place may stand before the joiner ("$3.5 billion in 2014, up from")
    adjunct = rf"(?P<adjunct>\s+{trie(data_words('numbers.yaml', 'elided_unit', 'adjuncts'))}\s[^,;:.!?()\n]{{0,30}}?)?"
    return pattern_cache.compile(in_paragraph(rf"{adjunct}\s*,?\s+(?:(?P<to>to)|{joiners}|(?P<changed>{changed})"
                                              rf"|(?P<paired>{paired}))\s+"), re.IGNORECASE)


_FROM_BEFORE = pattern_cache.compile(r"\bfrom[ \t]+\Z", re.IGNORECASE)
_TO_BEFORE = pattern_cache.compile(r"\bto[ \t]+\Z", re.IGNORECASE)
_ELIDED_AFTER = pattern_cache.compile(r"(?:[ \t]+(?P<word>[A-Za-z]+)\b|[ \t]*(?:[.,;:!?)]|\n|\Z))")


def _elided(text: str, a: Num, last: Found, r: Reading, sentence) -> Reading | None:
    """``rose to 1.5 million units from 1.2 million``, ``$3.5 billion, up from 3.1 billion``,
    ``fell to 12,000 tonnes from 15,000``, ``from 1.2 million yen to 1.5 million``: a bare number
    that a joiner (numbers.yaml elided_unit) sets against the quantity ``last`` right before it, in
    its sentence, is of that quantity's unit and counts what it counts. ``r``: ``last``'s reading."""
    if (r.kind not in _ELIDED_KINDS or a.start - last.end > _ELIDED_REACH or last.start < sentence[0]
            or r.kind == "count" and r.counted is None or not _plain(text, a)):
        return None
    h = hedge_before(text, a.start)
    join = _elided_join().fullmatch(text, last.end, h[1] if h else a.start)
    if join is None or join.group("to") and not _FROM_BEFORE.search(text, max(0, last.start - 12), last.start):
        return None
    if join.group("changed") and not (_TO_BEFORE.search(text, max(0, last.start - 12), last.start)
                                      or _after_change(text, last.start)):
        return None  # "20 km from 3 villages": a place, not where a change began
    if join.group("paired") and not join.group("adjunct"):
        return None  # "1.2 million tonnes in 2014 and 900,000 in 2013"; not "20 km and 3 in all"
    # a change in percent or points is no level: "rose 5% from 2.1 million", "rose 0.3 percentage points from 5.2"
    if r.kind == "percent" and (r.unit != "percent" or _after_change(text, last.start)):
        return None
    # a noun after the number is what it counts ("from 3 villages"): only the clause's end or a word of time
    w = _ELIDED_AFTER.match(text, a.end)
    if w is None or w.group("word") and w.group("word").lower() not in vocabulary().elided_unit_after:
        return None
    return _lent(r, a)


@lru_cache(maxsize=1)
def _arm_after() -> re.Pattern:
    """Right after a bare number, a trial's arm (nouns.yaml ``arm_leads`` and ``arms``): " in the placebo
    group", " among those who got a placebo", " on placebo"."""
    arms = [p for arm in data_file("nouns.yaml")["arms"] for p in data_words("nouns.yaml", "arms", arm)]
    leads = data_words("nouns.yaml", "arm_leads")
    return pattern_cache.compile(rf"[ \t]+(?i:{trie_alternation(leads)})(?:[ \t]+[a-z]+){{0,4}}?[ \t]+"
                                 rf"(?i:{trie_alternation(arms)})(?![\w-])")


def _arm_count(text: str, a: Num, out: list[Found], sentence: tuple[int, int]) -> Reading | None:
    """A bare number right before a trial's arm (``_arm_after``: "compared with 77 in the placebo group",
    "and 71 among those who got a placebo") counts what the last count of people before it in its sentence
    counts ("12 cases"), with its role: the two arms' counts of one outcome."""
    if not _plain(text, a) or _arm_after().match(text, a.end) is None:
        return None
    for f in reversed(out):
        if f.start < sentence[0]:
            break
        v = f.value
        if v.kind == "count" and v.unit == "person" and v.qualifier != "range":
            return Reading("count", a.start, a.end, 1.0, v.stated_unit, v.unit, "", v.counted, v.role)
    return None


def _plain(text: str, a: Num) -> bool:
    """Whether ``a`` is a plain amount that may take a partner's unit: no ordinal, decade,
    fraction, vague word, year or signed figure."""
    return not (a.ordinal or a.decade or a.fraction or a.vague or _is_year(a) or measures.signed(text, a.start))


def _lent(r: Reading, a: Num) -> Reading:
    """The partner's reading ``r``, lent to the bare number ``a``."""
    return Reading(r.kind, a.start, a.end, abs(r.factor), r.stated_unit, r.unit, r.rounding, r.counted, r.role, r.offset)


_FROM_TO = pattern_cache.compile(in_paragraph(r"\s+to\s+"), re.IGNORECASE)


def _elided_before(text: str, a: Num, b: Num, r: Reading, sentence) -> Reading | None:
    """``rose from 1.2 million to 1.5 million units``, ``fell from 15,000 to 12,000 tonnes``: after a
    change, where ``_try_range`` reads no range, the bare number after "from" is of the unit of the
    quantity it goes to. ``r``: ``b``'s reading."""
    if (r.kind not in _ELIDED_KINDS or r.kind == "count" and (r.counted is None or r.end == b.end)
            or a.start < sentence[0] or not _plain(text, a)):
        return None
    if r.kind == "measure" and r.unit == "metre" and _BY.fullmatch(text, a.end, b.start):
        if _relay().match(text, r.end) or (a.value in _relay_numbers("relay_legs") and b.value in _relay_numbers("relay_distances")
                                           and r.factor == 1 and not text[a.end:b.start].strip().lower() == "by"):
            return None  # "the 4 x 400 metres relay", "ran the 4 x 100 metres": four legs of a race, no side of a size
        return _lent(r, a)  # "a room 10 by 12 feet", "30 x 20 cm": each side in the unit written last
    h = hedge_before(text, b.start)
    if not _FROM_TO.fullmatch(text, a.end, h[1] if h else b.start):
        return None
    h = hedge_before(text, a.start)
    if not _FROM_BEFORE.search(text, max(0, (h[1] if h else a.start) - 12), h[1] if h else a.start):
        return None
    return _lent(r, a)


# the sides of a size: "10 by 12 feet", "30 x 20 x 10 cm", "4×6 metres"
_BY = pattern_cache.compile(in_paragraph(r"\s*[x×]\s*|\s+by\s+"), re.IGNORECASE)


@lru_cache(maxsize=1)
def _relay() -> re.Pattern:
    """A relay's word (units.yaml ``relay_words``) within a few words after a distance ("4x100m medley relay")."""
    words = trie_alternation(data_words("units.yaml", "relay_words"))
    return pattern_cache.compile(rf"(?:[ \t-]+[A-Za-z'’]+){{0,2}}?[ \t-]+{words}(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=2)
def _relay_numbers(key: str) -> frozenset[float]:
    """units.yaml ``relay_legs`` or ``relay_distances`` (in metres)."""
    return frozenset(float(n) for n in data_words("units.yaml", key))


def _first_dimension(text: str, nums: list[Num], at: int) -> int:
    """The first of the bare sides joined to ``nums[at]`` by "x" or "by" ("30 x 20 x 10 cm" from the 20)."""
    while at > 0 and _plain(text, nums[at - 1]) and _BY.fullmatch(text, nums[at - 1].end, nums[at].start):
        at -= 1
    return at


def _share_scale(a: Num, b: Num) -> Num:
    """``between 1.5 and 2 million``, ``$5 to $7 million``: the scale written once serves both."""
    if b.scale > 1 and a.scale == 1 and a.value * b.scale <= b.value:
        return a._replace(value=times(a.value, b.scale), step=times(a.step, b.scale), place=times(a.place, b.scale),
                          scale=b.scale)
    return a


_DASHES = ("-", "–", "—")
# "between 5 and 6,000", "5 to 6,000 people": the joiners in words that share thousands as a dash does
_WORD_JOINS = frozenset({" to ", " and "})


def _share_thousands(text: str, a: Num, b: Num) -> Num:
    """``5-6,000 people``, ``20-30,000 fans``: a dash between a small whole number and round thousands
    written with their comma shares the thousands, as "$5-7 million" shares its scale (no range runs
    from 5 to 6,000; "between 5 and 6,000" and "5 to 6,000" share them too); ``a`` is the first number, ``b`` the second."""
    if (a.words or b.words or a.scale != 1 or b.scale != 1 or a.step < 1 or not 1 <= a.value < 1000
            or b.value % 1000 or not a.value * 1000 < b.value or not text.endswith(",000", b.start, b.end)):
        return a
    return a._replace(value=a.value * 1000, step=a.step * 1000)


def extract(text: str, sentences: list[tuple[int, int]], taken: Callable[[int, int], bool],
            words: Words | None = None) -> list[Found]:
    words = words or words_of(text)
    nums = scan_numbers(text, words, taken)
    hits = counts.role_hits(text, words)
    starts = list(map(itemgetter(0), sentences))
    pats = patterns()
    out: list[Found] = []
    coins = False  # a sum in cents was read: whose cents they are is looked at last
    partner, partner_at = None, -1  # the reading of ``out[-1]`` when ``partner_at == len(out)``
    bare_at = -1  # the last number read as nothing: "from 1.2 million" before "to 1.5 million units"
    i = 0
    while i < len(nums):
        a = nums[i]
        k = bisect_right(starts, a.start) - 1
        sentence = sentences[k] if k >= 0 else (0, len(text))
        if not a.words and text.startswith(".", a.end) and _LIST_ITEM.search(text, max(0, a.start - 8), a.start):
            i += 1  # "1." opening a list item
            continue
        b = nums[i + 1] if i + 1 < len(nums) else None
        if b is not None and text.startswith(_RATIO_JOINS, a.end):
            found = _ratio(text, a, b, sentence, hits)
            if found:
                out.append(found)
                i += 2
                continue
        a, ra, trail = _read(text, a, sentence, hits)
        if not a.words and text[a.start - 1:a.start].isalpha() and not (
                ra is not None and (ra.kind == "money" or ra.unit == "magnitude")):
            i += 1  # a prefix glued to the digits ("Sh1.2bn", "M6.3") and read as none: "M6 motorway" is a name
            continue
        if a.decade and ra is not None and b is not None and b.decade:
            # "in their 20s and 30s", "in his late 40s or early 50s": one span of ages
            last = i
            while last + 1 < len(nums) and nums[last + 1].decade and nums[last + 1].vague[0] > nums[last].vague[0] \
                    and _DECADE_JOIN.fullmatch(text, nums[last].end, nums[last + 1].start):
                last += 1
            if last > i:
                f = _single(text, a, ra)
                z = nums[last]
                out.append(Found(f.start, z.end, f.value.model_copy(update={"high": clean(z.vague[1] * ra.factor)})))
                i = last + 1
                continue
        if ra is not None and ra.kind == "measure" and ra.stated_unit == "metre" and out and text[a.end:a.end + 1] == "m":
            ra = _millions_of_the_money_before(text, a, ra, out[-1], sentence) or ra
        elif ra is None and a.scale >= 1e6 and out and out[-1].value.kind == "money":
            ra = _more_of_the_money_before(text, a, out[-1], sentences[k - 1][0] if k > 0 else sentence[0])
        # a reading never ends before its number, so a gap this long holds no joiner (see ``_try_range``),
        # unless a joiner follows the reading's unit ("30 minutes and 2 hours", "500 metres to 2 km")
        if (b is not None and (b.start - a.end <= 12 or ra is not None and b.start - ra.end <= 12
                               and ra.end > a.end and pats.range_join.match(text, ra.end))
                and not a.ordinal and not b.ordinal and trail is None and not a.decade and not b.decade):
            found = _try_range(text, a, ra, b, sentence, hits)
            if found:
                out.append(found)
                i += 2
                continue
        bare = ra is None or (ra.kind == "count" and ra.end == a.end)
        # "more than 5 but fewer than 10 hours"
        if b is not None and bare and b.value > a.value and pats.upper_bound.fullmatch(text, a.end, b.start):
            rb = _reading(text, b, sentence, hits)
            h = hedge_before(text, a.start)
            if rb is not None and rb.kind != "age":
                out.append(_range_found(h[1] if h else a.start, a, b, rb))
                i += 2
                continue
        if (partner_at == len(out) and (ra is None or ra.kind == "count" and ra.end == a.end and ra.counted is None
                                         and partner.kind != "count")
                and (e := _elided(text, a, out[-1], partner, sentence)) is not None):
            ra = e  # "to 12,000 tonnes from 15,000"; a role word elsewhere in the sentence makes no toll of it
        if ra is None and out and out[-1].start >= sentence[0] and (e := _arm_count(text, a, out, sentence)) is not None:
            ra = e  # "12 cases in the vaccine group compared with 77 in the placebo group"
        if ra is None or (ra.kind == "count" and ra.counted in (None, "person") and ra.end == a.end and _is_year(a)):
            bare_at = i
            i += 1
            continue
        if bare_at == i - 1 and (e := _elided_before(text, nums[bare_at], a, ra, sentence)) is not None:
            if e.unit == "metre" and (first := _first_dimension(text, nums, bare_at)) < bare_at:
                out.extend(_single(text, nums[j], _lent(e, nums[j])) for j in range(first, bare_at))  # "30 x 20 x 10 cm"
            out.append(_single(text, nums[bare_at], e))  # "from 1.2 million to 1.5 million units", "10 by 12 feet"
        # ``_read`` found no hedge after the number's own end: ``_single`` need not look there again
        out.append(_single(text, a, ra, trail, nums[i].end))
        partner, partner_at = ra, len(out)
        coins = coins or ra.kind == "money" and ra.stated_unit.partition("_per_")[0] in _CENTS
        i += 1
    out = counts.breakdown_roles(text, _join_durations(text, out))
    if coins:
        _cents_of_the_sentence(out, sentences, starts)
    return out


def _cents_of_the_sentence(found: list[Found], sentences: list[tuple[int, int]], starts: list[int]) -> None:
    """``Shares fell 12 cents to A$4.50``, ``petrol rose 5 cents a litre to €1.60``: cents alone are a
    hundredth of the one currency with cents (units.yaml money.cents_of) that the sentence's other sums
    are in; dollars' (US) when it names none or two."""
    cents_of = vocabulary().cents_of
    for i, f in enumerate(found):
        v = f.value
        if v.kind != "money" or v.stated_unit.partition("_per_")[0] not in _CENTS:
            continue
        k = bisect_right(starts, f.start) - 1
        lo, hi = sentences[k] if k >= 0 else (0, f.end)
        others = {g.value.unit.partition("_per_")[0] for g in found if g is not f and g.value.kind == "money"
                  and lo <= g.start < hi and g.value.stated_unit.partition("_per_")[0] not in _CENTS}
        if len(others) == 1 and (code := others.pop()) in cents_of:
            base, per, rest = v.unit.partition("_per_")
            if base != code:
                found[i] = f._replace(value=v.model_copy(update={"unit": code + per + rest}))


# between two decades of life: "20s and 30s", "late 40s or early 50s", "20s, 30s and 40s"
_DECADE_JOIN = pattern_cache.compile(in_paragraph(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+|\s*[-–]\s*)(?:(?:"
                                       + "|".join(w for w, _, _ in _DECADE_PARTS) + r")[\s-]*)?"),
                          re.IGNORECASE)
_RATIO_JOINS = (" in ", " out of ", "-in-", " per ")
_RATIO_GAP = pattern_cache.compile(r" (?:in(?: every)?|out of(?: every)?|per) |-in-")
# "5.3 per 100,000 people", "12 per 1,000": a rate per a round base is a share of it too
_PER_BASES = frozenset({100, 1000, 10000, 100000, 1000000})


@lru_cache(maxsize=1)
def _ratio_occasions() -> re.Pattern:
    """Right after the second number of "X in Y": a noun of occasions (nouns.yaml ``ratio_occasions``), with a modifier."""
    words = trie_alternation(vocabulary().count_guards.get("ratio_occasions", ()))
    return pattern_cache.compile(rf"(?:[ \t]+[\w'’-]+)?[ \t]+{words}\b", re.IGNORECASE)


def _ratio(text: str, a: Num, b: Num, sentence, hits) -> Found | None:
    """``one in five``, ``1 in 4``, ``nine out of ten``: a share, as a percentage. Not ``5 in 2014``
    (a year), nor ``3 in 10 days`` (a unit after the second number)."""
    per = text.startswith(" per ", a.end)
    if (a.ordinal or b.ordinal or a.vague or b.vague or a.fraction or b.fraction or not 0 < a.value < b.value
            or (a.value != int(a.value) and not per) or b.value != int(b.value) or _is_year(b) or _is_year(a)
            or (per and (b.value not in _PER_BASES or b.scaled))
            or not _RATIO_GAP.fullmatch(text, a.end, b.start)):
        return None
    if per and (ra := _reading(text, a, sentence, hits)) is not None and not (ra.kind == "count" and ra.end == a.end):
        return None  # "$5 per 1,000 words", "10 km per 100": the first number has its own unit
    rb = _reading(text, b, sentence, hits)
    if rb is not None and rb.kind != "count":
        return None
    if rb is not None and text[a.end:b.start] in (" in ", "-in-") and rb.counted != "person" \
            and (rb.end == b.end or _ratio_occasions().match(text, b.end)):
        # "killed 2 in 3 attacks", "scored 3 in 10 games": two counts; "1 in 4 adults", "one in four companies" a share
        return None
    # "one in five" is a round share; "5.3 per 100,000" is as exact as its digits. A share's step is one
    # part of the whole: "more than one in four" is 25..50% as "more than a quarter" is, "more than three in
    # four" 75..100%, "nearly one in four" 22.5..25%, "fewer than one in ten" 0..10%
    place = 100 * a.place / b.value if per else 1.0
    share = a._replace(end=b.end, value=100 * a.value / b.value, step=place if per else 100 / b.value, words=True, fraction=True,
                       scaled=False, abbr="", place=place, scale=1.0)
    return _single(text, share, Reading("percent", a.start, b.end, 1.0, "ratio", "percent", rounding="place"))


def _try_range(text: str, a: Num, ra: Reading | None, b: Num, sentence, hits) -> Found | None:
    """A range: ``between 5 and 7 hours``, ``5 to 7 hours``, ``5-7 km``, ``$5 to $7 million``, ``aged 18 to 25``."""
    joined_at = a.end if ra is None or (ra.kind == "count" and ra.end == a.end) else ra.end
    if b.start - joined_at > 12:
        return None  # no joiner is that long; spare reading the second number
    rb = _reading(text, b, sentence, hits)
    if rb is None and ra is not None and ra.kind == "count" and ra.end == a.end and ra.role is not None:
        # "a crowd of 30,000 to 40,000 gathered": the gathering's noun before "of" gives the first end its
        # people and role, and the second, bare, shares them
        rb = ra._replace(start=b.start, end=b.end)
    prefixed = ra is not None and ra.start < a.start and ra.end == a.end
    # a bare count is only the sentence's role ("aged 15 to 17 were detained"): no unit of its own
    if prefixed and (rb is None or rb.kind == "count" and rb.end == b.end and ra.kind != "count"):
        rb = ra._replace(start=b.start, end=b.end)  # "$5-7 million", "aged 18 to 25": the prefix serves both
        if ra.kind == "money" and text.startswith(_PER_OPENS, b.end):
            rb = _rate(text, rb) or rb  # "$5-7 an hour"
    if rb is None or rb.start < (ra.end if ra is not None else a.end):
        return None
    if ra is not None and ra.unit == "degree" and ra.end == a.end and rb.unit in _BELOW_ZERO and rb.unit != "degree":
        ra = None  # "from minus 5 to 5 degrees Celsius": a bare signed degree takes the scale the range names last
    if ra is not None and ra.kind == "count" and ra.end > a.end and rb.kind != "count":
        return None  # "fell 5 points to 60%": a count with its own noun opens no range of another kind
    if (ra is not None and ra.kind == rb.kind and rb.stated_unit and ra.stated_unit
            and rb.stated_unit.startswith(f"{ra.stated_unit}_per_") and ra.unit != rb.unit):
        ra = rb._replace(start=ra.start, end=ra.end)  # "$5 to $7 an hour", "€50 to €60 a barrel": a rate at both ends
    if ra is not None and ra.kind == "age" and rb.kind == "duration":
        # "aged 18 to 25 years", "aged 6 to 18 months": the unit serves both; "aged 6 months to 2 years"
        rb = ages.as_age(rb) or rb
    elif ra is not None and ra.kind == "duration" and rb.kind == "age" and rb.start == b.start and rb.end > b.end:
        ra = ages.as_age(ra) or ra  # "between 6 months and 2 years old": the first end is an age too
    if (ra is not None and ra.kind != "count" and ra.unit != rb.unit) or (
            (rb.kind == "age") != (ra is not None and ra.kind == "age")
            # "20 to 30-year-olds", "between 10 and 20 years old": a bare number takes the age after it
            and not (ra is None and rb.kind == "age" and rb.start == b.start and rb.end > b.end)):
        return None
    a = _share_scale(a, b)
    if text[a.end:b.start] in _DASHES or text[a.end:b.start].lower() in _WORD_JOINS:
        a = _share_thousands(text, a, b)
    if (ra is not None and ra.kind in _CONVERTED and ra.end > a.end and abs(ra.factor) != abs(rb.factor)
            and not (ra.offset or rb.offset)):
        # "aged 6 months to 2 years", "between 30 minutes and 2 hours", "500 metres to 2 km": each end
        # in its own unit, the range in the second's (a sign is the factor's, and is read below)
        k = abs(ra.factor / rb.factor)
        a = a._replace(value=a.value * k, step=a.step * k, place=a.place * k)
    # "from -5% to 5%", "-10C to -2C": a minus sign makes its end of the range negative
    signed = ra is not None and ra.factor < 0 and ra.start < a.start
    sign_at = None
    if (ra is None or ra.kind == "count") and (rb.kind == "percent" or rb.unit in _BELOW_ZERO):
        # "from minus 5 to 5 degrees", "between -10 and -5 degrees": the bare first number takes its own sign
        # (not a margin's: "plus or minus 2 to 3 degrees" is 2 to 3 either way)
        sign_at = sign_before(text, a.start)
        signed = sign_at is not None
    if signed or rb.factor < 0:
        a = a._replace(value=-a.value) if signed else a
        b = b._replace(value=-b.value) if rb.factor < 0 else b
        rb = rb._replace(factor=-rb.factor) if rb.factor < 0 else rb
    # "from -18C to -34C", "between minus 18 and minus 34 degrees": below zero the nearer end comes first
    falling = b.value < a.value < 0
    if not (b.value > a.value or falling):
        return None
    gap = patterns().range_join.fullmatch(text, joined_at, rb.start)
    if not gap:
        return None
    between = patterns().between
    # the first reading's own start: "$5", "aged 18", "-5C", "aged 6 months"
    start = sign_at if sign_at is not None else ra.start if ra is not None and ra.start < a.start else a.start
    # "some 40,000-50,000", "between about 10 and 12": a hedge before the range, inside "between" or not
    h = hedge_before(text, start)
    at = h[1] if h else start
    opener = between.search(text, max(0, at - 10), at)
    if opener:
        if text[opener.start():opener.start() + 1] in "fF" and (
                _after_change(text, opener.start()) or _set_verb_before().search(text, max(0, opener.start() - 60), opener.start())):
            # "the toll rose from 120 to 150", "raised the speed limit from 50 to 70 mph": where a
            # change began and ended, no range
            return None
        start = opener.start()
    else:
        start = at
    if "and" in gap.group().lower() and not (opener or between.search(text, max(0, a.start - 10), a.start)):
        return None  # "5 and 7" without "between" is two numbers
    if (not opener and ra is not None and (ra.kind != "count" and b.value > 3 * a.value or ra.end > a.end)
            and "to" in gap.group().lower() and _after_change(text, start)):
        # "rose $12 to $1,200", "rose 120 points to 17,500": a change and where it ended, not a
        # range; only when the first number states its own unit or noun ("lost 10 to 40 jobs" is a range)
        return None
    if (not opener and rb.kind == "count" and (ra is None or ra.kind == "count") and "to" in gap.group().lower()
            and (_after_change(text, start, change_by_verbs)
                 # "Jobless claims fell 5,000 to 242,000": bare numbers whose noun is the subject's, with no
                 # role ("The toll rose 20 to 150", "lost 10 to 40 jobs" stay ranges)
                 or rb.end == b.end and rb.role in (None, vocabulary().population_role) and (ra is None or ra.end == a.end)
                 and _after_change(text, start))):
        # "the toll rose by 20 to 150", "rose by 300 to 4,500 cases": "by" gives the change and "to" the
        # level it reached, no range ("lost 10 to 40 jobs", with no "by", still is one)
        return None
    if (not opener and ra is not None and ra.kind not in ("count", "percent") and b.value > 3 * a.value
            and "to" in gap.group().lower() and _after_change_noun(text, start)):
        # "a drop of $5 to $45": a noun of change likewise, but only with ends far apart, and not for a
        # percent, which a noun of change takes as a rate ("growth of 1% to 4%", "a rise of 5% to 20%",
        # "a pay rise of 3 to 5 per cent" are forecasts' ranges)
        return None
    return _range_found(start, *((b, a) if falling else (a, b)), rb, h[0] if h else None)


_CONVERTED = frozenset({"age", "duration", "measure"})  # the kinds whose ends may be stated in two units
_BELOW_ZERO = frozenset({"celsius", "degree"})  # the measures that go below zero (fahrenheit reads onto celsius)


def _after_change(text: str, start: int, verbs: Callable[[], re.Pattern] | None = None) -> bool:
    """Whether a verb of change ("rose", "fell by") stands right before ``start`` (``verbs``: another pattern
    of what stands there)."""
    h = hedge_before(text, start)
    before = text[max(0, (h[1] if h else start) - 16):h[1] if h else start]
    return (verbs or _change_verbs)().search(before) is not None


def _after_change_noun(text: str, start: int) -> bool:
    """Whether a noun of change and "of" ("a drop of", hedges.yaml ``change_nouns``) stands right before ``start``."""
    return _after_change(text, start, _change_nouns)


@lru_cache(maxsize=1)
def _change_verbs() -> re.Pattern:
    verbs = trie_alternation(vocabulary().change_verbs)
    return pattern_cache.compile(in_paragraph(rf"{verbs}(?:\s+by)?\s+$"), re.IGNORECASE)


@lru_cache(maxsize=1)
def change_by_verbs() -> re.Pattern:
    """A verb of change and "by" ("rose by"), ending where the change's figure starts; also
    what scope/past.py reads an increment by ("the toll rose by 20")."""
    verbs = trie_alternation(vocabulary().change_verbs)
    return pattern_cache.compile(in_paragraph(rf"(?<![\w'’-]){verbs}\s+by\s+$"), re.IGNORECASE)


@lru_cache(maxsize=1)
def _set_verb_before() -> re.Pattern:
    """A verb that sets a value (hedges.yaml ``set_verbs``), then its object of up to six words in the
    same clause, ending where "from" starts: "raised the speed limit "."""
    verbs = trie_alternation(data_words("hedges.yaml", "set_verbs"))
    return pattern_cache.compile(rf"(?i:{verbs})(?:\s+[^\s.,;:!?()\d]+){{0,6}}\s+\Z")


@lru_cache(maxsize=1)
def _change_nouns() -> re.Pattern:
    nouns = trie_alternation(vocabulary().change_nouns)
    return pattern_cache.compile(in_paragraph(rf"\b(?:{nouns})\s+of\s+$"), re.IGNORECASE)


def _range_found(start: int, a: Num, b: Num, rb: Reading, hedge: str | None = None) -> Found:
    """The range from ``a`` to ``b``; a ``hedge`` before it ("about", "nearly") widens each end
    the way it widens one number: "about 40,000-50,000" is 36,000 to 55,000."""
    low, high = a.value, b.value
    if hedge is not None:
        # min and max: below zero a hedge's interval comes out high end first ("about -10C to -20C")
        low, high = min(interval(a.value, a.step, hedge)), max(interval(b.value, b.step, hedge))
    return Found(start, rb.end, _value(rb, a.value, low, high, "range", False))


def _is_year(num: Num) -> bool:
    # four characters first: most numbers are not, and that spares the pattern
    return (num.end - num.start == 4 and not num.words and not num.scaled and num.step >= 1
            and bool(_YEARLIKE.fullmatch(str(int(num.value)))) and num.value == int(num.value))


def _place_precision(num: Num) -> float:
    """The last digit written; a number in words ("a million", "half a million")
    names a round figure, rounded at most by 10%."""
    return min(num.place, 0.1 * abs(num.value)) if num.words else num.place


def _step_precision(num: Num) -> float:
    """Trailing zeros may be rounding (2,500 km from 1,550 miles), but never
    more than 10% of the value: "10m waves" are 9.5 to 10.5 metres, not 5 to 15."""
    return min(num.step, max(num.place, 0.1 * abs(num.value)))


@lru_cache(maxsize=1)
def _spread_parts() -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    """The parts a contest is run across (sports.yaml ``spread_parts``), their hedge ("over":
    ``spread_parts_hedges``, in lower case or capitalized) and the words after which it stays "more than"
    (``spread_parts_not_after``), ending one blank before it."""
    hedges = data_words("sports.yaml", "spread_parts_hedges")
    return (frozenset(data_words("sports.yaml", "spread_parts")),
            pattern_cache.compile(rf"{trie_alternation({f for h in hedges for f in (h, h[:1].upper() + h[1:])})}\s"),
            pattern_cache.compile(rf"(?<![\w'’-])(?i:{trie_alternation(data_words('sports.yaml', 'spread_parts_not_after'))})\s+\Z"))


def _single(text: str, num: Num, r: Reading, trail: tuple[str, int] | None = None, bare_end: int = -1) -> Found:
    """The value the reading gives the number, with the hedge before or after it.
    ``bare_end``: where the caller found no hedge after (``hedge_after`` gave None)."""
    start, end = r.start, r.end
    qualifier = "exact"
    h = hedge_before(text, start)
    t = None
    if h:
        qualifier, start = h
        if qualifier == "more_than" and r.kind == "duration" and durations.spread_over(text, start):
            qualifier, start = "exact", r.start  # "€1.5tn over ten years": across ten years, not more than ten
        elif qualifier == "more_than" and r.kind == "count" and r.counted in _spread_parts()[0] \
                and _spread_parts()[1].match(text, start) and not _spread_parts()[2].search(text, max(0, start - 12), start):
            qualifier, start = "exact", r.start  # "The race, over 53 laps of the circuit": across 53 laps
    elif trail:
        qualifier, end = trail[0], max(end, trail[1])
    else:
        # "the under-16s and over-60s": a group named by its prefix takes no hedge after it
        t = hedge_after(text, end) if end != bare_end and r.rounding != ages.GROUP else None
        if t:
            qualifier, end = t
    if num.vague:
        lo, hi = num.vague
        qualifier = "range" if qualifier == "exact" else qualifier
    else:
        precision = (_place_precision(num) if r.rounding == "place" else
                     _step_precision(num) if r.rounding == "step" else 0.0)
        lo, hi = interval(num.value, num.step, qualifier, rounding=precision)
        if r.kind == "age" and (trail or t or r.rounding == ages.GROUP):
            # "65 and over", "18 or younger", "the over-65s": an age group, open on one side
            qualifier, lo, hi = ages.open_group(text, r, qualifier, num.value, lo, hi)
    return _new_tuple(Found, (start, end, _value(r, num.value, lo, hi, qualifier, num.ordinal)))


def _value(r: Reading, stated: float, lo: float, hi: float, qualifier: str, ordinal: bool) -> Value:
    f, off = r.factor, r.offset
    low, high = lo * f + off, hi * f + off
    if f < 0:  # "-5C": a negative reading turns the interval over
        low, high, stated = high, low, -stated
    # the dictionary ``trusted(Value, ...)`` builds, in its order (the defaults', then "kind")
    return _build_value({"low": clean(low), "high": clean(high), "stated": clean(stated),
                         "stated_unit": r.stated_unit, "unit": r.unit, "qualifier": qualifier,
                         "granularity": None, "counted": r.counted, "role": r.role, "resolved": True,
                         "zone": None, "ordinal": ordinal, "kind": r.kind})


# ``Found(...)`` runs the Python-level ``__new__`` that NamedTuple writes; this is the same tuple, built in C
_new_tuple = tuple.__new__


@lru_cache(maxsize=1)
def _an_hour_and() -> re.Pattern:
    units = trie_alternation(w for w in vocabulary().duration_units if not w.endswith("s"))
    return pattern_cache.compile(in_paragraph(rf"(?<!\w)(?:an?|one)\s+(?P<unit>{units})\s+and\s+$"), re.IGNORECASE)


def _after_an_hour(text: str, f: Found) -> Found | None:
    """``an hour and 20 minutes``: the article phrase before joins the number after it."""
    before = text[max(0, f.start - 24):f.start]
    if not before.endswith(" and "):  # "a day, 3 hours before" is two durations
        return None
    m = _an_hour_and().search(before)
    if m is None or durations._per_rate(text, f.start - len(before) + m.start()):
        return None  # not "£290,000 a week, 3 days later"
    unit = vocabulary().duration_units[m.group("unit").lower()]
    v = f.value
    if v.qualifier != "exact" or not isinstance(v.low, (int, float)) or v.low >= unit.factor:
        return None
    low, high = clean(v.low + unit.factor), clean(v.high + unit.factor)
    return Found(f.start - len(before) + m.start(), f.end, v.model_copy(update={
        "low": low, "high": high, "stated": clean(low / unit.factor), "stated_unit": unit.name}))


def _join_durations(text: str, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    # the duration last joined from parts, and its last part's unit: "3 hours and 31 minutes,
    # 12 minutes longer" goes on only in a smaller unit than the minutes
    joined_last: tuple[Found, float] | None = None
    for k, f in enumerate(found):
        if f.value.kind == "duration" and (not out or out[-1].end <= f.start - 12) and (j := _after_an_hour(text, f)):
            if not out or out[-1].end <= j.start:
                f = j
        if out and f.value.kind == "duration" and out[-1].value.kind == "duration":
            smallest = joined_last[1] if joined_last is not None and joined_last[0] is out[-1] else None
            joined = durations.join_parts(text, out[-1], f, smallest)
            if joined:
                out[-1] = joined
                joined_last = joined, durations.unit_factor(f.value)
                continue
        if out and f.value.stated_unit == "inch" and out[-1].value.stated_unit == "foot":
            joined = _feet_and_inches(text, out[-1], f)
            if joined:
                out[-1] = joined
                continue
        # "20 euros and 43 cents": a cent is a hundredth of whatever the sum before it is in
        if (out and f.value.kind == "money" and out[-1].value.kind == "money"
                and (f.value.unit == out[-1].value.unit or f.value.stated_unit in _CENTS)
                and f.value.stated_unit != f.value.unit and out[-1].value.stated_unit == out[-1].value.unit):
            joined = _units_and_coins(text, out[-1], f)
            if joined:
                out[-1] = joined
                continue
        if out and f.value.stated_unit == "ounce" and out[-1].value.stated_unit == "pound":
            joined = _pounds_and_ounces(text, out[-1], f)
            if joined:
                out[-1] = joined
                continue
        if out and f.start < out[-1].end:
            continue  # the inches a height took: "5 foot 10"
        if f.value.kind == "duration" and text.startswith(" and a", f.end) and (h := _and_a_share(text, f)):
            f = h
        if f.value.stated_unit == "foot" and text.startswith(("-", " "), f.end) and (h := _height_inches(text, f)) \
                and not (k + 1 < len(found) and found[k + 1].start < h.end and found[k + 1].value.stated_unit == "inch"):
            f = h  # (not "5 ft 6 in tall": the inches' own unit joins them)
        out.append(f)
    return out


_CENTS = frozenset({"cents", "cent"})
_PART_GAP = pattern_cache.compile(in_paragraph(r",?\s*(?:and\s+)?"))
# "6-foot-2", "6-foot-2-inch": the inches of a height, glued to its feet with a hyphen
_DASHED_INCHES = pattern_cache.compile(r"-(1[01]|\d)(?:-inch(?:es)?)?(?![\w%]|[.,]\d|-\w)", re.IGNORECASE)
_INCH = 0.0254


@lru_cache(maxsize=1)
def _spaced_inches() -> re.Pattern:
    """"5 foot 10", "five foot ten", "5ft 10": a person's height, its inches after a space, in digits
    or words (numbers.yaml ``units`` up to eleven), no unit or figure after them."""
    v = vocabulary()
    words = trie_alternation(w for w, n in v.number_units.items() if 0 < n < 12)
    units = trie_alternation([*v.measure_units, *v.duration_units])
    return pattern_cache.compile(rf" (1[01]|\d|{words})(?![\w%'’-]|[.,]\d| ?\d| +(?:and|to|or|by|x|{units})\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _and_a_share_pattern() -> re.Pattern:
    """" and a half", " and a quarter" after a length in a unit, its last words (numbers.yaml ``fractions`` in the
    singular), no "of" after them ("and a third of the staff" is a share of something else)."""
    shares = trie_alternation(f for f in vocabulary().fractions if not f.endswith("s"))
    return pattern_cache.compile(rf" and a[ \t]+(?P<share>{shares})\b(?![ \t]+of\b|-)", re.IGNORECASE)


def _and_a_share(text: str, f: Found) -> Found | None:
    """``two hours and a half``: a length in whole units and a share of one more, as "an hour and a half" is."""
    a = f.value
    if a.qualifier != "exact" or not isinstance(a.stated, (int, float)) or a.stated != int(a.stated) or not a.stated \
            or (m := _and_a_share_pattern().match(text, f.end)) is None:
        return None
    share = vocabulary().fractions[m.group("share").lower()]
    if not 0 < share < 1:
        return None
    unit = a.low / a.stated
    low = clean(a.low + share * unit)
    return Found(f.start, m.end(), a.model_copy(update={"low": low, "high": clean(a.high + share * unit), "stated": clean(a.stated + share)}))


def _height_inches(text: str, feet: Found) -> Found | None:
    """``6-foot-2``, ``5 foot 10``: one length, 6 ft 2 in, to the inch (spaced, a man's height: a foot, "foot"
    or "ft" written, from four to eight feet)."""
    a = feet.value
    if a.qualifier != "exact":
        return None
    if text.startswith("-", feet.end):
        m = _DASHED_INCHES.match(text, feet.end)
        if m is None or not text[feet.start:feet.end].lower().endswith("-foot"):
            return None
    elif not (4 <= a.stated <= 8 and a.stated == int(a.stated) and text[feet.start:feet.end].lower().endswith((" foot", "ft"))) \
            or (m := _spaced_inches().match(text, feet.end)) is None:
        return None
    inches = int(m.group(1)) if m.group(1).isdigit() else vocabulary().number_units[m.group(1).lower()]
    low = clean(a.stated * 0.3048 + (inches - 0.5) * _INCH)
    high = clean(a.stated * 0.3048 + (inches + 0.5) * _INCH)
    return Found(feet.start, m.end(), a.model_copy(update={"low": low, "high": high}))


def _units_and_coins(text: str, whole: Found, coins: Found) -> Found | None:
    """``twenty dollars and fifty cents``: one sum."""
    a, b = whole.value, coins.value
    if a.qualifier != "exact" or b.qualifier != "exact" or not _PART_GAP.fullmatch(text, whole.end, coins.start):
        return None
    if not (isinstance(a.stated, (int, float)) and a.stated == int(a.stated) and a.stated < 1e5 and b.high < 1):
        return None
    low, high = clean(a.stated + b.low), clean(a.stated + b.high)
    return Found(whole.start, coins.end, a.model_copy(update={"low": low, "high": high, "stated": clean(a.stated + b.stated * 0.01)}))


def _unit_and_part(big_unit: float, parts: int):
    """A joiner of a measure stated in a unit and its part, as one value: ``5ft 10in``
    (one length), ``7lb 8oz``, ``8 pounds, 3 ounces`` (one weight, a newborn's as British
    papers give it). ``big_unit`` is the unit in the base unit (metres, kilograms), and the
    part, read in the base unit already, is one of ``parts`` to the unit."""

    def join(text: str, whole: Found, part: Found) -> Found | None:
        a, b = whole.value, part.value
        if a.qualifier != "exact" or b.qualifier != "exact" or not _PART_GAP.fullmatch(text, whole.end, part.start):
            return None
        if not (isinstance(b.stated, (int, float)) and 0 <= b.stated < parts):
            return None
        low, high = clean(a.stated * big_unit + b.low), clean(a.stated * big_unit + b.high)
        return Found(whole.start, part.end, a.model_copy(update={"low": low, "high": high}))
    return join


_feet_and_inches = _unit_and_part(0.3048, 12)
_pounds_and_ounces = _unit_and_part(0.45359237, 16)

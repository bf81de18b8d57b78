"""Factors: a growth told as a multiple, "cases doubled", "the budget was halved", "a fivefold
increase", "three times as many", "2.5 times higher", "a 10-fold rise".

A factor is kind ``factor`` in units of ``times``: "doubled" is 2, "halved" 0.5. The words that
are a factor alone are a table (numbers.yaml ``factors.words``), looked up in the article's word
index; a number before ``multipliers`` ("three times", "10-fold") is read by ``read``, which
``quantities.read_number`` asks, and is a factor only as "-fold" or before a word of a comparison
(``factors.after_times``: "three times as many", not "three times a day" nor "a two times champion").
Hedges are read as for any number: "more than doubled" is 2..3, "nearly tripled" 2.7..3; a
shrinking's hedge on how many times it shrank: "more than halved" is 1/3..1/2, "nearly halved"
1/2..1/1.8.

A percent change is a factor too (``from_percent_changes``): "rose 200%" and "a 200 percent increase"
are 3, as "tripled" is; "fell 50%" is 0.5; its hedges and rounding kept.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from factcheck import pattern_cache
from factcheck.extract.base import Found, Reading, data_words, trie_alternation
from factcheck.extract.numbers import BLANKS, Num, clean, hedge_before, interval, parse_number_words
from factcheck.models import Value, trusted
from factcheck.scan import Words, words_of
from factcheck.vocab import data_file, fold, vocabulary

UNIT = "times"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, int | float], frozenset[str], re.Pattern, re.Pattern]:
    """numbers.yaml ``factors``: each word's factor, the words, the pattern of a word that stops one
    (``words_not_before``) and the pattern after "times" that makes a factor (``after_times``)."""
    data = data_file("numbers.yaml").get("factors") or {}
    words = {str(w).lower(): (int(f) if float(f).is_integer() else float(f)) for w, f in (data.get("words") or {}).items()}
    not_before = trie_alternation({str(w) for w in data.get("words_not_before") or ()})
    after = trie_alternation({str(w) for w in data.get("after_times") or ()})
    return (words, frozenset(words),
            pattern_cache.compile(rf"(?i:[ \t]+(?:{not_before})(?![\w'’-]))"),
            pattern_cache.compile(rf"(?i:[ \t]+(?:{after})(?![\w'’-]))"))


_WORD = pattern_cache.compile(r"[A-Za-z]+")


def read(text: str, num: Num, multiplier: re.Match) -> Reading | None:
    """A number before ``multipliers`` (``multiplier``: the match of "times" or "-fold" at its end) as
    a factor: always before "-fold" ("a 10-fold rise"), before "times" only with a word of a
    comparison after it ("three times as many", "2.5 times higher"); else None, no quantity."""
    end = multiplier.end()
    # ... or a number with decimals, which no count of occasions has ("rose 2.5 times in a year")
    if not multiplier.group().lower().endswith("fold") and num.place >= 1 and _table()[3].match(text, end) is None:
        return None
    return Reading("factor", num.start, end, 1.0, UNIT, UNIT, "place" if num.place < 1 else "")


def extract(text: str, taken, words: Words | None = None) -> list[Found]:
    """The factor words of the text ("doubled", "a fivefold increase"), found through the word index."""
    table, keys, not_before, _ = _table()
    words = words or words_of(text)
    out: list[Found] = []
    for at in words.positions(keys):
        m = _WORD.match(text, at)
        end = m.end()
        if text[end:end + 1] == "-" or text[at - 1:at] == "-" or not_before.match(text, end):
            continue  # "doubled-edged", "re-doubled"; "doubled down on"
        factor = table[m.group().lower()]
        start, qualifier = at, "exact"
        if (h := hedge_before(text, at)) is not None:
            qualifier, start = h
        if taken(start, end):
            continue
        if factor >= 1:
            low, high = interval(factor, 1.0, qualifier)
        else:  # a shrinking is hedged on how many times it shrank: "more than halved" is 1/3..1/2
            low, high = (1 / x for x in reversed(interval(1 / factor, 1.0, qualifier)))
        out.append(Found(start, end, trusted(Value, kind="factor", low=low, high=high, stated=factor,
                                             stated_unit=UNIT, unit=UNIT, qualifier=qualifier)))
    if (by := _by_a_factor()) is not None:
        out.extend(_factors_of(text, taken, words, by))
    if (smaller := _smaller()) is not None:
        out.extend(_shrinkings(text, taken, words, smaller))
    return out


class _Smaller(NamedTuple):
    keys: frozenset[str]  # numbers.yaml ``multipliers``: "times"
    after: re.Pattern  # right after it, a word of a smaller amount: " less", " fewer"
    number: re.Pattern  # right before it, the number and a blank, ending there


@lru_cache(maxsize=1)
def _smaller() -> _Smaller | None:
    numbers = data_file("numbers.yaml")
    smaller = [str(w) for w in (numbers.get("factors") or {}).get("smaller_after_times") or ()]
    if not smaller:
        return None
    return _Smaller(
        frozenset(str(w).lower() for w in numbers.get("multipliers") or ()),
        pattern_cache.compile(rf"[ \t]+(?i:{trie_alternation(smaller)})(?![\w'’-])"),
        pattern_cache.compile(r"(?<![\w'’.,-])(?P<n>\d+(?:,\d{3})*(?:\.(?P<dec>\d+))?|[A-Za-z]+(?:-[A-Za-z]+)?)[ \t]+\Z"))


def _shrinkings(text: str, taken, words: Words, smaller: _Smaller) -> list[Found]:
    """"30 times less energy" (1/30), "five times fewer cases" (1/5), "roughly 30 times less" (1/33..1/27):
    a number before "times" and a word of a smaller amount after it (numbers.yaml ``factors.smaller_after_times``)
    is a shrinking to an Nth, hedged on how many times it shrank; the span is the number and "times"."""
    out: list[Found] = []
    for at in words.positions(smaller.keys):
        end = _WORD.match(text, at).end()
        if smaller.after.match(text, end) is None \
                or (m := smaller.number.search(text, max(0, at - 24), at)) is None:
            continue
        n = m.group("n")
        if n[0].isdigit():
            value, step = float(n.replace(",", "")), 1.0
            rounding = 10.0 ** -len(m.group("dec")) if m.group("dec") else 0.0
        elif (parsed := parse_number_words(n)) is not None:
            (value, step), rounding = parsed, 0.0
        else:
            continue  # "several times less", "many times fewer"
        start, qualifier = m.start(), "exact"
        if (h := hedge_before(text, start)) is not None:
            qualifier, start = h
        if value <= 1 or taken(start, end):
            continue
        low, high = interval(value, step, qualifier, rounding=rounding)
        low, high, stated = clean(1 / high), clean(1 / max(low, 1.0)), clean(1 / value)
        out.append(Found(start, end, trusted(Value, kind="factor", low=low, high=high, stated=stated,
                                             stated_unit=UNIT, unit=UNIT, qualifier=qualifier)))
    return out


class _ByAFactor(NamedTuple):
    keys: frozenset[str]  # numbers.yaml ``factors.by_a_factor``: "factor"
    after: re.Pattern  # at the noun: "factor of three", the number in ``n``
    article: re.Pattern  # right before the noun: "a "
    verb: re.Pattern  # before the article (and a hedge): a verb of change and "by", ending there


@lru_cache(maxsize=1)
def _by_a_factor() -> _ByAFactor | None:
    nouns = data_words("numbers.yaml", "factors", "by_a_factor")
    if not nouns:
        return None
    b = BLANKS
    return _ByAFactor(
        frozenset(n.lower() for n in nouns),
        pattern_cache.compile(rf"(?i:{trie_alternation(nouns)}){b}of{b}"
                              rf"(?P<n>\d+(?:,\d{{3}})*(?:\.(?P<dec>\d+))?|[A-Za-z]+(?:-[A-Za-z]+)?)(?![\w'’-]|\.\d)"),
        pattern_cache.compile(r"(?<![\w'’-])(?i:an?)[ \t]+\Z"),
        pattern_cache.compile(rf"(?<![\w'’-])(?i:(?P<verb>{trie_alternation(vocabulary().change_verbs)}){b}by){b}\Z"))


def _factors_of(text: str, taken, words: Words, by: _ByAFactor) -> list[Found]:
    """"rose by a factor of three" (3), "fell by a factor of two" (0.5), "grew by more than a factor of
    two" (2..3): the number after the noun of numbers.yaml ``factors.by_a_factor``, after a verb of change
    and "by" (hedges.yaml ``change_verbs``), whose way says whether it grew or shrank; the span opens at
    the article (or the hedge before it)."""
    out: list[Found] = []
    ways = vocabulary().change_ways
    for at in words.positions(by.keys):
        if (m := by.after.match(text, at)) is None or (a := by.article.search(text, max(0, at - 4), at)) is None:
            continue
        start, qualifier = a.start(), "exact"
        if (h := hedge_before(text, start)) is not None:
            qualifier, start = h
        if (v := by.verb.search(text, max(0, start - 24), start)) is None:
            continue  # "a factor of some importance", "outnumber children by a factor of three"
        way = ways.get(fold(v.group("verb")))
        n = m.group("n")
        if n[0].isdigit():
            value, step, rounding = float(n.replace(",", "")), 1.0, 10.0 ** -len(m.group("dec") or "")
            rounding = rounding if m.group("dec") else 0.0
        elif (parsed := parse_number_words(n)) is not None:
            (value, step), rounding = parsed, 0.0
        else:
            continue
        if value <= 1 or way not in ("rise", "fall") or taken(start, m.end()):
            continue
        low, high = interval(value, step, qualifier, rounding=rounding)
        low, stated = max(low, 1.0), value  # "by up to a factor of 100": no factor below 1, no change
        if way == "fall":
            low, high, stated = 1 / high, 1 / low, 1 / value
        low, high, stated = clean(low), clean(high), clean(stated)
        out.append(Found(start, m.end(), trusted(Value, kind="factor", low=low, high=high, stated=stated,
                                                 stated_unit=UNIT, unit=UNIT, qualifier=qualifier)))
    return out


class _Changes(NamedTuple):
    before: re.Pattern  # a verb of change (and "by"), or a noun of change and "of", ending at the figure
    after: re.Pattern  # a noun of change right after the figure: "a 200% increase"
    least: float  # numbers.yaml ``factors.percent_change_min``


@lru_cache(maxsize=1)
def _changes() -> _Changes:
    v = vocabulary()
    verbs, nouns, b = trie_alternation(v.change_verbs), trie_alternation(v.change_nouns), BLANKS
    least = float((data_file("numbers.yaml").get("factors") or {}).get("percent_change_min", 0))
    return _Changes(
        pattern_cache.compile(rf"(?<![\w'’-])(?i:(?P<verb>{verbs})(?:{b}by)?|(?P<noun>{nouns}){b}of){b}\Z"),
        pattern_cache.compile(rf"[ \t-](?i:(?P<noun>{nouns}))(?![\w'’-])"), least)


def from_percent_changes(text: str, found: list[Found]) -> list[Found]:
    """The growths the percent changes of ``found`` tell, as factors on the same spans: a rise of p%
    right after a verb of change (hedges.yaml ``change_verbs``: "rose 200%", "up 300%", "increased by
    100 percent") or before or after a noun of change ("a 200 percent increase", "a rise of 150%") is
    the factor 1 + p/100, a fall 1 - p/100 ("fell 50%" is halved); not a level ("rose to 200%"), a share
    ("200% of the target"), points ("rose 2 percentage points"), nor a change smaller than
    ``percent_change_min`` percent."""
    ch = _changes()
    ways = vocabulary().change_ways
    out: list[Found] = []
    for f in found:
        v = f.value
        if v.kind != "percent" or v.unit != "percent" or not v.stated >= ch.least:
            continue
        m = ch.before.search(text, max(0, f.start - 24), f.start)
        if m is None:
            m = ch.after.match(text, f.end)
        if m is None:
            continue
        way = ways.get(fold(m.group(m.lastgroup)))  # the word as the pattern matched it: "roſe" is "rose"
        if way == "rise":
            low, high, stated = 1 + v.low / 100, 1 + v.high / 100, 1 + v.stated / 100
        elif way == "fall" and v.high < 100:
            low, high, stated = 1 - v.high / 100, 1 - v.low / 100, 1 - v.stated / 100
        else:
            continue  # "revised 60%": no way; "fell 100%": nothing left, no factor
        out.append(Found(f.start, f.end, trusted(Value, kind="factor", low=low, high=high, stated=stated,
                                                 stated_unit=UNIT, unit=UNIT, qualifier=v.qualifier)))
    return out

"""Applying rules: select mentions and read their scope; ``grouping`` then
groups the claims into facts and compares them.

    articles -> mentions (extract) -> claims (select + scope) -> findings (grouping)
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from contextlib import contextmanager
from functools import lru_cache, partial
from itertools import accumulate, chain, compress
from operator import attrgetter, is_, not_
from typing import NamedTuple

from factcheck import pattern_cache
from factcheck.extract import extract_mentions
from factcheck.extract.base import data_words, trie, trie_alternation
from factcheck.extract.counts import whole_owner
from factcheck.extract.dates import _month_value, _year_value, quoted_relative_day
from factcheck.grouping import WEEKDAY_SLIPS, group_findings, late_dims, weekday_slips
from factcheck.models import Article, Claim, Mention, Report, Value, builder, trusted
from factcheck.rules import Rule
from factcheck.scan import KeyedPattern, Words, first_words
from factcheck.scope.past import record_before_since
from factcheck.scope import (DAY_FIGURE, OWN_WORDS, PAST_KINDS, ArticleScope, dated_day, find_people, index_article,
                             past_cutoff, past_key, read_past, read_scope, register_scope_words)
from factcheck.text import literal_led_matches
from factcheck.wording import content_words, spoken_statement

_SINCE = pattern_cache.compile(r"\bsince\s+$", re.IGNORECASE)
_WORD = pattern_cache.compile(r"\w+")


@lru_cache(maxsize=8)
def _trigger_pattern(phrases: frozenset[str]) -> KeyedPattern:
    """One pattern for all of a rule set's trigger phrases (built once per set).

    A prefix tree matches the same (longest) phrase as ``vocab.alternation`` at a
    fraction of the cost: one try per letter instead of one per phrase."""
    trie = trie_alternation({" ".join(p.split()) for p in phrases})
    return KeyedPattern(pattern_cache.compile(trie, re.IGNORECASE), first_words(phrases))


class _RuleWords(NamedTuple):
    """One rule's trigger words (lower case) and windows (``rules.Trigger``), as ``_Scorer`` reads them."""

    near: dict[str, str | None]  # ``any`` and the events' words -> the event each names, or None
    context: set[str]
    vetoes: set[str]  # every word that may veto (all the kinds below, and ``require_before``)
    window: int
    context_window: int
    exclude_window: int
    others: set[str]  # ``other_events``
    before: set[str]  # ``exclude_before``
    before_window: int
    after: set[str]  # ``exclude_after``
    after_window: int
    figure: set[str]  # ``exclude_before_figure``
    after_whole: bool
    after_unnamed: bool  # ``exclude_after_unnamed``
    clock_reach: bool  # ``clock_reach``
    between: bool  # ``exclude_before_between``
    clause: set[str]  # ``exclude_before_clause``
    clause_window: int
    clause_too: frozenset[str]  # ``exclude`` words also in ``exclude_before_clause``: they veto both ways
    required: frozenset[str]  # ``require_before``
    required_window: int


class _Triggers:
    """All rules' words in one pattern, tried only at the words that can open a phrase."""

    def __init__(self, rules: list[Rule]):
        phrases = set()
        for r in rules:
            t = r.trigger
            phrases.update(w.lower() for w in t.any + t.context + t.exclude + t.other_events + t.exclude_before
                           + t.exclude_before_figure + t.exclude_before_clause + t.exclude_after + t.require_before)
            for words in t.events.values():
                phrases.update(w.lower() for w in words)
        self.use(phrases)
        self.rule_words: dict[str, _RuleWords] = {}
        # words that veto the value after them (``exclude_before``): "to 28.7% from 36.5%"
        self.before = frozenset(w.lower() for r in rules for w in r.trigger.exclude_before)
        for r in rules:
            t = r.trigger
            near = {w.lower(): None for w in t.any}
            for event, words in sorted(t.events.items()):
                for w in words:
                    near.setdefault(w.lower(), event)
            others = {w.lower() for w in t.other_events}
            before = {w.lower() for w in t.exclude_before}
            # a word in both lists vetoes from either side, each with its own window: "of whom" right
            # before the part ("of whom 148") or right after it ("148 of whom"), never the whole past
            # the comma ("risen to 312, of whom 148")
            after = {w.lower() for w in t.exclude_after}
            figure = {w.lower() for w in t.exclude_before_figure} - before - after
            clause = {w.lower() for w in t.exclude_before_clause} - before - after - figure
            required = {w.lower() for w in t.require_before}
            excluded = {w.lower() for w in t.exclude}
            # other events and words that veto from one side are looked for with the excluded
            # words; the scorer tells them apart
            self.rule_words[r.id] = _RuleWords(
                near=near, context={w.lower() for w in t.context},
                vetoes=excluded | others | before | after | figure | clause | required,
                window=t.window, context_window=t.context_window, exclude_window=t.exclude_window, others=others,
                before=before - excluded, before_window=t.exclude_before_window,
                after=after - excluded, after_window=t.exclude_after_window,
                figure=figure - excluded, after_whole=t.exclude_after_whole, after_unnamed=t.exclude_after_unnamed,
                clock_reach=t.clock_reach,
                between=t.exclude_before_between,
                clause=clause - excluded, clause_window=t.exclude_before_clause_window,
                clause_too=frozenset(clause & excluded),
                required=frozenset(required), required_window=t.require_before_window)

    def use(self, phrases: set[str]) -> None:
        """Look for ``phrases`` (lower case)."""
        self.pattern = _trigger_pattern(frozenset(phrases)) if phrases else None
        # A match covers as many words (``\w+`` runs) as its phrase has, so it can only
        # cover candidates fewer than this many words after its own
        self.longest = max((len(_WORD.findall(p)) for p in phrases), default=1) or 1
        self.plans = plans = _plans(phrases)
        keys = self.pattern.keys if phrases else frozenset()
        self.unplanned = frozenset(k for k in keys if k not in plans)
        # a planned word opens a phrase of more than one word only where its second follows
        self.pairs = frozenset((k, second) for k, plan in plans.items() for second in plan[1])
        # the opening words whose match may run past them: only those hide others
        self.extenders = self.unplanned | {k for k, plan in plans.items() if plan[1]}
        self._openers: dict[frozenset[str], frozenset[str]] = {}
        self._folded: dict[str, str] = {}  # matched text -> phrase, as the rules spell it

    def openers(self, wanted: frozenset[str] | None) -> frozenset[str]:
        """The opening words that may give a hit of ``wanted`` with no second word after them
        (all when None): the unplanned, and those that are a phrase of ``wanted`` alone."""
        if wanted is None:
            return self.pattern.keys
        found = self._openers.get(wanted)
        if found is None:
            found = self._openers[wanted] = self.unplanned | {k for k, plan in self.plans.items() if plan[0] and k in wanted}
        return found

    def hits(self, words: Words, start: int, end: int) -> list[tuple[int, int, str]]:
        """The phrases that start from ``start`` to ``end``: the matches that
        ``self.pattern.finditer(words)`` finds there, without scanning the rest of the text."""
        return [h[:3] for h in self.numbered_hits(words, start, end, None)]

    def numbered_hits(self, words: Words, start: int, end: int,
                      wanted: frozenset[str] | None) -> list[tuple[int, int, str, int, int]]:
        """``hits``, of the phrases in ``wanted`` (all when None), each with the numbers
        of its first and last words: the first is the candidate's (a word that opens
        a phrase), and the last is found among the ``longest`` words from there.

        The candidates are looked up in the span's own words: only the few sentences
        that hold a mention scored by its words are looked at, so this is cheaper
        than the article's index of them. Like ``finditer``, a match hides the
        candidates it covers, and only a match of more than one word can. So the
        candidates are the ``openers`` of ``wanted`` and the words followed by the
        second word of one of their phrases (``pairs``); and the scan begins at the
        first of the span unless a match of several words before the span could hide
        it (within ``longest`` words); then at that one, and so on back.
        """
        if self.pattern is None:
            return []
        starts, folded_words = words.starts, words.words
        a, b = bisect_left(starts, start), bisect_left(starts, end)
        span = folded_words[a:b]
        # in a loose text a word's lower case may not be what the pattern matches (see ``Words``)
        if words.loose:
            plans, extenders = {}, self.pattern.keys
            numbers = list(compress(range(a, b), map(extenders.__contains__, span)))
        else:
            plans, extenders = self.plans, self.extenders
            numbers = list(compress(range(a, b), map(self.openers(wanted).__contains__, span)))
            longer = list(compress(range(a, b), map(self.pairs.__contains__, zip(span, folded_words[a + 1:b + 1]))))
            if longer:
                numbers = sorted({*numbers, *longer}) if numbers else longer
        if not numbers:
            return []
        longest = self.longest
        # every word of the span that may open a match of several words is a candidate
        # already: only such a word before the span can hide the first
        w, before = a - 1, []
        stop = numbers[0] - longest
        while w > stop and w >= 0:
            word = folded_words[w]
            if word in extenders:
                plan = plans.get(word)
                if plan is None or folded_words[w + 1] in plan[1]:
                    before.append(w)
                    stop = w - longest
            w -= 1
        if before:
            numbers[:0] = reversed(before)
        text, match, folded = words.text, self.pattern.pattern.match, self._folded
        last_word = len(folded_words) - 1
        found, covered = [], 0
        for w in numbers:
            pos = starts[w]
            if pos < covered:
                continue
            word = folded_words[w]
            plan = plans.get(word)
            if plan is not None and (w == last_word or folded_words[w + 1] not in plan[1]):
                # no longer phrase can match here: the match is the word alone, or none
                if plan[0]:
                    covered = pos + len(word)
                    if pos >= start and (wanted is None or word in wanted):
                        found.append((pos, covered, word, w, w))
                continue
            m = match(text, pos)
            if m is not None and m.end() > pos:
                covered = m.end()
                if pos >= start:
                    said = m.group()
                    phrase = folded.get(said)
                    if phrase is None:
                        phrase = folded[said] = " ".join(said.lower().split())
                    if wanted is None or phrase in wanted:
                        found.append((pos, covered, phrase, w,
                                      bisect_right(starts, covered - 1, w, min(w + longest, len(starts))) - 1))
        return found


def _plans(phrases) -> dict[str, tuple[bool, frozenset[str]]]:
    """For a word that phrases begin with: whether it is a phrase alone, and the
    second words of its longer phrases. A longer phrase can only match where the
    text's next word is one of those (its words are matched literally, each ending
    where a word of the text ends), so elsewhere the pattern matches the word alone
    or nothing, and ``numbered_hits`` need not try it. Phrases that end in no word or
    are not ASCII get no plan: their word is always tried. Every phrase opens with a
    word (rules.py rejects others at load: tried at a word, they would never match)."""
    alone: dict[str, bool] = {}
    seconds: dict[str, set[str]] = {}
    unplanned = set()
    for p in phrases:
        p = " ".join(p.lower().split())
        runs = _WORD.findall(p)
        first = runs[0]
        # "foo." would match with no second word to look for, and a phrase ending in "_"
        # matches the start of a longer word
        if not p.isascii() or (len(runs) == 1 and p != first) or "_" in p:
            unplanned.add(first)
            continue
        alone[first] = alone.get(first, False) or p == first
        seconds.setdefault(first, set()).update(runs[1:2])
    return {w: (alone[w], frozenset(seconds[w])) for w in alone if w not in unplanned}


def _selects(rule: Rule, v: Value) -> bool:
    return _selects_kind(rule, v) and _selects_size(rule, v)


def _selects_kind(rule: Rule, v: Value) -> bool:
    """``_selects`` less ``min_value``, ``max_value`` and ``min_content_words``: what it says depends only on
    ``_value_sort``."""
    s = rule.select
    if s.counted and v.counted not in s.counted:
        return False
    if s.roles and v.role not in s.roles:
        return False
    if s.units and v.stated_unit not in s.units and v.unit not in s.units:
        return False
    if s.granularity and v.granularity not in s.granularity:
        return False
    return True


def _selects_size(rule: Rule, v: Value) -> bool:
    s = rule.select
    if s.min_content_words is not None and v.kind == "quote" and content_words(str(v.stated)) < s.min_content_words:
        # a short statement in someone's voice ("We will not let the city burn") is their own words
        least = s.min_content_words_statement
        if least is None or content_words(str(v.stated)) < least or not spoken_statement(str(v.stated)):
            return False
    if not isinstance(v.low, (int, float)):
        return True
    return (s.min_value is None or not v.high < s.min_value) and (s.max_value is None or not v.low > s.max_value)


def _value_sort(v: Value) -> tuple:
    """What ``_selects_kind`` reads of a value: values of one sort go to the same rules."""
    return v.counted, v.role, v.stated_unit, v.unit, v.granularity


def _selects_all(rule: Rule) -> bool:
    """Whether ``_selects`` says yes to every value (the rule's ``select`` is empty)."""
    s = rule.select
    return not (s.counted or s.roles or s.units or s.granularity) and s.min_value is None and s.max_value is None \
        and s.min_content_words is None


# ``w(?<!\ww)hile`` is ``\bwhile`` spelled to open with a literal, which ``re`` scans for faster
# what stands between a value and an alternative set off after it: "8 million people, or 2.4 million households,"
_APPOSITIVE_OR = pattern_cache.compile(r",\s+or\s+")
_CLAUSE = pattern_cache.compile(rf";|,\s+{trie(data_words('text.yaml', 'comma_clause_joins'))}\b|\s[—–]\s|w(?<!\ww)hile\b")
# Where a ``_CLAUSE`` match can start: at one of these strings, or on the character before
# one of the dashes. Keep them in step with ``_CLAUSE``.
_CLAUSE_OPENERS = (";", ",", "while")
_CLAUSE_DASHES = ("—", "–")
_CAPITALS = bytes(ord("^") if chr(i).isupper() else ord(".") for i in range(128)) + b"." * 128
_PLAIN = bytes(0 if chr(i).isupper() else 1 for i in range(256))  # 1 for a byte that is no capital (ASCII)
CLAUSE_COST = 4  # a clause boundary between a value and a trigger word counts as this many words


def clause_breaks(text: str) -> list[int]:
    """Where ``_CLAUSE.finditer(text)`` finds its matches (``text.literal_led_matches``)."""
    return [start for start, _ in literal_led_matches(_CLAUSE, _CLAUSE_OPENERS, _CLAUSE_DASHES, text)]


class _Reach:
    """Distances for trigger words: proper names and titles do not count
    ("talks with President Vladimir V. Putin and Foreign Minister Sergey Lavrov
    for four hours" is near "talks"), a clause boundary counts as several words
    ("the election on May 25, and the cease-fire" keeps May 25 with the election).

    Distances are only ever taken between a mention and the trigger words of
    its own sentence, so words are counted from just before the sentence
    (``positions``), not from the start of the text: only the few sentences
    that hold a mention a rule scores by its words are counted at all.
    """

    def __init__(self, text: str, words: Words):
        self.text = text
        self.starts = words.starts
        self.breaks = clause_breaks(text)

    def positions(self, offsets: list[int]) -> list[int]:
        """The word position of each offset, on a scale whose origin is arbitrary
        but the same for all of them: words are counted from just before the first."""
        text, starts, breaks = self.text, self.starts, self.breaks
        first = bisect_right(starts, min(offsets)) - 1
        last = bisect_right(starts, max(offsets)) - 1
        # a word counts 1 unless it is capitalized: the words counted up to word
        # ``first`` + j are j less the capitals among the first j initials
        initials = "".join(map(text.__getitem__, starts[first + 1:last + 1]))
        if initials.isascii():
            # "^" for each capital letter, then ``bytes.count`` counts them at C speed
            capitals = initials.encode("ascii").translate(_CAPITALS).count
            out = []
            for x in offsets:
                j = bisect_right(starts, x) - 1 - first
                out.append(j - capitals(b"^", 0, j) + CLAUSE_COST * bisect_right(breaks, x))
            return out
        steps = list(accumulate(map(not_, map(str.isupper, initials)), initial=0))
        return [steps[bisect_right(starts, x) - 1 - first] + CLAUSE_COST * bisect_right(breaks, x) for x in offsets]

    def numbered(self, numbers: list[int], offsets: list[int]) -> list[int]:
        """``positions`` of ``offsets``, given the number of the word each stands in
        (-1 before the first word), on a scale whose origin may differ."""
        text, starts, breaks = self.text, self.starts, self.breaks
        first = min(numbers)
        initials = "".join(map(text.__getitem__, starts[first + 1:max(numbers) + 1]))
        # a word counts 1 unless it is capitalized: ``steps[j]`` counts the words up to word ``first`` + j
        if initials.isascii():
            steps = list(accumulate(initials.encode("ascii").translate(_PLAIN), initial=0))
        else:
            steps = list(accumulate(map(not_, map(str.isupper, initials)), initial=0))
        out = [steps[j - first] for j in numbers]
        # with no clause break among the offsets, every one is past the same number of breaks
        if bisect_right(breaks, min(offsets)) != bisect_right(breaks, max(offsets)):
            out = [p + CLAUSE_COST * bisect_right(breaks, x) for p, x in zip(out, offsets)]
        return out


_POSSESSIVE = frozenset({"'s ", "’s "})  # a value's possessive, right before the word it names: "Friday's siege"
_FIGURE = pattern_cache.compile(r"\d")  # a figure between a word and a value: ``exclude_before_figure``
_BREAK_AFTER = pattern_cache.compile(r"[,;:—–]")  # a clause break between a value and an ``exclude_after`` word
# between an ``exclude_before`` word and the value, a name and "of": "a loan from Saudi Arabia of $2 billion" is
# the loan's figure, the name where it came from (a name costs no distance, so "from" would reach the value)
# (a name's word opens with a letter that is no ASCII lower-case one: "Österreichische Kontrollbank")
_NAME_OF = pattern_cache.compile(r"\s+(?:(?![a-z])[^\W\d_][\w'’.-]*\s+)+of\s+")


@lru_cache(maxsize=1)
def _clause_veto() -> tuple[re.Pattern, frozenset[str], re.Pattern]:
    """What spares a value from an ``exclude_before_clause`` word (text.yaml ``clause_veto_*``): a
    mark or a word that ends the word's clause before the value (with the phrases that open with
    such a word and end nothing, so that the longest match tells them apart), the words among
    them that end it, and a benchmark before the word that makes it no forecast of the value."""
    breaks = data_words("text.yaml", "clause_veto_breaks")
    kept = data_words("text.yaml", "clause_veto_kept")
    benchmarks = data_words("text.yaml", "clause_veto_benchmarks")
    # a comma and a word that goes on with the clause (", with gusts of"): a match that opens with a
    # letter-less comma phrase is no end (``_clause_vetoes``)
    going = trie_alternation(data_words("text.yaml", "clause_veto_continuing"))
    return (pattern_cache.compile(rf",\s+(?:{going})(?![\w'’-])|[,;:—–]|(?<![\w'’-])(?:{trie_alternation(breaks + kept)})(?![\w'’-])",
                                  re.IGNORECASE),
            frozenset(breaks),
            pattern_cache.compile(rf"(?<![\w'’-])(?:{trie_alternation(benchmarks)})(?:\s+[\w'’.-]+){{0,2}}\s+\Z",
                                  re.IGNORECASE))


def _is_break(m: re.Match, text: str) -> bool:
    """Whether a match of ``_clause_veto``'s ends ends the clause: a word of text.yaml
    ``clause_veto_breaks`` or a mark, not a phrase that opens with such a word and ends nothing
    ("as of"), a comma before a word that goes on with the clause (", with gusts of"), nor a comma
    among a figure's digits ("1,200 homes", "the 8,849-metre peak")."""
    g = m.group()
    if g[:1].isalpha():
        return g.lower() in _clause_veto()[1]
    return len(g) == 1 and not (g == "," and text[m.start() - 1:m.start()].isdigit() and text[m.end():m.end() + 1].isdigit())


def _clause_vetoes(text: str, word_start: int, word_end: int, value_start: int) -> bool:
    """Whether an ``exclude_before_clause`` word at ``word_start``..``word_end`` governs the value
    at ``value_start``: no break between them, and no benchmark before the word."""
    ends, _, benchmark = _clause_veto()
    if any(_is_break(m, text) for m in ends.finditer(text, word_end, value_start)):
        return False
    return benchmark.search(text, max(0, word_start - 40), word_start) is None


def _clause_broken(text: str, start: int, end: int) -> bool:
    """Whether a clause's break (``_is_break``) or a word that ends an event's reach to a clock time
    (``clock_reach_breaks``) stands in ``text[start:end]``; for the reach, a comma before a word that goes
    on with a clause ends it too: "attacked the school on Tuesday, with troops deployed ... at 9:40 a.m."
    is another moment."""
    ends = _clause_veto()[0]
    if "," in text[start:end]:
        # a closed relative clause set off by commas describes what stands before it and ends no reach:
        # "The crash on the A21, which links Turin and Brescia, began at about 6:40 a.m."
        cut = start
        for m in _reach_aside().finditer(text, start, end):
            if _clause_broken(text, cut, m.start()):
                return True
            cut = m.end()
        start = cut
    return _clock_reach_break().search(text, start, end) is not None or any(
        _is_break(m, text) or m.group()[:1] == "," and len(m.group()) > 1 for m in ends.finditer(text, start, end))


@lru_cache(maxsize=1)
def _reach_aside() -> re.Pattern:
    """An aside opened by a relative word (names.yaml ``aside_relatives``) and closed by a comma, a figure's
    own commas ("which killed 1,200 people,") inside it."""
    return pattern_cache.compile(rf",\s+{trie(data_words('names.yaml', 'aside_relatives'))}\b(?:[^,;:.—–]|(?<=\d),(?=\d))*,",
                                 re.IGNORECASE)


@lru_cache(maxsize=1)
def _clock_reach_break() -> re.Pattern:
    return pattern_cache.compile(rf"(?<![\w'’-])(?:{trie_alternation(data_words('text.yaml', 'clock_reach_breaks'))})"
                                 r"(?![\w'’-])", re.IGNORECASE)


class _Scorer:
    """How near one rule's words stand to a mention (``score``), with the rule's
    words looked up once: phrase -> (vetoes, names an event, gives context), where
    vetoes is 1 for an excluded word, 2 for another event (which a nearer trigger
    word outside the mention overrides), 3 for a word that vetoes only from before
    the mention (``exclude_before``), 4 for one that vetoes only from after it
    (``exclude_after``), 5 for one that vetoes from before it across a figure
    (``exclude_before_figure``), 6 for one that vetoes from before it within its clause
    (``exclude_before_clause``), 7 for one in both ``exclude_before`` and ``exclude_after``,
    which vetoes from either side as each does, 0 for none. A word that must stand before the mention
    (``require_before``) is looked for apart: it may be one of the others too."""

    def __init__(self, words: _RuleWords):
        # read in ``score`` for every mention offered: plain attributes, not the tuple's
        self.window, self.context_window, self.exclude_window = words.window, words.context_window, words.exclude_window
        self.before_window, self.after_window, self.after_whole = words.before_window, words.after_window, words.after_whole
        self.between, self.after_unnamed, self.clock_reach = words.between, words.after_unnamed, words.clock_reach
        self.clause_window, self.required, self.required_window = words.clause_window, words.required, words.required_window
        self.clause_too = words.clause_too
        near, context, others = words.near, words.context, words.others
        before, after, figure, clause = words.before, words.after, words.figure, words.clause
        self.near = near  # phrase -> the event it names, or None
        self.needs_near = bool(near)
        self.needs_context = bool(context)
        # a word both excluded and another event is excluded: ``vetoes`` holds all kinds
        hard = words.vetoes - others - before - after - figure - clause - self.required
        self.roles = {p: (1 if p in hard else 2 if p in others else (7 if p in after else 3) if p in before
                          else 4 if p in after else 5 if p in figure else 6 if p in clause else 0, p in near, p in context)
                      for p in (*near, *context, *words.vetoes)}
        self.phrases = frozenset(self.roles).union(self.required)
        # the phrases without which ``score`` says ``bare``: a rule that needs a word near
        # gives nothing without one, whatever else stands there (two thirds of the calls)
        self.gate = frozenset(near) if self.needs_near else self.phrases
        # what ``score`` says when none of ``gate`` stands in the sentence, by ``converted``
        unmet = self.needs_near or bool(self.required)
        self.bare = (None if unmet or self.needs_context else (0, None, None, None),
                     None if unmet else (0, None, None, None))

    def score(self, w0: int, w1: int, hits, converted: bool, span0: int, span1: int, vetoing=(), text: str = "",
              to_the_second: bool = False, is_date: bool = False, clock: bool = False):
        """How near the rule's words stand to the mention (words ``w0``..``w1``, text
        ``span0``..``span1``), smaller is nearer; the event they name, where the
        nearest one stands and where the nearest context word stands. None when an
        excluded word stands near, or a needed word does not.

        Distances are in words (``_Reach``). A word after the mention counts half as
        far again: "the cease-fire reached in February" binds tighter than "last
        month ... violated the cease-fire" (an excluded word counts plain words).

        ``where`` (what scope readers such as ``event_name`` read from) is the nearest
        trigger word outside the mention's own text when there is one: in "the Kobe
        earthquake measured magnitude 6.9" the word "magnitude" is part of the value,
        and the event is named before "earthquake".

        Another event's word (``other_events``: "aftershocks") vetoes like an excluded
        one unless a trigger word outside the mention stands nearer, in plain words:
        "the magnitude 7.9 quake was followed by aftershocks" is the quake's.

        ``vetoing``: hits another value owns that may still veto this one from before it
        ("fell to 28.7 percent from 36.5 percent"): read only by rules that list them
        under ``exclude_before``, so "70 km from Sendai, 10 km deep" keeps its depth.

        ``to_the_second``: the value is a duration told to the second (``_to_the_second``),
        which a rule's ``exclude_after_whole`` spares from its ``exclude_after`` words.

        ``is_date``: the value is a date, which an ``exclude_after`` word vetoes only when no word
        naming the event stands before it: "freed 37 hostages on Saturday after a siege" is no
        day of the siege, while "walked out on June 2 after rejecting a 4.5% offer" is the walkout's;
        so is any value of a rule with ``exclude_after_unnamed`` ("arrived four minutes after the attack
        began" is no attack's length, "the attack lasted six minutes before police shot him" is).

        ``clock``: the value is a clock reading in figures ("1:30 a.m.", "0030 GMT"), which an event's
        word before it in its clause reaches at any distance for a rule with ``clock_reach``, as if it
        stood at the window's edge: "The gunmen attacked the Government Girls Secondary School in the
        town of Tudun Kaya at about 1:30 a.m." is the attack's time."""
        roles, near = self.roles, self.near
        # a possessive value names the noun after it, not the verb before it: "affected by today's
        # quake", "said Friday's attack" date the quake and the attack
        owned = text[span1:span1 + 3] in _POSSESSIVE
        for hs, he, phrase, ws, we in vetoing:
            role = roles.get(phrase)
            if role is not None and role[0] in (3, 7) and he <= span0 and w0 - we <= self.before_window and not owned:
                return None
        window, context_window, exclude_window = self.window, self.context_window, self.exclude_window
        best, event, where = None, None, None
        best_ctx, ctx_where = None, None
        outside, where_out = None, None  # the nearest trigger outside the mention's text
        other, plain_out = None, None  # the nearest other event's word, the nearest outside trigger, in plain words
        required = self.required
        missing = bool(required)
        after_veto = named_before = False
        stated_after = []  # ``exclude_before`` words after the value (``exclude_before_between``)
        for hs, he, phrase, ws, we in hits:
            if missing and phrase in required and he <= span0 and w0 - we <= self.required_window:
                missing = False  # "the first since 2013": the date after "since"
            role = roles.get(phrase)
            if role is None:
                continue
            vetoes, names, gives_context = role
            if vetoes == 3 or vetoes == 7 and he <= span0:
                # "officials said on Sunday": only a word before the value vetoes it; in the
                # text, as a word that costs no distance ("from") shares the value's position
                if he <= span0 and w0 - we <= self.before_window and not owned \
                        and _NAME_OF.fullmatch(text, he, span0) is None:
                    return None
                if hs >= span1 and self.between:
                    stated_after.append(he)
            elif vetoes == 4 or vetoes == 7:
                # "two hours after the talks": only a word right after the value vetoes it, in
                # its own clause ("56 mph over the limit"; "at 106 mph, above the limit" keeps it)
                if hs >= span1 and ws - w1 <= self.after_window and _BREAK_AFTER.search(text, span1, hs) is None \
                        and not (to_the_second and self.after_whole):
                    if not (is_date or self.after_unnamed):
                        return None
                    after_veto = True
            elif vetoes == 5:
                # "the toll reached 780 on Wednesday": the day of the figure the word reached,
                # while "the agreement reached in February" dates the agreement
                if he <= span0 and w0 - we <= self.before_window and _FIGURE.search(text, he, span0):
                    return None
            elif vetoes == 6:
                # "forecast fourth-quarter revenue of $4.9 billion": the forecast's figure, not a result;
                # "beat forecasts with revenue of $4.2 billion", "outlook after profit rose to": a result
                if he <= span0 and w0 - we <= self.clause_window and _clause_vetoes(text, hs, he, span0):
                    return None
            elif vetoes:
                plain = w0 - we if we < w0 else ws - w1 if ws > w1 else 0
                if plain <= exclude_window:
                    if vetoes == 1:
                        return None
                    if other is None or plain < other:
                        other = plain
                elif vetoes == 1 and phrase in self.clause_too and he <= span0 and plain <= self.clause_window \
                        and _clause_vetoes(text, hs, he, span0):
                    # an excluded word also listed under ``exclude_before_clause`` reaches further
                    # before the value within its clause: "could produce winds of up to 150 mph"
                    return None
            if names or gives_context:
                d = w0 - we if we < w0 else (ws - w1) * 1.5 if ws > w1 else 0
                if ws > w1 and text[span1:hs] in _POSSESSIVE:
                    d = 0  # "died in Friday's siege": the day is the siege's, however near "died" stands
                far = False
                if names and d > window and clock and self.clock_reach and he <= span0 \
                        and not _clause_broken(text, he, span0):
                    d, far = window, True  # a clock time after the event's word in its clause
                if names and d <= window:
                    if he <= span0:
                        named_before = True
                    if best is None or d < best or (far and d == best):
                        best, event, where = d, near[phrase], (hs, he)
                    if he <= span0 or hs >= span1:
                        if outside is None or d < outside:
                            outside, where_out = d, (hs, he)
                        plain = w0 - we if we < w0 else ws - w1 if ws > w1 else 0
                        if plain_out is None or plain < plain_out:
                            plain_out = plain
                if gives_context and d <= context_window and (best_ctx is None or d < best_ctx):
                    best_ctx, ctx_where = d, (hs, he)
        if after_veto and not named_before:
            return None  # "freed 37 hostages early on Saturday after a siege": the day of what came after
        if stated_after and not named_before and where is not None and where[0] >= span1 and any(
                he <= where[0] and _BREAK_AFTER.search(text, he, where[0]) is None for he in stated_after):
            return None  # "On Wednesday, officials said the fire started on Monday": the statement's day
        if missing:
            return None  # "Wednesday's general strike, the first since 2013": no "since" before the day
        if other is not None and (plain_out is None or plain_out >= other):
            return None  # "a magnitude 6.7 aftershock": no trigger word nearer than the other event
        if where_out is not None:
            where = where_out
        if self.needs_near and best is None:
            return None
        context = self.needs_context
        if converted:
            context, ctx_where = False, None  # "the first visit in two years": the word before the duration was the context
        elif context and best_ctx is None:
            return None
        if context:
            # both words count: "crisis in early 2014" is about the crisis even
            # when "outbreak" stands a little further off
            return ((best or 0) + best_ctx) / 2, event, where, ctx_where
        return best or 0, event, where, None


_CLOCK_SECONDS = pattern_cache.compile(r"\d:\d\d:\d\d")


_UNSCORED = (0, None, None, None)  # what a rule that looks at no words finds: distance 0, no event


def _to_the_second(m: Mention) -> bool:
    """Whether a duration is told to the second: "2:01:39", "2 hours, 1 minute and 39 seconds"
    (not "two hours", "90 minutes")."""
    v = m.value
    return m.kind == "duration" and v.low == v.high and (v.low % 60 != 0 or _CLOCK_SECONDS.search(m.text) is not None)


def _fact_name(rule: Rule, event: str | None) -> str:
    if event is None:
        return rule.fact.replace(" {event}", "").replace("{event}", "")
    return rule.fact.format(event=event) if "{event}" in rule.fact else f"{rule.fact}: {event}"


def _since_by_sentence(mentions: list[Mention], text: str) -> dict[int, str]:
    out: dict[int, str] = {}
    for m in mentions:
        if m.kind == "date" and m.value.resolved and (since := _SINCE.search(text, max(0, m.start - 8), m.start)) \
                and not record_before_since(text, since.start()):
            out.setdefault(m.sentence_index, str(m.value.stated))
    return out


# The word before a duration, as ``re.search(r"(\w+)\s+$", ...)`` finds it, matched once on
# the reversed text rather than tried at each of the twenty characters before it.
_WORD_BEFORE_REVERSED = pattern_cache.compile(r"\s+(\w+)")


def _duration_as_date(m: Mention, a: Article, date_rules) -> tuple[Mention, list[Rule], str] | None:
    """``the first visit in two years``: a duration read as a date that long before publication,
    the rules that may take it so, and the word before it ("in")."""
    if not isinstance(m.value.low, (int, float)) or m.value.low < 86400:
        return None  # "won in 2:19:05", "finished in three hours": a time taken, no date a day back or more
    before = _WORD_BEFORE_REVERSED.match(a.text[max(0, m.start - 20):m.start][::-1])
    if not before:
        return None
    word = before.group(1)[::-1].lower()
    rules = [r for r in date_rules if word in r.select.durations_after]
    if not rules:
        return None
    days = m.value.low / 86400
    centre = a.published - dt.timedelta(days=round(days))
    slack = dt.timedelta(days=max(15, round(days * 0.25)))
    lo, hi = centre - slack, centre + slack
    value = trusted(Value, 
        kind="date", low=lo.isoformat(), high=hi.isoformat(), stated=centre.strftime("%Y-%m"), stated_unit=None,
        unit="date", qualifier="about", granularity="month", counted=None, role=None, resolved=True, zone=None,
        ordinal=False)
    return m.model_copy(update={"kind": "date", "value": value}), rules, word


def _minutes(clock: str) -> int:
    """"22:00" or "2026-11-20T22:00" -> minutes into its day (hours past 24 kept: "30:00")."""
    h, m = clock.rpartition("T")[2].split(":")[:2]
    return int(h) * 60 + int(m)


def _range_as_length(m: Mention) -> Mention | None:
    """``a curfew from 10 p.m. to 6 a.m.``: a range of clock times read as the length it
    lasts, over midnight when the second time is the earlier (eight hours); each end's
    hedge ("from about 9 pm") widens the length by as much."""
    v = m.value
    first, _, second = str(v.stated).partition("/")
    if not second or ":" not in first or ":" not in second:
        return None
    length = (_minutes(second) - _minutes(first)) % 1440
    if not length:
        return None
    early = (_minutes(first) - _minutes(str(v.low))) % 1440  # how far a hedge widens each end
    late = (_minutes(str(v.high)) - _minutes(second)) % 1440
    low, high = max(0, length - late - early) * 60, (length + early + late) * 60
    value = trusted(Value,
        kind="duration", low=low, high=high, stated=length / 60 if length % 60 else length // 60, stated_unit="hour",
        unit="second", qualifier="exact" if low == high else "about", granularity=None, counted=None, role=None,
        resolved=True, zone=None, ordinal=False)
    return m.model_copy(update={"kind": "duration", "value": value})


_GRANULE = pattern_cache.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")


@lru_cache(maxsize=1)
def _range_joiner() -> re.Pattern:
    """What joins a range's two ends, the last one in the text: a word of calendar.yaml
    ``date_span_ends`` ("1992 to 2002", "1993 thru 2003"), "and" after "between" ("between 1993
    and 2003") or a dash ("1992-2002"), as dates.py reads a span."""
    ends = trie_alternation(data_words("calendar.yaml", "date_span_ends"))
    return pattern_cache.compile(rf"(?s:.*)(\s*(?:\b(?:{ends}|and)\b|[-\u2013\u2014])\s*)")


def _range_end(m: Mention, end: str) -> Mention | None:
    """``governed from 1992 to 2002``: one end of a range of dates (``end``: "start" or
    "end") as a date of its own, at the grain it is stated (1992; March 1993): the first end
    with the range's span, the last with its own words ("2002", after "to", so that the word
    before it is the range's own "to", not its "from")."""
    v = m.value
    first, _, second = str(v.stated).partition("/")
    part = first if end == "start" else second
    got = _GRANULE.fullmatch(part)
    joined = _range_joiner().match(m.text)
    if not second or got is None or joined is None:
        return None  # a range with no year ("--03-03/--03-05") is left whole
    year, month, day = got.groups()
    if day:
        low = high = part
    else:
        whole = _month_value(int(year), int(month)) if month else _year_value(int(year))
        low, high = whole.low, whole.high
    value = trusted(Value,
        kind="date", low=low, high=high, stated=part, stated_unit=None, unit="date", qualifier="exact",
        granularity=v.granularity, counted=None, role=None, resolved=True, zone=None, ordinal=False)
    if end == "start":
        # the whole span: a word right after its first end ("1992 to") would be that end's own, and
        # the last end's "to" no longer before it
        return m.model_copy(update={"value": value})
    offset = joined.end(1)
    text = m.text[offset:]
    if not text:
        return None
    return m.model_copy(update={"value": value, "text": text, "start": m.start + offset,
                                "end": m.start + offset + len(text), "column": m.column + offset})


_build_claim = builder(Claim)


def _claim(rule: str, fact: str, mention: Mention, scope: dict, published: dt.date | None) -> Claim:
    """``trusted(Claim, rule=..., fact=..., mention=..., scope=..., published=...)``, with its
    fields spelled out in the same order (the defaulted ones first)."""
    return _build_claim({"scope": scope, "published": published, "rule": rule, "fact": fact, "mention": mention})


class _RuleBook:
    """What ``select_claims`` needs to know about the rules, worked out once per
    rule set rather than once per article or per mention."""

    def __init__(self, rules: list[Rule]):
        self.triggers = _Triggers(rules)
        self.by_kind: dict[str, list[Rule]] = defaultdict(list)
        for r in rules:
            self.by_kind[r.kind].append(r)
        self.dims = {r.id: list(r.scope) for r in rules}
        # duration rules that also read a range of clock times as its length (``select.time_ranges``)
        self.range_rules = [r for r in self.by_kind.get("duration", ()) if r.select.time_ranges]
        # date rules that read one end of a range of dates (``select.range_end``), by end, and their ids
        self.end_rules = [(end, rs) for end in ("start", "end")
                          if (rs := [r for r in self.by_kind.get("date", ()) if r.select.range_end == end])]
        self.end_ids = frozenset(r.id for _, rs in self.end_rules for r in rs)
        # date rules that take only an earlier time's date (``select.earlier``)
        self.earlier = frozenset(r.id for r in self.by_kind.get("date", ()) if r.select.earlier)
        # rules whose scope is read from the mention's own words alone (a name's): it is
        # read once per distinct text (the rule's kind is the mention's), and shared by
        # the claims, as nobody changes a claim's scope
        self.own_words = {r.id for r in rules if OWN_WORDS.issuperset(r.scope)}
        # the qualifiers that grouping reads only for the claims of groups that show a
        # difference (``grouping.late_dims``): a claim is made without them, and
        # ``_LateScopes`` reads them when grouping asks (not for a scope read once per
        # distinct text: that costs less than keeping track)
        self.late = {r.id for r in rules if late_dims(r) and r.id not in self.own_words}
        self.early = {r.id: [d for d in r.scope if r.id not in self.late or d not in late_dims(r)] for r in rules}
        self.own_scopes: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {}
        # rules that score a mention by the words around it; the others take every
        # mention they select, at distance 0, without looking at the sentence
        words = self.triggers.rule_words
        self.worded = {r.id for r in rules if words[r.id].near or words[r.id].context or words[r.id].vetoes}
        self.scorers = {r: _Scorer(words[r]) for r in self.worded}
        self.choosy = {r.id for r in rules if not _selects_all(r)}  # rules whose ``select`` must be asked
        self.sized = {r.id for r in rules if r.select.min_value is not None or r.select.max_value is not None
                      or r.select.min_content_words is not None}
        # kinds whose rules all select every mention: each mention of the kind goes to all of them
        self.open_kinds = {k for k, rs in self.by_kind.items() if self.choosy.isdisjoint(r.id for r in rs)}
        self.kind_worded = {k: any(r.id in self.worded for r in rs) for k, rs in self.by_kind.items()}
        self.plain_facts = {r.id: _fact_name(r, None) for r in rules}  # ``fact_name`` without an event
        self._facts: dict[tuple[str, str | None], str] = {}
        self._phrases: dict[frozenset[str], frozenset[str]] = {}
        self._gates: dict[frozenset[str], tuple[frozenset[str], frozenset[tuple[str, str]]]] = {}
        self._sorts: dict[tuple, tuple[tuple, list[Rule]]] = {}  # ``choose``, and the rules of it that ask the size

    def fact_name(self, rule: Rule, event: str | None) -> str:
        key = (rule.id, event)
        name = self._facts.get(key)
        if name is None:
            name = self._facts[key] = _fact_name(rule, event)
        return name

    def phrases_of(self, rule_ids: frozenset[str]) -> frozenset[str]:
        """The phrases that some of these rules look for (made once per set of rules)."""
        found = self._phrases.get(rule_ids)
        if found is None:
            scorers = self.scorers
            found = self._phrases[rule_ids] = frozenset().union(*(scorers[r].phrases for r in rule_ids if r in scorers))
        return found

    def gates(self, rule_ids: frozenset[str]) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
        """Where a phrase of these rules' ``gate``s may stand, as ``_Triggers.numbered_hits``
        looks for it (made once per set of rules): at a word that is such a phrase alone (or
        opens one that ``_plans`` leaves unplanned), or at a pair of words that opens a longer
        one. A sentence with neither gives each rule its ``bare`` score."""
        found = self._gates.get(rule_ids)
        if found is None:
            scorers = self.scorers
            gate = {p for r in rule_ids if r in scorers for p in scorers[r].gate}
            plans = _plans(gate)
            found = self._gates[rule_ids] = (
                frozenset(first_words(gate)) - {w for w, (alone, _) in plans.items() if not alone},
                frozenset((w, second) for w, (_, seconds) in plans.items() for second in seconds))
        return found

    def choose(self, kind: str, v: Value) -> tuple[list[Rule], bool, tuple[list[Rule], bool] | None]:
        """The rules of kind ``kind`` that select the value and whether any of them scores
        it by its words; and, when some of them take only an earlier time's date
        (``earlier``), the same two for the others (``_takers``). Values of one sort go to
        the same rules (all but ``min_value``), so the rules are asked once per sort."""
        sort = kind, _value_sort(v)
        found = self._sorts.get(sort)
        if found is None:
            chosen = [r for r in self.by_kind.get(kind, ()) if r.id not in self.choosy or _selects_kind(r, v)]
            found = self._sorts[sort] = (self._takers(chosen), [r for r in chosen if r.id in self.sized])
        takers, sized = found
        # most values are of a size that every rule of their sort takes: the sort's answer stands
        if sized and not all(_selects_size(r, v) for r in sized):
            return self._takers([r for r in takers[0] if _selects_size(r, v)])
        return takers

    def _takers(self, chosen: list[Rule]) -> tuple[list[Rule], bool, tuple[list[Rule], bool] | None]:
        """``choose``'s answer for the rules ``chosen``."""
        worded, earlier = self.worded, self.earlier
        by_words = any(r.id in worded for r in chosen)
        if earlier.isdisjoint(r.id for r in chosen):
            return chosen, by_words, None
        others = [r for r in chosen if r.id not in earlier]
        return chosen, by_words, (others, any(r.id in worded for r in others))


# The last rule set's book, with the rules it was made from: about 11 M instructions
# (a few ms) per set, which a process that checks several corpora against one rule
# set (the tests, a benchmark, a long-lived caller) need not pay again. The rules are
# held, so their ids cannot be reused; nothing changes a rule once loaded.
_last_book: tuple[list[Rule], _RuleBook] | None = None


def _rule_book(rules: list[Rule]) -> _RuleBook:
    """The ``_RuleBook`` of ``rules``, made again only for other rule objects."""
    global _last_book
    if _last_book is not None:
        held, book = _last_book
        if len(held) == len(rules) and all(map(is_, held, rules)):
            return book
    book = _RuleBook(rules)
    _last_book = list(rules), book
    return book


def select_claims(articles: list[Article], rules: list[Rule]) -> list[Claim]:
    """Every (rule, mention) pairing; a mention goes to the rule whose words stand nearest."""
    claims, late = _select_claims(articles, rules)
    return late.complete(claims)


class _LateScopes:
    """The claims made without their rule's ``late_dims``, with what reading their
    whole scope takes; ``complete`` reads it for the claims grouping keeps."""

    def __init__(self):
        self.reads: dict[int, tuple] = {}  # id of a claim -> the arguments of its ``read_scope``
        # what was read, by mention and qualifiers: two rules of quotations (quote-wording,
        # quote-speaker) ask for the speaker of one mention; shared, as no one changes a scope
        self._read: dict[tuple, dict[str, tuple[str, ...]]] = {}

    def complete(self, claims: list[Claim]) -> list[Claim]:
        """The claims, those made without some qualifiers made again with all of them."""
        out = []
        for c in claims:
            args = self.reads.get(id(c))
            if args is None:
                out.append(c)
                continue
            key = (id(args[1]), tuple(args[2]), *args[3:])
            scope = self._read.get(key)
            if scope is None:
                scope = self._read[key] = read_scope(*args)
            if "past" in c.scope:
                scope = {**scope, "past": c.scope["past"]}
            out.append(_claim(c.rule, c.fact, c.mention, scope, c.published))
        return out


def _select_claims(articles: list[Article], rules: list[Rule], slips: list[str] | None = None) -> tuple[list[Claim], _LateScopes]:
    """``select_claims``, less the late qualifiers (see ``_LateScopes``); ``slips``, when given, takes
    the weekdays stated beside a date they do not fall on, in any article (``weekday_slips``)."""
    book = _rule_book(rules)
    late = _LateScopes()
    register_scope_words()
    words = {a.id: Words(a.text) for a in articles}
    mentions = {a.id: extract_mentions(a, words[a.id]) for a in articles}
    if slips is not None:
        slips += weekday_slips(m for ms in mentions.values() for m in ms)
    names = {aid: [m for m in ms if m.kind == "name"] for aid, ms in mentions.items()}
    people = find_people(articles, words, names)
    claims: list[Claim] = []
    datable_claims: dict[int, tuple[ArticleScope, Mention]] = {}
    day_rules: set[str] = set()
    for a in articles:
        claims += _article_claims(a, words[a.id], people, book, mentions[a.id], names[a.id], late, datable_claims,
                                  day_rules)
    by_day = day_rules.difference(r.id for r in rules if "when" in r.scope)
    return _timeline_days(articles, mentions, _days_told_apart(claims, datable_claims, late, by_day), late), late


_TIMELINE_ENTRIES = 2  # dated entries an article needs to be read as a timeline


def _timeline_days(articles: list[Article], mentions: dict[str, list[Mention]], claims: list[Claim],
                   late: _LateScopes) -> list[Claim]:
    """The claims, each one in a line that a day opens and a colon follows in a timeline of such
    lines ("Tuesday, June 9: The search covers about 10,000 square miles.", in a round-up published
    June 11) given that day, before its publication, as the day it was told: a figure of the day its
    entry heads, in the order the news came in, not the round-up's."""
    entries: dict[str, list[tuple[int, int, dt.date]]] = {}
    for a in articles:
        if a.published is None or ":" not in a.text:
            continue
        text, spans = a.text, []
        for m in mentions[a.id]:
            v = m.value
            if m.kind != "date" or v.granularity != "day" or not v.resolved or v.low != v.high \
                    or text[m.end:m.end + 1] != ":" or (m.start and text[m.start - 1] != "\n") or v.low[:1] == "-":
                continue
            day = dt.date.fromisoformat(v.low)
            if day < a.published:
                line_end = text.find("\n", m.end)
                spans.append((m.start, len(text) if line_end < 0 else line_end, day))
        if len(spans) >= _TIMELINE_ENTRIES:
            entries[a.id] = spans
    if not entries:
        return claims
    out = []
    for c in claims:
        spans = entries.get(c.mention.article)
        day = next((d for s0, s1, d in spans if s0 <= c.mention.start < s1), None) if spans else None
        if day is not None and c.mention.kind != "date":
            c = _in_place_of(c, _claim(c.rule, c.fact, c.mention, c.scope, day), late)
        out.append(c)
    return out


def _in_place_of(old: Claim, new: Claim, late: _LateScopes) -> Claim:
    """``new``, standing for ``old``: the scopes read late for ``old`` (keyed by its id) go with it."""
    read = late.reads.pop(id(old), None)
    if read is not None:
        late.reads[id(new)] = read
    return new


def _days_told_apart(claims: list[Claim], datable_claims: dict[int, tuple[ArticleScope, Mention]], late: _LateScopes,
                     by_day: set[str]) -> list[Claim]:
    """In a story told over several days, where some source tells a rule's figure of one day apart
    from the running total (``past`` "day 2026-11-17": scope/past.py ``_day_figure``), every count
    of that rule whose own clause states one day (``datable_claims``: "Thirty-seven people were detained
    yesterday", "Hospitals treated 38 protesters on Wednesday night") is that day's figure too: it
    compares with that day's figures, not with the story's total. Where no source tells days apart
    the dated figure stays the story's, as a quake's "killed 300 people on Tuesday". A rule that
    reads a value's day (``when``) tells days apart itself. ``by_day``: the other rules that some
    source tells days apart for (``_article_claims`` gathers them as it makes the claims).
    ``datable_claims`` holds each count claim that may be dated, with its article and mention: its
    day is read (``dated_day``) only here, and only for a rule of ``by_day``."""
    if not datable_claims or not by_day:
        return claims
    out = []
    days: dict[int, str | None] = {}  # a mention's day, by its id: one mention may be several rules' claim
    for c in claims:
        told = datable_claims.get(id(c)) if c.rule in by_day else None
        if told is not None:
            sc, sm = told
            day = days[id(sm)] if id(sm) in days else days.setdefault(id(sm), dated_day(sc, sm))
        else:
            day = None
        if day is not None:
            dated = {**c.scope, "past": (DAY_FIGURE + day,)}
            c = _in_place_of(c, _claim(c.rule, c.fact, c.mention, dated, c.published), late)
        out.append(c)
    return out


class Pick(NamedTuple):
    """A mention that some rules select (``_picks``)."""
    mention: Mention
    rules: list[Rule]
    converted: bool  # a duration read as a date
    by_words: bool  # some of the rules score it by its words
    own: Pick | None  # for a duration read as a date, the duration's own pick, which its rules take
    #                   when no date rule does ("412mm of rain in 72 hours": no "first visit in 72 hours")


_pick = partial(tuple.__new__, Pick)  # a Pick of its five fields in a tuple, made without a Python call


def _picks(a: Article, mentions: list[Mention], book: _RuleBook) -> list[Pick]:
    """Each mention that some rule selects, with those rules (``Pick``)."""
    picks: list[Pick] = []
    by_kind, open_kinds, kind_worded, choose = book.by_kind, book.open_kinds, book.kind_worded, book.choose
    has_published = a.published is not None
    cutoff = None  # ``past_cutoff``, worked out for the first date an earlier-only rule selects
    for m in mentions:
        kind = m.kind
        if kind == "duration" and has_published:
            as_date = _duration_as_date(m, a, by_kind.get("date", ()))
            if as_date is not None:
                dm, candidates, word = as_date
                if dm.value.resolved:
                    chosen = [r for r in candidates if r.id not in book.choosy or _selects(r, dm.value)]
                    if chosen:
                        own = None
                        if m.value.resolved:
                            # the duration's own rules that ask for that word before it (``require_before``):
                            # "412mm of rain in 72 hours"; not "talks resume in two days", a time to wait
                            taken = [r for r in choose(kind, m.value)[0] if word in r.trigger.require_before]
                            if taken:
                                own = _pick((m, taken, False, any(r.id in book.worded for r in taken), None))
                        picks.append(_pick((dm, chosen, True, any(r.id in book.worded for r in chosen), own)))
                continue
        if not m.value.resolved:
            continue
        if kind == "date" and quoted_relative_day(a.text, m.start, m.text):
            continue  # '"Tonight Estonia chose ...," Tamm said': the day of the words, no date the story tells
        if kind == "time" and m.value.qualifier == "range" and book.range_rules:
            as_length = _range_as_length(m)
            if as_length is not None:
                chosen = [r for r in book.range_rules if r.id not in book.choosy or _selects(r, as_length.value)]
                if chosen:
                    picks.append(_pick((as_length, chosen, False, any(r.id in book.worded for r in chosen), None)))
        ranged = kind == "date" and m.value.qualifier == "range" and book.end_rules
        if ranged:
            for end, end_rules in book.end_rules:
                em = _range_end(m, end)
                if em is not None:
                    chosen = [r for r in end_rules if r.id not in book.choosy or _selects(r, em.value)]
                    if chosen:
                        picks.append(_pick((em, chosen, False, any(r.id in book.worded for r in chosen), None)))
        if kind in open_kinds:
            picks.append(_pick((m, by_kind[kind], False, kind_worded[kind], None)))
            continue
        chosen, by_words, current = choose(kind, m.value)
        if current is not None:  # some rule takes only an earlier time's date
            if cutoff is None:
                cutoff = past_cutoff(a, mentions)
            if not cutoff[0] or past_key(m.value, *cutoff) is None:
                # "the new mark, set on Saturday", "the November record": no earlier time's date
                chosen, by_words = current
        if ranged and not book.end_ids.isdisjoint(r.id for r in chosen):
            # a rule of one end never takes the range whole
            chosen = [r for r in chosen if r.id not in book.end_ids]
            by_words = any(r.id in book.worded for r in chosen)
        if chosen:
            picks.append(_pick((m, chosen, False, by_words, None)))
    return picks


class _Since:
    """For the ``since`` qualifier: the date after "since" in each sentence, read
    the first time a claim asks (few rules ask)."""

    def __init__(self, mentions: list[Mention], text: str):
        self.mentions, self.text = mentions, text
        self.by_sentence: dict[int, str] | None = None

    def of(self, m: Mention) -> str | None:
        if self.by_sentence is None:
            self.by_sentence = _since_by_sentence(self.mentions, self.text)
        return self.by_sentence.get(m.sentence_index)


def _past(sc, m: Mention) -> tuple[str, ...]:
    """A value of an earlier event than the news ("since the 2004 Madrid bombings, which
    killed 191") keeps that time (``read_past``): grouping compares it only with its like."""
    return read_past(sc, m) if m.kind in PAST_KINDS else ()


def _article_claims(a: Article, words: Words, people, book: _RuleBook, mentions: list[Mention],
                    names: list[Mention], late: _LateScopes,
                    datable_claims: dict[int, tuple[ArticleScope, Mention]] | None = None,
                    day_rules: set[str] | None = None) -> list[Claim]:
    """The claims of one article. ``day_rules`` gathers the rules of the claims that a day's
    figure ``past`` marks (``_days_told_apart``)."""
    picks = _picks(a, mentions, book)
    if not picks:
        return []
    sc = index_article(a, people, words, names,
                       [m for m in mentions if m.kind == "date" and m.value.resolved], mentions)
    since = _Since(mentions, a.text)
    near = _Nearness(a, words, book, [(p.mention, p.rules) for p in picks if p.by_words]
                     + [(p.own.mention, p.own.rules) for p in picks if p.own is not None and p.own.by_words])
    scorers, dims, published = book.scorers, book.early, a.published
    own_words, own_scopes, plain_facts, late_rules = book.own_words, book.own_scopes, book.plain_facts, book.late
    pairs = _conversions(a.text, mentions)
    claims: list[Claim] = []
    deferred: list[Pick] = []  # the own picks of durations no date rule took, read after the rest
    for m, rules, converted, by_words, own in chain(picks, deferred):
        # a value and its conversion in brackets ("145 mph (230 km/h) winds ... on Tuesday") are one
        # claim's two halves: their scope is read from the two together, so they never part
        sm = pairs.get((m.start, m.end), m) if pairs else m
        if not by_words:
            past = _past(sc, sm)
            if past and day_rules is not None and past[0].startswith(DAY_FIGURE):
                day_rules.update(map(_RULE_ID, rules))
            # no rule here looks at words: each stands at distance 0, so all of them take it
            for rule in rules:
                rid = rule.id
                d = dims[rid]
                if not d:
                    scope = {}
                elif rid in own_words:
                    scope = own_scopes.get((rid, m.text))
                    if scope is None:
                        scope = own_scopes[rid, m.text] = read_scope(sc, m, d, None)
                else:
                    scope = read_scope(sc, sm, d, since.of(m) if "since" in d else None)
                if past:
                    scope = {**scope, "past": past}
                claims.append(_claim(rid, plain_facts[rid], m, scope, published))
                if rid in late_rules:
                    whole = book.dims[rid]
                    late.reads[id(claims[-1])] = sc, sm, whole, since.of(m) if "since" in whole else None
            continue
        w0, w1, local, vetoing = near.of(m)
        best, nearest = None, []  # the least score, and the rules that give it with what they found
        precise = _to_the_second(m)
        clock = m.kind == "time" and any(c.isdigit() for c in m.text)
        # most rules find none of their words in the sentence: the scorer need not read it
        present = {h[2] for h in local}.union([h[2] for h in vetoing]) if vetoing else {h[2] for h in local}
        for rule in rules:
            scorer = scorers.get(rule.id)
            if scorer is None:
                r = _UNSCORED
            elif scorer.gate.isdisjoint(present):
                r = scorer.bare[converted]
                if r is None:
                    continue
            else:
                r = scorer.score(w0, w1, local, converted, m.start, m.end, vetoing, a.text, precise, m.kind == "date",
                                 clock)
                if r is None:
                    continue
            if best is None or r[0] < best:
                best, nearest = r[0], [(rule, r)]
            elif r[0] == best:
                nearest.append((rule, r))
        if not nearest:
            if own is not None:
                deferred.append(own)  # no date rule took the duration: its own rules may
            continue
        past = _past(sc, sm)  # read only for a mention some rule takes: near half are taken by none
        if past and day_rules is not None and past[0].startswith(DAY_FIGURE):
            day_rules.update(rule.id for rule, _ in nearest)
        datable = not past and datable_claims is not None and m.kind == "count"  # its day: ``_days_told_apart``
        for rule, (_, event, where, ctx_where) in nearest:
            d = dims[rule.id]
            scope = read_scope(sc, sm, d, since.of(m) if "since" in d else None, where, ctx_where)
            if past:
                scope["past"] = past
            claims.append(_claim(rule.id, book.fact_name(rule, event), m, scope, published))
            if datable:
                datable_claims[id(claims[-1])] = (sc, sm)
            if rule.id in late_rules:
                whole = book.dims[rule.id]
                late.reads[id(claims[-1])] = sc, sm, whole, since.of(m) if "since" in whole else None, where, ctx_where
    return claims


def _conversions(text: str, mentions: list[Mention]) -> dict[tuple[int, int], Mention]:
    """For a value with its conversion in brackets right after it ("145 mph (230 km/h)", "2:46 p.m.
    (0546 GMT)"), each half's span -> the mention spanning both, brackets and all, which their scope
    is read from (as ``_Nearness`` lets both reach the same trigger words)."""
    out = {}
    last = None
    for y in mentions:
        x, last = last, y
        if x is None or x.kind != y.kind or text[y.end:y.end + 1] != ")" or text[x.end:y.start].strip() != "(":
            continue
        span = {"start": x.start, "end": y.end + 1}
        out[x.start, x.end], out[y.start, y.end] = x.model_copy(update=span), y.model_copy(update=span)
    return out


# between a part and its whole: "Five of its eight carriages", "Six of the train's eight", "Twelve of the
# freight train's 40", "two of the 14"
@lru_cache(maxsize=1)
def _part_of() -> re.Pattern:
    """"of", a determiner and an owner: the words the counts read between a part and its whole too."""
    return pattern_cache.compile(rf"[ \t]+of[ \t]+{whole_owner()}", re.IGNORECASE)


_RULE_ID = attrgetter("id")


class _Nearness:
    """Trigger hits of one article with their word positions, worked out only for
    the sentences that hold a mention scored by its words (most hold none)."""

    def __init__(self, a: Article, words: Words, book: _RuleBook, scored: list[tuple[Mention, list[Rule]]]):
        self.article = a
        self.words = words
        self.triggers = book.triggers
        self.reach = _Reach(a.text, words)
        self.book = book
        self.scored: dict[int, list[Mention]] = defaultdict(list)  # sentence -> its mentions scored by words
        self.rules: dict[int, set[str]] = defaultdict(set)  # sentence -> the rules those are offered to
        for m, rules in scored:
            self.scored[m.sentence_index].append(m)
            self.rules[m.sentence_index].update(map(_RULE_ID, rules))
        # (start, end) -> first and last word position of the mentions of the sentences done so far
        self.spans: dict[tuple[int, int], tuple[int, int]] = {}
        self.sentences: dict[int, list[tuple]] = {}
        # sentence -> {hit number: (start, kind, span) of the mention the hit directly follows}
        self.owned: dict[int, dict[int, tuple[int, str, tuple[int, int]]]] = {}

    def of(self, m: Mention) -> tuple[int, int, list[tuple], list[tuple]]:
        """The mention's first and last word positions, its sentence's hits as (start,
        end, phrase, first word, last word), and the hits another value owns that may
        veto it from before (``exclude_before``)."""
        local = self.sentences.get(m.sentence_index)
        if local is None:
            local = self.sentences[m.sentence_index] = self._sentence(m.sentence_index)
        w0, w1 = self.spans[m.start, m.end]
        owned = self.owned.get(m.sentence_index)
        vetoing = []
        if owned:
            # "10 km deep, 70 km from the city": "deep" is the word of the 10 km, so the
            # 70 km after it does not take it, nor does a value before it ("8,000 people in
            # Nepal, 1,000 of them": "of them" marks the 1,000 a part, not the 8,000); a
            # value and its conversion in parentheses share their words.
            #
            # A word that vetoes what follows it (``exclude_before``) stays in reach of the
            # next value for that veto only: "fell to 28.7 percent from 36.5 percent".
            before = self.triggers.before
            kept = []
            for i, h in enumerate(local):
                o = owned.get(i)
                if o is None or o[1] != m.kind or o[0] == m.start or o[2] == (w0, w1) or (h[4] >= w0 and h[3] <= w1):
                    kept.append(h)  # its own, or a word among the mention's own ("$" before "19.6")
                elif h[4] < w0:
                    if h[2] in before:
                        vetoing.append(h)
                elif _part_of().fullmatch(self.article.text, m.end, o[0]):
                    # "Five of its eight carriages derailed", "Six of the train's eight carriages derailed":
                    # the verb after the whole is the part's too, as near as if right after it (a rule
                    # vetoes the whole by the words before it: "of its", "of the")
                    kept.append((h[0], h[1], h[2], w1 + 1, w1 + 1 + h[4] - h[3]))
                # else: after the mention, the word of a value between them: not this one's
            local = kept
        return w0, w1, local, vetoing

    def _sentence(self, k: int) -> list[tuple]:
        """Word positions for the hits and the scored mentions of sentence ``k``, in one go."""
        s = self.article.sentences[k]
        mentions = self.scored[k]
        rule_ids = frozenset(self.rules[k])
        words = self.words
        alone, pairs = self.book.gates(rule_ids)
        a, b = bisect_left(words.starts, s.start), bisect_left(words.starts, s.end)
        span = words.words[a:b]
        # a third of these sentences hold no phrase that lets a rule offered here score
        # (``_Scorer.gate``): its words need not be found nor counted. In a loose text a
        # word's lower case may not be what the pattern matches (see ``Words``).
        if not words.loose and alone.isdisjoint(span) and pairs.isdisjoint(zip(span, words.words[a + 1:b + 1])):
            hits = []
        else:
            # all hits are found (a phrase hides the words it covers), but only those that
            # some rule offered these mentions looks for are kept
            hits = self.triggers.numbered_hits(words, s.start, s.end, self.book.phrases_of(rule_ids))
        if not hits:
            # with no trigger word in the sentence, no rule looks at how far away the mention stands
            for m in mentions:
                self.spans[m.start, m.end] = 0, 0
            return hits
        # the hits' words are numbered; the mentions' are found
        starts = self.words.starts
        offsets = [x for m in mentions for x in (m.start, m.end - 1)]
        numbers = [bisect_right(starts, x) - 1 for x in offsets]
        for hs, he, _, w0, w1 in hits:
            offsets += hs, he - 1
            numbers += w0, w1
        where = iter(self.reach.numbered(numbers, offsets))
        for m in mentions:
            self.spans[m.start, m.end] = next(where), next(where)
        local = [(hs, he, ph, next(where), next(where)) for hs, he, ph, _, _ in hits]
        if len(mentions) > 1:
            text = self.article.text
            ends = {self.spans[m.start, m.end][1]: m for m in mentions}
            # "about 130 kilometres (80 miles) off the coast": a value reaches as far
            # as the conversion in parentheses right after it, and the conversion as far
            # back as the value: "struck at 2:46 p.m. (0546 GMT)" states one moment twice,
            # and both clocks are the quake's
            ordered = sorted(mentions, key=lambda m: m.start)
            for x, y in zip(ordered, ordered[1:]):
                if (x.kind == y.kind and text[x.end:y.start].strip() == "(" and text[y.end:y.end + 1] == ")"):
                    (x0, _), (_, y1) = self.spans[x.start, x.end], self.spans[y.start, y.end]
                    self.spans[x.start, x.end] = self.spans[y.start, y.end] = x0, y1
                elif x.kind == y.kind and text[y.end:y.end + 1] == "," and _APPOSITIVE_OR.fullmatch(text, x.end, y.start):
                    # "About 8 million people, or roughly 2.4 million households, were left without power": a
                    # value reaches as far as the alternative set off after it, which tells the same thing
                    self.spans[x.start, x.end] = self.spans[x.start, x.end][0], self.spans[y.start, y.end][1]
            # a trigger word right after a value, with nothing but a space between
            # ("10 km deep"), belongs to that value
            owned = {}
            for i, h in enumerate(local):
                m = ends.get(h[3] - 1)
                if m is not None and m.end <= h[0] and text[m.end:h[0]].isspace():
                    owned[i] = (m.start, m.kind, self.spans[m.start, m.end])
            if owned:
                self.owned[k] = owned
        return local


@contextmanager
def cycle_collection_paused():
    """Pause Python's cyclic garbage collector for the duration.

    A run makes tens of thousands of mentions, claims and findings that live
    until the report is written and form no reference cycles; the collector
    would walk all of them again at every full collection, a quarter of the
    run time on a large corpus. Reference counting still frees everything.

    When it resumes, what was made meanwhile goes to the oldest generation:
    otherwise the first young collection after the pause would walk all of it
    (the allocations go on being counted while the collector is paused), and
    so would the next generation's, while the report is being written.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:  # a caller's own frozen objects stay frozen
            # ``freeze`` then ``unfreeze`` moves every tracked object to the oldest
            # generation (list splices, no walk) and resets the young count
            gc.freeze()
            gc.unfreeze()
        gc.enable()


def run(articles: list[Article], rules: list[Rule], skipped: tuple[str, ...] = ()) -> Report:
    articles = sorted(articles, key=lambda a: a.id)
    order = {a.id: i for i, a in enumerate(sorted(articles, key=lambda a: (a.published is None, a.published or 0, a.id)))}
    slips: list[str] = []
    with cycle_collection_paused():
        claims, late = _select_claims(articles, rules, slips)
        findings = tuple(group_findings(claims, rules, order, late.complete))
    if slips:  # "made the announcement on Wednesday, March 10": told whatever rule takes the date, or none
        skipped = (*skipped, WEEKDAY_SLIPS + "; ".join(slips))
    return Report(articles=tuple(articles), findings=findings, skipped=skipped)

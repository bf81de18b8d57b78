"""Applying rules: select mentions and read their scope; ``grouping`` then
groups the claims into facts and compares them.

    articles -> mentions (extract) -> claims (select + scope) -> findings (grouping)
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from itertools import accumulate
from operator import not_

from factcheck.extract import extract_mentions
from factcheck.extract.base import trie_alternation
from factcheck.grouping import group_findings
from factcheck.models import Article, Claim, Mention, Report, Value, trusted
from factcheck.rules import Rule
from factcheck.scan import KeyedPattern, Words, first_words
from factcheck.scope import find_people, index_article, read_scope

_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


class _Triggers:
    """All rules' words in one pattern, so each article is scanned once."""

    def __init__(self, rules: list[Rule]):
        phrases = set()
        for r in rules:
            t = r.trigger
            phrases.update(w.lower() for w in t.any + t.context + t.exclude)
            for words in t.events.values():
                phrases.update(w.lower() for w in words)
        # a prefix tree matches the same (longest) phrase as ``vocab.alternation`` at a
        # fraction of the cost: one try per letter instead of one per phrase
        self.pattern = None
        if phrases:
            trie = trie_alternation({" ".join(p.split()) for p in phrases})
            self.pattern = KeyedPattern(re.compile(trie, re.IGNORECASE), first_words(phrases))
        self.rule_words = {}
        for r in rules:
            t = r.trigger
            near = {w.lower(): None for w in t.any}
            for event, words in sorted(t.events.items()):
                for w in words:
                    near.setdefault(w.lower(), event)
            self.rule_words[r.id] = (near, {w.lower() for w in t.context}, {w.lower() for w in t.exclude},
                                     t.window, t.context_window, t.exclude_window)

    def hits(self, words: Words) -> list[tuple[int, int, str]]:
        if self.pattern is None:
            return []
        return [(m.start(), m.end(), " ".join(m.group().lower().split())) for m in self.pattern.finditer(words)]


def _selects(rule: Rule, v: Value) -> bool:
    s = rule.select
    if s.counted and v.counted not in s.counted:
        return False
    if s.roles and v.role not in s.roles:
        return False
    if s.units and v.stated_unit not in s.units and v.unit not in s.units:
        return False
    if s.granularity and v.granularity not in s.granularity:
        return False
    if s.min_value is not None and isinstance(v.low, (int, float)) and v.high < s.min_value:
        return False
    return True


# ``w(?<!\ww)hile`` is ``\bwhile`` spelled to open with a literal, which ``re`` scans for faster
_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas|although)\b|\s[—–]\s|w(?<!\ww)hile\b")
CLAUSE_COST = 4  # a clause boundary between a value and a trigger word counts as this many words


class _Reach:
    """Distances for trigger words: proper names and titles do not count
    ("talks with President Vladimir V. Putin and Foreign Minister Sergey Lavrov
    for four hours" is near "talks"), a clause boundary counts as several words
    ("the election on May 25, and the cease-fire" keeps May 25 with the election)."""

    def __init__(self, text: str, words: Words):
        self.starts = words.starts
        # word k counts 1 unless it is capitalized; steps[k] = words counted up to k
        self.steps = list(accumulate(map(not_, map(str.isupper, map(text.__getitem__, words.starts)))))
        self.breaks = [m.start() for m in _CLAUSE.finditer(text)]

    def at(self, offset: int) -> int:
        i = bisect_right(self.starts, offset) - 1
        return (self.steps[i] if i >= 0 else 0) + CLAUSE_COST * bisect_right(self.breaks, offset)


def _gap(w0: int, w1: int, ws: int, we: int, after_weight: float = 1.5) -> float:
    """Words between a mention (words w0..w1) and a trigger (ws..we). A trigger
    after the mention counts half as far again: "the cease-fire reached in
    February" binds tighter than "last month ... violated the cease-fire"."""
    if we < w0:
        return w0 - we
    if ws > w1:
        return (ws - w1) * after_weight
    return 0


def _score(rule: Rule, triggers: _Triggers, w0: int, w1: int, hits, converted: bool = False):
    """How near this rule's words stand to the mention (smaller is nearer),
    the event they name, and where the nearest one stands."""
    near, context, exclude, window, context_window, exclude_window = triggers.rule_words[rule.id]
    best, event, where = None, None, None
    best_ctx = None
    for hs, he, phrase, ws, we in hits:
        if phrase in exclude and _gap(w0, w1, ws, we, 1.0) <= exclude_window:
            return None
        if phrase in near or phrase in context:
            d = _gap(w0, w1, ws, we)
            if phrase in near and d <= window and (best is None or d < best):
                best, event, where = d, near[phrase], (hs, he)
            if phrase in context and d <= context_window and (best_ctx is None or d < best_ctx):
                best_ctx = d
    if near and best is None:
        return None
    if converted:
        context = ()  # "the first visit in two years": the word before the duration was the context
    elif context and best_ctx is None:
        return None
    if context:
        # both words count: "crisis in early 2014" is about the crisis even
        # when "outbreak" stands a little further off
        return ((best or 0) + best_ctx) / 2, event, where
    return best or 0, event, where


def _fact_name(rule: Rule, event: str | None) -> str:
    if event is None:
        return rule.fact.replace(" {event}", "").replace("{event}", "")
    return rule.fact.format(event=event) if "{event}" in rule.fact else f"{rule.fact}: {event}"


def _since_by_sentence(mentions: list[Mention], text: str) -> dict[int, str]:
    out: dict[int, str] = {}
    for m in mentions:
        if m.kind == "date" and m.value.resolved and _SINCE.search(text, max(0, m.start - 8), m.start):
            out.setdefault(m.sentence_index, str(m.value.stated))
    return out


_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _duration_as_date(m: Mention, a: Article, date_rules) -> tuple[Mention, list[Rule]] | None:
    """``the first visit in two years``: a duration read as a date that long before publication."""
    before = _WORD_BEFORE.search(a.text, max(0, m.start - 20), m.start)
    if not before or not isinstance(m.value.low, (int, float)):
        return None
    word = before.group(1).lower()
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
    return m.model_copy(update={"kind": "date", "value": value}), rules


def select_claims(articles: list[Article], rules: list[Rule]) -> list[Claim]:
    """Every (rule, mention) pairing; a mention goes to the rule whose words stand nearest."""
    triggers = _Triggers(rules)
    words = {a.id: Words(a.text) for a in articles}
    people = find_people(articles, words)
    by_kind: dict[str, list[Rule]] = defaultdict(list)
    for r in rules:
        by_kind[r.kind].append(r)
    dims = {r.id: list(r.scope) for r in rules}  # once per rule, not once per claim
    claims: list[Claim] = []
    for a in articles:
        mentions = extract_mentions(a, words[a.id])
        sc = index_article(a, people, words[a.id], [m for m in mentions if m.kind == "name"],
                           [m for m in mentions if m.kind == "date" and m.value.resolved])
        reach = _Reach(a.text, words[a.id])
        hits = triggers.hits(words[a.id])
        hit_starts = [h[0] for h in hits]
        # trigger hits with their word distances, per sentence: most sentences hold no mention a rule selects
        by_sentence: dict[int, list[tuple]] = {}
        since = _since_by_sentence(mentions, a.text)
        for m in mentions:
            candidates = by_kind.get(m.kind)
            converted = False
            if m.kind == "duration" and a.published is not None:
                as_date = _duration_as_date(m, a, by_kind.get("date", ()))
                if as_date is not None:
                    (m, candidates), converted = as_date, True
            if not candidates or not m.value.resolved:
                continue
            local = by_sentence.get(m.sentence_index)
            if local is None:
                s = a.sentences[m.sentence_index]
                local = by_sentence[m.sentence_index] = [
                    (hs, he, ph, reach.at(hs), reach.at(he - 1))
                    for hs, he, ph in hits[bisect_left(hit_starts, s.start):bisect_left(hit_starts, s.end)]]
            scored = []
            w0, w1 = reach.at(m.start), reach.at(m.end - 1)
            for rule in candidates:
                if not _selects(rule, m.value):
                    continue
                r = _score(rule, triggers, w0, w1, local, converted)
                if r is not None:
                    scored.append((r[0], rule, r[1], r[2]))
            if not scored:
                continue
            best = min(s[0] for s in scored)
            for score, rule, event, where in scored:
                if score != best:
                    continue
                claims.append(trusted(Claim, 
                    rule=rule.id, fact=_fact_name(rule, event), mention=m,
                    scope=read_scope(sc, m, dims[rule.id], since.get(m.sentence_index), where),
                    published=a.published,
                ))
    return claims


def run(articles: list[Article], rules: list[Rule], skipped: tuple[str, ...] = ()) -> Report:
    articles = sorted(articles, key=lambda a: a.id)
    order = {a.id: i for i, a in enumerate(sorted(articles, key=lambda a: (a.published is None, a.published or 0, a.id)))}
    claims = select_claims(articles, rules)
    return Report(articles=tuple(articles), findings=tuple(group_findings(claims, rules, order)), skipped=skipped)

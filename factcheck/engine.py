"""Applying rules: select mentions, read their scope, group them into facts,
and compare each fact's claims.

    articles -> mentions (extract) -> claims (select + scope) -> findings (group + compare)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from itertools import accumulate
from operator import not_

from factcheck import compare
from factcheck.extract import extract_mentions
from factcheck.extract.base import trie_alternation
from factcheck.models import Article, Claim, Finding, Mention, Report, Value, trusted
from factcheck.rules import Rule
from factcheck.scan import KeyedPattern, Words, first_words
from factcheck.scope import find_people, index_article, read_scope

VERDICT_ORDER = {"discrepancy": 0, "compatible": 1, "agree": 2, "single_source": 3}
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


# --- grouping ---------------------------------------------------------------------


def _split(claims: list[Claim], dim: str, mode: str) -> list[list[Claim]]:
    explicit: dict[tuple, list[Claim]] = defaultdict(list)
    unstated: list[Claim] = []
    for c in claims:
        v = c.scope.get(dim, ())
        (explicit[v] if v else unstated).append(c)
    if not explicit:
        return [claims]
    keys = sorted(explicit)
    # A claim that leaves the qualifier unstated joins the one stated value;
    # among several it cannot be placed, so it stays a fact of its own.
    if len(keys) == 1:
        return [explicit[keys[0]] + unstated]
    return [explicit[k] for k in keys] + ([unstated] if unstated else [])


def _ids(rule: str, fact: str, scope: dict, claims: list[Claim]) -> tuple[str, str]:
    """The fingerprint (values per article) and the signature (values alone),
    from one pass over the claims' nominal values."""
    pairs = {(c.mention.article, repr(compare.nominal(c.mention.value))) for c in claims}
    scope_items = sorted((k, tuple(v)) for k, v in scope.items())
    fingerprint = repr((rule, fact, scope_items, sorted(pairs))).encode()
    signature = repr((rule, fact, scope_items, sorted({v for _, v in pairs}))).encode()
    return hashlib.sha1(fingerprint).hexdigest()[:16], hashlib.sha1(signature).hexdigest()[:16]


def _scope_of(claims: list[Claim]) -> dict[str, tuple[str, ...]]:
    out: dict[str, set] = defaultdict(set)
    for c in claims:
        for k, v in c.scope.items():
            out[k].update(v)
    return {k: tuple(sorted(v)) for k, v in sorted(out.items()) if v}


def _finding(rule: Rule, fact: str, claims: list[Claim], order: dict[str, int], notes: tuple[str, ...] = ()) -> Finding:
    claims = sorted(claims, key=lambda c: (order.get(c.mention.article, 0), c.mention.article, c.mention.start))
    if rule.kind in ("name", "quote"):
        verdict, groups = compare.text_verdict(claims)
        if verdict == "compatible":
            claims = [c for g in groups for c in g]  # only the claims that show the difference
    else:
        verdict, groups = compare.verdict(claims, rule.compare)
    described = compare.describe_groups(groups, order)
    message = rule.message
    if verdict == "discrepancy" or (verdict == "compatible" and rule.kind in ("name", "quote")):
        message += ": " + "; ".join(f"{' and '.join(g.articles)}: {g.value}" for g in described)
    unresolved = [c for c in claims if compare.axis(c.mention.value) is None]
    if unresolved:
        notes = notes + (f"{len(unresolved)} claim(s) could not be placed on the axis",)
    scope = _scope_of(claims)
    fingerprint, signature = _ids(rule.id, fact, scope, claims)
    return trusted(Finding, 
        id=fingerprint, signature=signature, rule=rule.id, fact=fact, kind=rule.kind, verdict=verdict,
        severity=rule.severity if verdict == "discrepancy" else "info", message=message, scope=scope,
        claims=tuple(claims), groups=described, notes=notes,
    )


def _joint_findings(rule: Rule, fact: str, groups: list[list[Claim]], dim: str, order) -> list[Finding]:
    """A claim about a wider set (talks with Putin *and* Lavrov) against claims about its parts."""
    by_set = {}
    for g in groups:
        s = frozenset(g[0].scope.get(dim, ()))
        if s and all(frozenset(c.scope.get(dim, ())) == s for c in g):
            by_set[s] = g
    out = []
    for wide, wide_claims in sorted(by_set.items(), key=lambda kv: sorted(kv[0])):
        parts = [(s, g) for s, g in by_set.items() if s < wide and len(s) >= 2]
        if not parts:
            continue
        parts.sort(key=lambda sg: sorted(sg[0]))
        notes = [f"scope differs: {' + '.join(sorted(wide))} ({', '.join(sorted({c.mention.article for c in wide_claims}))})"
                 + "".join(f" vs {' + '.join(sorted(s))} ({', '.join(sorted({c.mention.article for c in g}))})" for s, g in parts)]
        covered = frozenset().union(*(s for s, _ in parts))
        if covered == wide and len(parts) > 1 and rule.kind in ("duration", "count", "money"):
            ivs = []
            for _, g in parts:
                axes = [compare.axis(c.mention.value) for c in g]
                axes = [a for a in axes if a]
                if axes:
                    ivs.append((max(a[0] for a in axes), min(a[1] for a in axes)))
            if len(ivs) == len(parts) and all(lo <= hi for lo, hi in ivs):
                lo, hi = compare.interval_sum(ivs)
                wide_axes = [compare.axis(c.mention.value) for c in wide_claims]
                fits = any(a and a[0] <= hi and lo <= a[1] for a in wide_axes)
                notes.append(f"the parts add up to {_fmt(lo, rule)}..{_fmt(hi, rule)}, "
                             + ("consistent with the wider claim" if fits else "which still differs from the wider claim"))
        claims = list(wide_claims) + [c for _, g in parts for c in g]
        out.append(_finding(rule, fact, claims, order, tuple(notes)))
    return out


def _fmt(x: float, rule: Rule) -> str:
    if rule.kind == "duration":
        return f"{x / 3600:g} h"
    return f"{x:g}"


def group_findings(claims: list[Claim], rules: list[Rule], order: dict[str, int]) -> list[Finding]:
    by_id = {r.id: r for r in rules}
    facts: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        facts[(c.rule, c.fact)].append(c)
    findings: list[Finding] = []
    for (rule_id, fact), fact_claims in sorted(facts.items()):
        rule = by_id[rule_id]
        strict = [d for d, mode in rule.scope.items() if mode in ("strict", "required")]
        required = [d for d, mode in rule.scope.items() if mode == "required"]
        others = [(d, mode) for d, mode in rule.scope.items() if mode not in ("strict", "required")]
        partitions: dict[tuple, list[Claim]] = defaultdict(list)
        for c in fact_claims:
            if any(not c.scope.get(d) for d in required):
                continue  # an age with no named person compares with nothing
            # values in different units never meet: dollars and euros, seats and people
            unit = c.mention.value.unit if c.mention.kind in ("money", "count") else None
            if c.mention.kind == "date":
                # a date without its year cannot be shown to differ from one with a year
                unit = "no year" if str(c.mention.value.low).startswith("--") else "year"
            partitions[(unit, *(c.scope.get(d, ()) for d in strict))].append(c)
        for key in sorted(partitions, key=repr):
            groups = [partitions[key]]
            for dim, mode in others:
                groups = [part for g in groups for part in _split(g, dim, mode)]
            if rule.kind == "quote":
                groups = [part for g in groups for part in compare.quote_clusters(g)]
            if rule.compare.max_ratio:
                groups = [part for g in groups for part in compare.magnitude_groups(g, rule.compare.max_ratio)]
            for g in groups:
                findings.append(_finding(rule, fact, g, order))
            for dim, mode in others:
                if mode == "joint":
                    findings.extend(_joint_findings(rule, fact, groups, dim, order))
    keep_all = {r.id for r in rules if r.report_agreement}
    findings = [f for f in findings if f.rule in keep_all or f.verdict in ("compatible", "discrepancy")]
    unique = {f.id: f for f in findings}
    return sorted(unique.values(), key=lambda f: (VERDICT_ORDER[f.verdict], f.fact, f.id))


def run(articles: list[Article], rules: list[Rule], skipped: tuple[str, ...] = ()) -> Report:
    articles = sorted(articles, key=lambda a: a.id)
    order = {a.id: i for i, a in enumerate(sorted(articles, key=lambda a: (a.published is None, a.published or 0, a.id)))}
    claims = select_claims(articles, rules)
    return Report(articles=tuple(articles), findings=tuple(group_findings(claims, rules, order)), skipped=skipped)

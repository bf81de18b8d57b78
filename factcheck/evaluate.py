"""Scoring a report against a gold annotation (format: docs/gold-format.md).

For each gold fact: how many of its mentions some claim overlaps (same
article, overlapping span), whether one finding groups at least two of them,
and whether that finding's verdict is the gold verdict. Over the report: the
discrepancies that match no gold discrepancy (false alarms).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck import yamlio
from factcheck.errors import UserInputError
from factcheck.models import Article, Report


class GoldMention(BaseModel):
    model_config = ConfigDict(extra="allow")
    article: str
    quote: str


class GoldFact(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    kind: str
    verdict: str
    mentions: list[GoldMention]


class Distractor(BaseModel):
    model_config = ConfigDict(extra="allow")
    a: GoldMention
    b: GoldMention


class GoldCluster(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    facts: list[GoldFact]
    distractors: list[Distractor] = Field(default_factory=list)


class Gold(BaseModel):
    model_config = ConfigDict(extra="allow")
    clusters: list[GoldCluster]


class FactScore(BaseModel):
    fact: str
    kind: str
    gold: str
    predicted: str | None
    mentions: int
    found: int
    grouped: int


class Score(BaseModel):
    facts: list[FactScore]
    mentions: int
    found: int
    grouped_facts: int
    multi_mention_facts: int
    verdicts_right: int
    gold_discrepancies: int
    discrepancies_found: int
    predicted_discrepancies: int
    false_discrepancies: list[str]
    unverified_discrepancies: int


def load_gold(path: Path) -> Gold:
    try:
        return Gold.model_validate(yamlio.load(path.read_text(encoding="utf-8")))
    except OSError as e:
        raise UserInputError(str(path), f"cannot read: {e.strerror or e}") from None
    except ValidationError as e:
        err = e.errors()[0]
        raise UserInputError(str(path), f"{'.'.join(map(str, err['loc']))}: {err['msg']}") from None
    except Exception as e:
        raise UserInputError(str(path), f"not a gold annotation: {str(e).splitlines()[0]}") from None


def pick_cluster(gold: Gold, articles: list[Article], cluster_id: str | None) -> GoldCluster:
    if cluster_id:
        for c in gold.clusters:
            if c.id == cluster_id:
                return c
        raise UserInputError(cluster_id, "no such cluster in the gold file")
    ids = {a.id for a in articles}
    best = max(gold.clusters, key=lambda c: sum(m.article in ids for f in c.facts for m in f.mentions))
    return best


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(report: Report, cluster: GoldCluster) -> Score:
    texts = {a.id: a.text for a in report.articles}

    def span(article: str, quote: str):
        t = texts.get(article)
        if t is None:
            return None
        i = t.find(quote.replace("\r\n", "\n"))
        return (i, i + len(quote)) if i >= 0 else None

    claims = defaultdict(list)  # article -> [(finding index, span)]
    for fi, f in enumerate(report.findings):
        for c in f.claims:
            claims[c.mention.article].append((fi, (c.mention.start, c.mention.end)))

    covered: dict[int, set] = defaultdict(set)
    found: set = set()
    spans = []
    for fx, fact in enumerate(cluster.facts):
        for mx, m in enumerate(fact.mentions):
            sp = span(m.article, m.quote)
            if sp is None:
                continue
            spans.append((fx, mx))
            for fi, csp in claims.get(m.article, []):
                if _overlaps(csp, sp):
                    covered[fi].add((fx, mx))
                    found.add((fx, mx))

    facts = []
    for fx, fact in enumerate(cluster.facts):
        mine = {(f, m) for f, m in spans if f == fx}
        best, best_key = None, None
        for fi, cov in covered.items():
            hit = cov & mine
            if len(hit) < 2:
                continue
            arts = {fact.mentions[m].article for _, m in hit}
            key = (len(hit), len(arts) > 1, -len(report.findings[fi].claims))
            if best_key is None or key > best_key:
                best, best_key = fi, key
        facts.append(FactScore(
            fact=fact.id, kind=fact.kind, gold=fact.verdict,
            predicted=report.findings[best].verdict if best is not None else None,
            mentions=len(mine), found=len(mine & found), grouped=len(covered[best] & mine) if best is not None else 0))

    gold_disc = {fx for fx, f in enumerate(cluster.facts) if f.verdict == "discrepancy"}
    false, unverified = [], 0
    predicted = 0
    for fi, f in enumerate(report.findings):
        if f.verdict != "discrepancy":
            continue
        predicted += 1
        by_fact = defaultdict(set)
        for fx, mx in covered.get(fi, ()):
            by_fact[fx].add(mx)
        if any(fx in gold_disc and len(m) >= 2 for fx, m in by_fact.items()):
            continue
        if covered.get(fi) or _hits_distractor(f, cluster, span):
            false.append(f.fact)
        else:
            unverified += 1
    multi = [f for f in facts if f.mentions >= 2]
    return Score(
        facts=facts, mentions=len(spans), found=len(found),
        grouped_facts=sum(f.predicted is not None for f in multi), multi_mention_facts=len(multi),
        verdicts_right=sum(f.predicted == f.gold for f in multi), gold_discrepancies=len(gold_disc),
        discrepancies_found=sum(f.predicted == "discrepancy" for f in facts if f.gold == "discrepancy"),
        predicted_discrepancies=predicted, false_discrepancies=false, unverified_discrepancies=unverified)


def _hits_distractor(finding, cluster: GoldCluster, span) -> bool:
    for d in cluster.distractors:
        a, b = span(d.a.article, d.a.quote), span(d.b.article, d.b.quote)
        if not (a and b):
            continue
        has = lambda art, sp: any(c.mention.article == art and _overlaps((c.mention.start, c.mention.end), sp)
                                  for c in finding.claims)
        if has(d.a.article, a) and has(d.b.article, b):
            return True
    return False


def render(s: Score) -> str:
    from tabulate import tabulate

    rows = []
    for f in s.facts:
        mark = "ok" if f.predicted == f.gold else ("~" if (f.predicted == "discrepancy") == (f.gold == "discrepancy") and f.predicted else "XX")
        rows.append([mark, f.fact, f.kind, f.gold, f.predicted or "-", f"{f.found}/{f.mentions}", f.grouped])
    table = tabulate(rows, headers=["", "fact", "kind", "gold", "got", "found", "grouped"], tablefmt="github")
    pct = lambda a, b: f"{100 * a / b:.1f}%" if b else "n/a"
    totals = [
        ["mentions found", f"{s.found}/{s.mentions}", pct(s.found, s.mentions)],
        ["facts grouped", f"{s.grouped_facts}/{s.multi_mention_facts}", pct(s.grouped_facts, s.multi_mention_facts)],
        ["verdicts right", f"{s.verdicts_right}/{s.multi_mention_facts}", pct(s.verdicts_right, s.multi_mention_facts)],
        ["discrepancies found", f"{s.discrepancies_found}/{s.gold_discrepancies}", pct(s.discrepancies_found, s.gold_discrepancies)],
        ["false discrepancies", str(len(s.false_discrepancies)), ", ".join(s.false_discrepancies)],
        ["unverified discrepancies", str(s.unverified_discrepancies), ""],
    ]
    return table + "\n\n" + tabulate(totals, headers=["total", "count", "rate"], tablefmt="github") + "\n"

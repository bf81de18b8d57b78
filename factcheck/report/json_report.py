"""`report.json`: the stable machine interface (contract in DESIGN.md)."""

from __future__ import annotations

import json

from factcheck.models import Article, Claim, Finding, Report
from factcheck.report.extraction import value_json

SCHEMA_VERSION = "1"


def article_json(a: Article) -> dict:
    return {
        "id": a.id, "path": a.path, "title": a.title, "outlet": a.outlet, "url": a.url,
        "published": a.published.isoformat() if a.published else None, "published_from": a.published_from,
    }


def claim_json(c: Claim) -> dict:
    m = c.mention
    return {
        "article": m.article, "text": m.text, "start": m.start, "end": m.end, "line": m.line, "column": m.column,
        "sentence": m.sentence, "display": m.text, "scope": {k: list(v) for k, v in c.scope.items() if v},
        "value": value_json(m.value),
    }


def finding_json(f: Finding) -> dict:
    return {
        "id": f.id, "signature": f.signature, "rule": f.rule, "fact": f.fact, "kind": f.kind, "verdict": f.verdict, "severity": f.severity,
        "message": f.message, "scope": {k: list(v) for k, v in f.scope.items()},
        "groups": [{"articles": list(g.articles), "value": g.value} for g in f.groups],
        "notes": list(f.notes), "claims": [claim_json(c) for c in f.claims],
    }


def render(report: Report) -> str:
    """One article or finding per line: diffs stay readable, and the C encoder
    (which json uses only without ``indent``) keeps large reports fast."""

    def block(items: list[dict]) -> str:
        if not items:
            return "[]"
        return "[\n" + ",\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n]"

    return (
        f'{{"schema_version": {json.dumps(SCHEMA_VERSION)},\n'
        f'"articles": {block([article_json(a) for a in report.articles])},\n'
        f'"findings": {block([finding_json(f) for f in report.findings])},\n'
        f'"skipped": {json.dumps(list(report.skipped), ensure_ascii=False)}}}\n'
    )

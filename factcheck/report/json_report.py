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
        "id": f.id, "rule": f.rule, "fact": f.fact, "kind": f.kind, "verdict": f.verdict, "severity": f.severity,
        "message": f.message, "scope": {k: list(v) for k, v in f.scope.items()},
        "groups": [{"articles": list(g.articles), "value": g.value} for g in f.groups],
        "notes": list(f.notes), "claims": [claim_json(c) for c in f.claims],
    }


def render(report: Report) -> str:
    doc = {
        "schema_version": SCHEMA_VERSION,
        "articles": [article_json(a) for a in report.articles],
        "findings": [finding_json(f) for f in report.findings],
        "skipped": list(report.skipped),
    }
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n"

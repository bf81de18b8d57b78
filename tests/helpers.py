"""Small builders the tests share: articles from strings, reports from articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck import engine
from factcheck.corpus import build_article
from factcheck.models import Article, Finding, Report
from factcheck.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
RULES = ROOT / "rules"


def article(aid: str, text: str, published: str | None = "2015-11-16") -> Article:
    pub = dt.date.fromisoformat(published) if published else None
    return build_article(aid, f"{aid}.txt", text, published=pub)


def report(*articles: Article, rules_dir: Path = RULES) -> Report:
    return engine.run(list(articles), load_rules([rules_dir]))


def findings_with(report: Report, *texts: str) -> list[Finding]:
    """Findings whose claims include every one of ``texts`` (as claim text)."""
    out = []
    for f in report.findings:
        have = [c.mention.text for c in f.claims]
        if all(any(t == h for h in have) for t in texts):
            out.append(f)
    return out


def pick(text: str, kind: str, span: str, published=None):
    """The value of kind ``kind`` extracted from exactly ``span`` of ``text``."""
    import pytest

    from factcheck.extract import extract_found

    found = [f for f in extract_found(text, published, [(0, len(text))]) if f.value.kind == kind]
    for f in found:
        if text[f.start:f.end] == span:
            return f.value
    pytest.fail(f"no {kind} {span!r} in {text!r}; found {[text[f.start:f.end] for f in found]}")

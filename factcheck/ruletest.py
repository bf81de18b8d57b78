"""Test cases that live beside rules: ``rules/<id>.test.yaml``.

A case is a few small inline articles and the findings the rule must (and
must not) produce on them::

    rule: death-toll
    cases:
      - name: a toll that rose is a discrepancy
        articles:
          early: {published: 2015-11-14, text: "At least 127 people were killed on Friday."}
          later: {published: 2015-11-15, text: "The death toll rose to 129 people."}
        expect:
          - verdict: discrepancy
            claims: {early: "At least 127 people", later: "129 people"}
        reject:
          - verdict: agree

An expectation may also name a part of one of the finding's notes (``note``):
expected, the finding must carry it; rejected, no finding that matches the rest
may carry it.

Cases run against the whole rule set the rule lives in, as a report would.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck import yamlio
from factcheck.corpus import build_article
from factcheck.errors import UserInputError
from factcheck.models import Finding


class Expectation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    verdict: Literal["agree", "compatible", "discrepancy", "single_source"] | None = None
    fact: str | None = Field(None, description="A part of the finding's fact name.")
    claims: dict[str, str | list[str]] = Field(default_factory=dict, description="Article id -> the claim text(s) it must hold.")
    note: str | None = Field(None, description="A part of one of the finding's notes.")


class CaseArticle(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    published: dt.date | None = None


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    articles: dict[str, CaseArticle | str]
    expect: list[Expectation] = Field(default_factory=list)
    reject: list[Expectation] = Field(default_factory=list)


class CaseFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule: str
    cases: list[Case] = Field(min_length=1)


class Result(BaseModel):
    file: str
    rule: str
    case: str
    ok: bool
    problems: list[str] = Field(default_factory=list)


def load_cases(path: Path) -> CaseFile:
    try:
        data = yamlio.load(path.read_text(encoding="utf-8"))
        return CaseFile.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        raise UserInputError(str(path), f"{'.'.join(map(str, err['loc']))}: {err['msg']}") from None
    except Exception as e:  # YAML or I/O: one line naming the file
        raise UserInputError(str(path), f"cannot read test cases: {str(e).splitlines()[0]}") from None


def _matches(f: Finding, e: Expectation) -> bool:
    if e.verdict and f.verdict != e.verdict:
        return False
    if e.fact and e.fact not in f.fact:
        return False
    for article, texts in e.claims.items():
        wanted = [texts] if isinstance(texts, str) else texts
        have = {c.mention.text for c in f.claims if c.mention.article == article}
        if not all(t in have for t in wanted):
            return False
    if e.note and not any(e.note in n for n in f.notes):
        return False
    return True


def _show(f: Finding) -> str:
    claims = ", ".join(f"{c.mention.article}: {c.mention.text!r} (line {c.mention.line})" for c in f.claims)
    return f"{f.verdict} '{f.fact}' [{claims}]"


def _want(e: Expectation) -> str:
    parts = [e.verdict or "any verdict"]
    if e.fact:
        parts.append(f"fact containing {e.fact!r}")
    if e.claims:
        parts.append("with " + ", ".join(f"{a}: {t!r}" for a, t in e.claims.items()))
    if e.note:
        parts.append(f"noting {e.note!r}")
    return " ".join(parts)


def run_case(case: Case, rule_id: str, rules, file: str) -> Result:
    from factcheck import engine

    articles = []
    for aid, spec in case.articles.items():
        spec = CaseArticle(text=spec) if isinstance(spec, str) else spec
        articles.append(build_article(aid, f"{aid}.txt", spec.text, published=spec.published))
    report = engine.run(articles, rules)
    mine = [f for f in report.findings if f.rule == rule_id]
    problems = []
    for e in case.expect:
        if not any(_matches(f, e) for f in mine):
            got = "; ".join(_show(f) for f in mine) or "no finding of this rule"
            problems.append(f"expected {_want(e)}; got {got}")
    for e in case.reject:
        for f in mine:
            if _matches(f, e):
                problems.append(f"did not expect {_want(e)}; got {_show(f)}")
    return Result(file=file, rule=rule_id, case=case.name, ok=not problems, problems=problems)


def test_files(d: Path) -> list[Path]:
    return sorted(d.glob("*.test.yaml"))


def run_file(path: Path, ruleset) -> list[Result]:
    cases = load_cases(path)
    if cases.rule not in ruleset.sources:
        return [Result(file=str(path), rule=cases.rule, case="(file)", ok=False,
                       problems=[f"no rule with id '{cases.rule}' is in force"])]
    return [run_case(c, cases.rule, ruleset.rules, str(path)) for c in cases.cases]


def run_dirs(dirs: list[Path], ruleset) -> list[Result]:
    results = []
    for d in dirs:
        for f in test_files(d):
            results += run_file(f, ruleset)
    return results


def describe(results: list[Result]) -> list[str]:
    lines = []
    for r in results:
        if r.ok:
            lines.append(f"ok     {r.rule} :: {r.case}")
        else:
            lines.append(f"FAILED {r.rule} :: {r.case} ({r.file})")
            lines += [f"       {p}" for p in r.problems]
    passed = sum(r.ok for r in results)
    lines.append(f"{passed} passed, {len(results) - passed} failed")
    return lines

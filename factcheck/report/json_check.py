"""`factcheck check --format json`: the findings to act on, for machines.

``{"schema_version": "1", "findings": [...]}``; each finding is the object
``report.json`` uses (``json_report.finding_json``) plus ``location``, the
path, line and column of its primary claim. One finding per line, keys in a
fixed order: the same input gives the same bytes.
"""

from __future__ import annotations

import json

from factcheck.models import Finding, Report
from factcheck.report.json_report import SCHEMA_VERSION, ClaimTexts, finding_json, finding_parts
from factcheck.report.text import article_paths, locate


def check_finding_json(paths: dict[str, str], f: Finding) -> dict:
    return {**finding_json(f), "location": _location(paths, f)}


def _location(paths: dict[str, str], f: Finding) -> dict:
    path, m = locate(paths, f)
    return {"path": path, "line": m.line, "column": m.column}


def render(report: Report, findings: list[Finding], acknowledged: dict[str, str]) -> str:
    """``json.dumps(check_finding_json(paths, f))`` per finding, written as report.json writes its findings."""
    paths = article_paths(report)
    claims = ClaimTexts()
    items = ["".join(finding_parts(f, claims, {"location": _location(paths, f)})) for f in findings]
    block = "[\n" + ",\n".join(items) + "\n]" if items else "[]"
    return f'{{"schema_version": {json.dumps(SCHEMA_VERSION)},\n"findings": {block}}}\n'

"""`factcheck check --format sarif`: SARIF 2.1.0, for code-scanning dashboards.

One run; ``tool.driver.rules`` has one entry per rule that has a finding. Each
result points at the finding's primary claim (with the claim's text as the
region snippet), lists the other claims as ``relatedLocations`` and carries
the finding id as ``partialFingerprints["factcheck/v1"]``, so a dashboard
tracks a finding across line moves exactly as the acknowledgements do.
Columns count Unicode code points (``columnKind``), as factcheck's do.
"""

from __future__ import annotations

import json
import re
from importlib import metadata
from urllib.parse import quote

import factcheck
from factcheck.models import Finding, Mention, Report
from factcheck.report.text import article_paths, locate

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT = "factcheck/v1"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def information_uri() -> str | None:
    """The project's home page from the installed package metadata (``[project.urls]``)."""
    try:
        meta = metadata.metadata("factcheck")
    except metadata.PackageNotFoundError:
        return None
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "repository", "source", "documentation") and url.strip():
            return url.strip()
    home = meta.get("Home-page")
    return home if home and home != "UNKNOWN" else None


def message(text: str) -> dict:
    """A SARIF message: literal braces are doubled, since ``{0}`` is a placeholder (§3.11.5)."""
    return {"text": text.replace("{", "{{").replace("}", "}}")}


def artifact_uri(path: str) -> str:
    """A POSIX path as a URI reference: relative stays relative, absolute becomes ``file:``."""
    if re.match(r"[A-Za-z]:/", path):
        return "file:///" + quote(path, safe="/:")
    if path.startswith("/"):
        return "file://" + quote(path, safe="/")
    return quote(path, safe="/")


def region(m: Mention) -> dict:
    """Start and (exclusive) end of the mention; text is ``\\n``-normalized, as are lines."""
    lines = m.text.split("\n")
    end_line = m.line + len(lines) - 1
    end_column = (m.column if len(lines) == 1 else 1) + len(lines[-1])
    return {"startLine": m.line, "startColumn": m.column, "endLine": end_line, "endColumn": end_column,
            "snippet": {"text": m.text}}


def physical(path: str, m: Mention) -> dict:
    return {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}, "region": region(m)}}


def result(f: Finding, paths: dict[str, str], rule_index: dict[str, int]) -> dict:
    path, primary = locate(paths, f)
    related = []
    for c in f.claims:
        m = c.mention
        if m is primary:
            continue
        loc = physical(paths.get(m.article, m.article), m)
        related.append({"id": len(related) + 1, **loc, "message": message(f"{m.article}: {m.text}")})
    out = {
        "ruleId": f.rule,
        "ruleIndex": rule_index[f.rule],
        "level": LEVEL[f.severity],
        "message": message(f.message),
        "locations": [physical(path, primary)],
    }
    if related:
        out["relatedLocations"] = related
    out["partialFingerprints"] = {FINGERPRINT: f.id}
    out["properties"] = {"verdict": f.verdict, "fact": f.fact, "kind": f.kind}
    return out


def sarif_log(report: Report, findings: list[Finding]) -> dict:
    paths = article_paths(report)
    first: dict[str, Finding] = {}
    for f in findings:
        first.setdefault(f.rule, f)
    rule_ids = sorted(first)
    rules = [{"id": r, "shortDescription": message(first[r].fact),
              "defaultConfiguration": {"level": LEVEL[first[r].severity]}} for r in rule_ids]
    driver = {"name": "factcheck"}
    uri = information_uri()
    if uri:
        driver["informationUri"] = uri
    driver["version"] = factcheck.__version__
    driver["rules"] = rules
    index = {r: i for i, r in enumerate(rule_ids)}
    run = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": [result(f, paths, index) for f in findings],
    }
    return {"$schema": SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


def render(report: Report, findings: list[Finding], acknowledged: dict[str, str]) -> str:
    return json.dumps(sarif_log(report, findings), ensure_ascii=False, indent=2) + "\n"

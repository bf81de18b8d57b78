"""`factcheck check --format text`: one line per finding, as compilers and linters print them.

    seeds/004.txt:37:169: discrepancy death-toll: Sources disagree on the death toll: 000: ...; 004: ...
    1 finding (2 acknowledged)

The location is the finding's primary claim (``factcheck.ci.primary_claim``:
for a discrepancy, the odd one out), so editors and CI logs jump to it. The
helpers here are shared by the other check formats.
"""

from __future__ import annotations

import os

from factcheck.ci import primary_claim
from factcheck.models import Finding, Mention, Report


def posix(path: str) -> str:
    """An article path as given on the command line, with ``/`` separators."""
    return path.replace(os.sep, "/") if os.sep != "/" else path


def article_paths(report: Report) -> dict[str, str]:
    return {a.id: posix(a.path) for a in report.articles}


def locate(paths: dict[str, str], f: Finding) -> tuple[str, Mention]:
    """Path and mention of the claim a finding points at."""
    m = primary_claim(f).mention
    return paths.get(m.article, m.article), m


def one_line(text: str) -> str:
    return " ".join(text.split("\n")) if "\n" in text else text


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary(findings: list[Finding], acknowledged: dict[str, str]) -> str:
    return f"{plural(len(findings), 'finding')} ({len(acknowledged)} acknowledged)"


def render(report: Report, findings: list[Finding], acknowledged: dict[str, str]) -> str:
    paths = article_paths(report)
    lines = []
    for f in findings:
        path, m = locate(paths, f)
        lines.append(f"{path}:{m.line}:{m.column}: {f.verdict} {f.rule}: {one_line(f.message)}")
    lines.append(summary(findings, acknowledged))
    return "\n".join(lines) + "\n"

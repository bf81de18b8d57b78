"""`factcheck check --format github`: GitHub Actions workflow commands.

One annotation per finding, on the line of its primary claim:

    ::error file=seeds/004.txt,line=37,col=169,title=death-toll::Sources disagree on the death toll: ...

Values are escaped as the Actions toolkit does (``escapeData`` and
``escapeProperty`` in @actions/core): ``%``, CR and LF everywhere, and also
``:`` and ``,`` in properties, so a message cannot end the command early or
start a new one.
"""

from __future__ import annotations

from factcheck.models import Finding, Report
from factcheck.report.text import article_paths, locate

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def render(report: Report, findings: list[Finding], acknowledged: dict[str, str]) -> str:
    paths = article_paths(report)
    lines = []
    for f in findings:
        path, m = locate(paths, f)
        props = {"file": path, "line": m.line, "col": m.column, "title": f.rule}
        lines.append(command(COMMAND[f.severity], props, f.message))
    return "".join(line + "\n" for line in lines)

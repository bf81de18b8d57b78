"""`factcheck check --format markdown`: a pull-request comment.

A heading, a table of the findings that need attention (fact, verdict,
location, the groups of agreeing sources), then each finding's evidence: every
claim's article, ``path:line`` and sentence, quoted. Article text is escaped so
it shows as written instead of turning into links, emphasis or HTML.
"""

from __future__ import annotations

from factcheck import pattern_cache
from factcheck.models import Finding, Report
from factcheck.report.table import github_table
from factcheck.report.text import article_paths, locate, plural

HEADING = "## factcheck"

# CommonMark lets any ASCII punctuation be escaped; these are the ones that
# can change inline rendering (emphasis, code, links, HTML, tables, strikethrough).
_SPECIAL = pattern_cache.compile(r"([\\`*_\[\]<>|~])")
# At the start of a line (a quoted sentence) these would make a heading or a list.
_BLOCK_START = pattern_cache.compile(r"^(#|[-+]\s|\d+(?=[.)]\s))")


def md(text: str) -> str:
    """Article text as literal Markdown inline text on one line."""
    text = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    m = _BLOCK_START.match(text)
    if m and m.group(1)[0].isdigit():
        return text[:m.end()] + "\\" + text[m.end():]
    return "\\" + text if m else text


def code(text: str) -> str:
    """An inline code span that survives backticks in ``text``."""
    text = " ".join(text.split())
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _values(f: Finding) -> str:
    return "; ".join(f"{', '.join(g.articles)}: {g.value}" for g in f.groups)


def _acknowledged(acknowledged: dict[str, str]) -> str:
    n = len(acknowledged)
    if not n:
        return ""
    return f" {plural(n, 'acknowledged finding')} {'is' if n == 1 else 'are'} not shown."


def render(report: Report, findings: list[Finding], acknowledged: dict[str, str]) -> str:
    paths = article_paths(report)
    out = [HEADING, ""]
    if not findings:
        out.append("Nothing needs attention." + _acknowledged(acknowledged))
        return "\n".join(out) + "\n"
    needs = "needs" if len(findings) == 1 else "need"
    out.append(f"{plural(len(findings), 'finding')} {needs} attention." + _acknowledged(acknowledged))
    out.append("")
    rows = []
    for f in findings:
        path, m = locate(paths, f)
        location = code(f"{path}:{m.line}:{m.column}").replace("|", "\\|")  # a pipe ends a table cell even in code
        rows.append([md(f.fact), f.verdict, location, md(_values(f) or m.text)])
    out.append(github_table(rows, headers=["fact", "verdict", "location", "values"], numparse=False))
    for f in findings:
        out += ["", f"### {md(f.fact)}: {f.verdict}", "",
                f"{md(f.message)} (rule {code(f.rule)}, finding {code(f.id)})", ""]
        for c in f.claims:
            m = c.mention
            out.append(f"- **{md(m.article)}** {code(f'{paths.get(m.article, m.article)}:{m.line}')}: "
                       f"{md(m.text)}")
            out.append(f"  > {md(m.sentence)}")
    return "\n".join(out) + "\n"

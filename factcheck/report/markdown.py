"""`report.md`: a summary table, then one section per finding with its evidence."""

from __future__ import annotations

from collections import Counter
from itertools import repeat

from factcheck import wording
from factcheck.models import Claim, Finding, Report
from factcheck.report.table import github_table

_MARK = {"discrepancy": "DISCREPANCY", "compatible": "compatible", "agree": "agree", "single_source": "single source"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(report: Report) -> str:
    arts = [a.id for a in report.articles]
    paths = {a.id: a.path for a in report.articles}
    multi = [f for f in report.findings if f.verdict != "single_source"]
    single = [f for f in report.findings if f.verdict == "single_source"]
    counts = Counter(f.verdict for f in report.findings)
    out = ["# factcheck report", ""]
    out.append(f"{len(report.articles)} articles, {len(report.findings)} findings: "
               + ", ".join(f"{counts.get(v, 0)} {_MARK[v]}" for v in _MARK) + ".")
    out.append("")
    out.append(github_table(
        [[a.id, a.published.isoformat() if a.published else "unknown", _cell(a.outlet or ""), _cell(a.title or "")]
         for a in report.articles],
        headers=["article", "published", "outlet", "title"]))
    out += ["", "## Summary", ""]
    # one pass over each finding's claims gives its summary row and its section
    rows, sections = [], []
    scopes: dict[tuple, str] = {}
    written: dict[int, str] = {}
    for f in multi:
        cells, section = _row_and_section(f, arts, paths, scopes, written)
        rows.append([_cell(f.fact), _MARK[f.verdict], *cells])
        sections += section
    if multi:
        out.append(github_table(rows, headers=["fact", "verdict", *arts]))
    else:
        out.append("No fact is reported by more than one source.")
    out += ["", "## Findings", ""]
    out += sections
    if single:
        out += ["## Facts from a single source", ""]
        for f in single:
            c = f.claims[0].mention
            out.append(f"- {f.fact}: {_cell(c.text)} ({paths[c.article]}:{c.line})")
        out.append("")
    if report.skipped:
        out += ["## Notes on the files", ""] + [f"- {s}" for s in report.skipped] + [""]
    return _text(out)


def _text(lines: list[str]) -> str:
    """``"\n".join(lines).rstrip() + "\n"``, trimming the last lines instead
    of the joined text: the report can be megabytes, each copy of it costs."""
    while lines and not lines[-1].strip():
        lines.pop()
    if lines:
        lines[-1] = lines[-1].rstrip()
    lines.append("")
    return "\n".join(lines)


def _row_and_section(f: Finding, arts: list[str], paths: dict[str, str], scopes: dict[tuple, str],
                     written: dict[int, str]) -> tuple[list[str], list[str]]:
    """The finding's summary cells, one per article (what it says about the
    fact, or nothing), and its section of the report."""
    lines = [f"### {f.fact}: {_MARK[f.verdict]}", "", f"Rule `{f.rule}`, finding `{f.id}`. {f.message}", ""]
    if f.scope:
        scope = _written_scope(f) if f.claims[0].mention.kind == "name" else f.scope
        lines.append("Scope: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in scope.items()))
        lines.append("")
    for n in f.notes:
        lines.append(f"Note: {n}")
    if f.notes:
        lines.append("")
    by_article: dict[str, list[str]] = {}
    for c in f.claims:
        m = c.mention
        by_article.setdefault(m.article, []).append(m.text)
        text = written.get(id(c))  # a claim of a wider finding recurs in its parts
        if text is None:
            text = written[id(c)] = _claim_lines(c, paths, scopes)
        lines.append(text)
    lines.append("")
    cells = {a: _cell(texts[0] if len(texts) == 1 else " / ".join(dict.fromkeys(texts)))
             for a, texts in by_article.items()}
    return list(map(cells.get, arts, repeat(""))), lines


def _claim_lines(c: Claim, paths: dict[str, str], scopes: dict[tuple, str]) -> str:
    """The claim and its quoted sentence: two lines of the report in one string."""
    m = c.mention
    # the claims of a report share a few scopes: each is written once
    key = tuple(c.scope.items())
    if m.kind == "name":
        key = (*key, m.value.stated)  # its words as written are shown, not the folded key
    scope = scopes.get(key)
    if scope is None:
        scope = scopes[key] = _scope_suffix(_written_items(c) if m.kind == "name" else key)
    article = m.article
    return f"- **{article}** `{paths[article]}:{m.line}:{m.column}` {m.text!s}{scope}\n  > {_cell(m.sentence)}"


# A name's qualifiers are folded keys ("given: iuri; name: asad"), made to group spellings;
# a reader is shown the words as a claim writes them ("given: Yuri; name: Assad")
_NAME_PARTS = {"given": 0, "name": 2}


def _written(c: Claim, dim: str) -> str | None:
    """The part of a name claim that its qualifier ``dim`` folds, as written."""
    return wording.name_parts(c.mention.value)[_NAME_PARTS[dim]] or None


def _written_items(c: Claim) -> tuple:
    """A name claim's qualifiers, each folded value replaced by its words as written."""
    return tuple((k, tuple(w for w in [_written(c, k)] if w) or v) if k in _NAME_PARTS and v else (k, v)
                 for k, v in c.scope.items())


def _written_scope(f: Finding) -> dict[str, tuple[str, ...]]:
    """A name finding's scope with each folded value as the first claim carrying it writes it."""
    out = {}
    for k, values in f.scope.items():
        if k not in _NAME_PARTS:
            out[k] = values
            continue
        shown = []
        for v in values:
            w = next((w for c in f.claims if v in c.scope.get(k, ()) and (w := _written(c, k))), v)
            if w not in shown:
                shown.append(w)
        out[k] = tuple(shown)
    return out


def _scope_suffix(items) -> str:
    """A claim's stated qualifiers after it: `` [participants: Kerry, Putin; location: Sochi]``."""
    scope = "; ".join(f"{k}: {', '.join(v)}" for k, v in items if v)
    return f" [{scope}]" if scope else ""

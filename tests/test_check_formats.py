"""The `factcheck check` output formats: text, json, markdown, sarif, github."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

import factcheck
from factcheck.ci import primary_claim
from factcheck.models import Finding, Mention, Value
from factcheck.report import CHECK_FORMATS, github, json_check, markdown_check, sarif, text
from factcheck.text import position
from helpers import article, report

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

ARTICLES = {
    "a1": "Paris\nAt least 127 people were killed on Friday.",
    "a2": "In all 129 people were killed.",
    "a3": "Officials said 129 people were killed, and 350 were wounded.",
}


@pytest.fixture(scope="module")
def rep():
    return report(*(article(aid, body) for aid, body in ARTICLES.items()))


@pytest.fixture(scope="module")
def toll(rep) -> Finding:
    found = [f for f in rep.findings if f.rule == "death-toll" and f.verdict == "discrepancy"]
    assert len(found) == 1, [(f.rule, f.verdict) for f in rep.findings]
    return found[0]


@pytest.fixture(scope="module")
def several(toll) -> list[Finding]:
    """The death toll plus two made-up findings of other severities and rules."""
    return [
        toll,
        toll.model_copy(update={"id": "0000000000000002", "rule": "other-rule", "fact": "other fact",
                                "severity": "warning"}),
        toll.model_copy(update={"id": "0000000000000003", "rule": "third-rule", "fact": "third fact",
                                "severity": "info", "message": "Braces {0} and [brackets] stay literal"}),
    ]


# --- text ----------------------------------------------------------------------------


def test_text_points_at_the_odd_one_out(rep, toll):
    out = text.render(rep, [toll], {})
    assert out == f"a1.txt:2:1: discrepancy death-toll: {toll.message}\n1 finding (0 acknowledged)\n"
    assert "a1: At least 127 people" in toll.message and "129 people" in toll.message


def test_text_line_shape_order_and_summary(rep, several):
    lines = text.render(rep, several[::-1], {"x": "known", "y": "known"}).splitlines()
    assert len(lines) == 4
    for line, f in zip(lines, several[::-1]):
        assert re.fullmatch(r"[^:\n]+:\d+:\d+: (discrepancy|compatible|agree|single_source) [a-z-]+: .+", line)
        assert line.split(": ", 2)[1] == f"discrepancy {f.rule}"
    assert lines[-1] == "3 findings (2 acknowledged)"
    assert text.render(rep, [], {}) == "0 findings (0 acknowledged)\n"


def test_text_keeps_one_line_per_finding(rep, toll):
    f = toll.model_copy(update={"message": "first\nsecond"})
    assert text.render(rep, [f], {}).splitlines()[0].endswith("death-toll: first second")


# --- json ----------------------------------------------------------------------------


def test_json_findings_with_locations(rep, several):
    out = json_check.render(rep, several, {"x": "known"})
    data = json.loads(out)
    assert list(data) == ["schema_version", "findings"]
    assert data["schema_version"] == "1"
    assert [f["id"] for f in data["findings"]] == [f.id for f in several]
    texts = {a.id: a.text for a in rep.articles}
    starts = {a.id: a.line_starts for a in rep.articles}
    for item, f in zip(data["findings"], several):
        for c in item["claims"]:
            assert texts[c["article"]][c["start"]:c["end"]] == c["text"]
            assert position(starts[c["article"]], c["start"]) == (c["line"], c["column"])
        m = primary_claim(f).mention
        assert item["location"] == {"path": f"{m.article}.txt", "line": m.line, "column": m.column}
        loc = item["location"]
        assert any(c["article"] + ".txt" == loc["path"] and (c["line"], c["column"]) == (loc["line"], loc["column"])
                   for c in item["claims"])
    assert data["findings"][0]["location"] == {"path": "a1.txt", "line": 2, "column": 1}


def test_json_is_byte_stable(rep, several):
    again = report(*(article(aid, body) for aid, body in ARTICLES.items()))
    toll2 = next(f for f in again.findings if f.id == several[0].id)
    assert json_check.render(rep, several[:1], {}) == json_check.render(again, [toll2], {})
    assert json_check.render(rep, [], {}) == '{"schema_version": "1",\n"findings": []}\n'


# --- markdown ------------------------------------------------------------------------


def test_markdown_table_and_evidence(rep, toll):
    out = markdown_check.render(rep, [toll], {"x": "known"})
    lines = out.splitlines()
    assert lines[0] == "## factcheck"
    assert "1 finding needs attention. 1 acknowledged finding is not shown." in lines
    header = next(line for line in lines if line.startswith("| fact"))
    assert [c.strip() for c in header.strip("|").split("|")] == ["fact", "verdict", "location", "values"]
    row = next(line for line in lines if line.startswith("| death toll"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[:3] == ["death toll", "discrepancy", "`a1.txt:2:1`"]
    assert "a1: At least 127 people" in cells[3] and "a2, a3: 129 people" in cells[3]
    assert "### death toll: discrepancy" in lines
    assert f"finding `{toll.id}`" in out
    for aid, where, sentence in [("a1", "a1.txt:2", "At least 127 people were killed on Friday."),
                                 ("a2", "a2.txt:1", "In all 129 people were killed."),
                                 ("a3", "a3.txt:1", "Officials said 129 people were killed, and 350 were wounded.")]:
        i = next(i for i, line in enumerate(lines) if line.startswith(f"- **{aid}** `{where}`"))
        assert lines[i + 1] == f"  > {sentence}"


def test_markdown_empty_says_nothing_needs_attention(rep):
    assert markdown_check.render(rep, [], {}) == "## factcheck\n\nNothing needs attention.\n"
    assert "2 acknowledged findings are not shown." in markdown_check.render(rep, [], {"a": "r", "b": "r"})


def test_markdown_escapes_article_text():
    assert markdown_check.md("*bold* <b>x</b> [l](u) a|b `c` ~d~") == \
        r"\*bold\* \<b\>x\</b\> \[l\](u) a\|b \`c\` \~d\~"
    assert markdown_check.md("# Not a heading") == r"\# Not a heading"
    assert markdown_check.md("1. Not a list") == r"1\. Not a list"
    assert markdown_check.md("two\nlines") == "two lines"
    assert markdown_check.code("a`b") == "``a`b``"


# --- github --------------------------------------------------------------------------


def test_github_escape_functions():
    assert github.escape_data("100% sure, a: b\r\nnext") == "100%25 sure, a: b%0D%0Anext"
    assert github.escape_property("100% sure, a: b\r\nnext") == "100%25 sure%2C a%3A b%0D%0Anext"
    assert github.escape_data("%0A") == "%250A"  # % first, so an escape is never read twice


def test_github_command_escapes_message_and_properties(rep, toll):
    f = toll.model_copy(update={"message": "50% of 1,000: gone\nreally", "rule": "rule:a,b"})
    out = github.render(rep, [f], {})
    assert out == "::error file=a1.txt,line=2,col=1,title=rule%3Aa%2Cb::50%25 of 1,000: gone%0Areally\n"


def test_github_one_command_per_finding_by_severity(rep, several):
    lines = github.render(rep, several, {"x": "known"}).splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::warning", "::notice"]
    assert lines[0] == f"::error file=a1.txt,line=2,col=1,title=death-toll::{github.escape_data(several[0].message)}"
    assert github.render(rep, [], {}) == ""


def test_github_path_with_separators(rep, toll):
    moved = rep.model_copy(update={"articles": tuple(
        a.model_copy(update={"path": f"news, today/{a.id}:1.txt"}) for a in rep.articles)})
    assert github.render(moved, [toll], {}).startswith("::error file=news%2C today/a1%3A1.txt,line=2,col=1,")


# --- sarif ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_sarif_validates_against_the_schema(rep, several, validator):
    for findings in (several, several[:1], []):
        log = json.loads(sarif.render(rep, findings, {}))
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
        assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]


def test_sarif_schema_rejects_invalid_logs(rep, toll, validator):
    """The validation is not vacuous: the schema catches a bad level and a missing message."""
    log = json.loads(sarif.render(rep, [toll], {}))
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert not validator.is_valid(log)
    log = json.loads(sarif.render(rep, [toll], {}))
    del log["runs"][0]["results"][0]["message"]
    assert not validator.is_valid(log)


def test_sarif_content(rep, toll, several):
    log = json.loads(sarif.render(rep, several, {}))
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "factcheck" and driver["version"] == factcheck.__version__
    if "informationUri" in driver:
        assert driver["informationUri"].startswith("http")
    assert [r["id"] for r in driver["rules"]] == ["death-toll", "other-rule", "third-rule"]
    assert driver["rules"][0]["shortDescription"]["text"] == "death toll"
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["death-toll", "other-rule", "third-rule"]
    assert [driver["rules"][r["ruleIndex"]]["id"] for r in results] == [r["ruleId"] for r in results]
    assert [r["level"] for r in results] == ["error", "warning", "note"]
    assert [r["partialFingerprints"] for r in results] == [{"factcheck/v1": f.id} for f in several]
    assert results[0]["message"]["text"] == toll.message
    assert results[2]["message"]["text"] == "Braces {{0}} and [brackets] stay literal"

    first = results[0]
    (loc,) = first["locations"]
    assert loc["physicalLocation"]["artifactLocation"]["uri"] == "a1.txt"
    assert loc["physicalLocation"]["region"] == {
        "startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 20,
        "snippet": {"text": "At least 127 people"}}
    related = first["relatedLocations"]
    assert len(related) == len(toll.claims) - 1
    assert len({r["id"] for r in related}) == len(related)
    assert [(r["physicalLocation"]["artifactLocation"]["uri"], r["physicalLocation"]["region"]["snippet"]["text"])
            for r in related] == [("a2.txt", "129 people"), ("a3.txt", "129 people")]
    assert related[0]["physicalLocation"]["region"]["startColumn"] == 8


def test_sarif_region_and_uri_edge_cases():
    value = Value(kind="count", low=6000, high=7000)
    m = Mention(article="a", kind="count", text="more than\n6,000 people", start=5, end=27, line=3, column=6,
                sentence="", sentence_index=0, value=value)
    assert sarif.region(m) == {"startLine": 3, "startColumn": 6, "endLine": 4, "endColumn": 13,
                               "snippet": {"text": "more than\n6,000 people"}}
    assert sarif.artifact_uri("news/a b#1.txt") == "news/a%20b%231.txt"
    assert sarif.artifact_uri("/srv/news/a.txt") == "file:///srv/news/a.txt"
    assert sarif.artifact_uri("C:/news/a.txt") == "file:///C:/news/a.txt"


def test_sarif_is_byte_stable(rep, several):
    assert sarif.render(rep, several, {}) == sarif.render(rep, list(several), {"x": "r"})


# --- registry ------------------------------------------------------------------------


def test_check_formats_registry(rep, toll):
    assert list(CHECK_FORMATS) == ["text", "json", "markdown", "sarif", "github"]
    for name, render in CHECK_FORMATS.items():
        for findings in ([toll], []):
            out = render(rep, findings, {})
            assert isinstance(out, str) and (out == "" or out.endswith("\n")), name

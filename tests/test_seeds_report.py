"""The report on the seed articles says what an editor would say (issue 4)."""

import json
import subprocess
import sys

import pytest

from factcheck import engine
from factcheck.corpus import read_articles
from factcheck.rules import load_rules
from helpers import RULES, SEEDS, findings_with


@pytest.fixture(scope="module")
def seeds_report():
    articles, _ = read_articles([str(SEEDS)])
    return engine.run(articles, load_rules([RULES]))


def _only(findings, rule):
    found = [f for f in findings if f.rule == rule]
    assert found, f"no {rule} finding"
    return found


def test_kerry_putin_four_hours_against_more_than_four_is_compatible(seeds_report):
    fs = [f for f in findings_with(seeds_report, "four hours", "more than four hours")
          if f.scope.get("participants") == ("Kerry", "Putin") and len(f.claims) == 2]
    assert [f.verdict for f in fs] == ["compatible"]


def test_kerry_lavrov_more_than_four_hours_twice_agree(seeds_report):
    fs = [f for f in _only(seeds_report.findings, "talks-duration") if f.scope.get("participants") == ("Kerry", "Lavrov")]
    assert [f.verdict for f in fs] == ["agree"]
    assert {c.mention.article[:3] for c in fs[0].claims} == {"001", "002"}


def test_eight_hours_with_putin_and_his_minister_is_a_discrepancy_with_scopes_shown(seeds_report):
    fs = findings_with(seeds_report, "eight hours", "four hours")
    assert fs and all(f.verdict == "discrepancy" for f in fs)
    notes = " ".join(fs[0].notes)
    assert "scope differs: Kerry + Lavrov + Putin" in notes and "vs Kerry + Putin" in notes
    assert "the parts add up to 8 h..9 h, consistent with the wider claim" in notes


def test_death_toll_more_than_6000_against_more_than_6100_is_compatible(seeds_report):
    (f,) = _only(seeds_report.findings, "death-toll")
    assert f.verdict == "compatible"
    assert sorted(c.mention.text for c in f.claims) == ["More than 6,100 people", "more than 6,000 lives"]


def test_start_of_the_crisis_early_2014_against_fall_2013_is_a_discrepancy(seeds_report):
    (f,) = _only(seeds_report.findings, "conflict-start")
    assert f.verdict == "discrepancy"
    texts = {c.mention.text for c in f.claims}
    assert {"early 2014", "the fall of 2013"} <= texts
    assert "002_9c3540a17e72d87f: the fall of 2013" in f.message


def test_five_year_ban_and_two_years_since_the_last_visit_are_not_one_fact(seeds_report):
    assert not findings_with(seeds_report, "five-year", "two years")


def test_no_discrepancy_beyond_the_two_real_ones(seeds_report):
    facts = sorted({f.rule for f in seeds_report.findings if f.verdict == "discrepancy"})
    assert facts == ["conflict-start", "talks-duration"]


def test_report_is_byte_identical_whatever_the_order_of_paths(tmp_path):
    files = sorted(SEEDS.iterdir())
    a, b = tmp_path / "a", tmp_path / "b"
    cmd = [sys.executable, "-m", "factcheck", "report"]
    subprocess.run(cmd + [str(f) for f in files] + ["-o", str(a)], check=True, capture_output=True)
    subprocess.run(cmd + [str(f) for f in reversed(files)] + ["-o", str(b)], check=True, capture_output=True)
    assert (a / "report.json").read_bytes() == (b / "report.json").read_bytes()
    assert (a / "report.md").read_bytes() == (b / "report.md").read_bytes()


def test_report_json_follows_the_contract(tmp_path):
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "factcheck", "report", str(SEEDS), "-o", str(out)], check=True, capture_output=True)
    doc = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert doc["schema_version"] == "1"
    texts = {}
    for a in doc["articles"]:
        assert a["id"] == a["path"].rsplit("/", 1)[-1].rsplit(".", 1)[0]
        texts[a["id"]] = (SEEDS / (a["id"] + ".txt")).read_bytes().decode("utf-8").replace("\r\n", "\n")
    for f in doc["findings"]:
        assert f["verdict"] in {"agree", "compatible", "discrepancy", "single_source"}
        for c in f["claims"]:
            assert texts[c["article"]][c["start"]:c["end"]] == c["text"]
            assert c["text"] in c["sentence"]
            assert set(c["value"]) >= {"low", "high", "stated", "stated_unit", "unit", "qualifier", "granularity", "counted", "resolved"}


def test_checked_in_seed_report_is_up_to_date(tmp_path):
    """reports/ holds what the README command writes for seeds/."""
    out = tmp_path / "out"
    repo = SEEDS.parent
    subprocess.run([sys.executable, "-m", "factcheck", "report", "seeds/", "-o", str(out)], check=True, capture_output=True, cwd=repo)
    for name in ("report.json", "report.md"):
        assert (out / name).read_bytes() == (repo / "reports" / name).read_bytes(), f"reports/{name} is stale: rerun the README command"

"""Every shipped rule's own test cases (rules/<id>.test.yaml), one pytest case each."""

import pytest

from factcheck import ruletest
from factcheck.ruleset import load_ruleset
from helpers import ROOT, RULES

RULESET = load_ruleset([RULES])
CASES = [(path, case) for path in ruletest.test_files(RULES) for case in ruletest.load_cases(path).cases]


@pytest.mark.parametrize("path, case", CASES, ids=[f"{p.name}::{c.name}" for p, c in CASES])
def test_rule_case(path, case):
    rule = ruletest.load_cases(path).rule
    result = ruletest.run_case(case, rule, RULESET.rules, str(path))
    assert result.ok, "\n".join(result.problems)


def test_every_shipped_rule_has_test_cases():
    tested = {ruletest.load_cases(p).rule for p in ruletest.test_files(RULES)}
    untested = sorted(r.id for r in RULESET.rules if r.id not in tested)
    assert untested == [], f"shipped rules without <id>.test.yaml: {untested}"


def test_a_failing_case_says_which_case_article_line_expected_and_got(tmp_path):
    d = tmp_path / "rules"
    d.mkdir()
    (d / "death-toll.yaml").write_text((RULES / "death-toll.yaml").read_text())
    (d / "death-toll.test.yaml").write_text(
        "rule: death-toll\ncases:\n  - name: wrong on purpose\n    articles:\n"
        "      a: 'At least 127 people were killed.'\n      b: 'In all 129 people were killed.'\n"
        "    expect:\n      - verdict: agree\n")
    rs = load_ruleset([d])
    (result,) = ruletest.run_dirs([d], rs)
    assert not result.ok
    (problem,) = result.problems
    assert problem == ("expected agree; got discrepancy 'death toll' "
                       "[a: 'At least 127 people' (line 1), b: '129 people' (line 1)]")
    lines = ruletest.describe([result])
    assert lines[0].startswith("FAILED death-toll :: wrong on purpose")
    assert lines[-1] == "0 passed, 1 failed"


def _known_gaps():
    import yaml

    out = []
    for doc in yaml.safe_load_all((ROOT / "docs" / "known-gaps.yaml").read_text(encoding="utf-8")):
        cases = ruletest.CaseFile.model_validate(doc)
        out += [(cases.rule, case) for case in cases.cases]
    return out


GAPS = _known_gaps()


@pytest.mark.parametrize("rule, case", GAPS, ids=[f"{r}::{c.name}" for r, c in GAPS])
def test_a_known_gap_still_fails(rule, case):
    """docs/known-gaps.yaml lists what does not work yet: once a case passes, move it
    into rules/<id>.test.yaml, where it guards the fix."""
    result = ruletest.run_case(case, rule, RULESET.rules, "docs/known-gaps.yaml")
    assert not result.ok, f"{case.name} passes now: move it into rules/{rule}.test.yaml"

"""Rule files: the schema, precise validation errors, discovery and overrides."""

import json
import shutil
import subprocess
import sys
import time

import pytest

from factcheck.cli import rule_schema
from factcheck.ruleset import check_file, load_ruleset
from helpers import RULES, SEEDS

GOOD = "id: x\nfact: f\ndescription: d\nwhy: w\nkind: count\nmessage: m\ntrigger:\n  any: [a]\n"


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "factcheck", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_checked_in_schema_is_the_printed_schema():
    assert (RULES / "schema.json").read_text(encoding="utf-8") == rule_schema()


def test_every_schema_field_has_a_description_and_an_example():
    schema = json.loads(rule_schema())
    blocks = [("Rule", schema["properties"])] + [(n, d["properties"]) for n, d in schema["$defs"].items()]
    missing = [f"{n}.{k}" for n, props in blocks for k, v in props.items() if "description" not in v or "examples" not in v]
    assert missing == []


MALFORMED = [
    ("bad-yaml", "id: x\nkind: [count\n", "bad.yaml:3:1: not valid YAML: expected ',' or ']', but got '<stream end>'"),
    ("empty", "", "bad.yaml:1:1: empty rule file"),
    ("comment-only", "# nothing here\n", "bad.yaml:1:1: empty rule file"),
    ("a-list", "- id: x\n", "bad.yaml:1:1: a rule file must be a mapping of fields"),
    ("unknown-key", GOOD + "trigers: [a]\n", "bad.yaml:9:1: trigers: unknown key 'trigers' - did you mean 'trigger'?"),
    ("unknown-nested-key", GOOD + "compare:\n  tolerence: 1\n", "bad.yaml:10:3: compare.tolerence: unknown key 'tolerence' - did you mean 'tolerance'?"),
    ("missing-field", GOOD.replace("message: m\n", ""), "bad.yaml:1:1: message: required field is missing"),
    ("wrong-type", GOOD.replace("  any: [a]\n", "  any: a\n"), "bad.yaml:8:8: trigger.any: Input should be a valid list"),
    ("bad-tolerance", GOOD + "compare:\n  tolerance: lots\n", "bad.yaml:10:14: compare.tolerance: tolerance must be a number or a percentage such as '5%'"),
    ("negative-tolerance", GOOD + "compare:\n  tolerance: -3\n", "bad.yaml:10:14: compare.tolerance: tolerance cannot be negative"),
    ("unknown-kind", GOOD.replace("kind: count", "kind: weight"), "bad.yaml:5:7: kind: Input should be 'count', 'duration', 'date', 'time', 'age', 'money', 'percent', 'measure', 'factor', 'name' or 'quote'"),
    ("bad-id", GOOD.replace("id: x", "id: Bad Id"), "bad.yaml:1:5: id: String should match pattern '^[a-z0-9][a-z0-9-]*$'"),
    ("bad-scope-mode", GOOD + "scope:\n  venue: sometimes\n", "bad.yaml:10:10: scope.venue: Input should be 'strict', 'required', 'joint', 'loose' or 'compared'"),
    ("unknown-scope", GOOD + "scope:\n  weather: strict\n", "bad.yaml:10:3: scope.weather.[key]: Input should be 'participants', 'location', 'venue', 'population', 'person', 'since', 'name', 'given', 'speaker', 'event_name', 'when', 'subject', 'rank', 'actor', 'stage', 'moment', 'arm', 'period', 'tally', 'from', 'occurrence', 'item' or 'total'"),
    ("window-too-big", GOOD + "  window: 500\n", "bad.yaml:9:11: trigger.window: Input should be less than or equal to 60"),
    # phrases are looked for only where a word starts: one opening with a sign would never be found
    ("phrase-opens-with-a-sign", GOOD + '  exclude_before: [from, "% to"]\n',
     "bad.yaml:9:3: trigger.exclude_before: '% to' opens with '%', but phrases are found only where a word starts"),
    ("event-phrase-opens-with-a-sign", GOOD.replace("fact: f", "fact: '{event} f'") + '  events: {a: ["-b"]}\n',
     "bad.yaml:9:3: trigger.events: '-b' opens with '-', but phrases are found only where a word starts"),
    ("events-without-name", GOOD + "  events: {a: [b]}\n", "bad.yaml:1:1: rule: a rule with trigger.events needs '{event}' in its fact, e.g. 'date of the {event}'"),
    ("not-utf8", b"id: caf\xe9\n", "bad.yaml:1:1: not UTF-8 text"),
    ("nested-too-deep", "id: " + "[" * 5000 + "]" * 5000 + "\n", "bad.yaml:1:1: not valid YAML: nested more than 50 levels deep"),
    ("python-tag", GOOD + "why: !!python/object/apply:os.system ['echo hi']\n", "bad.yaml:9:6: not valid YAML: could not determine a constructor for the tag 'tag:yaml.org,2002:python/object/apply:os.system'"),
]


@pytest.mark.parametrize("name, content, expected", MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_rule_file_message_and_exit_status(tmp_path, name, content, expected):
    d = tmp_path / "rules"
    d.mkdir()
    f = d / "bad.yaml"
    f.write_bytes(content if isinstance(content, bytes) else content.encode())
    r = run("rules", "validate", d)
    assert r.returncode == 2
    assert r.stdout.strip().splitlines()[0] == f"{d}/{expected}"
    r = run("report", SEEDS, "--rules", d, "-o", tmp_path / "out")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert f"factcheck: error: {d}/{expected}" in r.stderr
    assert not (tmp_path / "out").exists()


def test_every_problem_in_every_file_is_reported_at_once(tmp_path):
    d = tmp_path / "rules"
    d.mkdir()
    (d / "a.yaml").write_text(GOOD + "trigers: [a]\nseverity: fatal\n")
    (d / "b.yaml").write_text("")
    (d / "c.yaml").write_text(GOOD)
    (d / "d.yaml").write_text(GOOD)
    r = run("rules", "validate", d)
    assert r.returncode == 2
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 4
    assert any("a.yaml:9:1: trigers" in line for line in lines)
    assert any("a.yaml:10:11: severity" in line for line in lines)
    assert any("b.yaml:1:1: empty rule file" in line for line in lines)
    assert any("d.yaml:1:1: id: duplicate rule id 'x', also in" in line and "c.yaml" in line for line in lines)


def test_skip_broken_rules_runs_with_the_others(tmp_path):
    d = tmp_path / "rules"
    d.mkdir()
    (d / "bad.yaml").write_text("")
    r = run("report", SEEDS, "--rules", d, "--skip-broken-rules", "-o", tmp_path / "out")
    assert r.returncode == 0
    assert "warning: skipped rule:" in r.stderr and (tmp_path / "out" / "report.json").exists()


def test_a_project_rule_replaces_a_shipped_one_and_config_disables_rules(tmp_path):
    proj = tmp_path / "proj"
    (proj / "rules").mkdir(parents=True)
    shutil.copytree(SEEDS, proj / "seeds")
    (proj / "rules" / "death-toll.yaml").write_text((RULES / "death-toll.yaml").read_text().replace("severity: error", "severity: warning"))
    (proj / "pyproject.toml").write_text('[tool.factcheck]\ndisable = ["anniversary"]\n')
    r = run("rules", "list", cwd=proj)
    assert r.returncode == 0, r.stderr
    rows = {line.split()[0]: line for line in r.stdout.splitlines()[1:]}
    assert "anniversary" not in rows
    assert "warning" in rows["death-toll"] and "rules/death-toll.yaml" in rows["death-toll"]
    r = run("report", "seeds", "-o", "out", cwd=proj)
    doc = json.loads((proj / "out" / "report.json").read_text())
    assert not [f for f in doc["findings"] if f["rule"] == "anniversary"]


def test_a_new_rule_file_adds_a_fact_without_code(tmp_path):
    work = tmp_path / "w"
    shutil.copytree(SEEDS, work / "seeds")
    shutil.copytree(RULES, work / "rules")
    (work / "rules" / "ban-length.yaml").write_text(
        "id: ban-length\nfact: length of the ban\ndescription: How long a ban lasts.\nwhy: Bans are quoted in years.\n"
        "kind: duration\nselect:\n  units: [year]\ntrigger:\n  any: [ban, embargo]\n  window: 2\n"
        "message: Sources disagree on the length of the ban\n")
    r = run("report", "seeds", "-o", "out", cwd=work)
    assert r.returncode == 0, r.stderr
    doc = json.loads((work / "out" / "report.json").read_text())
    (f,) = [f for f in doc["findings"] if f["rule"] == "ban-length"]
    assert [c["text"] for c in f["claims"]] == ["five-year"]


def test_trigger_words_are_literal_so_no_pattern_can_backtrack(tmp_path):
    d = tmp_path / "rules"
    d.mkdir()
    (d / "evil.yaml").write_text(GOOD.replace("any: [a]", "any: ['a(a+)+$', 'x(x|x)*y']"))
    rule, problems = check_file(d / "evil.yaml")
    assert problems == [] and rule is not None
    art = tmp_path / "arts"
    art.mkdir()
    (art / "a.txt").write_text("a" * 50000 + "! More than 100 people were killed.")
    t0 = time.perf_counter()
    r = run("report", art, "--rules", d, "-o", tmp_path / "out")
    assert r.returncode == 0
    assert time.perf_counter() - t0 < 30


def test_shipped_rules_are_valid_and_documented():
    rs = load_ruleset([RULES])
    assert rs.problems == []
    for rule in rs.rules:
        assert rule.description and rule.why and rule.examples, rule.id

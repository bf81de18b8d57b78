"""`factcheck eval`: scores a report against a gold annotation (docs/gold-format.md)."""

import json
import subprocess
import sys

from helpers import SEEDS

GOLD = """
clusters:
  - id: mine
    facts:
      - id: toll
        kind: count
        verdict: compatible
        mentions:
          - {article: 000_8eca71b99d517146, quote: "the loss of more than 6,000 lives"}
          - {article: 004_15224151deac1bcf, quote: "More than 6,100 people have been killed"}
      - id: start
        kind: date
        verdict: discrepancy
        mentions:
          - {article: 000_8eca71b99d517146, quote: "in early 2014"}
          - {article: 002_9c3540a17e72d87f, quote: "started in the fall of 2013"}
      - id: wrong-on-purpose
        kind: duration
        verdict: discrepancy
        mentions:
          - {article: 001_b6b8575083d17127, quote: "who met separately for more than four hours beforehand"}
          - {article: 002_9c3540a17e72d87f, quote: "Kerry held more than four hours of talks with Russian Foreign Minister"}
      - id: nowhere
        kind: count
        verdict: agree
        mentions:
          - {article: 003_5ef7398ab5a10db7, quote: "a quote that is not in the article"}
    distractors:
      - a: {article: 004_15224151deac1bcf, quote: "in two years"}
        b: {article: 002_9c3540a17e72d87f, quote: "a five-year ban"}
"""


def test_eval_scores_facts_and_totals(tmp_path):
    gold = tmp_path / "gold.yaml"
    gold.write_text(GOLD)
    r = subprocess.run([sys.executable, "-m", "factcheck", "eval", str(gold), str(SEEDS), "--format", "json"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    score = json.loads(r.stdout)
    facts = {f["fact"]: f for f in score["facts"]}
    assert (facts["toll"]["predicted"], facts["toll"]["found"], facts["toll"]["grouped"]) == ("compatible", 2, 2)
    assert facts["start"]["predicted"] == "discrepancy"
    assert facts["wrong-on-purpose"]["predicted"] == "agree"  # the gold is wrong here: the tool is scored against it
    assert facts["nowhere"]["mentions"] == 0  # a quote not in the article is left out
    assert (score["mentions"], score["found"]) == (6, 6)
    assert (score["verdicts_right"], score["multi_mention_facts"]) == (2, 3)
    assert (score["gold_discrepancies"], score["discrepancies_found"]) == (2, 1)
    assert score["false_discrepancies"] == [] and score["unverified_discrepancies"] == 0
    assert score["predicted_discrepancies"] == 2
    r = subprocess.run([sys.executable, "-m", "factcheck", "eval", str(gold), str(SEEDS)], capture_output=True, text=True)
    assert "| verdicts right" in r.stdout and "2/3" in r.stdout


def test_a_broken_gold_file_is_exit_2(tmp_path):
    gold = tmp_path / "gold.yaml"
    gold.write_text("clusters: [{id: x}]\n")
    r = subprocess.run([sys.executable, "-m", "factcheck", "eval", str(gold), str(SEEDS)], capture_output=True, text=True)
    assert r.returncode == 2 and r.stderr.startswith(f"factcheck: error: {gold}: clusters.0.facts")

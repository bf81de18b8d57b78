"""Stock index names stand in four lists: names.yaml ``stock_indexes`` (a subject's key), the
context of rules/index-move.yaml and index-move-percent.yaml (an index named near a move), and
the vetoes of rules/vote-share.yaml (no index's gain is a party's share). They must agree: an
index named in one and not another reads as a move in one rule and as a vote share in the next.

Coverage is tested as the engine finds it: a name is covered when one of the phrases the
trigger pattern (all rules' phrases together, longest first) finds in it is in the rule's list;
"Dow" alone does not cover "Dow Jones" when another rule's "Dow Jones" hides it."""

import pytest
import yaml

from factcheck import engine
from factcheck.rules import load_rules
from factcheck.scan import Words
from helpers import RULES, ROOT

NAMES = yaml.safe_load((ROOT / "factcheck" / "data" / "names.yaml").read_text(encoding="utf-8"))["stock_indexes"]
INDEX_NAMES = sorted({str(n) for names in NAMES.values() for n in names})
TRIGGERS = engine._Triggers(load_rules([RULES]))
# each rule and the list that must name every index
LISTS = {"index-move": "context", "index-move-percent": "context", "vote-share": "exclude"}


def _found(text: str) -> set[str]:
    return {" ".join(m.group().lower().split()) for m in TRIGGERS.pattern.finditer(Words(text))}


def _rule_list(rule_id: str) -> list[str]:
    data = yaml.safe_load((RULES / f"{rule_id}.yaml").read_text(encoding="utf-8"))
    return [str(w) for w in data["trigger"][LISTS[rule_id]]]


@pytest.mark.parametrize("rule_id", sorted(LISTS))
def test_every_index_in_names_yaml_is_in_the_rules_list(rule_id):
    listed = {w.lower() for w in _rule_list(rule_id)}
    missing = [n for n in INDEX_NAMES if not _found(f"The {n} rose 1.2 percent.") & listed]
    assert missing == []


@pytest.mark.parametrize("rule_id", ["index-move", "index-move-percent"])
def test_every_index_a_rule_names_is_in_names_yaml(rule_id):
    """The capitalized phrases of an index rule's context are indexes' names ("stocks",
    "blue-chip" are not): each is found in one of names.yaml's."""
    named = [w for w in _rule_list(rule_id) if w[:1].isupper()]
    found = set().union(*(_found(f"The {n} rose 1.2 percent.") for n in INDEX_NAMES))
    assert [w for w in named if w.lower() not in found] == []

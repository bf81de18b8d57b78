"""The trigger scan's gate (engine ``_Nearness._sentence``): a sentence holding no phrase that
lets a rule offered there score is not searched for triggers. Forced off, every sentence is
searched; the claims must be the same, on the seeds and on the rules' own cases."""

from factcheck import engine
from factcheck.corpus import read_articles
from factcheck.engine import select_claims
from factcheck.rules import load_rules
from helpers import RULES, SEEDS, article
from test_bad_input import _rule_case_texts


class _Everywhere:
    """A gate that every sentence passes."""

    def isdisjoint(self, other):
        return False


def _claims(articles, rules):
    return [(c.mention.article, c.mention.start, c.mention.end, c.rule, c.fact, sorted(c.scope.items()))
            for c in select_claims(articles, rules)]


def test_claims_are_the_same_with_the_trigger_gate_forced_off(monkeypatch):
    rules = load_rules([RULES])
    seeds, _ = read_articles([str(SEEDS)])
    texts = _rule_case_texts()
    n = 20
    cases = [article(f"a{i}", "\n\n".join(texts[i::n]), "2026-11-18") for i in range(n)]
    gated = [_claims(seeds, rules), _claims(cases, rules)]
    monkeypatch.setattr(engine._RuleBook, "gates", lambda self, rule_ids: (_Everywhere(), _Everywhere()))
    ungated = [_claims(seeds, rules), _claims(cases, rules)]
    assert ungated[0] == gated[0]
    assert ungated[1] == gated[1]

"""Qualifiers read late: the engine makes quotation (and name) claims without the
qualifiers that grouping reads only for groups that show a difference
(``grouping.late_dims``), and reads them for those groups alone. The findings must
be those of claims made with every qualifier."""

import datetime as dt

from helpers import RULES, SEEDS, article

from factcheck import engine, scope
from factcheck.corpus import read_articles
from factcheck.grouping import group_findings, late_dims
from factcheck.rules import load_rules

QUOTES = [
    article("a", 'Peskov said: "We will not accept any ultimatum from Kiev or from anyone else." '
                 'Mr. Kerry told reporters: "The talks were frank and useful." "We agreed on nothing," she wrote.'),
    article("b", '"We will not accept an ultimatum from Kiev or anyone else," Dmitry Peskov said. '
                 'Secretary of State John Kerry said: "The talks were frank and very useful."'),
    article("c", 'Peskov said: "We will not accept any ultimatum from Kiev or from anyone else." '
                 'Sergei Lavrov said: "The talks were frank and useful." Lavrov added: "We agreed on nothing."'),
    article("d", 'Kremenyuk said: "Moscow wants a deal." Kremenjuk told Reuters: "Moscow wants a deal now."'),
]


def _both_ways(articles, rules):
    order = {a.id: i for i, a in enumerate(sorted(articles, key=lambda a: a.id))}
    articles = sorted(articles, key=lambda a: a.id)
    with engine.cycle_collection_paused():
        whole = group_findings(engine.select_claims(articles, rules), rules, order)
        claims, late = engine._select_claims(articles, rules)
        lately = group_findings(claims, rules, order, late.complete)
    return whole, lately


def test_quotation_speakers_are_the_late_qualifiers():
    rules = {r.id: r for r in load_rules([RULES])}
    assert late_dims(rules["quote-wording"]) == {"speaker"}
    assert late_dims(rules["name-spelling"]) == {"given"}
    assert not late_dims(rules["death-toll"])  # it reports agreement too
    assert not late_dims(rules["talks-duration"])


def test_findings_with_late_qualifiers_are_those_with_every_qualifier():
    rules = load_rules([RULES])
    whole, lately = _both_ways(QUOTES, rules)
    assert any(f.rule == "quote-wording" for f in whole)
    assert lately == whole
    seeds, _ = read_articles([SEEDS], published=dt.date(2015, 5, 12))
    whole, lately = _both_ways(seeds, rules)
    assert any(f.rule == "quote-wording" for f in whole) and any(f.rule == "name-spelling" for f in whole)
    assert lately == whole


def test_the_speakers_of_agreeing_quotations_are_never_read(monkeypatch):
    rules = load_rules([RULES])
    asked = []
    reader = scope._READERS["speaker"]
    monkeypatch.setitem(scope._READERS, "speaker", lambda s, m, *rest: asked.append(m.text) or reader(s, m, *rest))
    engine.run(QUOTES, rules)
    # "We agreed on nothing" is worded one way, and "Moscow wants a deal" is one
    # article's: only the two quotations worded two ways are split by speaker
    assert {t.split()[1] for t in asked} == {"will", "talks"}

"""report.json writes each claim by hand for speed: it must say what claim_json says."""

import json

from helpers import SEEDS

from factcheck import engine
from factcheck.corpus import read_articles
from factcheck.report.json_report import ClaimTexts, claim_json
from factcheck.rules import load_rules


def test_every_claim_is_written_as_claim_json_says():
    articles, _ = read_articles([str(SEEDS)])
    report = engine.run(articles, load_rules([SEEDS.parent / "rules"]))
    texts = ClaimTexts()
    claims = [c for f in report.findings for c in f.claims]
    assert claims
    for c in claims:
        assert json.loads(texts.text(c)) == json.loads(json.dumps(claim_json(c), ensure_ascii=False))

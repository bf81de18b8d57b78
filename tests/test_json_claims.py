"""report.json writes each claim by hand for speed: it must say what claim_json says."""

import datetime as dt
import json

from helpers import SEEDS

from factcheck import engine
from factcheck.corpus import build_article, read_articles
from factcheck.extract import extract_mentions
from factcheck.report.extraction import mention_json
from factcheck.report.json_report import ClaimTexts, _value_text, claim_json
from factcheck.rules import load_rules


def test_every_claim_is_written_as_claim_json_says():
    articles, _ = read_articles([str(SEEDS)])
    report = engine.run(articles, load_rules([SEEDS.parent / "rules"]))
    texts = ClaimTexts()
    claims = [c for f in report.findings for c in f.claims]
    assert claims
    for c in claims:
        assert json.loads(texts.text(c)) == json.loads(json.dumps(claim_json(c), ensure_ascii=False))


def test_nearly_is_written_as_the_contracts_less_than_in_both_json_forms():
    article = build_article("a", "a.txt", "The train was travelling at nearly 100 mph.", published=dt.date(2025, 4, 16))
    [speed] = [m for m in extract_mentions(article) if m.kind == "measure"]
    assert speed.value.qualifier == "nearly"
    written = mention_json(speed)["value"]
    assert written["qualifier"] == "less_than" and written["low"] > 0
    assert json.loads(_value_text(speed.value)) == written

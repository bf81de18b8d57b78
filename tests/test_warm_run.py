"""A second run over the same articles parses no data file: every table read from
factcheck/data is cached for the life of the process. A cache too small for its keys
(an ``lru_cache(maxsize=4)`` over five tables) would parse YAML again for every
article, which no output shows, only the run's speed (about a quarter of it once)."""
import datetime as dt
from importlib import resources

from factcheck import engine, yamlio
from factcheck.corpus import read_articles
from factcheck.report import json_report, markdown
from factcheck.rules import load_rules
from factcheck.ruleset import shipped_rules_dir

from helpers import SEEDS


# phrases for the readers of storms' stages, markets' moments, days and trial arms, each a table of its own
_ARTICLE = ("Storm and market\n\nMay 12, 2015\n\nThe storm made landfall as a Category 3 hurricane with winds of 120 mph "
            "on Tuesday. Shares in the company closed at 410p, up 23% on the day. A crowd of 128,000 attended on race "
            "day, and 336,000 over the three days. There were 12 cases in the vaccine group compared with 77 in the "
            "placebo group.\n")


def _run(rules, folder):
    articles, _notes = read_articles([str(SEEDS), str(folder)], published=dt.date(2015, 5, 12))
    report = engine.run(articles, rules)
    json_report.render(report), markdown.render(report)


def test_a_warm_run_parses_no_data_file(monkeypatch, tmp_path):
    (tmp_path / "storm.txt").write_text(_ARTICLE, encoding="utf-8")
    rules = load_rules([shipped_rules_dir()])
    _run(rules, tmp_path)
    tables = {f.read_text(encoding="utf-8"): f.name for f in resources.files("factcheck.data").iterdir()
              if f.name.endswith(".yaml")}
    parsed = []
    real = yamlio.load
    monkeypatch.setattr(yamlio, "load", lambda text, *a, **k: parsed.append(tables.get(text)) or real(text, *a, **k))
    _run(rules, tmp_path)
    assert [name for name in parsed if name] == []  # the seeds' sidecar, the user's file, is read each run

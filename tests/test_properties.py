"""Properties that hold for any text: nothing raises, every span is honest,
every interval is ordered, the report does not depend on file order."""

import datetime as dt
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import engine
from factcheck.corpus import build_article, decode
from factcheck.extract import extract_mentions
from factcheck.report import json_report
from factcheck.ruleset import load_ruleset
from factcheck.text import position
from helpers import RULES, SEEDS

RULESET = load_ruleset([RULES]).rules
SEED_TEXTS = [decode(p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))]
NEWSY = st.sampled_from(["killed", "more than", "4,000", "May 12, 2015", "Tuesday", "hours", "$5m", "€10bn", "-", ",", ".",
                         "\n", "\n\n", " ", "'", "\"", "“", "”", "9:20 p.m.", "aged 53", "Mr.", "U.S.", "between", "and",
                         "1.5", "2014-2015", "magnitude", "8.9", "km", "(", ")", "President", "Putin", "Sergei", "%",
                         "March", "to", "2013"])


def check_mentions(text: str, published) -> None:
    a = build_article("a", "a.txt", text, published=published)
    for m in extract_mentions(a):
        assert a.text[m.start:m.end] == m.text
        assert (m.line, m.column) == position(a.line_starts, m.start)
        assert m.text in m.sentence
        v = m.value
        if isinstance(v.low, (int, float)) and isinstance(v.high, (int, float)):
            assert v.low <= v.high, (m.text, v)
        elif isinstance(v.low, str) and isinstance(v.high, str) and v.kind == "date":
            assert v.low <= v.high, (m.text, v)
        if not v.resolved:
            assert v.low is None and v.high is None


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), st.sampled_from([None, dt.date(2015, 5, 12), dt.date(2000, 2, 29)]))
def test_arbitrary_unicode_never_breaks_extraction(text, published):
    check_mentions(text, published)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NEWSY, max_size=60).map(" ".join), st.sampled_from([None, dt.date(2015, 5, 12)]))
def test_newsy_fragments_never_break_extraction(text, published):
    check_mentions(text, published)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(SEED_TEXTS) - 1), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 40), NEWSY), max_size=8),
       st.sampled_from([None, dt.date(2015, 5, 12)]))
def test_real_articles_with_random_edits(which, edits, published):
    text = SEED_TEXTS[which]
    for at, cut, insert in edits:
        at %= len(text) + 1
        text = text[:at] + insert + text[at + cut:]
    check_mentions(text, published)


# The four letters beyond ASCII that an ignore-case pattern takes for "i", "I", "s" or "k"
# (Turkish dotless and dotted i, the long s, the Kelvin sign): every table looked up with
# what a pattern matched must find them too.
FOLDED_LETTERS = {"i": "ı", "I": "İ", "s": "ſ", "k": "\u212a"}
FOLDED_SAMPLE = ("At least 3.5 billion euros, a fifth of the deposits and a third of the loss of 40 jobs went in "
                 "several hours shortly before midnight on the second day, since April. It took 40 seconds. "
                 "The winner takes home $150,000, the runner-up $75,000. The storm came ashore on Tuesday with 120 mph winds.")
# datelines, whose month and weekday names are looked up too
FOLDED_DATELINES = ["Title of the story here\n\nLunes 16 de septiembre de 2026, 23:10\n\nText.",
                    "Title of the story here\n\nPublished: Sep 5, 2025\n\nText.",
                    "Title of the story here\n\nPosted: Wednesday, 09/11/2026\n\nText.",
                    "Title of the story here\n\nMittwoch, 18. April 2026\n\nText.",
                    "Title of the story here\n\nJakarta (AFP) - Sunday, July 6, 2025\n\nText."]


@pytest.mark.parametrize("letter", sorted(FOLDED_LETTERS))
def test_letters_an_ignore_case_pattern_folds_never_break_a_run(letter):
    texts = [t.replace(letter, FOLDED_LETTERS[letter]) for t in [FOLDED_SAMPLE, *FOLDED_DATELINES, *SEED_TEXTS]]
    for text in texts:
        check_mentions(text, dt.date(2015, 5, 12))
    arts = [build_article(f"s{i}", f"s{i}.txt", t, published=dt.date(2015, 5, 12)) for i, t in enumerate(texts)]
    assert json_report.render(engine.run(arts, RULESET))


def test_report_is_the_same_whatever_the_order_of_articles():
    arts = [build_article(f"s{i}", f"s{i}.txt", t, published=dt.date(2015, 5, 12)) for i, t in enumerate(SEED_TEXTS)]
    first = json_report.render(engine.run(arts, RULESET))
    for seed in range(5):
        shuffled = arts[:]
        random.Random(seed).shuffle(shuffled)
        assert json_report.render(engine.run(shuffled, RULESET)) == first


def test_adversarial_runs_take_time_proportional_to_length():
    """Long runs of digits, commas, quotes and spaces: no pattern backtracks badly."""
    import time

    pieces = ["1" * 5000, "1," * 5000, "\"" * 5000, " " * 5000, "1 " * 5000, "May " * 2000, "- " * 5000, "A. " * 3000,
              "$1" * 3000, "10-" * 3000, "Mr " * 3000, "'" * 5000, "1.1." * 3000]
    def cost(text):
        # processor time, best of three: wall-clock time swings when the machine is busy
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            check_mentions(text, dt.date(2015, 5, 12))
            best = min(best, time.process_time() - t0)
        return best

    for piece in pieces:
        small, large = cost(piece), cost(piece * 4)
        # four times the text: well under sixteen times the time (quadratic), with slack for noise
        assert large < max(0.5, small * 10), (piece[:10], small, large)


YAMLISH = st.lists(st.sampled_from(["id: x", "fact: f", "kind: count", "kind: [", "message: m", "why: w", "description: d",
                                    "trigger:", "  any: [a]", "  window: 999", "scope:", "  venue: strict", "- a", "{", "}",
                                    "compare:", "  tolerance: '5%'", "  tolerance: -1", ": :", "!!python/name:os.system", "\t",
                                    "select:", "  units: hour", "published: 2015-02-30", "&a [*a]", "'", "\"", "null", "~"]),
                   max_size=14).map("\n".join)


@settings(deadline=None)
@given(st.one_of(YAMLISH, st.text(max_size=200)))
def test_the_rule_loader_never_raises(tmp_path_factory, text):
    from factcheck.ruleset import check_file

    p = tmp_path_factory.mktemp("r") / "rule.yaml"
    p.write_text(text, encoding="utf-8")
    rule, problems = check_file(p)
    assert (rule is None) == bool(problems)
    for problem in problems:
        assert problem.path == str(p) and problem.line >= 1 and problem.column >= 1 and problem.message

"""Throughput of extraction and of the whole pipeline, in articles per second.

    python benchmarks/throughput.py [--copies 100] [--repeat 3]

The seed articles are repeated (each copy its own article id) to a few
hundred articles; the figures are the best of ``--repeat`` runs on one core.
Extraction is timed alone, then the full pipeline (reading excluded, rules,
scope, grouping, comparison and both report writers included).
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from factcheck import engine
from factcheck.corpus import build_article, decode
from factcheck.extract import extract_mentions
from factcheck.report import json_report, markdown
from factcheck.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent


def corpus(copies: int):
    seeds = sorted(p for p in (ROOT / "seeds").glob("*.txt"))
    texts = [(p.stem, decode(p.read_bytes())) for p in seeds]
    import datetime as dt

    pub = dt.date(2015, 5, 12)
    return [build_article(f"{stem}_{i:04d}", f"{stem}_{i:04d}.txt", text, published=pub)
            for i in range(copies) for stem, text in texts]


def best_of(repeat: int, fn) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    t0 = time.perf_counter()
    articles = corpus(args.copies)
    read_s = time.perf_counter() - t0
    words = sum(len(re.findall(r"\S+", a.text)) for a in articles)
    rules = load_rules([ROOT / "rules"])
    n = len(articles)
    extract_s = best_of(args.repeat, lambda: [extract_mentions(a) for a in articles])

    def pipeline():
        report = engine.run(articles, rules)
        json_report.render(report)
        markdown.render(report)

    pipeline_s = best_of(args.repeat, pipeline)
    print(f"articles: {n}, words per article: {words / n:.0f}")
    print(f"build articles (decode, sentences): {n / read_s:,.0f} articles/s")
    print(f"extraction:                          {n / extract_s:,.0f} articles/s ({words / extract_s:,.0f} words/s)")
    print(f"whole pipeline incl. reports:        {n / pipeline_s:,.0f} articles/s ({words / pipeline_s:,.0f} words/s)")


if __name__ == "__main__":
    main()

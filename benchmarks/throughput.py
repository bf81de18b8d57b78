"""Throughput of each stage and of the whole pipeline, in articles per second.

    python benchmarks/throughput.py [--copies 60] [--repeat 3] [--stages] [--scaling [--source DIR]...] [--corpus DIR] [--startup] [--jobs N]

The seed articles are written to a temporary folder ``--copies`` times (each
copy its own file, with its numbers changed so that no two copies are the same
text) and the figures are the best of ``--repeat`` runs on one core, in
processor time (``time.process_time``) so that other work on the machine
does not skew them.

"whole pipeline" is what ``factcheck report`` does: read the files, extract,
apply the rules, group, compare and render both reports. ``--stages`` also
prints the milliseconds per article of each stage, to show where time goes.
``--corpus DIR`` times a folder of your own articles instead of the seeds.
``--scaling`` prints the milliseconds per article of making the claims, of grouping
them (with the verdicts) and of the reports, on one cluster of 25, 50, 100, 200 and
400 distinct articles about one event (``benchmarks/cluster.py``, from the seeds or
from the ``--source`` folders): a cost that grows with the cluster shows as a column
that grows down the table.
``--startup`` times whole ``factcheck report`` processes on one seed article: with
nothing on disk yet (a first run), and with compiled patterns and parsed YAML
kept there (see ``factcheck/disk_cache.py``).
``--jobs N`` times ``factcheck report --clusters`` on ``--copies`` clusters (one
copy of the seeds each) with one process and with N, in wall-clock time, as a
research desk would run it on a machine of its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factcheck import engine
from factcheck.corpus import read_articles
from factcheck.extract import extract_mentions
from factcheck.grouping import group_findings
from factcheck.report import json_report, markdown
from factcheck.rules import load_rules
from factcheck.scan import Words
from factcheck.scope import find_people

ROOT = Path(__file__).resolve().parent.parent
SCALING_SIZES = (25, 50, 100, 200, 400)
PUBLISHED = dt.date(2015, 5, 12)


def write_corpus(folder: Path, copies: int) -> None:
    """The seeds, ``copies`` times; copy k adds k to every third number so texts differ."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for k in range(copies):
        for p in seeds:
            text = p.read_text(encoding="utf-8")
            count = iter(range(10**9))
            text = re.sub(r"\b\d{1,3}\b(?![,.:/]\d)",
                          lambda m: str(int(m.group()) + k) if next(count) % 3 == 0 else m.group(), text)
            (folder / f"{p.stem}_{k:04d}.txt").write_text(text, encoding="utf-8")


def best_of(repeat: int, fn):
    """The least processor time of ``repeat`` runs of ``fn`` (with the cyclic
    collector paused, as ``factcheck report`` runs), and its result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        with engine.cycle_collection_paused():
            t0 = time.process_time()
            result = fn()
            best = min(best, time.process_time() - t0)
    return best, result


def cluster_stages(n: int, repeat: int, sources: list[Path] | None) -> dict[str, float]:
    """Milliseconds per article of each stage of ``factcheck report`` on one cluster of
    ``n`` distinct articles (``cluster.write_cluster``), the least of ``repeat`` runs each."""
    from cluster import write_cluster  # beside this file

    rules = load_rules([ROOT / "rules"])
    best = dict.fromkeys(("claims", "grouping", "reports"), float("inf"))
    with tempfile.TemporaryDirectory() as tmp:
        write_cluster(Path(tmp), n, sources)
        # the seeds state their dates in sources.yaml, which the cluster has not
        published = PUBLISHED if not sources else None
        articles, _notes = read_articles([tmp], published=published)
    articles = sorted(articles, key=lambda a: a.id)
    order = {a.id: i for i, a in enumerate(sorted(articles, key=lambda a: (a.published is None, a.published or 0, a.id)))}
    for _ in range(repeat):
        # as ``engine.run``: each run its own late qualifiers, read by the grouping it times
        with engine.cycle_collection_paused():
            t0 = time.process_time()
            claims, late = engine._select_claims(articles, rules)
            t1 = time.process_time()
            findings = tuple(group_findings(claims, rules, order, late.complete))
            t2 = time.process_time()
            report = engine.Report(articles=tuple(articles), findings=findings, skipped=())
            json_report.render(report), markdown.render(report)
            t3 = time.process_time()
        for stage, s in (("claims", t1 - t0), ("grouping", t2 - t1), ("reports", t3 - t2)):
            best[stage] = min(best[stage], s)
    return {stage: s * 1000 / len(articles) for stage, s in best.items()}


def scaling(repeat: int, sources: list[Path] | None) -> None:
    """Milliseconds per article of each stage as one cluster grows: they should hold."""
    print(f"{'articles':>8s} {'claims':>8s} {'grouping':>9s} {'reports':>8s} {'whole':>8s}  (ms per article)")
    for n in SCALING_SIZES:
        ms = cluster_stages(n, repeat, sources)
        print(f"{n:8d} {ms['claims']:8.3f} {ms['grouping']:9.3f} {ms['reports']:8.3f} {sum(ms.values()):8.3f}")


def startup(repeat: int) -> None:
    """Processor time of whole ``factcheck report`` processes on one seed article
    (the least of ``repeat``), first with an empty disk cache, then with it filled."""
    seed = sorted((ROOT / "seeds").glob("*.txt"))[-1]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "one"
        folder.mkdir()
        (folder / seed.name).write_bytes(seed.read_bytes())

        def one(cache: str) -> float:
            env = {**os.environ, "FACTCHECK_CACHE_DIR": cache, "PYTHONPATH": str(ROOT)}
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, "-m", "factcheck", "report", str(folder), "--published", "2015-05-12",
                            "-o", str(Path(tmp) / "out")], env=env, check=True, capture_output=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime

        cold = min(one(str(Path(tmp) / f"cache{k}")) for k in range(repeat))  # a fresh cache each time
        warm = min(one(str(Path(tmp) / "cache0")) for _ in range(repeat))
    print(f"factcheck report on one article, first run on a machine: {cold:.2f} s of processor time")
    print(f"factcheck report on one article, with the disk cache:      {warm:.2f} s of processor time")


def clusters_in_parallel(copies: int, jobs: int, repeat: int) -> None:
    """Wall-clock time of ``factcheck report --clusters`` with one process and with ``jobs``."""
    import contextlib
    import io

    from factcheck import cli

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "flat"
        corpus.mkdir()
        write_corpus(corpus, copies)
        clusters = Path(tmp) / "clusters"
        for f in sorted(corpus.iterdir()):
            folder = clusters / f.stem.rsplit("_", 1)[1]  # one cluster per copy
            folder.mkdir(parents=True, exist_ok=True)
            f.rename(folder / f.name)
        n = sum(1 for _ in clusters.rglob("*.txt"))
        for j in (1, jobs):
            best = float("inf")
            for _ in range(repeat):
                t0 = time.perf_counter()
                with contextlib.redirect_stdout(io.StringIO()):
                    cli.main(["report", "--clusters", str(clusters), "-o", str(Path(tmp) / "out"),
                              "--published", PUBLISHED.isoformat(), "--jobs", str(j)])
                best = min(best, time.perf_counter() - t0)
            print(f"--clusters --jobs {j}: {copies} clusters, {n} articles, {best:.2f} s wall clock ({n / best:,.0f} articles/s)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=60)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--stages", action="store_true", help="also print milliseconds per article for each stage")
    ap.add_argument("--corpus", type=Path, help="time the articles in this folder instead of copies of the seeds")
    ap.add_argument("--scaling", action="store_true",
                    help="time each stage on one cluster of 25 to 400 distinct articles (benchmarks/cluster.py): "
                         "per-article time should hold")
    ap.add_argument("--source", type=Path, action="append",
                    help="with --scaling, make the cluster from this folder of one event's articles (default: the seeds)")
    ap.add_argument("--startup", action="store_true",
                    help="time whole processes on one article, with and without compiled patterns on disk")
    ap.add_argument("--jobs", type=int, metavar="N",
                    help="time report --clusters on --copies clusters with 1 and with N processes (wall clock)")
    args = ap.parse_args()
    if args.jobs:
        clusters_in_parallel(args.copies, args.jobs, args.repeat)
        return
    if args.startup:
        startup(args.repeat)
        return
    if args.scaling:
        scaling(args.repeat, args.source)
        return
    rules = load_rules([ROOT / "rules"])
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.corpus or Path(tmp)
        published = None if args.corpus else PUBLISHED  # a corpus of your own keeps the dates it states
        if args.corpus is None:
            write_corpus(folder, args.copies)

        def whole():
            articles, _notes = read_articles([str(folder)], published=published)
            report = engine.run(articles, rules)
            return json_report.render(report), markdown.render(report)

        whole_s, _ = best_of(args.repeat, whole)
        read_s, (articles, _) = best_of(args.repeat, lambda: read_articles([str(folder)], published=published))
    n = len(articles)
    words = sum(len(a.text.split()) for a in articles)
    extract_s, _ = best_of(args.repeat, lambda: [extract_mentions(a) for a in articles])
    words_s, index = best_of(args.repeat, lambda: {a.id: Words(a.text) for a in articles})
    print(f"articles: {n}, words per article: {words / n:.0f}")
    print(f"reading (decode, metadata, sentences): {n / read_s:8,.0f} articles/s")
    print(f"extraction:                            {n / extract_s:8,.0f} articles/s")
    print(f"whole pipeline (factcheck report):     {n / whole_s:8,.0f} articles/s ({words / whole_s:,.0f} words/s)")
    if not args.stages:
        return
    people_s, _ = best_of(args.repeat, lambda: find_people(articles, index))
    select_s, claims = best_of(args.repeat, lambda: engine.select_claims(articles, rules))
    order = {a.id: i for i, a in enumerate(articles)}
    group_s, _ = best_of(args.repeat, lambda: group_findings(claims, rules, order))
    report = engine.run(articles, rules)
    json_s, _ = best_of(args.repeat, lambda: json_report.render(report))
    md_s, _ = best_of(args.repeat, lambda: markdown.render(report))
    rows = [
        ("reading", read_s),
        ("word index (scan.Words)", words_s),
        ("extraction (less the word index)", extract_s - words_s),
        ("people (scope.find_people)", people_s),
        ("rules and scope (select_claims less the above)", select_s - extract_s - people_s),
        ("grouping and verdicts", group_s),
        ("report.json", json_s),
        ("report.md", md_s),
    ]
    print(f"\nmilliseconds per article ({len(claims)} claims):")
    for label, s in rows:
        print(f"  {label:48s} {s * 1000 / n:6.3f}")
    print(f"  {'sum of stages':48s} {sum(s for _, s in rows) * 1000 / n:6.3f}")


if __name__ == "__main__":
    main()

"""The command surface: `factcheck extract` and `factcheck report`.

Errors in what the user gave (paths, metadata, rule files) print one line
naming the file and the problem and exit 2; an unexpected failure exits 3
(never 0). Files are written atomically: a failed run leaves earlier reports
as they were.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

from factcheck import __version__
from factcheck.errors import ExitStatus, UserInputError
from factcheck.ruleset import RuleErrors

INTERNAL_ERROR = 3


def _limits(args) -> dict:
    from factcheck.ruleset import find_project, read_config

    limit = getattr(args, "max_bytes", None) or read_config(find_project()).raw.get("max-bytes")
    return {"max_bytes": int(limit)} if limit else {}


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes (0 or more): {text!r}")
    return n or _cores()


def _cores() -> int:
    """The cores this process may run on (not all the machine's, under a CPU quota or taskset)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def write_atomically(path: Path, content: str) -> None:
    """Write via a temporary file in the same folder and rename, so a reader
    never sees half a file and an error never destroys the previous one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="factcheck", description="Find where news articles about one event agree and disagree.")
    p.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp):
        sp.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
        sp.add_argument("--published", type=_date, metavar="DATE",
                        help="reference date (YYYY-MM-DD) for articles whose publication date is unknown")
        sp.add_argument("--max-bytes", type=int, default=None, metavar="N",
                        help="refuse an article file larger than this (default 10,000,000)")

    ex = sub.add_parser("extract", help="list every extracted mention, as the rules will see it")
    common(ex)
    ex.add_argument("--format", choices=["text", "json"], default="text")

    rp = sub.add_parser("report", help="write report.md and report.json for a folder of articles")
    common(rp)
    rules_options(rp)
    rp.add_argument("-o", "--output", type=Path, default=Path("reports"), metavar="DIR", help="where the reports go (default: reports/)")
    rp.add_argument("--clusters", action="store_true",
                    help="each PATH is a folder of story clusters: one report per subfolder, in DIR/<subfolder>/, "
                         "all in one run (start-up is paid once)")
    rp.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                    help="with --clusters: report on N clusters at once, in N processes (0: one per core); "
                         "the reports and the console output are the same as with one")

    for name, text in (("check", "fail (exit 1) when an unacknowledged discrepancy is at or above --fail-on"),
                       ("acknowledge", "add today's failing findings to the acknowledgements file, keeping existing reasons")):
        ck = sub.add_parser(name, help=text)
        ck.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: [tool.factcheck] paths)")
        ck.add_argument("--published", type=_date, metavar="DATE", help="reference date for articles with none")
        ck.add_argument("--max-bytes", type=int, default=None, metavar="N", help="refuse an article file larger than this")
        rules_options(ck)
        ck.add_argument("--fail-on", choices=["error", "warning", "info", "any"], default=None,
                        help="lowest severity of discrepancy that fails (default: [tool.factcheck] fail-on, else error)")
        ck.add_argument("--acknowledgements", type=Path, metavar="FILE",
                        help=f"acknowledgements file (default: [tool.factcheck] acknowledgements, else {DEFAULT_ACK})")
        if name == "check":
            ck.add_argument("--since", metavar="REV", help="only findings that involve an article added or changed since REV")
            ck.add_argument("--format", choices=["text", "json", "markdown", "sarif", "github"], default=None,
                            help="output format (default: github under GitHub Actions, else text)")
            ck.add_argument("--output", type=Path, metavar="FILE", help="write the output here (atomically) instead of stdout")
            ck.add_argument("--exit-zero", action="store_true", help="report only: exit 0 even with failing findings")
            ck.add_argument("--write-baseline", action="store_true", help="acknowledge today's failing findings, then check")
            ck.add_argument("--reason", default="baseline", help="with --write-baseline: the reason recorded")
        else:
            ck.add_argument("--reason", required=True, help="why these findings are acceptable (recorded in the file)")
            ck.add_argument("--by", default="", help="who acknowledges")
            ck.add_argument("--expires", type=_date, metavar="DATE", help="stop counting the acknowledgement after this date")

    ev = sub.add_parser("eval", help="score the report on ARTICLES against a gold annotation (docs/gold-format.md)")
    ev.add_argument("gold", type=Path, metavar="GOLD.yaml")
    common(ev)
    rules_options(ev)
    ev.add_argument("--cluster", metavar="ID", help="the gold cluster to score against (default: the one naming these articles)")
    ev.add_argument("--format", choices=["text", "json"], default="text")

    ru = sub.add_parser("rules", help="list, check, test and describe rule files")
    rsub = ru.add_subparsers(dest="rules_command", required=True)
    rsub.add_parser("schema", help="print the JSON Schema of a rule file")
    for name, text in (("validate", "check rule files and report every problem as file:line:col"),
                       ("list", "show every rule in force: id, kind, severity, file, description"),
                       ("test", "run the test cases beside the rules (<id>.test.yaml)")):
        sp = rsub.add_parser(name, help=text)
        sp.add_argument("dirs", nargs="*", type=Path, metavar="DIR",
                        help="rule folders (default: shipped rules, the project's rules/, [tool.factcheck] rules)")
    return p


def rules_options(sp) -> None:
    sp.add_argument("--rules", action="append", type=Path, default=[], metavar="DIR",
                    help="extra rule folder (repeatable); its rules replace shipped ones with the same id")
    sp.add_argument("--skip-broken-rules", action="store_true",
                    help="run with the rule files that are valid, after listing the broken ones")


def cmd_extract(args) -> int:
    from factcheck.corpus import read_articles
    from factcheck.extract import extract_mentions
    from factcheck.report import extraction

    articles, notes = read_articles(args.paths, args.published, **_limits(args))
    mentions = [m for a in sorted(articles, key=lambda a: a.id) for m in extract_mentions(a)]
    if args.format == "json":
        sys.stdout.write(extraction.render_json(mentions))
    else:
        sys.stdout.write(extraction.render_text(mentions, {a.id: a.path for a in articles}))
    for n in notes:
        print(f"factcheck: note: {n}", file=sys.stderr)
    return ExitStatus.OK


def cmd_report(args) -> int:
    if args.jobs != 1 and not args.clusters:
        raise UserInputError("--jobs", "works with --clusters only (one folder's report is made in one process)")
    rules = load_rules_for(args)
    if not args.clusters:
        return _report_one(args.paths, args.output, rules, args)
    clusters = _cluster_folders(args.paths)
    if args.output.exists() and not args.output.is_dir():
        raise UserInputError(str(args.output), "output path exists and is not a folder")
    jobs = min(args.jobs, len(clusters))
    if jobs <= 1:
        status = ExitStatus.OK
        for name, folder in clusters:
            print(f"{name}: ", end="", flush=True)
            status = max(status, _report_cluster(name, folder, rules, args))
        return status
    return _report_clusters_in_parallel(clusters, rules, args, jobs)


def _report_cluster(name: str, folder: Path, rules, args) -> int:
    try:
        _report_one([str(folder)], args.output / name, rules, args)
    except UserInputError as e:
        # one bad cluster must not cost the others their reports
        print("skipped", flush=True)
        print(f"factcheck: error: {e}", file=sys.stderr)
        return ExitStatus.ERROR
    return ExitStatus.OK


def _report_clusters_in_parallel(clusters: list[tuple[str, Path]], rules, args, jobs: int) -> int:
    """``--clusters --jobs N``: each worker process reports on whole clusters and hands back
    what it would have printed, which is printed here in cluster order, so the console
    reads as a run with one process does. Workers are forked where the system allows,
    so they start with the rules and compiled patterns already loaded."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    status = ExitStatus.OK
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method),
                             initializer=_start_worker, initargs=(rules, args)) as pool:
        # a few clusters per task: fewer round trips, while the last tasks still spread over the workers
        chunk = max(1, min(8, len(clusters) // (jobs * 4)))
        for name, out, err, cluster_status in pool.map(_worker_report, clusters, chunksize=chunk):
            sys.stdout.write(f"{name}: {out}")
            sys.stdout.flush()
            sys.stderr.write(err)
            status = max(status, cluster_status)
    return status


_WORKER: dict = {}  # in a worker process: the rules and options every cluster is reported with


def _start_worker(rules, args) -> None:
    _WORKER.update(rules=rules, args=args)


def _worker_report(cluster: tuple[str, Path]) -> tuple[str, str, str, int]:
    """One cluster's report, in a worker: its name, what it printed to stdout and to stderr, its status."""
    import contextlib
    import io

    name, folder = cluster
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = _report_cluster(name, folder, _WORKER["rules"], _WORKER["args"])
    return name, out.getvalue(), err.getvalue(), status


def _cluster_folders(paths: list[str]) -> list[tuple[str, Path]]:
    """The story clusters under ``paths``: their subfolders, by name."""
    found: dict[str, Path] = {}
    for given in paths:
        p = Path(given)
        if not p.is_dir():
            raise UserInputError(given, "with --clusters, each PATH must be a folder of cluster folders")
        subs = sorted(d for d in p.iterdir() if d.is_dir() and not d.name.startswith("."))
        if not subs:
            raise UserInputError(given, "holds no cluster folders (--clusters reads one report per subfolder)")
        for d in subs:
            if d.name in found:
                raise UserInputError(str(d), f"cluster name '{d.name}' is also used by {found[d.name]}")
            found[d.name] = d
    return sorted(found.items())


def _report_one(paths: list[str], out: Path, rules, args) -> int:
    from factcheck import engine
    from factcheck.corpus import read_articles
    from factcheck.report import json_report, markdown

    with engine.cycle_collection_paused():
        articles, notes = read_articles(paths, args.published, **_limits(args))
        report = engine.run(articles, rules, tuple(notes))
        if out.exists() and not out.is_dir():
            raise UserInputError(str(out), "output path exists and is not a folder")
        md, js = markdown.render(report), json_report.render(report)
    write_atomically(out / "report.json", js)
    write_atomically(out / "report.md", md)
    counts = Counter(f.verdict for f in report.findings)
    for n in notes:
        print(f"factcheck: note: {n}", file=sys.stderr)
    print(f"{len(report.articles)} articles, {len(report.findings)} findings: "
          f"{counts['discrepancy']} discrepancy, {counts['compatible']} compatible, "
          f"{counts['agree']} agree, {counts['single_source']} single source")
    print(f"wrote {out / 'report.md'} and {out / 'report.json'}")
    return ExitStatus.OK


DEFAULT_ACK = "factcheck-acknowledged.yaml"


def _check_setup(args):
    """Config, report and acknowledgements shared by `check` and `acknowledge`."""
    from factcheck import ci, engine
    from factcheck.corpus import read_articles
    from factcheck.ruleset import find_project, read_config

    config = read_config(find_project())
    root = config.root or Path.cwd()
    paths = list(args.paths)
    if not paths:
        configured = config.raw.get("paths", [])
        if not configured:
            raise UserInputError("factcheck check", "no PATH given and no [tool.factcheck] paths in pyproject.toml")
        paths = [str((root / p).relative_to(Path.cwd())) if (root / p).is_relative_to(Path.cwd()) else str(root / p)
                 for p in configured]
    fail_on = args.fail_on or config.raw.get("fail-on", "error")
    if fail_on not in ("error", "warning", "info", "any"):
        raise UserInputError(str(root / "pyproject.toml"), f"[tool.factcheck] fail-on must be error, warning, info or any, not {fail_on!r}")
    ack_path = args.acknowledgements or root / config.raw.get("acknowledgements", DEFAULT_ACK)
    rules = load_rules_for(args)
    limit = args.max_bytes or config.raw.get("max-bytes")
    articles, notes = read_articles(paths, args.published, **({"max_bytes": int(limit)} if limit else {}))
    for n in notes:
        print(f"factcheck: note: {n}", file=sys.stderr)
    report = engine.run(articles, rules, tuple(notes))
    acks = ci.read_acks(ack_path)
    return root, fail_on, ack_path, report, acks


def cmd_acknowledge(args) -> int:
    import datetime as dt

    from factcheck import ci

    _, fail_on, ack_path, report, acks = _check_setup(args)
    live = ci.active(acks, dt.date.today())
    failing = [f for f in report.findings if ci.fails(f, fail_on) and not ci.acknowledged(f, live)]
    merged = ci.merge_acks(acks, failing, args.reason, args.by, args.expires)
    write_atomically(ack_path, ci.render_acks(merged))
    print(f"{len(merged) - len(acks)} findings acknowledged, {len(merged)} in {ack_path}")
    return ExitStatus.OK


def cmd_check(args) -> int:
    import datetime as dt

    from factcheck import ci
    from factcheck.report import CHECK_FORMATS

    root, fail_on, ack_path, report, acks = _check_setup(args)
    failing = [f for f in report.findings if ci.fails(f, fail_on)]
    if args.write_baseline:
        baseline_live = ci.active(acks, dt.date.today())
        acks = ci.merge_acks(acks, [f for f in failing if not ci.acknowledged(f, baseline_live)], args.reason, "", None)
        write_atomically(ack_path, ci.render_acks(acks))
    today = dt.date.today()
    live = ci.active(acks, today)
    for a in acks:
        if a.id not in live:
            print(f"factcheck: note: acknowledgement {a.id} ({a.fact}) expired on {a.expires}", file=sys.stderr)
    ids = {f.id for f in report.findings} | {f.signature for f in report.findings}
    for a in acks:
        if a.id not in ids and a.signature not in ids:
            print(f"factcheck: note: stale acknowledgement {a.id} ({a.fact}): no such finding any more", file=sys.stderr)
    shown = [f for f in failing if not ci.acknowledged(f, live)]
    if args.since:
        shown = ci.involving(shown, report, ci.changed_files(args.since, Path.cwd()))
    fmt = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    out = CHECK_FORMATS[fmt](report, shown, {a.id: a.reason for a in live.values()})
    if args.output:
        write_atomically(args.output, out)
    else:
        sys.stdout.write(out)
    if shown and not args.exit_zero:
        return ExitStatus.FINDINGS
    return ExitStatus.OK


def cmd_eval(args) -> int:
    from factcheck import engine, evaluate
    from factcheck.corpus import read_articles

    gold = evaluate.load_gold(args.gold)
    rules = load_rules_for(args)
    articles, _ = read_articles(args.paths, args.published)
    report = engine.run(articles, rules)
    result = evaluate.score(report, evaluate.pick_cluster(gold, articles, args.cluster))
    sys.stdout.write(result.model_dump_json(indent=1) + "\n" if args.format == "json" else evaluate.render(result))
    return ExitStatus.OK


def load_rules_for(args, dirs: list[Path] | None = None):
    """The rules in force; broken rule files stop the run unless --skip-broken-rules."""
    from factcheck.ruleset import RuleErrors, find_project, load_ruleset, read_config, rule_dirs

    config = read_config(find_project())
    if dirs is None:
        dirs = rule_dirs(list(getattr(args, "rules", [])), config)
    ruleset = load_ruleset(dirs, config.disable)
    if ruleset.problems:
        if not getattr(args, "skip_broken_rules", False):
            raise RuleErrors(ruleset.problems)
        for p in ruleset.problems:
            print(f"factcheck: warning: skipped rule: {p}", file=sys.stderr)
    return ruleset.rules


def cmd_rules(args) -> int:
    from factcheck.report.text import plural
    from factcheck.ruleset import RuleErrors, find_project, load_ruleset, read_config, rule_dirs

    if args.rules_command == "schema":
        sys.stdout.write(rule_schema())
        return ExitStatus.OK
    config = read_config(find_project())
    dirs = args.dirs or rule_dirs([], config)
    ruleset = load_ruleset(dirs, [] if args.dirs else config.disable)
    if args.rules_command == "validate":
        for p in ruleset.problems:
            print(p)
        n_files = sum(len(list(d.glob("*.yaml"))) - len(list(d.glob("*.test.yaml"))) for d in dirs)
        print(f"{plural(n_files, 'rule file')}, {plural(len(ruleset.problems), 'problem')}", file=sys.stderr)
        return ExitStatus.ERROR if ruleset.problems else ExitStatus.OK
    if ruleset.problems:
        raise RuleErrors(ruleset.problems)
    if args.rules_command == "list":
        from tabulate import tabulate

        rows = [[r.id, r.kind, r.severity, _relative(ruleset.sources[r.id]), r.description] for r in ruleset.rules]
        print(tabulate(rows, headers=["id", "kind", "severity", "file", "description"], tablefmt="plain"))
        return ExitStatus.OK
    from factcheck import ruletest

    results = ruletest.run_dirs(dirs, ruleset)
    for line in ruletest.describe(results):
        print(line)
    return ExitStatus.OK if all(r.ok for r in results) else ExitStatus.FINDINGS


def rule_schema() -> str:
    import json

    from factcheck.rules import Rule

    return json.dumps(Rule.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


def _relative(p: Path) -> str:
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)


COMMANDS = {"extract": cmd_extract, "report": cmd_report, "rules": cmd_rules, "eval": cmd_eval,
            "check": cmd_check, "acknowledge": cmd_acknowledge}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(COMMANDS[args.command](args))
    except UserInputError as e:
        print(f"factcheck: error: {e}", file=sys.stderr)
        return ExitStatus.ERROR
    except RuleErrors as e:
        for p in e.problems:
            print(f"factcheck: error: {p}", file=sys.stderr)
        print("factcheck: error: fix the rule files above, or pass --skip-broken-rules", file=sys.stderr)
        return ExitStatus.ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`factcheck check | head`): stop quietly, as other tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except Exception as e:  # pragma: no cover - the message says how to get details
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        print(f"factcheck: internal error: {type(e).__name__}: {e} (set FACTCHECK_DEBUG=1 for a traceback)", file=sys.stderr)
        return INTERNAL_ERROR

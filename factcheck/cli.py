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

INTERNAL_ERROR = 3


def shipped_rules_dir() -> Path:
    """The rules that come with factcheck: ``rules/`` beside the package."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "rules", here / "rules"):
        if candidate.is_dir():
            return candidate
    raise UserInputError(str(here.parent / "rules"), "shipped rules not found; pass --rules DIR")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


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

    ex = sub.add_parser("extract", help="list every extracted mention, as the rules will see it")
    common(ex)
    ex.add_argument("--format", choices=["text", "json"], default="text")

    rp = sub.add_parser("report", help="write report.md and report.json for a folder of articles")
    common(rp)
    rp.add_argument("--rules", action="append", type=Path, default=[], metavar="DIR",
                    help="extra rule folder (repeatable); its rules replace shipped ones with the same id")
    rp.add_argument("-o", "--output", type=Path, default=Path("reports"), metavar="DIR", help="where the reports go (default: reports/)")
    return p


def cmd_extract(args) -> int:
    from factcheck.corpus import read_articles
    from factcheck.extract import extract_mentions
    from factcheck.report import extraction

    articles, notes = read_articles(args.paths, args.published)
    mentions = [m for a in sorted(articles, key=lambda a: a.id) for m in extract_mentions(a)]
    if args.format == "json":
        sys.stdout.write(extraction.render_json(mentions))
    else:
        sys.stdout.write(extraction.render_text(mentions, {a.id: a.path for a in articles}))
    for n in notes:
        print(f"factcheck: note: {n}", file=sys.stderr)
    return ExitStatus.OK


def cmd_report(args) -> int:
    from factcheck import engine
    from factcheck.corpus import read_articles
    from factcheck.report import json_report, markdown
    from factcheck.rules import load_rules

    rules = load_rules([shipped_rules_dir(), *args.rules])
    articles, notes = read_articles(args.paths, args.published)
    report = engine.run(articles, rules, tuple(notes))
    out: Path = args.output
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


COMMANDS = {"extract": cmd_extract, "report": cmd_report}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(COMMANDS[args.command](args))
    except UserInputError as e:
        print(f"factcheck: error: {e}", file=sys.stderr)
        return ExitStatus.ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # pragma: no cover - the message says how to get details
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        print(f"factcheck: internal error: {type(e).__name__}: {e} (set FACTCHECK_DEBUG=1 for a traceback)", file=sys.stderr)
        return INTERNAL_ERROR

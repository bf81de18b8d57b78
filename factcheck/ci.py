"""The CI gate: which findings count, acknowledgements, changed articles.

A finding's id is a fingerprint of its rule, fact, scope and the set of
(article, value) it involves, never of line numbers, so reformatting an
article keeps it and a new article joining the fact changes it.
Acknowledgements live in one committed YAML file, sorted by id, each with the
fact and values in words and the reason a person gave.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck import yamlio
from factcheck.errors import UserInputError
from factcheck.models import Claim, Finding, Report

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
DEFAULT_ACK_FILE = "factcheck-acknowledged.yaml"


def primary_claim(f: Finding) -> Claim:
    """The claim a CI annotation points at: for a discrepancy, one from the
    smallest group of agreeing sources (the odd one out), latest article last."""
    if f.verdict == "discrepancy" and f.groups:
        smallest = min(f.groups, key=lambda g: (len(g.articles), [-ord(c) for c in g.articles[-1]]))
        odd = set(smallest.articles)
        for c in reversed(f.claims):
            if c.mention.article in odd:
                return c
    return f.claims[-1]


def fails(f: Finding, fail_on: str) -> bool:
    """Whether ``f`` is at or above ``fail_on``: ``error``/``warning``/``info``
    (discrepancies of that severity or more) or ``any`` (every discrepancy)."""
    if f.verdict != "discrepancy":
        return False
    if fail_on == "any":
        return True
    return SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on]


# --- acknowledgements -------------------------------------------------------------


class Acknowledgement(BaseModel):
    # a hand-written id of digits only reads as a number in YAML
    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True)

    id: str
    signature: str = ""
    fact: str = ""
    values: list[str] = Field(default_factory=list)
    reason: str = ""
    by: str = ""
    expires: dt.date | None = None


class AckFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    acknowledged: list[Acknowledgement] = Field(default_factory=list)


def read_acks(path: Path) -> list[Acknowledgement]:
    if not path.exists():
        return []
    try:
        data = yamlio.load(path.read_text(encoding="utf-8")) or {}
        return AckFile.model_validate(data).acknowledged
    except ValidationError as e:
        err = e.errors()[0]
        raise UserInputError(str(path), f"{'.'.join(map(str, err['loc']))}: {err['msg']}") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as e:
        raise UserInputError(str(path), f"cannot read acknowledgements: {str(e).splitlines()[0]}") from None


def describe_values(f: Finding) -> list[str]:
    return [f"{', '.join(g.articles)}: {g.value}" for g in f.groups]


def merge_acks(existing: list[Acknowledgement], findings: list[Finding], reason: str, by: str,
               expires: dt.date | None) -> list[Acknowledgement]:
    """Existing entries kept as written (reasons are never dropped), new findings added."""
    out = {a.id: a for a in existing}
    for f in findings:
        if f.id not in out:
            out[f.id] = Acknowledgement(id=f.id, signature=f.signature, fact=f.fact, values=describe_values(f), reason=reason, by=by, expires=expires)
    return sorted(out.values(), key=lambda a: a.id)


def render_acks(acks: list[Acknowledgement]) -> str:
    """Sorted by id, one block per entry, so merges touch separate lines."""
    head = ("# Findings people have looked at and accepted, with why. `factcheck acknowledge`\n"
            "# adds new ones and keeps what is here; edit reasons freely.\n")
    body = [a.model_dump(mode="json", exclude_defaults=False) for a in acks]
    for b in body:
        if b["expires"] is None:
            del b["expires"]
    return head + yaml.safe_dump({"acknowledged": body}, sort_keys=False, allow_unicode=True, width=100)


def active(acks: list[Acknowledgement], today: dt.date) -> dict[str, Acknowledgement]:
    """Unexpired acknowledgements by finding id and by signature."""
    out = {}
    for a in acks:
        if a.expires is None or a.expires >= today:
            out[a.id] = a
            if a.signature:
                out.setdefault(a.signature, a)
    return out


def acknowledged(f: Finding, live: dict[str, Acknowledgement]) -> bool:
    """The same finding, or the same disagreement with one more article repeating a known value."""
    return f.id in live or (bool(f.signature) and f.signature in live)


# --- changed articles ---------------------------------------------------------------


def changed_files(since: str, cwd: Path) -> set[Path]:
    """Files added or changed since ``since`` (committed or not), resolved paths."""
    def git(*args) -> subprocess.CompletedProcess:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)

    top = git("rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise UserInputError(str(cwd), "--since needs a git repository")
    if git("rev-parse", "--verify", "--quiet", f"{since}^{{commit}}").returncode != 0:
        shallow = git("rev-parse", "--is-shallow-repository").stdout.strip() == "true"
        hint = " (this is a shallow clone: fetch the history, e.g. actions/checkout with fetch-depth: 0)" if shallow else ""
        raise UserInputError(since, f"revision not found{hint}")
    root = Path(top.stdout.strip())
    out = set()
    for args in (("diff", "--name-only", "--diff-filter=ACMR", since), ("ls-files", "--others", "--exclude-standard")):
        r = git(*args)
        if r.returncode != 0:
            raise UserInputError(since, f"git {' '.join(args)} failed: {r.stderr.strip().splitlines()[-1] if r.stderr.strip() else r.returncode}")
        out |= {(root / line).resolve() for line in r.stdout.splitlines() if line}
    return out


def involving(findings: list[Finding], report: Report, changed: set[Path]) -> list[Finding]:
    ids = {a.id for a in report.articles if Path(a.path).resolve() in changed}
    return [f for f in findings if any(c.mention.article in ids for c in f.claims)]

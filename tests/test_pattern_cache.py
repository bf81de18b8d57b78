"""The disk cache: patterns compiled once and YAML parsed once, then read from disk,
always the same pattern and the same data."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import disk_cache, pattern_cache, yamlio

ROOT = Path(__file__).resolve().parent.parent

# Patterns of the shapes factcheck compiles: alternations, named groups, look-arounds,
# flags inline and given, bytes, possessive quantifiers
PATTERNS = [
    (r"(?P<n>\d{1,3}(?:,\d{3})*)\s+(?P<unit>km|miles?)\b", 0),
    (r"(?<![\w'’-])(?:more\s+than|at\s+least|about)(?![\w'’-])", re.IGNORECASE),
    (r"(?i:mon|tues|wednes)day(?=\W)|\bnoon\b", 0),
    (rb"A(?:a+(?:Aa+)?|-(A)a+)(?: |-a+ |-(A)a+ ) *A", 0),
    (r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL),
    (r"[.!?]++[\"')\]]*+(?=\s)", 0),
]
TEXTS = ["About 6,100 km (3,790 miles) at least", "more than 40 miles; Tuesday at noon",
         "---\ntitle: x\n---\nbody", "It ended. Then \"it began.\" Next"]

_PROBE = """
import marshal, os, re, sys
from factcheck import disk_cache, pattern_cache
if os.environ.get("PROBE_NO_COMPILING"):  # every pattern must then come from disk
    def refuse(*args):
        raise AssertionError("compiled, not read from the cache")
    pattern_cache._compiler.compile = refuse
cases = {cases!r}
texts = {texts!r}
folder = disk_cache.folder()
out = []
for p, f in cases:
    t = [x.encode() if isinstance(p, bytes) else x for x in texts]
    held = (folder / pattern_cache._item(p, f)).exists()
    c = pattern_cache.compile(p, f)
    out.append((held, c.pattern, c.flags, c.groups, sorted(c.groupindex.items()),
                [[(m.span(), m.groups()) for m in c.finditer(x)] for x in t]))
sys.stdout.write(repr(out))
"""


def _probe(cache_dir: str, compiling: bool = True) -> list:
    env = {**os.environ, "FACTCHECK_CACHE_DIR": cache_dir, "PYTHONPATH": str(ROOT)}
    if not compiling:
        env["PROBE_NO_COMPILING"] = "1"
    done = subprocess.run([sys.executable, "-c", _PROBE.format(cases=PATTERNS, texts=TEXTS)],
                          env=env, capture_output=True, text=True, check=True)
    return eval(done.stdout)  # noqa: S307 - our own repr of literals


def _plain() -> list:
    out = []
    for p, f in PATTERNS:
        c = re.compile(p, f)
        t = [x.encode() if isinstance(p, bytes) else x for x in TEXTS]
        out.append((c.pattern, c.flags, c.groups, sorted(c.groupindex.items()),
                    [[(m.span(), m.groups()) for m in c.finditer(x)] for x in t]))
    return out


def test_a_second_run_takes_the_patterns_from_disk_and_they_match_as_re_compiles_them(tmp_path):
    first, second = _probe(str(tmp_path)), _probe(str(tmp_path), compiling=False)
    assert [row[0] for row in first] == [False] * len(PATTERNS)
    assert [row[0] for row in second] == [True] * len(PATTERNS)
    assert [row[1:] for row in first] == [row[1:] for row in second] == _plain()
    (folder,) = tmp_path.iterdir()
    assert len(list(folder.glob("re-*"))) == len(PATTERNS)


@pytest.mark.parametrize("junk", [b"", b"not marshal at all", b"\x00" * 64])
def test_a_damaged_cache_file_only_means_compiling_again(tmp_path, junk):
    _probe(str(tmp_path))
    for kept in tmp_path.glob("*/re-*"):
        kept.write_bytes(junk)
    again = _probe(str(tmp_path))
    assert [row[1:] for row in again] == _plain()
    assert {kept.read_bytes() for kept in tmp_path.glob("*/re-*")} != {junk}  # written afresh
    assert [row[1:] for row in _probe(str(tmp_path))] == _plain()


def test_a_code_the_engine_refuses_is_compiled_afresh(monkeypatch, tmp_path):
    pattern = r"(?P<x>\d+)-[a-z]+"
    monkeypatch.setattr(disk_cache, "_folder", tmp_path)
    monkeypatch.setattr(pattern_cache, "_patterns", {})
    bad = (pattern, 32, [999, 1, 2], 0, {}, ())
    pattern_cache._write(pattern_cache._item(pattern, 0), (pattern, 0), bad)
    assert pattern_cache._read(pattern_cache._item(pattern, 0), pattern, 0) == bad
    assert pattern_cache.compile(pattern).match("12-ab").group("x") == "12"


def test_a_file_kept_for_another_pattern_is_not_taken(monkeypatch, tmp_path):
    monkeypatch.setattr(disk_cache, "_folder", tmp_path)
    monkeypatch.setattr(pattern_cache, "_patterns", {})
    pattern_cache.compile(r"cat|dog")
    (kept,) = tmp_path.iterdir()
    kept.rename(tmp_path / pattern_cache._item(r"bird", 0))  # as if two names collided
    monkeypatch.setattr(pattern_cache, "_patterns", {})
    assert pattern_cache.compile(r"bird").match("bird") and not pattern_cache.compile(r"bird").match("cat")


@pytest.mark.parametrize("off", ["off", "OFF", "0", "no", "false", ""])
def test_off_writes_nothing(tmp_path, off):
    home = tmp_path / "home"
    env = {**os.environ, "FACTCHECK_CACHE_DIR": off, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", "from factcheck import disk_cache, pattern_cache, yamlio; "
                           "pattern_cache.compile('a+b'); yamlio.load('a: 1', keep=True); print(disk_cache.folder())"],
                          env=env, check=True, capture_output=True, text=True, cwd=tmp_path)
    assert done.stdout.strip() == "None"
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_folder_others_may_write_in_is_not_used(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(shared))
    monkeypatch.setattr(disk_cache, "_folder", disk_cache._UNSET)
    where = disk_cache._where()
    where.mkdir(parents=True)
    where.chmod(0o777)
    assert disk_cache.folder() is None
    monkeypatch.setattr(disk_cache, "_folder", disk_cache._UNSET)
    where.chmod(0o700)
    assert disk_cache.folder() == where


def test_the_recorder_keeps_only_its_own_threads_pattern():
    import threading
    recorder = pattern_cache._Recorder()
    other = threading.Thread(target=recorder.compile, args=("x", 32, [1], 0, {}, ()))
    try:
        other.start()
    finally:
        other.join()
    assert recorder.arguments is None


def test_an_unwritable_cache_folder_is_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    first = _probe(str(blocker / "cache"))  # a folder under a file cannot be made
    assert [row[1:] for row in first] == _plain()


def test_every_pattern_of_the_package_goes_through_the_cache():
    """A ``re.compile`` left in the package would be compiled afresh at every start."""
    found = []
    for path in sorted((ROOT / "factcheck").rglob("*.py")):
        if path.name == "pattern_cache.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"(?<![\w.`])re\.compile\(", line):
                found.append(f"{path.relative_to(ROOT)}:{n}")
    assert found == []


def test_a_run_compiles_nothing_new_the_second_time_whatever_the_hash_seed(tmp_path):
    """Patterns built from sets must come out the same in every process (``vocab.longest_first``),
    or each start would miss the cache and compile them afresh."""
    def run(seed: str) -> set[str]:
        env = {**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path / "cache"), "PYTHONHASHSEED": seed,
               "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-m", "factcheck", "report", str(ROOT / "seeds"), "-o", str(tmp_path / seed)],
                       env=env, check=True, capture_output=True)
        return {p.name for p in (tmp_path / "cache").glob("*/*")}

    first = run("1")
    assert len(first) > 100
    assert run("2") == first  # nothing new written: every pattern and document was found
    assert (tmp_path / "1" / "report.json").read_bytes() == (tmp_path / "2" / "report.json").read_bytes()


def test_past_its_bound_the_cache_drops_its_older_half(monkeypatch, tmp_path):
    monkeypatch.setattr(disk_cache, "_folder", tmp_path)
    monkeypatch.setattr(pattern_cache, "_patterns", {})
    monkeypatch.setattr(disk_cache, "_MOST_FILES", 4)
    for k in range(4):
        old = tmp_path / f"old{k}"
        old.write_bytes(b"x")
        os.utime(old, (1_000_000 + k, 1_000_000 + k))
    monkeypatch.setattr(disk_cache, "_pruned", False)
    pattern_cache.compile(r"new(?:er)?")  # the fifth file
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("old")) == ["old2", "old3"]
    assert len(list(tmp_path.iterdir())) == 3


YAML = """\
any: [in, on, at, "off"]
flags: [true, yes, no]
nested: {a: 1, b: [2.5, null, -3]}
text: "Sergei Lavrov, 65"
"""


def test_a_yaml_document_read_again_comes_from_the_cache_and_reads_the_same(monkeypatch, tmp_path):
    monkeypatch.setattr(disk_cache, "_folder", tmp_path)
    first = yamlio.load(YAML, keep=True)
    assert first == {"any": ["in", "on", "at", "off"], "flags": [True, "yes", "no"],
                     "nested": {"a": 1, "b": [2.5, None, -3]}, "text": "Sergei Lavrov, 65"}
    (kept,) = tmp_path.glob("yaml-*")
    monkeypatch.setattr(yamlio.yaml, "load", None)  # a second parse would fail
    again = yamlio.load(YAML, keep=True)
    assert again == first and again is not first
    again["any"].append("by")  # what a caller does with its copy stays its own
    assert yamlio.load(YAML, keep=True) == first


def test_yaml_the_cache_cannot_hold_or_that_is_broken_is_parsed_each_time(monkeypatch, tmp_path):
    import datetime as dt

    import yaml
    monkeypatch.setattr(disk_cache, "_folder", tmp_path)
    assert yamlio.load("published: 2015-05-12\n", keep=True) == {"published": dt.date(2015, 5, 12)}  # no date
    assert list(tmp_path.glob("yaml-*")) == []
    with pytest.raises(yaml.YAMLError):
        yamlio.load("a: [1, 2\n", keep=True)
    assert list(tmp_path.glob("yaml-*")) == []
    yamlio.load("title: An article's own metadata\n")  # not kept unless asked
    assert list(tmp_path.glob("yaml-*")) == []


def test_the_other_cases_of_each_letter_are_those_the_engine_matches_it_with():
    """``_skippable_branches`` writes a letter under IGNORECASE as a class of the characters ``re``
    matches it with: with Unicode folding "k" also matches the Kelvin sign, and "i" and "s" match
    "İ", "ı" and "ſ"; with ASCII folding only the two cases."""
    every = "".join(map(chr, range(0x110000)))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        cases = letter.upper() + letter
        assert sorted(re.findall(f"(?i:{letter})", every)) == sorted(cases + pattern_cache._OTHER_CASES.get(letter, ""))
        assert sorted(re.findall(f"(?ai:{letter})", every)) == sorted(cases)
        assert b"".join(sorted(re.findall(f"(?i:{letter})".encode(), bytes(range(256))))) == cases.encode()


# Alternations under IGNORECASE as the vocabularies' prefix trees make them, given and inline, with
# ASCII folding, nested in groups, repeats, look-arounds and a conditional, in bytes, and in a pattern
# that turns IGNORECASE off inside
FOLDED = [
    (r"(?<!\w)(?:a(?:bout(?!\w)|fter(?!\w))|k(?:illed(?!\w)|m(?!\w))|s(?:aid(?!\w)|ince(?!\w))|i(?:n(?!\w)|s(?!\w)))", re.I),
    (r"(?P<w>(?:i(?:ll|n)|s(?:ick|tr)|k(?:ey|in)))+(?(w)\s|x)", re.I),
    (r"(?:sk|is|ki)(?=\W)|(?-i:s(?:k|i)|I(?:s|K))|(?<=[ ])(?:x(?:s|k)|y)", re.I),
    (r"(?i:(?:st|ik|z)+)(?:s|k|i)", 0),
    (r"(?:ski|ink|s)\b", re.I | re.A),
    (rb"(?:sk|is|ki|k)+", re.I),
    (r"(?>(?:sk|ik)+)(?!(?:ks|si))", re.I),
    # an ASCII flag scoped to a group leaves Unicode set outside it: inside, "i", "s" and "k" match
    # their two cases only, not "ı", "İ", "ſ" nor the Kelvin sign
    (r"(?a:in|sk)|(?:is|ki)", re.I),
]
FOLD_TEXTS = ["Ski skİ SKI sKı ıs İS ſki Kin in ILL ill Sick ſtr key K KEY", "About AFTER killed KM said SINCE in IS ıs",
              "xs XK y Y xK xſ ik IK zst ZSTS ſt zsts Zsk STs", "ski SKI Ski ink INK ınk ſ s S", "ISK kis kİs Kis sik"]


@pytest.mark.parametrize("pattern, flags", FOLDED)
def test_branches_that_open_with_a_letter_ignoring_its_case_match_as_re_compiles_them(pattern, flags, monkeypatch):
    monkeypatch.setattr(pattern_cache, "_patterns", {})
    monkeypatch.setattr(disk_cache, "_folder", None)  # made here, not read from an earlier run
    ours, theirs = pattern_cache.compile(pattern, flags), re.compile(pattern, flags)
    plain_code = re._compiler._code(re._parser.parse(pattern, flags), flags)
    assert pattern_cache._arguments(pattern, flags)[2] != plain_code  # the branches were rewritten
    assert (ours.pattern, ours.flags, ours.groupindex) == (theirs.pattern, theirs.flags, theirs.groupindex)
    for text in FOLD_TEXTS:
        text = text.encode("latin-1", "replace") if isinstance(pattern, bytes) else text
        for at in range(len(text)):
            got, want = ours.match(text, at), theirs.match(text, at)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (text, at)
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]

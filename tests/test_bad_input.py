"""Bad input, each with its exact outcome: exit status, the one line that names
the file, and what still gets checked (issue 7)."""

import json
import os
import subprocess
import sys

import pytest
from helpers import RULES, article

GOOD = "More than 100 people were killed on Friday, officials said.\n"


def fc(*args, cwd):
    return subprocess.run([sys.executable, "-m", "factcheck", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def _write(d, name, content):
    p = d / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


# (name, files to write besides good.txt, expected exit, expected stderr fragment naming the file, articles read)
CASES = [
    ("empty-file", {"empty.txt": ""}, 0, "empty.txt: skipped, empty file", 1),
    ("image-among-articles", {"photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"}, 0, "photo.jpg: skipped, not an article", 1),
    ("binary-with-txt-suffix", {"blob.txt": b"PK\x03\x04\x00\x00binary"}, 0, "blob.txt: skipped, binary file", 1),
    ("windows-1252", {"w.txt": "The bank’s € 4.5bn loan came on Friday.".encode("cp1252")}, 0, None, 2),
    ("latin-1", {"l.txt": "Caf\xe9 owners said 12 people were injured.".encode("latin-1")}, 0, None, 2),
    ("utf-16-bom", {"u16.txt": ("\ufeff" + GOOD.replace("100", "120")).encode("utf-16-le")}, 0, None, 2),
    ("utf-8-bom", {"u8.txt": b"\xef\xbb\xbf" + GOOD.replace("100", "130").encode()}, 0, None, 2),
    ("cr-only", {"cr.txt": b"First line.\rMore than 100 people were killed on Friday.\r"}, 0, None, 2),
    ("html-page", {"page.txt": "<!DOCTYPE html><html><body><p>100 killed</p></body></html>"}, 0,
     "page.txt: skipped, an HTML page (save the article's text instead)", 1),
    ("same-article-twice", {"zcopy.txt": GOOD}, 0, "zcopy.txt: skipped, the same text as", 1),
    ("no-claims", {"quiet.txt": "Nothing here can be counted.\n"}, 0, None, 2),
    ("future-date", {"f.md": "---\npublished: 2999-01-01\n---\n" + GOOD}, 0, "f.md: publication date 2999-01-01 is in the future", 2),
    ("same-id-two-folders", {"a/x.txt": GOOD.replace("100", "7"), "b/x.txt": GOOD.replace("100", "8")}, 2,
     "x.txt: article id 'x' is also used by", 0),
    ("broken-front-matter", {"fm.md": "---\npublished: [2015\n---\n" + GOOD}, 2, "fm.md: front matter is not valid", 0),
    ("impossible-date", {"bad.md": "---\npublished: 2015-02-30\n---\n" + GOOD}, 2, "bad.md: front matter is not valid", 0),
    ("impossible-sidecar-date", {"sources.yaml": "good:\n  published: 2015-02-30\n"}, 2, "sources.yaml: not a valid value: day is out of range for month", 0),
    ("big-file", {"big.txt": "x" * 2000}, 2, "big.txt: file is 2,000 bytes, over the limit of 1,500 (--max-bytes)", 0),
    # a repository's own documents beside the articles (text.yaml ``repository_documents``, the name's
    # stem in any case): their figures are no article's claims
    ("readme-in-folder", {"README.md": "The 2 scripts read 40 articles.\n"}, 0,
     "README.md: skipped, a repository document, not an article", 1),
    ("key-in-folder", {"KEY.md": "Cluster 3 holds 5 articles.\n"}, 0, "KEY.md: skipped, a repository document", 1),
    ("license-no-suffix", {"LICENSE": "Copyright 2015, 3 authors.\n"}, 0, "LICENSE: skipped, a repository document", 1),
    ("notes-lower-case", {"sub/notes.txt": "Checked 12 figures on Friday.\n"}, 0, "notes.txt: skipped, a repository document", 1),
    ("changelog-two-suffixes", {"CHANGELOG.en.md": "Version 2 added 7 articles.\n"}, 0,
     "CHANGELOG.en.md: skipped, a repository document", 1),
    # a name that merely holds such a word is an article's
    ("readme-word-in-name", {"readme-crash.txt": GOOD.replace("100", "140")}, 0, None, 2),
    ("notes-word-in-name", {"field-notes.md": GOOD.replace("100", "150")}, 0, None, 2),
]


@pytest.mark.parametrize("name, files, status, message, n_articles", CASES, ids=[c[0] for c in CASES])
def test_bad_input(tmp_path, name, files, status, message, n_articles):
    d = tmp_path / "arts"
    _write(d, "good.txt", GOOD)
    for fname, content in files.items():
        _write(d, fname, content)
    extra = ["--max-bytes", "1500"] if name == "big-file" else []
    r = fc("extract", d, "--format", "json", "--published", "2015-11-16", *extra, cwd=tmp_path)
    assert r.returncode == status, r.stderr
    assert "Traceback" not in r.stderr
    if message:
        lines = [line for line in r.stderr.splitlines() if message in line]
        assert len(lines) == 1, r.stderr
        assert lines[0].startswith("factcheck: error: " if status == 2 else "factcheck: note: ")
    else:
        assert "skipped" not in r.stderr, r.stderr
    if status == 0:
        arts = {m["article"] for m in json.loads(r.stdout)["mentions"]}
        assert "good" in arts
        assert len(arts) <= n_articles


def test_a_repository_document_named_on_the_command_line_is_read(tmp_path):
    d = tmp_path / "arts"
    _write(d, "good.txt", GOOD)
    readme = _write(d, "README.md", GOOD.replace("100", "160"))
    r = fc("extract", readme, "--format", "json", "--published", "2015-11-16", cwd=tmp_path)
    assert r.returncode == 0 and "skipped" not in r.stderr, r.stderr
    assert {m["article"] for m in json.loads(r.stdout)["mentions"]} == {"README"}
    r = fc("extract", d, "--format", "json", "--published", "2015-11-16", cwd=tmp_path)
    assert {m["article"] for m in json.loads(r.stdout)["mentions"]} == {"good"}


def test_missing_path_and_empty_folder(tmp_path):
    r = fc("report", tmp_path / "nope", "-o", tmp_path / "out", cwd=tmp_path)
    assert (r.returncode, r.stderr.strip()) == (2, f"factcheck: error: {tmp_path / 'nope'}: no such file or directory")
    (tmp_path / "empty").mkdir()
    r = fc("report", tmp_path / "empty", "-o", tmp_path / "out", cwd=tmp_path)
    assert (r.returncode, r.stderr.strip()) == (2, f"factcheck: error: {tmp_path / 'empty'}: folder holds no files")
    assert not (tmp_path / "out").exists()


def test_symlink_loop_is_skipped(tmp_path):
    d = tmp_path / "arts"
    _write(d, "good.txt", GOOD)
    os.symlink(d / "loop.txt", d / "loop.txt")
    os.symlink(d, d / "sub")  # a folder linking to itself is not followed
    r = fc("extract", d, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "loop.txt: skipped, too many levels of symbolic links" in r.stderr


def test_unreadable_file_is_exit_2_naming_it(tmp_path, monkeypatch):
    from factcheck import corpus
    from factcheck.errors import UserInputError

    d = tmp_path / "arts"
    _write(d, "good.txt", GOOD)
    locked = _write(d, "locked.txt", GOOD.replace("100", "5"))
    real = type(locked).read_bytes

    def deny(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(type(locked), "read_bytes", deny)
    with pytest.raises(UserInputError) as e:
        corpus.read_articles([str(d)])
    assert str(e.value) == f"{locked}: cannot read: Permission denied"


def test_a_one_megabyte_line_is_read_in_bounded_time(tmp_path):
    import time

    d = tmp_path / "arts"
    line = ("the talks went on and on, " * 40000)[:999_000] + " and 12 people were killed on Friday."
    _write(d, "long.txt", line)
    t0 = time.perf_counter()
    r = fc("report", d, "-o", tmp_path / "out", "--published", "2015-11-16", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert time.perf_counter() - t0 < 60
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    (claim,) = [c for f in report["findings"] for c in f["claims"] if c["text"] == "12 people"]
    assert claim["line"] == 1 and claim["column"] == 999_006


# Under re.IGNORECASE a pattern's "s", "i" and "k" also match "ſ", "ı" (and "İ") and the Kelvin
# sign: a table keyed by the ASCII word that such a match looks up must still find it
# (``vocab.FoldedKeys``). Each sweep rewrites every text of the rules' own cases and reads them
# as a few articles at once, to keep the run short. The "ı" and the "ſ" go in sweeps of their
# own: together, a word read by lower-casing holds one and is missed, and so is what it opens.
SWEEPS = {
    "long-s-and-kelvin-sign": lambda s: s.replace("s", "ſ").replace("k", "\u212a"),
    "dotless-i-and-dotted-capital-i": lambda s: s.replace("i", "ı").replace("I", "İ"),
    "upper-case": str.upper,
}


def _rule_case_texts() -> list[str]:
    import yaml

    texts: set[str] = set()

    def walk(x):
        if isinstance(x, str):
            if len(x) > 25:
                texts.add(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    for path in sorted(RULES.glob("*.test.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return sorted(texts)


@pytest.mark.parametrize("sweep", SWEEPS, ids=list(SWEEPS))
def test_letters_an_ignore_case_pattern_folds_crash_nothing(sweep):
    from factcheck.engine import select_claims
    from factcheck.rules import load_rules

    change = SWEEPS[sweep]
    texts = [u for t in _rule_case_texts() if (u := change(t)) != t]
    n = 20
    articles = [article(f"a{i}", "\n\n".join(texts[i::n]), "2026-11-18") for i in range(n)]
    select_claims(articles, load_rules([RULES]))  # raises on a key the table does not fold

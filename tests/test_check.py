"""`factcheck check` as a CI gate in a repository of articles (issue 6 scenario)."""

import os
import shutil
import subprocess
import sys

import pytest

from helpers import SEEDS

NEW_TOLL = ("New figures from the front\n\nMay 14, 2015\n\n"
            "More than 9,000 people have been killed in the Ukraine conflict, the United Nations said.\n")
CONSISTENT = ("Another view of the visit\n\nMay 13, 2015\n\n"
              "The conflict has cost more than 6,000 lives, the United Nations said on Tuesday.\n")


def sh(*args, cwd):
    r = subprocess.run(list(args), cwd=cwd, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return r.stdout


def fc(*args, cwd, env=None):
    e = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, text=True, env=e)


@pytest.fixture()
def repo(tmp_path):
    root = tmp_path / "news"
    shutil.copytree(SEEDS, root / "seeds")
    (root / "pyproject.toml").write_text('[tool.factcheck]\npaths = ["seeds"]\nfail-on = "error"\n')
    sh("git", "init", "-q", "-b", "main", cwd=root)
    sh("git", "config", "user.email", "t@example.org", cwd=root)
    sh("git", "config", "user.name", "T", cwd=root)
    sh("git", "add", "-A", cwd=root)
    sh("git", "commit", "-qm", "seeds", cwd=root)
    return root


def commit(root, message):
    sh("git", "add", "-A", cwd=root)
    sh("git", "commit", "-qm", message, cwd=root)


def test_the_ci_scenario(repo):
    # today's findings are known: acknowledge them, and check passes
    r = fc("check", cwd=repo)
    assert r.returncode == 1 and "discrepancy" in r.stdout
    r = fc("acknowledge", "--reason", "seed baseline, reviewed", "--by", "desk", cwd=repo)
    assert r.returncode == 0, r.stderr
    acks = (repo / "factcheck-acknowledged.yaml").read_text()
    assert "reason: seed baseline, reviewed" in acks
    assert fc("check", cwd=repo).returncode == 0
    commit(repo, "acknowledge")

    # a new article brings a toll nobody has looked at: exit 1, naming it with file:line
    (repo / "seeds" / "005_new_toll.txt").write_text(NEW_TOLL)
    commit(repo, "add article")
    r = fc("check", cwd=repo)
    assert r.returncode == 1
    lines = [line for line in r.stdout.splitlines() if ": discrepancy " in line]
    assert lines == [line for line in lines if line.startswith("seeds/005_new_toll.txt:5:1: discrepancy death-toll:")]
    assert len(lines) == 1

    # --since the previous commit reports only that finding
    r = fc("check", "--since", "HEAD~1", cwd=repo)
    assert r.returncode == 1
    assert [line for line in r.stdout.splitlines() if ": discrepancy " in line] == lines

    # acknowledged with a reason, check passes, earlier reasons kept
    r = fc("acknowledge", "--reason", "toll updated by the UN on May 14", cwd=repo)
    assert r.returncode == 0
    acks = (repo / "factcheck-acknowledged.yaml").read_text()
    assert "seed baseline, reviewed" in acks and "toll updated by the UN on May 14" in acks
    assert fc("check", cwd=repo).returncode == 0
    commit(repo, "acknowledge toll")

    # a consistent article still passes
    (repo / "seeds" / "006_consistent.txt").write_text(CONSISTENT)
    commit(repo, "consistent")
    r = fc("check", cwd=repo)
    assert r.returncode == 0, r.stdout

    # reformatting an old article's line breaks still passes
    old = repo / "seeds" / "004_15224151deac1bcf.txt"
    old.write_bytes(old.read_bytes().replace(b"\n", b"\r\n"))
    commit(repo, "crlf")
    assert fc("check", cwd=repo).returncode == 0


def test_exit_zero_and_unknown_revision_on_shallow_history(repo):
    assert fc("check", "--exit-zero", cwd=repo).returncode == 0
    r = fc("check", "--since", "v0.0-missing", cwd=repo)
    assert r.returncode == 2
    assert r.stderr.strip() == "factcheck: error: v0.0-missing: revision not found"
    shallow = repo.parent / "shallow"
    sh("git", "clone", "-q", "--depth", "1", f"file://{repo}", str(shallow), cwd=repo.parent)
    r = fc("check", "--since", "HEAD~1", cwd=shallow)
    assert r.returncode == 2
    assert "shallow clone" in r.stderr and "fetch-depth: 0" in r.stderr


def test_github_format_is_chosen_under_actions_and_output_is_atomic(repo):
    r = fc("check", cwd=repo, env={"GITHUB_ACTIONS": "true"})
    assert r.returncode == 1
    assert r.stdout.startswith("::error file=seeds/")
    out = repo / "out" / "check.sarif"
    r = fc("check", "--format", "sarif", "--output", str(out), cwd=repo)
    assert r.returncode == 1 and r.stdout == ""
    assert '"version": "2.1.0"' in out.read_text() or '"version":"2.1.0"' in out.read_text()


def test_expired_and_stale_acknowledgements_are_reported(repo):
    (repo / "factcheck-acknowledged.yaml").write_text(
        "acknowledged:\n- id: '0000000000000000'\n  fact: gone\n  reason: old\n"
        "- id: ffffffffffffffff\n  fact: expired\n  reason: old\n  expires: 2000-01-01\n")
    r = fc("check", "--exit-zero", cwd=repo)
    assert "stale acknowledgement 0000000000000000 (gone)" in r.stderr
    assert "acknowledgement ffffffffffffffff (expired) expired on 2000-01-01" in r.stderr


def test_fail_on_sets_the_lowest_failing_severity(tmp_path):
    d = tmp_path / "arts"
    d.mkdir()
    (d / "a.txt").write_text("It was Kerry's first visit to Russia since May 2013.")
    (d / "b.txt").write_text("It was Kerry's first visit to Russia since March 2012.")
    # the previous-visit rule reports a warning: not a failure at the default level
    r = fc("check", str(d), "--published", "2015-05-12", cwd=tmp_path)
    assert r.returncode == 0, r.stdout
    r = fc("check", str(d), "--published", "2015-05-12", "--fail-on", "warning", cwd=tmp_path)
    assert r.returncode == 1 and "discrepancy previous-visit" in r.stdout


def test_bad_acknowledgements_file_is_exit_2(repo):
    (repo / "factcheck-acknowledged.yaml").write_text("acknowledged: [oops\n")
    r = fc("check", cwd=repo)
    assert r.returncode == 2 and r.stderr.startswith("factcheck: error: ")
    assert "factcheck-acknowledged.yaml" in r.stderr


def test_this_repositorys_own_gate_passes():
    """The seeds' known discrepancies are acknowledged in factcheck-acknowledged.yaml."""
    root = SEEDS.parent
    r = fc("check", cwd=root)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "stale acknowledgement" not in r.stderr

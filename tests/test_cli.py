"""The command line: exit statuses, one-line errors, nothing lost on error."""

import json
import subprocess
import sys

import pytest

from helpers import SEEDS


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "factcheck", *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda d: d / "nope", "no such file or directory"),
        (lambda d: (d / "empty").mkdir() or d / "empty", "folder holds no files"),
        (lambda d: ((d / "m").mkdir(), (d / "m" / "a.txt").write_text("x"), (d / "m" / "sources.yaml").write_text("a: [1, 2")) and d / "m",
         "not valid YAML"),
        (lambda d: ((d / "s").mkdir(), (d / "s" / "a.txt").write_text("x"), (d / "s" / "sources.yaml").write_text("a:\n  published: someday\n")) and d / "s",
         "a.published"),
        (lambda d: ((d / "i").mkdir(), (d / "i" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")) and d / "i", "no articles found"),
    ],
    ids=["missing-path", "empty-folder", "sidecar-not-yaml", "sidecar-bad-date", "only-images"],
)
def test_bad_input_is_one_line_exit_2(tmp_path, make, expected):
    target = make(tmp_path)
    for cmd in ("extract", "report"):
        r = run(cmd, target, *(["-o", tmp_path / "out"] if cmd == "report" else []))
        assert r.returncode == 2, r.stderr
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("factcheck: error: ")
        assert expected in lines[0] and "Traceback" not in r.stderr


def test_malformed_rule_file_is_one_line_exit_2_and_keeps_old_report(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.md").write_text("previous report")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.yaml").write_text("id: bad\nkind: count\ntrigger: [oops\n")
    r = run("report", SEEDS, "--rules", rules, "-o", out)
    assert r.returncode == 2
    assert r.stderr.startswith(f"factcheck: error: {rules / 'bad.yaml'}:") and "not valid YAML" in r.stderr
    assert (out / "report.md").read_text() == "previous report"


def test_rule_with_unknown_key_names_the_field(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "x.yaml").write_text("id: x\nfact: f\ndescription: d\nwhy: w\nkind: count\nmessage: m\ntrigers: [a]\n")
    r = run("report", SEEDS, "--rules", rules, "-o", tmp_path / "out")
    assert r.returncode == 2 and "trigers" in r.stderr


def test_images_and_json_are_skipped_with_a_note(tmp_path):
    d = tmp_path / "arts"
    d.mkdir()
    (d / "a.txt").write_text("More than 100 people were killed on Friday.")
    (d / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    (d / "data.json").write_text("{}")
    r = run("extract", d, "--format", "json")
    assert r.returncode == 0, r.stderr
    assert "photo.jpg: skipped" in r.stderr and "data.json: skipped" in r.stderr
    doc = json.loads(r.stdout)
    assert [m["text"] for m in doc["mentions"]] == ["More than 100 people", "Friday"]
    assert doc["mentions"][1]["value"]["resolved"] is False


def test_published_option_resolves_relative_dates(tmp_path):
    d = tmp_path / "arts"
    d.mkdir()
    (d / "a.txt").write_text("The attack happened on Friday.")
    r = run("extract", d, "--format", "json", "--published", "2015-11-16")
    (m,) = json.loads(r.stdout)["mentions"]
    assert (m["value"]["low"], m["value"]["resolved"]) == ("2015-11-13", True)
    assert run("extract", d, "--published", "2015-02-30").returncode == 2


def test_extract_text_lists_file_line_column(tmp_path):
    r = run("extract", SEEDS / "004_15224151deac1bcf.txt")
    assert r.returncode == 0
    assert "seeds/004_15224151deac1bcf.txt:37:169: count 'More than 6,100 people' = 6100..6200 person (more_than, killed)" in r.stdout


def test_windows_1252_and_crlf_are_read(tmp_path):
    d = tmp_path / "arts"
    d.mkdir()
    (d / "a.txt").write_bytes("The bank\x92s losses reached \x80 4.5bn on Friday.\r\nIt was the worst year.\r\n".encode("latin-1"))
    r = run("extract", d, "--format", "json", "--published", "2013-03-25")
    assert r.returncode == 0, r.stderr
    (money, day) = json.loads(r.stdout)["mentions"]
    assert money["text"] == "€ 4.5bn" and money["value"]["unit"] == "EUR"
    assert day["line"] == 1


def test_metadata_comes_from_the_text_and_the_sidecar_overrides_it(tmp_path):
    from factcheck.corpus import read_articles

    arts, _ = read_articles([str(SEEDS)])
    by_id = {a.id: a for a in arts}
    assert all(a.published.isoformat() == "2015-05-12" for a in arts)
    assert by_id["002_9c3540a17e72d87f"].published_from == "sidecar"
    d = tmp_path / "plain"
    d.mkdir()
    for name in ("001_b6b8575083d17127.txt", "003_5ef7398ab5a10db7.txt", "000_8eca71b99d517146.txt"):
        (d / name).write_bytes((SEEDS / name).read_bytes())
    arts, _ = read_articles([str(d)])
    for a in arts:
        assert a.published.isoformat() == "2015-05-12" and a.published_from == "text", a.id
    outlets = {a.id[:3]: a.outlet for a in arts}
    assert outlets["000"] == "themoscowtimes.com" and outlets["003"] == "csmonitor.com"
    assert {a.id[:3]: a.title for a in arts}["001"] == "Kerry Arrives in Russia for Talks With Vladimir Putin on Cooperation"


def test_markdown_front_matter_sets_metadata(tmp_path):
    d = tmp_path / "md"
    d.mkdir()
    (d / "a.md").write_text("---\ntitle: A story\npublished: 2015-11-16\n---\nThe attack happened on Friday.\n")
    from factcheck.corpus import read_articles
    from factcheck.extract import extract_mentions

    (a,), _ = read_articles([str(d)])
    assert (a.title, a.published.isoformat(), a.published_from) == ("A story", "2015-11-16", "front-matter")
    (m,) = extract_mentions(a)
    assert m.text == "Friday" and m.value.low == "2015-11-13" and m.line == 5


def _clusters(root, spec):
    """Cluster folders under ``root``: name -> the seed files it holds."""
    for name, files in spec.items():
        d = root / name
        d.mkdir(parents=True)
        for f in files:
            (d / f.name).write_bytes(f.read_bytes())
    return root


def test_clusters_gives_one_report_per_subfolder_same_as_one_run_each(tmp_path):
    seeds = sorted(SEEDS.glob("*.txt"))
    root = _clusters(tmp_path / "clusters", {"kerry-a": seeds[:3], "kerry-b": seeds[3:]})
    r = run("report", "--clusters", root, "-o", tmp_path / "out", "--published", "2015-05-12")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("kerry-a: 3 articles") and "\nkerry-b: 2 articles" in r.stdout
    for name in ("kerry-a", "kerry-b"):
        alone = tmp_path / f"alone-{name}"
        assert run("report", root / name, "-o", alone, "--published", "2015-05-12").returncode == 0
        for report in ("report.json", "report.md"):
            assert (tmp_path / "out" / name / report).read_bytes() == (alone / report).read_bytes()


def test_clusters_a_bad_cluster_is_reported_and_the_others_still_written(tmp_path):
    seeds = sorted(SEEDS.glob("*.txt"))
    root = _clusters(tmp_path / "clusters", {"good": seeds[:2], "empty": []})
    r = run("report", "--clusters", root, "-o", tmp_path / "out")
    assert r.returncode == 2
    assert r.stderr.strip() == f"factcheck: error: {root / 'empty'}: folder holds no files"
    assert "empty: skipped" in r.stdout
    assert (tmp_path / "out" / "good" / "report.json").exists()
    assert not (tmp_path / "out" / "empty").exists()


def test_clusters_with_jobs_write_what_one_process_writes(tmp_path):
    seeds = sorted(SEEDS.glob("*.txt"))
    spec = {f"kerry-{k}": seeds[k % 3:k % 3 + 3] for k in range(6)} | {"empty": []}
    root = _clusters(tmp_path / "clusters", spec)
    runs = {3: run("report", "--clusters", root, "-o", tmp_path / "out", "--published", "2015-05-12", "--jobs", 3)}
    (tmp_path / "out").rename(tmp_path / "out-3")  # so that both runs print the same paths
    runs[1] = run("report", "--clusters", root, "-o", tmp_path / "out", "--published", "2015-05-12", "--jobs", 1)
    for r in runs.values():
        assert r.returncode == 2  # the empty cluster
        assert r.stderr.strip() == f"factcheck: error: {root / 'empty'}: folder holds no files"
    # the console reads the same, in cluster order, and every report is byte for byte the same
    assert runs[3].stdout == runs[1].stdout
    assert [line.split(":")[0] for line in runs[1].stdout.splitlines() if not line.startswith("wrote")] == sorted(spec)
    for name in spec:
        for report in ("report.json", "report.md"):
            one, three = tmp_path / "out" / name / report, tmp_path / "out-3" / name / report
            assert one.exists() == (name != "empty")
            assert not one.exists() or one.read_bytes() == three.read_bytes()


def test_jobs_without_clusters_is_an_error(tmp_path):
    r = run("report", SEEDS, "--jobs", "2", "-o", tmp_path / "out")
    assert r.returncode == 2 and not (tmp_path / "out").exists()
    assert r.stderr.strip() == "factcheck: error: --jobs: works with --clusters only (one folder's report is made in one process)"


@pytest.mark.parametrize("jobs", ["-1", "two"])
def test_jobs_must_be_a_count(tmp_path, jobs):
    r = run("report", "--clusters", tmp_path, "--jobs", jobs)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert f"not a number of processes (0 or more): '{jobs}'" in r.stderr


@pytest.mark.parametrize("with_file", [False, True], ids=["empty-folder", "articles-but-no-cluster-folders"])
def test_clusters_needs_cluster_folders(tmp_path, with_file):
    root = tmp_path / "clusters"
    root.mkdir()
    if with_file:
        (root / "a.txt").write_text("An article.\n")
    r = run("report", "--clusters", root, "-o", tmp_path / "out")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip() == f"factcheck: error: {root}: holds no cluster folders (--clusters reads one report per subfolder)"


def test_clusters_with_one_name_twice_is_an_error(tmp_path):
    seeds = sorted(SEEDS.glob("*.txt"))
    one = _clusters(tmp_path / "one", {"same": seeds[:1]})
    two = _clusters(tmp_path / "two", {"same": seeds[1:2]})
    r = run("report", "--clusters", one, two, "-o", tmp_path / "out")
    assert r.returncode == 2 and "cluster name 'same' is also used by" in r.stderr


@pytest.mark.parametrize("head, published", [
    ("Title of the story here\n\nMay 12, 2015\n\nText.", "2015-05-12"),
    ("Title of the story here\nPublish Date May 12, 2015\nText.", "2015-05-12"),
    ("Title of the story here\nPublished: 12 May 2015\nText.", "2015-05-12"),
    ("Title of the story here\n\n0930 GMT, 12 March 2011\n\nThere has been a blast.", "2011-03-12"),
    ("Title of the story here\nUpdated 10:32 AM ET, Fri March 11, 2011\nText.", "2011-03-11"),
    ("Title of the story here\nTuesday, 12 May 2015\nText.", "2015-05-12"),
    ("Title of the story here\n2015-05-12\nText.", "2015-05-12"),
    # a wire dateline opening the body: place in capitals (or none), date, agency, dash
    ("Title of the story here\n\nATHENS, June 20, 2012 - Greek lawmakers approved the bill.", "2012-06-20"),
    ("Title of the story here\n\nSOCHI, Russia, May 12, 2015 (AP) \u2014 Kerry met Putin.", "2015-05-12"),
    ("Title of the story here\n\nNEW YORK, June 20, 2012 /PRNewswire/ -- Acme said today.", "2012-06-20"),
    ("Title of the story here\n\nJune 21, 2012 - Greek MPs voted on the measures.", "2012-06-21"),
    # the date after the agency's credit or a byline's bar, ending its line or before a dash
    ("Title of the story here\n\nJIPIJAPA, Ecuador (AP) - April 16, 2025\n\nThe toll rose.", "2025-04-16"),
    ("Title of the story here\nCEDAR KEY, Fla. (AP) \u2014 September 25, 2025 \u2014 Orla hit.", "2025-09-25"),
    ("Title of the story here\n\nBy Jane Doe | April 16, 2025\n\nThe toll rose.", "2025-04-16"),
    ("Title of the story here\nUpdated 4:12 PM EDT, Tue April 15, 2025\nText.", "2025-04-15"),
    ("Title of the story here\n\nCEDAR KEY, Fla. (AP) \u2014 Orla hit on September 25, 2025 - at night.", None),
    ("Title of the story here\n\nBy Jane Doe | Staff writer | The bill passed on April 16, 2025 - late.", None),
    # a byline's fields (name, outlet) set off by bars or commas, the date last
    ("Title of the story here\n\nBy Lena Fischer | Ohio Health Weekly | Friday, March 13, 2026\n\nText.", "2026-03-13"),
    ("Title of the story here\n\nBy Lena Fischer | Ohio Health Weekly | March 13, 2026\n\nText.", "2026-03-13"),
    ("Title of the story here\n\nBy Lena Fischer, Friday, March 13, 2026\n\nText.", "2026-03-13"),
    ("Title of the story here\n\nBy Lena Fischer, Ohio Health Weekly, 13 March 2026\n\nText.", "2026-03-13"),
    ("Title of the story here\n\nBy Friday, March 13, 2026, the hospital had restored its systems.", None),
    ("Title of the story here\n\nBy Jane Doe, the bill passed on April 16, 2025 - late.", None),
    # a dateline with no year takes one only from a URL's path (whose month, if stated, agrees)
    ("Title of the story here\n\nOct 12 (Reuters) - He won.\n\nhttps://www.reuters.com/sports/2025/10/x/", "2025-10-12"),
    ("Title of the story here\n\nOct 12 (Reuters) - He won.\n\nhttps://www.reuters.com/sports/2025/x-idUS/", "2025-10-12"),
    ("Title of the story here\n\nOct 12 (Reuters) - He won.\n\nhttps://www.reuters.com/sports/2025/11/x/", None),
    ("Title of the story here\n\nOct 12 (Reuters) - He won the 2025 race on Sunday.", None),
    ("Title of the story here\n\nGreek lawmakers, June 20, 2012 - voted on the bill.", None),
    ("Title of the story here\n\nIn a speech on June 20, 2012 - the day of the vote - he said so.", None),
    # an outlet's name (or a byline) and a bar before the date, a weekday perhaps before it
    ("Title of the story here\n\nTempo English | Wednesday, 9 July 2025\n\nBy Ika Ningtyas\n\nText.", "2025-07-09"),
    ("Title of the story here\nDaily Nation | Tuesday, June 3, 2025\nBy A Writer\nText.", "2025-06-03"),
    ("Title of the story here\n\nRetail Week | Monday, 17 March 2025 | By George MacDonald\n\nText.", "2025-03-17"),
    ("Title of the story here\n\nThe Star | 5 Aug 2024\n\nText.", "2024-08-05"),
    ("Title of the story here\n\nSports | The bill passed on April 16, 2025 - late.", None),
    # an outlet's name opening with a capital of another script; "by" in small letters; a hyphen
    ("Title of the story here\n\n\u010cT24 | Updated: 14.09.2026 10:05\n\nText.", "2026-09-14"),
    ("Title of the story here\n\n\u010cesk\u00e1 televize | 14 September 2026\n\nText.", "2026-09-14"),
    ("Title of the story here\n\n\u014cita G\u014dd\u014d | 14 September 2026\n\nText.", "2026-09-14"),
    ("Title of the story here\n\nby Jeff Foust \u2014 April 22, 2026\n\nText.", "2026-04-22"),
    ("Title of the story here\n\nBy Jane Doe - 22 April 2026\n\nText.", "2026-04-22"),
    ("Title of the story here\n\nJane Doe, April 22, 2026\n\nText.", "2026-04-22"),
    ("Title of the story here\n\nJane Doe, Wednesday, 22 April 2026\n\nText.", "2026-04-22"),
    ("Title of the story here\n\nJane Doe, April 22, 2026.\n\nText.", None),
    # ... a person's name: not an event's, a body's or a holiday's with the day it falls on
    ("Title of the story here\n\nJason Day, April 22, 2026\n\nText.", "2026-04-22"),
    ("Title of the story here\n\nLim Wei Ming, 22 April 2026\n\nText.", "2026-04-22"),
    ("Title of the story here\n\nElection Day, November 3, 2026\n\nText.", None),
    ("Title of the story here\n\nMemorial Service, Saturday, May 2, 2026\n\nText.", None),
    ("Title of the story here\n\nValencia Marathon, December 6, 2026\n\nText.", None),
    ("Title of the story here\n\nMother's Day, May 10, 2026\n\nText.", None),
    ("Title of the story here\n\nSaturday Market, May 2, 2026\n\nText.", None),
    ("Title of the story here\n\nOfficials said the vote, April 22, 2026\n\nText.", None),
    ("Title of the story here\n\nby Friday \u2014 April 22, 2026 \u2014 the river had risen.", None),
    ("Title of the story here\n\nBy Friday \u2014 April 22, 2026 \u2014 the river had risen.", None),
    ("Title of the story here\n\n\u010cesk\u00e1 river rose on April 22, 2026 - late.", None),
    ("Title of the story here\n\n| Quake | March 11, 2011 |\n\nText.", None),
    # a place written as a word before the agency's credit, a weekday before the date
    ("Title of the story here\n\nJakarta (AFP) - Sunday, July 6, 2025\n\nRescuers found four more bodies.", "2025-07-06"),
    ("Title of the story here\nCape Town, South Africa (AP) \u2014 Friday, 12 September 2025 \u2014 The toll rose.", "2025-09-12"),
    ("Title of the story here\n\nMANILA (Reuters) - Monday, June 2, 2025\n\nThe toll rose.", "2025-06-02"),
    ("Title of the story here\n\nNairobi (AFP) - Lawmakers met on Tuesday, March 4, 2025 - late at night.", None),
    # an ordinal day, on a line of its own or after "Published"
    ("Title of the story here\nBy Martin Creamer\n16th September 2025\n\nText.", "2025-09-16"),
    ("Title of the story here\nPublished 3rd March 2025\nText.", "2025-03-03"),
    ("Title of the story here\nPublished: September 21st, 2024\nText.", "2024-09-21"),
    ("Title of the story here\nOn the 16th September 2025, lawmakers voted to approve the budget for the year ahead.", None),
    ("Title of the story here\nHe finished 16th in September 2025, behind the leaders of the race.", None),
    # a clock time with a zone's offset before the date; a time alone dates nothing
    ("Title of the story here\n\nPublished 6:12 AM GMT+7, July 3, 2025\nText.", "2025-07-03"),
    ("Title of the story here\nUpdated 11:05 PM UTC+5:30, 4 March 2025\nText.", "2025-03-04"),
    ("Title of the story here\nPublished 09:40 GMT-03:00, 5 Jul 2025\nText.", "2025-07-05"),
    ("Title of the story here\n\nPublished 6:12 AM GMT+7\n\nThe ferry sank on Wednesday.", None),
    # "Last updated", a clock time with its zone after the date, a place in capitals and a dash
    # before it with no agency's credit
    ("Title of the story here\n\nLast updated: Sunday 22 November 2026, 16:30 WIB\n\n16:30 - More news.", "2026-11-22"),
    ("Title of the story here\n\nTRIBUNKALTIM.CO, BALIKPAPAN \u2014 Sunday, 22 November 2026 20:05 WITA\n\nText.", "2026-11-22"),
    ("Title of the story here\n\nSEOUL \u2014 Tuesday, March 4, 2025 9:15 AM KST\n\nText.", "2025-03-04"),
    ("Title of the story here\n\nSEOUL \u2014 Officials met on Tuesday, March 4, 2025 - late.", None),
    ("Title of the story here\n\nUpdate : 20 Nov 2026, 09:15 AM\n\nText.", "2026-11-20"),
    ("Title of the story here\n\nInDaily \u2014 Friday, 20 November 2026\n\nText.", "2026-11-20"),
    ("Title of the story here\n\nThe minister \u2014 who spoke on Friday, 20 November 2026 \u2014 said so.", None),
    # the day, month and year in figures: one reading only, or the one the weekday fits
    ("Title of the story here\n\nJakarta (AFP) \u2013 Published on: 23/11/2026 - 09:40\n\nText.", "2026-11-23"),
    ("Title of the story here\n\ng1 SC \u2014 Published 14/11/2026 10h02 | Updated 14/11/2026 15h30\n\nText.", "2026-11-14"),
    ("Title of the story here\nDate: 5/13/2015\nText.", "2015-05-13"),
    ("Title of the story here\nIssued on: 13/11/2025 - 21:15\nText.", "2025-11-13"),
    ("Title of the story here\nFirst published on Thu 13 Nov 2025 09.15 GMT\nText.", "2025-11-13"),
    ("Title of the story here\nModified: 14/11/2025 - 08:02\nText.", "2025-11-14"),
    ("Title of the story here\nIssued by the ministry on 13/11/2025, the order took effect at once.", None),
    ("Title of the story here\nDate: 13.05.2015\nText.", "2015-05-13"),
    ("Title of the story here\nPosted: Monday, 09/11/2026\nText.", "2026-11-09"),
    ("Title of the story here\nPosted: Friday, 09/11/2026\nText.", "2026-09-11"),
    ("Title of the story here\nDate: 05/12/2015\nText.", None),                 # either way: unread
    ("Title of the story here\nPosted: Wednesday, 09/11/2026\nText.", None),   # a weekday of neither
    ("Title of the story here\nDate: 09.11.2026\nText.", "2026-11-09"),        # dots: the day first
    ("Title of the story here\nThe score was 3/4/2015 by the end of the night, officials said.", None),
    # a wire's "Published" or "Updated" stamp, with its clock time and zone, after the credit
    ("Title of the story here\n\nBANJARNEGARA, Indonesia (AP) \u2014 Published 9:05 AM GMT+7, November 14, 2026\n\nText.", "2026-11-14"),
    ("Title of the story here\n\nLIMA, Peru (AP) \u2014 Updated 6:12 PM GMT+7, November 16, 2026\n\nText.", "2026-11-16"),
    ("Title of the story here\n\nNEW YORK (AP) \u2014 Published 11:48 PM EST, November 16, 2026\n\nText.", "2026-11-16"),
    ("Title of the story here\n\nJakarta (AFP) - Updated 6:12 PM GMT+7, November 16, 2026\n\nText.", "2026-11-16"),
    ("Title of the story here\n\nNEW YORK (AP) \u2014 Published 11:48 PM EST\n\nThe sale was on November 16, 2026.", None),
    ("Title of the story here\n\nLIMA, Peru (AP) \u2014 Published 3:10 PM EST, November 22, 2026\n\n"
     "A bus fell on Saturday, November 21, 2026 - at dawn.", "2026-11-22"),
    ("Title of the story here\n\nLIMA, Peru (AP) \u2014 Officials met at 9:05 AM on November 14, 2026 - late.", None),
    # a site's own forms: a place and a slash, an outlet's name and a dash, capital month abbreviations
    ("Title of the story here\n\nThe Jakarta Post\nJakarta / Sat, November 14, 2026 / 07:30 pm\n\nText.", "2026-11-14"),
    ("Title of the story here\n\nEL PA\u00cdS | Madrid - 18 NOV 2026 - 14:30 CET\n\nText.", "2026-11-18"),
    ("Title of the story here\n\nKOMPAS.com - Sunday, 15 November 2026 | 11:20 WIB\n\nText.", "2026-11-15"),
    ("Title of the story here\n\nRescuers in Jakarta / Bandung searched on Sat, November 14, 2026 / at night.", None),
    ("Title of the story here\n\nThe rescuers said - on Sunday, 15 November 2026 - that the search was over.", None),
    ("Title of the story here\n\nBy Jane Doe\n\u00a9 Nov 2026 The Weekly. All rights reserved.\n\nText.", None),
    # another language's label and its "on" ("Actualizado el", "Publié le")
    ("Title of the story here\n\nRPP Noticias | Redacci\u00f3n RPP\nActualizado el 22/11/2026, 11:30 a.m.\n\nText.", "2026-11-22"),
    ("Title of the story here\nPubli\u00e9 le 3 mars 2025\nText.", "2025-03-03"),
    # a date in another language's words (an English edition's dateline)
    ("Title of the story here\n\nLunes 16 de noviembre de 2026, 23:10\n\nText.", "2026-11-16"),
    ("Title of the story here\n\nBioBioChile | Martes 17 noviembre de 2026 | 20:41\n\nText.", "2026-11-17"),
    ("Title of the story here\n\nBioBioChile | Actualizado: mi\u00e9rcoles 18 noviembre 2026, 23:40\n\nText.", "2026-11-18"),
    ("Title of the story here\n\nNSC Total | Segunda-feira, 09/11/2026 - 18h40\n\nText.", "2026-11-09"),
    ("Title of the story here\nPubli\u00e9 : 3 mars 2025\nText.", "2025-03-03"),
    ("Title of the story here\nMittwoch, 18. November 2026\nText.", "2026-11-18"),
    ("Title of the story here\nAggiornato 5 giugno 2024\nText.", "2024-06-05"),
    # a label after a bar or a byline's comma, a weekday, "at" before the clock time, a space before a link's colon
    ("Title of the story here\n\nCitizen Digital | Updated Wednesday, March 4, 2026 at 18:05 EAT\n\n18:05 EAT - More.", "2026-03-04"),
    ("Title of the story here\n\nThe Star | Published Monday, 2 March 2026 at 9:40 AM\n\nText.", "2026-03-02"),
    ("Title of the story here\n\nThe Boston Globe\nBy Jonathan Saltzman Globe Staff, Updated May 20, 2025, 6:12 p.m.\n\nText.", "2025-05-20"),
    ("Title of the story here\n\nBy Jane Doe, Published May 20, 2025\n\nText.", "2025-05-20"),
    ("Title of the story here\n\nThe Kathmandu Post\nPublished at : May 22, 2025\nUpdated at : May 22, 2025 19:40\n\nText.", "2025-05-22"),
    ("Title of the story here\nUpdated at 10:32 AM ET, Fri March 11, 2011\nText.", "2011-03-11"),
    ("Title of the story here\nVer\u00f6ffentlicht am 18. November 2026 um 18:05\nText.", "2026-11-18"),
    ("Title of the story here\n\nSports | The bill passed on Wednesday, March 4, 2026 at 18:05 - late.", None),
    ("Title of the story here\n\nBy Jane Doe, the bill was updated May 20, 2025, 6:12 p.m.\n\nText.", None),
    ("Title of the story here\n\nCitizen Digital | Wednesday, March 4, 2026 at the stadium, fans waited.", None),
    ("Title of the story here\nPublished at the stadium on May 22, 2025, the list ran long.", None),
    # a date inside running text is no dateline
    ("Title of the story here\nThe quake of March 11, 2011 was the strongest ever recorded in Japan, officials said.", None),
    ("Title of the story here\nNo date at all here.", None),
], ids=lambda x: x if x is None or len(x) == 10 else None)
def test_publication_date_from_a_dateline(head, published):
    from factcheck.corpus import detect_metadata

    got = detect_metadata(head).published
    assert (got.isoformat() if got else None) == published


def test_a_wire_dateline_is_a_sentence_of_its_own():
    # the dateline's place is not the first sentence's subject, nor its date the sentence's date
    from factcheck.corpus import build_article

    text = "Title of the story here\n\nATHENS, June 20, 2012 (AP) - Lawmakers approved the bill on Wednesday. It passed."
    a = build_article("a", "a.txt", text)
    assert [text[s.start:s.end] for s in a.sentences][1:] == [
        "ATHENS, June 20, 2012 (AP) -", "Lawmakers approved the bill on Wednesday.", "It passed."]


@pytest.mark.parametrize("line,split", [
    ("KELSO, March 2 (Reuters) - Lawmakers approved the bill.", True),
    ("TALLAHASSEE, Fla., Sept 14 (Reuters) - Lawmakers approved the bill.", True),
    # no agency's credit: a place in capitals before the date still marks a dateline, while a
    # place written as a word opens a sentence
    ("KELSO, March 2 - Lawmakers approved the bill.", True),
    ("CHIKWAWA, Malawi, July 5 - Lawmakers approved the bill.", True),
    ("Oct 12 (Reuters) - Lawmakers approved the bill.", True),
    # a town written as a word (perhaps with its state) is a dateline's when an agency's credit follows
    ("Lima, Nov. 25 (ANDINA) \u2014 The ministry announced a plan.", True),
    ("Deoghar (Jharkhand), Nov 23 (PTI) \u2014 At least 12 devotees were killed.", True),
    ("Beijing, Nov. 20 (Xinhua) -- Lawmakers approved the bill.", True),
    ("Lima, Nov. 25 (Wednesday) - Lawmakers approved the bill.", False),
    ("Lima, the capital, on Nov. 25 (ANDINA) - said it would act.", False),
    ("Kelso, March 2 - Lawmakers approved the bill.", False),
    ("March 2 (Monday) - Lawmakers approved the bill.", False),
    ("US, March 2 - Lawmakers approved the bill.", False),
    ("Lawmakers met on March 2 (Monday) - and approved the bill.", False),
])
def test_a_wire_dateline_without_a_year_is_a_sentence_of_its_own(line, split):
    from factcheck.corpus import build_article

    text = "Title of the story here\n\n" + line
    a = build_article("a", "a.txt", text)
    assert (len(a.sentences) == 3) == split
    assert a.published is None


def test_a_reader_that_goes_away_ends_the_run_quietly(monkeypatch, capsys, tmp_path):
    from factcheck import cli

    def closed_pipe(args):
        raise BrokenPipeError

    monkeypatch.setitem(cli.COMMANDS, "extract", closed_pipe)
    out = open(tmp_path / "stdout", "w")
    monkeypatch.setattr(sys, "stdout", out)
    assert cli.main(["extract", str(SEEDS)]) == 141
    assert "internal error" not in capsys.readouterr().err

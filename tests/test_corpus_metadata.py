"""The quick ways ``corpus`` finds a publication date find what a plain search finds."""

import datetime as dt
import random
import re

import pytest

from factcheck import corpus

PIECES = ["Published", "published on", "PUBLISH DATE", "Publish Date:", "Posted", "posted on", "Updated:", "Date:",
          "May 12, 2015", "12 May 2015", "2015-05-12", "Tue., Nov. 3, 2015", "10:32 AM ET, Fri March 11, 2011",
          "0930 GMT, 12 March 2011", "Sept 9 2014", "republished", "unposted", "The", "talks", "\n", "\n\n", " ",
          "Last updated:", "Actualizado:", "09/11/2026", "23.11.2026", "Lunes", "segunda-feira", "Actualizado", "Mis à jour", "Last", "16 de noviembre de 2026",
          "18. November 2026", "  \t", ":", ",", "-", "İ", "ı", "ſ", "Poſted", "Publıshed", "é", "K", "\u212a", "x" * 30, "“", "’", "—"]


def _texts(n, seed):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(PIECES) + rng.choice(["", " ", "\n"]) for _ in range(rng.randint(1, 14)))


def test_the_publish_phrase_is_found_where_the_search_finds_it():
    for head in _texts(20000, 3):
        fast, slow = corpus._publish_phrase(head), corpus._PUBLISH_PHRASE.search(head)
        assert (fast and fast.span(), fast and fast.groupdict()) == (slow and slow.span(), slow and slow.groupdict()), head


@pytest.mark.parametrize("line, openers", [("_DATELINE", "_DATELINE_OPENERS"),
                                           ("_FOREIGN_DATELINE", "_FOREIGN_DATELINE_OPENERS")])
def test_the_dateline_lookahead_changes_no_match(line, openers):
    pattern = getattr(corpus, line)
    lookahead = rf"(?=[{getattr(corpus, openers)}\d])"
    plain = re.compile(pattern.pattern.replace(lookahead, ""), pattern.flags)
    assert plain.pattern != pattern.pattern
    for head in _texts(20000, 4):
        fast, slow = pattern.search("\n" + head), plain.search("\n" + head)
        assert (fast and fast.span()) == (slow and slow.span()), head


# A wire dateline with a month and day but no year ("JAKARTA, July 3 (Reuters) -") takes the year
# that puts it nearest its cluster's dated articles, when that is within 45 days of every one of them.
_REUTERS = "Ferry sinks off Bali, four dead\n\nJAKARTA, {} (Reuters) - At least four people died on Wednesday.\n"
_DATED = "Toll rises to six in ferry sinking\n\n{}\n\nThe toll rose to six on Friday.\n"


@pytest.mark.parametrize("dateline, siblings, published", [
    ("July 3", ["Friday, July 4, 2025", "5 July 2025"], "2025-07-03"),
    ("Dec 30", ["January 2, 2026"], "2025-12-30"),          # across the new year
    ("Oct 14", ["October 20, 2025", "Oct 14, 2025"], "2025-10-14"),
    ("July 3", ["March 1, 2025", "November 1, 2025"], None),  # a wide spread: no year is near them all
    ("Oct 12", ["January 10, 2025"], None),                 # too far from its one dated sibling
    ("July 3", [], None),                                   # no dated sibling
    ("July 3", ["No date at all here."], None),
])
def test_a_dateline_without_a_year_takes_its_clusters_year(tmp_path, dateline, siblings, published):
    _assert_dated_by_cluster(tmp_path, "a_reuters", _REUTERS.format(dateline), siblings, published, "year")


def _assert_dated_by_cluster(tmp_path, name, text, siblings, published, why):
    """Article ``name`` read with dated ``siblings`` is dated ``published`` by its cluster (or, with
    None, left undated), and a note naming it says ``why`` exactly when it is."""
    (tmp_path / f"{name}.txt").write_text(text)
    for i, s in enumerate(siblings):
        (tmp_path / f"b{i}.txt").write_text(_DATED.format(s))
    articles, notes = corpus.read_articles([str(tmp_path)])
    a = next(a for a in articles if a.id == name)
    assert (a.published.isoformat() if a.published else None) == published
    assert (a.published_from == "cluster") == (published is not None)
    path = f"{tmp_path / name}.txt: "  # (the path holds the test's name, which may hold ``why``)
    assert any(n.startswith(path) and why in n[len(path):] for n in notes) == (published is not None)


# The same with a town written as a word, as Indian, Latin American and Chinese wires write it: an
# agency's credit follows the day, and a dash or nothing more on the line.
@pytest.mark.parametrize("line, published", [
    ("Lima, Nov. 25 (ANDINA).", "2026-11-25"),
    ("Lima, Nov. 25 (ANDINA) \u2014 The ministry announced a plan.", "2026-11-25"),
    ("Deoghar (Jharkhand), Nov 23 (PTI) \u2014 At least 12 devotees were killed.", "2026-11-23"),
    ("New Delhi, Nov 23 (IANS)", "2026-11-23"),
    ("Beijing, Nov. 20 (Xinhua) -- The toll rose.", "2026-11-20"),
    ("S\u00e3o Paulo, Nov. 20 (EFE) - The toll rose.", "2026-11-20"),
    ("Lima, the capital, on Nov. 25 said it would act.", None),
    ("Lima, Nov. 25 (Wednesday) - the ministry said.", None),
    ("Lima, Nov. 25 - the ministry said.", None),
    ("Officials in Lima, Nov. 25 (ANDINA) - said so.", None),
])
def test_a_dateline_after_a_town_written_as_a_word_takes_its_clusters_year(tmp_path, line, published):
    text = f"Plan announced after the crash\n\n{line}\n\nThe bus fell into a ravine on Sunday.\n"
    _assert_dated_by_cluster(tmp_path, "a_wire", text, ["November 22, 2026"], published, "year")


@pytest.mark.parametrize("head, undated", [
    ("Ferry sinks off Bali\n\nThe ferry sank on Wednesday.\n", True),
    ("Ferry sinks off Bali\n\nCitizen Digital | Updated Wednesday, March 4, 2026 at 18:05 EAT\n\nText.\n", False),
    ("Ferry sinks off Bali\n\nJAKARTA, July 3 (Reuters) - The ferry sank.\n", False),  # dated by its cluster
])
def test_an_undated_article_is_named_in_the_notes(tmp_path, head, undated):
    # the report's table shows "unknown"; the notes say why and what it costs
    (tmp_path / "a.txt").write_text(head)
    (tmp_path / "b.txt").write_text(_DATED.format("Friday, July 4, 2025"))
    articles, notes = corpus.read_articles([str(tmp_path)])
    assert [n for n in notes if "no publication date found" in n] == (
        [f"{tmp_path / 'a.txt'}: {corpus._UNDATED}"] if undated else [])
    assert corpus.read_articles([str(tmp_path)], dt.date(2025, 7, 9))[1] == []


def test_a_cluster_year_gives_way_to_a_sidecar_and_to_published(tmp_path):
    (tmp_path / "a_reuters.txt").write_text(_REUTERS.format("July 3"))
    (tmp_path / "b.txt").write_text(_DATED.format("Friday, July 4, 2025"))
    a = next(a for a in corpus.read_articles([str(tmp_path)], dt.date(2025, 7, 9))[0] if a.id == "a_reuters")
    assert (a.published, a.published_from) == (dt.date(2025, 7, 9), "option")
    (tmp_path / "sources.yaml").write_text("a_reuters:\n  published: 2024-07-03\n")
    a = next(a for a in corpus.read_articles([str(tmp_path)])[0] if a.id == "a_reuters")
    assert (a.published, a.published_from) == (dt.date(2024, 7, 3), "sidecar")


def test_a_month_and_day_in_running_text_take_no_clusters_year(tmp_path):
    (tmp_path / "a.txt").write_text("Ferry sinks off Bali, four dead\n\nKelso, July 3 - the ferry sank.\n"
                                    "Officials met on July 3 (Thursday) - and said so.\n")
    (tmp_path / "b.txt").write_text(_DATED.format("Friday, July 4, 2025"))
    a = next(a for a in corpus.read_articles([str(tmp_path)])[0] if a.id == "a")
    assert a.published is None


# A dateline in figures that reads both ways ("09/11/2026") takes the reading near its cluster's
# dated articles, when only one of the two is within 45 days of every one of them.
_FIGURES = "Oil reaches the coast\n\nNSC Total | {}\n\nThe oil reached 60 km of coast on Monday.\n"


@pytest.mark.parametrize("dateline, siblings, published", [
    ("09/11/2026 - 18h40", ["Monday, November 16, 2026"], "2026-11-09"),
    ("11/09/2026 - 18h40", ["Monday, November 16, 2026"], "2026-11-09"),   # the month first
    ("09/11/2026 - 18h40", ["September 20, 2026"], "2026-09-11"),
    ("09/11/2026 - 18h40", ["October 10, 2026"], None),                    # both readings near
    ("09/11/2026 - 18h40", ["May 1, 2026"], None),                         # neither near
    ("09/11/2026 - 18h40", [], None),
    ("Wednesday, 09/11/2026", ["Monday, November 16, 2026"], None),        # a weekday of neither reading
    # both near, one far nearer (by two weeks or more): "12/11/2026 – Singapore" among 11 to 20 December
    ("12/11/2026 – Singapore", ["December 11, 2026", "December 12, 2026", "December 20, 2026"], "2026-12-11"),
    ("11/12/2026 – Singapore", ["December 11, 2026", "December 12, 2026", "December 20, 2026"], "2026-12-11"),
    ("12/11/2026 – Singapore", ["November 28, 2026"], None),               # 16 and 13 days off: neither
])
def test_a_dateline_in_figures_read_two_ways_takes_the_reading_near_its_cluster(tmp_path, dateline, siblings, published):
    _assert_dated_by_cluster(tmp_path, "a_figures", _FIGURES.format(dateline), siblings, published, "two ways")


@pytest.mark.parametrize("head", ["Published: 09/11/2026", "Updated 09/11/2026 18h40",
                                  # other outlets' labels: France 24's "Issued on", "First published", "Modified"
                                  "Issued on: 09/11/2026 - 21:15", "First published: 09/11/2026",
                                  "Modified: 09/11/2026 - 22:10",
                                  "SANTOS, 09/11/2026 - The oil reached the coast."])
def test_a_dateline_in_figures_of_any_form_takes_the_reading_near_its_cluster(tmp_path, head):
    # the forms whose patterns have no weekday's group
    _assert_dated_by_cluster(tmp_path, "a_figures", f"Oil reaches the coast\n\n{head}\n\nThe oil reached the coast.\n",
                             ["Monday, November 16, 2026"], "2026-11-09", "two ways")


@pytest.mark.parametrize("body, published", [
    # another date in figures in the article with a part over 12 tells its order
    ("The fund closed on 23/10/2026 and reopened.", "2026-11-09"),
    ("The fund closed on 10/23/2026 and reopened.", "2026-09-11"),
    ("The fund closed on 10/10/2026 and reopened.", None),                 # no part over 12: no order
    # two dates telling opposite orders: neither is taken (and October 10 is near both readings)
    ("The fund closed on 23/10/2026 and reopened on 10/24/2026.", None),
    ("The fund closed on 23.10.2026 and reopened on 10/24/2026.", None),
    ("The fund closed on 23/10/2026 and reopened on 24/10/2026.", "2026-11-09"),   # two of one order
])
def test_a_dateline_in_figures_takes_the_order_of_the_articles_other_dates(tmp_path, body, published):
    _assert_dated_by_cluster(tmp_path, "a_figures", f"Oil reaches the coast\n\nNSC Total | 09/11/2026 - 18h40\n\n{body}\n",
                             ["October 10, 2026"], published, "two ways")

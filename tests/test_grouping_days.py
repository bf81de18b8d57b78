"""Figures told on different days: still a discrepancy between the sources (DESIGN.md),
with a note that says so when each day's sources agree, so that an editor sees the update."""

from helpers import article, findings_with, report

NOTE = "the sources differ only between days"


def _toll(*articles):
    found = findings_with(report(*articles), "12 people")
    assert len(found) == 1
    return found[0]


def test_a_toll_that_rose_between_days_is_a_discrepancy_noted_as_between_days():
    f = _toll(article("a", "The attack killed 12 people, police said.", "2015-05-10"),
              article("b", "The attack killed 12 people, officials said.", "2015-05-10"),
              article("c", "The attack killed 15 people, officials said on Tuesday.", "2015-05-12"))
    assert f.verdict == "discrepancy"
    note = next(n for n in f.notes if n.startswith(NOTE))
    assert "2015-05-10: 12 people" in note and "2015-05-12: 15 people" in note


def test_sources_of_one_day_that_disagree_get_no_such_note():
    f = _toll(article("a", "The attack killed 12 people, police said.", "2015-05-10"),
              article("b", "The attack killed 14 people, officials said.", "2015-05-10"),
              article("c", "The attack killed 15 people, officials said on Tuesday.", "2015-05-12"))
    assert f.verdict == "discrepancy"
    assert not any(n.startswith(NOTE) for n in f.notes)


def test_a_day_whose_source_tells_a_second_figure_no_other_day_tells_gets_no_such_note():
    # one source of the first day gives the toll and a rival figure besides (a leak): that day's
    # sources do not agree among themselves, whatever the shared 12
    f = _toll(article("a", "The attack killed 12 people, police said.", "2015-05-10"),
              article("b", "The attack killed 12 people. Officials said 350 people were killed.", "2015-05-10"),
              article("c", "The attack killed 15 people, officials said on Tuesday.", "2015-05-12"))
    assert f.verdict == "discrepancy"
    assert not any(n.startswith(NOTE) for n in f.notes)


def test_a_day_that_also_tells_an_earlier_days_figure_keeps_the_note():
    # the second figure is the first day's, told again: the news still moved
    f = _toll(article("a", "The attack killed 12 people, police said.", "2015-05-10"),
              article("b", "The attack killed 12 people, officials said.", "2015-05-10"),
              article("c", "The attack killed 15 people, officials said on Tuesday.", "2015-05-12"),
              article("d", "The attack killed 19 people. Officials said 15 people were killed.", "2015-05-13"))
    assert f.verdict == "discrepancy"
    assert any(n.startswith(NOTE) for n in f.notes)


def test_a_figure_on_the_way_told_the_same_day_keeps_the_note():
    # a live blog's morning figure before its evening one, between the day before's and the day's own
    f = _toll(article("a", "The attack killed 12 people, police said.", "2015-05-10"),
              article("b", "The attack killed 15 people, officials said.", "2015-05-11"),
              article("c", "09:00 - Officials said 17 people were killed. 18:10 - The attack killed 19 people.", "2015-05-12"),
              article("d", "The attack killed 19 people, officials said on Tuesday.", "2015-05-12"))
    assert f.verdict == "discrepancy"
    assert any(n.startswith(NOTE) for n in f.notes)


def test_a_live_blog_alone_on_its_day_keeps_the_note():
    # no other source that day to say which figure is the day's own: the morning 17 lies between
    # the day before's 15 and the evening's 19, a figure on the way
    f = _toll(article("a", "The attack killed 12 people, police said.", "2015-05-10"),
              article("b", "The attack killed 15 people, officials said.", "2015-05-11"),
              article("c", "09:00 - Officials said 17 people were killed. 18:10 - The attack killed 19 people.", "2015-05-12"))
    assert f.verdict == "discrepancy"
    assert any(n.startswith(NOTE) for n in f.notes)


def test_a_live_blog_alone_on_its_day_with_a_figure_outside_the_run_gets_no_such_note():
    # a second figure below every other day's: a difference in that day, whichever is its own
    # (though the day before's "more than 15" reaches past the 19 as an interval)
    f = _toll(article("a", "The attack killed 12 people, police said.", "2015-05-10"),
              article("b", "The attack killed more than 15 people, officials said.", "2015-05-11"),
              article("c", "09:00 - Officials said 3 people were killed. 18:10 - The attack killed 19 people.", "2015-05-12"))
    assert f.verdict == "discrepancy"
    assert not any(n.startswith(NOTE) for n in f.notes)


def test_a_source_of_unknown_date_gets_no_such_note():
    f = _toll(article("a", "The attack killed 12 people, police said.", "2015-05-10"),
              article("b", "The attack killed 15 people, officials said.", None))
    assert f.verdict == "discrepancy"
    assert not any(n.startswith(NOTE) for n in f.notes)


def _missing(*articles):
    found = [f for f in report(*articles).findings if f.rule == "missing"]
    assert len(found) == 1, [(f.rule, f.message) for f in found]
    return found[0]


def test_sides_read_in_the_order_the_news_came_in_undated_sides_last_by_value():
    # a missing count that fell day by day, told by articles whose ids and values run the other way
    f = _missing(article("a", "Rescuers said 31 people were still missing.", "2025-07-06"),
                 article("b", "At least 44 people were missing after the sinking.", "2025-07-03"),
                 article("c", "Some 35 people remain missing, officials said.", "2025-07-05"),
                 article("d", "Officials said 50 people were missing.", None),
                 article("e", "Officials said 20 people were missing.", None))
    assert f.verdict == "discrepancy"
    assert [g.articles for g in f.groups] == [("b",), ("c",), ("a",), ("e",), ("d",)]
    assert f.message.endswith("b: At least 44 people; c: Some 35 people; a: 31 people; e: 20 people; d: 50 people")


def test_a_side_is_dated_by_its_earliest_source():
    f = _missing(article("a", "Officials said 12 people were missing.", "2025-07-06"),
                 article("b", "Officials said 12 people were missing.", "2025-07-02"),
                 article("c", "Officials said 9 people were missing.", "2025-07-04"),
                 article("d", "Officials said 9 people were missing.", None))
    assert [set(g.articles) for g in f.groups] == [{"a", "b"}, {"c", "d"}]


def test_the_json_report_lists_sides_in_the_same_order():
    import json

    from factcheck.report.json_report import render
    r = report(article("x", "Rescuers said 31 people were still missing.", "2025-07-06"),
               article("y", "At least 44 people were missing after the sinking.", "2025-07-03"))
    f = next(f for f in json.loads(render(r))["findings"] if f["rule"] == "missing")
    assert [g["articles"] for g in f["groups"]] == [["y"], ["x"]]


# Only a fact that news updates (a rule's moves_with_news) gets the note: a quake's depth,
# a day's cancelled flights, a fine or a debt told differently on two days are a plain discrepancy.

def _only(rule, *articles):
    found = [f for f in report(*articles).findings if f.rule == rule and f.verdict == "discrepancy"]
    assert len(found) == 1, [(f.rule, f.message) for f in report(*articles).findings]
    return found[0]


def test_a_fixed_fact_told_differently_on_two_days_gets_no_update_note():
    depth = _only("distance", article("a", "The earthquake struck at a depth of 10 kilometres.", "2025-04-14"),
                  article("b", "The quake struck at a depth of 35 kilometres, the survey said.", "2025-04-15"))
    flights = _only("flights", article("a", "Airlines cancelled 62 flights on Tuesday.", "2025-06-10"),
                    article("b", "Airlines cancelled 46 flights on Tuesday, the airport said.", "2025-06-11"))
    for f in (depth, flights):
        assert not any(n.startswith(NOTE) for n in f.notes), f.notes


def test_counts_that_run_up_with_the_news_get_the_note():
    for rule, a, b in (
            ("injured", "The blast injured 40 people.", "The blast injured 65 people, officials said."),
            ("missing", "Some 44 people were missing.", "Some 31 people were still missing."),
            ("evacuated", "Authorities evacuated 2,000 people.", "Authorities evacuated 5,000 people.")):
        f = _only(rule, article("a", a, "2025-07-03"), article("b", b, "2025-07-05"))
        assert any(n.startswith(NOTE) for n in f.notes), (rule, f.notes)


# The note says the news moved on: the figures told day by day run one way, or a day's figure
# is one that two sources agree on. A lone source's figure that differs from the one figure told
# on the days before and after it is an odd value amid equal ones, a discrepancy with no update.

def _hostages(*days_values):
    arts = [article(f"s{i}", f"Gunmen are holding {v} hostages, officials said.", day)
            for i, (day, v) in enumerate(days_values)]
    found = [f for f in report(*arts).findings if f.rule == "hostages" and f.verdict == "discrepancy"]
    assert len(found) == 1, [(f.rule, f.verdict, f.message) for f in report(*arts).findings]
    return found[0]


def test_the_update_note_needs_figures_that_run_one_way_or_a_day_two_sources_agree_on():
    cases = [
        # day by day: the figures, whether the note is given
        ((("2025-03-04", 287), ("2025-03-05", 278), ("2025-03-06", 287), ("2025-03-08", 287)), False),
        ((("2025-03-04", 287), ("2025-03-05", 278), ("2025-03-06", 287)), False),
        ((("2025-03-04", 120), ("2025-03-05", 130), ("2025-03-06", 140)), True),
        ((("2025-03-04", 140), ("2025-03-05", 130), ("2025-03-05", 130), ("2025-03-06", 120)), True),
        ((("2025-03-04", 100), ("2025-03-05", 100), ("2025-03-06", 130)), True),
        # a figure that rose and fell again, told by two sources on its day, is news that moved
        ((("2025-03-04", 10), ("2025-03-05", 15), ("2025-03-05", 15), ("2025-03-06", 8)), True),
        # ... not by one source alone amid the figure all others give on the days around it
        ((("2025-03-04", 10), ("2025-03-05", 15), ("2025-03-06", 10)), False),
    ]
    for days, noted in cases:
        f = _hostages(*days)
        assert any(n.startswith(NOTE) for n in f.notes) == noted, (days, f.notes)

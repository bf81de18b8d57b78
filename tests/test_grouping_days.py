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


def test_a_source_of_unknown_date_gets_no_such_note():
    f = _toll(article("a", "The attack killed 12 people, police said.", "2015-05-10"),
              article("b", "The attack killed 15 people, officials said.", None))
    assert f.verdict == "discrepancy"
    assert not any(n.startswith(NOTE) for n in f.notes)

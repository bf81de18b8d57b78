"""The engine on small articles the tests write: scope keeps facts apart,
verdicts follow interval overlap, discrepancies list the agreeing groups."""

import datetime as dt

from helpers import article, findings_with, report


def test_two_venues_death_tolls_are_kept_apart_from_the_total():
    r = report(
        article("a", "At least 89 people were killed at the Bataclan concert hall. In all, 130 people were killed in the attacks."),
        article("b", "Gunmen killed 89 people at the Bataclan. The attacks killed 130 people across the city."),
    )
    venue = findings_with(r, "At least 89 people", "89 people")
    total = findings_with(r, "130 people")
    assert venue and all(f.verdict != "discrepancy" for f in venue)
    assert total and all(f.verdict == "agree" for f in total)
    assert not findings_with(r, "89 people", "130 people")


def test_two_peoples_ages_are_two_facts():
    r = report(
        article("a", "The suspect, John Smith, 28, was arrested. His brother, Peter Jones, 34, was questioned. "
                     "Mr. Smith and Mr. Jones lived in Leeds."),
        article("b", "Police named the suspect as John Smith, 28, of Leeds. Another man, Peter Jones, 34, was also held by police."),
    )
    ages = [f for f in r.findings if f.rule == "age"]
    assert {f.verdict for f in ages} == {"agree"}
    assert len(ages) == 2
    for f in ages:
        assert len({c.mention.value.low for c in f.claims}) == 1


def test_a_toll_that_rose_is_a_discrepancy_listing_both_groups():
    r = report(
        article("early", "At least 127 people were killed in the attacks on Friday night.", "2015-11-14"),
        article("later", "The death toll rose to 129 people on Sunday, officials said.", "2015-11-15"),
        article("later2", "In all 129 people were killed, prosecutors said.", "2015-11-15"),
    )
    (f,) = [f for f in r.findings if f.rule == "death-toll"]
    assert f.verdict == "discrepancy"
    groups = {g.articles: g.value for g in f.groups}
    assert groups[("early",)] == "At least 127 people"
    assert groups[("later", "later2")] == "129 people"
    assert "early: At least 127 people" in f.message and "later and later2: 129 people" in f.message


def test_one_distance_in_two_units_is_compatible():
    r = report(
        article("a", "The ship sank 1,500 miles from the coast."),
        article("b", "The ship sank 2,500km from the coast."),
    )
    (f,) = [f for f in r.findings if f.rule == "distance"]
    assert f.verdict == "compatible"


def test_different_distances_are_a_discrepancy():
    r = report(
        article("a", "The ship sank 150 miles from the coast."),
        article("b", "The ship sank 500km from the coast."),
    )
    (f,) = [f for f in r.findings if f.rule == "distance"]
    assert f.verdict == "discrepancy"


def test_unstated_scope_joins_the_one_stated_value():
    r = report(
        article("a", "More than 6,100 people have been killed since April 2014 in the conflict."),
        article("b", "The conflict has cost more than 6,000 lives."),
    )
    (f,) = [f for f in r.findings if f.rule == "death-toll"]
    assert f.verdict == "compatible"
    assert dict(f.scope) == {"since": ("2014-04",)}


def test_population_keeps_children_apart_from_all_people():
    r = report(
        article("a", "The strike killed 40 people, including 12 children."),
        article("b", "At least 40 people were killed; 15 children died."),
    )
    for f in r.findings:
        if f.rule == "death-toll":
            pops = {c.scope.get("population", ()) for c in f.claims}
            assert len(pops) == 1


def test_joint_scope_is_compared_with_its_parts_and_the_sum_is_shown():
    r = report(
        article("a", "Foreign Minister Sergey Lavrov and Secretary of State John Kerry met for three hours. "
                     "Later, Kerry held two hours of talks with President Vladimir Putin."),
        article("b", "Secretary of State John Kerry held five hours of talks with President Vladimir Putin and his foreign minister."),
    )
    joint = [f for f in r.findings if f.rule == "talks-duration" and f.notes]
    assert joint, [(f.fact, f.verdict, [c.mention.text for c in f.claims]) for f in r.findings]
    f = joint[0]
    assert f.verdict == "discrepancy"
    assert any("scope differs" in n for n in f.notes)
    assert any("add up to 5 h..5 h, consistent" in n for n in f.notes)


def test_unrelated_durations_that_share_a_unit_never_meet():
    r = report(
        article("a", "Russia lifted a five-year ban on the delivery of missiles."),
        article("b", "It was the first visit to Russia in two years."),
    )
    assert not findings_with(r, "five-year", "two years")


def test_relative_dates_resolve_against_each_articles_own_date():
    r = report(
        article("a", "The attack on the embassy happened on Friday.", "2015-11-14"),
        article("b", "Friday's attack on the embassy shocked the city.", "2015-11-16"),
    )
    (f,) = [f for f in r.findings if f.rule == "event-date"]
    assert f.verdict == "agree"
    assert {c.mention.value.low for c in f.claims} == {"2015-11-13"}


def test_every_claim_points_at_its_text():
    r = report(article("a", "At least 127 people were killed on Friday.\r\nIn all 129 people died."),
               article("b", "129 people were killed."))
    texts = {a.id: a.text for a in r.articles}
    for f in r.findings:
        for c in f.claims:
            m = c.mention
            assert texts[m.article][m.start:m.end] == m.text


def test_a_run_pauses_the_cycle_collector_and_restores_it():
    import gc

    from factcheck.engine import cycle_collection_paused

    assert gc.isenabled()
    with cycle_collection_paused():
        assert not gc.isenabled()
        made = [[] for _ in range(1000)]
    assert gc.isenabled()
    # what the run made is in the oldest generation: young collections do not walk it
    assert gc.get_count()[0] < 100
    oldest = {id(x) for x in gc.get_objects(generation=2)}
    assert all(id(x) in oldest for x in made)
    gc.disable()
    try:
        with cycle_collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
    try:
        with cycle_collection_paused():
            raise KeyError
    except KeyError:
        pass
    assert gc.isenabled()


def test_gap_groups_split_only_where_a_wide_gap_opens():
    from factcheck.compare import gap_groups
    from factcheck.models import Claim, Mention, Value, trusted

    def claim(article, low, high):
        v = trusted(Value, kind="date", low=low, high=high, granularity="day")
        m = trusted(Mention, article=article, kind="date", text=low, start=0, end=1, line=1, column=1,
                    sentence=low, sentence_index=0, value=v)
        return trusted(Claim, rule="r", fact="f", mention=m)

    claims = [claim("a", "2011-03-11", "2011-03-11"), claim("b", "2007-07-01", "2007-07-31"),
              claim("c", "2011-03-09", "2011-03-09"), claim("d", "2010-01-01", "2010-12-31")]
    groups = [[c.mention.article for c in g] for g in gap_groups(claims, 180)]
    # 2007 stands alone; 2010 (the whole year) reaches within 180 days of March 2011
    assert groups == [["b"], ["d", "c", "a"]]
    # dates without a year (grouped apart from dated ones) are split by month and day
    undated = [claim("e", "--03-11", "--03-11"), claim("f", "--03-14", "--03-14"), claim("g", "--11-20", "--11-20")]
    assert [[c.mention.article for c in g] for g in gap_groups(undated, 180)] == [["e", "f"], ["g"]]


def test_a_weekday_its_date_does_not_fall_on_is_noted_whatever_the_rule():
    # "Wednesday, March 10" when 10 March 2026 is a Tuesday: noted for the report even where no
    # date rule takes the date ("made the announcement", "From Thursday, January 1")
    r = report(article("a", "Hondo made the announcement on Wednesday, March 10, in Tokyo.\n", "2026-03-11"),
               article("b", "From Thursday, January 1, the minimum wage rises.\n", "2026-10-14"),
               article("c", "Hondo made the announcement on Tuesday, March 10, in Tokyo.\n", "2026-03-11"))
    notes = [n for n in r.skipped if "does not fall on" in n]
    assert notes == ["a weekday its date does not fall on (the date is read as stated): "
                     "a: Wednesday, March 10 (2026-03-10 is a Tuesday); b: Thursday, January 1 (2027-01-01 is a Friday)"]


def test_a_figure_under_a_dated_timeline_entry_is_that_days():
    # "Tuesday, June 9: The search covers about 10,000 square miles." in a round-up published June 11:
    # the figure is June 9's, in the order the news came in; a figure in running text keeps the article's day
    timeline = ("Here is how the search unfolded:\n\nMonday, June 8: Four ships join the search.\n\n"
                "Tuesday, June 9: The search covers about 10,000 square miles.\n\n"
                "Officials said the search area had covered 12,000 square miles by Thursday.\n")
    r = report(article("a", timeline, "2026-06-11"),
               article("b", "The search area has covered more than 13,000 square miles.\n", "2026-06-10"))
    days = {c.mention.text: c.published for f in r.findings for c in f.claims if c.mention.article == "a"}
    assert days.get("about 10,000 square miles") == dt.date(2026, 6, 9)
    assert days.get("12,000 square miles") == dt.date(2026, 6, 11)

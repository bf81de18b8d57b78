"""One moment stated in two zones: times moved to UTC before they are compared.

Each row of the table: a sentence, the time's span, and the moment in UTC that
compare.py places it at ("05:46" for a time of no day), or None when it stays in
its own frame (local time, no zone, or a zone whose offset needs a date it lacks).
Sentences naming a date are read as published on ``PUBLISHED``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import compare, engine
from factcheck.corpus import build_article
from factcheck.extract import extract_found
from factcheck.ruleset import load_ruleset

PUBLISHED = dt.date(2015, 6, 1)

ROWS = [
    # --- fixed offsets: the abbreviation says it ----------------------------------------
    ("The quake struck at 0546 GMT.", "0546 GMT", "05:46"),
    ("The launch was at 23:59 UTC.", "23:59 UTC", "23:59"),
    ("The quake struck at 2:46 p.m. JST.", "2:46 p.m. JST", "05:46"),
    ("The vote opens at 0900 BST.", "0900 BST", "08:00"),
    ("The summit starts at 14:00 CET.", "14:00 CET", "13:00"),
    ("The blast came at 10:30 IST.", "10:30 IST", "05:00"),
    ("The storm hit at 9 p.m. EST.", "9 p.m. EST", "02:00"),
    ("The storm hit at 9 p.m. PDT.", "9 p.m. PDT", "04:00"),
    ("Fireworks began at midnight AEDT.", "midnight AEDT", "13:00"),
    ("The quake struck at 14:30 GMT+3.", "14:30 GMT+3", "11:30"),
    ("The quake struck at 14:30 UTC-5:30.", "14:30 UTC-5:30", "20:00"),
    # a time of no day moved across midnight stays a time of the day
    ("The quake struck at 1 a.m. JST.", "1 a.m. JST", "16:00"),
    # named zones
    ("The quake struck at 3 a.m. Japan time.", "3 a.m. Japan time", "18:00"),
    ("The quake struck at 3 a.m. Tokyo time.", "3 a.m. Tokyo time", "18:00"),
    ("The ship sank at 9 p.m. Greenwich Mean Time.", "9 p.m. Greenwich Mean Time", "21:00"),
    ("The polls closed at 8 p.m. Eastern Standard Time.", "8 p.m. Eastern Standard Time", "01:00"),
    ("Trading halted at 10 a.m. Beijing time.", "10 a.m. Beijing time", "02:00"),
    # --- a day moves with the time -----------------------------------------------------
    ("The quake struck at 2:46 p.m. JST on March 11, 2011.", "2:46 p.m. JST", "2011-03-11T05:46"),
    ("The blast came at 9 p.m. EDT on June 19, 2015.", "9 p.m. EDT", "2015-06-20T01:00"),
    ("Fireworks began at 10 a.m. AEST on May 2, 2015.", "10 a.m. AEST", "2015-05-02T00:00"),
    # --- daylight saving: read on the time's date, when it has one ----------------------
    ("The blast came at 9 p.m. ET on June 19, 2015.", "9 p.m. ET", "2015-06-20T01:00"),
    ("The blast came at 9 p.m. ET on December 19, 2015.", "9 p.m. ET", "2015-12-20T02:00"),
    ("The polls closed at 5 p.m. Pacific time on July 4, 2015.", "5 p.m. Pacific time", "2015-07-05T00:00"),
    ("The talks began at 8 a.m. UK time on January 10, 2015.", "8 a.m. UK time", "2015-01-10T08:00"),
    ("The talks began at 8 a.m. UK time on July 10, 2015.", "8 a.m. UK time", "2015-07-10T07:00"),
    ("The race began at 9 a.m. Sydney time on January 10, 2015.", "9 a.m. Sydney time", "2015-01-09T22:00"),
    # Moscow kept summer time all year from 2011 to 2014: the date says which offset
    ("The talks began at 9 a.m. Moscow time on March 11, 2011.", "9 a.m. Moscow time", "2011-03-11T06:00"),
    ("The talks began at 9 a.m. Moscow time on June 1, 2012.", "9 a.m. Moscow time", "2012-06-01T05:00"),
    ("The talks began at 9 a.m. MSK on June 1, 2016.", "9 a.m. MSK", "2016-06-01T06:00"),
    # --- stays in its own frame ---------------------------------------------------------
    ("The blast came at 9 p.m. ET.", "9 p.m. ET", None),  # summer or winter: no date says
    ("The talks began at 9 a.m. Moscow time.", "9 a.m. Moscow time", None),
    ("The quake struck at 2:46 p.m. local time.", "2:46 p.m. local time", None),
    ("The quake struck at 2:46 p.m. local time on March 11, 2011.", "2:46 p.m. local time", None),
    ("The quake struck at 2:46 p.m.", "2:46 p.m.", None),
]


def _time(text: str, span: str):
    published = PUBLISHED if any(c.isdigit() for c in text.split(" on ")[-1]) and " on " in text else None
    found = {text[f.start:f.end]: f.value
             for f in extract_found(text, published, [(0, len(text))]) if f.value.kind == "time"}
    assert span in found, f"{span!r} not among {list(found)}"
    return found[span]


@pytest.mark.parametrize("text,span,utc", ROWS, ids=[r[0] for r in ROWS])
def test_in_utc(text, span, utc):
    assert compare.in_utc(_time(text, span)) == utc


def test_every_zone_read_has_an_entry_in_the_offset_table():
    """A zone times.py reads but compare.py cannot look up would stay apart silently."""
    from factcheck.vocab import vocabulary

    v = vocabulary()
    for zone in v.zones:
        key = zone if zone.isupper() else " ".join(zone.lower().split())
        assert key in v.zone_offsets, zone
        spec = v.zone_offsets[key]
        assert spec is None or isinstance(spec, int) or compare.zone_offset(zone, "2015-06-01T12:00") is not None, zone


def test_a_place_zone_gives_its_offset_on_the_date():
    assert compare.zone_offset("ET", "2015-06-19T21:00") == -240
    assert compare.zone_offset("Eastern time", "2015-12-19T21:00") == -300
    assert compare.zone_offset("ET") == "America/New_York"  # no date: the zone's frame
    assert compare.zone_offset("local") is None
    assert compare.zone_offset("GMT+3") == 180


# --- verdicts of a rule with no max_gap: frames that never meet --------------------------


def _run(texts: dict[str, str], max_gap=None):
    (rule,) = [r for r in load_ruleset([Path(__file__).parent.parent / "rules"]).rules if r.id == "event-time"]
    rule = rule.model_copy(update={"compare": rule.compare.model_copy(update={"max_gap": max_gap})})
    articles = [build_article(a, f"{a}.txt", t) for a, t in texts.items()]
    return [f for f in engine.run(articles, [rule]).findings if f.rule == "event-time"]


def test_local_time_and_gmt_without_a_gap_rule_are_no_discrepancy():
    """Without max_gap nothing splits the fact, so the verdict itself keeps the local
    clock and UTC apart: they cannot be shown to differ."""
    (f,) = _run({"a": "The first explosion went off at 9:20 p.m. local time outside the stadium.",
                 "b": "The first explosion went off at 2020 GMT outside the stadium."})
    assert f.verdict == "compatible"


def test_a_discrepancy_within_one_frame_still_counts_without_a_gap_rule():
    (f,) = _run({"a": "The first explosion went off at 9:20 p.m. local time outside the stadium.",
                 "b": "The first explosion went off at 9:50 p.m. outside the stadium.",
                 "c": "The first explosion went off at 2020 GMT outside the stadium."})
    assert f.verdict == "discrepancy"


def test_one_moment_in_two_zones_agrees_without_a_gap_rule():
    (f,) = _run({"a": "The earthquake struck at 2:46 p.m. JST.", "b": "The quake hit at 0546 GMT."})
    assert f.verdict == "agree"


def test_a_range_moved_across_midnight_keeps_its_length():
    """"from 11 p.m. to 1 a.m. JST" is 14:00 to 16:00 UTC, not 16:00 back to 14:00."""
    text = "The blackout lasted from 11 p.m. to 1 a.m. JST."
    (f,) = [f for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "time"]
    placed = compare._place_time(f.value.low, f.value.high, f.value.stated, f.value.zone)
    assert (placed.frame, placed.low, placed.high) == ("UTC", 14 * 60, 16 * 60)


def test_without_a_tz_database_a_place_zone_stays_in_its_frame(monkeypatch):
    """A machine with no tz database cannot tell summer from winter: the time is not
    moved rather than moved by a guess."""
    import zoneinfo

    def missing(key):
        raise zoneinfo.ZoneInfoNotFoundError(key)

    monkeypatch.setattr(zoneinfo, "ZoneInfo", missing)
    compare.zone_offset.cache_clear()
    compare._place_time.cache_clear()
    try:
        assert compare.zone_offset("ET", "2015-06-19T21:00") == "America/New_York"
        assert compare.in_utc(_time("The blast came at 9 p.m. ET on June 19, 2015.", "9 p.m. ET")) is None
        assert compare.in_utc(_time("The quake struck at 2:46 p.m. JST.", "2:46 p.m. JST")) == "05:46"
    finally:
        compare.zone_offset.cache_clear()
        compare._place_time.cache_clear()


@pytest.mark.parametrize("texts, verdict, zone", [
    # a time with no zone (or in "local time") is read in the one place's zone sources state
    ({"a": "Hurricane Orla made landfall at 10:05 p.m. ET on Sept. 24, 2025.",
      "b": "The storm made landfall at 11:05 p.m. on Sept. 24, 2025."}, "discrepancy", "ET"),
    ({"a": "The first explosion went off at 9:20 p.m. CET outside the stadium.",
      "b": "The first explosion went off at 9:20 p.m. local time outside the stadium."}, "agree", "CET"),
    ({"a": "The quake struck at 2:46 p.m. JST.", "b": "The earthquake hit at 3:46 p.m."}, "discrepancy", "JST"),
    # ... not in GMT, which names no place's clock, nor in one of two zones
    ({"a": "The first explosion went off at 2020 GMT outside the stadium.",
      "b": "The first explosion went off at 9:20 p.m. outside the stadium."}, "compatible", None),
    ({"a": "The quake struck at 2:46 p.m. JST.", "b": "The quake struck at 12:46 a.m. EST.",
      "c": "The earthquake hit at 3:46 p.m."}, "compatible", None),
    # ... nor when a source gives the place's offset itself
    ({"a": "The quake struck at 2:46 p.m. local time (0546 GMT).", "b": "The quake struck at 2:46 p.m. JST.",
      "c": "The earthquake hit at 2:46 p.m."}, "agree", None),
])
def test_a_time_with_no_zone_is_read_in_the_one_zone_stated(texts, verdict, zone):
    (f,) = _run(texts)
    assert f.verdict == verdict
    assert compare.assumed_zone(list(f.claims)) == zone
    assert any(f"read in {zone}" in n for n in f.notes) == (zone is not None)

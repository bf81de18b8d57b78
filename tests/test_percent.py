"""Percentage points, written "pp" or a rate's or a poll's points: a unit of their own, never a percent level, and never pages."""

import pytest

import helpers

from factcheck.extract import extract_found


@pytest.mark.parametrize("text, span, low, high", [
    ("Unemployment rose 3.2pp last year.", "3.2pp", 3.1501, 3.2499),
    ("Support fell 3.2 pp in the poll.", "3.2 pp", 3.1501, 3.2499),
    ("Labour's lead narrowed to 5pp in the poll.", "5pp", 4.501, 5.499),
    ("a 2-pp rise", "2-pp", 1.501, 2.499),
    ("Inflation eased 0.3 p.p. in May.", "0.3 p.p.", 0.2501, 0.3499),
    # a page word before a number with decimals: no page has a fraction
    ("The report said unemployment rose 0.4pp to 6%.", "0.4pp", 0.3501, 0.4499),
    # a report further back in the sentence is what said it, not what has pages
    ("A report published on Monday showed Labour's lead fell 5pp.", "5pp", 4.501, 5.499),
])
def test_pp_is_percentage_points(text, span, low, high):
    v = helpers.pick(text, "percent", span)
    assert (v.low, v.high, v.unit, v.stated_unit) == (pytest.approx(low), pytest.approx(high), "percentage_point",
                                                     "percentage_point")


@pytest.mark.parametrize("text", [
    # pages: a page word in the few words before a whole number, or right after it
    "The report runs to 40 pp in total.",
    "The book runs to 300pp and costs little.",
    "A 300pp book was published.",
    "See pp 12-14 of the report.",
    # "PP" in capitals is a party (Spain's Partido Popular), not a unit
    "The PP won 123 seats.",
    "Support for the PP rose 5 PP deputies said.",
])
def test_pp_that_is_no_percentage_point(text):
    assert [text[f.start:f.end] for f in extract_found(text, None, [(0, len(text))]) if f.value.kind == "percent"] == []


@pytest.mark.parametrize("text, span, low, high", [
    # a rate's or a poll's points, as "a quarter-point rate cut" is
    ("The bank cut its benchmark rate by 0.25 point.", "0.25 point", 0.24501, 0.25499),
    ("The Fed raised interest rates by 1 point.", "1 point", 0.501, 1.499),
    # a lead with decimals, which a game's score seldom has
    ("Labour has a 3.5-point lead.", "3.5-point", 3.4501, 3.5499),
    ("Labour has a 1.5-point lead.", "1.5-point", 1.4501, 1.5499),
    ("Syriza led by 4.5 points.", "4.5 points", 4.4501, 4.5499),
    ("Labour has a lead of 3.5 points.", "3.5 points", 3.4501, 3.5499),
    # ... anywhere among the clause's few words before it
    ("Labour's lead widened by 1.5 points.", "1.5 points", 1.4501, 1.5499),
    # points, whole or not, that take a percentage to a level: a step of a share
    ("Support fell three points to 41%.", "three points", 2.8503, 3.1497),
    ("Support for the party rose 4 points to 38 per cent.", "4 points", 3.501, 4.499),
    ("The share fell 2 points from 40%.", "2 points", 1.501, 2.499),
])
def test_a_rate_or_poll_point_is_a_percentage_point(text, span, low, high):
    v = helpers.pick(text, "percent", span)
    assert (v.low, v.high, v.unit) == (pytest.approx(low), pytest.approx(high), "percentage_point")

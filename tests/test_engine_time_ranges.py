"""A range of clock times read as the length it lasts (``select.time_ranges``)."""
import datetime as dt

import pytest

from factcheck.engine import _range_as_length
from factcheck.extract import extract_found
from factcheck.models import Mention

# text, the length read (seconds, low and high), or None for no length
ROWS = [
    ("a curfew from 10 p.m. to 6 a.m.", (8 * 3600, 8 * 3600)),  # over midnight
    ("a curfew between 10pm and 6am", (8 * 3600, 8 * 3600)),
    ("in force from 22:00 to 06:00", (8 * 3600, 8 * 3600)),
    ("closed from 9 a.m. to 5 p.m.", (8 * 3600, 8 * 3600)),  # within one day
    ("from 11 p.m. to 1 a.m.", (2 * 3600, 2 * 3600)),
    ("from 9.30pm to 6am", (8.5 * 3600, 8.5 * 3600)),
    ("from about 9 p.m. to 5 a.m.", (7.5 * 3600, 8.5 * 3600)),  # a hedge widens the length
    ("at 10 p.m. on Tuesday", None),  # one time, no range
]


@pytest.mark.parametrize("text,length", ROWS)
def test_range_as_length(text, length):
    found = [f for f in extract_found(text, dt.date(2026, 11, 17), [(0, len(text))]) if f.value.kind == "time"]
    assert found
    f = found[0]
    m = Mention(article="a", kind="time", text=text[f.start:f.end], start=f.start, end=f.end, line=1, column=1,
                sentence_index=0, sentence=text, value=f.value)
    out = _range_as_length(m) if f.value.qualifier == "range" else None
    if length is None:
        assert out is None
    else:
        assert out is not None and out.kind == "duration" and out.value.stated_unit == "hour"
        assert (out.value.low, out.value.high) == length

"""report.table writes the same bytes as tabulate's github format, whatever the cells hold."""

import pytest
from tabulate import tabulate

from factcheck.report.table import github_table

CELLS = [
    "", " ", "text", "  padded  ", "a|b", "2015-05-12", "unknown", "12", "1,000", "1.50", "-3e2", "inf", "nan",
    "NaN", "1e999", "True", "False", "tea", "1_000", "٣", "Sergei Lavrov", "Σεργκέι Λαβρόφ", "東京", "e\u0301",
    "tab\there", "line\nbreak", "\x1b[31mred\x1b[0m", "\u00a0", "0x10", ".5", "1,0000", "joiner\u200d",
    "flag\U0001f1fa\U0001f1f8", "\u2764\ufe0f", "#\ufe0f", "क्ष", "क्", "ｱｲ", "don’t — “quoted”", "\u3000",
]


def _tables():
    yield [["a", "b"]], ["x", "y"]
    yield [], ["x", "y"]
    for cell in CELLS:
        yield [["000", cell], ["001", ""]], ["article", "value"]
        yield [[cell, "text"], [cell, "more"]], ["only", "two"]
        yield [["", "x"], ["", cell]], ["empty", "col"]
    yield [["1", "2"], ["3", "4"]], ["n", "m"]
    yield [["東京", "Σ"], ["a", "bb"]], ["wide", "greek"]
    yield [["a", "b", "c"]], ["x", "y"]
    # a column of numbers among columns of text, as a summary with a column per article has
    for cell in CELLS:
        for number in ("9.0", "12", "1,000", "-3e2", "", "inf", "True"):
            yield [["fact", cell, number, "text"], ["other fact", number, "", cell]], ["fact", "000", "001", "002"]
            yield [[number, number, cell], ["1.25", "", "x"]], ["a", "bb", "c"]


@pytest.mark.parametrize("numparse", [True, False])
def test_same_bytes_as_tabulate(numparse):
    for rows, headers in _tables():
        expected = tabulate(rows, headers=headers, tablefmt="github", disable_numparse=not numparse)
        assert github_table(rows, headers, numparse=numparse) == expected, (rows, headers)

"""GitHub-flavoured Markdown tables, the bytes ``tabulate(..., tablefmt="github")`` writes.

The report's summary has a column per article and a row per fact, and
tabulate, which guesses every cell's type and measures every cell with
wcwidth, was most of the time spent writing report.md. Here each column is
measured at C speed (``len``) when it is printable ASCII. A column whose
cells tabulate would read as numbers (right-aligned, maybe reformatted) is
handed to tabulate alone, and a table holding control characters whole, so
the output is always tabulate's.

    | article   | published   |
    |-----------|-------------|
    | 000       | 2015-05-12  |
"""

from __future__ import annotations

import math
from functools import lru_cache
from itertools import repeat

from factcheck import pattern_cache

# Characters that can occur in something tabulate reads as a number or a bool:
# white space, digits, signs, points, exponents, thousands commas, "inf",
# "infinity", "nan" in any case, "True" and "False". A cell with any other
# character is text, whatever else it holds.
_TEXT_CHAR = pattern_cache.compile(r"[^\s\d.,+\-_eEaAfFiInNtTyYlrsu]")
# tabulate's own pattern for numbers such as 1,000.5
_THOUSANDS = pattern_cache.compile(r"^(([+-]?[0-9]{1,3})(?:,([0-9]{3}))*)?(?(1)\.[0-9]*|\.[0-9]+)?$")


def github_table(rows: list[list[str]], headers: list[str], numparse: bool = True) -> str:
    """``tabulate(rows, headers=headers, tablefmt="github", disable_numparse=not numparse)``."""
    width = len(headers)
    if not rows or any(len(r) != width for r in rows) or not _printable(headers, rows):
        return _tabulate(rows, headers, numparse)
    head, dashes, padded = [], [], []
    for header, column in zip(headers, zip(*rows)):
        if numparse and not _text_column(column):
            h, d, cells = _tabulated_column(header, column)
        else:
            cells, w = _left_aligned(column, _width(header) + 2)
            h, d = header + " " * (w - _width(header)), "-" * (w + 2)
        head.append(h)
        dashes.append(d)
        padded.append(cells)
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(dashes) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in zip(*padded)]
    return "\n".join(lines)


def _tabulated_column(header: str, column: tuple[str, ...]) -> tuple[str, str, list[str]]:
    """A column tabulate reads as numbers, laid out by tabulate alone: its header, its
    dashes and its cells. tabulate lays out each column by its own cells (type, format,
    alignment, width), so a summary with a column per article, of which one states only
    numbers, hands tabulate that column rather than the whole table."""
    lines = _tabulate([[c] for c in column], [header], True).split("\n")
    return lines[0][2:-2], lines[1][1:-1], [line[2:-2] for line in lines[2:]]


def _tabulate(rows, headers, numparse: bool) -> str:
    # imported here: most tables never need it, and it is slow to import
    from tabulate import tabulate

    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=not numparse)


@lru_cache(maxsize=1)
def _wcwidth():
    """wcwidth's ``(wcswidth, wcwidth)``, which tabulate measures cells with
    when it is installed (else with ``len``): None when it is not. Imported
    when a cell first holds something other than ASCII."""
    try:
        from wcwidth import wcswidth, wcwidth
    except ImportError:  # pragma: no cover
        return None
    return wcswidth, wcwidth


def _printable(headers: list[str], rows: list[list[str]]) -> bool:
    """No control characters (line breaks, tabs, terminal colour codes), which
    tabulate measures and lays out in its own ways."""
    return "".join(headers).isprintable() and all("".join(r).isprintable() for r in rows)


def _left_aligned(column: tuple[str, ...], min_width: int) -> tuple[list[str], int]:
    """A text column's cells, stripped and padded to one width, and that width."""
    cells = [c.strip() for c in column]
    if "".join(cells).isascii():  # printable ASCII: one column per character
        w = max(max(map(len, cells)), min_width)
        return list(map(str.ljust, cells, repeat(w))), w
    # wide or combining characters: pad by displayed width, as tabulate does
    widths = list(map(_width, cells))
    w = max(max(widths), min_width)
    # each added space adds one to a cell's width, so every padded cell is w
    # wide (the exception, a zero-width joiner at the end, is not printable)
    return [c.ljust(w - (cw - len(c))) for c, cw in zip(cells, widths)], w


_NON_ASCII = pattern_cache.compile(r"[^\x00-\x7f]")


def _width(text: str) -> int:
    """``wcswidth(text)``, as tabulate measures, for printable text."""
    if text.isascii():
        return len(text)
    measures = _wcwidth()
    if measures is None:
        return len(text)
    wcswidth, wcwidth = measures
    others = _NON_ASCII.findall(text)
    widths = list(map(wcwidth, others))
    if min(widths) >= 1 and max(map(ord, others)) <= 0xFFFF:
        # Curly quotes, dashes, accented or CJK letters: with nothing of zero
        # width and nothing beyond the basic plane, no character joins or
        # modifies another, so widths add up (wcswidth walks the whole text).
        return len(text) - len(others) + sum(widths)
    return wcswidth(text)


def _text_column(column: tuple[str, ...]) -> bool:
    """Whether tabulate takes the column as text: one cell reads as text, or
    every cell is empty (then the column has no type and is laid out as text)."""
    if not any(column):
        return True
    return any(c and (_TEXT_CHAR.search(c) or not _reads_as_number(c)) for c in column)


def _reads_as_number(cell: str) -> bool:
    """tabulate's number parsing (``_type``): a bool, an int, a float that is
    not an overflow, or a number with thousands commas."""
    if cell in ("True", "False") or _THOUSANDS.match(cell):
        return True
    try:
        int(cell)
        return True
    except ValueError:
        pass
    try:
        f = float(cell)
    except ValueError:
        return False
    return not (math.isinf(f) or math.isnan(f)) or cell.lower() in ("inf", "-inf", "nan")

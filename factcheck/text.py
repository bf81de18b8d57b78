"""Sentence boundaries and line/column positions over decoded article text.

Offsets are always into the decoded text with line ends normalized to ``\\n``;
nothing here copies or rewrites the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from factcheck.models import Sentence, trusted
from factcheck.vocab import vocabulary

# A candidate boundary: terminal punctuation (plus closing quotes/brackets)
# followed by white space, or a line break.
_CANDIDATE = re.compile(r"""[.!?]+["'”’)\]]*(?=\s)|\n""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_START = re.compile(r"\s*([\"'“‘(\[]?)(\S)(\w*)")
_TERMINAL = re.compile(r"""[.!?:]["'”’)\]]*\s*$""")


def line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    find = text.find
    i = find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return tuple(starts)


def position(starts: tuple[int, ...], offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset."""
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split text into sentences, keeping offsets.

    A period after a known abbreviation (``Mr.``, ``Nov.``), an initial
    (``Vladimir V. Putin``) or a dotted acronym (``U.S.``) ends a sentence only
    when a typical sentence opener follows. A line break ends a sentence unless
    the next line starts in lower case (a paragraph broken mid-sentence) or the
    line reads as running text that simply wrapped.
    """
    vocab = vocabulary()
    abbreviations = vocab.abbreviations
    openers = vocab.sentence_openers
    cuts: list[int] = []
    n = len(text)
    for m in _CANDIDATE.finditer(text):
        end = m.end()
        if m.group() == "\n":
            if _continues_after_break(text, m.start(), end):
                continue
            cuts.append(m.start())
            continue
        nxt = _NEXT_START.match(text, end)
        if not nxt:
            continue
        first = nxt.group(2)
        if first.islower() or first in ",;:":
            continue
        if m.group()[0] == "." and len(m.group()) == 1:
            w = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.end())
            if w:
                word = w.group(1)
                dotted = "." in word
                if len(word) == 1 or dotted or word.lower() in abbreviations:
                    if (first + nxt.group(3)) not in openers:
                        continue
        cuts.append(end)
    sentences: list[Sentence] = []
    start = 0
    for cut in [*cuts, n]:
        s, e = _trim(text, start, cut)
        if e > s:
            sentences.append(trusted(Sentence, start=s, end=e))
        start = cut
    return tuple(sentences)


def _continues_after_break(text: str, nl: int, after: int) -> bool:
    """Whether the sentence runs on across the line break at ``nl``."""
    i = after
    n = len(text)
    blank = False
    while i < n and text[i] in " \t\n":
        if text[i] == "\n":
            blank = True
        i += 1
    if i >= n:
        return False
    end = nl
    while end > 0 and text[end - 1] in " \t\n":
        if text[end - 1] == "\n":
            blank = True
        end -= 1
    line_start = text.rfind("\n", 0, end) + 1
    previous = text[line_start:end]
    if not previous.strip() or _TERMINAL.search(previous):
        return False
    if text[i].islower():
        return True
    # A wrapped line of running text: long, and the paragraph goes on.
    return not blank and len(previous) >= 60


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_index_at(sentences: tuple[Sentence, ...], starts: list[int], offset: int) -> int:
    """Index of the sentence containing ``offset`` (or the one before it)."""
    return max(0, bisect_right(starts, offset) - 1)

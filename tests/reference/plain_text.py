"""The plain sentence splitter that ``factcheck.text`` replaced (as of 3aba588):
one candidate pattern and the decisions in Python. Kept as the reference that
``tests/test_text_breaks.py`` fuzzes the faster splitter against; not used by
the product.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from factcheck.models import Sentence
from factcheck.vocab import vocabulary

# A candidate boundary: terminal punctuation (plus closing quotes/brackets)
# followed by white space, with how the next sentence opens (groups 1, 2); or a
# line break with the blank space after it. It opens with one character class so
# that the regex engine skips to the next candidate at C speed.
_CANDIDATE = re.compile(r"""[.!?\n](?:(?<=\n)[ \t\n]*|(?<=[.!?])[.!?]*["'”’)\]]*(?=\s)(?:(?=\s*["'“‘(\[]?(\S)(\w*)))?)""")
_LETTERS_AND_DOT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_CLOSERS = "\"'”’)]"


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


MAX_SENTENCE = 2000  # characters; a longer run without a boundary is cut at a space


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
    for m in _CANDIDATE.finditer(text):
        start = m.start()
        if text[start] == "\n":
            # every line break of one blank run reads the same lines around it
            if not _continues_after_break(text, start, m.end()):
                cuts.append(start)
            continue
        first = m.group(1)
        if first is None or first.islower() or first in ",;:":
            continue  # only white space follows, or the sentence goes on
        end = m.end()
        if end - start == 1 and text[start] == ".":
            # the word before the period (letters and dots, from a letter, 20 characters back at most)
            run = text[max(0, start - 20):start]
            word = run[len(run.rstrip(_LETTERS_AND_DOT)):].lstrip(".")
            if word and (len(word) == 1 or "." in word or word.lower() in abbreviations):
                if (first + m.group(2)) not in openers:
                    continue
        cuts.append(end)
    sentences: list[Sentence] = []
    start = 0
    cuts.append(len(text))
    for cut in cuts:
        piece = text[start:cut]
        core = piece.strip()
        if core:
            s = start + len(piece) - len(piece.lstrip())
            e = s + len(core)
            while e - s > MAX_SENTENCE:
                # no sentence is this long: cut at a space so that work per sentence stays bounded
                split = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
                split = split if split > s else s + MAX_SENTENCE
                sentences.append(Sentence(s, split))
                s = split
                while s < e and text[s].isspace():
                    s += 1
            if e > s:
                sentences.append(Sentence(s, e))
        start = cut
    return tuple(sentences)


def _continues_after_break(text: str, nl: int, after: int) -> bool:
    """Whether the sentence runs on across the line break at ``nl``; the blank
    space after it (spaces, tabs, more line breaks) ends at ``after``."""
    if after >= len(text):
        return False
    blank = text.find("\n", nl + 1, after) >= 0
    if blank and not text[after].islower():
        return False  # a blank line, and the next one opens a sentence: what follows cannot change that
    end = nl
    while end > 0 and text[end - 1] in " \t\n":
        if text[end - 1] == "\n":
            blank = True
        end -= 1
    line_start = text.rfind("\n", 0, end) + 1
    previous = text[line_start:end]
    if not previous.strip() or _ends_clause(previous):
        return False
    if text[after].islower():
        return True
    # A wrapped line of running text: long, and the paragraph goes on.
    return not blank and len(previous) >= 60


def _ends_clause(line: str) -> bool:
    """Whether the line ends with ``.``, ``!``, ``?`` or ``:``, closing quotes,
    brackets and white space aside."""
    return line.rstrip().rstrip(_CLOSERS)[-1:] in (".", "!", "?", ":")


def sentence_index_at(sentences: tuple[Sentence, ...], starts: list[int], offset: int) -> int:
    """Index of the sentence containing ``offset`` (or the one before it)."""
    return max(0, bisect_right(starts, offset) - 1)

"""Sentence boundaries and line/column positions over decoded article text.

Offsets are always into the decoded text with line ends normalized to ``\\n``;
nothing here copies or rewrites the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache, partial
from itertools import accumulate
from operator import sub

from factcheck import pattern_cache
from factcheck.models import Sentence
from factcheck.vocab import vocabulary

# Sentence breaks are looked for in one pass per character that can end a
# sentence: ``re`` finds a pattern that opens with one literal character at C
# speed, but tries one that opens with a character class at every position,
# several times slower. What surrounds most candidates settles them in the
# pattern: a sure break gives its gap (the white space between the two
# sentences), a sure non-break does not match; the rest is judged in Python.
#
# A line break, with the blank space after it. Sure: a blank line right after
# text, and then an ASCII character other than a lower-case letter (the whole
# match is the gap).
_LINE_BREAK = pattern_cache.compile(r"\n(?:(?<=\S\n)(?=[ \t]*\n)(?P<gap>[ \t\n]*+(?![a-z\x80-\U0010ffff])\s*+)|[ \t\n]*+)")
# After terminal punctuation: more of it and closing quotes/brackets, then white space.
_RUN = r"""[.!?]*+["'”’)\]]*+(?=\s)"""
# In a look-ahead from there: white space and an opening quote, up to the first
# character of the next sentence as ``_ends_sentence`` reads it.
_TO_FIRST = r"""\s*+(?:["'“‘(\[](?=\S))?+"""
# A sentence opens for sure: that character is ASCII, not white space, not a
# lower-case letter, not ``,;:``. The sentence goes on for sure: it is one of those.
_OPENS = rf"(?={_TO_FIRST}[^\s\x80-\U0010ffffa-z,;:])"
_GOES_ON = rf"(?={_TO_FIRST}[a-z,;:])"
_GAP = r"(?P<gap>\s++)"
# For ``_ends_sentence``: that character and the rest of its word, None when only white space follows.
_FIRST = r"""(?:(?=\s*["'“‘(\[]?(?P<first>\S)(?P<rest>\w*)))?"""
# "!" or "?" opening a run of terminal punctuation (the "." pass finds the runs opening with ".")
_MARKS = {mark: pattern_cache.compile(rf"{re.escape(mark)}(?<![.!?].)(?:{_RUN}{_OPENS}{_GAP}|{_RUN}(?!{_GOES_ON}){_FIRST})")
          for mark in "!?"}
_LETTERS_AND_DOT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_CLOSERS = "\"'”’)]"
_SPACES = pattern_cache.compile(r"\s*")


@lru_cache(maxsize=4)
def _period_pattern(abbreviations: frozenset[str], openers: frozenset[str]) -> re.Pattern:
    """A "." opening a run of terminal punctuation, where ``_ends_sentence``
    has to judge, or where a sentence ends for sure (with ``gap``).

    Sure: the run is more than a lone period, or the period follows no word or
    a word of 2 to 19 letters that is not an abbreviation, and ``_OPENS``
    follows. No match: ``_GOES_ON`` follows, or the period follows an initial,
    a dotted word or an abbreviation and no sentence opener comes next. A word
    is the letters and dots before the period, as ``_ends_sentence`` reads it;
    a look-behind has a fixed width, so each length has its own.
    """
    # the abbreviations a word of letters can be (lower case), by length, in any case
    by_length: dict[int, list[str]] = {}
    for a in sorted(a for a in abbreviations if isinstance(a, str) and a.isascii() and a.isalpha() and a == a.lower()):
        by_length.setdefault(len(a), []).append("".join(f"[{c.upper()}{c}]" for c in a))
    word = {}  # n -> a word of n letters that is not an abbreviation
    for n in range(2, 20):
        known = rf"(?!(?:{'|'.join(by_length[n])})\.)" if n in by_length else ""
        word[n] = rf"(?<=(?<![A-Za-z.]){known}[A-Za-z]{{{n}}}\.)"
    # no word, or a word of 2 to 19 letters (one test first halves the lengths to try)
    plain = [r"(?<![A-Za-z]\.)", rf"(?<=[A-Za-z]{{6}}\.)(?:{'|'.join(word[n] for n in range(6, 20))})",
             *(word[n] for n in range(2, 6))]
    # an initial or a dotted word (one letter after a non-letter), or an abbreviation
    short = [r"(?<=[A-Za-z]\.)(?<![A-Za-z]{2}\.)"] + [
        rf"(?<=(?<![A-Za-z.])(?:{'|'.join(forms)})\.)" for _, forms in sorted(by_length.items())]
    opener = "|".join(sorted(re.escape(o) for o in openers if isinstance(o, str)))
    more = r"""(?:[.!?]++["'”’)\]]*+|["'”’)\]]++)(?=\s)"""
    sure = rf"(?:{more}|(?=\s)(?:{'|'.join(plain)})){_OPENS}{_GAP}"
    not_sure = rf"(?!(?=\s)(?:{'|'.join(short)})(?!{_TO_FIRST}(?:{opener})(?!\w))){_RUN}(?!{_GOES_ON}){_FIRST}"
    return pattern_cache.compile(rf"\.(?<![.!?].)(?:{sure}|{not_sure})")


def line_starts(text: str) -> tuple[int, ...]:
    """The offset where each line starts: each line and its line break, added up."""
    lines = text.split("\n")
    lines.pop()  # the last line: no line starts after it
    return tuple(accumulate((len(line) + 1 for line in lines), initial=0))


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
    abbreviations, openers = vocab.abbreviations, vocab.sentence_openers
    # where each gap starts -> where it ends; one stretch of white space is one gap, however many breaks it holds
    gaps: dict[int, int] = {}
    matches = list(_LINE_BREAK.finditer(text))
    gaps.update([m.span() for m in matches if m.lastindex])
    covered = 0  # where the last gap found in Python ends: a break before that is in it already
    for m in matches:
        # every line break of one blank run reads the same lines around it
        if not m.lastindex and m.start() >= covered and not _continues_after_break(text, m.start(), m.end()):
            covered = _add_gap(gaps, text, m.start())
    patterns = [_period_pattern(abbreviations, openers)]
    patterns += [pattern for mark, pattern in _MARKS.items() if mark in text]
    for pattern in patterns:
        matches = list(pattern.finditer(text))
        gap = pattern.groupindex["gap"]
        gaps.update([m.span(gap) for m in matches if m.lastindex == gap])
        covered = 0
        for m in matches:
            if m.lastindex != gap and m.end() >= covered and _ends_sentence(text, m, abbreviations, openers):
                covered = _add_gap(gaps, text, m.end())
    return _sentences(text, gaps)


def _add_gap(gaps: dict[int, int], text: str, cut: int) -> int:
    """Add the gap of a break at ``cut``, all the white space around it; returns where it ends.

    The callers skip the breaks that fall in the last gap they added: each
    stretch of white space is then walked once, however many breaks it holds.
    """
    start = cut
    while start > 0 and text[start - 1].isspace():
        start -= 1
    end = gaps[start] = _SPACES.match(text, cut).end()
    return end


def _ends_sentence(text: str, m: re.Match, abbreviations, openers) -> bool:
    """Whether the terminal punctuation ``m`` ends a sentence, by what follows it
    and, for a lone period, by the word before it."""
    first = m["first"]
    if first is None or first.islower() or first in ",;:":
        return False  # only white space follows, or the sentence goes on
    start = m.start()
    if m.end() - start == 1 and text[start] == ".":
        # the word before the period (letters and dots, from a letter, 20 characters back at most)
        run = text[max(0, start - 20):start]
        word = run[len(run.rstrip(_LETTERS_AND_DOT)):].lstrip(".")
        if word and (len(word) == 1 or "." in word or word.lower() in abbreviations):
            return (first + m["rest"]) in openers
    return True


_SENTENCE = partial(tuple.__new__, Sentence)  # Sentence((start, end)) without its Python-level __new__
assert Sentence._fields == ("start", "end"), "_SENTENCE builds (start, end) pairs"


def _sentences(text: str, gaps: dict[int, int]) -> tuple[Sentence, ...]:
    """The sentences between the gaps, and the white space at either end of the text."""
    _add_gap(gaps, text, 0)
    _add_gap(gaps, text, len(text))
    ends = sorted(gaps)  # a sentence ends where a gap starts
    starts = list(map(gaps.__getitem__, ends))  # and starts where the gap before ends
    del ends[0]
    if max(map(sub, ends, starts), default=0) <= MAX_SENTENCE:
        return tuple(map(_SENTENCE, zip(starts, ends)))
    sentences: list[Sentence] = []
    for s, e in zip(starts, ends):
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


def literal_led_matches(pattern: re.Pattern, openers: tuple[str, ...], dashes: tuple[str, ...],
                        text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """The spans of ``pattern.finditer(text, lo, hi)``, found faster: ``re`` spends
    tens of nanoseconds on every character, while ``str.find`` jumps to the few
    places where a match can start, and the pattern is only tried there, in order,
    skipping what an earlier match covered as ``finditer`` does. A match must open
    at one of ``openers`` or on the character before one of ``dashes``."""
    hi = len(text) if hi is None else hi
    candidates = []
    for needle, back, first in [*((o, 0, lo) for o in openers), *((d, 1, lo + 1) for d in dashes)]:
        i = text.find(needle, first, hi)
        while i >= 0:
            candidates.append(i - back)
            i = text.find(needle, i + 1, hi)
    candidates.sort()
    spans, covered = [], lo
    match = pattern.match
    for i in candidates:
        if i < covered:
            continue
        m = match(text, i, hi)
        if m is not None:
            covered = m.end()
            spans.append((i, covered))
    return spans


# A paragraph ends at a blank line; in an article that has none, at each line break (a live
# blog's entries, a wire's lines): the white space after it is the break's, not the paragraph's.
_BLANK_LINE = pattern_cache.compile(r"\n[ \t\r]*\n\s*")
_ANY_LINE = pattern_cache.compile(r"\n\s*")


@lru_cache(maxsize=8)
def paragraph_starts(text: str) -> tuple[int, ...]:
    """Where each paragraph of ``text`` starts: after a blank line, or after a line break where the
    text has no blank line (a paragraph a line). The one reading of "the paragraph" for every reader
    (scope/speakers.py's pronouns and roles, extract/dates.py's anaphors and quoted days): kept for the
    few texts asked about last, as each asks again for its values."""
    breaks = _BLANK_LINE if _BLANK_LINE.search(text) else _ANY_LINE
    return (0, *(m.end() for m in breaks.finditer(text)))


def has_blank_line(text: str) -> bool:
    """Whether ``text`` sets its paragraphs apart by blank lines (else ``paragraph_starts`` reads a line each)."""
    return _BLANK_LINE.search(text) is not None


def paragraph_start(text: str, at: int) -> int:
    """Where the paragraph that holds offset ``at`` starts (``paragraph_starts``)."""
    starts = paragraph_starts(text)
    return starts[bisect_right(starts, at) - 1]


def in_quotes(text: str, lo: int, at: int) -> bool:
    """Whether offset ``at`` stands inside double quotation marks opened since ``lo`` (its paragraph's
    start: a quotation that runs on into the next paragraph opens it again). A curly mark tells which it
    is, so the last one before ``at`` decides ('called it “a disgrace”” and' is outside; a missing closing
    mark leaves it open), and straight marks after it each open or close again ('said “ready" and' is
    outside); with straight marks alone, an odd number of them is inside."""
    last = max(text.rfind("“", lo, at), text.rfind("”", lo, at))
    opened = last >= 0 and text[last] == "“"
    return opened != (text.count('"', max(lo, last + 1), at) % 2 == 1)

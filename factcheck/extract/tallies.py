"""Tallies: two numbers told as one result, a game's score ("beat Castlebay 3-1", "a 3-2 win",
"three goals to one") or a vote's split ("the court ruled 7-2", "a 6-3 decision", "voted seven
to two"). One pattern reads the pair, and the words of its clause say which it is: a game's
word (``data/sports.yaml``) and no vote's word make a score; a vote's or a ruling's word
(``data/nouns.yaml``) and no game's word make a split; neither makes nothing.

A tally is one count, of ``score`` or of ``split``: the larger side times ``SCALE`` plus the
smaller, one point on the count axis for each pair, so equal pairs meet and any two others
differ with no slack, and the order the sides are written in ("lost 1-3", "a 3-1 defeat")
changes no score. ``stated`` keeps the pair as written ("3-1"). Sides of a thousand or more, a
chamber's or an electorate's, are no tally here: votes for and votes against compare those.

A run of two or more scores in a row beside a game's word is the sets (games, frames) of one match
("won 6-4, 3-6, 7-6 (4), 6-3", "25-23, 22-25, 25-20"): one count of ``sets``, each set kept as written
(a set the winner lost is "3-6") and in its order, a tiebreak ("(4)", "(7-5)") kept with it; one
telling with no tiebreak is the vaguer telling of the same sets (``_sets``).

A score claims its span, so its numbers are no counts ("four goals to two" is not four goals);
a split leaves its numbers to the counts pass, which reads them as votes for and against
("voted 55-45": 55 for, 45 against): ``OPEN``.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left
from functools import lru_cache
from typing import Iterator, NamedTuple

from factcheck import pattern_cache
from factcheck.extract.base import Found, data_words, trie_alternation
from factcheck.extract.numbers import in_paragraph
from factcheck.models import Value, trusted
from factcheck.scan import Words, first_words, words_of
from factcheck.vocab import FoldedKeys, vocabulary

SCALE = 1000  # more than any side scores in one game or casts in one court or committee
SCORE, SPLIT, SETS = "score", "split", "sets"
OPEN = frozenset({SPLIT})  # what a tally counts when its numbers stay the counts pass's
_REACH = 80  # characters either side of a tally where a word of its clause may stand
_LONGEST = 40  # characters a tally may take ("nineteen goals to eighteen goals"), past a word's reach
_CLAUSE_ENDS = pattern_cache.compile(r"[.;:!?\n]")
_TOKEN_REST = pattern_cache.compile(r"\S*")
# one set and its tiebreak: "6-4", "7-6 (4)", "7-6(7-5)"; a run of them, two at least, parted by a
# comma or a space ("6-4, 3-6", "6-4 3-6 7-6 6-3"), within a paragraph, in no longer figure
_SET = r"(\d{1,2})\s?[-–]\s?(\d{1,2})(?:[^\S\n]?\([^\S\n]?(\d{1,2})(?:[-–](\d{1,2}))?[^\S\n]?\))?"
_ONE_SET = pattern_cache.compile(_SET)
_SET_RUN = pattern_cache.compile(rf"(?<![\w.,/\-–]){_SET}(?:(?:,[^\S\n]*|[^\S\n]+)(?:and[^\S\n]+)?{_SET})+"
                                 r"(?![\w%/]|[.,]\d|[-–]\w)")
_TIEBREAKS = 3  # tiebreaks kept in a run's value, two digits each


def pair(value: Value) -> tuple[int, int]:
    """The two sides of a tally's value, the larger first."""
    n = int(value.low)
    return n // SCALE, n % SCALE


class _Lists(NamedTuple):
    tally: re.Pattern  # groups a, b: the sides; between, after: a unit of points or votes
    score_cues: re.Pattern  # a game's result: makes a tally a score
    split_cues: re.Pattern  # a vote's or a ruling's word: makes a tally a split
    votes: re.Pattern  # a vote's word: no score beside it
    games: re.Pattern  # a game's word or a word of play: no split beside it
    after_score: re.Pattern  # what may follow a score
    cues: frozenset[str]  # the first words of the cues, as ``Words`` sees them
    sides: dict[str, int]  # a side told in words -> its number
    side_words: frozenset[str]  # the words a side told in words opens with, as ``Words`` sees them
    score_units: frozenset[str]  # a score's "goals", "points" between or after its sides


def _words(pattern_words) -> re.Pattern:
    # a word's part in a hyphened or a shortened one is no word of its own ("half-time" is no "time",
    # "won't" no "won"), while a possessive is the word ("the Senate's 55-45 tally")
    return pattern_cache.compile(rf"(?<![\w'’-])(?:{trie_alternation(pattern_words)})(?![\w-]|['’](?!s\b))",
                                 re.IGNORECASE)


@lru_cache(maxsize=1)
def _lists() -> _Lists:
    v = vocabulary()
    nil = data_words("sports.yaml", "nil")
    # FoldedKeys: a side the ignore-case pattern matched may hold "ı" or "ſ" ("Sıxty-two")
    sides = FoldedKeys({**{w: int(n) for w, n in v.number_units.items()}, **{w: int(n) for w, n in v.number_tens.items()},
                        **dict.fromkeys(nil, 0)})
    side = rf"(?:\d{{1,3}}|{trie_alternation(sides)})"
    score_units = data_words("sports.yaml", "score_units")
    units = trie_alternation([*score_units, "vote", "votes"])
    # not inside a longer figure, a date or a code ("7-2-2015", "2014-15", "1,000-2", "G7-2")
    tally = in_paragraph(
        rf"(?<![\w.,/\-–])(?P<a>{side})(?:\s+(?P<between>{units}))?(?:\s*(?P<dash>[-–])\s*|\s+to\s+|-to-)(?P<b>{side})"
        rf"(?:\s+(?P<after>{trie_alternation(score_units)}))?(?![\w%/]|[.,]\d|[-–]\w)")
    game, shared, play = (data_words("sports.yaml", k) for k in ("game_words", "shared_result_words", "play_words"))
    vote, ruling = v.count_guards.get("vote_words", ()), data_words("nouns.yaml", "ruling_words")
    return _Lists(
        pattern_cache.compile(tally, re.IGNORECASE),
        _words([*game, *shared]), _words([*vote, *ruling]), _words(vote), _words([*game, *play]),
        pattern_cache.compile(rf"\s*(?:[.,;:!?)\"”’'—–]|\Z|\n|{trie_alternation(data_words('sports.yaml', 'after_score'))})",
                              re.IGNORECASE),
        frozenset(first_words([*game, *shared, *vote, *ruling])),
        sides, frozenset(first_words(sides)), frozenset(score_units))


@lru_cache(maxsize=1)
def _not_before() -> frozenset[str]:
    """Words before two numbers that make them a range or a change (hedges.yaml ``range_openers``,
    ``change_verbs``), no split."""
    return frozenset([*data_words("hedges.yaml", "range_openers"), *vocabulary().change_verbs])


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    """The first words of units (percent, measures, durations, currencies): after a tally's
    second number, they make its numbers figures of that unit, no split."""
    v = vocabulary()
    forms = [*v.percent_forms, *v.measure_units, *v.duration_units, *v.currency_words]
    return frozenset(f.split()[0].lower() for f in forms if f.split())


_NEXT_WORD = pattern_cache.compile(r"\s*(%|[^\W\d]+)")
_WORD_BEFORE = pattern_cache.compile(r"([^\W\d]+)\s+$")


def _clause(text: str, start: int, end: int, reach: int = _REACH) -> tuple[int, int]:
    """The stretch around ``start``..``end`` that speaks of it: its clause, within ``reach``."""
    lo = max(0, start - reach)
    for c in _CLAUSE_ENDS.finditer(text, lo, start):
        lo = c.end()
    hi = min(len(text), end + reach)
    if (c := _CLAUSE_ENDS.search(text, end, hi)) is not None:
        hi = c.start()
    return lo, hi


def _side(token: str, sides: dict[str, int]) -> int:
    return int(token) if token[0].isdigit() else sides[token.lower()]


def _is_score(text: str, m: re.Match, a: int, b: int, lo: int, hi: int, p: _Lists) -> bool:
    between = m.group("between")
    if (between is None) != bool(m.group("dash")) or (between is not None and between.lower() not in p.score_units):
        return False  # a game's "to" names its goals ("four goals to two"); "153 votes to 137" is a vote's
    return (bool(p.after_score.match(text, m.end()))  # "3-5 people", "10-12 years": a range of something else
            and p.score_cues.search(text, lo, hi) is not None and p.votes.search(text, lo, hi) is None)


def _is_split(text: str, m: re.Match, a: int, b: int, lo: int, hi: int, p: _Lists) -> bool:
    if a <= b or m.group("after") or (m.group("between") or "votes").lower() in p.score_units:
        # news writes a split winner first ("7-2"): "210-220 votes" is a range, and a tie splits nothing
        return False
    if (w := _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())) is not None \
            and w.group(1).lower() in _not_before():
        return False  # "ran from 8 to 10", "fell from 150 to 120": a range or a change
    if (u := _NEXT_WORD.match(text, m.end("b"))) is not None and u.group(1).lower() in _units():
        return False  # "52 votes to 48 percent", "5 to 6 km": a unit's figures
    return p.split_cues.search(text, lo, hi) is not None and p.games.search(text, lo, hi) is None


def _found(start: int, end: int, a: int, b: int, counted: str) -> Found:
    n = max(a, b) * SCALE + min(a, b)
    return Found(start, end, trusted(Value, kind="count", low=n, high=n, stated=f"{a}-{b}", stated_unit=counted,
                                     unit=counted, counted=counted))


def _sets(text: str, start: int, end: int) -> Found:
    """The sets of one match, ``text[start:end]`` (``_SET_RUN``): one count of ``sets``, a point
    for the sets as written in their order with their tiebreaks (the loser's points: "(4)" and
    "(7-4)" are one), or, told with no tiebreak, the stretch of every tiebreak those sets may have
    had (a checksum of the sets, times a million, plus the tiebreaks' two digits each)."""
    games, tiebreaks = [], []
    for m in _ONE_SET.finditer(text, start, end):
        games.append(f"{int(m.group(1))}-{int(m.group(2))}")
        if m.group(3) is not None:
            t, u = int(m.group(3)), m.group(4)
            tiebreaks.append(t if u is None else min(t, int(u)))
    base = zlib.crc32(",".join(games).encode()) * 10 ** (2 * _TIEBREAKS)
    low = high = base + int("".join(f"{t:02d}" for t in tiebreaks[:_TIEBREAKS]) or 0)
    if not tiebreaks:
        high = base + 10 ** (2 * _TIEBREAKS) - 1
    return Found(start, end, trusted(Value, kind="count", low=low, high=high, stated=text[start:end],
                                     stated_unit=SETS, unit=SETS, counted=SETS))


def _side_starts(words: Words, side_words: frozenset[str]) -> list[int]:
    """Where a tally may start: a word that opens with a digit or a side's word (no word
    character, point, comma, slash or dash may stand before a tally, so it starts where a
    word of ``words`` does); every word where those cannot be looked up in lower case."""
    if words.loose:
        return words.starts
    return sorted({*words.digits(), *words.positions(side_words)})


def _matches(tally: re.Pattern, text: str, starts: list[int], pos: int, endpos: int) -> Iterator[re.Match]:
    """``tally.finditer(text, pos, endpos)``, tried only at ``starts``, where every match starts:
    the pattern scanned every character of a clause around each cue word, most of an
    article's time in this pass."""
    last = pos
    for at in starts[bisect_left(starts, pos):bisect_left(starts, endpos)]:
        if at >= last and (m := tally.match(text, at, endpos)) is not None:
            last = m.end()
            yield m


def extract(text: str, taken, words: Words | None = None) -> list[Found]:
    """The tallies of the text, looked for only in the clause of a word of a game, a vote or a
    ruling (most articles have none, and a pattern tried at every character costs a tenth
    of a millisecond). A tally that is both a score and a split by its words (a court's
    "5-4 victory") is both, the split first: the score's claim must not hide it."""
    p = _lists()
    words = words or words_of(text)
    out: list[Found] = []
    seen: set[int] = set()
    done = -1  # tallies starting up to here were looked for around an earlier word
    sides: list[int] | None = None  # where a side may open, made when a cue stands
    run_end = -1  # tallies up to here are sets of a run read as one
    for at in words.opening(p.cues):
        lo, hi = _clause(text, at, at, _REACH + _LONGEST)  # where a tally this word may speak of starts
        if hi <= done:
            continue
        # past ``hi`` by a tally's length, to the end of a word: a figure cut short would read as a shorter one
        stop = _TOKEN_REST.match(text, min(len(text), hi + _LONGEST)).end()
        if sides is None:
            sides = _side_starts(words, p.side_words)
        for m in _matches(p.tally, text, sides, max(lo, done), stop):
            start = m.start()
            if start > hi:
                break
            if start in seen or start < run_end:
                continue
            seen.add(start)
            if (run := _SET_RUN.match(text, start, stop)) is not None and not taken(start, run.end()):
                w0, w1 = _clause(text, start, run.end())
                if (p.after_score.match(text, run.end()) and p.score_cues.search(text, w0, w1) is not None
                        and p.votes.search(text, w0, w1) is None):
                    out.append(_sets(text, start, run.end()))
                    run_end = run.end()
                    continue
            ga, gb = m.group("a"), m.group("b")
            a, b = _side(ga, p.sides), _side(gb, p.sides)
            if ga[0].isdigit() != gb[0].isdigit() and a and b:
                continue  # "3 to one" mixes the two ways of writing: no tally, unless one side is "nil"
            if a >= 20 and 0 < b < 10 and not ga[0].isdigit() and text[m.end("a"):m.start("b")] in ("-", "–"):
                continue  # "twenty-five" is one number
            if taken(start, m.end()):
                continue
            w0, w1 = _clause(text, start, m.end())
            if _is_split(text, m, a, b, w0, w1, p):
                out.append(_found(start, m.end("b"), a, b, SPLIT))
            if _is_score(text, m, a, b, w0, w1, p):
                out.append(_found(start, m.end(), a, b, SCORE))
        done = hi
    out.sort(key=lambda f: f.start)
    return out

"""What the kind modules hand back before positions and sentences are attached."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from factcheck import pattern_cache
from factcheck.models import Value


class Found(NamedTuple):
    """A value and the exact span ``text[start:end]`` it was read from."""

    start: int
    end: int
    value: Value


class Reading(NamedTuple):
    """How a number token reads, as decided by one kind module.

    ``start``/``end`` widen the token to the whole expression (a currency
    symbol before it, a unit after it). The value on the canonical axis is
    ``number * factor + offset``.
    """

    kind: str
    start: int
    end: int
    factor: float = 1.0
    stated_unit: str | None = None
    unit: str | None = None
    rounding: str = ""  # "place": rounds at the last digit written; "step": at the precision, trailing zeros too
    counted: str | None = None
    role: str | None = None
    offset: float = 0.0


# what a kind reader gives for a number that is no quantity at all, which no later reader may
# take either: "its lowest in 20 years" (how far back a record reaches), "a 300-year-old house"
# (past a person's span, a thing's age no noun of ages.yaml ``things`` names: no count of years)
NO_QUANTITY = Reading("none", -1, -1)


class _Escapes(dict):
    """``re.escape`` of each letter, worked out once: the prefix trees built at start-up
    escape some 25,000 letters, nearly all of them the same few dozen."""

    def __missing__(self, ch: str) -> str:
        self[ch] = escaped = re.escape(ch)
        return escaped


_ESCAPED = _Escapes()


def trie_alternation(words) -> str:
    """Like ``vocab.alternation`` (phrases, longest first, fenced as whole words),
    but shaped as a prefix tree.

    Python's engine tries the branches of an alternation one by one at every
    position it scans; with sixty number words that is sixty failed tries at
    each word start, against one per distinct first letter here. Matching is
    case-sensitive as written; compile with IGNORECASE for lower-case lists.
    """
    root: dict = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, last: str) -> str:
        alts = [(r"\s+" if ch == " " else _ESCAPED[ch]) + emit(child, ch)
                for ch, child in sorted(node.items()) if ch]
        if "" in node:
            # the word may end here: the longer words were tried first, so this is the shortest
            alts.append(r"(?!\w)" if last.isalnum() else "")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    starts = {}
    for ch in root:
        starts.setdefault(ch.isalnum(), {})[ch] = root[ch]
    groups = []
    if True in starts:
        groups.append(r"(?<!\w)" + emit(starts[True], ""))
    if False in starts:
        groups.append(emit(starts[False], ""))
    return "(?:" + "|".join(groups) + ")"


def trie(words, after: dict[str, str] | None = None, blank: str = r"\s+") -> str:
    r"""An alternation of ``words`` as a prefix tree: ``(?:ma(?:r(?:ch)?|y)|nov(?:\.|ember)?)``.

    The regex engine tries alternatives one by one, so a flat list of every
    month, weekday and number word costs a comparison per word at every word
    start; a tree rejects most words at their first letter. Spaces in a phrase
    match any run of white space. Longer words still win: an ending is tried
    before stopping. ``after`` may give a pattern that must follow a word; ``blank``
    is what a space in a phrase matches.
    """
    tree: dict = {}
    for w in set(words):
        node = tree
        for tok in re.findall(r"\s+|.", w):
            node = node.setdefault(" " if tok.isspace() else tok, {})
        node[""] = (after or {}).get(w, "")

    def build(node: dict) -> str:
        alts = [(blank if k == " " else _ESCAPED[k]) + build(node[k]) for k in sorted(node) if k]
        if "" in node:
            alts.append(node[""])
        if len(alts) == 1:
            return alts[0]
        if alts[-1] == "" and "" in node:
            return "(?:" + "|".join(alts[:-1]) + ")?"
        return "(?:" + "|".join(alts) + ")"

    return "(?:" + build(tree) + ")"


# What follows a number decides how it reads, and most kind readers look there with an
# anchored pattern that opens with blanks and a word from a list. ``lead`` takes the two
# characters after the blanks once per number, and ``Opens`` says whether a list has a
# form that opens with them: a set lookup that spares most of those matches.
_LEAD = pattern_cache.compile(r"[\s-]*(.{0,2})", re.DOTALL)
_LEADING_BLANKS = pattern_cache.compile(r"[\s-]*")


def lead(text: str, end: int) -> str | None:
    """The two characters (lower case) after the blanks and hyphens at ``end``;
    None when they are not ASCII (then ``Opens.may`` rules nothing out)."""
    t = _LEAD.match(text, end).group(1)
    return t.lower() if t.isascii() else None


# How many characters after a number ``Opens.may_open`` tells forms apart by: "hours" from "hong kong
# dollars", "people" from "pesos", where two ("ho", "pe") do not
WIDE = 4


class Opens:
    """The openings of ``forms``, for a pattern that matches, after blanks or hyphens
    only, one of them (case-insensitive or not): ``may(lead(...))`` is False only
    where that pattern cannot match; so is ``may_open`` of the first ``WIDE`` characters."""

    def __init__(self, forms) -> None:
        self.two: set[str] = set()
        self.one: set[str] = set()
        # each form's opening, up to ``WIDE`` characters or its first blank, as ASCII letters may match it;
        # cut before a character only one past ASCII matches ("m" of "m²"), into ``wide_cut``
        self.wide: set[str] = set()
        self.wide_cut: set[str] = set()
        for form in forms:
            form = form[_LEADING_BLANKS.match(form).end():]
            p = form[:2]  # what ``lead`` would see
            if len(p) == 2 and not p[1].isspace():  # a blank in a form matches any run of them
                self.two.update(a + b for a in _ascii_folds(p[0]) for b in _ascii_folds(p[1]))
            elif p:
                self.one.update(_ascii_folds(p[0]))
            else:
                self.one.add("")  # a form of blanks only: anything may follow
            folds = [""]
            for ch in form[:WIDE].split(None, 1)[0] if form else "":
                if not (ascii := _ascii_folds(ch)):
                    self.wide_cut.update(folds)
                    break
                folds = [f + a for f in folds for a in ascii]
            else:
                self.wide.update(folds)

    def may(self, t: str | None) -> bool:
        return t is None or t in self.two or t[:1] in self.one or "" in self.one

    def may_open(self, t: str) -> bool:
        """Whether a form may open at ``t``, the first ``WIDE`` characters after the blanks and hyphens
        after a number, as written. A character past ASCII may match any of a form (IGNORECASE folds
        the Kelvin sign onto "k"), so only what comes before it tells; asked once per lead."""
        known = next((t[:i] for i, ch in enumerate(t) if not ch.isascii()), t).lower()
        if any(known[:n] in self.wide for n in range(len(known) + 1)):
            return True  # a whole opening stands there
        # a character past ASCII after ``known``: any opening that goes on from it
        return len(known) < len(t) and any(w.startswith(known) for w in self.wide | self.wide_cut)


@lru_cache(maxsize=1024)
def _ascii_folds(ch: str) -> frozenset[str]:
    """The ASCII characters (lower case) that IGNORECASE matches to ``ch`` ("k" to the Kelvin sign).

    Asked for the first characters of every form of every reader at start-up,
    most of them the same few letters: each is worked out once."""
    return frozenset(c.lower() for c in re.findall(re.escape(ch), _ASCII, re.IGNORECASE))


_ASCII = "".join(map(chr, range(128)))


def by_last_character(endings) -> dict[str, tuple[str, ...]]:
    """``endings`` filed by their last character: ``s.endswith(filed.get(s[-1:], ()))`` is
    ``s.endswith(tuple(endings))``, but compares only the few that end as ``s`` does (``endswith``
    compares each of a tuple in turn, which for the hundred currencies or labels costs more
    than the look-up)."""
    filed: dict[str, tuple[str, ...]] = {}
    for e in endings:
        filed[e[-1:]] = (*filed.get(e[-1:], ()), e)
    return filed


# A minus sign or word right before a number: "-5C", "−0.3%", "minus 20 degrees" (not "5-7",
# "SA-22", "mid-40s": a hyphen after a word or number joins, it does not negate).
MINUS = pattern_cache.compile(r"(?:(?<![\w.,%-])[-−–]|\b(?:minus|negative)\s+)$", re.IGNORECASE)


def minus_before(text: str, start: int) -> int | None:
    """Where the minus sign or word before the number at ``start`` begins, if there is one."""
    c = text[start - 1:start]
    if not c or (c not in "-−–" and not c.isspace()):
        return None
    m = MINUS.search(text, max(0, start - 10), start)
    return m.start() if m else None


@lru_cache(maxsize=None)
def _data_file(name: str):
    """``vocab.data_file(name)``, parsed (or read from the disk cache) once a process: the tables
    never leave ``data_words``, which copies the words it returns."""
    from factcheck.vocab import data_file

    return data_file(name)


@lru_cache(maxsize=None)
def data_words(name: str, key: str, *inner: str) -> tuple[str, ...]:
    """The list ``key`` of ``factcheck/data/<name>`` (``vocab.data_file``), lower case, read once: a
    word list one reader alone uses ("units.yaml", "price_verbs"); in a table, the list its keys
    ``inner`` name ("units.yaml", "duration", "shifts"). A key the file lacks raises ``KeyError``: a renamed
    list stops its reader loudly, never switches its feature off (an empty list, ``key:``, reads as none)."""
    table = _data_file(name)[key] or ()
    for k in inner:
        table = table[k]
    return tuple(" ".join(str(w).lower().split()) for w in table)


# the word after a position, on its line: blanks, then letters ("a single *shot*", "one *second*
# later", "a teenage *boy*")
NEXT_WORD = pattern_cache.compile(r"[ \t]+([A-Za-z]+)")


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """nouns.yaml guards ``not_modifiers``: the function words ("the", "of", "said") that never
    stand between a number and what it counts, nor name what a value is of."""
    from factcheck.vocab import vocabulary

    return frozenset(vocabulary().count_guards.get("not_modifiers", ()))


@lru_cache(maxsize=1)
def statement_date() -> re.Pattern:
    """A statement's verb right before a date, a few small words apart ("said on
    Monday", "told reporters late on Monday", "confirmed Tuesday"): the date is when
    it was said, not what the value is of (data/names.yaml ``speech_verbs``,
    ``statement_verbs`` and ``statement_date_gap``)."""
    from factcheck.vocab import data_file

    data = data_file("names.yaml")
    verbs = {" ".join(str(v).split()) for key in ("speech_verbs", "statement_verbs") for v in data.get(key, ())}
    gap = trie_alternation({str(w) for w in data.get("statement_date_gap", ())})
    return pattern_cache.compile(rf"(?<![\w'’-]){trie_alternation(verbs)}(?:\s+{gap})*\s+\Z", re.IGNORECASE)

"""Counts of people and things: ``6,100 people``, ``10 battalions``, ``129 seats``,
with the role the sentence gives the people (killed, injured, missing ...)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from factcheck import pattern_cache
from factcheck.extract.base import NEXT_WORD, Found, Opens, Reading, by_last_character, data_words, trie, trie_alternation
from factcheck.extract.numbers import Num, hedge_before
from factcheck.scan import Words, first_words, followers, words_of
from factcheck.vocab import FoldedKeys, data_file, longest_first, singular, vocabulary


@lru_cache(maxsize=1)
def _not_nouns() -> frozenset[str]:
    """Words that end in -s after a number without being what it counts: nouns.yaml guards
    ``not_plurals`` and the words of ``not_modifiers`` in -s ("was", "this")."""
    g = vocabulary().count_guards
    return frozenset([*g.get("not_plurals", ()), *(w for w in g["not_modifiers"] if w.endswith("s"))])


# ("a six-figure sum", "a double-digit rise": how many digits a sum is written with, no figure counted)
_NOT_ATTRIBUTES = frozenset("strong odd plus old long wide high tall deep year month day week hour minute point "
                            "something somethings ish time times fold figure digit".split())
# "by 153 votes to 137", "52 seats against 48": the later number of a tally counts the same thing
# a tally's numbers are whole: not from the "5" of "fell 1.5 points to 3,200"
# (the words between: nouns.yaml guards tally_joiners, "to", "against")
_TALLY_JOINERS = data_words("nouns.yaml", "guards", "tally_joiners")
_TALLY_BEFORE = pattern_cache.compile(rf"(?<![\d.,])\d[\d,]*\s+(?P<noun>[a-z]{{3,}}s)\s+{trie(_TALLY_JOINERS)}\s+$", re.IGNORECASE)
# Person nouns that are adjectives ("dead", "missing"): nouns only right after the number ("132 dead"),
# not after a verb ("20 remain missing").
_ADJECTIVE_PEOPLE = frozenset("dead injured wounded missing homeless".split())


class _Guards(NamedTuple):
    partitive: re.Pattern  # "one of the gunmen": a member, not a count
    label: re.Pattern  # "Flight 370", "Article 5", "Fortune 500"
    street: re.Pattern  # "10 Downing Street", "50 boulevard Voltaire"
    labels: dict[str, tuple[str, ...]]  # the labels as written, by their last character (``base.by_last_character``)
    streets: Opens  # what a street name after the number may open with (besides a capital)
    opens_of: Opens  # what "of" opens with
    whole: re.Pattern  # "of the 300": the whole that a part is counted from
    at_name: re.Pattern  # "At Boeing ": a name of ``count_after_name`` as a place, ending where the number starts


_PERSON_NEXT = pattern_cache.compile(r" ([a-z]+)")  # the word after a number, for a person's noun
# a figure or a currency's symbol after a word: "costs $3", "sells 12"
_FIGURE_AFTER = pattern_cache.compile(r"[ \t]+(?:[$€£¥]|\d)")


@lru_cache(maxsize=1)
def _plural_first() -> re.Pattern:
    """``_patterns``' plural with no modifier: "eggs" of "12 eggs costs $3"."""
    more = rf"(?:{trie_alternation(vocabulary().increments.get('after', ()))}\s+)?"
    return pattern_cache.compile(rf"\s+{more}(?P<plural>[a-z][a-z'-]{{2,}}s)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _modifier() -> str:
    """A modifier between the number and its noun ("89 Bataclan victims", "three French
    nationals"), never a function word: "10 said the attackers" counts no attackers.
    ... or a name of digits and capitals: "4 million 5G phones", "300 3D printers"."""
    # (possessive: a blank follows a word, so giving back its letters never finds one)
    return rf"(?:(?!{trie_alternation(vocabulary().count_guards['not_modifiers'])})[a-z][\w'’-]*+|\d(?-i:[A-Z])\w*+)\s++"


@lru_cache(maxsize=1)
def _carried_thing() -> re.Pattern:
    """After a number a verb of carrying takes, more modifiers than a noun after any number may have,
    and the plural they modify: "carrying seven small Earth-observation satellites"."""
    return pattern_cache.compile(rf"\s+(?:{_modifier()}){{1,3}}?(?P<plural>[a-z][a-z'-]{{2,}}s)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns():
    v = vocabulary()
    person = trie_alternation(v.person_nouns)
    modifier = _modifier()
    # "250 more staff": an increment word may stand first, though "more" is no modifier
    more = rf"(?:{trie_alternation(v.increments.get('after', ()))}\s+)?"
    noun = pattern_cache.compile(
        rf"(?P<attr>-(?P<attrword>[a-z]+)\b)"
        rf"|\s+{more}(?:{modifier}){{0,2}}?(?P<person>{person})"
        # ... never a function word in -s, which leaves the word before it the noun: "20 goals this season"
        rf"|\s+{more}(?:{modifier})?(?P<plural>(?!(?:{trie_alternation(_not_nouns())})\b)[a-z][a-z'-]{{2,}}s|(?-i:[A-Z]{{2,5}}s)"
        # ... or a noun whose plural is its singular: "five aircraft", "200 sheep"
        rf"|(?:{trie_alternation(v.count_guards.get('invariant_plurals', ()))})(?!-))\b"
        rf"|\s+(?P<singular>[a-z][a-z-]{{2,}})\b"
    , re.IGNORECASE)
    # Opens on the character before the word, as the number scan does.
    roles = pattern_cache.compile(rf"\W(?P<role>{trie_alternation(v.roles)})", re.IGNORECASE)
    return noun, roles, frozenset(first_words(v.roles)), followers(v.roles), Opens(v.person_nouns)


@lru_cache(maxsize=1)
def _singular_people() -> dict[str, str]:
    """The singular of each plural person noun (nouns.yaml ``person``) -> the plural: "passenger" ->
    "passengers", "man" -> "men"."""
    out: dict[str, str] = {}
    for noun in longest_first(vocabulary().person_nouns):
        if " " not in noun and (one := singular(noun)) != noun:
            out.setdefault(one, noun)
    return out


@lru_cache(maxsize=1)
def _single_kinds() -> frozenset[str]:
    """nouns.yaml guards ``single_kinds``: what "single" before it names a kind of ("a single mother")."""
    return frozenset(vocabulary().count_guards.get("single_kinds", ()))


@lru_cache(maxsize=1)
def _function_words_and_periods() -> frozenset[str]:
    """What an ordinal never counts: a function word ("2nd from left") or a period it names
    which one of ("the fourth quarter"): nouns.yaml guards ``not_modifiers`` and ``ordinal_periods``."""
    g = vocabulary().count_guards
    return frozenset(g["not_modifiers"]) | frozenset(g.get("ordinal_periods", ()))


@lru_cache(maxsize=1)
def _ranks() -> frozenset[str]:
    """What an ordinal ranks by, no noun it counts: "the 3rd largest bank", "the 2nd most populous" (the superlatives
    of units.yaml duration.lookback_before and nouns.yaml guards ``ordinal_superlatives``)."""
    v = vocabulary()
    return frozenset([*(w for w in v.duration_lookback_before if w.endswith("est")), *v.count_guards["ordinal_superlatives"]])


@lru_cache(maxsize=1)
def _ordinal_heads() -> re.Pattern:
    heads = trie_alternation(vocabulary().count_guards.get("ordinal_heads", ()))
    return pattern_cache.compile(rf"(?:\s+[a-z][\w'’-]*){{1,2}}?\s+(?P<head>{heads})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _parent_of() -> re.Pattern:
    """A parent noun and the "of" that counts their children, ending where a number starts."""
    parents = trie_alternation(vocabulary().count_guards.get("parents", ()))
    return pattern_cache.compile(rf"{parents}(?:\s+of\s+|-of-)$", re.IGNORECASE)


class _Crowds(NamedTuple):
    of: re.Pattern  # a gathering's (or a place's) noun and "of", ending where the number (or its hedge) starts
    strong: re.Pattern  # a gathering's noun right after "-strong"
    roles: dict[str, str]  # the nouns of ``of`` -> the role they give


@lru_cache(maxsize=1)
def _crowds() -> _Crowds:
    v = vocabulary()
    crowds = trie_alternation(v.crowd_roles)
    # FoldedKeys: a match may hold "ı" or "ſ" ("a vıllage of 500")
    roles = FoldedKeys({**{w: v.population_role for w in v.population_of}, **v.crowd_roles})
    return _Crowds(pattern_cache.compile(rf"(?<![\w-])(?P<crowd>{trie_alternation(roles)})\s+of\s+$", re.IGNORECASE),
                   pattern_cache.compile(rf"\s+(?P<crowd>{crowds})(?!\w)", re.IGNORECASE), roles)


def _crowd_of(text: str, start: int) -> str | None:
    """The role that a gathering's noun before "of" gives the number at ``start`` ("a crowd
    of 50,000", "a rally of some 10,000"), or a place's ("a city of 2 million"), else None."""
    if text.find("of ", max(0, start - 40), start) < 0:
        return None  # most numbers: no "of" before them
    if not text.endswith("of ", max(0, start - 3), start) and (h := hedge_before(text, start)) is not None:
        start = h[1]  # "a crowd of some 50,000"
    m = (c := _crowds()).of.search(text, max(0, start - 24), start)
    return c.roles[m.group("crowd").lower()] if m is not None else None


class _Frames(NamedTuple):
    after: re.Pattern  # at a count's end: a verb and the gathering it joins ("attended the rally")
    before: re.Pattern  # ending where the number starts: the gathering and its verb ("the rally drew")
    estimate: re.Pattern  # ending where the number starts: an estimate put at it ("put the figure at")
    ends: tuple[str, ...]  # the last words of ``before`` and ``estimate``, to test cheaply whether one ends there
    named: re.Pattern  # a gathering, or its people, anywhere in a sentence
    roles: dict[str, str]  # what ``named`` finds -> its role
    complement: re.Pattern  # after a gathering: "of"/"for" and what it is of, to the clause's next break
    bare: re.Pattern  # at a count's end: a verb of joining with no object ("took part")
    gathering: re.Pattern  # a gathering anywhere in a sentence


@lru_cache(maxsize=1)
def _frames() -> _Frames:
    """The patterns of ``crowd_frames`` (data/nouns.yaml). Gatherings match in lower case
    only: a capital makes a name or a month ("March 15")."""
    v = vocabulary()

    def words(key: str) -> tuple[str, ...]:
        return v.crowd_frames.get(key, ())

    gathering = rf"(?-i:(?P<crowd>{trie_alternation(v.crowd_roles)}))(?![\w-])"
    joined, drew = trie_alternation(words("joined")), trie_alternation(words("drew"))
    estimates, estimated = trie_alternation(words("estimates")), trie_alternation(words("estimated"))
    word = r"[\w'’-]+"
    # "put the figure at", "estimated the crowd at", "put attendance at the concert at": the
    # verb, its object and what that is of, "at"
    put = rf"(?:{estimated})\s+(?:(?:{trie(words('estimate_determiners'))})\s+)?(?:{word}\s+)?(?P<put>{estimates})" \
          rf"(?:\s+(?:{trie(words('estimate_of'))})\s+{word}(?:\s+{word}){{0,2}}?)?"
    # "a crowd estimated at", "turnout at the rally was put at", "was estimated by police at";
    # no "of" right after the noun: "the number of crossings was put at" counts crossings
    was = rf"(?P<was>{estimates})(?!\s+of\b)(?:,?\s+{word}){{0,5}}?,?\s+(?:(?:{trie(words('estimate_passive'))})\s+)?(?:{estimated})" \
          rf"(?:\s+by\s+{word}(?:\s+{word})?)?"
    people = v.noun_default_roles
    last = {w.split()[-1] for w in words("drew")} | {"at"}
    return _Frames(
        pattern_cache.compile(rf"\s+(?:{joined})\s+(?:{word}\s+){{0,3}}?{gathering}", re.IGNORECASE),
        pattern_cache.compile(rf"{gathering}[^.;:!?]{{0,60}}?\s(?:{drew})\s+$", re.IGNORECASE),
        pattern_cache.compile(rf"(?:\b{put}|\b{was})\s+at\s+$", re.IGNORECASE),
        tuple(f" {w}" for w in last),
        pattern_cache.compile(rf"(?-i:{trie_alternation([*v.crowd_roles, *people])})(?![\w-])"),
        {**v.crowd_roles, **people},
        pattern_cache.compile(rf"\s+(?:of|for)\s+[^,;:.!?]*?(?=[,;:.!?]|\s{trie(words('complement_ends'))}\s|$)",
                   re.IGNORECASE),
        pattern_cache.compile(rf"\s+(?:{trie_alternation(words('took_part'))})(?=\s*[,;:.!?]|\s*$)", re.IGNORECASE),
        pattern_cache.compile(rf"(?<![\w-]){gathering}"),
    )


Crowd = tuple[str, tuple[int, int]]  # a gathering's role, and the words about the gathering, not the count


def _crowd_before(text: str, start: int, sentence: tuple[int, int]) -> Crowd | None:
    """The role of a gathering whose size the number at ``start`` is, as the object of its
    verb ("the rally drew 40,000") or the value an estimate is put at ("organisers put the
    figure at 100,000", "a crowd estimated at 50,000"), and the frame's span before the
    number: a role word there is the gathering's ("the funeral of the slain leader drew
    40,000"). Else None."""
    f = _frames()
    before = text[max(sentence[0], start - 20):start].rstrip().lower()
    if not before.endswith(f.ends):
        if (h := hedge_before(text, start)) is None:
            return None  # most numbers: no such word before them
        start = h[1]  # "drew some 40,000"
        if not text[max(sentence[0], start - 20):start].rstrip().lower().endswith(f.ends):
            return None
    lo = max(sentence[0], start - 90)
    if (m := f.before.search(text, lo, start)) is not None:
        return vocabulary().crowd_roles[m.group("crowd")], (m.start(), start)
    if (m := f.estimate.search(text, lo, start)) is None:
        return None
    # the estimate counts the crowd only if it is the crowd's ("Crowds estimated at 50,000")
    # or the sentence names a gathering or its people
    if (role := f.roles.get((m.group("put") or m.group("was")).lower())) is None:
        if (g := f.named.search(text, sentence[0], sentence[1])) is None:
            return None
        role = f.roles[g.group()]
    return role, (m.start(), start)


def _crowd_after(text: str, end: int, sentence: tuple[int, int]) -> Crowd | None:
    """The role of a gathering that the people counted, ending at ``end``, join or attend
    ("40,000 people attended the rally", "thousands joined the march"), and the span of the
    verb, the gathering and what it is of: a role word there is not the count's ("attended
    the funeral of the slain leader"); or, for a verb of joining with no object ("20,000 people
    took part"), the gathering the sentence names before it and the verb's span. Else None."""
    f = _frames()
    if (m := f.after.match(text, end)) is None:
        # the gathering named before the verb: "the unions that called the march said 20,000 took part",
        # not "500 soldiers took part, as the protest continued"
        if (b := f.bare.match(text, end)) is None or (g := f.gathering.search(text, sentence[0], end)) is None:
            return None
        return vocabulary().crowd_roles[g.group("crowd")], (end, b.end())
    c = f.complement.match(text, m.end())
    return vocabulary().crowd_roles[m.group("crowd")], (end, c.end() if c is not None else m.end())


def _outside(hits: list[tuple[int, int, str]], span: tuple[int, int]) -> list[tuple[int, int, str]]:
    """The role words that start outside ``span``."""
    return [h for h in hits if not span[0] <= h[0] < span[1]]


class _NumberOf(NamedTuple):
    links: tuple[str, ...]  # the link words as written, to test cheaply whether one ends right before
    link: re.Pattern  # a link word ending where the number (or its hedge) starts
    head: re.Pattern  # "the number of", "the total number of", a population ("its population") or a toll


@lru_cache(maxsize=1)
def _number_of() -> _NumberOf:
    g = vocabulary().count_guards
    links = g.get("number_of_links", ())
    population = trie_alternation(g.get("population_subjects", ()))
    toll = trie_alternation(g.get("toll_subjects", ("toll",)))
    return _NumberOf(tuple(f" {w}" for w in links),
                     pattern_cache.compile(rf"{trie_alternation(links)}\s+$", re.IGNORECASE),
                     pattern_cache.compile(rf"\bthe\s+(?:[a-z-]+\s+)?number\s+of(?=\s)|(?P<population>\b(?:{population}))\b"
                                           rf"|(?P<toll>\b(?:{toll}))\b", re.IGNORECASE))


class _Votes(NamedTuple):
    after: re.Pattern  # at a tally's first number: "[votes] to 91", "-212"
    before: re.Pattern  # ending at its second: "168 to ", "300 votes to "
    context: re.Pattern  # a word that makes a tally one of votes
    won: re.Pattern  # a word that says which side won: group "for" or "against"
    side: re.Pattern  # right after a number of votes, the side it is on
    sides: Opens  # what may open ``side`` after the number


_JOINER = rf"\s*(?:-|–|\s{trie(_TALLY_JOINERS)}\s)\s*"


@lru_cache(maxsize=1)
def _votes() -> _Votes:
    g = vocabulary().count_guards
    # a side counts only where no noun phrase follows it: "11 against, and 58 abstentions",
    # "100 votes in favour of the motion", not "won 300 votes against the incumbent"
    free = rf"(?=\s*(?:[,.;:)]|$|{trie(g['vote_side_followers'])}\b))"
    return _Votes(
        pattern_cache.compile(rf"(?P<noun>\s+votes?)?{_JOINER}(?P<num>\d[\d,]*)(?![\d.]\d)", re.IGNORECASE),
        pattern_cache.compile(rf"(?<![\d.,])(?P<num>\d[\d,]*)(?P<noun>\s+votes?)?{_JOINER}$", re.IGNORECASE),
        pattern_cache.compile(trie_alternation(g.get("vote_words", ())), re.IGNORECASE),
        pattern_cache.compile(rf"(?P<for>{trie_alternation(g.get('vote_won_for', ()))})"
                   rf"|(?P<against>{trie_alternation(g.get('vote_won_against', ()))})", re.IGNORECASE),
        pattern_cache.compile(rf"(?:(?P<noun>\s+votes?)|(?P<voters>\s+(?:{trie_alternation(g.get('vote_voters', ()))}))"
                   rf"(?:\s+(?:{trie_alternation(g.get('vote_verbs', ()))}))?)?"
                   rf"\s+(?:(?P<for>{trie_alternation(g.get('vote_sides_for', ()))})"
                   rf"|(?P<against>{trie_alternation(g.get('vote_sides_against', ()))})"
                   rf"|(?P<abstained>{trie_alternation(g.get('vote_sides_abstained', ()))})){free}", re.IGNORECASE),
        Opens([*g.get("vote_sides_for", ()), *g.get("vote_sides_against", ()), *g.get("vote_sides_abstained", ()),
               *g.get("vote_voters", ()), "votes"]),
    )


_TALLY_ENDS = ("to", "-", "–", "against", "versus", "vs", "vs.")
_TALLY_LAST = frozenset("otsOTS.-–")  # the last characters of ``_TALLY_ENDS``
_TALLY_LEADS = ("to", "ag", "ve", "vs", "vo")  # what a joiner or "votes" opens with, after the first number
_CHANGE_BEFORE = ("from", "between")


def _tally(text: str, start: int, first: float | str, second: float | str, m: re.Match) -> bool:
    """Whether two numbers joined as in a tally are one: the winning side first ("168 to 91",
    "215-212"), unless "votes" follows the first ("by 12 votes to 300"). "210-220 votes" and
    "150 to 160" are ranges, "fell from 150 to 120" a change."""
    if text[max(0, start - 10):start].rstrip().lower().endswith(_CHANGE_BEFORE):
        return False
    a, b = (float(x.replace(",", "")) if isinstance(x, str) else x for x in (first, second))
    return a > b or bool(m.group("noun"))


def _vote(text: str, num: Num, sentence: tuple[int, int], lead: str | None) -> tuple[int, str | None] | None:
    """A number of votes, from a tally ("voted 168 to 91 in favour", "passed 215-212",
    "approved by 300 votes to 12") or a side named after it ("100 votes in favour,
    11 against"): (its end, its side), None when it is no number of votes. Of a tally,
    the larger number is the side that won, when a word says which side that is."""
    vt = _votes()
    end, other, tally = num.end, None, None
    if lead is None or lead[:1].isdigit() or lead in _TALLY_LEADS:
        if (m := vt.after.match(text, num.end)) is not None and _tally(text, num.start, num.value, m.group("num"), m):
            other, tally, end = m.group("num"), (num.start, m.end()), m.end("noun") if m.group("noun") else num.end
    # the last letter of a joiner ("to", "against", "vs.", "-") before the number, past one blank
    last = text[num.start - 1:num.start]
    if last == " ":
        last = text[num.start - 2:num.start - 1]
    if other is None and last in _TALLY_LAST and text[max(0, num.start - 10):num.start].rstrip().lower().endswith(_TALLY_ENDS):
        if (m := vt.before.search(text, max(0, num.start - 40), num.start)) is not None \
                and _tally(text, m.start(), m.group("num"), num.value, m):
            other, tally = m.group("num"), (m.start(), num.end)
    side = None
    if other is None:
        if not vt.sides.may(lead) or (s := vt.side.match(text, num.end)) is None:
            return None
        side, tally = ("for" if s.group("for") else "against" if s.group("against") else "abstained"), (num.start, s.end())
        if s.group("noun") or s.group("voters"):
            end = s.end("noun") if s.group("noun") else s.end("voters")
    c0, c1 = _clause(text, num.start, sentence)
    lo, hi = max(c0, tally[0] - 100), min(c1, tally[1] + 60)
    if vt.context.search(text, lo, hi) is None:
        return None
    if side is None:
        x, y = num.value, float(other.replace(",", ""))
        if x != y:
            won = None
            best = None
            for w in vt.won.finditer(text, max(c0, tally[0] - 80), min(c1, tally[1] + 40)):
                if tally[0] <= w.start() < tally[1]:
                    continue  # the tally's own joiner: "40 votes against 60"
                d = tally[0] - w.end() if w.end() <= tally[0] else w.start() - tally[1]
                if best is None or d < best:
                    best, won = d, "for" if w.group("for") else "against"
            if won is not None:
                side = won if x > y else ("against" if won == "for" else "for")
    return end, side


# An owner between "of (the)" and a whole's number: "six of the train's eight carriages", "seven of
# Spain's 17 regions", "three of the United States' 50 states" (a name of up to three words).
_POSSESSOR = r"(?:(?:[a-z][\w.-]*\s+){0,2}[a-z][\w.-]*(?:['’]s|(?<=s)['’])\s+)?"


@lru_cache(maxsize=1)
def whole_owner() -> str:
    """What stands between "of" and the number of a whole a part is counted from: a determiner
    (nouns.yaml ``whole_determiners``: "two of their five children") and an owner ("six of the
    train's eight carriages"), each optional; the one fragment the counts and the engine's
    part-of-a-whole reach share."""
    dets = trie_alternation(vocabulary().count_guards["whole_determiners"])
    # "12 of its last 15 games", "eight of the first 10 races": a span of the whole's items (``whole_spans``)
    spans = trie_alternation(vocabulary().count_guards.get("whole_spans", ()))
    return rf"(?:{dets}\s+)?{_POSSESSOR}(?:{spans}\s+)?"


@lru_cache(maxsize=1)
def _guards() -> _Guards:
    g = vocabulary().count_guards
    # the labels capitalized, as names are written; names as they are ("iPhone")
    written = tuple(w[:1].upper() + w[1:] for w in g["labels"]) + tuple(g.get("count_after_name", ()))
    streets = trie_alternation(g["streets"])
    return _Guards(
        pattern_cache.compile(r"\s+of\b", re.IGNORECASE),
        pattern_cache.compile(rf"{trie_alternation(written)}\s*$"),
        pattern_cache.compile(rf"\s+(?:(?i:{streets})\s+[A-Z]|(?:[A-Z][\w'’.-]*\s+){{1,3}}(?i:{streets})(?!\w))"),
        by_last_character(written),
        Opens(g["streets"]),
        Opens(["of"]),
        # a number in digits, or a word the number scan reads ("three", "twenty-one"), then a blank
        pattern_cache.compile(rf"\s+of\s+{whole_owner()}"
                   rf"(?:\d[\d,]*|(?:{trie_alternation([*vocabulary().number_units, *vocabulary().number_tens])})(?:-[a-z]+)?)(?=\s)",
                   re.IGNORECASE),
        pattern_cache.compile(rf"(?<![\w'’-])(?i:{trie_alternation(g.get('count_after_name_places', ()))})\s+"
                              rf"(?:{trie_alternation(g.get('count_after_name', ()))})\s+$"),
    )


@lru_cache(maxsize=1)
def _emergency() -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    """numbers.yaml ``emergency``: the numbers to dial as written, the words after one that make it
    the line's, and a verb of calling ending where one starts."""
    e = data_file("numbers.yaml")["emergency"]
    return (frozenset(str(n) for n in e["numbers"]), frozenset(str(w).lower() for w in e["line"]),
            pattern_cache.compile(rf"(?<![\w'’-])(?:{trie_alternation(e['dialled'])})\s+$", re.IGNORECASE))


def _emergency_number(text: str, num: Num) -> bool:
    """Whether the number is an emergency line ("the first 911 call", "called 911"), no count."""
    numbers, line, dialled = _emergency()
    if num.words or text[num.start:num.end] not in numbers:
        return False  # most numbers: a set lookup
    nxt = NEXT_WORD.match(text, num.end)
    return nxt is not None and nxt.group(1).lower() in line \
        or dialled.search(text, max(0, num.start - 20), num.start) is not None


# A number in words with no noun counts people only right beside its role word
# ("two were killed", "killing two"); farther off, "two" is the two sides, the two men.
_WORDS_ROLE_DISTANCE = 12


def read(text: str, num: Num, sentence: tuple[int, int], role_hits: list[tuple[int, int, str]],
         lead: str | None = None) -> Reading | None:
    """A count, if a counted noun follows or the sentence gives the number a role.
    ``lead``: ``base.lead(text, num.end)``, when the caller has it."""
    # a count is whole: "9.20" with no unit is a clock time, "1.5 million" is whole once scaled
    if num.fraction or (not num.vague and num.value != int(num.value)):
        return None
    if not num.words and text[num.end:num.end + 1].isalpha():
        return None  # "4G", "3D", "5S": letters glued to the digits make a name, no count
    if _emergency_number(text, num):
        return None  # "after the first 911 call and killed him": a line to dial
    if not num.words and text[num.start - 1:num.start] == "-" and _model_variant(text, num.start):
        return None  # "the ATR 72-600", "Boeing 737-800 jets": a model's variant, and no range with its model
    noun, _, _, _, people = _patterns()
    if text.endswith(("of ", "-of-"), max(0, num.start - 4), num.start) \
            and _parent_of().search(text, max(0, num.start - 24), num.start):
        # "a mother of three", "a father-of-two": the family's children, whatever the parent's role
        m = noun.match(text, num.end)
        end = m.end() if m is not None and m.lastgroup == "person" else num.end
        return Reading("count", num.start, end, 1.0, "child", "child", "", "child", None)
    # a gathering's size: its people take the gathering's role unless a role word gives another
    default = _crowd_of(text, num.start)
    # a role read from a gathering's own noun ("a crowd of", "-strong crowd"), which the gathering a
    # frame names replaces: "a 20,000-strong crowd attended the vigil" mourns
    gathered = default is not None and default != vocabulary().population_role
    frame = _crowd_before(text, num.start, sentence) if default is None and not num.ordinal else None
    if frame is not None:
        default = frame[0]
    if not num.words and not num.vague and (voted := _vote(text, num, sentence, lead)) is not None:
        if voted[1] == "abstained":  # "4 abstaining": counted as "58 abstentions" is
            return Reading("count", num.start, voted[0], 1.0, "abstention", "abstention", "", "abstention", "abstained")
        return Reading("count", num.start, voted[0], 1.0, "vote", "vote", "", "vote", voted[1])
    # After the number, a noun opens with a letter (or is a person noun), a street with a
    # letter or a street word: a number before anything else spares those matches.
    letter = lead is None or lead[:1].isalpha() or lead[:1].isdigit() and lead[1:2].isalpha()  # "4 million 5G phones"
    may_be_noun = letter or people.may(lead)
    has_roles = bool(role_hits) and _any_within(role_hits, sentence)  # asked once: the sentence holds a role word
    if not may_be_noun and default is None:
        if not num.vague and not num.words and (counted := _tally_noun(text, num.start)) is not None:
            return Reading("count", num.start, num.end, 1.0, counted, counted, "", counted, None)
        if not has_roles:
            # neither a noun nor a role word: no count, whatever the guards below say,
            # unless the clause named what it counts before it ("the number of tourists ... to 2.4 million")
            if not num.ordinal and (named := _number_of_noun(text, num, sentence)) is not None:
                return Reading("count", num.start, num.end, 1.0, named[0], vocabulary().counted_units.get(named[0], named[0]),
                               "", named[0], named[1] or named[2])
            return None
    v = vocabulary()
    g = _guards()
    if num.value == 1 and g.opens_of.may(lead) and g.partitive.match(text, num.end):
        if num.words and has_roles and (fate := _one_of_fate(text, num.end, sentence, role_hits)) is not None:
            # the count's text runs to its group, "one of them": a part of no other count, so no rule's
            # "of them" (a part's mark) vetoes it
            return Reading("count", num.start, fate[1], 1.0, "person", "person", "", "person", fate[0])
        return None
    before = text[max(0, num.start - 16):num.start]
    if ((b := before.rstrip()).endswith(g.labels.get(b[-1:], ())) and g.label.search(text, max(0, num.start - 16), num.start)
            and not (g.at_name.search(text, max(0, num.start - 30), num.start)
                     and (p := _PERSON_NEXT.match(text, num.end)) and p.group(1).lower() in v.person_nouns)) \
            or ((g.streets.may(lead) or (letter and _may_be_capital(text, num.end))) and g.street.match(text, num.end)):
        return None
    # "hundreds of people": the "of" that a vague quantity takes before its noun
    of = g.partitive.match(text, num.end) if num.vague and g.opens_of.may(lead) else None
    m = noun.match(text, of.end() if of else num.end) if of or may_be_noun else None
    whole = None
    if m is None and of is None and g.opens_of.may(lead) and not num.vague and (whole := g.whole.match(text, num.end)):
        # "149 of the 300 seats", "two of the five suspects": the part counts what the whole
        # does, and its span stops at the part: the whole is a count of its own
        m = noun.match(text, whole.end())
    if m is not None and m.end() > sentence[1]:
        m = None  # the noun is the next sentence's, past a headline's end: "... two\n\nShares rose"
    if (m is None or m.lastgroup == "singular") and whole is None and of is None and not num.words \
            and _lower_label(text, num.start) \
            and not (has_roles and _role_follows(text, num.end, role_hits)):
        return None  # "stood up in row 14 of the plane", "left from platform 9": a seat's row, a platform, no count
    if (m is None or m.lastgroup == "singular") and not num.words and text[num.start - 2:num.start - 1].isupper() \
            and _ACRONYM_BEFORE.search(text, max(0, num.start - 8), num.start):
        # "the ATR 72 turboprop", "an MD 80": a maker's capitals and a number name a model; in a
        # line all in capitals ("BOMB KILLS 12 IN KABUL") any word is
        if not _line_of(text, num.start).isupper():
            return None
    if (m is None or m.lastgroup == "singular") and not num.words and text[num.start - 2:num.start - 1].isalpha() \
            and (w := _NAME_BEFORE.search(text, max(0, num.start - 24), num.start)) is not None \
            and w.group(1).lower() not in _opener_words() and _prose(_line_of(text, num.start)) \
            and not (has_roles and _role_follows(text, num.end, role_hits)):
        # "the Boeing 737 can carry 189 passengers", "Apollo 11 landed", "Fortune 500": a name and a number name
        # a model, a mission, a road or a list (not "All 62 died", "In March 300 were hurt", nor a headline
        # in title case: "Quake Kills 300"); but a number that a role verb follows is its subject,
        # a count whatever word stands before it ("In Nepal 8,000 died", "Nationwide 3,000 were arrested")
        return None
    if (m is None or of is not None) and whole is None and has_roles and g.opens_of.may(lead) and _part_of_fate(text, num.end):
        # "Twelve of the injured were in critical condition", "several of the wounded had died": a part
        # of a count said elsewhere (a vague one too, whose "of the wounded" reads as its noun)
        return None
    if (m is None or m.lastgroup == "singular") and whole is None and has_roles \
            and (lead is None or lead in _more_leads()) \
            and (more := _more_of().match(text, num.end)) is not None \
            and _part_of_fate(text, more.end()):
        return None  # "after four more of the wounded died": a part of the wounded, and an increment to the dead
    counted = None
    role = None
    end = num.end
    after = None  # where a verb of the people counted may stand, when not at ``end``
    found_person = m.group("person").lower() if m is not None and m.lastgroup == "person" else None
    if m:
        found = m.lastgroup  # which of the noun pattern's branches matched
        if found == "attr":
            word = m.group("attrword").lower()
            if word == "strong" and not text.startswith("-", m.end()):
                counted, end = "person", m.end()  # "a 20,000-strong crowd", "the 5,000-strong force"
                if (c := _crowds().strong.match(text, end)) is not None:
                    default, gathered = v.crowd_roles[c.group("crowd").lower()], True
                    after = c.end()  # "a 20,000-strong crowd attended the vigil"
            # not "one-off", "one-way", "one-sided"; nor what an ordinal ranks by, "the 5th-largest bank"
            elif (len(word) > 2 and not (num.words and num.value == 1) and word not in _NOT_ATTRIBUTES
                    and not (num.ordinal and word in _ranks())
                    and word not in v.duration_units and word not in v.fractions
                    and word not in v.measure_units and not text.startswith("-", m.end())):
                counted = singular(word)
                end = m.end()
        elif found == "person" and num.ordinal:
            return None  # "the fifth person to die", "the second civilian killed": a rank, no toll
        elif found == "person" and (m.start("person") - num.end > 1 and m.group("person").lower() in _ADJECTIVE_PEOPLE):
            # "300 remain missing": the adjective gives the role, but is no part of the count
            counted = "person"
            role = v.noun_roles.get(m.group("person").lower())
        elif found == "person":
            noun = " ".join(m.group("person").lower().split())
            if noun in _ADJECTIVE_PEOPLE and (d := _died_after().match(text, m.end())) is not None \
                    and not _a_number().search(text, m.end(), d.end()):
                return None  # "after six injured passengers died": the hurt who died since, neither count's figure
            counted = "person"
            role = v.noun_roles.get(noun)
            if noun in _ADJECTIVE_PEOPLE and has_roles:
                # "45 dead or missing", "45 dead and injured": a role phrase that the adjective opens is the count's
                i = bisect_left(role_hits, (m.start("person"), 0, ""))
                if i < len(role_hits) and role_hits[i][0] == m.start("person") and role_hits[i][1] > m.end():
                    role = role_hits[i][2]
            default = v.noun_default_roles.get(noun, default)
            end = m.end()
        elif found == "singular" and not num.ordinal and num.value <= 1 and num.words \
                and m.group("singular")[0].islower() and " ".join(text[num.start:num.end].lower().split()) in v.vague:
            # "a single passenger survived", "not a single shot was fired": a determiner that counts one
            # (or none) before a noun in the singular, a person's or a thing's; not "one passenger told
            # reporters", mostly one of several, nor "a single mother", "a single day" (a duration's)
            word = m.group("singular")
            if word in _single_kinds():
                pass
            elif (plural := _singular_people().get(word)) is not None:
                counted, role, default, end = "person", v.noun_roles.get(plural), v.noun_default_roles.get(plural, default), m.end()
            elif word not in _not_nouns() and word not in _function_words_and_periods() and word not in v.not_counted \
                    and word not in v.number_units \
                    and word not in v.duration_units and word not in v.measure_units and not word.endswith(("ous", "ed")) \
                    and ((nxt := NEXT_WORD.match(text, m.end())) is None or nxt.group(1).lower() in _function_words_and_periods()
                         or nxt.group(1).endswith("ed")):
                # a thing's noun is the word after the determiner only where a function word, a verb in
                # -ed or a stop follows it: "a single shot was fired", "a single bullet killed him"; not
                # the adjective of "a single large bomb"
                counted, end = word, m.end()
        elif found == "singular":
            if num.ordinal and m.group("singular") not in _not_nouns() \
                    and m.group("singular").lower() not in _function_words_and_periods() \
                    and m.group("singular").lower() not in _ranks():
                counted = m.group("singular")
                end = m.end()
                # "50th wedding anniversary": an ordinal's head noun may stand after a modifier or two
                if (h := _ordinal_heads().match(text, num.end)) is not None:
                    counted, end = h.group("head").lower(), h.end()
        else:
            if m.start("plural") > num.end + 1 and _FIGURE_AFTER.match(text, m.end()) \
                    and (first := _plural_first().match(text, num.end)) is not None and first.end() < m.end():
                m = first  # "A dozen eggs costs $3": a plural that a figure follows is a verb, the one before it the noun
            word = m.group("plural")
            low = word.lower()
            # "rose two tenths to 1.8%", "two halves": shares of something, never things counted
            if plural_noun(low, v) and not (num.words and num.value == 1) and low not in v.fractions \
                    and not ((nxt := NEXT_WORD.match(text, m.end())) is not None and nxt.group(1).lower() in _object_pronouns()):
                counted = _singular(low)
                role = v.noun_roles.get(low)  # "12 abstentions"
                end = m.end()
    parted = False  # a part of a whole whose noun names what befell it
    if whole is not None:
        end = num.end
        if role is not None and role in _fates().fates and role not in _fates().groups:
            # "Two of the 14 dead were children", "found two of the seven bodies": the fate the
            # whole's noun names is the whole's; the part is no toll of its own
            role, parted = None, True
    if frame is None and not num.ordinal and counted in (None, "person") and (after is not None or m is None or m.lastgroup != "attr"):
        if (frame := _crowd_after(text, after or end, sentence)) is not None:
            # "5,000 mourners attended": the noun's role, else the gathering's
            default = frame[0] if gathered else default or frame[0]
    if counted is None and default is not None and (m is None or m.lastgroup == "singular"):
        counted = "person"  # "a crowd of 50,000 filled the square"
    distance = 0.0
    if counted is None and num.ordinal:
        return None  # an ordinal with no noun ranks, it counts no people: "2nd from left"
    if counted in (None, "person") and role is None and (m is None or m.lastgroup == "singular") and has_roles \
            and (respective := _respective_role(text, num, sentence, role_hits)) is not None:
        if not respective:
            return None  # "the death toll, the injured and the missing stood at 40 and 200 respectively"
        counted, role = "person", respective  # "the death toll and the number of injured rose to 40 and 200 respectively"
    elif counted is None and (m is None or m.lastgroup == "singular") \
            and (named := _number_of_noun(text, num, sentence, role_hits)) is not None:
        counted, role, default = named[0], named[1], named[2] or default
    if role is None and counted in (None, "person") and _carried(text, num.start):
        if counted is None and (m is None or m.lastgroup == "singular") \
                and (t := _carried_thing().match(text, num.end)) is not None and t.end() <= sentence[1] \
                and (low := t.group("plural").lower()) not in v.person_nouns and plural_noun(low, v):
            counted, end = _singular(low), t.end()  # "carrying seven small Earth-observation satellites": no one on board
        else:
            role = _fates().on_board[0]  # "a ferry carrying 476 people": those on board, whatever befell others
    if role is None and counted == "person" and m is not None \
            and (text.find("held", max(0, num.start - 40), num.start) >= 0
                 or text.find("holding", max(0, num.start - 40), num.start) >= 0
                 or text.find("housed", max(0, num.start - 40), num.start) >= 0):
        h = hedge_before(text, num.start)
        hv = _holding()
        if hv.verb.search(text, max(0, num.start - 40), h[1] if h else num.start):
            role = hv.role  # "Police held five suspects", "police are holding at least 20 people"
        elif hv.venue.search(text, max(0, num.start - 40), h[1] if h else num.start):
            role = hv.present  # "the building held 500 people": those inside, not a capacity's "holds"
    if (role is None or role in _fates().groups) and counted == "person" and m is not None and m.lastgroup == "person":
        h = hedge_before(text, num.start)
        if (s := (hv := _holding()).seized.search(text, max(0, num.start - 40), h[1] if h else num.start)) is not None:
            # "Armed men seized 287 pupils", "snatched 50 passengers": taken, as the abducted are;
            # "Police seized five suspects": arrested
            role = hv.role if hv.by_law.search(text, max(sentence[0], s.start() - 50), s.start()) else hv.hostages
    if role is None and counted == "person" and (m is None or m.lastgroup == "person") \
            and _care_verb_before(text, num.start):
        h = hedge_before(text, num.start)
        care = _care()
        if care.verb.search(text, max(sentence[0], num.start - 100), h[1] if h else num.start):
            role = care.role  # "Hospitals treated 38 protesters", "the hospital said it had treated 45 protesters"
    if role is None and counted in (None, "person") and has_roles and default != v.population_role and not parted:
        # "killed at least 4": the hedge stands between the role word and the number
        h = hedge_before(text, num.start)
        start = h[1] if h else num.start
        hits = _outside(role_hits, frame[1]) if frame is not None else role_hits
        if frame is not None and frame[1][0] >= num.end:
            # "20,000 people protested on Sunday, and 3,000 attended the funeral": the gathering the
            # count's own verb names beats a role word of the clause before
            hits = [h for h in hits if h[1] > start or not _CLAUSE_JOIN.search(text, h[1], start)]
        fronted = _past_fronted(text, num.start, _clause(text, num.start, sentence))
        if _PART_OF_WHOM.match(text, num.end):
            # "uninjured passengers, about 150 of whom spent hours there": a part of the people
            # named before it, whose role words are theirs; only its own clause's are the part's
            # ("20 of whom were injured"). It still counts people, as they do ("99 of them seriously")
            role, distance = nearest_role(start, end, fronted, [h for h in hits if h[0] >= num.end], text,
                                          default is not None)
            if role is None and counted is None and nearest_role(start, end, fronted, hits, text, default is not None)[0]:
                counted = "person"
        else:
            if found_person in _member_nouns():
                # "arrived with 36 members and six dogs, found two bodies": the people a team is
                # made of take no role word past a comma
                hits = [h for h in hits if "," not in (text[end:h[0]] if h[0] >= end else text[h[1]:start])]
            role, distance = nearest_role(start, end, fronted, hits, text, default is not None)
        if role is not None and text.find(" of ", max(0, start - 40), start) >= 0 \
                and _part_before().search(text, max(sentence[0], start - 66), start):
            # "Six of the seven climbers died", "two of the five suspects were arrested": what
            # befell the part is not the whole's; the whole keeps only a role word right after
            # it that is no finite verb ("12 of the 300 people on board", "one of three people
            # injured")
            i = bisect_left(role_hits, (end, 0, ""))
            role = None
            if i < len(role_hits) and role_hits[i][0] <= end + 2 \
                    and text[role_hits[i][0]:role_hits[i][1]].lower() not in _fates().finite:
                role = role_hits[i][2]
            elif i < len(role_hits) and role_hits[i][0] - end < 40 \
                    and (r := _whole_relative().match(text, end)) is not None and r.end() == role_hits[i][0]:
                role = role_hits[i][2]  # "29 of the 43 inmates who escaped": a relative clause's verb is the whole's
    if role is not None and counted == "person" and (found := _found_of(text, num.start, end)) is not None:
        role = found  # "the bodies of 14 people were recovered": those found so far, no toll
    if role is None and counted == "person" and text.startswith(_displacing().objects, end):
        h = hedge_before(text, num.start)
        if (d := _displacing()).verb.search(text, max(0, num.start - 50), h[1] if h else num.start):
            role = d.role  # "forced 20,000 people from their homes", "driven more than 300,000 people from ..."
    if role is None and counted == "person":
        role = default
    found_noun = m.group("person").lower() if m is not None and m.lastgroup == "person" and end == m.end() else None
    if role is not None and counted in (None, "person") and (has_roles or found_noun in found_noun_roles()):
        # "recovered 14 bodies": a noun whose own role gives way to a fate, as a group's does
        fates = _fates()
        noun_fate = found_noun is not None and (found_noun in fates.nouns or found_noun in found_noun_roles())
        if role in fates.groups or noun_fate:
            fated = _fate(text, num, end, _clause(text, num.start, sentence), role_hits, role) if has_roles else None
            if fated is not None and found_noun in fates.nouns and fated[0] not in fates.noun_roles:
                fated = None  # "11 bodies had been brought to the hospital morgue": no one hurt
            if fated is not None:
                role, end = fated
                if whole is not None and m is not None and m.lastgroup == "person" \
                        and found_noun_roles().get(m.group("person").lower()) == role:
                    # "rescued at least eight of the 31 survivors": the whole's noun names the
                    # part's fate, so the part is a subset of those rescued, no count of them
                    role = None
            elif noun_fate and (found := _found(text, num.start, end)) is not None:
                # "14 bodies were found": no role word, as "found" is "found dead"'s filler; "found 12
                # survivors": the rescued
                role = found_noun_roles().get(found_noun, found)
    if role is not None and role in _fates().on_board and _split_of_fronted(text, num.start, sentence, role_hits):
        # "Of the sick, 71 were passengers and 16 were crew": the whole's kinds, not those on board
        counted, role = counted or "person", None
    if counted == "person" and role is None and (jobs := _jobs_lost()).lost.match(text, end) is not None:
        counted = jobs.counted  # "1,800 people will lose their jobs": the jobs cut
    if counted is None and role is None:
        return None
    if counted is None and num.words and num.value < 10 and (num.value < 2 or distance > _WORDS_ROLE_DISTANCE):
        return None  # "one", "two" with neither a noun nor a role beside them are pronouns, not counts
    if counted is None:
        counted = "person" if role else None
    # positional fields: a keyword call costs twice as much
    return Reading("count", num.start, end, 1.0, counted, v.counted_units.get(counted, counted), "", counted, role)


class _JobsLost(NamedTuple):
    lost: re.Pattern  # right after a count of people: "will lose their jobs", "were laid off"
    counted: str  # what they count then: jobs


@lru_cache(maxsize=1)
def _jobs_lost() -> _JobsLost:
    """What after a count of people makes it a count of the jobs they lose ("1,800 people will
    lose their jobs"): nouns.yaml guards ``jobs_lost`` after words of ``jobs_lost_gap``, and the
    noun such a count counts (``jobs_lost_counted``, one word)."""
    g = vocabulary().count_guards
    gap = trie_alternation(g.get("jobs_lost_gap", ()))
    lost = trie_alternation(g.get("jobs_lost", ()))
    return _JobsLost(pattern_cache.compile(rf"(?:\s+(?:{gap}))*\s+(?:{lost})(?![\w'’-])", re.IGNORECASE),
                     g["jobs_lost_counted"][0])


class _Fates(NamedTuple):
    groups: frozenset[str]  # roles that say who people are
    fates: frozenset[str]  # roles that say what befell them
    joins: re.Pattern  # between the count and its group's word: "Three of the gunmen", "passengers and crew"
    gap: re.Pattern  # between the count (or its group) and a fate word: a passive's words
    ends: re.Pattern  # after a fate word with no passive: no object follows
    every: re.Pattern  # ending where the number starts: "all 62"
    none: re.Pattern  # ending where the number starts: "none of the 239"
    survived: re.Pattern
    aboard: str  # the role of a number all of whom on board died
    dead: str  # the fate that, befalling all on board, gives ``aboard``
    partitive: re.Pattern  # "of the gunmen" after the number: a part of a group named by its noun
    whole: re.Pattern  # ending where the number starts: "of the", the whole that a part is of
    carrying: tuple[str, ...]  # verbs whose object is the people on board
    on_board: tuple[str, ...]  # the roles of people on board
    finite: frozenset[str]  # fate words that are only ever a clause's verb ("died"), no noun's modifier
    where: re.Pattern  # after a count or its group, before a passive: where they were ("on the bus", "the flight")
    kept: frozenset[str]  # fates that, befalling all of a group, leave its role ("all 239 people aboard survived")
    nouns: frozenset[str]  # nouns whose own role gives way to a fate, as a group's does ("recovered 14 bodies")
    noun_roles: frozenset[str]  # the only fates those nouns may take: bodies are never hurt


@lru_cache(maxsize=1)
def _fates() -> _Fates:
    g = vocabulary().count_guards

    def alt(key: str) -> str:
        return trie_alternation(g.get(key, ()))

    gap = rf"(?:\s+(?:(?P<passive>{alt('fate_passive')})|{alt('fate_fillers')}|[a-z]+ly)(?![\w'’-]))*\s+"
    # the second count of a pair, in digits or words: "12 passengers and 3 crew", "Fifty-nine passengers and seven crew"
    v = vocabulary()
    figure = rf"(?:\d[\d,]*|(?:{trie_alternation([*v.number_units, *v.number_tens])})(?:-[a-z]+)?)"
    return _Fates(
        frozenset(g.get("fate_groups", ())), frozenset(g.get("fates", ())),
        # "of the 20 hostages": a part, past its whole (and the whole's noun: "of the 72 people on
        # board"); "12 passengers and 3 crew were killed"
        pattern_cache.compile(rf"\s*(?:of\s+{whole_owner()}|(?:and|or)\s+)?(?:{figure}\s+(?:[a-z]+\s+)?)?",
                              re.IGNORECASE),
        pattern_cache.compile(gap, re.IGNORECASE),
        pattern_cache.compile(rf"\s*(?:[.,;:!?)]|$)|\s+(?:{alt('fate_ends')})(?![\w'’-])", re.IGNORECASE),
        pattern_cache.compile(rf"(?<![\w'’-])(?:{alt('fate_all')})\s+$", re.IGNORECASE),
        pattern_cache.compile(rf"(?<![\w'’-])(?:{alt('fate_none')})\s+$", re.IGNORECASE),
        pattern_cache.compile(rf"(?<![\w'’-])(?:{alt('fate_survived')})(?![\w'’-])", re.IGNORECASE),
        g.get("all_aboard_role", ("all aboard killed",))[0], g.get("all_aboard_fate", ("killed",))[0],
        # ... or of an owner's: "40 of yesterday's arrests", "three of Monday's dead"
        pattern_cache.compile(r"\s+of\s+(?:the|its|their|[a-z]+['’]s)\s+(?P<noun>[a-z]+)(?![\w'’-])", re.IGNORECASE),
        pattern_cache.compile(rf"(?<![\w'’-])of\s+{whole_owner()}$", re.IGNORECASE),
        tuple(f" {w}" for w in g.get("carrying", ())),
        g.get("on_board", ("passengers",)),
        frozenset(g.get("finite_fates", ())),
        pattern_cache.compile(rf"(?:\s+(?:{alt('where_words')}))?\s+(?:the|a|an)(?:\s+[\w'’.-]+){{1,3}}?{gap}", re.IGNORECASE),
        frozenset(g.get("fate_all_kept", ())),
        frozenset(g.get("fate_nouns", ())),
        frozenset(g.get("fate_noun_roles", ())),
    )


class _Displacing(NamedTuple):
    objects: tuple[str, ...]  # " from their homes", right after the count
    verb: re.Pattern  # a verb of force ending where the count (and its hedge) starts
    role: str


@lru_cache(maxsize=1)
def _displacing() -> _Displacing:
    g = vocabulary().count_guards
    return _Displacing(
        tuple(" " + w for w in g.get("displacing_objects", ())),
        pattern_cache.compile(rf"(?<![\w'’-])(?:{trie_alternation(g.get('displacing_verbs', ()))})\s+$",
                              re.IGNORECASE),
        g.get("displaced_role", ("displaced",))[0])


class _Holding(NamedTuple):
    verb: re.Pattern  # the police's "held" ending where the count (and its hedge) starts
    role: str
    venue: re.Pattern  # a building's "held" ending where the count (and its hedge) starts
    present: str
    seized: re.Pattern  # a verb of seizing ending where the count (and its hedge) starts
    hostages: str
    by_law: re.Pattern  # the police or troops as the seizing verb's subject, ending where the verb starts


@lru_cache(maxsize=1)
def _holding() -> _Holding:
    v = vocabulary()
    g = v.count_guards
    return _Holding(
        pattern_cache.compile(rf"(?<![\w'’-])(?:{trie_alternation(g.get('holding_verbs', ()))})\s+$", re.IGNORECASE),
        g.get("holding_role", ("arrested",))[0],
        pattern_cache.compile(rf"(?<![\w'’-])(?:{trie_alternation(data_words('nouns.yaml', 'venue_nouns'))})\s+"
                              rf"(?:{trie_alternation(g.get('present_verbs', ()))})\s+$", re.IGNORECASE),
        g.get("present_role", ("present",))[0],
        pattern_cache.compile(rf"(?<![\w'’-])(?:{trie_alternation(g.get('seizing_verbs', ()))})\s+$", re.IGNORECASE),
        g.get("seizing_role", ("hostages",))[0],
        # the subject right before its verb, but for a day or a place it acts in ("Police on Tuesday
        # seized", "Troops in Lagos have seized"): not "the police station seized", whose subject is another
        pattern_cache.compile(rf"(?<![\w'’-])(?:{trie_alternation(g.get('seizing_by_law', ()))})"
                              rf"(?:\s+(?:on|in)\s+(?-i:[A-Z])[\w'’-]*)?(?:\s+(?:{trie_alternation(g['perfect_auxiliaries'])}))?\s+$",
                              re.IGNORECASE))


class _Care(NamedTuple):
    verb: re.Pattern  # a hospital or a carer, then its verb of care ending where the count (and its hedge) starts
    role: str
    verbs: tuple[str, ...]  # the verbs of care, lower-cased: looked for in the words before a count first


@lru_cache(maxsize=1)
def _care() -> _Care:
    """nouns.yaml ``hospital_care``: its hospitals and ``carers`` as a subject, a few words of the clause
    ("said it had") with no comma (not "At the Central Hospital, the cholera ward was treating 63 patients":
    a part of the hospital, the sick), then one of ``care_verbs``."""
    care = data_file("nouns.yaml")["hospital_care"]
    carers = trie_alternation([*(str(w) for w in care["hospitals"]), *(str(w) for w in care.get("carers", ()))])
    verbs = [str(w).lower() for w in care.get("care_verbs", ())]
    return _Care(pattern_cache.compile(rf"(?<![\w'’-])(?:{carers})(?![\w'’-])[^.,;:!?]{{0,60}}?\s(?:{trie_alternation(verbs)})\s+$",
                                       re.IGNORECASE), str(care["role"]), tuple(verbs))


def _care_verb_before(text: str, at: int) -> bool:
    """Whether one of the verbs of care stands in the few words before offset ``at``: a cheap
    test before ``_care``'s pattern, which looks further back for the hospital."""
    window = text[max(0, at - 30):at].lower()
    return any(v in window for v in _care().verbs)


def _line_of(text: str, at: int) -> str:
    """The line of ``text`` that offset ``at`` stands on."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


@lru_cache(maxsize=1)
def _died_after() -> re.Pattern:
    """After "injured" or "wounded" as a count's noun, a noun or so and a finite fate that is
    no survival: "six injured passengers died", "two wounded later died"."""
    g = vocabulary().count_guards
    died = set(g.get("finite_fates", ())) - set(g.get("fate_survived", ()))
    joins = "|".join(map(re.escape, g.get("clause_joins", ())))
    return pattern_cache.compile(
        rf"(?:\s+(?!(?:{joins})\b)[a-z]+)?(?:\s+(?:{trie_alternation(g.get('fate_fillers', ()))}))*"
        rf"\s+(?:{trie_alternation(died)})(?![\w'’-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _more_leads() -> frozenset[str]:
    """What ``_more_of`` may open with, as ``base.lead`` gives it."""
    return frozenset(w[:2] for w in vocabulary().increments.get("after", ()))


@lru_cache(maxsize=1)
def _more_of() -> re.Pattern:
    """An increment word right after a number and before "of" ("four more of the wounded")."""
    after = longest_first(vocabulary().increments.get("after", ()))
    return pattern_cache.compile(rf"\s+(?:{'|'.join(map(re.escape, after))})(?= of )", re.IGNORECASE)


def part_words() -> tuple[str, str]:
    """The alternations of the words that tell a part after its whole (nouns.yaml ``part_markers``:
    "including", "among them") and of the determiners that may follow them (guards
    ``whole_determiners``: "the"); ``_part_marker`` and scope's ``_part_after`` build on them."""
    return (trie_alternation(data_words("nouns.yaml", "part_markers")),
            trie_alternation(vocabulary().count_guards["whole_determiners"]))


@lru_cache(maxsize=1)
def _part_marker() -> re.Pattern:
    """Between a whole's role word (and a noun it modifies: "six crew members") and its part's number:
    a comma and a word of nouns.yaml ``part_markers`` (", including ", ", among them ")."""
    markers, dets = part_words()
    return pattern_cache.compile(rf"(?:\s+[a-z]+)?,\s+(?:{markers})\s+(?:(?:{dets})\s+)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _more_after() -> re.Pattern:
    """From inside a number (past its first digit or its word) to an increment word or "others" after it
    (nouns.yaml ``increments`` ``after`` and ``others``): "17 more", "twenty-five others"."""
    inc = vocabulary().increments
    more = trie_alternation([*inc.get("after", ()), *inc.get("others", ())])
    return pattern_cache.compile(rf"[\d,.]*(?:-[a-z]+)?\s+(?:{more})(?![\w'’-])", re.IGNORECASE)


# "150 of whom", "99 of them": a part of the people the words before it name
_PART_OF_WHOM = pattern_cache.compile(r"\s+of\s+(?:whom|them)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _member_nouns() -> frozenset[str]:
    """guards ``member_nouns``: the people a team or a body is made of."""
    return frozenset(vocabulary().count_guards.get("member_nouns", ()))


def _part_of_fate(text: str, end: int) -> bool:
    """Whether "of the" and people counted for what befell them follow the number ending at
    ``end`` ("Twelve of the injured", "three of the dead", "two of the victims"): a part of
    that count, which is no count of the fate itself."""
    if not text.startswith(" of ", end):
        return False
    if (p := _fates().partitive.match(text, end)) is None:
        return False
    v = vocabulary()
    noun = p.group("noun").lower()
    return noun in v.generic_people and v.noun_roles.get(noun) not in _fates().groups


@lru_cache(maxsize=1)
def _finding() -> tuple[re.Pattern, re.Pattern, str, re.Pattern, re.Pattern]:
    """A verb of finding before its object (past a hedge), or after its passive subject, and
    the role it gives (guards ``found_verbs``, ``found_role``, and that role's own words); then
    a fate noun and "of" ending where a count starts ("the bodies of"), with or without such a
    verb before it ("recovered the bodies of")."""
    v = vocabulary()
    g = v.count_guards
    role = g.get("found_role", ("recovered",))[0]
    verbs = trie_alternation([*g.get("found_verbs", ("found",)), *(w for w, r in v.roles.items() if r == role)])
    nouns = trie_alternation(g.get("fate_nouns", ()))
    perfect = trie_alternation(g["perfect_auxiliaries"])
    passive, adverbs = trie(g["found_passive"]), trie(g["found_adverbs"])
    return (pattern_cache.compile(rf"(?<![\w'’-])(?:{verbs})\s+$", re.IGNORECASE),
            pattern_cache.compile(rf"(?:\s+(?:{perfect}))?\s+(?:{passive})(?:\s+[a-z]+ly|\s+(?:{adverbs}))?"
                                  rf"\s+(?:{verbs})(?![\w'’-])", re.IGNORECASE),
            role,
            pattern_cache.compile(rf"(?<![\w'’-])(?P<verb>(?:{verbs})\s+(?:the\s+)?)?(?:{nouns})\s+of\s+(?:the\s+)?$", re.IGNORECASE))


@lru_cache(maxsize=1)
def found_noun_roles() -> dict[str, str]:
    """Nouns whose people a verb of finding gives a role of their own (nouns.yaml guards
    ``found_noun_roles``): "found 69 survivors" are the rescued, no narrower population than
    "96 people" pulled alive."""
    return {str(k).lower(): str(r) for k, r in (data_file("nouns.yaml")["guards"].get("found_noun_roles") or {}).items()}


def _found(text: str, start: int, end: int) -> str | None:
    """The role of a count that a verb of finding takes as its object ("found 14 bodies") or
    passive subject ("14 bodies were found"), else None."""
    before, after, role, _ = _finding()
    h = hedge_before(text, start)
    at = h[1] if h else start
    return role if before.search(text, max(0, at - 16), at) or after.match(text, end) else None


def _found_of(text: str, start: int, end: int) -> str | None:
    """The role of a count of people whose bodies a verb of finding takes ("recovered the bodies
    of 14 people", "the bodies of 14 people were found"), else None."""
    if not text[max(0, start - 8):start].lower().endswith(("of ", "of the ")):
        if (h := hedge_before(text, start)) is None:
            return None  # most counts: no "of" right before them
        start = h[1]  # "the bodies of at least 12 migrants"
        if not text[max(0, start - 8):start].lower().endswith(("of ", "of the ")):
            return None
    _, after, role, of = _finding()
    m = of.search(text, max(0, start - 40), start)
    return role if m is not None and (m.group("verb") or after.match(text, end)) else None


@lru_cache(maxsize=1)
def _fronted_words() -> tuple[str, ...]:
    return tuple(f"{w} " for w in vocabulary().count_guards.get("fronted_wholes", ()))


def _past_fronted(text: str, start: int, clause: tuple[int, int]) -> tuple[int, int]:
    """The clause less a whole set before it ("Of the 45 people injured, 12 were in critical
    condition", "Of those killed, 12 were children"), when the number at ``start`` stands
    after it: that whole's role words are not its part's."""
    c0, c1 = clause
    if not text[c0:c0 + 7].lower().startswith(_fronted_words()):
        return clause  # most clauses open with no such word
    comma = text.find(",", c0, start)
    return (comma + 1, c1) if comma >= 0 else clause


def _split_of_fronted(text: str, start: int, sentence: tuple[int, int], hits: list[tuple[int, int, str]]) -> bool:
    """Whether the number at ``start`` stands after a whole set before its clause (``_past_fronted``)
    that no role word of those on board names: "Of the sick, 71 were passengers" splits the sick
    by who they are; "Of the 239 people on board, 227 were passengers" counts those on board."""
    clause = _clause(text, start, sentence)
    fronted = _past_fronted(text, start, clause)
    if fronted[0] == clause[0]:
        return False
    on_board = _fates().on_board
    i = bisect_left(hits, (clause[0], 0, ""))
    while i < len(hits) and hits[i][0] < fronted[0]:
        if hits[i][2] in on_board:
            return False
        i += 1
    return True


def _carried(text: str, start: int) -> bool:
    """Whether a verb of carrying stands right before the number at ``start`` (past a hedge):
    "a ferry carrying 476 people", "the plane was carrying about 150"."""
    verbs = _fates().carrying
    if text[max(0, start - 12):start].rstrip().lower().endswith(verbs):
        return True
    h = hedge_before(text, start)
    return h is not None and text[max(0, h[1] - 12):h[1]].rstrip().lower().endswith(verbs)


def _fate(text: str, num: Num, end: int, clause: tuple[int, int], hits: list[tuple[int, int, str]],
          role: str) -> tuple[str | None, int] | None:
    """What befell a group's count, when its clause says so, with the count's new end: the
    fate's subject ("Three of the gunmen were killed", "12 hostages were released", "the 40
    hostages freed on Monday") or object ("killing 12 passengers"). Everyone on board dead
    ("killing all 62 people on board", "none of the 239 people aboard survived") is both the
    toll and those on board. None when the count keeps its group's role ("Three gunmen
    killed 20 people", "150 passengers were not hurt")."""
    f = _fates()
    c0, c1 = clause
    if f.whole.search(text, max(c0, num.start - 48), num.start):
        # "none of the 239 people aboard survived", "none of the 12 miners survived": all
        # died; but "four of the 20 hostages were killed": the whole keeps its role, its
        # part has the fate ("Of the 150 passengers killed, 72 were German" has no part before)
        if f.none.search(text, max(c0, num.start - 16), num.start) and f.survived.search(text, end, c1):
            return f.aboard if role in f.on_board else f.dead, end
        if _part_before().search(text, max(c0, num.start - 66), num.start):
            return None
    fate, pos, first = None, end, None
    i = bisect_left(hits, (end, 0, ""))
    while i < len(hits) and hits[i][0] < c1:
        hs, he, r = hits[i]
        i += 1
        if r == role or (r in f.groups and r not in f.fates):
            # the group's own word: "of the gunmen", "on board", "and crew"
            if f.joins.fullmatch(text, pos, hs) is None:
                break
            pos, first = he, first or he
            continue
        if r in f.fates and (g := f.gap.fullmatch(text, pos, hs)) is not None \
                and (g.group("passive") or f.ends.match(text, he) or f.survived.fullmatch(text, hs, he)):
            fate = r  # "Seven passengers survived the crash": what survival takes is what they came through
        elif r in f.fates and (g := f.where.fullmatch(text, pos, hs)) is not None and g.group("passive"):
            fate = r  # "The 40 passengers on the bus were all killed", "on board the flight were killed"
        break
    if fate is None:
        # the object of a fate verb: "killing all 62 people on board", "troops freed 80 hostages"
        i = bisect_left(hits, (num.start, 0, "")) - 1
        if i >= 0 and (h := hits[i])[0] >= c0 and h[2] in f.fates and h[2] != role \
                and (m := _object().match(text, h[1])) is not None and m.start("num") == num.start:
            fate = h[2]
    if fate is None:
        if end == num.end and (p := f.partitive.match(text, end)) is not None \
                and p.group("noun").lower() in vocabulary().person_nouns:
            return None, end  # "Two of the attackers blew themselves up": a part of the group, no count of it
        return None
    if (fate == f.dead or fate in f.kept) and role in f.on_board and f.every.search(text, max(c0, num.start - 6), num.start):
        return (f.aboard, end) if fate == f.dead else None
    if first is not None and end == num.end and (p := f.partitive.match(text, end)) is not None and p.end() == first:
        v = vocabulary()
        noun = p.group("noun").lower()
        if noun in v.person_nouns and noun not in v.generic_people:
            end = p.end()  # "Three of the gunmen": the noun keeps the toll of gunmen apart
        elif noun in v.person_nouns:
            # "Five of the hostages were wounded": a noun that names no narrower population
            # could not keep this part apart from the wounded of all, which it is not
            return None, end
    return fate, end


def _role_follows(text: str, end: int, hits: list[tuple[int, int, str]]) -> bool:
    """Whether a role word follows the number ending at ``end`` past auxiliaries only ("8,000
    died", "12 were killed", "3,000 have been arrested"): the number is that verb's subject."""
    i = bisect_left(hits, (end, 0, ""))
    return i < len(hits) and hits[i][0] - end < 40 and _fates().gap.fullmatch(text, end, hits[i][0]) is not None


@lru_cache(maxsize=1)
def _lower_labels() -> dict[str, tuple[str, ...]]:
    """The labels of nouns.yaml ``guards.labels`` in lower case, by their last character."""
    return by_last_character(tuple(str(w).lower() for w in vocabulary().count_guards["labels"]))


def _lower_label(text: str, start: int) -> bool:
    """Whether a label in lower case ("row", "gate", "platform") ends one blank before ``start``, as a
    word of its own: "in row 14", "at gate 12" name a place by its number."""
    if text[start - 1:start] != " " or not text[start - 2:start - 1].isalpha():
        return False
    before = text[max(0, start - 12):start - 1]
    for w in _lower_labels().get(before[-1:], ()):
        if before.endswith(w) and not before[-len(w) - 1:-len(w)].isalnum():
            return before[-len(w) - 1:-len(w)] not in ("-", "'", "’", ".")
    return False


_ACRONYM_BEFORE = pattern_cache.compile(r"(?<![\w.’'-])[A-Z]{2,5} $")
# a capitalised word ("Boeing", "Apollo") or one with a capital inside ("iPhone"), then one blank
_NAME_BEFORE = pattern_cache.compile(r"(?<![\w.’'-])([A-Z][a-z]+|[a-z]+[A-Z][A-Za-z]*) $")


# a maker's capitals or a capitalised name, a model's digits and a hyphen, ending where a variant's digits start
_VARIANT_BEFORE = pattern_cache.compile(r"(?<![\w.’'-])(?:(?P<acronym>[A-Z]{2,5})|(?P<name>[A-Z][a-z]+|[a-z]+[A-Z][A-Za-z]*))"
                                        r" \d{1,4}-$")


def _model_variant(text: str, start: int) -> bool:
    """Whether the digits at ``start`` are a model's variant after its maker and number ("the ATR 72-600",
    "a Boeing 737-800"), as the model's number alone is no count; not a range after a word that opens a
    sentence ("Between 20-30 people", "Only 20-30"), nor in a line all in capitals."""
    m = _VARIANT_BEFORE.search(text, max(0, start - 16), start)
    if m is None:
        return False
    line = _line_of(text, start)
    if m.group("acronym"):
        return not line.isupper()
    return m.group("name").lower() not in _opener_words() and _prose(line)


@lru_cache(maxsize=1)
def _opener_words() -> frozenset[str]:
    """Words that stand capitalised before a count as a sentence opens ("All 62", "Some 300", "Nearly 40",
    "Another 20", "Between 20-30"), or name a date ("In March 300"): no name before a number."""
    v = vocabulary()
    hedges = {w for h in v.hedges_before for w in h.split()}
    return frozenset({*_function_words_and_periods(), *hedges, *v.months, *v.weekdays, *v.increments.get("before", ()),
                      *data_words("hedges.yaml", "range_openers"),
                      *(w for phrase in v.increments.get("before", ()) for w in phrase.split()),
                      *v.count_guards.get("capital_openers", ())})


@lru_cache(maxsize=1)
def _lower_word() -> re.Pattern:
    """A word in lower case other than the small words a headline in title case leaves so."""
    small = trie_alternation(data_words("names.yaml", "headline_small_words"))
    return pattern_cache.compile(rf"(?:^|[ \t\"“(])(?=[a-z])(?!(?:{small})[ \t,:;])")


def _prose(line: str) -> bool:
    """Whether ``line`` holds a word in lower case that a headline in title case would capitalise ("Quake Kills 300")."""
    return _lower_word().search(line) is not None


_CLAUSE_JOIN = pattern_cache.compile(rf";|:|\s[—–]\s|,\s+{trie(data_words('text.yaml', 'comma_clause_joins'))}\b")
_AND_JOIN = pattern_cache.compile(rf"\s{trie(data_words('text.yaml', 'bare_clause_joins'))}\s")


def _number_of_noun(text: str, num: Num, sentence: tuple[int, int],
                    hits: list[tuple[int, int, str]] = ()) -> tuple[str, str | None, str | None] | None:
    """What "the number of <noun>" earlier in the clause counts, when the number is its value
    ("the number of tourists fell 12% to 2.4 million", "the number of dead rose to 41"):
    (counted, role, the noun's role when no role word gives one), else None."""
    nof = _number_of()
    start = num.start
    if not _linked(text, start, num.end, nof):
        # "stood at about 3,000": the link stands before the hedge
        h = hedge_before(text, num.start)
        if h is None:
            return None  # most numbers stand after no link word: spare the search
        start = h[1]
        if not _linked(text, start, num.end, nof):
            return None
    lo = max(sentence[0], start - 120)
    head = None
    for head in nof.head.finditer(text, lo, start):
        pass
    if head is None:
        return _subject_noun(text, lo, start)
    if _CLAUSE_JOIN.search(text, head.end(), start):
        return None
    v = vocabulary()
    if head.group("toll") is not None:
        # "the death toll ... rose to 31": the toll's role, though a role word stands nearer,
        # unless role words between say whose toll ("the toll of dead and injured rose to 45")
        if hits and _any_within(hits, (head.end(), start)):
            return None
        role = v.roles.get(head.group("toll").lower())
        return "person", role, role
    if head.group("population") is not None:
        # "its population is 7.5 million": the place's people, though no noun follows; a
        # small number is no population ("the population was one of the poorest"), nor is
        # a toll said among them ("deaths among the population reached 1,200")
        if num.value < 100 or (hits and _any_within(hits, (sentence[0], start))):
            return None
        return "person", v.population_role, v.population_role
    noun, *_ = _patterns()
    m = noun.match(text, head.end())
    if m is None or m.end() > start:
        return None
    if m.lastgroup == "person":
        person = " ".join(m.group("person").lower().split())
        role = v.noun_roles.get(person)
        if role is None and hits:
            # "The number of people killed in an explosion ... has risen to six, ... after two injured
            # workers died": the role word right after the people is the figure's, not one nearer it
            i = bisect_left(hits, (m.end(), 0, ""))
            if i < len(hits) and hits[i][0] <= m.end() + 1 and hits[i][1] <= start:
                role = hits[i][2]
        return "person", role, v.noun_default_roles.get(person)
    if m.lastgroup == "plural" and plural_noun(low := m.group("plural").lower(), v) and low not in v.measure_units \
            and low not in v.duration_units and low not in v.currency_words:
        return _singular(low), v.noun_roles.get(low), None
    return None


def _linked(text: str, start: int, end: int, nof: _NumberOf) -> bool:
    """Whether a link word (nouns.yaml ``number_of_links``: "to", "reached") or a verb of change
    ("rose by", "fell") ends right before ``start``: what makes a number the value of a subject."""
    if text[max(0, start - 14):start].rstrip().lower().endswith(nof.links):
        return nof.link.search(text, max(0, start - 14), start) is not None
    if _change_before().search(text, max(0, start - 24), start) is None:
        return False
    # "fell 5,000 to 242,000": the change, when the level follows ("grew 3 to 4 times" multiplies)
    return text.endswith("by ", max(0, start - 3), start) or _to_level().match(text, end) is not None


@lru_cache(maxsize=1)
def _to_level() -> re.Pattern:
    """ "to" and a figure that no multiplier follows: the level a change reached."""
    return pattern_cache.compile(rf"\s+to\s+\d[\d,.]*(?:\s+(?:million|billion))?(?![\d,.]|[\s-]*(?:{trie_alternation(vocabulary().multipliers)})\b)",
                                 re.IGNORECASE)


def _subject_noun(text: str, lo: int, start: int) -> tuple[str, str | None, str | None] | None:
    """What the plural subject of a verb of change counts, when the number after the verb's link is
    its value and no "the number of" says so: "Jobless claims rose by 5,000 to 242,000", "Approvals
    hit 65,000", "Visitor numbers fell 10% to 900,000" (the noun before "numbers"); not a level's or a
    price's subject ("Shares rose to 120": nouns.yaml ``level_subjects``), nor a preposition's object
    ("attacks on ships rose to 30": ``subject_not_after``)."""
    subject = None
    for subject in _subjects().finditer(text, lo, start):
        pass
    if subject is None or _CLAUSE_JOIN.search(text, subject.end(), start):
        return None
    g = vocabulary().count_guards
    word = subject.start("subject") if subject.group("subject") else subject.start("modifier")
    if (b := _WORD_BEFORE.search(text, max(0, word - 16), word)) is not None and b.group(1).lower() in g.get("subject_not_after", ()):
        return None
    v = vocabulary()
    if subject.group("modifier"):
        one = subject.group("modifier").lower()
        if one in g["not_modifiers"]:
            return None
        if (plural := _singular_people().get(one)) is not None:  # "passenger numbers": passengers
            return "person", v.noun_roles.get(plural), v.noun_default_roles.get(plural)
        return one, None, None
    low = subject.group("subject").lower()
    if (low in g["not_modifiers"] or low in g.get("level_subjects", ()) or not plural_noun(low, v)
            or low in v.measure_units or low in v.duration_units or low in v.currency_words or low in v.percent_forms
            or low in v.noun_roles):
        return None  # a role's noun ("Cases rose to 2,600", "Deaths rose to 85") gives its role as a role word does
    if low in v.person_nouns:
        return "person", None, v.noun_default_roles.get(low)
    return _singular(low), None, None


_WORD_BEFORE = pattern_cache.compile(r"([A-Za-z]+)\s+\Z")


@lru_cache(maxsize=1)
def _subjects() -> re.Pattern:
    """A plural and a verb of change (hedges.yaml ``change_verbs``) or of a total (nouns.yaml
    ``subject_verbs``), or a noun and "numbers" before one: the subject of a figure's clause."""
    v = vocabulary()
    g = v.count_guards
    verbs = trie_alternation([*v.change_verbs, *g.get("subject_verbs", ())])
    numbers = trie_alternation(g.get("subject_number_words", ()))
    perfect = trie_alternation(g["perfect_auxiliaries"])
    return pattern_cache.compile(
        rf"(?<![\w'’-])(?:(?P<subject>[A-Za-z][a-z]+s)|(?P<modifier>[A-Za-z][a-z]{{2,}})\s+(?:{numbers}))"
        rf"\s+(?:(?:{perfect})\s+)?(?:{verbs})(?![\w-])", re.IGNORECASE)


def _tally_noun(text: str, start: int) -> str | None:
    """What the first number of a tally counts, when the number at ``start`` is its second
    and stands alone: "by 153 votes to 137" counts votes. None when it is no tally."""
    if not text[max(0, start - 10):start].rstrip().lower().endswith(_TALLY_JOINERS):
        return None  # most bare numbers stand after no joiner: spare the search
    t = _TALLY_BEFORE.search(text, max(0, start - 40), start)
    if t is None or _after_change(text, t.start()):
        return None  # "fell 1.5 points to 3,200": a change and the level it reached, no tally
    low = t.group("noun").lower()
    v = vocabulary()
    if not plural_noun(low, v) or low in v.measure_units or low in v.duration_units \
            or low in v.currency_words or low in v.percent_forms:
        return None  # "from 20 miles to 45": a unit is no tally's noun
    return _singular(low)


def _after_change(text: str, start: int) -> bool:
    """Whether a verb of change (hedges.yaml ``change_verbs``, "rose", "fell by") stands right
    before the number at ``start``, past a hedge."""
    h = hedge_before(text, start)
    at = h[1] if h else start
    return _change_before().search(text, max(0, at - 16), at) is not None


@lru_cache(maxsize=1)
def _change_before() -> re.Pattern:
    verbs = trie_alternation(vocabulary().change_verbs)
    return pattern_cache.compile(rf"(?<![\w-])(?:{verbs})(?:\s+by)?\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _object_pronouns() -> frozenset[str]:
    """nouns.yaml guards ``object_pronouns``: a word in -s right before one is a verb ("2812 puts him")."""
    return frozenset(vocabulary().count_guards.get("object_pronouns", ()))


def plural_noun(low: str, v) -> bool:
    """Whether a word in -s after a number names what it counts ("raids"), not a
    function word, a unit of its own ("percent") or an adjective ("various")."""
    return (low not in _not_nouns() and low not in v.not_counted
            and not low.endswith(("ous", "ss", "'s", "’s")))


def _may_be_capital(text: str, end: int) -> bool:
    """Whether a capital may open the word after the number at ``end`` (a street name's):
    not when one blank and a lower-case letter follow it, the common case ("300 people")."""
    return not (text[end:end + 1] == " " and "a" <= text[end + 1:end + 2] <= "z")


@lru_cache(maxsize=4096)
def _singular(noun: str) -> str:
    """``vocab.singular``, worked out once per word: the same nouns come back in every article."""
    return singular(noun)


def role_hits(text: str, words: Words | None = None) -> list[tuple[int, int, str]]:
    """Every role word in the text: (start, end, role), tried only where one of
    their first words stands."""
    roles = vocabulary().roles
    _, pattern, keys, then, _ = _patterns()
    words = words or words_of(text)
    # A role of one word that opens no longer role is that word itself: a dict lookup, not a
    # match. Not when ``loose``: there a word's lower case may not be what IGNORECASE matches.
    solo = {} if words.loose else _solo_roles()
    starts, folded = words.starts, words.words
    padded = None
    out = []
    consumed = 0
    for i in words.opening_words(keys, then):
        # the character before the word at offset p stands at p in the padded text
        p = starts[i]
        if p < consumed:
            continue
        role = solo.get(folded[i])
        if role is not None:
            end = p + len(folded[i])
            consumed = end + 1
            out.append((p, end, role))
            continue
        if padded is None:
            padded = " " + text
        if (m := pattern.match(padded, p)) is not None:
            consumed = m.end()
            out.append((m.start(1) - 1, m.end(1) - 1, roles[" ".join(m.group(1).lower().split())]))
    return out


@lru_cache(maxsize=1)
def _solo_roles() -> dict[str, str]:
    """The roles that are one word (``\\w+``) and open no longer role phrase: word -> role."""
    roles = vocabulary().roles
    firsts = {}
    for phrase in roles:
        first = re.match(r"\w*", phrase).group()
        firsts.setdefault(first, []).append(phrase)
    return {w: roles[w] for w, phrases in firsts.items() if phrases == [w] and w.isascii()}


# a colon between digits is a clock time's ("at 9:20 injured 40"), no break
_CLAUSE_BREAK = pattern_cache.compile(r";|(?<!\d):(?!\d)|\s[—–]\s")


def _any_within(hits: list[tuple[int, int, str]], span: tuple[int, int]) -> bool:
    """Whether a role word starts inside ``span`` (else no clause of it has one)."""
    i = bisect_left(hits, (span[0], 0, ""))
    return i < len(hits) and hits[i][0] < span[1]


def _clause(text: str, at: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The part of the sentence between semicolons or dashes that holds ``at``:
    "four trains are missing; a ship carrying 100 people" gives the 100 no role."""
    s0, s1 = sentence
    # most sentences hold none of the marks a break needs: testing for them spares the pattern's scan
    part = text[s0:s1]
    if ";" not in part and ":" not in part and "—" not in part and "–" not in part:
        return sentence
    for m in _CLAUSE_BREAK.finditer(text, s0, s1):
        if m.end() <= at:
            s0 = m.end()
        else:
            s1 = m.start()
            break
    return s0, s1


_OWNED = pattern_cache.compile(r"\d\s+$")
# a name's letters, a hyphen and digits ending where a role word starts: "COVID-19 cases", "G-7 leaders"
_NAME_DIGITS = pattern_cache.compile(r"[A-Za-z]-\d+\s+$")


@lru_cache(maxsize=1)
def _dated() -> re.Pattern:
    """A day, year or clock time whose digits end where a role word starts: the
    subject's date, not a number that owns the role word ("The quake on March 11
    killed 15,000", "the quake in 1995 killed", "the blast at 9:20 injured 40")."""
    v = vocabulary()
    months = trie_alternation(v.months)
    cues = trie_alternation(v.count_guards.get("year_cues", ()))
    year = r"(?:1[0-9]|20)\d\d"
    return pattern_cache.compile(rf"(?:(?:{months})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{year})?|{year})"
                      rf"|(?:{cues})\s+{year}|\d{{1,2}}[:.]\d\d)\s+$", re.IGNORECASE)


def _owned(text: str, s0: int, hs: int, count: tuple[int, int] = (0, 0)) -> bool:
    """Whether the role word at ``hs`` stands right after another number, which it belongs to
    ("more than 7,500, with over 14,000 injured"), or after its "of the" ("rose to 21 after
    three of the injured died"); a date's digits own none."""
    if _OWNED.search(text, max(s0, hs - 4), hs) is None:
        if (m := _owned_word().search(text, max(s0, hs - 12), hs)) is not None and not count[0] <= m.start() < count[1]:
            return True  # "Four people, including two homeless women, were killed": the two are homeless
        # not the count's own part: "Two of the passengers were injured"
        return text.endswith(" of the ", max(s0, hs - 8), hs) \
            and (m := _owned_of().search(text, max(s0, hs - 30), hs)) is not None \
            and not count[0] <= m.start() < count[1]
    # a name's digits own nothing: "COVID-19 cases rose to 1,200" counts the cases
    return _dated().search(text, max(s0, hs - 24), hs) is None and _NAME_DIGITS.search(text, max(s0, hs - 12), hs) is None


@lru_cache(maxsize=1)
def _owned_word() -> re.Pattern:
    """A number in words ending where a role word starts: "two homeless", "three injured"."""
    return pattern_cache.compile(rf"(?<![\w'’-])(?:{_number_words()})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _number_words() -> str:
    """The numbers in words that stand as a word of their own ("three", "dozens"), as an alternation."""
    v = vocabulary()
    return trie_alternation([*v.number_units, *v.number_tens, "dozens", "hundreds", "thousands", "scores"])


@lru_cache(maxsize=1)
def _part_before() -> re.Pattern:
    """A number and "of", ending where the number of its whole starts: "six of the seven"."""
    words = _number_words()
    tens = trie_alternation(vocabulary().number_tens)
    # "Twenty-five of the 72": a compound's units word follows its tens and a hyphen
    return pattern_cache.compile(rf"(?:\d|(?<![\w-])(?:(?:{tens})-)?(?:{words}))\s+of\s+{whole_owner()}$",
                                 re.IGNORECASE)


@lru_cache(maxsize=1)
def _aux_alternation() -> str:
    """The verbs of being or having that open a clause's predicate (nouns.yaml ``fate_passive``
    and ``perfect_auxiliaries``), as one alternation: "were", "had been", "has"."""
    g = vocabulary().count_guards
    return trie_alternation([*g.get("fate_passive", ()), *g.get("perfect_auxiliaries", ())])


@lru_cache(maxsize=1)
def _one_of() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """After "one": "of them" or "of" a determiner and a noun, an apposition set off by commas maybe,
    then verbs of being or having up to where the predicate's role word must start (" of them, a
    six-year-old girl, ", " of the guests was "); and the roles that predicate may give
    (nouns.yaml ``one_of_fates``)."""
    g = vocabulary().count_guards
    aux = _aux_alternation()
    dets = trie_alternation(g.get("whole_determiners", ()))
    return (pattern_cache.compile(rf"{_PART_OF_WHOM.pattern}|\s+of\s+(?:{dets})\s+[a-z][\w-]*", re.IGNORECASE),
            pattern_cache.compile(rf"(?:,[^,;:.()]{{1,60}},)?[ \t]+(?:(?:{aux})[ \t]+){{0,2}}", re.IGNORECASE),
            frozenset(g.get("one_of_fates", ())))


def _one_of_fate(text: str, end: int, sentence: tuple[int, int],
                 hits: list[tuple[int, int, str]]) -> tuple[str, int] | None:
    """The fate of "one of them ..." or "one of the guests ..." whose predicate is a death or an
    injury (``_one_of``), and where its group ends: "one of them, a six-year-old girl, died" is one
    killed. None for any
    other "one of", for one of a fate's own count ("one of the injured died"), and for one of a group
    its own role word names ("one of the gunmen was killed")."""
    group, gap, fates = _one_of()
    if (m := group.match(text, end)) is None or _part_of_fate(text, end):
        return None
    if (p := gap.match(text, m.end())) is None or p.end() >= sentence[1]:
        return None
    i = bisect_left(hits, (m.start(), 0, ""))
    if i < len(hits) and hits[i][0] < m.end():
        return None  # "One of the gunmen was killed": a group its own role word names, whose fate is no toll
    i = bisect_left(hits, (p.end(), 0, ""))
    if i < len(hits) and hits[i][0] == p.end() and hits[i][2] in fates:
        return hits[i][2], m.end()
    return None


@lru_cache(maxsize=1)
def _whole_relative() -> re.Pattern:
    """After a whole a part is counted from, the opening of a relative clause up to its verb
    (nouns.yaml ``whole_relatives``, then ``fate_passive`` words or ``perfect_auxiliaries``):
    " who escaped", " who were trapped", " that had fled"."""
    g = vocabulary().count_guards
    aux = _aux_alternation()
    return pattern_cache.compile(rf"[ \t]+(?:{trie_alternation(g.get('whole_relatives', ()))})[ \t]+"
                                 rf"(?:(?:{aux})[ \t]+){{0,2}}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _owned_of() -> re.Pattern:
    """A number and "of the", ending where a role word starts: "three of the injured"."""
    words = _number_words()
    return pattern_cache.compile(rf"(?:\d|(?<![\w-])(?:{words}))\s+of\s+the\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _object() -> re.Pattern:
    """A number right after a role verb, as its object ("wounding two policemen"), past a hedge."""
    v = vocabulary()
    words = trie_alternation([*v.number_units, *v.number_tens, "dozens", "hundreds", "thousands", "scores"])
    hedges = trie_alternation(v.hedges_before)
    return pattern_cache.compile(rf"\s+(?:{hedges}\s+)?(?:all\s+)?(?P<num>\d|{words})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _with_number() -> re.Pattern:
    """ "with" and a number: a phrase whose role words are that number's."""
    return pattern_cache.compile(rf"\swith{_object().pattern}", re.IGNORECASE)


def _object_elsewhere(text: str, role_end: int, start: int, end: int) -> bool:
    """Whether the role word ending at ``role_end`` takes another number as its object:
    "about 10 men ... attacked, wounding two policemen" does not make the ten wounded."""
    if not text[role_end:role_end + 1].isspace():
        return False
    m = _object().match(text, role_end)
    return m is not None and not start <= m.start("num") < end and _duration_object().match(text, m.end("num")) is None


@lru_cache(maxsize=1)
def _duration_object() -> re.Pattern:
    """From inside a number (past its first digit or word) to a duration's unit: "evacuated over two
    days", "within 48 hours" say how long, they are no object of the fate word."""
    units = trie_alternation(sorted(vocabulary().duration_units))
    return pattern_cache.compile(rf"[\w,.]*(?:-[a-z]+)?\s+(?:{units})(?![\w'’-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _link_gap() -> re.Pattern:
    """Between a role word and the figure that is its value: a link verb, at most two words
    before it ("toll reached", "cases rose to", "dead stood at"), not a bare preposition
    ("killed at 3 checkpoints", "killed in 3 attacks")."""
    links = trie_alternation(vocabulary().count_guards.get("number_of_links", ()))
    return pattern_cache.compile(rf"\s+(?:[a-z]+\s+){{0,2}}(?:{links})\s+", re.IGNORECASE)


def _linked_value(text: str, role_end: int, num_start: int) -> bool:
    """Whether the number at ``num_start`` is the value a link verb gives the role word ending
    at ``role_end`` ("the death toll reached 102", "rose to more than 100")."""
    h = hedge_before(text, num_start)
    if h is not None and h[1] >= role_end:
        num_start = h[1]
    gap = _link_gap().fullmatch(text, role_end, num_start)
    return gap is not None and not _BARE_LINK.fullmatch(text, role_end, num_start)


_BARE_LINK = pattern_cache.compile(r"\s+(?:to|at)\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _a_number() -> re.Pattern:
    """A number, in digits or words, as a word of its own."""
    v = vocabulary()
    words = trie_alternation([*v.number_units, *v.number_tens, "dozens", "hundreds", "thousands", "scores"])
    return pattern_cache.compile(rf"(?<![\w.,])(?:\d|{words})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _new_clause() -> re.Pattern:
    """Ending where a count starts, past a role word: a conjunction and words with no number
    that are more than a determiner ("died and the storm left"), which open another clause
    whose verb takes the count."""
    g = vocabulary().count_guards
    joins = trie_alternation(g.get("clause_joins", ()))
    openers = trie_alternation(g.get("object_openers", ()))
    # not a value put "at" or "to": "killed at the rally, and police put the figure at 20" is the toll
    # a period inside the sentence ends an abbreviation: "and Gov. Ron DeSantis said 6,000 troops"
    # (case kept: "Gov." and "Lt." are capitalised, "he." ends a clause)
    abbreviated = r"(?-i:(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.)"
    return pattern_cache.compile(rf"(?<![\w'’-])(?:{joins})\s+(?!(?:(?:{openers})\s+)*$)(?:[^\d.;:!?]|{abbreviated})+"
                                 r"(?<!\sat\s)(?<!\sto\s)$", re.IGNORECASE)


# a list of figures in digits up to a word of ``_respective`` ("40 and 200 respectively", "12, 40 and 7,
# respectively"), each figure as group ``n``; ``_RESPECTIVE_FIGURE`` finds them one by one
_RESPECTIVE_LIST = pattern_cache.compile(r"(?<![\w.,])\d[\d,.]*(?:\s*,\s*(?:and\s+|or\s+)?\d[\d,.]*|\s+(?:and|or)\s+\d[\d,.]*)+,?\s+\Z")
_RESPECTIVE_FIGURE = pattern_cache.compile(r"\d(?:[\d.]|,(?=\d))*")
_RESPECTIVE_REACH = 80  # characters from the figure to the word of ``_respective``


@lru_cache(maxsize=1)
def _respective() -> re.Pattern:
    """A word of nouns.yaml ``respective_words`` after a list of figures."""
    return pattern_cache.compile(rf"(?i:{trie_alternation(data_words('nouns.yaml', 'respective_words'))})")


def _respective_role(text: str, num: Num, sentence: tuple[int, int], hits: list[tuple[int, int, str]]) -> str | None:
    """The role of a figure in a list that "respectively" closes: the role word in the same place
    among as many role words before the list, in its clause ("the death toll and the number of
    injured rose to 40 and 200 respectively": the 40 killed, the 200 injured). With fewer role
    words, one verb takes every figure ("killed 40 and 12 people respectively") and the nearest
    role word is theirs (None); with more, which figure goes with which is not said: "" (no role)."""
    if num.words or (w := _respective().search(text, num.end, min(sentence[1], num.end + _RESPECTIVE_REACH))) is None:
        return None
    listed = _RESPECTIVE_LIST.search(text, max(sentence[0], w.start() - 120), w.start())
    if listed is None or listed.start() > num.start:
        return None
    figures = [f.start() for f in _RESPECTIVE_FIGURE.finditer(text, listed.start(), listed.end())]
    if num.start not in figures:
        return None
    s0 = _clause(text, num.start, sentence)[0]
    for j in _CLAUSE_JOIN.finditer(text, s0, listed.start()):
        s0 = j.end()
    before = [h for h in hits if s0 <= h[0] and h[1] <= listed.start()]
    if len(before) < len(figures):
        return None
    return before[figures.index(num.start)][2] if len(before) == len(figures) else ""


@lru_cache(maxsize=1)
def clause_words() -> tuple[re.Pattern, frozenset[str]]:
    """A word that opens a clause of its own (text.yaml ``clause_veto_breaks``: "as", "while"), with
    the phrases that open with one and open none ("as well as", "as many as") so that the longest
    match tells them apart, and the words that do."""
    breaks = data_words("text.yaml", "clause_veto_breaks")
    kept = data_words("text.yaml", "clause_veto_kept")
    return (pattern_cache.compile(rf"(?<![\w'’-])(?:{trie_alternation(breaks + kept)})(?![\w'’-])", re.IGNORECASE),
            frozenset(breaks))


def _other_clause(text: str, end: int, hs: int) -> bool:
    """Whether a clause word stands between the count ending at ``end`` and the role word at ``hs``:
    "Hundreds of residents gathered as rescuers passed injured people out" (the hurt are the
    rescuers' clause's), not "40 people as well as a police officer were injured", nor "Eleven people
    were listed as missing", where the role word (past an adverb) follows the word: no clause of its own."""
    words, breaks = clause_words()
    return any(m.group().lower() in breaks and _SUBJECT.search(text, m.end(), hs) is not None
               for m in words.finditer(text, end, hs))


_SUBJECT = pattern_cache.compile(r"\b[A-Za-z]+(?<!ly)\b")  # a word of a clause's own before its role word


@lru_cache(maxsize=1)
def _own_verb() -> re.Pattern:
    """Right after a count, a verb of being or having (nouns.yaml ``fate_passive``,
    ``perfect_auxiliaries``): the count is the subject of a clause of its own ("148 had spent")."""
    return pattern_cache.compile(rf"[ \t]+(?:{_aux_alternation()})"
                                 r"(?![\w'’-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _where_clause() -> re.Pattern:
    """After a count, a verb of being and where its people were: "and eight were in the car"."""
    g = vocabulary().count_guards
    return pattern_cache.compile(rf"\s+(?:{trie_alternation(g.get('fate_passive', ()))})\s+"
                                 rf"(?:{trie_alternation(g.get('where_words', ()))})\s", re.IGNORECASE)


def _described(text: str, end: int, hs: int, he: int, hits: list[tuple[int, int, str]], i: int, s1: int) -> bool:
    """Whether the role word at ``hs`` stands in an apposition set off by commas right after the
    count, with another role word after its closing comma: "Three people, all homeless men, died"
    says who they were, "died" what befell them (alone, "900 people, most of them homeless," keeps it)."""
    if not text.startswith(",", end) or text.find(",", end + 1, hs) >= 0:
        return False
    close = text.find(",", he, s1)
    if close < 0 or _CLAUSE_JOIN.match(text, close) or _a_number().search(text, end + 1, close):
        return False
    j = i + 1
    while j < len(hits) and hits[j][0] < close:
        j += 1
    return j < len(hits) and hits[j][0] < s1 and not _CLAUSE_JOIN.search(text, close + 1, hits[j][0])


_DASH_BREAK = pattern_cache.compile(r"[ \t][-–—][ \t]")  # a dash set off by spaces between two clauses


def _aside_end(text: str, end: int) -> int | None:
    """Where an aside set off by dashes right after ``end`` ends ("four climbers — a Briton, an
    American and two Nepali guides — have died"), when its sentence goes on in lower case past the
    closing dash; else None."""
    dash = text[end + 1]
    close = text.find(f" {dash} ", end + 3, end + 200)
    if close < 0 or not text[close + 3:close + 4].islower() or _ASIDE_STOP.search(text, end, close):
        return None
    return close + 2


_ASIDE_STOP = pattern_cache.compile(r"[.!?;:\n]\s")  # a sentence's or a clause's end inside: no aside


def nearest_role(start: int, end: int, sentence: tuple[int, int], hits: list[tuple[int, int, str]],
                 text: str | None = None, own: bool = False) -> tuple[str | None, float]:
    """The role word nearest the count in its sentence, and how far; words after it weigh a little more.
    With ``text``, a role word right after another number is that number's ("more than 7,500,
    with over 14,000 injured": the 7,500 are not the injured; "150 passengers, and 40 people ...
    were killed": the 40 are not passengers). With ``own`` too, only a role word with no other
    number between it and the count: a crowd's noun keeps its own role in "police arrested 200
    protesters after 20,000 demonstrators gathered"."""
    best = None
    best_d = 70.0
    s0, s1 = sentence
    if text is not None and text.startswith((" —", " –"), end) and (after := _aside_end(text, end)) is not None:
        # "A total of four climbers — a Briton, an American and two Nepali guides — have died": a breakdown
        # set off by dashes right after the count's noun (which ends its clause); the role verb right past
        # it is the count's
        j = bisect_left(hits, (after, 0, ""))
        if j < len(hits) and hits[j][0] - after < 40 and _fates().gap.fullmatch(text, after, hits[j][0]) is not None:
            return hits[j][2], 0.0
    i = bisect_left(hits, (s0, 0, ""))
    owned_after = None
    joined = None  # the role word that ends the clause before "and", which a role word of the count's own clause beats
    own_after = None
    across = None  # the nearest role word before a comma before the count, which its own role word beats
    while i < len(hits) and hits[i][0] < s1:
        hs, he, role = hits[i]
        if text is not None and hs > end and _described(text, end, hs, he, hits, i, s1):
            i += 1
            continue
        if text is not None and (hs > end + 2 or he < start):
            if _owned(text, s0, hs, (start, end)):
                if hs > end and owned_after is None and (hs - end) * 0.7 < best_d:
                    owned_after = (role, (hs - end) * 0.7)
                elif he <= start and start - he < best_d and _part_marker().fullmatch(text, he, start):
                    # "56 passengers, including three children": a part told right after its whole is of
                    # the whole's role
                    best, best_d = role, start - he
                i += 1
                continue
            if hs > end and _other_clause(text, end, hs):
                i += 1  # "Hundreds gathered as rescuers passed injured people out": the rescuers' clause's
                continue
            if hs > end and _object_elsewhere(text, he, start, end):
                i += 1
                continue
            if hs > end and text.find(" with ", end, hs) >= 0 and _with_number().search(text, end, hs):
                i += 1  # "rose to 37, with 26 people still unaccounted for": the role word is the 26's
                continue
            if own and (_a_number().search(text, end, hs) if hs > end else _a_number().search(text, he, start)):
                i += 1
                continue
            if hs > end and (n := _a_number().search(text, he, min(he + 24, s1))) and "," not in text[he:n.start()] \
                    and _AND_JOIN.search(text, end, hs) and not _a_number().search(text, end, hs) \
                    and _linked_value(text, he, n.start()):
                # "cases rose to 2,600 on Friday and the death toll reached 102": after "and", a
                # role word whose value a link verb soon gives opens that figure's clause (not in
                # "15 and 17 people were hurt in two attacks", where a figure stands between, nor in
                # "25 soldiers and police were killed in 3 attacks", where the figure is no value)
                i += 1
                continue
            if hs > end and text.find(",", end, hs) >= 0 and (j := _CLAUSE_JOIN.search(text, end, hs)) \
                    and (n := _a_number().search(text, j.end(), hs)):
                # "climbed to 312, and more than 1,100 people were injured": the 1,100's, unless
                # no other role word is near and the figure there is "more" of the same ("Two boys,
                # 15, and 17 more were hurt": subjects of one verb); "the total stood at 130, and 26
                # officers had been injured" gives the 130 none
                if owned_after is None and (hs - end) * 0.7 < best_d and _more_after().match(text, n.end(), hs):
                    owned_after = (role, (hs - end) * 0.7)
                i += 1
                continue
        if hs >= end:
            d = (hs - end) * 0.7
            if text is not None and d < best_d and (own_after is None or d < own_after[1]) \
                    and "," not in text[end:hs] and " and " not in text[end:hs]:
                own_after = (role, d)
        elif he <= start:
            d = start - he
            if text is not None and d < best_d and _DASH_BREAK.search(text, he, start):
                # "Police arrested 11 people in the raids - 40 officers took part": past a dash the
                # count opens a clause of its own (a breakdown after it takes the role in breakdown_roles)
                i += 1
                continue
            if text is not None and text[he:start].strip(" ,").lower() == "and":
                # "Eight people were killed and 14 others remained in critical condition", "Two
                # people died and eight were in hospital in serious condition": the word before
                # "and" ends the other clause; it is the count's only with no role word after it
                # in its own clause, and none closer elsewhere
                if 2 * d < best_d:
                    joined = (role, 2 * d)
                i += 1
                continue
            if text is not None and d < best_d and _new_clause().search(text, he, start):
                # "Five people died and the storm left 20,000 without power": the count is the
                # object of another clause's verb
                i += 1
                continue
            if text is not None and d < best_d and text.find(",", he, start) >= 0:
                # "At least 40 people died, 12 were injured": a role word of the clause before the comma
                # is the count's only when the count has none of its own after it (kept for after the loop)
                if across is None or d < across[1]:
                    across = (role, d)
                i += 1
                continue
        else:
            d = 0
        if d < best_d:
            best, best_d = role, d
        i += 1
    if across is not None and own_after is None and across[1] < best_d and not _own_verb().match(text, end):
        # "40 people were injured, 12 seriously" are the injured; "312 people had fallen ill, 148 had spent a
        # night in hospital": the 148 open a clause of their own, with its own verb
        best, best_d = across
    if joined is not None and not (own_after is None and text is not None and _where_clause().match(text, end)):
        # "Two people died and eight were in the car": the eight's clause says where they were, not "died"
        if own_after is None:
            if joined[1] < best_d:
                best, best_d = joined
        elif own_after[1] == best_d:
            # the clause before, so near, makes the number a count as surely as its own role word would
            best_d = min(best_d, joined[1])
    if best is None and owned_after is not None:
        return owned_after  # "300 people, including 280 passengers": no other role word, so that one
    return best, best_d


@lru_cache(maxsize=1)
def _breakdown_gaps() -> tuple[re.Pattern, re.Pattern]:
    """Between a count of people with a role and the first part of a breakdown of them: the count's verb at
    most, a place or places it happened in, then a colon, a dash or a part's marker (nouns.yaml
    ``part_markers``): "arrested 11 people: ", "11 people were detained across Andalucia and Madrid - ",
    "Eleven people have been arrested in Seville, Málaga and Madrid, among them "; and between two parts
    of the list: a comma or "and"."""
    markers, _ = part_words()
    place = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*"
    first = pattern_cache.compile(
        rf"(?:[ \t]+[a-z]+){{0,4}}?(?:[ \t]+[a-z]+[ \t]+{place}(?:(?:,[ \t]+|[ \t]+and[ \t]+){place})*)?"
        rf"(?:[ \t]*:[ \t]+|[ \t]+[-–—][ \t]+|,[ \t]+(?:{markers})[ \t]+)")
    return first, pattern_cache.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")


def breakdown_roles(text: str, found: list[Found]) -> list[Found]:
    """The counts of people in a breakdown right after a count of them with a role take its role: "Police
    arrested 11 people: six Spaniards, three Colombians and two Dutch nationals", "Eleven people have been
    arrested in Seville and Madrid, among them six Spaniards, four Colombians": the parts were arrested too.
    Only a list of counts of people with no role of their own, each right after the one before, and each
    no more than the whole: in "Police arrested 11 people: six Spaniards, 40 officers" the 40 are no part
    of the 11. (The sum is not held to the whole: a source's parts may add up wrong, "Eleven people ...
    among them six Spaniards, four Colombians and two Dutch citizens", and that is a discrepancy to show.)"""
    first, between = _breakdown_gaps()
    whole = None  # the role of the last count of people with one, where the list may go on from, how many
    out = []
    for f in found:
        v = f.value
        if v.kind == "count" and v.counted == "person":
            if v.role is not None:
                whole = (v.role, f.end, first, v.high if isinstance(v.high, (int, float)) else None)
            elif (whole is not None and whole[2].fullmatch(text, whole[1], f.start)
                  and (whole[3] is None or (isinstance(v.low, (int, float)) and v.low <= whole[3]))):
                f = f._replace(value=v.model_copy(update={"role": whole[0]}))
                whole = (whole[0], f.end, between, whole[3])
            else:
                whole = None
        elif v.kind != "date":
            whole = None
        out.append(f)
    return out

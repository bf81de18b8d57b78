"""Numbers in digits and words, and the hedges that turn them into intervals.

One regular-expression pass finds every number-like token in a text
(``6,100``, ``4.5``, ``1.2 million``, ``€10bn``'s ``10bn``, ``twenty-one``,
``a dozen``, ``hundreds``, ``70th``, ``two-thirds of``). The kind modules
then look at what stands right after each token (a unit, a currency, a noun)
with anchored matches, so the text is never rescanned per kind.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import NamedTuple

from factcheck import pattern_cache
from factcheck.extract.base import Opens, by_last_character, data_words, minus_before, trie, trie_alternation
from factcheck.scan import Words, followers, words_of
from factcheck.vocab import data_file, vocabulary


# A paragraph break (a line break, maybe blanks, another line break) ends every number
# phrase, hedge, range and unit: the last word of a title never joins the first of the body
# ("Probe two\n\nOne hundred and twenty people"). One line break inside a hard-wrapped
# paragraph is a blank like any other. The line breaks are those ``str.splitlines`` reads
# below U+0100 ("\u2028" and "\u2029", never seen in news, would make each class of blanks
# costly to compile: a table of 65,536 entries).
_BREAK_CHARS = "\n\x0b\x0c\r\x1c\x1d\x1e\x85"


def blanks(also: str = "", least: int = 1, backwards: bool = False) -> str:
    r"""A pattern like ``\s+`` (``least=0``: ``\s*``) that holds at most one line break:
    white space within a paragraph. ``also``: characters that may stand among the blanks
    ("-" for ``[\s-]+``); ``backwards``: for text read backwards ("\r\n" turned round)."""
    h = rf"[^\S{_BREAK_CHARS}]"
    if also:
        h = rf"(?:{h}|[{re.escape(also)}])"
    br = (r"(?:\n\r|[" if backwards else r"(?:\r\n|[") + _BREAK_CHARS + "])"
    run = rf"{h}*(?:{br}{h}*)?"
    return rf"(?=[\s{re.escape(also)}]){run}" if least else run


BLANKS = blanks()  # ``\s+`` within a paragraph
OPT_BLANKS = blanks(least=0)  # ``\s*`` within a paragraph
# what "\s?$" reads (one blank, and a final line break) less a paragraph break: the end of a window
# where a currency or "M" stands right before a number
BLANK_AT_END = r"(?:\s?(?<!\n)\n?|\n)\Z"
# a run of white space in a pattern, alone or in a class with other characters ("[\s-]+"); and an
# end ("$", which also stands before a final line break, so "\s+$" would reach over "\n\n")
_RUN = pattern_cache.compile(r"\[\\s([^\]\\]*)\]([+*])|\\s([+*])|(?<!\\)\$")


def in_paragraph(pattern: str) -> str:
    r"""``pattern`` with each run of white space (``\s+``, ``\s*``, ``[\s-]+``, ``[\s,]*``)
    held within a paragraph (``blanks``), and each ``$`` made ``\Z``. For patterns whose
    ``$`` stands in no character class (``[$]`` would be read as an end). Put the word lists'
    phrases in after it: a paragraph never breaks "per cent", and each run held costs
    compiling."""
    def held(m: re.Match) -> str:
        if m.group() == "$":
            return r"\Z"
        also, run = (m.group(1), m.group(2)) if m.group(2) else ("", m.group(3))
        return blanks(also, 1 if run == "+" else 0)
    return _RUN.sub(held, pattern)


def _plain_space_thousands(v) -> str:
    """The branch of the number pattern that reads "1 580", "12 500", "1 234 567" as one number: groups
    of three digits after a first of one to three, set off by plain spaces. A plain space also stands
    between two figures, so it groups only where nothing else could be meant: no other figure before
    the number ("In 2015 580 people" has a year of four digits; "98 101 120" is a row of three), no
    month before it, whose day it would be ("May 3 150 people"), no capitalized label or name that
    numbers ("Flight 370 239 passengers", nouns.yaml ``guards``), and no figure after it ("+27 11 555
    1234")."""
    g = v.count_guards
    names = [*(w[:1].upper() + w[1:] for w in (*g.get("labels", ()), *v.months)), *g.get("count_after_name", ())]
    # an abbreviation with its period too ("Sept. 8 200 miners")
    after_name = "".join(f"(?<!{re.escape(w)} )" + (f"(?<!{re.escape(w)}\\. )" if len(w) <= 4 and w[-1].isalpha() else "")
                         for w in sorted(set(names)))
    return (r"(?=\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d.]\d)(?![^\S\n]*\d))(?<!\d )(?<!\d\u00a0)"
            rf"(?-i:{after_name})\d{{1,3}}(?: \d{{3}})+")


_AFTER_MODEL = "".join(rf"(?<![A-Za-z]\d{{{n}}}-)" for n in range(1, 5))


class Num(NamedTuple):
    start: int
    end: int
    value: float
    step: float  # the precision the number is written at: 6,100 -> 100; 4.5 -> 0.1
    words: bool  # written in words ("four") rather than digits
    ordinal: bool = False
    vague: tuple[float, float] | None = None  # "dozens" -> (24, 99)
    fraction: bool = False  # "two-thirds of": a share, read as a percentage
    scaled: bool = False  # carries a scale word or abbreviation ("1.2 million", "3m")
    abbr: str = ""  # the scale abbreviation as written ("m" in "3m" may be metres)
    place: float = 1.0  # the value of the last digit written: 30 -> 1, 4.5 -> 0.1, 1.2 million -> 100,000
    scale: float = 1.0  # the multiplier written with it: 1e6 for "1.2 million", "3m", "two million"
    decade: bool = False  # "40s", "fifties": a decade of life ("in his 40s"), read only as an age


class Patterns(NamedTuple):
    number: re.Pattern
    openers: frozenset[str]  # the words a number in words can open with
    then: dict[str, frozenset[str]]  # for the openers that are no number alone ("a"), the words after them
    hedge_before: re.Pattern  # on the text before a number read backwards (``hedge_before``)
    hedge_after: re.Pattern
    range_join: re.Pattern
    upper_bound: re.Pattern
    between: re.Pattern
    glued: tuple[str, ...]  # the currency and magnitude prefixes that end in a letter ("Sh", "$US", "M")


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    v = vocabulary()
    # Prefix trees, not plain alternations: a failed branch costs one comparison, not one per word.
    word = trie_alternation([*v.number_units, *v.number_tens, *v.scales, "dozen"])
    # a phrase in words opens with a count, not a bare scale: "Thousand Oaks", "the Hundred Years' War"
    # and the "million" of "1,5 million" are no numbers; a headline drops the "a" where a sentence opens
    # ("Million people watched", "Dozen killed in blast"), but before a capital it opens a name there
    # too ("Thousand Oaks", "Hundred Acre Wood")
    scale_words = trie_alternation(v.scales)
    head = (trie_alternation([*v.number_units, *v.number_tens, "dozen"])
            + rf"|(?:(?<=^\s)|(?<=\n)|(?<=[.!?:]\s)){scale_words}(?![^\S\n]+(?-i:[A-Z]))")
    b, b0, bh = BLANKS, OPT_BLANKS, blanks("-")  # ``\s+``, ``\s*``, ``[\s-]+`` within a paragraph
    glued_scale = trie(v.scales) + r"(?!\w)"  # "1.2million", "$1.2billion": no boundary after the digits
    # Glued to the digits ("10bn") there is no word boundary before the abbreviation.
    abbr = trie([a for a in v.scale_abbreviations if len(a) > 1]) + r"\b"
    abbr1 = "(?:" + "|".join(a for a in v.scale_abbreviations if len(a) == 1) + r")\b"
    # "SA-22" and "G-20" are names, but "magnitude-7.8" is a number.
    # ... and so is a storm's "Category-5" (units.yaml ``storm_category``)
    category = [str(w) for w in data_file("units.yaml")["storm_category"]["before"]]
    hyphen_ok = "".join(f"|(?<={re.escape(w)})" for w in [*v.magnitude_before, *category, "mid-"] if w.endswith("-"))
    hyphen_ok += r"|(?<=\d-to-)"  # "18-to-24-year-olds", "a 10-to-15-year term": the second end of a range
    # "£3m-4m", "€5bn-6bn", "5km-10km": after a number's own scale or unit, the second end of a range
    # (not a model's variant: "Tu-154M-2" has letters and a hyphen before its digits)
    hyphen_ok += "".join(rf"|(?<=\d[A-Za-z]{{{n}}}-)" + "".join(rf"(?<![A-Za-z]-\d{{{k}}}[A-Za-z]{{{n}}}-)" for k in range(1, 5))
                         for n in range(1, 4))
    # "a 3-hour-12-minute final", "a two-hour-40-minute meeting": after a hyphened time unit, the next
    # part of one length when a smaller unit follows (``durations.join_parts`` joins the parts; not
    # "a 24-hour-7-day service")
    units = v.duration_units
    time_units = sorted(f for f in units if f.isalpha() and len(f) > 1 and not f.endswith("s"))
    hyphen_ok += "".join(rf"|(?<=\w-{u}-)(?=\d{{1,3}}-(?i:{trie(smaller)})(?![A-Za-z]))" for u in time_units
                         if (smaller := [f for f in time_units if units[f].factor < units[u].factor]))
    # "the over-65s", "under-18s": an age group, only as a plural ("Under-21 side" is a team's name)
    hyphen_ok += "".join(rf"|(?<={re.escape(w)}-)(?=\d{{1,3}}['’]?s\b)" for w in age_group_prefixes())
    ordinal_words = [w for w, n in v.ordinals.items() if n >= 4]
    compound_ordinal = rf"(?:{trie_alternation(v.number_tens)}-{trie_alternation(v.ordinals)})"
    fraction_words = trie_alternation(v.fractions)
    fraction_counts = trie_alternation([*v.number_units, "a", "an", "one"])  # "an eighth of"
    # "a" takes no hyphen: "an hour-and-a-half" holds no share "a-half"
    hyphened_counts = trie_alternation([*v.number_units, "one"])
    change_after = trie_alternation(v.fraction_change_after)
    # "turnout was about two thirds", "three fifths voted yes": a count and a plural share are a share
    # with no "of" too (not numbers.yaml ``plural_shares_need_of``: "for three quarters", "two tenths")
    need_of = set(data_words("numbers.yaml", "plural_shares_need_of"))
    plural_shares = trie_alternation([w for w in v.fractions if w.endswith("s") and w not in need_of])
    plural_counts = trie_alternation([w for w, n in v.number_units.items() if n > 1])
    # "fell two tenths to 5.4%": a rate's step (``percent`` reads it in points)
    point_steps = trie_alternation([w for w in data_words("numbers.yaml", "point_steps") if w in need_of])
    # "a quarter-point rate cut", "a half point": rates and polls move by quarters and halves of a point
    # (not "a third point" of an argument); ``percent`` reads the point
    point_shares = trie_alternation(data_words("numbers.yaml", "point_shares"))
    # "half the town", "lost half its value", "half their homes": half of the whole its determiner opens
    # (nouns.yaml guards ``whole_determiners``)
    whole_owners = trie_alternation(v.count_guards["whole_determiners"])
    # "by more than half": one fixed-width look-behind for each hedge of plain words
    by_hedged = "(?:" + "|".join(rf"(?<=\sby\s{re.escape(h).replace(chr(92) + ' ', chr(92) + 's')}\s)" for h in v.hedges_before
                                 if re.fullmatch(r"[a-z]+(?: [a-z]+)*", h)) + ")"
    # "two-thirds of an hour", "a quarter of a mile": a share of one unit, read by ``durations.scan_articles``
    of_a_unit = rf"(?!{b}of{b}an?{b}{trie_alternation([*v.duration_units, *v.article_measures])})"
    # ... and so is its count word: "marched three-quarters of a mile" counts no three marchers
    share_of_a_unit = rf"(?!(?:{fraction_counts})[\s-]{fraction_words}{of_a_unit[3:-1]})"
    # Most word starts are no number; one lookahead over every word a number phrase can open
    # with spares trying the four word branches there. "first", "second" and "third" open
    # none (an ordinal in words is read from "fourth" on, or after tens: "twenty-first").
    article_currencies = _article_currencies()
    openers = {re.split(r"[\s-]", w)[0] for w in [*v.number_units, *v.number_tens, *v.scales, *v.vague,
                                                  *ordinal_words, *v.decades, "dozen", "a", "an", "half"]}
    number = pattern_cache.compile(
        r"\W(?:"
        # Phone numbers come first so that their parts are never read as numbers; a round pair with no
        # area code is a range ("100-1000 people", "500-2000"), not a local number
        r"(?=[\d(])(?<![\w.])(?:(?P<phone>(?!\d\d0-\d\d00(?![\w-]))(?:\(\d{3}\)\s?|\d{3}[-.\s])?\d{3}[-.]\d{4}(?![\w-]))"
        # "1/3 of the budget", "2/3 of voters": a common fraction before "of" is a share, as "two-thirds of" is
        rf"|(?P<slash>[1-9]/(?:10|[2-9])(?![\d/.,]\d|[\d/])(?={b}of\b))"
        # A leading zero ("0123", "007") marks a code, not a quantity.
        # "A320-200", "Tu-154M-2": after a model's letters and digits, a hyphen gives its variant, no number
        rf"|(?P<digits>(?<!\d,)(?<!\d/)(?:(?<![A-Za-z]-){hyphen_ok}){_AFTER_MODEL}(?!0\d)"
        # "12\u00a0000", "12\u202f000": a no-break or thin space groups thousands as a comma does
        # "1,00,000", "1,25,00,000": Indian papers group a lakh's and a crore's digits in twos above the thousands
        r"(?:\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d{1,2},(?:\d\d,)+\d{3}(?![\d,]\d)|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)"
        rf"|{_plain_space_thousands(v)}|\d+)"
        r"(?:\.\d+)?(?![\d.]\d)(?!\d|/\d))"
        # "2 1/2 hours", "3½ miles": a whole number and a common fraction are one number
        rf"(?P<frac>{b}[1-9]/[2-48](?![\d/])|\s?[½¼¾])?"
        # "$5-million" writes its scale with a hyphen; "lakh crore" is one scale
        rf"(?:(?P<scale>(?:{b0}|-){glued_scale})|(?P<abbr>\s?{abbr}|{abbr1}))?"
        rf"(?:(?P<ordsuffix>(?:st|nd|rd|th)\b)|(?P<plural>['’]?s\b))?)"
        rf"|(?={trie_alternation(openers)}){share_of_a_unit}(?:(?P<fraction>{fraction_counts}\s{fraction_words}(?={b}of\b){of_a_unit}"
        # "two-thirds of", and hyphenated before a noun too: "a two-thirds majority"
        rf"|{hyphened_counts}-{fraction_words}(?![\w-]){of_a_unit}|{plural_counts}\s{plural_shares}(?![\w-]){of_a_unit}|{plural_counts}\s{point_steps}(?={b}to{b}\d[\d.]*{b0}(?:%|per\s?cent|percent))|(?:an?|one)[\s-]{point_shares}(?=[\s-](?:percentage[\s-])?points?\b)|(?<!first\s)(?<!second\s)half(?={b}(?:of|{whole_owners})\b|{b}a{b}(?:percentage|per\s*cent|points?\b))"
        # "rose by a fifth", "fell by half": a change by a share
        # (a hedge may stand between: "fell by more than half", "cut by nearly a third"; the hedges' look-behinds
        # are tried only where a share stands)
        rf"|(?:(?<=\sby\s)|(?=(?:{fraction_counts})[\s-]{fraction_words}|half){by_hedged})"
        rf"(?:{fraction_counts}[\s-]{fraction_words}|half(?!{b}(?:an?|the)\b))(?={b0}(?:[.,;:)]|\Z)|{b}{change_after}))"
        # "several hundred thousand": two scales multiply
        rf"|(?P<vague>(?P<vword>{trie_alternation(v.vague)})(?:{b}(?P<vscale>{scale_words}(?:{b}{scale_words})?|dozen\b))?)"
        # "one hundred and fiftieth": a cardinal head that ends in a scale joins the ordinal
        rf"|(?P<ordword>(?:(?:{word}{bh})*?{scale_words}(?:{b}and)?{bh})?(?:{compound_ordinal}|{trie_alternation(ordinal_words)}))"
        rf"|(?P<decade>{trie_alternation(v.decades)})"
        # "a hundred and fifty" goes on after its scale like "one hundred and fifty"; "a half-million", "a quarter million"
        rf"|(?P<words>(?:a{b}(?:(?:half|quarter){bh})?{scale_words}|{head})(?:(?:{b}and{b}|{b}|-){word})*)"
        # "less than a dollar a day": one unit of money (``_article_money`` keeps it only after a hedge or before a rate)
        rf"|(?P<article>a(?={b}{trie_alternation(article_currencies)}(?![\w-])))))",
        re.IGNORECASE,
    )
    # The hedge must end at the number's blank, which a forward search finds only by trying
    # every start in the window; read backwards it is one anchored match. The words are spelled
    # backwards, the blank comes first, and the word boundary before the hedge comes after it
    # (the window's own start counts as one, as ``^`` did). The tree tries longer phrases first,
    # as the leftmost start did forwards: "just over" before "over".
    hedge_before = pattern_cache.compile(blanks(backwards=True) + "(" + trie(h[::-1] for h in v.hedges_before) + r")(?!\w)", re.IGNORECASE)
    # "or more" stands apart from the number; "-plus" and "+" are glued to it.
    joins = v.hedges_after_not_before_word
    spaced = trie_alternation(a for a in v.hedges_after if a[:1].isalnum() and a not in joins)
    if joins:  # "£150,000 plus bonuses": a conjunction before a word
        spaced = rf"(?:{spaced}|{trie_alternation(joins)}(?!{b}[A-Za-z]))"
    glued = trie_alternation([a for a in v.hedges_after if not a[:1].isalnum()])
    hedge_after = pattern_cache.compile(rf"(?:{b}{spaced}|{glued})", re.IGNORECASE)
    # "5 to 7", "5-7", and with the unit held over: "a 10- to 15-year term", "a three-to-five-year term"
    # (no two blanks side by side: together they would hold two line breaks)
    range_join = pattern_cache.compile(rf"{b0}(?:(?:-{b0})?(?:\bto\b|\band\b|\bor\b)(?:{b0}-)?|-|–|—){b0}", re.IGNORECASE)
    upper_bound = pattern_cache.compile(rf",?{b}(?:" + "|".join(re.escape(u) for u in v.upper_bounds) + rf"){b}\Z", re.IGNORECASE)
    between = pattern_cache.compile(rf"\b(?:between|from){b}\Z", re.IGNORECASE)
    # the phrases a number in words opens with, to know what may follow "a", "half", "tens"
    # ("half" alone: "fell by half")
    phrases = [*v.number_units, *v.number_tens, *v.scales, *v.vague, *v.ordinals, *v.decades, "dozen", "half",
               *(f"a {s}" for s in v.scales), *(f"a {c}" for c in article_currencies), *(f"{c} {f}" for c in [*v.number_units, "a", "an", "one"] for f in v.fractions)]
    # "Sh1.2bn", "Rs500", "$US5bn", "M6.3", "USD1.5bn": as written (not "sh1"); "MH370", "G20" and "A4" are
    # no prefix and a number
    glued = tuple(s for s in {*v.currency_symbols, *v.magnitude_before, *v.currency_codes} if s[-1:].isalpha()
                  and s.isascii() and not s[:1].islower())
    return Patterns(number, frozenset(w.lower() for w in openers), followers(phrases),
                    hedge_before, hedge_after, range_join, upper_bound, between, glued)


def scan_numbers(text: str, words: Words | None = None, taken=None) -> list[Num]:
    """Every number token in ``text``, in order; with ``taken`` (start, end -> bool), those
    it does not call taken, read only when they are not (a third stand inside dates)."""
    v = vocabulary()
    out: list[Num] = []
    # The pattern opens on the non-word character before a token (the space stands in before
    # the first); offsets in the padded text are one ahead.
    padded = " " + text
    for m in _number_matches(padded, words or words_of(text)):
        if type(m) is tuple:  # a number word alone, (start, end) in the text
            _keep(out, _word_numbers(text, *m), text, taken, v)
            continue
        kind = m.lastgroup
        if kind == "phone":
            continue
        digits = m.group("digits")
        if digits is not None:
            # a run this long is an identifier (an account, a hash), and its float steps would overflow;
            # the token spans the match less the character before it: text[m.start():m.end() - 1]
            if len(digits) > 24 or (taken and taken(m.start(), m.end() - 1)):
                continue
            n = _digits(m, digits, v)
            if text[n.end:n.end + 1] in _BLANK_OR_HYPHEN and text[n.end + 1:n.end + 5].lower() in _AND_OPENS:
                n = _and_a_half(text, n, v)
            if not (out and n.start < out[-1].end):
                out.append(n)
            continue
        if kind == "slash":
            if taken and taken(m.start(), m.end() - 1):
                continue
            share = 100 * _slash_fraction(m.group(kind))
            nums = [Num(m.start(kind) - 1, m.end(kind) - 1, share, share, True, fraction=True)]
        elif kind == "fraction":
            n = _fraction(m, v)
            if n.value == 50 and text.endswith("and ", max(0, n.start - 4), n.start) \
                    and _unit_and().search(text, max(0, n.start - 24), n.start):
                continue  # "a mile and a half of road", "a day and a half of talks": half of one more unit
            if text[n.end:n.end + 4].lower() == " of " and (sm := _OF_A_SCALE.match(text, n.end)):
                # "a quarter of a million": a number, not a share
                scale = v.scales[sm.group(1).lower()]
                value = n.value / 100 * scale
                n = Num(n.start, sm.end(), value, scale / 100, True, place=min(scale / 100, value * 0.1), scale=scale)
            nums = [n]
        elif kind == "vague":
            low, high = v.vague[_norm(m.group("vword"))]
            if m.group("vscale"):  # "several hundred", "a few thousand", "several dozen", "a few hundred thousand"
                scale = math.prod(v.scales.get(w, 12.0) for w in m.group("vscale").lower().split())
                low, high = low * scale, high * scale
            value = low if low == high else (low + high) / 2
            nums = [Num(m.start(kind) - 1, m.end(kind) - 1, value, 1.0, True, vague=None if low == high else (low, high))]
        elif kind == "decade":
            at = m.start(kind) - 1
            nums = [_decade(text[max(0, at - DECADE_WINDOW):at], at, m.end(kind) - 1, v.decades[m.group(kind).lower()])]
        elif kind == "article":
            at = m.start(kind) - 1
            if not _article_money(text, at, m.end(kind) - 1):
                continue
            nums = [Num(at, m.end(kind) - 1, 1.0, 1.0, True)]
        elif kind == "ordword":
            value = _ordinal_word(m.group(kind).lower(), v)
            nums = [Num(m.start(kind) - 1, m.end(kind) - 1, value, 1.0, True, ordinal=True)]
        else:
            nums = _word_numbers(text, m.start("words") - 1, m.end("words") - 1)
        _keep(out, nums, text, taken, v)
    return out


@lru_cache(maxsize=1)
def _article_currencies() -> tuple[str, ...]:
    """units.yaml money ``article_currencies``: the money words that "a" before makes one unit of."""
    return tuple(" ".join(str(w).lower().split()) for w in data_file("units.yaml")["money"].get("article_currencies", ()))


@lru_cache(maxsize=1)
def _article_rate() -> re.Pattern:
    """After "a": the money word, then what opens a rate or a price ("a dollar a day", "a euro per litre")."""
    # "per" or a word of units.yaml rate_determiners
    rates = trie(data_words("units.yaml", "rate_determiners"))
    return pattern_cache.compile(rf"{BLANKS}{trie(_article_currencies())}{BLANKS}(?:{rates}|per){BLANKS}\w",
                                 re.IGNORECASE)


def _article_money(text: str, start: int, end: int) -> bool:
    """Whether the "a" at ``start`` of "a dollar" is one unit of money: a hedge before it ("less than a dollar",
    "nearly a euro") or a rate after its money word ("a dollar a day"); "a dollar store" is none."""
    return hedge_before(text, start) is not None or _article_rate().match(text, end) is not None


def _keep(out: list[Num], nums: list[Num], text: str, taken, v) -> None:
    """Add ``nums`` (not in digits) to ``out``, each with an "and a half" or a "point
    five" after it joined, unless it is taken or overlaps the last one kept."""
    for n in nums:
        if text[n.end:n.end + 1] in _BLANK_OR_HYPHEN:
            after = text[n.end + 1:n.end + 6].lower()
            if after[:4] in _AND_OPENS:
                n = _and_a_half(text, n, v)
            elif after == "point":
                n = _point(text, n, v)
        if not (taken and taken(n.start, n.end)) and not (out and n.start < out[-1].end):
            out.append(n)


def _word_numbers(text: str, start: int, end: int) -> list[Num]:
    """The numbers the phrase in words ``text[start:end]`` holds ("two and three" holds two)."""
    nums = []
    # "between a hundred and twenty and 150": an "and" after the words is the range's
    opens_range = (_BETWEEN_BEFORE.search(text, max(0, start - 12), start) is not None
                   and not _AND_NEXT.match(text, end))
    for first, last, value, step, scale, opens_a in _phrase_numbers(text[start:end], opens_range):
        first, last = start + first, start + last
        if opens_a and text[first:first + 2].lower() == "a " and text[max(0, first - 5):first].lower() == "half ":
            # "half a million" is as precise as "500,000": "nearly half a million" is 400,000 to 500,000,
            # not nought to it
            first, value, step = first - 5, value / 2, step / 10
        nums.append(Num(first, last, value, step, True, place=step, scale=scale))
    return nums


# "between": a range's first end follows, and its "and" is the range's
_BETWEEN_BEFORE = pattern_cache.compile(r"\bbetween\s+\Z", re.IGNORECASE)
_AND_NEXT = pattern_cache.compile(r"\s+and\b", re.IGNORECASE)
# (the scales and shares these two name are subsets of numbers.yaml ``scales`` and ``fractions``, written
# here as a second list would repeat those words: tests/test_word_tables.py ``LEFT``)
_OF_A_SCALE = pattern_cache.compile(rf"{BLANKS}of{BLANKS}an?{BLANKS}(million|billion|trillion|thousand)\b", re.IGNORECASE)
_BLANK_OR_HYPHEN = frozenset(" -\t\n\u00a0")
_AND_OPENS = frozenset({"and ", "and-"})
_AND_A_SHARE = pattern_cache.compile(rf"[\s-]and{blanks('-')}a{blanks('-')}(?P<share>half|quarter|third)\b(?!-(?:an?|the)\b|{BLANKS}of\b)"
                          rf"(?:{BLANKS}(?P<scale>million|billion|trillion|thousand|lakh|crore)\b)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _point_pattern() -> re.Pattern:
    """"point five", "point nine five million": the decimals of a number in words, one digit word each."""
    v = vocabulary()
    digit = trie_alternation([w for w, n in v.number_units.items() if 0 <= n <= 9])
    return pattern_cache.compile(rf"{BLANKS}point(?P<decimals>(?:{BLANKS}{digit}\b)+)"
                      rf"(?:{BLANKS}(?P<scale>{trie_alternation(v.scales)})\b)?", re.IGNORECASE)


def _point(text: str, n: Num, v) -> Num:
    """``two point five million`` (2,500,000), ``ninety-nine point nine``: the decimals said
    in words join a whole number in words, which would otherwise stand apart from them
    ("two", then "five million")."""
    if n.ordinal or n.vague or n.fraction or n.scaled or n.value != int(n.value):
        return n
    m = _point_pattern().match(text, n.end)
    if m is None:
        return n
    decimals = "".join(str(v.number_units[w.lower()]) for w in m.group("decimals").split())
    scale = v.scales[m.group("scale").lower()] if m.group("scale") else 1.0
    step = times(10.0 ** -len(decimals), scale)
    value = times(float(f"{int(n.value)}.{decimals}"), scale)
    return n._replace(end=m.end(), value=value, step=step, place=step, scale=scale, scaled=scale > 1)


def _and_a_half(text: str, n: Num, v) -> Num:
    """``two and a half``, ``3-and-a-half``, ``two and a half million``, ``two and a quarter``: the share joins
    the number (not in "two and a third of the votes")."""
    if n.ordinal or n.vague or n.fraction or n.scaled or n.value != int(n.value):
        return n
    m = _AND_A_SHARE.match(text, n.end)
    if m is None:
        return n
    scale = v.scales[m.group("scale").lower()] if m.group("scale") else 1.0
    share = v.fractions[m.group("share").lower()]
    if scale == 1.0 and n.words and n.scale >= 1e6:
        # "a million and a half", "two billion and a half": a share of the scale the number ended with
        return n._replace(end=m.end(), value=n.value + share * n.scale, step=share * n.scale, place=share * n.scale)
    return n._replace(end=m.end(), value=(n.value + share) * scale, step=share * scale, place=share * scale,
                      scale=scale * n.scale, scaled=scale > 1)


def _number_matches(padded: str, words: Words):
    """``patterns().number.finditer(padded)``, tried only where a token can start:
    before a word that opens with a digit or is an opener, and before the "("
    of a phone number.

    A number word that no word able to go on a number phrase follows ("two people",
    "four hours") is all the pattern would find there: for it, its (start, end) in
    the text is given instead of a match, without trying the pattern.
    """
    pats = patterns()
    digits = words.digits()
    # the character before the word at offset p stands at p in the padded text
    lone: dict[int, int] = {}  # where a number word stands alone -> its end
    if words.loose:
        spots = {*digits, *words.starts}
    else:
        spots = set(digits)
        alone, goes_on = _lone_words()
        # ``opening_words`` rather than ``opening``: the word after each is looked at
        folded, starts = words.words, words.starts
        last = len(folded) - 1
        for i in words.opening_words(pats.openers, pats.then):
            p = starts[i]
            spots.add(p)
            w = folded[i]
            if w in alone and (i == last or folded[i + 1] not in goes_on):
                lone[p] = p + len(w)
    spots.update([p - 1 for p in digits if p and padded[p] == "("])
    # a prefix glued to the digits stands where the blank before them would: the number is
    # matched as if one stood there (rare, so a copy of the text for each costs little)
    glued = _glued(padded, words.raw, pats.glued)
    spots.update(glued)
    match = pats.number.match
    consumed = 0
    for p in sorted(spots):
        if p >= consumed:
            end = lone.get(p)
            if end is not None:
                consumed = end + 1
                yield p, end
                continue
            m = match(padded if p not in glued else f"{padded[:p]} {padded[p + 1:]}", p)
            if m is not None:
                consumed = m.end()
                yield m


# letters made "a", digits "0": a letter glued to a digit is "a0"
_LETTER_DIGIT = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", b"a" * 52 + b"0" * 10)


def _glued(padded: str, raw: bytes, prefixes: tuple[str, ...]) -> set[int]:
    """Where a prefix glued to digits ends ("Sh1.2bn", "M6.3") and no word character, "$" or "."
    stands before it: the offset of its last letter in ``padded``. A letter glued to a digit is
    rare: ``bytes.find`` over the text (``raw``: ``Words.raw``, one byte per character) finds
    each, far cheaper than a search by pattern or a search for each prefix."""
    marked = raw.translate(_LETTER_DIGIT)
    out = set()
    # From digit to digit, not by finding "a0": letters are most of the text, and a search for
    # "a0" stops at each of them, where one for "0" skips to the next digit at memchr's speed.
    # A digit before the next letter follows no letter, so the next letter is where to look on from.
    # The digit at ``i`` in the text stands at ``i + 1`` in ``padded``, its letter at ``i``.
    i = marked.find(b"0")
    while i >= 0:
        if i and marked[i - 1] == _LETTER:
            letter = i
            for pre in prefixes:
                at = letter + 1 - len(pre)
                if padded.startswith(pre, at) and not ((c := padded[at - 1]).isalnum() or c in "_$."):
                    out.add(letter)
                    break
        i = marked.find(b"a", i)
        if i < 0:
            break
        i = marked.find(b"0", i)
    return out


_LETTER = ord("a")


@lru_cache(maxsize=1)
def _lone_words() -> tuple[frozenset[str], frozenset[str]]:
    """The number words that are a whole number phrase when none of the second set
    follows them: every word a number, fraction or ordinal phrase may go on with
    ("two hundred", "two-thirds", "twenty-first", "two and a half")."""
    v = vocabulary()
    alone = frozenset(w for w in [*v.number_units, *v.number_tens] if re.fullmatch(r"[a-z]+", w))
    goes_on = {w for phrase in [*v.fractions, *v.ordinals] for w in re.findall(r"\w+", phrase.lower())}
    return alone, patterns().openers | goes_on | {"and"}


_AND = pattern_cache.compile(r"\s+and\s+", re.IGNORECASE)
_PIECES = pattern_cache.compile(r"[\s-]+")


@lru_cache(maxsize=4096)
def _phrase_numbers(phrase: str, opens_range: bool = False) -> tuple[tuple[int, int, float, float, float, bool], ...]:
    """The numbers a phrase in words holds (``two and three`` holds two), read once per
    phrase: (start, end, value, step, scale, whether it opens with "a") for each, with
    offsets in the phrase. ``opens_range``: "between" stands before it."""
    v = vocabulary()
    out = []
    for start, end in _cut_and(phrase, 0, v, opens_range):
        piece = phrase[start:end]
        parsed = parse_number_words(piece)
        if parsed is not None:
            value, step = parsed
            scale = v.scales.get(_PIECES.split(piece.lower())[-1], 1.0)
            out.append((start, end, value, step, scale, piece[:1].lower() == "a"))
    return tuple(out)


def _cut_and(phrase: str, offset: int, v, opens_range: bool = False) -> list[tuple[int, int]]:
    """``two and three`` is two numbers (a range); ``a hundred and twenty`` and ``two hundred and
    fifty thousand`` are one; after "between" ``five hundred and two thousand`` is two."""
    pieces = []
    start = 0
    ands = list(_AND.finditer(phrase))
    # "between five hundred and two thousand": the range needs an "and", and with only one there it is
    # the range's ("between two hundred and fifty thousand and 300,000" has a second for it)
    if opens_range and len(ands) == 1:
        return [(offset, offset + ands[0].start()), (offset + ands[0].end(), offset + len(phrase))]
    for i, m in enumerate(ands):
        before = phrase[:m.start()].split()[-1].lower().split("-")[-1]
        # only the scales up to the next "and": "two hundred and fifty and three hundred" is 250 and 300
        upto = ands[i + 1].start() if i + 1 < len(ands) else len(phrase)
        # "two hundred and three hundred", "two million and three million" restart at a scale as large as
        # the one they follow; a larger scale after "hundred and" takes the hundreds too ("two hundred
        # and fifty thousand" is 250,000): there only another "hundred" first restarts
        later = [v.scales[w] for w in _PIECES.split(phrase[m.end():upto].lower()) if w in v.scales]
        if before == "hundred":
            later = later[:1] if later[:1] == [v.scales[before]] else []
        if before not in v.scales or max(later, default=0) >= v.scales[before]:
            pieces.append((offset + start, offset + m.start()))
            start = m.end()
    pieces.append((offset + start, offset + len(phrase)))
    return pieces


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _digits(m: re.Match, raw: str, v) -> Num:
    """The number in digits that ``m`` (on the text with a space before it) found."""
    plain = raw.replace(",", "").translate(_THOUSANDS_SPACES) if not raw.isdigit() else raw
    value = float(plain)
    if "." in plain:
        step = place = 10.0 ** -len(plain.split(".")[1])
    else:
        place = 1.0
        stripped = plain.rstrip("0")
        step = 10.0 ** (len(plain) - len(stripped)) if stripped else 1.0
    scale_word, abbr, ordinal, frac, plural = m.group("scale", "abbr", "ordsuffix", "frac", "plural")
    if plural is not None:
        if not (scale_word or abbr or frac or "." in plain) and value in _DECADES and \
                not MINUTES_GLUED.search(m.string, max(0, m.start() - 15), m.start() + 1) and \
                not _age_group_before().search(m.string, max(0, m.start() - 8), m.start() + 1):
            # "in his 40s" (the padded text has the token at m.start() + 1); not the seconds of "15m 30s"
            return _decade(m.string[max(0, m.start() - DECADE_WINDOW + 1):m.start() + 1], m.start(), m.end() - 1, value)
        end = m.start("plural") - 1  # "747s": the number, without its plural
    else:
        end = m.end() - 1
    if frac is not None:
        value += _FRACTIONS.get(frac.strip()) or _slash_fraction(frac)
        step = place = min(place, 0.25)
    scaled = bool(scale_word or abbr)
    if scale_word:
        scale = v.scales[" ".join(scale_word.replace("-", " ").lower().split())]
        abbr = ""
    elif abbr:
        abbr = abbr.strip()
        scale = v.scale_abbreviations[abbr.lower()]
    else:
        scale = 1.0
        abbr = ""
    # The token ends where the match does (the digits, or the scale, abbreviation or ordinal
    # suffix after them). Positional fields: a keyword call costs twice as much.
    if scaled:
        # "4.1 million" is 4,100,000, not the float product 4099999.9999999995, which no count
        # (a whole number) would take
        value, step, place = times(value, scale), times(step, scale), times(place, scale)
    return Num(m.start(), end, value, step, False, bool(ordinal), None, False, scaled, abbr, place, scale)


def times(value: float, scale: float) -> float:
    """``value * scale`` without the float product's error: decimals times a scale ("4.1 million",
    "1.15bn") land on the figure written."""
    return round(value * scale, 6)


@lru_cache(maxsize=1)
def age_group_prefixes() -> dict[str, str]:
    """ages.yaml ``group_prefixes``: "over" of "the over-65s" -> its qualifier."""
    return vocabulary().age_group_prefixes


@lru_cache(maxsize=1)
def _age_group_before() -> re.Pattern:
    """An age group's prefix right before a plural number: "the over-70s" is no decade of life."""
    return pattern_cache.compile(rf"\b(?:{'|'.join(map(re.escape, age_group_prefixes()))})[ -]\Z", re.IGNORECASE)


_THOUSANDS_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")
_DECADES = frozenset(float(d) for d in range(10, 100, 10))
# minutes glued to their digits, then a blank, at the end: the "15min " of "15min 30s", and
# the "15m " of "2h 15m 30s" (after hours: alone, "15m" is metres or millions)
MINUTES_GLUED = pattern_cache.compile(r"(?:\d(?:h|hrs?)[ \t]+\d{1,2}m|\dmins?)[ \t]+\Z")
# "her early 30s", "the low 30s", "the upper 80s": the parts of a decade, as shares of it; "early", "mid" and
# "late" take calendar.yaml ``parts`` instead (``_part_years``), the words of temperatures keep these thirds
_DECADE_PARTS = (("early", 0.0, 1 / 3), ("mid", 1 / 3, 2 / 3), ("late", 2 / 3, 1.0), ("low", 0.0, 1 / 3),
                 ("lower", 0.0, 1 / 3), ("upper", 2 / 3, 1.0), ("high", 2 / 3, 1.0))


_PART = "|".join(word for word, _, _ in _DECADE_PARTS)
# "mid-to-late 30s", "early to mid forties": two parts, the span from the first's start to the second's end
# (a decade's part alone, "mid-30s", is the pattern without its first group)
_DECADE_PART_BEFORE = pattern_cache.compile(rf"(?<![a-z])(?:(?P<first>{_PART})-?\s*(?:to|or)\s*-?\s*)?(?P<part>{_PART})\Z")
DECADE_WINDOW = 16  # characters before a decade that may hold its parts ("mid- to late ")


def _decade(before: str, start: int, end: int, first: float) -> Num:
    """A decade of life: "40s" is 40 to 49, "early 30s" 30 to 33, "mid-40s" 44 to 46, "late
    teens" 17 to 19, "mid-to-late 30s" 34 to 39. ``before``: the few characters before the token."""
    last = 19.0 if first == 13 else first + 9
    low, high = first, last
    if m := _DECADE_PART_BEFORE.search(before.lower().rstrip(" -")):
        shares = _part_years()
        a, b = shares[m.group("first") or m.group("part")][0], shares[m.group("part")][1]
        # the teens' seven years stretch a ten-year decade's parts, to whole years: "early teens" 13 to 15
        low, high = first + math.floor(a * (last - first) / 9), first + math.ceil(b * (last - first) / 9)
    return Num(start, end, (low + high) / 2, 1.0, True, vague=(low, high), decade=True)


@lru_cache(maxsize=1)
def _part_years() -> dict[str, tuple[int, int]]:
    """Each word of ``_DECADE_PARTS`` -> its first and last year of a decade (0 to 9): calendar.yaml
    ``parts``' own for the parts it names ("early", "mid", "late": as "the mid-1990s" is 1994 to
    1996), the thirds of the decade for the words of temperatures it lacks ("low", "upper")."""
    parts = vocabulary().parts
    return {word: tuple(parts[word]["decade"]) if "decade" in parts.get(word, {}) else (round(a * 9), round(b * 9))
            for word, a, b in _DECADE_PARTS}


_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def _slash_fraction(frac: str) -> float:
    top, bottom = frac.split("/")
    return int(top) / int(bottom)


@lru_cache(maxsize=1)
def _unit_and() -> re.Pattern:
    """One unit and "and", ending where "a half" starts: "a mile and ", "an hour and " (``durations``
    reads the whole phrase)."""
    v = vocabulary()
    units = trie_alternation([*(u for u in v.duration_units if not u.endswith("s")), *v.article_measures])
    return pattern_cache.compile(rf"(?<![\w-])(?:an?|one){BLANKS}(?:{units}){BLANKS}and{BLANKS}\Z", re.IGNORECASE)


def _fraction(m: re.Match, v) -> Num:
    """The share that ``m`` (on the text with a space before it) found."""
    words = _PIECES.split(m.group("fraction").lower())
    if len(words) == 1:
        share = v.fractions["half"]
    else:
        count = 1 if words[0] in ("a", "an", "one") else v.number_units[words[0]]
        share = count * v.fractions[words[1]]
    # a share is written to the precision of the share itself: "more than half" reaches from half to the
    # whole, "nearly a third" is a little below a third (``interval``), as "more than 6,000" reaches 7,000;
    # never past the whole: "more than two-thirds" reaches 100%, not 133%; a share past the whole ("more
    # than three halves") keeps its own precision
    return Num(m.start("fraction") - 1, m.end("fraction") - 1, share * 100,
               (1 - share) * 100 if 0.5 < share < 1 else share * 100, True, fraction=True)


def _ordinal_word(word: str, v) -> float:
    pieces = _PIECES.split(word)
    if len(pieces) > 2 or (len(pieces) == 2 and pieces[0] not in v.number_tens):
        head = " ".join(p for p in pieces[:-1] if p != "and")
        last = pieces[-1]
        if len(pieces) > 2 and pieces[-2] in v.number_tens:
            head, last = " ".join(p for p in pieces[:-2] if p != "and"), f"{pieces[-2]}-{pieces[-1]}"
        parsed = parse_number_words(head)
        return (parsed[0] if parsed else 0.0) + _ordinal_word(last, v)
    if "-" in word:
        tens, unit = word.split("-", 1)
        return float(v.number_tens[tens] + v.ordinals[unit])
    return float(v.ordinals[word])


def parse_number_words(phrase: str) -> tuple[float, float] | None:
    """``twenty-one`` -> (21, 1); ``six thousand`` -> (6000, 1000); ``two dozen`` -> (24, 1)."""
    v = vocabulary()
    tokens = [t for t in _PIECES.split(phrase.lower()) if t and t != "and"]
    share = 1.0
    if tokens and tokens[0] == "a":
        tokens[0] = "one"
        if tokens[1:2] in (["half"], ["quarter"]):  # "a half-million", "a quarter million": that share of the scale after it
            tokens, share = tokens[2:], v.fractions[tokens[1]]
    total = 0.0
    current = 0.0
    last_scale = 1.0
    for t in tokens:
        if t in v.number_units:
            current += v.number_units[t]
        elif t in v.number_tens:
            current += v.number_tens[t]
        elif t == "dozen":
            current = (current or 1.0) * 12
        elif t == "hundred":
            current = (current or 1.0) * 100
        elif t in v.scales:
            scale = v.scales[t]
            if total and scale > last_scale:
                # "three thousand million", "two lakh crore": a larger scale multiplies all before it
                total, last_scale = (total + current) * scale, last_scale * scale
            else:
                total += (current or 1) * scale
                last_scale = scale
            current = 0.0
        else:
            return None
    if share != 1.0:
        total, last_scale = total * share, last_scale * share
    value = total + current
    if not math.isfinite(value):
        return None  # "dozen dozen dozen ..." past any float
    if current == 0 and total:
        step = last_scale
    elif current % 100 == 0 and current:
        step = 100.0
    elif current % 10 == 0 and current >= 20:
        step = 10.0
    else:
        step = 1.0
    return value, step


# "a margin of error of plus or minus 3 percentage points", "+/- 2C": the minus is half of a margin
# either way, which the number gives unsigned
_PLUS_OR = pattern_cache.compile(r"(?:\bplus[ \t]+or[ \t]+|(?:\+|\bplus)[ \t]*/[ \t]*)\Z", re.IGNORECASE)


def plus_or_minus(text: str, at: int) -> bool:
    """Whether the minus sign or word at ``at`` (``base.minus_before``) follows "plus or", "+/"."""
    return _PLUS_OR.search(text, max(0, at - 9), at) is not None


def sign_before(text: str, start: int) -> int | None:
    """Where the minus that makes the number at ``start`` negative begins ("-5C", "minus 0.3%"): ``base.minus_before``,
    but not the minus of a margin either way ("plus or minus 2C" is 2C)."""
    at = minus_before(text, start)
    return None if at is None or plus_or_minus(text, at) else at


def hedge_before(text: str, start: int) -> tuple[str, int] | None:
    """The hedge ending right before ``start``: (qualifier, where it starts)."""
    if not text[start - 1:start].isspace():
        return None  # a hedge ends right before the blank before the number
    last = _LAST_HEDGE
    if last[1] == start and last[0] is text:
        return last[2]
    hedge = None
    window = text[max(0, start - 30):start]
    if not window.isascii() or (low := window.rstrip().lower()).endswith(_hedge_ends().get(low[-1:], ())):
        m = patterns().hedge_before.match(window[::-1])
        if m:
            hedge = vocabulary().hedges_before[_norm(m.group(1)[::-1])], start - m.end(1)
    last[:] = text, start, hedge
    return hedge


# The text, offset and answer of the last ``hedge_before`` that looked: the readers of one number
# ask for the hedge before it again and again (its crowd, its link word, its carrier, its value)
_LAST_HEDGE: list = [None, -1, None]


@lru_cache(maxsize=1)
def _hedge_after_opens() -> Opens:
    return Opens(vocabulary().hedges_after)


@lru_cache(maxsize=1)
def _hedge_ends() -> dict[str, tuple[str, ...]]:
    """The last words of the hedges before a number ("than" of "more than"), by their last character."""
    return by_last_character({h.split()[-1] for h in vocabulary().hedges_before})


def hedge_after(text: str, end: int, lead: str | None = None) -> tuple[str, int] | None:
    """A trailing hedge (``or more``, ``-plus``, ``+``) at ``end``: (qualifier, its end).
    ``lead``: ``base.lead(text, end)``, when the caller has it."""
    if not _hedge_after_opens().may(lead):
        return None
    m = patterns().hedge_after.match(text, end)
    if not m:
        return None
    key = _norm(m.group()).lstrip()
    return vocabulary().hedges_after.get(key, "at_least"), m.end()


def interval(value: float, step: float, qualifier: str, *, rounding: float = 0.0) -> tuple[float, float]:
    """The interval a hedged number stands for.

    exact is the point itself, or, for continuous quantities, the interval
    that rounds to it at precision ``rounding`` (2,500 km at 100 -> about
    2,450..2,550 km); more_than/at_least go up
    to the next step of the number's precision; less_than/at_most/up_to come
    down by one step; nearly is a little below: one step or a tenth of the number,
    whichever is less ("nearly 100 mph" is 90..100 mph, "nearly 300 homes" 270..300,
    not down to the next round figure; "nearly 64%" 63..64; "under 100 mph" is a
    bound, 0..100); about is +/-10%.
    """
    if qualifier == "exact":
        if rounding:
            half = rounding * 0.499
            return value - half, value + half
        return value, value
    if qualifier == "about":
        return value * 0.9, value * 1.1
    if qualifier in ("more_than", "at_least"):
        return value, value + step
    if qualifier in ("less_than", "at_most", "up_to"):
        return max(0.0, value - step), value
    if qualifier == "nearly":
        return max(0.0, value - min(step, abs(value) / 10)), value
    return value, value


def clean(x: float) -> float | int:
    """A stable JSON number: integers as int, others rounded to 6 significant digits."""
    if type(x) is float and x.is_integer() and abs(x) < 1e15:
        return int(x)  # the common case, tested the cheap way (False for inf and nan)
    if x == 0 or not math.isfinite(x):
        return 0
    if float(x).is_integer() and abs(x) < 1e15:
        return int(x)
    digits = 6 - int(math.floor(math.log10(abs(x)))) - 1
    r = round(x, max(digits, 0))
    return int(r) if float(r).is_integer() else r

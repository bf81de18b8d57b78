"""Money: ``$56 million``, ``A$60 million``, ``€10bn``, ``10 billion euros``,
``£2.5m``, ``3m euros``, ``EUR 5bn``. Canonical unit: the currency itself."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck import pattern_cache
from factcheck.extract.base import Opens, Reading, by_last_character, data_words, trie, trie_alternation
from factcheck.extract.measures import per_period, per_unit
from factcheck.extract.numbers import BLANK_AT_END, BLANKS, OPT_BLANKS, Num, in_paragraph
from factcheck.vocab import data_file, vocabulary


@lru_cache(maxsize=1)
def _patterns():
    v = vocabulary()
    symbols = "(?:" + "|".join(re.escape(s) for s in sorted(v.currency_symbols, key=len, reverse=True)) + ")"
    codes = trie_alternation(v.currency_codes)
    prefix = pattern_cache.compile(rf"(?<![\w$.])(?P<cur>{symbols}|{codes}){BLANK_AT_END}")
    words = trie_alternation(v.currency_words)
    scale = trie_alternation(v.scales)
    # "10 billion euros", "$5-million", "millions of dollars" (a vague quantity takes "of")
    b, b0 = BLANKS, OPT_BLANKS  # ``\s+`` and ``\s*`` within a paragraph
    # "5 €", "10 million €": a sign of one character after the number, as Europe writes it ("$" only before);
    # not the sign of the next amount ("2 £5 notes")
    signs = "".join(re.escape(s) for s in v.currency_symbols if len(s) == 1 and not s.isascii())
    suffix = pattern_cache.compile(rf"(?:{b}(?P<scale>{scale}))?(?:{b}of{b}|-(?=[a-z])|{b0})(?P<cur>{words}|{codes}|[{signs}](?![ \t]?\d))",
                        re.IGNORECASE)
    # "50 cents", "20p": a coin; "p" only glued to the digits
    coins = [c for c in v.currency_subunits if len(c) > 1]
    subunit = pattern_cache.compile(in_paragraph(rf"(?:\s+|-)(?P<coin>{trie_alternation(coins)})|(?P<glued>p)(?![\w-]|\.\w)"), re.IGNORECASE)
    # the widest prefix ("U.S.$") and one space must fit the window looked at
    width = max(len(s) for s in [*v.currency_symbols, *v.currency_codes]) + 1
    # what ``suffix`` opens with: a scale word or a currency
    opens = Opens([*v.scales, *v.currency_words, *v.currency_codes, *(f"of {w}" for w in v.currency_words),
                   *v.currency_subunits])
    by_last = by_last_character([*v.currency_symbols, *v.currency_codes])  # the currencies written before a number
    return prefix, suffix, width, by_last, opens, subunit


def opens() -> Opens:
    """What may follow a number that ``read`` reads as money with no currency before it."""
    return _patterns()[4]


def written_before(text: str, start: int) -> bool:
    """Whether a currency symbol or code may end right before ``start``, past blanks, as ``read``
    tests first: a number with none, and no currency word after it (``opens``), is no money."""
    _, _, width, by_last, *_ = _patterns()
    b = text[max(0, start - width):start].rstrip()
    return b.endswith(by_last.get(b[-1:], ()))


def read(text: str, num: Num, lead: str | None = None) -> Reading | None:
    """``lead``: ``base.lead(text, num.end)``, when the caller has it."""
    r = _amount(text, num, lead)
    if r is None:
        return _per_currency(text, num) if lead == "pe" else None
    at, rest = r.end, text
    if text[at:at + 1] == "-" and (w := _unhyphened(text, at)) is not None:
        at, rest = 0, w
    if p := per_period(rest, at):
        # "£9 an hour", "$250,000 a year", "€3bn a year": a rate, which never compares with a sum
        # ("$250,000"); per second, so that "£360 a week" and "£18,720 a year" compare
        per = p[1]
        return Reading("money", r.start, p[0] + r.end - at, r.factor / per.factor, f"{r.stated_unit}_per_{per.name}",
                       f"{r.unit}_per_second", rounding="place")
    if q := per_unit(rest, at):
        # "€1.80 per litre", "$50 a barrel", "35 cents a share": a price, which never compares with a
        # sum; per the unit's canonical one, so that "$200 a tonne" and "20 cents a kilo" compare
        end, name, canonical, factor = q
        return Reading("money", r.start, end + r.end - at, r.factor / factor, f"{r.stated_unit}_per_{name}",
                       f"{r.unit}_per_{canonical}", rounding="place")
    if q := _priced_before(text, r.start):
        # "a barrel of Brent was at $74.20", "a pint of beer costs £4.50": the price of one unit,
        # named before it
        name, canonical, factor = q
        return Reading("money", r.start, r.end, r.factor / factor, f"{r.stated_unit}_per_{name}",
                       f"{r.unit}_per_{canonical}", rounding="place")
    return r


_PRICED_REACH = 60


@lru_cache(maxsize=1)
def _per_currency_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A currency after a bare level and "per" ("per dollar"), and a currency named after "the" or an
    owner before it ("The rupee", "Japan's yen"): units.yaml money ``words``."""
    words = trie_alternation(vocabulary().currency_words)
    return (pattern_cache.compile(rf"[ \t]+per[ \t]+(?P<base>{words})\b", re.IGNORECASE),
            pattern_cache.compile(rf"(?:\bthe|['’]s)[ \t]+(?:[A-Za-z]+[ \t]+)?(?P<cur>{words})\b(?=[^,;:.!?()\n]*\Z)",
                                  re.IGNORECASE))


def _per_currency(text: str, num: Num) -> Reading | None:
    """"The rupee hit 84.50 per dollar", "the yen weakened past 160 per dollar": a bare level before "per" and
    another currency is in the currency named before it in its clause, so many to one of the other (only
    "per": "to the dollar" opens no money's word, and "against the dollar" is many of either: "the euro at
    1.08 against the dollar" is in dollars)."""
    after, before = _per_currency_patterns()
    if num.ordinal or num.fraction or num.vague or (a := after.match(text, num.end)) is None:
        return None
    words = vocabulary().currency_words
    m = None
    for m in before.finditer(text, max(0, num.start - _PRICED_REACH), num.start):
        pass  # the last one named before the level
    if m is None or (code := words[m.group("cur")]) == words[a.group("base")]:
        return None
    return Reading("money", num.start, num.end, 1.0, code, code, rounding="place")


def _priced_before(text: str, start: int) -> tuple[str, str, float] | None:
    """What the sum at ``start`` is the price of one of, when a verb of price (units.yaml ``price_verbs``)
    comes right before it after one unit or pack (units.yaml ``priced_of_nouns``) "of" something ("A gallon
    of petrol costs $4", "a bottle of wine costs £10"), one share of a
    company named ("a share of Apple closed at $150", units.yaml ``priced_of_names``), or "per" one unit or
    thing (``per_nouns``: "spending per pupil was £5,000"); (name, canonical, factor as ``per_unit``). Not
    "a night of rioting cost $10m", "a share of the profits was $5m": a thing "of" something is no unit."""
    window = text[max(0, start - _PRICED_REACH):start]
    if " of " not in window and "per " not in window and not any(w in window for w in _each_words()):
        return None  # most sums: the cheap look fails
    m = _priced().search(window)
    if m is None:
        return None
    v = vocabulary()
    if noun := m.group("noun") or m.group("sold") or m.group("per_noun") or m.group("each_noun"):
        name = v.per_nouns[" ".join(noun.lower().split())]
        return name, name, 1.0
    unit = v.measure_units.get(" ".join((m.group("unit") or m.group("per_unit")).lower().split()))
    if unit is None or unit.family in v.per_not_after:
        return None
    return unit.name, unit.canonical, unit.factor


@lru_cache(maxsize=1)
def _each_words() -> tuple[str, ...]:
    """The cheap look's words for ``priced_each`` ("each ", "Each "), as they stand before a thing."""
    return tuple(f"{w} " for word in data_words("units.yaml", "priced_each") for w in (word, word.capitalize()))


@lru_cache(maxsize=1)
def _priced() -> re.Pattern:
    v = vocabulary()
    # "a foot of snow cost", "an inch of rain": no price of one (units.yaml article_measures_not_alone)
    not_alone = set(data_words("units.yaml", "article_measures_not_alone"))
    spelled = [f for f in v.measure_units if f not in v.measure_exact_forms and len(f) > 3
               and re.fullmatch(r"[a-z]+(?: [a-z]+)*", f) and f not in not_alone]
    verbs = data_words("units.yaml", "price_verbs")
    hedges = [h for h in v.hedges_before if re.fullmatch(r"[a-z]+(?: [a-z]+)*", h)]
    units, nouns, verbs = trie_alternation(spelled), trie_alternation(v.per_nouns), trie_alternation(verbs)
    named = trie_alternation(data_words("units.yaml", "priced_of_names"))
    sold = trie_alternation([w for w in data_words("units.yaml", "priced_of_nouns") if w in v.per_nouns])
    words = r"(?:[\w'’-]+[ \t]+){1,3}?"
    return pattern_cache.compile(
        rf"(?<![\w-])(?:{trie(data_words('units.yaml', 'priced_determiners'))}[ \t]+(?:(?:(?P<unit>{units})|(?P<sold>{sold}))[ \t]+of[ \t]+"
        rf"(?!{trie(data_words('units.yaml', 'priced_of_not_before'))}\b){words}"
        # "a share of Apple": the share of a company named, not "a share of profits"
        rf"|(?P<noun>{named})[ \t]+of[ \t]+(?=(?-i:[A-Z])){words}){verbs}"
        # "GDP per capita of $50,000", "spending per pupil was £5,000"
        rf"|per[ \t]+(?:(?P<per_unit>{units})|(?P<per_noun>{nouns}))[ \t]+(?:of|{verbs})"
        # "refund each passenger 1,100 euros": what one of them gets, the sum right after the thing
        rf"|(?<![\w-])(?:{trie(data_words('units.yaml', 'priced_each'))})[ \t]+(?P<each_noun>{nouns}))"
        rf"[ \t]+(?:(?:{trie_alternation(hedges)})[ \t]+)?\Z",
        re.IGNORECASE)


def _amount(text: str, num: Num, lead: str | None) -> Reading | None:
    if num.ordinal or num.fraction:
        return None
    v = vocabulary()
    prefix, suffix, width, by_last, opens, subunit = _patterns()
    may_follow = opens.may(lead)
    before = text[max(0, num.start - width):num.start]
    # a currency must end right before the number (or its one blank): test that cheaply first,
    # its last character first
    b = before.rstrip()
    m = prefix.search(before) if b.endswith(by_last.get(b[-1:], ())) else None
    if m and m.group("cur") in v.currency_scaled_only and not num.scaled and not (
            may_follow and (s := suffix.match(text, num.end)) and s.group("scale")) \
            and "," not in text[num.start:num.end]:
        m = None  # "R5", "the yen 3%": no money without a scale; "R10,000": no road nor model groups thousands
    if m:
        cur = m.group("cur")
        code = v.currency_symbols.get(cur) or cur.upper()
        start = num.start - len(before) + m.start()
        end = num.end
        factor = 1.0
        after = suffix.match(text, num.end) if may_follow else None
        if not num.scaled and text[end:end + 1] == "T" and not _WORD_AFTER.match(text, end + 1):
            # "$2.1T", "US$1.5T": after a currency sign a capital T is trillions as headlines write them
            # (a bare "3.5T" weighs tonnes, which measures reads)
            return Reading("money", start, end + 1, v.scales["trillion"], code, code, rounding="place")
        if after and after.group("scale") and not num.scaled:
            factor = v.scales[after.group("scale").lower()]
            end = after.start("cur") if after.group("cur").upper() != code else after.end()
        return Reading("money", start, end, factor, code, code, rounding="place")
    m = suffix.match(text, num.end) if may_follow else None
    if m and " of " in m.group() and not num.vague:
        m = None  # "5 of dollars" is no money; "millions of dollars" is
    if not m or not m.group("scale") and not num.scaled and text[m.end():m.end() + 1] == " ":
        # a coin; "20 euro cents": a coin the currency word opens, longer than the currency
        if may_follow and not num.scaled and not num.vague and (c := subunit.match(text, num.end)) \
                and not (num.words and c.group("glued")) and (not m or c.end() > m.end()):
            coin = (c.group("coin") or c.group("glued")).lower()
            code, share = v.currency_subunits[coin]
            if num.value != 1 and coin in _invariable_subunits():
                code = _invariable_subunits()[coin]  # "85 cent an hour": a euro's cent
            return Reading("money", num.start, c.end(), share, coin, code, rounding="place")
        if not m:
            return None
    word = m.group("cur")
    lower = word.lower()
    factor = v.scales[m.group("scale").lower()] if m.group("scale") else 1.0
    if lower in v.ambiguous_currency_words and not (num.scaled or m.group("scale") or _vague_millions(num)
                                                    or num.words and num.scale >= 1e6) \
            and not (_money_cue_before(text, num.start) and not _OF.match(text, m.end())):
        # "5 pounds of potatoes" weighs; "5m pounds", "Four million pounds", "tens of millions of pounds",
        # "fined 500 pounds" pay
        return None
    if lower in v.currency_scaled_only and lower not in v.currency_symbols and not (num.scaled or m.group("scale")):
        return None  # "won 5 seats"; but "100 yen": a currency written before a number too is scaled-only there alone
    code = v.currency_words.get(lower) or v.currency_symbols.get(word) or word.upper()
    return Reading("money", num.start, m.end(), factor, code, code, rounding="place")


@lru_cache(maxsize=1)
def _invariable_subunits() -> dict[str, str]:
    """units.yaml money ``invariable_subunits``: a coin's word in the singular after a number other than
    one, and whose coin it then is."""
    return {str(k).lower(): str(c) for k, c in (data_file("units.yaml")["money"].get("invariable_subunits") or {}).items()}


_WORD_AFTER = pattern_cache.compile(r"[\w$£€]|-\w")


_HYPHENED_PER = pattern_cache.compile(r"-(?:an?|per)-(?=[a-z])", re.IGNORECASE)
_HYPHENED_WINDOW = 40


def _unhyphened(text: str, end: int) -> str | None:
    """"a £50,000-a-year job", "a $200-a-night room": a rate hyphened before its noun. The text
    from ``end`` with the two hyphens as blanks (of the same length, so offsets hold), which
    ``per_time`` and ``per_unit`` read as "£50,000 a year"; None when no hyphened rate opens there."""
    m = _HYPHENED_PER.match(text, end)
    if m is None:
        return None
    return " " + text[end + 1:m.end() - 1] + " " + text[m.end():m.end() + _HYPHENED_WINDOW]


_OF = pattern_cache.compile(in_paragraph(r"\s+of\b"), re.IGNORECASE)
_WORD = pattern_cache.compile(r"[A-Za-z]+")
# "fined 500", "a fine of 500", "paid about 500", "sold the car for 500": the money word is
# one of the last four words before the number
_CUE_WORDS = 4
_CUE_WINDOW = 60


def _money_cue_before(text: str, start: int) -> bool:
    """Whether a money word (units.yaml money.cues) is one of the few words before
    ``start`` in the same clause. Asked only for an ambiguous currency word, rarely."""
    window = text[max(0, start - _CUE_WINDOW):start]
    window = window[max(window.rfind(c) for c in ".;:!?") + 1:]  # this clause only
    cues = vocabulary().money_cues
    return any(w.lower() in cues for w in _WORD.findall(window)[-_CUE_WORDS:])


def _vague_millions(num: Num) -> bool:
    """"tens of millions", "millions": a vague quantity that carries a scale of a million or more."""
    return num.vague is not None and num.vague[0] >= 1e6

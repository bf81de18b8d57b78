"""Measures with unit conversion, so that one fact stated in two units compares:
``120 nautical miles``, ``2,500km (1,550 miles)``, ``60,000 sq km``, magnitude ``8.9``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from factcheck import pattern_cache
from factcheck.extract.base import Opens, Reading, data_words, function_words, trie, trie_alternation
from factcheck.extract.durations import per_time
from factcheck.extract.numbers import BLANK_AT_END, BLANKS, OPT_BLANKS, Num, blanks, in_paragraph, sign_before
from factcheck.vocab import data_file, longest_first, vocabulary


@lru_cache(maxsize=1)
def _patterns():
    v = vocabulary()
    folded = [f for f in v.measure_units if f not in v.measure_exact_forms]
    exact = longest_first(v.measure_exact_forms)
    # prefix trees, not plain alternations: the same matches, longest first, without a
    # comparison per unit form after every number
    # "a 200-nautical-mile zone": the words of a unit may take hyphens
    folded_units = trie(folded, blank=r"[\s-]+")
    unit = rf"(?P<unit>(?i:{folded_units})|{'|'.join(re.escape(e) for e in exact)})"
    b, b0 = BLANKS, OPT_BLANKS  # ``\s+`` and ``\s*`` within a paragraph
    # a letter alone before a hyphen and digits is a model's name: "two F-16 jets", "12 T-72 tanks", "a C-130"
    after = pattern_cache.compile(rf"(?:{b0}-{b0}|{b0})(?:{unit})(?![A-Za-z0-9²³])(?!(?<=\b[A-Za-z])-\d)")
    mag_after = pattern_cache.compile(rf"(?:{b0}-{b0}|{b})(?:{trie(v.magnitude_after)})(?![A-Za-z])", re.IGNORECASE)
    mag_before = pattern_cache.compile(in_paragraph(r"\b(?:magnitude(?:\s+of)?|Richter\s+scale\s+of)[\s-]+$") + rf"|\b{trie(_letters(v))}{BLANK_AT_END}",
                            re.IGNORECASE)
    return after, mag_after, mag_before


@lru_cache(maxsize=1)
def _decimal_points() -> tuple[re.Pattern, frozenset[str]]:
    """The pattern that reads a point of units.yaml ``decimal_points`` after a number ("3.2 points", "1.5-point"),
    and the leads (``base.lead``) they open with."""
    forms = data_words("units.yaml", "decimal_points")
    return (pattern_cache.compile(rf"(?:{OPT_BLANKS}-|{BLANKS}){trie(forms)}(?![A-Za-z])", re.IGNORECASE),
            frozenset(f[:2] for f in forms))


def _points(text: str, num: Num) -> Reading | None:
    """"up 3.2 points", "25.3 points per game": points with decimals (whole ones are counts); a rate's or a
    poll's points, whole or not, are percentage points ("cut its rate by 0.25 point", "a 3.5-point lead")."""
    m = _decimal_points()[0].match(text, num.end)
    if m is None:
        return None
    if q := per_unit(text, m.end()):
        if num.step >= 1:
            return None
        end, name, canonical, per = q
        return Reading("measure", num.start, end, 1.0 / per, f"point_per_{name}", f"point_per_{canonical}",
                       rounding="step")
    if _percentage_points(text, num, m.end()):
        return Reading("percent", num.start, m.end(), 1.0, "percentage_point", "percentage_point", rounding="place")
    if num.step >= 1:
        return None
    return Reading("measure", num.start, m.end(), 1.0, "point", "point", rounding="step")


# after points, "to" or "from" and a percentage ("fell three points to 41%"; a word may stand before it: "to a record 41%"),
# in one of the forms of units.yaml ``percent``
_PERCENT_FORMS = [f for f, unit in vocabulary().percent_forms.items() if unit == "percent"]
_TO_PERCENT_LEVEL = pattern_cache.compile(r"[ \t]+(?:to|from)[ \t]+(?:[a-z]+[ \t]+)?\d[\d.]*[ \t]?"
                                          + trie(_PERCENT_FORMS, after={f: r"\b" for f in _PERCENT_FORMS if f[-1].isalnum()}, blank=r"[ \t]?"),
                                          re.IGNORECASE)
_CUE_WORDS = 6  # "cut its benchmark interest rate by 0.25 point": the words before a point that may name a rate
_CLAUSE_WORDS = pattern_cache.compile(r"[A-Za-z]+|[.;:!?,](?=\s)")


def _percentage_points(text: str, num: Num, end: int) -> bool:
    """Whether the points of ``num`` (ending at ``end``) are percentage points: a word of a rate or a poll
    (units.yaml ``percentage_point_cues``) among the few words before it in its clause, or, with decimals
    (which a game's score seldom has), a poll's lead ("a 3.5-point lead", "leads by 1.5 points")."""
    cues, leads, lead_after = _point_cues()
    led = lead_after.match(text, end) is not None
    if num.step >= 1 and "-" in text[num.end:end] and not led:
        return False  # "interest rates and a 10-point plan": a whole point hyphened before a noun names things
    words = _CLAUSE_WORDS.findall(text, max(0, num.start - 60), num.start)
    stops = [i for i, w in enumerate(words) if not w.isalpha()]
    own = words[stops[-1] + 1:] if stops else words  # this clause only
    if stops and words[stops[-1]] == "," and own and all(w.lower() in _change_words() for w in own) \
            and _share_before(text, num.start):
        return True  # "won 45.6% of the vote, up 4.2 points": a share's step, set off after the share
    words = [w.lower() for w in own[-_CUE_WORDS:]]
    if any(w in cues for w in words):
        return True
    if (after := _POLL_AFTER.match(text, _point_lead_end(text, end))) and any(
            w.lower() in cues for w in after.group("words").split()):
        return True  # "a 10-point lead in the polls", "trail by 8 points in the latest survey"
    if text.startswith((" to ", " from "), end) and _TO_PERCENT_LEVEL.match(text, end):
        return True  # "Support fell three points to 41%": a step of a share to its level
    if num.step >= 1:
        return False
    # with decimals, a lead among the words before: "leads by 1.5 points", "Labour's lead widened by 1.5 points"
    return led or any(w in leads for w in words)


# after points (and a lead), "in" and up to four words of their clause, one of which may name a poll: "in the
# latest survey", "in a new YouGov poll"
_POLL_AFTER = pattern_cache.compile(r"[ \t]+in[ \t]+(?P<words>(?:[A-Za-z][\w'/&-]*[ \t]+){0,3}[A-Za-z]+)\b")
# a percentage in the clause before a comma: "45.6% of the vote, up 4.2 points"
_SHARE_BEFORE = pattern_cache.compile(r"\d[ \t]?" + trie(_PERCENT_FORMS, after={f: r"\b" for f in _PERCENT_FORMS if f[-1].isalnum()},
                                                          blank=r"[ \t]?") + r"[^,;:.!?\n]*,[^,;:.!?\n]*\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _change_words() -> frozenset[str]:
    """hedges.yaml ``change_verbs``, every way: the words that alone may open a share's step ("up", "fell")."""
    return frozenset(w.lower() for w in vocabulary().change_verbs)


def _share_before(text: str, start: int) -> bool:
    """Whether the clause before the comma before ``start`` states a percentage."""
    return _SHARE_BEFORE.search(text, max(0, start - 80), start) is not None


def _point_lead_end(text: str, end: int) -> int:
    """``end``, or past a lead's word right after the points ("a 10-point lead")."""
    m = _point_cues()[2].match(text, end)
    return m.end() if m else end


@lru_cache(maxsize=1)
def _point_cues() -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    """units.yaml ``percentage_point_cues`` and ``percentage_point_leads``, and the pattern of a lead right after a point."""
    leads = data_words("units.yaml", "percentage_point_leads")
    return (frozenset(data_words("units.yaml", "percentage_point_cues")), frozenset(leads),
            pattern_cache.compile(rf"[ \t]+{trie_alternation(leads)}", re.IGNORECASE))


@lru_cache(maxsize=1)
def _quake_verbs() -> tuple[str, ...]:
    return tuple(vocabulary().magnitude_quakes[1])


@lru_cache(maxsize=1)
def _quake_before() -> re.Pattern:
    """A quake and the word that gives its magnitude, right before a number ("a tremor registering ")."""
    quakes, verbs = vocabulary().magnitude_quakes
    return pattern_cache.compile(in_paragraph(rf"\b{trie(quakes)}s?\s+{trie(verbs)}\s+$"), re.IGNORECASE)


def _letters(v) -> list[str]:
    """The magnitude's letters ("M", "Mw"), which stand before a number with decimals only: "M6 motorway"."""
    return [s for s in v.magnitude_before if s.isalpha() and s[:1].isupper()]


@lru_cache(maxsize=1)
def _bare_degrees():
    """"15 degrees below zero", and the temperature words that make "15 degrees" one."""
    forms, before, after = vocabulary().bare_degrees
    tail = rf"(?:\s+(?P<after>{trie_alternation(after)}))?" if after else ""
    words = [f for f in forms if f.isalpha()]
    # a sign ("45°") is glued to the digits, or one blank after them; no letter after it ("45°N" is a latitude)
    signs = "".join(re.escape(f) for f in forms if not f.isalpha())
    glued = rf"|[ \t]?[{signs}](?![A-Za-z])" if signs else ""
    unit = pattern_cache.compile(in_paragraph(rf"(?:(?:\s*-\s*|\s+){trie_alternation(words)}{glued}){tail}"), re.IGNORECASE)
    cue = pattern_cache.compile(trie_alternation(before), re.IGNORECASE)
    return unit, cue


@lru_cache(maxsize=1)
def _unitless():
    """"2 below zero" (after the number), and the whole temperature words that make a minus
    number or a decade one."""
    v = vocabulary()
    alone = pattern_cache.compile(in_paragraph(rf"\s+(?P<after>{trie_alternation(v.bare_degrees_alone)})(?![\w-])"),
                                  re.IGNORECASE)
    cue = pattern_cache.compile(rf"(?<![\w-])(?:{trie_alternation(v.temperature_cues)})(?![\w-])", re.IGNORECASE)
    return alone, cue


@lru_cache(maxsize=1)
def _cued_below() -> re.Pattern:
    """"below" (units.yaml ``bare_degrees_cued``) after a number, where its clause ends: "to 15 below."."""
    return pattern_cache.compile(in_paragraph(rf"\s+(?:{trie_alternation(data_words('units.yaml', 'bare_degrees_cued'))})"
                                              r"(?=[ \t]*(?:[.,;:!?)]|\n|\Z))"), re.IGNORECASE)


# "in the 90s", "into the mid-30s", "reached the upper 80s": ending where a decade's digits start;
# where a reading stands ("since the 90s", "during the 80s" are years)
# (units.yaml bare_degrees decade_before, decade_parts)
_THE_DECADE = pattern_cache.compile(rf"(?<![\w-]){trie(data_words('units.yaml', 'bare_degrees', 'decade_before'))}"
                                    rf"\s+(?P<the>the\s+(?:{trie(data_words('units.yaml', 'bare_degrees', 'decade_parts'))}[\s-]*)?)\Z",
                                    re.IGNORECASE)


def _cued(text: str, start: int) -> bool:
    """Whether a temperature word (units.yaml bare_degrees.cues) stands before ``start`` in its sentence."""
    window = text[max(0, start - 60):start]
    stop = max(window.rfind(". "), window.rfind("\n"))
    return _unitless()[1].search(window, stop + 1) is not None


def temperature_decade(text: str, num: Num) -> Reading | None:
    """"temperatures in the 90s", "highs in the mid-30s": a decade of degrees after "the" with a
    temperature word before it in its sentence, on the scale the article uses (unit "degree")."""
    before = text[max(0, num.start - 24):num.start]
    if "the" not in before[-12:].lower() or (b := _THE_DECADE.search(before)) is None or not _cued(text, num.start):
        return None
    return Reading("measure", num.start - len(before) + b.start("the") + 4, num.end, 1.0, "degree", "degree")


@lru_cache(maxsize=1)
def _opens() -> tuple[Opens, Opens]:
    """What ``after`` and ``mag_after`` open with (``after`` and a bare "degrees")."""
    v = vocabulary()
    return Opens([*v.measure_units, *v.bare_degrees[0], *data_words("units.yaml", "decimal_points")]), Opens(v.magnitude_after)


def read(text: str, num: Num, lead: str | None = None) -> Reading | None:
    """``lead``: ``base.lead(text, num.end)``, when the caller has it."""
    if num.ordinal or num.fraction or num.decade:
        return None
    after, mag_after, mag_before = _patterns()
    unit_opens, mag_opens = _opens()
    if not num.words and 0 < num.value < 11:
        m = mag_after.match(text, num.end) if mag_opens.may(lead) else None
        if m:
            return Reading("measure", num.start, m.end(), 1.0, "magnitude", "magnitude", rounding="step")
        window = text[max(0, num.start - 24):num.start]
        b = mag_before.search(window) if _may_end_magnitude(window) else None
        if b and (b.group().strip() not in _letters(vocabulary()) or num.step < 1):
            # the span keeps "magnitude", as a money span keeps its currency sign
            return Reading("measure", num.start - len(window) + b.start(), num.end, 1.0, "magnitude", "magnitude",
                           rounding="step")
        if num.step < 1 and window.rstrip().lower().endswith(_quake_verbs()) and _quake_before().search(window):
            # "a quake measuring 7.0", "an earthquake of 6.1": the quake names the scale
            return Reading("measure", num.start, num.end, 1.0, "magnitude", "magnitude", rounding="step")
    if num.vague:
        # "several metres", "hundreds of miles": a vague quantity of a unit
        at = num.end
        if lead is not None and lead[:2] == "of" and (o := _OF.match(text, at)):
            at = o.end()
        m = after.match(text, at) if at > num.end or unit_opens.may(lead) else None
        if not m or m.start("unit") == at or text[m.start("unit") - 1:m.start("unit")] == "-" or m.group("unit") in v_exact():
            return None  # the unit stands apart ("several metres"), in words
    else:
        m = after.match(text, num.end) if unit_opens.may(lead) else None
        if not m and (lead is None or lead[:2] in ("de", "be") or signed(text, num.start)) \
                and (d := _degrees(text, num)) is not None:
            return d
        if not m and lead == "in":
            return _inches_after_feet(text, num)
        if not m and not num.scaled and (lead is None or lead in _decimal_points()[1]):
            return _points(text, num)
    if not m:
        return None
    form = m.group("unit")
    v = vocabulary()
    unit = v.measure_units.get(form) or v.measure_units.get(" ".join(form.lower().replace("-", " ").split()))
    if unit is None:
        return None
    if num.scaled and form == "m":
        return None
    if form == "m" and _hours_before(text, num.start):
        return _minutes(num, m.end())
    if not unit.before_noun and (w := _WORD_AFTER.match(text, m.end())) and w.group(1) not in v.count_guards["not_modifiers"]:
        return None  # "3 stone tablets": the unit word describes the noun after it ("2 stone in a year" is a weight)
    if form in ("C", "F") and not text[num.end:m.start("unit")].strip() == "":
        return None
    start, factor = num.start, unit.factor
    if unit.family == "temperature" and (sign := sign_before(text, num.start)) is not None:
        start, factor = sign, -factor  # "-5C", "minus 20 degrees Celsius"
    if unit.family not in _RATES_ALREADY and (r := per_period(text, m.end())):
        # "500 barrels per day", "20 tonnes an hour", "10 km a day": a rate, which never compares
        # with an amount ("500 barrels"); per second, so that "3,500 barrels a week" compares
        return Reading("measure", start, r[0], factor / r[1].factor, f"{unit.name}_per_{r[1].name}",
                       f"{unit.canonical}_per_second", rounding="step")
    if unit.family not in vocabulary().per_not_after and (q := per_unit(text, m.end())):
        # "5 mg per kilogram", "40 miles per gallon", "10 tonnes a hectare", "2 kg per head": a ratio,
        # which never compares with an amount ("5 mg")
        end, name, canonical, per = q
        return Reading("measure", start, end, factor / per, f"{unit.name}_per_{name}", f"{unit.canonical}_per_{canonical}",
                       rounding="step")
    return Reading("measure", start, m.end(), factor, unit.name, unit.canonical, rounding="step",
                   offset=unit.offset * unit.factor)



def per_unit(text: str, end: int) -> tuple[int, str, str, float] | None:
    """What the quantity ending at ``end`` is per, when it is a measure unit or a thing counted
    (units.yaml ``per_nouns``): "per litre", "a barrel", "/kg", "per square kilometre", "a share",
    "per head". (where it ends, the unit's or noun's name, what rates are kept per, the unit's factor
    to that; 1 for a noun.) Time is ``durations.per_time``'s."""
    if text[end:end + 1] not in _PER_OPENS:
        return None  # most quantities: the cheap look fails
    m = _per_unit().match(text, end)
    if m is None:
        return None
    v = vocabulary()
    noun = m.group("noun") or m.group("noun_a")
    if noun is not None:
        name = v.per_nouns[" ".join(noun.lower().split())]
        return m.end(), name, name, 1.0
    form = m.group("unit") or m.group("slash") or m.group("unit_a")
    unit = v.measure_units.get(form) or v.measure_units.get(" ".join(form.lower().replace("-", " ").split()))
    if unit is None or unit.family in v.per_not_after:
        return None
    return m.end(), unit.name, unit.canonical, unit.factor


# "5'11\"", "6′2″", "a 6'2 guard": a height in feet and inches, as American copy writes it (a feet's digit,
# a prime, inches below 12 and maybe their double prime); not an angle's minutes ("40°5'3\"")
_FEET_INCHES = pattern_cache.compile(r"['’′](1[01]|\d)(?:[\"”″]|'')?(?![\w'’′]|[.,]\d)")
PRIMES = frozenset("'’′")


def feet_and_inches(text: str, num: Num) -> tuple[Num, Reading] | None:
    """``5'11"``: one length, the number made feet and twelfths of a foot (to the inch)."""
    if num.words or num.scaled or num.step != 1 or not 1 <= num.value <= 8 or num.end - num.start != 1 \
            or text[num.start - 1:num.start] in ("°", "'", "’", ".") or (m := _FEET_INCHES.match(text, num.end)) is None:
        return None
    inch = 1 / 12
    n = num._replace(end=m.end(), value=num.value + int(m.group(1)) * inch, step=inch, place=inch)
    return n, Reading("measure", num.start, m.end(), 0.3048, "foot", "metre", rounding="step")


_PER_OPENS = frozenset(" /\t\n")


@lru_cache(maxsize=1)
def _rate_adverbs() -> tuple[dict[str, str], re.Pattern, frozenset[str]]:
    """units.yaml ``rate_adverbs`` (adverb -> its period), the pattern that reads one after a blank, and their
    first letters."""
    adverbs = {" ".join(str(k).split()): str(p) for k, p in (data_file("units.yaml").get("rate_adverbs") or {}).items()}
    # "5 tonnes of CO2 annually": what the unit measures may stand between, as before "a year"
    return (adverbs, pattern_cache.compile(rf"(?:[ \t]+of[ \t]+[A-Za-z][\w-]*)?[ \t](?P<adverb>{trie(adverbs)})(?![\w-]|\.\w)"),
            frozenset(a[:1] for a in adverbs) | {"o"})


def per_period(text: str, end: int):
    """``durations.per_time`` (where it ends, the time unit), or an adverb of a period right after the quantity
    ending at ``end`` (units.yaml ``rate_adverbs``: "$500 million annually", "£1,000 per annum")."""
    if r := per_time(text, end):
        return r
    adverbs, pattern, firsts = _rate_adverbs()
    if text[end + 1:end + 2] not in firsts or (m := pattern.match(text, end)) is None:
        return None  # most quantities: the cheap look fails
    return m.end(), vocabulary().duration_units[adverbs[m.group("adverb")]]


@lru_cache(maxsize=1)
def _per_unit() -> re.Pattern:
    """"per" or "/" and any unit form, or "a"/"an" and a unit spelled out ("a barrel", not "a t"),
    or a noun of ``per_nouns`` after any of them."""
    v = vocabulary()
    b, b0 = BLANKS, OPT_BLANKS
    folded = [f for f in v.measure_units if f not in v.measure_exact_forms]
    spelled = [f for f in folded if len(f) > 3 and re.fullmatch(r"[a-z]+(?: [a-z]+)*", f)]
    # one letter ("m", "L", "g") only right after "/": "per m" may be a million
    exact = "|".join(re.escape(e) for e in longest_first(v.measure_exact_forms) if len(e) > 1)
    exact1 = "|".join(re.escape(e) for e in v.measure_exact_forms if len(e) == 1)
    units = rf"(?i:{trie(folded, blank=blanks('-'))})|{exact}"
    nouns = rf"(?i:{trie(v.per_nouns, blank=b)})"
    per, slash = rf"{b}per{b}", rf"{b0}/{b0}"
    return pattern_cache.compile(rf"(?:{per}(?P<unit>{units})|{slash}(?P<slash>{units}|{exact1})|(?:{per}|{slash})(?P<noun>{nouns})"
                      rf"|{b}an?{b}(?:(?P<unit_a>(?i:{trie(spelled, blank=b)}))|(?P<noun_a>{nouns})))(?![A-Za-z0-9²³])")


# the families no time divides: rates already (speed, power), levels ("degrees a day"), and energy,
# whose yearly output is written with or without "a year" ("100 TWh a year" is the "100 TWh")
_RATES_ALREADY = frozenset({"speed", "power", "temperature", "pressure", "energy", "data_rate", "flow",
                            "oil_equivalent_flow", "mass_flow"})


def _hours_before(text: str, start: int) -> bool:
    """Whether hours glued to their digits end right before ``start``: "7h 30m", "1hr 20m"."""
    c = text[start - 1:start]
    return c.isspace() and _hours_glued().search(text, max(0, start - 12), start) is not None


@lru_cache(maxsize=1)
def _hours_glued() -> re.Pattern:
    v = vocabulary()
    hours = [f for f, u in v.duration_units.items() if u.name == "hour" and len(f) < 4]  # "h", "hr", "hrs"
    return pattern_cache.compile(in_paragraph(rf"\d{trie(hours)}\s+$"))


def _minutes(num: Num, end: int) -> Reading:
    """The "30m" of "7h 30m": minutes, which ``quantities`` joins to the hours before."""
    minute = next(u for u in vocabulary().duration_units.values() if u.name == "minute")
    return Reading("duration", num.start, end, minute.factor, minute.name, minute.canonical)


def _inches_after_feet(text: str, num: Num) -> Reading | None:
    """"5ft 10in", "5 ft 6 in tall": "in" after the inches of a length in feet is inches, glued to
    the digits or, spaced, before a word of size (units.yaml ``inch_spaced_before``: "6 in the end"
    is no height). Alone, "10in" is inches only before "of" or a word of size, "3.5in of rain", "a 12in long
    blade" ("won 10in" stays no unit)."""
    if num.words or (m := _inches_pattern().match(text, num.end)) is None:
        return None
    if not _feet_before().search(text, max(0, num.start - 12), num.start) \
            and (m.group().startswith((" ", "\t")) or _glued_inches().match(text, m.end()) is None):
        return None
    inch = vocabulary().measure_units["inch"]
    return Reading("measure", num.start, m.end(), inch.factor, inch.name, inch.canonical, rounding="step")


@lru_cache(maxsize=1)
def _inches_pattern() -> re.Pattern:
    size = trie(data_words("units.yaml", "inch_spaced_before"))
    return pattern_cache.compile(rf"(?:in(?![\w'’])|[ \t]in(?=[ \t]+{size}\b|[^\w\s'’]))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _glued_inches() -> re.Pattern:
    """What may follow inches glued to their digits with no feet before them: "of" or a word of size."""
    size = trie(data_words("units.yaml", "inch_spaced_before"))
    return pattern_cache.compile(rf"[ \t]+(?:of|{size})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _feet_before() -> re.Pattern:
    feet = [f for f, u in vocabulary().measure_units.items() if u.name == "foot"]
    return pattern_cache.compile(in_paragraph(rf"\d\s*{trie(feet)}(?![A-Za-z])\.?,?\s*$"), re.IGNORECASE)


def _degrees(text: str, num: Num) -> Reading | None:
    """"minus 15 degrees", "15 degrees below zero", "temperatures of 30 degrees": a temperature
    on a scale not named (unit "degree"); with no cue "turned 90 degrees" is none."""
    unit, cue = _bare_degrees()
    m = unit.match(text, num.end)
    if num.scaled:
        return None
    if m is None:
        sign = sign_before(text, num.start)
        if (a := _unitless()[0].match(text, num.end)) is not None and sign is None:
            # "2 below zero": the words after say what "degrees" would
            factor = float(vocabulary().bare_degrees[2][" ".join(a.group("after").lower().split())])
            return Reading("measure", num.start, a.end(), factor, "degree", "degree", rounding="step")
        if sign is not None and _cued(text, sign):
            return Reading("measure", sign, num.end, -1.0, "degree", "degree", rounding="step")  # "temperatures of minus 5"
        if sign is None and (b := _cued_below().match(text, num.end)) is not None and _cued(text, num.start):
            return Reading("measure", num.start, b.end(), -1.0, "degree", "degree", rounding="step")  # "plunged to 15 below."
        return None
    start, factor = num.start, 1.0
    if (sign := sign_before(text, num.start)) is not None:
        start, factor = sign, -1.0
    elif m.group("after"):
        factor = float(vocabulary().bare_degrees[2][" ".join(m.group("after").lower().split())])
    else:
        window = text[max(0, num.start - 60):num.start]
        stop = max(window.rfind(". "), window.rfind("\n"))
        if not cue.search(window, stop + 1):
            return None
    return Reading("measure", start, m.end(), factor, "degree", "degree", rounding="step")


def signed(text: str, start: int) -> bool:
    """Whether a minus sign or word stands right before ``start``: a cheap test before ``sign_before``."""
    return text[start - 1:start] in _SIGNS or text[max(0, start - 9):start].lower().endswith(_MINUS_WORDS)


_SIGNS = ("-", "−", "–")
_MINUS_WORDS = ("minus ", "negative ")


_OF = pattern_cache.compile(in_paragraph(r"\s+of(?=\s)"), re.IGNORECASE)
_WORD_AFTER = pattern_cache.compile(r"[ \t]+([a-z]+)\b")


@lru_cache(maxsize=1)
def v_exact() -> frozenset[str]:
    """The unit forms matched only as written ("m", "C"): symbols, never after a vague word."""
    return vocabulary().measure_exact_forms


def _may_end_magnitude(window: str) -> bool:
    """Whether ``window`` ends as ``mag_before`` needs ("magnitude ", "scale of ", "M", "M "):
    a look at its last characters, cheaper than the search that would fail."""
    end = len(window)
    while end and (window[end - 1].isspace() or window[end - 1] == "-"):
        end -= 1
    core = window[max(0, end - 9):end]
    # (IGNORECASE also matches "ı" to "i": a word not in ASCII is left to the search)
    if end < len(window) and (not core.isascii() or core.lower().endswith(("magnitude", "of"))):
        return True
    return "m" in window[-4:].lower()  # "M" or "Mw", then at most a blank and a final newline


class _StormWords(NamedTuple):
    """units.yaml ``storm_category``, compiled."""

    ending: re.Pattern       # its words ending right before a number: "Category 4", "Cat-3"
    scale: re.Pattern        # its scale right after a number: "a 4 on the Saffir-Simpson scale"
    follows: re.Pattern      # what may follow the number: group ``word``, a storm's word or another
    cue: re.Pattern          # a storm's word or a cue ("landfall") in the sentence or the one before
    lasts: frozenset[str]    # the last letters its words before a number end in
    lowest: int              # the scale's lowest step
    highest: int             # and its highest
    storms: frozenset[str]   # a storm's nouns: "hurricane", "typhoon"
    strengths: frozenset[str]  # its strength or landfall after the number: "Category 5 strength"


@lru_cache(maxsize=1)
def _storm_category() -> _StormWords:
    """units.yaml ``storm_category``'s words as the storm reader uses them."""
    d = data_file("units.yaml")["storm_category"]
    before = [str(w) for w in d["before"]]
    # "category 4", "Category-5", "Cat 3": the word, then a blank or a hyphen, ending at the number
    ending = pattern_cache.compile(rf"(?<![\w-])(?i:{trie([w.rstrip('-') for w in before])})[ \t-]\Z")
    scale = pattern_cache.compile(rf"[ \t]+(?i:{trie([str(w) for w in d['after']])})(?![\w-])")
    storms = [str(w) for w in d["storms"]]
    follows = pattern_cache.compile(rf"[ \t-]+(?P<word>(?i:{trie(storms)})(?![\w-])|[a-z][\w'’-]*)")
    cue = pattern_cache.compile(rf"(?<![\w-])(?i:{trie_alternation([*storms, *map(str, d['cues'])])})(?![\w])")
    lasts = frozenset(w.rstrip("-")[-1:].lower() for w in before)
    return _StormWords(ending, scale, follows, cue, lasts, int(d["lowest"]), int(d["highest"]), frozenset(storms),
                       frozenset(str(w) for w in d["strengths"]))


def may_be_storm_category(text: str, start: int) -> bool:
    """A cheap look before the number at ``start``: whether a word of ``storm_category.before`` may end there
    ("Category 4", "Cat-3"): its last letter, then a blank or a hyphen."""
    return start > 3 and text[start - 1] in " -\t" and text[start - 2].lower() in _storm_category().lasts


def storm_category(text: str, num: Num, sentence: tuple[int, int]) -> Reading | None:
    """"a Category 4 hurricane", "downgraded to Category 2", "a category-five typhoon", "a 4 on the
    Saffir-Simpson scale": a storm's category (unit "storm_category", exact: a step of the scale). Only a
    whole step of the scale, beside a storm: a storm's noun right after the number, or else no other noun
    after it and a storm's word in its sentence or the one before ("Category 1 responders" is none)."""
    sw = _storm_category()
    if num.vague or num.ordinal or num.fraction or num.decade or num.scaled or num.step < 1 \
            or not sw.lowest <= num.value <= sw.highest or num.value != int(num.value):
        return None
    b = sw.ending.search(text, max(0, num.start - 10), num.start)
    if b is None:
        s = sw.scale.match(text, num.end)
        return Reading("measure", num.start, s.end(), 1.0, "storm_category", "storm_category") if s else None
    start = b.start()
    f = sw.follows.match(text, num.end)
    word = f.group("word").lower() if f else None
    if word is not None and (" ".join(word.split()) in sw.storms or word in sw.strengths):
        return Reading("measure", start, num.end, 1.0, "storm_category", "storm_category")
    if word is not None and word not in function_words():
        return None  # "Category 1 responders", "a category 2 listed building"
    # the storm named in this sentence or the one before, in its paragraph ("Hurricane Orla weakened
    # over Georgia. It was downgraded to Category 2")
    reach = max(0, sentence[0] - 300)
    before = max(text.rfind(". ", reach, max(0, sentence[0] - 2)), text.rfind("\n", reach, sentence[0]))
    if sw.cue.search(text, before + 1 if before >= 0 else reach, sentence[1]) is None:
        return None
    return Reading("measure", start, num.end, 1.0, "storm_category", "storm_category")

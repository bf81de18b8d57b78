"""The vocabularies in ``factcheck/data/*.yaml``, read once.

Every word list the extractors use (number words, hedges, units, months,
roles, titles, abbreviations) lives in those files, one place each; this
module only loads them and offers ``alternation`` to turn a list into a
regular-expression group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, NamedTuple

from factcheck import yamlio


_NO_PLURAL = ("ese", "ss", "sh", "tch", "nch", "ic")  # "Chinese", "Swiss", "Irish", "Dutch", "French", "Icelandic"


def demonym_plural(noun: str) -> str | None:
    """The plural, in lower case, of a nationality's adjective read as a noun ("Colombian": "colombians")
    or of its noun ("Spaniard": "spaniards", "Dutchman": "dutchmen"); None for an adjective that is its
    own plural or no noun ("Chinese", "Dutch", "Icelandic")."""
    low = str(noun).lower()
    if low.endswith("man"):
        return low[:-3] + "men"
    return None if low.endswith(_NO_PLURAL) else low + "s"


def _demonym_plurals(names: dict) -> frozenset[str]:
    """The plurals (``demonym_plural``) of names.yaml's ``demonyms`` and of its ``demonym_nouns``."""
    nouns = [*names.get("demonyms", ()), *(n for ns in (names.get("demonym_nouns") or {}).values() for n in ns)]
    return frozenset(p for p in map(demonym_plural, nouns) if p is not None)


def data_file(name: str) -> Any:
    """The parsed tables of ``factcheck/data/<name>``, for a reader whose word list
    serves it alone; the lists several readers share are in ``Vocabulary``."""
    return yamlio.load(resources.files("factcheck.data").joinpath(name).read_text(encoding="utf-8"), keep=True)


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` longest first, as an alternation must try them, and alphabetically
    among equals: a pattern built from a set is then the same in every process
    (which the pattern cache relies on, see ``pattern_cache``)."""
    return sorted(set(words), key=lambda s: (-len(s), s))


def alternation(words: Iterable[str], *, boundary: bool = True) -> str:
    """A non-capturing group matching any of ``words``, longest first.

    Spaces in a phrase match any run of white space; with ``boundary`` the
    group is fenced by word boundaries where the phrase starts or ends with a
    word character.
    """
    parts = []
    for w in longest_first(words):
        p = r"\s+".join(re.escape(piece) for piece in w.split())
        if boundary:
            if w[:1].isalnum():
                p = r"\b" + p
            if w[-1:].isalnum():
                p = p + r"\b"
        parts.append(p)
    return "(?:" + "|".join(parts) + ")"


# Under re.IGNORECASE a pattern's "i", "s" and "k" also match the Turkish "ı" and "İ", the
# long "ſ" and the Kelvin sign: the four letters beyond ASCII Python's engine folds onto ASCII
# ones. A table keyed by the ASCII word must find what such a match found.
_ASCII_FOLD = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})  # "İ".lower() is "i" + U+0307


def fold(word: str) -> str:
    """``word`` in lower case with the letters the pattern engine folds onto ASCII ones
    made ASCII: ``fold("ſeveral") == "several"``."""
    return word.lower().translate(_ASCII_FOLD)


class FoldedKeys(dict):
    """A table whose ``table[key]`` finds a key the way an ignore-case pattern matched
    it: ``table["ſeveral"]`` is ``table["several"]``. Only a missing key is folded, so
    a lookup that hits costs what a dict's does."""

    __slots__ = ()

    def __missing__(self, key):
        if isinstance(key, str) and (folded := fold(key)) != key:
            return self[folded]
        raise KeyError(key)


@dataclass(frozen=True)
class Unit:
    name: str
    family: str
    canonical: str
    factor: float
    offset: float = 0.0
    before_noun: bool = True  # False: a word after it makes it an adjective ("3 stone tablets")


class Vocabulary(NamedTuple):
    """Every word list, read once. A named tuple: a frozen dataclass of this
    many fields takes milliseconds of start-up to build."""

    number_units: dict[str, int]
    number_tens: dict[str, int]
    scales: dict[str, float]
    scale_abbreviations: dict[str, float]
    ordinals: dict[str, int]
    vague: dict[str, tuple[float, float]]
    fractions: dict[str, float]
    hedges_before: dict[str, str]
    hedges_after: dict[str, str]
    upper_bounds: tuple[str, ...]
    duration_units: dict[str, Unit]  # form (lower case) -> unit
    measure_units: dict[str, Unit]  # form (lower case, or exact) -> unit
    measure_exact_forms: frozenset[str]
    magnitude_before: tuple[str, ...]
    magnitude_after: tuple[str, ...]
    magnitude_quakes: tuple[tuple[str, ...], tuple[str, ...]]  # units.yaml magnitude: quake words, the verbs after them
    currency_symbols: dict[str, str]
    currency_codes: frozenset[str]
    currency_words: dict[str, str]
    ambiguous_currency_words: frozenset[str]
    percent_forms: dict[str, str]
    months: dict[str, int]
    month_names: tuple[str, ...]  # the full name of each month, January first
    ambiguous_month_forms: frozenset[str]
    weekdays: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    parts: dict[str, dict[str, tuple[int, int]]]
    quarters: dict[str, int]
    relative_days: dict[str, int]
    relative_shift: dict[str, int]
    future_markers: tuple[str, ...]
    date_moves: tuple[str, ...]  # "postponed from March 3 to March 5": a change of date, not a span
    date_moves_earlier: tuple[str, ...]  # "brought forward from Thursday to Tuesday": to an earlier date
    date_move_reach: int  # words a move word may stand before "from X to Y" and still govern it
    date_move_not_across: frozenset[str]  # words between that make the move a motion ("moved across")
    time_hedges: dict[str, tuple[str, int, int]]  # "around" -> (qualifier, minutes before, minutes after)
    meridiem: dict[str, str]
    named_times: dict[str, str]
    day_parts: dict[str, str]
    zones: tuple[str, ...]
    # a zone as times.py states it (abbreviations as written, phrases in lower case) ->
    # minutes its clock runs ahead of UTC, a tz database name (the offset depends on the
    # date), or None (no offset known: "local time")
    zone_offsets: dict[str, int | str | None]
    person_nouns: frozenset[str]
    noun_roles: dict[str, str]
    roles: dict[str, str]  # trigger phrase (lower case) -> role
    not_counted: frozenset[str]
    irregular_plurals: dict[str, str]
    honorifics: frozenset[str]
    titles: tuple[str, ...]
    not_names: frozenset[str]
    abbreviations: frozenset[str]
    sentence_openers: frozenset[str]
    # nouns.yaml "guards": not_modifiers, labels, streets -> words that keep a number from being a count
    count_guards: dict[str, tuple[str, ...]] = None  # type: ignore[assignment]
    # calendar.yaml: after "the", shift words that count from the date before them in the
    # sentence ("the following year") or make a window on the publication date ("the past year")
    anaphoric_shift: dict[str, int] = None  # type: ignore[assignment]
    window_shift: dict[str, int] = None  # type: ignore[assignment]
    date_cues: frozenset[str] = frozenset()  # words before a bare month that make it a date
    decades: dict[str, float] = None  # type: ignore[assignment]  # "fifties" -> 50
    change_verbs: tuple[str, ...] = ()  # "rose", "fell": before "X to Y", a change, not a range
    change_nouns: tuple[str, ...] = ()  # "a rise", "a drop": before "of", a change
    # each verb's and noun's way: "rise", "fall" or "either" ("revised")
    change_ways: dict[str, str] = None  # type: ignore[assignment]
    currency_subunits: dict[str, tuple[str, float]] = None  # type: ignore[assignment]  # "cents" -> (USD, 0.01)
    article_measures: tuple[str, ...] = ()  # measure unit forms read after "a", "half a": "a mile long"
    # units.yaml bare_degrees: "degrees" alone, a temperature after a cue: forms, words before, words after -> sign
    article_measures_not_alone: frozenset[str] = frozenset()  # "an inch" alone is no measure; "half an inch" is
    fraction_change_after: tuple[str, ...] = ()  # numbers.yaml: what may follow "by a fifth"
    multipliers: tuple[str, ...] = ()  # numbers.yaml: "times", "fold": the number before is a multiplier
    # numbers.yaml elided_unit: "up from", "compared with" before a bare number that takes the unit before
    # it, and the words that may follow that number ("in", "a year earlier")
    elided_unit_joiners: tuple[str, ...] = ()
    elided_unit_changed: tuple[str, ...] = ()  # of those, the ones only after a change's end ("to X from")
    elided_unit_paired: tuple[str, ...] = ()  # ... and the ones only after a time or place ("in 2014 and")
    elided_unit_after: frozenset[str] = frozenset()
    bare_degrees: tuple[tuple[str, ...], frozenset[str], dict[str, int]] = ((), frozenset(), {})
    bare_degrees_alone: tuple[str, ...] = ()  # units.yaml bare_degrees.alone: "2 below zero"
    temperature_cues: tuple[str, ...] = ()  # units.yaml bare_degrees.cues: "temperatures ... minus 5", "in the 90s"
    money_cues: frozenset[str] = frozenset()  # units.yaml money.cues: "fined 500 pounds" pays
    money_continued_by: frozenset[str] = frozenset()  # units.yaml money.continued_by: "another 5 billion"
    # units.yaml money.scaled_only: currencies that are money only with a scale ("R2.5 billion", "yen 3 trillion")
    currency_scaled_only: frozenset[str] = frozenset()
    generic_people: frozenset[str] = frozenset()  # nouns.yaml: nouns that name no narrower population
    # nouns.yaml: "protesters" -> protesters, unless a role word says otherwise; "crowd" -> protesters
    noun_default_roles: dict[str, str] = {}
    crowd_roles: dict[str, str] = {}
    # nouns.yaml: "a population of", "a city of": the number after counts inhabitants, in this role
    population_of: tuple[str, ...] = ()
    population_role: str = "population"
    # nouns.yaml ``counted_units``: a counted noun -> the unit its counts meet others in ("position" -> job)
    counted_units: dict[str, str] = {}
    # nouns.yaml ``crowd_frames``: joined / drew / estimates / estimated / estimate_* ... -> phrases ("attended", "drew")
    crowd_frames: dict[str, tuple[str, ...]] = {}
    # nouns.yaml ``increments``: before / after / not_before -> words ("another", "more")
    increments: dict[str, tuple[str, ...]] = {}
    event_nouns: frozenset[str] = frozenset()  # nouns.yaml: "quake", "attack": nouns that name an event
    place_kinds: tuple[str, ...] = ()  # nouns.yaml: "city", "district": "the district of Ebo"
    event_ongoing: tuple[str, ...] = ()  # nouns.yaml: "began", "has": the event named goes on to the news
    # calendar.yaml: "Christmas Day" -> (12, 25); each also with a curly apostrophe
    holidays: dict[str, tuple[int, int]] = {}
    duration_exact_forms: frozenset[str] = frozenset()  # matched only as written: "h" ("7h", not "4H")
    duration_modifiers: tuple[str, ...] = ()  # units.yaml duration.modifiers and count_modifiers: "two full days", "24 straight hours"
    duration_article_modifiers: tuple[str, ...] = ()  # units.yaml duration.modifiers: "a full week" (not "a long day")
    # units.yaml duration: spread_across ("phased in over five years"), lookback ("a 30-year high")
    # and lookback_not_before ("a four-year high school course")
    duration_spread_across: tuple[str, ...] = ()
    duration_lookback: tuple[str, ...] = ()
    duration_lookback_not_before: tuple[str, ...] = ()
    duration_terms: tuple[str, ...] = ()  # units.yaml duration.terms: "the 10-year yield" names a product
    duration_lookback_before: tuple[str, ...] = ()  # units.yaml duration.lookback_before: "its lowest in 20 years"
    duration_lookback_not_across: frozenset[str] = frozenset()  # "the first phase will be completed in two years"
    duration_recorded: frozenset[str] = frozenset()  # units.yaml duration.recorded: "hours of footage" is no duration
    duration_worked: frozenset[str] = frozenset()  # units.yaml duration.worked: "hours of overtime" are hours of work
    # calendar.yaml: where a day of the month or a season stands alone as a date ("on the 21st",
    # "in the spring"), what goes on with the clause after one, and the owners that keep a
    # year a year before a plural noun ("its 2014 sales")
    day_of_month_cues: tuple[str, ...] = ()
    numeric_day_cues: tuple[str, ...] = ()  # "on 13/05": a day and month in digits with no year
    season_cues: tuple[str, ...] = ()
    quarter_cues: tuple[str, ...] = ()  # "in the first quarter" with no year: after these
    quarter_figures: tuple[str, ...] = ()  # ... in a sentence with one of these ("GDP", "profit")
    clause_goes_on: tuple[str, ...] = ()
    year_owners: frozenset[str] = frozenset()
    # calendar.yaml: "stood at 10.30" is a level, "at 10.30 a share" a price, not clock times
    clock_not_after: tuple[str, ...] = ()
    clock_not_before: tuple[str, ...] = ()
    # text.yaml: what a quotation's content words are, for telling a paraphrase ("quote_*")
    quote_stop_words: frozenset[str] = frozenset()
    quote_negations: frozenset[str] = frozenset()
    quote_persons: frozenset[str] = frozenset()
    quote_suffixes: tuple[str, ...] = ()
    quote_contractions: dict[str, str] = {}
    # calendar.yaml: the words that tie a value to an earlier event, by what they do, and
    # the clause breaks a time opening the sentence reaches across
    past_words: dict[str, tuple[str, ...]] = {}
    # calendar.yaml ``superseded``: adjectives / nouns / adverbs / verbs of a figure an update replaced
    superseded: dict[str, tuple[str, ...]] = {}
    # calendar.yaml ``period_totals``: a period's key -> the phrases of a running total over it
    period_totals: dict[str, tuple[str, ...]] = {}
    past_continuing_breaks: frozenset[str] = frozenset()
    past_more_breaks: frozenset[str] = frozenset()  # calendar.yaml: ";" before a value that says more
    # calendar.yaml ``movable_holidays``, each form -> ("easter", days from Easter Sunday, 0, 0)
    # or ("nth", month, weekday, nth, days after it): computed per year, not listed
    movable_holidays: dict[str, tuple] = {}
    # calendar.yaml ``window_counts``: "few" in "the past few days" -> at most so many units
    window_counts: dict[str, int] = {}
    # calendar.yaml ``fiscal_years``: "fiscal" in "fiscal 2014" makes the year no calendar year
    fiscal_years: tuple[str, ...] = ()
    # calendar.yaml ``day_periods``: "dawn" -> ("04:00", "07:00")
    day_periods: dict[str, tuple[str, str]] = {}
    # calendar.yaml ``day_periods_after_day``: "evening" in "Tuesday evening" -> ("17:00", "24:00")
    day_periods_after_day: dict[str, tuple[str, str]] = {}
    # calendar.yaml ``day_periods_before_day``: "early" in "early Tuesday" -> ("00:00", "09:00")
    day_periods_before_day: dict[str, tuple[str, str]] = {}
    # ages.yaml: "people over 65" (``groups``), "the youngest victim, 14," (``superlatives``)
    age_groups: frozenset[str] = frozenset()
    age_superlatives: frozenset[str] = frozenset()
    age_group_prefixes: dict[str, str] = {}  # ages.yaml: "over" of "the over-65s" -> its qualifier
    # units.yaml ``percent_points_short``: "3.2pp" (forms, as written), and the words that make a "pp" pages
    percent_points_short: tuple[str, ...] = ()
    percent_page_words: frozenset[str] = frozenset()
    # units.yaml ``per_nouns``: what a price or amount may be per besides a unit ("a share" -> share,
    # "per head" -> person), and ``per_not_after``: the measure families no unit divides
    per_nouns: dict[str, str] = {}
    per_not_after: frozenset[str] = frozenset()
    hedges_after_not_before_word: frozenset[str] = frozenset()  # hedges.yaml: "plus" in "£5 plus tips" adds
    millions_cues: frozenset[str] = frozenset()  # numbers.yaml: "a population of 7.5m" is millions, no metres
    cents_of: frozenset[str] = frozenset()  # units.yaml money.cents_of: the currencies whose hundredth is a cent


def _movable(rule: dict, weekdays: dict) -> tuple:
    """A movable holiday's rule from calendar.yaml, as ``Vocabulary.movable_holidays`` holds it."""
    if "easter" in rule:
        return ("easter", int(rule["easter"]), 0, 0, 0)
    wd = next(int(i) for i, forms in weekdays.items() if rule["weekday"] in forms)
    return ("nth", int(rule["month"]), wd, int(rule["nth"]), int(rule.get("plus", 0)))


def _saint_forms(name: str, forms) -> list[str]:
    """A holiday's name as calendar.yaml writes it, and where it opens with "Saint ", in each of
    ``forms`` (calendar.yaml ``saint_forms``): "Saint Patrick's Day", "St Patrick's Day", "St. Patrick's Day"."""
    if not name.startswith("Saint "):
        return [name]
    return [name, *(f"{f} {name[6:]}" for f in forms)]


def _units(family: str, canonical: str, table: dict) -> tuple[dict[str, Unit], set[str]]:
    forms: dict[str, Unit] = {}
    exact: set[str] = set()
    for key, spec in table.items():
        unit = Unit(spec.get("name", key), family, canonical, float(spec["factor"]), float(spec.get("offset", 0)),
                    bool(spec.get("before_noun", True)))
        for form in spec["forms"]:
            form = str(form)
            if spec.get("case") == "exact":
                exact.add(form)
                forms[form] = unit
            else:
                forms[form.lower()] = unit
    return forms, exact


def _offset(spec: str | None) -> int | str | None:
    """calendar.yaml's offset of a zone: "+05:30" as 330 minutes; a tz database name or None as it is."""
    if spec is None or spec[:1] not in "+-":
        return spec
    hours, _, minutes = spec[1:].partition(":")
    return (-1 if spec[0] == "-" else 1) * (int(hours) * 60 + int(minutes or 0))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    numbers = data_file("numbers.yaml")
    hedges = data_file("hedges.yaml")
    units = data_file("units.yaml")
    cal = data_file("calendar.yaml")
    nouns = data_file("nouns.yaml")
    titles = data_file("titles.yaml")
    text = data_file("text.yaml")
    ages = data_file("ages.yaml")

    dur = units["duration"]
    duration_units, duration_exact = _units("duration", dur["canonical"], dur["units"])
    measure_units: dict[str, Unit] = {}
    measure_exact: set[str] = set()
    for family, spec in units["measure"].items():
        forms, exact = _units(family, spec["canonical"], spec["units"])
        measure_units.update(forms)
        measure_exact |= exact

    percent_forms = {str(f).lower(): unit for unit, fs in units["percent"].items() for f in fs}
    roles = {w.lower(): role for role, ws in nouns["roles"].items() for w in ws}
    if care := nouns.get("hospital_care"):
        for verb in care["verbs"]:
            for place in care["hospitals"]:
                roles.setdefault(" ".join(f"{verb} {place}".lower().split()), care["role"])
    tables = Vocabulary(
        number_units=numbers["units"],
        number_tens=numbers["tens"],
        scales={k: float(v) for k, v in numbers["scales"].items()},
        scale_abbreviations={k: float(v) for k, v in numbers["scale_abbreviations"].items()},
        ordinals=numbers["ordinals"],
        vague={k: (float(a), float(b)) for k, (a, b) in numbers["vague"].items()},
        fractions={k: float(v) for k, v in numbers["fractions"].items()},
        hedges_before={k.lower(): v for k, v in hedges["before"].items()},
        hedges_after={k.lower(): v for k, v in hedges["after"].items()},
        upper_bounds=tuple(hedges["upper_bounds"]),
        duration_units=duration_units,
        measure_units=measure_units,
        measure_exact_forms=frozenset(measure_exact),
        magnitude_before=tuple(units["magnitude"]["before"]),
        magnitude_after=tuple(units["magnitude"]["after"]),
        magnitude_quakes=(tuple(units["magnitude"].get("quakes", ())), tuple(units["magnitude"].get("quake_verbs", ()))),
        currency_symbols=units["money"]["symbols"],
        currency_codes=frozenset(units["money"]["codes"]),
        currency_words={k.lower(): v for k, v in units["money"]["words"].items()},
        ambiguous_currency_words=frozenset(units["money"]["ambiguous"]),
        percent_forms=percent_forms,
        months={form: int(m) for m, forms in cal["months"].items() for form in forms},
        month_names=tuple(forms[0] for _, forms in sorted(cal["months"].items())),
        ambiguous_month_forms=frozenset(cal["ambiguous_month_forms"]),
        weekdays={form: int(d) for d, forms in cal["weekdays"].items() for form in forms},
        seasons={k: tuple(v) for k, v in cal["seasons"].items()},
        parts={k: {g: tuple(r) for g, r in v.items()} for k, v in cal["parts"].items()},
        quarters=cal["quarters"],
        relative_days=cal["relative_days"],
        relative_shift=cal["relative_shift"],
        future_markers=tuple(cal["future_markers"]),
        date_moves=tuple(cal["date_moves"]),
        date_moves_earlier=tuple(cal.get("date_moves_earlier", ())),
        date_move_reach=int(cal.get("date_move_reach", 4)),
        date_move_not_across=frozenset(cal.get("date_move_not_across", ())),
        time_hedges={" ".join(w.lower().split()): (q, int(b), int(a)) for w, (q, b, a) in cal["time_hedges"].items()},
        meridiem={form: half for half, forms in cal["meridiem"].items() for form in forms},
        named_times=cal["named_times"],
        day_parts={" ".join(form.split()): half for half, forms in cal["day_parts"].items() for form in forms},
        zones=tuple(cal["zones"]),
        zone_offsets={(z if z.isupper() else " ".join(z.lower().split())): _offset(spec) for z, spec in cal["zones"].items()},
        # the plural of a nation's adjective or noun counts people too ("two Ecuadorians", "six Spaniards", "two
        # Dutchmen": names.yaml demonyms, demonym_nouns)
        person_nouns=frozenset(w.lower() for w in nouns["person"]) | _demonym_plurals(data_file("names.yaml")),
        noun_roles={k.lower(): v for k, v in nouns["noun_roles"].items()},
        roles=roles,
        not_counted=frozenset(nouns["not_counted"]),
        irregular_plurals=nouns["irregular_plurals"],
        honorifics=frozenset(titles["honorifics"]),
        titles=tuple(titles["titles"]),
        not_names=frozenset(titles["not_names"]),
        abbreviations=frozenset(text["abbreviations"]),
        sentence_openers=frozenset(text["sentence_openers"]),
        count_guards={k: tuple(str(w) for w in ws) for k, ws in nouns.get("guards", {}).items()},
        anaphoric_shift=cal.get("anaphoric_shift", {}),
        window_shift=cal.get("window_shift", {}),
        date_cues=frozenset(cal.get("date_cues", ())),
        day_of_month_cues=tuple(cal.get("day_of_month_cues", ())),
        numeric_day_cues=tuple(cal.get("numeric_day_cues", ())),
        season_cues=tuple(cal.get("season_cues", ())),
        quarter_cues=tuple(cal.get("quarter_cues", ())),
        quarter_figures=tuple(cal.get("quarter_figures", ())),
        clause_goes_on=tuple(cal.get("clause_goes_on", ())),
        year_owners=frozenset(cal.get("year_owners", ())),
        clock_not_after=tuple(cal.get("clock_not_after", ())),
        clock_not_before=tuple(cal.get("clock_not_before", ())),
        quote_stop_words=frozenset(map(str, text.get("quote_stop_words", ()))),
        quote_negations=frozenset(map(str, text.get("quote_negations", ()))),
        quote_persons=frozenset(map(str, text.get("quote_persons", ()))),
        quote_suffixes=tuple(map(str, text.get("quote_suffixes", ()))),
        quote_contractions={str(k): str(v) for k, v in text.get("quote_contractions", {}).items()},
        past_words={role: tuple(map(str, ws)) for role, ws in cal.get("past_words", {}).items()},
        superseded={part: tuple(map(str, ws)) for part, ws in cal.get("superseded", {}).items()},
        period_totals={str(k): tuple(map(str, ws)) for k, ws in cal.get("period_totals", {}).items()},
        past_continuing_breaks=frozenset(cal.get("past_continuing_breaks", ())),
        past_more_breaks=frozenset(cal.get("past_more_breaks", ())),
        movable_holidays={form: _movable(rule, cal["weekdays"]) for name, rule in cal.get("movable_holidays", {}).items()
                          for form in {name, name.replace("'", "’")}},
        window_counts={str(k): int(n) for k, n in cal.get("window_counts", {}).items()},
        fiscal_years=tuple(map(str, cal.get("fiscal_years", ()))),
        day_periods={str(k): (str(a), str(b)) for k, (a, b) in cal.get("day_periods", {}).items()},
        day_periods_after_day={str(k): (str(a), str(b)) for k, (a, b) in cal.get("day_periods_after_day", {}).items()},
        day_periods_before_day={str(k): (str(a), str(b)) for k, (a, b) in cal.get("day_periods_before_day", {}).items()},
        decades={k: float(d) for k, d in numbers.get("decades", {}).items()},
        change_verbs=tuple(w for ws in hedges.get("change_verbs", {}).values() for w in ws),
        change_nouns=tuple(w for ws in hedges.get("change_nouns", {}).values() for w in ws),
        change_ways={str(w).lower(): way for key in ("change_verbs", "change_nouns")
                     for way, ws in hedges.get(key, {}).items() for w in ws},
        currency_subunits={k.lower(): (c, float(f)) for k, (c, f) in units["money"].get("subunits", {}).items()},
        article_measures=tuple(str(f).lower() for f in units.get("article_measures", ())),
        article_measures_not_alone=frozenset(str(f).lower() for f in units.get("article_measures_not_alone", ())),
        fraction_change_after=tuple(numbers.get("fraction_change_after", ())),
        multipliers=tuple(numbers.get("multipliers", ())),
        elided_unit_joiners=tuple(str(w).lower() for w in numbers.get("elided_unit", {}).get("joiners", ())),
        elided_unit_paired=tuple(str(w).lower() for w in numbers.get("elided_unit", {}).get("paired", ())),
        elided_unit_changed=tuple(str(w).lower() for w in numbers.get("elided_unit", {}).get("changed", ())),
        elided_unit_after=frozenset(str(w).lower() for w in numbers.get("elided_unit", {}).get("after", ())),
        money_cues=frozenset(w.lower() for w in units["money"].get("cues", ())),
        money_continued_by=frozenset(w.lower() for w in units["money"].get("continued_by", ())),
        currency_scaled_only=frozenset(units["money"].get("scaled_only", ())),
        generic_people=frozenset(w.lower() for w in nouns.get("generic_people", ())),
        noun_default_roles={str(k).lower(): str(r) for k, r in (nouns.get("noun_default_roles") or {}).items()},
        crowd_roles={str(k).lower(): str(r) for k, r in (nouns.get("crowd_roles") or {}).items()},
        population_of=tuple(str(w).lower() for w in nouns.get("population_of", ())),
        population_role=str(nouns.get("population_role", "population")),
        counted_units={str(w).lower(): str(u) for u, ws in (nouns.get("counted_units") or {}).items() for w in ws},
        crowd_frames={str(k): tuple(" ".join(str(w).split()) for w in ws)
                      for k, ws in (nouns.get("crowd_frames") or {}).items()},
        increments={str(k): tuple(str(w).lower() for w in ws) for k, ws in (nouns.get("increments") or {}).items()},
        event_nouns=frozenset(str(w).lower() for w in nouns.get("event_nouns", ())),
        place_kinds=tuple(map(str, nouns.get("place_kinds", ()))),
        event_ongoing=tuple(str(w).lower() for w in nouns.get("event_ongoing", ())),
        holidays={form: (int(md[:2]), int(md[3:])) for name, md in cal.get("holidays", {}).items()
                  for written in _saint_forms(name, cal.get("saint_forms", ()))
                  for form in {written, written.replace("'", "’")}},
        bare_degrees_alone=tuple(units["bare_degrees"].get("alone", ())),
        temperature_cues=tuple(units["bare_degrees"].get("cues", ())),
        bare_degrees=(tuple(units["bare_degrees"]["forms"]), frozenset(units["bare_degrees"]["before"]),
                      {str(k): int(s) for k, s in units["bare_degrees"]["after"].items()}),
        duration_exact_forms=frozenset(duration_exact),
        duration_modifiers=tuple((*dur.get("modifiers", ()), *dur.get("count_modifiers", ()))),
        duration_article_modifiers=tuple(dur.get("modifiers", ())),
        duration_spread_across=tuple(dur.get("spread_across", ())),
        duration_lookback=tuple(dur.get("lookback", ())),
        duration_lookback_not_before=tuple(dur.get("lookback_not_before", ())),
        duration_terms=tuple(dur.get("terms", ())),
        duration_lookback_before=tuple(str(w).lower() for w in dur.get("lookback_before", ())),
        duration_lookback_not_across=frozenset(str(w).lower() for w in dur.get("lookback_not_across", ())),
        duration_recorded=frozenset(w.lower() for w in dur.get("recorded", ())),
        duration_worked=frozenset(w.lower() for w in dur.get("worked", ())),
        age_groups=frozenset(w.lower() for w in ages.get("groups", ())),
        age_group_prefixes={str(k).lower(): str(q) for k, q in (ages.get("group_prefixes") or {}).items()},
        age_superlatives=frozenset(w.lower() for w in ages.get("superlatives", ())),
        percent_points_short=tuple(str(f) for f in units.get("percent_points_short", {}).get("forms", ())),
        percent_page_words=frozenset(w.lower() for w in units.get("percent_points_short", {}).get("pages", ())),
        per_nouns={str(k).lower(): str(n) for k, n in (units.get("per_nouns") or {}).items()},
        per_not_after=frozenset(units.get("per_not_after", ())),
        cents_of=frozenset(units["money"].get("cents_of", ())),
        hedges_after_not_before_word=frozenset(str(w).lower() for w in hedges.get("after_not_before_word", ())),
        millions_cues=frozenset(str(w).lower() for w in numbers.get("millions_cues", ())),
    )
    return Vocabulary._make(FoldedKeys(t) if type(t) is dict else t for t in tables)


def singular(noun: str) -> str:
    """The singular of an English plural noun, good enough for grouping counts."""
    v = vocabulary()
    low = noun.lower()
    if low in v.irregular_plurals:
        return v.irregular_plurals[low]
    if low.endswith("men") and len(low) > 4:
        return low[:-3] + "man"  # "gunmen", "firemen"; the words in -men that are no plurals are listed
    if low.endswith("oes") and len(low) > 5:
        return low[:-2]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes", "zes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low

"""Dates, each at its own granularity, resolved against the publication date.

``May 12, 2015``, ``13 November 2015``, ``Nov. 13``, ``June 3-5``, ``5/12/2015``,
``May 2013``, ``2014``, ``2012-2014``, ``Tuesday``, ``last Friday``, ``in
February``, ``last March``, ``March of last year``, ``last year``, ``last
month``, ``earlier this year``, ``a month earlier``, ``the following year``,
``two years ago``, ``early 2014``, ``mid-February``, ``the fall of 2013``,
``the 1990s``, ``the first quarter of 2015``, ``end-March``, ``the first nine
months of 2014``, ``from January to March 2013``, ``March 15 and 16``, ``the day
before``, ``March 3rd to 5th``, ``on the 21st``, ``Monday the 4th``, ``in the
spring``, ``late last week``, ``a fortnight ago``, ``the past 24 hours``, ``in
recent days``, ``the coming weeks``, ``(will arrive) in three days``, ``mid-week``,
``Easter``, ``Thanksgiving``. One cheap scan per article finds
where an expression may start and one pattern, compiled once, is matched
there; the calendar words come from ``data/calendar.yaml``.

Three references a relative expression can count from, chosen by its words:
the publication date (``last year``), a window ending or starting on it (``the
past year``), or the date stated before it in the same sentence (``a month
earlier``, ``the following year``); a day so counted (``the following day``,
``two days later``, ``that day``) with no date in its sentence counts from the
last one of its paragraph, when that names one day. Without that reference the value is
``resolved: false`` with no interval, never guessed; a month and day without a
year keep both (``--11-13``) so that ``13 November`` and ``Nov. 13`` still
compare, and a day of the month alone keeps its day in ``stated`` (``---21``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache, partial
from typing import Callable, Iterator

from factcheck import pattern_cache
from factcheck.extract.base import Found, data_words, statement_date, trie
from factcheck.extract.counts import plural_noun
from factcheck.extract.durations import looks_back
from factcheck.extract.numbers import _BREAK_CHARS, blanks, parse_number_words
from factcheck.models import Value, trusted
from factcheck.scan import NUMBER, Words, first_words, followers, words_of
from factcheck.text import has_blank_line, in_quotes, paragraph_start, paragraph_starts
from factcheck.vocab import FoldedKeys, alternation, data_file, vocabulary

YEAR = r"(?:1[6-9]\d\d|20\d\d)"
DECADE = r"(?:1[6-9]\d|20\d)"
# a year is not one when it is part of a larger number, an amount or a code
_NOT_BEFORE_YEAR = r"(?<![\w$€£¥.,/-])"
_NOT_AFTER_YEAR = r"(?![\w%]|[.,]\d|[-–/]\d|\s*(?:%|per\s*cent|percent))"


@lru_cache(maxsize=1)
def _standalone() -> tuple[str, str, str, str]:
    """(what may follow a date that stands alone as one, the places a day of the month
    may, the places a season may, the places a day and month in digits may), from
    calendar.yaml ``clause_goes_on``, ``day_of_month_cues``, ``season_cues``,
    ``numeric_day_cues``. A noun right after makes the ordinal or the season a
    modifier ("the 5th floor", "the summer heat")."""
    v = vocabulary()
    goes_on = rf"(?=[ \t]*(?:[,;:!?)—–]|\.(?!\d)|$)|[ \t]+{trie(v.clause_goes_on)}\b)"

    def after(words) -> str:
        return "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in words)
    return goes_on, after(v.day_of_month_cues), after(v.season_cues), after(v.numeric_day_cues)


@lru_cache(maxsize=1)
def _day_part_goes_on() -> str:
    """What may follow a part of the day after a day ("Tuesday night", "the next morning"):
    what may follow any date alone, or where it happened (calendar.yaml ``day_part_goes_on``:
    "Tuesday night near the border")."""
    words = [*vocabulary().clause_goes_on, *data_file("calendar.yaml").get("day_part_goes_on", ())]
    return rf"(?=[ \t]*(?:[,;:!?)—–]|\.(?!\d)|$)|[ \t]+{trie(words)}\b)"


@lru_cache(maxsize=1)
def _day_part_opens() -> str:
    """What may follow a part of the day counted from the date before ("the next morning")
    where "The" or "That" opens the sentence with it (group ``sh_open``): besides what
    ``_day_part_goes_on`` takes, any word that is no noun it modifies (calendar.yaml
    ``day_part_compounds``): "The following evening police arrived", not "The next night
    game was rained off"."""
    compounds = trie(data_file("calendar.yaml").get("day_part_compounds", ()))
    return rf"(?(sh_open)(?=[ \t]+(?!{compounds}\b)[A-Za-z])|(?!))"


def _words(words) -> str:
    """Lower-case vocabulary, matched in any case, fenced by word boundaries."""
    return rf"\b{trie(w.lower() for w in words)}\b"


def _names(forms) -> str:
    """Month and weekday names: case-sensitive inside the case-insensitive pattern,
    so that ``may``, ``march`` and ``sun`` stay words."""
    return f"(?-i:{trie(forms)})"


_SHORT_QUARTER = pattern_cache.compile(r"q\d\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _branches() -> list[str]:
    """The date expressions, one ``(?P<kind>...)`` each; where two could match, the first wins."""
    v = vocabulary()
    full = [f.capitalize() for f in v.month_names]
    abbreviations = [f.capitalize() for f in v.months if f.capitalize() not in full]
    dotted = [a + "." for a in abbreviations]
    # with a day or a year any capitalized form is a month ("Mar 3", "Dec 2015"); alone,
    # only a full name or a dotted abbreviation is ("Jan" is also a name, "Dec" a nickname)
    month = _names(full + [f.upper() for f in full] + dotted + abbreviations)
    month_alone = _names(full + [f.upper() for f in full] + dotted)
    days = [f.capitalize() for f in v.weekdays if len(f) > 3]
    weekday = _names(days + [d.upper() for d in days if len(d) > 5])
    season = _words(v.seasons)
    # "last Winter Olympics": after a shift word only a lower-case season is one
    season_lower = rf"\b{trie(v.seasons)}\b"
    part = _words(v.parts)
    shift = r"(?:the\s+)?" + _words(set(v.relative_shift) | set(v.anaphoric_shift) | set(v.window_shift))
    # "Q3" stands alone before its year; an ordinal ("third", "3rd") needs "quarter"
    ordinal_quarters = _words(k for k in v.quarters if not _SHORT_QUARTER.match(k))
    short_quarters = _words(k for k in v.quarters if _SHORT_QUARTER.match(k))
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    century = rf"(?:1\d|2[01]|[1-9])(?:st|nd|rd|th)|{_words(k for k, n in v.ordinals.items() if n <= 20)}|twenty[\s-]first\b"
    # "the first of May", "the twenty-first of May"; after a month only at a clause's end
    # ("May the fifth."): "in May the second round began" is no date
    day_words = trie(_day_ordinals())
    day_of = rf"{day}|\b{day_words}(?=\s+of\s)"
    later_day_words = trie(k for k, n in _day_ordinals().items() if n > 3)
    # after "May the", only an ordinal: "in May the 5 candidates met" is no date
    # ... nor "in May third parties": in words right after a month, too, only at a clause's end ("June twenty-first.")
    day_after_the = (rf"(?<!the\s){day}|(?<=the\s)(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
                     rf"|{day_words}(?=\s*(?:[,.;:!?)]|$)))|(?<!the\s){day_words}(?=\s*(?:[,;:!?)]|\.(?!\d)|$))")
    goes_on, dom_cues, season_cues, numeric_cues = _standalone()
    date_cues = "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in sorted(v.date_cues))
    quarter_cues = "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in v.quarter_cues)
    owned_cues = "|".join(rf"(?<=\b{re.escape(w)}\s{o}\s)" for w in v.quarter_cues for o in ("its", "their"))
    numbers = _words(list(v.number_units) + list(v.number_tens) + list(v.vague) + ["a", "an"])
    count = rf"(?:\d{{1,3}}|{numbers}(?:-{_words(v.number_units)})?)"
    unit = trie(_UNITS)  # calendar.yaml date_units
    wcount = rf"(?:\d{{1,3}}|{_words([*v.window_counts, *v.number_units, *v.number_tens])})"
    # "before"/"after"/"prior" count from the date stated earlier only when nothing
    # follows them; "two days after the attack" is a duration, not a date
    # "a week from Tuesday", "three days from tomorrow", "two weeks from next Friday":
    # counted forward from a day named
    from_day = trie(d for d in v.relative_days if " " not in d)
    # "a year ago today", "a week ago yesterday": counted back from that day, to the day
    # "a year ago this month": that month of the year before, not this one; "three years ago
    # Monday" (American): counted back from the last Monday
    relation = (rf"(?:ago(?:\s+(?P<ago_on>{from_day})\b(?![\w'’-])|\s+this\s+(?P<ago_this>week|month|year)\b(?![\w'’-])"
                rf"|\s+(?P<ago_wd>{weekday})\b(?![\w'’-]))?|")
    relation += rf"from\s+(?:now\b|(?P<ago_day>{from_day}\b|(?:(?P<ago_wds>{_words(v.relative_shift)})\s+)?{weekday})(?![\w'’]))|hence|earlier|later|previously|(?:before|after|prior)(?=\s*(?:[,.;:!?)\]—–]|$)))"
    # "the first Monday of June", "the last Sunday in March 2014", "the last day of October",
    # "the second week of May": a day (or seven) the month's calendar names ("last" counts
    # from its end)
    nth = _words(k for k, n in v.ordinals.items() if n <= 5)
    return [
        rf"(?P<nthwd>\bthe\s+(?:(?P<nw_n>{nth}|last|final|[1-5](?:st|nd|rd|th))\s+(?:(?P<nw_wd>{weekday})|(?P<nw_we>weekend)|(?P<nw_wk>week))|(?P<nw_d>first|1st|last)\s+day)\s+(?:of|in)\s+"
        rf"(?:(?P<nw_m>{month})(?!\w)(?:,?\s+(?P<nw_y>{YEAR})\b(?![-–/]\d))?|(?P<nw_sh>{shift}|the)\s+month\b(?![’'-])))",
        # weekday? month day(-day)? year?   "Tuesday May 12, 2015", "Nov. 13", "June 3-5"
        # (and "Tuesday (May 12)", as some Asian papers write it: the weekday is the date's)
        rf"(?P<md>(?:\b(?P<md_wd>{weekday})(?:\.?,?\s+|\s*(?P<md_par>\()))?\b(?P<md_m>{month})\s+(?:the\s+(?=\w))?(?P<md_d>{day_after_the})"
        rf"(?:\s*[-–]\s*(?P<md_d2>{day}))?(?!\d|[:.,]\d)(?:,?\s+(?P<md_y>{YEAR}))?\b(?![-–/]\d)(?(md_par)\)))",
        # weekday? day(-day)? (of)? month year?   "13 November 2015", "the 11th of March"
        rf"(?P<dm>(?:\b(?P<dm_wd>{weekday})(?:\.?,?\s+|\s*(?P<dm_par>\()))?(?:\bthe\s+)?(?<![\w.,\-–])(?P<dm_d>{day_of})"
        rf"(?:\s*[-–]\s*(?P<dm_d2>{day}))?(?:\s+of)?\s+(?P<dm_m>{month})(?:,?\s+(?P<dm_y>{YEAR}))?\b(?![-–/]\d)(?(dm_par)\)))",
        # "the 25th of this month", "the 3rd of the following month": a day of a month a shift names
        rf"(?P<dmshift>(?:\bthe\s+)?(?<![\w.,\-–])(?P<ds_d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|\b{day_words})"
        rf"\s+of\s+(?P<ds_shift>{shift}|the)\s+month\b(?![’'-]))",
        # "Monday the 5th", "on the 21st": a day of the month, no month named; after a
        # cue word only where the clause goes on ("on the 5th floor" is no date)
        # (in words, "on the twenty-first", "Friday the first", only after a weekday or "on", and after "on"
        # from the fourth: "abstained on the second" is a list's, "on the 2nd" a day; and where the clause goes on,
        # after a weekday too: "on Saturday, the first group of prisoners")
        rf"(?P<dom>(?:\b(?P<dom_wd>{weekday}),?\s+the\s+|(?:{dom_cues})the\s+)"
        rf"(?P<dom_d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|(?(dom_wd){day_words}|(?<=\bon\sthe\s){later_day_words})(?![\w'’-]){goes_on})\b(?(dom_wd)|{goes_on}"
        # "on the 3rd and 4th floors": the second ordinal's noun is the first's too
        rf"(?![ \t]*(?:and|or|to|[-–])[ \t]*(?:the[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)\b(?!{goes_on}))"
        # "the 14th and final game": an ordinal joined to a word that ranks, the noun after them
        rf"(?![ \t]+(?:and|or)[ \t]+{trie(data_words('calendar.yaml', 'ordinal_ranks'))}\b)))",
        rf"(?P<iso>(?<![\w.\-/])(?P<iso_y>{YEAR})(?P<iso_sep>[-/])(?P<iso_m>0[1-9]|1[0-2])(?P=iso_sep)(?P<iso_d>[0-3]\d)(?![\w\-/]|[.,]\d))",
        # 5/12/2015, 12.05.2015, 12/05/15: day and month in either order, a year after them
        rf"(?P<num>(?<![\w.,\-/])(?P<num_a>[0-3]?\d)(?P<num_sep>[/.])(?P<num_b>[0-3]?\d)(?P=num_sep)"
        rf"(?P<num_y>{YEAR}|\d\d)(?![\w\-/]|[.,/]\d))",
        # "on 13/05", "by 05/12", "on 5/25": day and month with no year, after a cue
        # word and where the clause goes on, as "on the 21st" ("24/7", "9/11", "3/4",
        # "on 11/12 attempts" are no such dates)
        rf"(?P<numd>(?:{numeric_cues})(?P<nd_a>[0-3]?\d)/(?P<nd_b>[0-3]?\d)(?![\w\-/]|[.,]\d){goes_on})",
        # "earlier this year"; "later in the day" counts from the date stated before it
        r"(?P<erl>\b(?P<erl_w>earlier|later)\s+(?:this\s+(?P<erl_u>year|month|week)|in\s+the\s+(?P<erl_in>year|month|week|day))\b)",
        # early 2014, mid-February, late March 2015, the end of last year, the early 1990s
        rf"(?P<part>(?:\bthe\s+)?(?P<part_w>{part})(?:(?<=-)|[\s-]+)(?:(?P<part_m>{month})(?!\w)(?:,?\s+(?:of\s+)?"
        rf"(?:(?P<part_my>{YEAR})\b|(?P<part_mshift>{shift})\s+year\b))?"
        rf"|(?:the\s+)?(?P<part_dec>{DECADE}0)['’]?s\b|['’](?P<part_dec2>\d0)s\b|(?P<part_y>{YEAR}){_NOT_AFTER_YEAR}"
        rf"|(?P<part_shift>{shift}|the)\s+(?P<part_unit>year|month|week|decade)\b"
        # "mid-week", "late-week": of the week at hand (``_part``)
        r"|(?<=-)(?P<part_wk>week)\b(?!-)))",
        # "the 19th century", "the early 20th century", "the end of the 19th century": its hundred
        # years, from the year ending in 00 as "the 1800s"; not the adjective ("20th-century art")
        rf"(?P<century>\bthe\s+(?:(?P<cen_w>{part})(?:(?<=-)|[\s-]+)(?:(?<=of\s)the\s+)?)?(?P<cen_n>{century})[\s-]+century\b(?![\w'’-]))",
        # "the three months to March", "the year to June 2014", "the quarter ended June 30":
        # the months of a period that ends in the month named (how statistics and accounts
        # report), never that month alone; "the week ended May 9": the seven days to that day,
        # "the four weeks to May 10" the 28
        rf"(?P<upto>\bthe\s+(?:(?P<ut_n>{count})\s+(?P<ut_nu>months|weeks(?=\s+\w+\s+[A-Za-z]+\.?\s+\d))|(?P<ut_u>year|quarter|week(?=\s+\w+\s+[A-Za-z]+\.?\s+\d)))\s+(?P<ut_to>{_PERIOD_ENDS})\s+(?:end-)?"
        rf"(?P<ut_m>{month})(?!\w)(?:\s+(?P<ut_d>{day})\b(?![-–/:.,]\d))?(?:,?\s+(?P<ut_y>{YEAR}){_NOT_AFTER_YEAR})?)",
        rf"(?P<season>(?:\bthe\s+)?(?P<se_s>{season})(?:\s+of)?,?\s+(?:(?P<se_y>{YEAR})(?:\s*[-–/]\s*(?:{YEAR}|\d\d))?\b"
        rf"|(?P<se_shift>{shift})\s+year\b)|\b(?P<se_shift2>{shift})\s+(?P<se_s2>(?-i:{season_lower}))"
        # "in the spring", "during winter": the nearest one, as "in February"; not "in the summer heat"
        rf"|(?:{season_cues})(?:the\s+)?(?P<se_s3>(?-i:{season_lower})){goes_on})",
        # the first quarter of 2015, Q3 2014, the fourth quarter of last year
        rf"(?P<quarter>(?:\bthe\s+)?(?:(?P<q>{ordinal_quarters})[\s-]+quarter\b|(?P<qa>{short_quarters}))"
        rf"(?:\s+of)?,?\s+(?:(?P<q_y>{YEAR})\b|(?P<q_shift>{shift})\s+year\b)"
        # "in the first quarter", no year: where the sentence names an economy's figures
        # (``extract``, ``_quarter_figures``); not before "of" ("of the year" names none) nor a
        # unit of time ("the first quarter century")
        rf"|(?:{quarter_cues})the\s+(?P<q_b>{ordinal_quarters})\s+quarter\b(?![\w'’-]|\s+(?:of|{trie(v.duration_units)})\b)"
        # "third-quarter revenue", "in its third quarter": a company's quarter, read as "in the third quarter"
        rf"|(?:(?<![\w'’-])(?P<q_b3>{ordinal_quarters})-quarter(?=\s+[a-z])|(?:{owned_cues})(?P<q_b4>{ordinal_quarters})\s+quarter\b(?![\w'’-]|\s+(?:of|{trie(v.duration_units)})\b))"
        # "in Q3": the accounts' name for a quarter, no game's
        rf"|(?:{quarter_cues})(?P<q_b2>{short_quarters})(?![\w'’-])"
        # "in the first half", as "in the first quarter": a half year, where the sentence names figures
        rf"|(?:{quarter_cues})the\s+(?P<h_b>first|second)\s+half\b(?![\w'’-]|\s+(?:of|{trie(v.duration_units)})\b))",
        # "the 1990's" as well, after "the" ("2010's floods" is the year's)
        rf"(?P<decade>(?:\bthe\s+(?P<dec_y2>{DECADE}0)['’]s|(?:\bthe\s+)?(?:{_NOT_BEFORE_YEAR}(?P<dec_y>{DECADE}0)s|['’](?P<dec_2>\d0)s))\b)",
        # "in '98", "since ’05": a year in two digits after a date cue (``_short_year``); not a
        # number in quotation marks ("a score of '95'", "in '12 ads'": a quotation mark closes
        # after a word on its line) nor one end of a range ("'98-'99")
        rf"(?P<apy>(?:{date_cues})['’](?P<apy_y>\d\d)(?![\w'’%]|[.,]\d|\s*[-–/]\s*['’]?\d|\s*(?:per\s*cent|percent)\b"
        r"|[^\n'’]{0,60}?\w['’](?!\w)))",
        # "in nineteen eighty-four", "since twenty twelve", "in nineteen oh five": a year in words, its century
        # (numbers.yaml ``units`` from ten on) and then its tens, a teen, "oh" and a unit, or "hundred", after a
        # date cue and where the clause goes on ("in nineteen eighty-four cases" counts)
        rf"(?P<wyear>(?:{date_cues})(?P<wy_c>{_words(_century_words())})[\s-]+"
        rf"(?P<wy_r>(?:{_words(v.number_tens)})(?:[\s-]+{_words(k for k, n in v.number_units.items() if 0 < n < 10)})?"
        rf"|{_words(k for k, n in v.number_units.items() if n >= 10)}|(?:oh|o)[\s-]+{_words(k for k, n in v.number_units.items() if 0 < n < 10)}"
        rf"|hundred)(?![\w'’-]){goes_on})",
        # March of last year, January last year, last March, the previous March
        rf"(?P<mshift>\b(?P<ms_m>{month})\s+(?:of\s+)?(?P<ms_shift>{shift})\s+year\b|\b(?P<ms_shift2>{shift})\s+(?P<ms_m2>{month})(?!\w)(?:\s+(?P<ms_d>{day})\b(?![-–/:.,]\d))?)",
        rf"(?P<my>\b(?P<my_m>{month}),?\s+(?:of\s+)?(?P<my_y>{YEAR}){_NOT_AFTER_YEAR})",
        # British "a week on Thursday", "a fortnight on Monday", "a week today": so many
        # weeks after a coming day (``_weeks_on``); after "for" the count is how long
        # something lasts and the day when it fell ("jailed for a week on Monday"); after
        # "once", "twice", "three times" a rate ("twice a week on Mondays")
        rf"(?P<wkon>(?<!\bfor\s)(?<!\bonce\s)(?<!\btwice\s)(?<!\btimes\s)\b(?P<wo_n>{count})\s+(?P<wo_u>weeks?|fortnights?)\s+(?:on\s+(?P<wo_wd>{weekday})"
        rf"|(?P<wo_day>{from_day}))\b(?![\w'’-]))",
        # two years ago, a month earlier, three days later
        # "two or three days later", "a year or two ago": every count between them
        rf"(?P<ago>\b(?P<ago_n>{count})(?:\s+(?:or|to)\s+(?P<ago_n2>{count}))?\s+(?P<ago_u>{unit})(?:\s+or\s+(?P<ago_n3>two|three))?"
        rf"\s+(?P<ago_w>{relation}))",
        # "the past 24 hours", "the past few days", "in recent weeks", "the coming days"
        # "within days", "(in) a matter of weeks": a few units on (``_window``)
        rf"(?P<window>\b(?:the\s+(?P<wn_w>{_words([*v.window_shift, *v.anaphoric_shift])})\s+(?:(?P<wn_n>{wcount})\s+)?|(?P<wn_r>recent)\s+"
        # "within a few days", "within several weeks": the window that count allows
        rf"|(?P<wn_in>within\s+(?:(?:a\s+)?(?P<wn_c>{_words(k for k in v.window_counts if k != 'recent')})\s+)?"
        r"|(?<=\bin\s)a\s+matter\s+of\s+))"
        r"(?P<wn_u>hours|days|weeks|months|years|decades)\b(?!\s+of\b))",
        # "will arrive in three days", "in two weeks' time": after a future marker (``_in_time``)
        rf"(?P<inn>(?<=\bin\s)(?P<in_n>{count})(?:\s+(?:or|to)\s+(?P<in_n2>{count}))?\s+(?P<in_u>{unit})(?:\s+or\s+(?P<in_n3>two|three))?"
        rf"(?:['’]\s*time\b|\b)(?!\s+of\b))",
        # "this day last year", "this day next month": the publication day a unit off
        # "this time last year": the same day give or take some days (``_TIME_SHIFT_DAYS``)
        rf"(?P<dayshift>\bthis\s+(?P<dys_d>day|time)\s+(?P<dys_shift>{_words(k for k, n in v.relative_shift.items() if n)})\s+(?P<dys_u>year|month|week)\b(?![\w'’-]))",
        # "the week before last", "the year after next", "the weekend before last": two units from the publication date;
        # not "the year before last year's vote", "the week before last Tuesday"
        rf"(?P<beflast>\bthe\s+(?P<bl_u>year|month|weekend|week)\s+(?:before\s+(?P<bl_last>last)|after\s+(?P<bl_next>next))\b{goes_on})",
        rf"(?P<shift>(?P<sh_open>(?:(?<![\s\S])|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s))(?=(?-i:The|That)\s))?\b(?P<sh_w>{shift})\s+(?P<sh_u>year|month|weekend|week|fortnight|decade|day"
        # "the next morning", "that night", "the previous evening": the day counted from the date before
        # where the clause goes on ("the next night game" is a noun's)
        rf"|(?:{_after_anaphor()})(?:{trie(v.day_periods_after_day)})\b(?:(?=['’]s\b)|{_day_part_goes_on()}|{_day_part_opens()}))\b(?!-))",
        rf"(?P<wdshift>\b(?P<wd_shift>{shift})\s+(?P<wd_wd>{weekday})\b)",
        # "by year-end", "until year end": the end of the year, as "by the end of the year";
        # only after a word that looks ahead ("at year-end" reports as often on the last one)
        rf"(?P<yend>(?:(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s))year[\s-]end\b(?![\w'’-])"
        rf"(?:,?\s+(?P<ye_y>{YEAR}){_NOT_AFTER_YEAR})?)",
        # "at the turn of the year": the December and January either side of a new year
        # "the turn of the century", "the turn of the 20th century": the years around its first
        r"(?P<turn>\bthe\s+turn\s+of\s+the\s+(?:year|(?:(?P<tc_n>(?:1\d|2[01]|[1-9])(?:st|nd|rd|th))[\s-]+)?(?P<tc_c>century))\b(?![’'-]))",
        # "over the weekend", "at the weekend", "on the weekend", "by the weekend": the weekend
        # nearest the publication date; not "the weekend of March 7", which the date after it names
        r"(?P<weekend>(?:(?<=\bover\s)|(?<=\bat\s)|(?<=\bon\s)|(?<=\bduring\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s))"
        r"the\s+weekend\b(?!-|\s+of\b))",
        # "the day before", "the day after" at a clause's end: a day from the date stated
        # earlier ("the day after the attack" counts from an event, not a date)
        r"(?P<dayrel>\bthe\s+day\s+(?P<dr_w>before|after)(?=\s*(?:[,.;:!?)\]—–]|$)))",
        rf"(?P<reldays>{_words(v.relative_days)})",
        # Christmas Day, New Year's Eve 2014, Christmas last year, Easter of the following year
        rf"(?P<holiday>\b(?P<hol>{_names(holiday_names())})"
        rf"(?:,?\s+(?P<hol_y>{YEAR})|\s+(?:of\s+)?(?P<hol_shift>{shift})\s+year\b)?(?![\w'’]))",
        rf"(?P<yrange>{_NOT_BEFORE_YEAR}(?P<yr_a>{YEAR})\s*[-–/]\s*(?P<yr_b>{YEAR}|\d\d){_NOT_AFTER_YEAR})",
        # "Tuesday week" (British): a week after the coming Tuesday; "Tuesday last week",
        # "Monday of next week", "Friday the following week": that day of the week named;
        # "on Tuesday last" at a clause's end: "last Tuesday"; "Friday after next", "the Friday
        # before last" where the clause goes on: a week past the next or the last one
        rf"(?P<weekday>\b(?P<wd>{weekday})\b(?:\s+(?P<wd_week>week)\b(?![\w'’-])"
        rf"|\s+(?P<wd_bl>before\s+last|after\s+next)\b(?![\w'’-]){goes_on}"
        rf"|\s+(?:of\s+)?(?P<wd_wks>{_words(v.relative_shift)}|the\s+{_words(v.anaphoric_shift)})\s+week\b(?![\w'’-])"
        rf"|\s+(?P<wd_after>{_words(k for k, n in v.relative_shift.items() if n and ' ' not in k)})"
        r"(?=[ \t]*(?:[,;:!?)—–]|\.(?!\d)|$)))?)",
        rf"(?P<month>\b(?P<m_m>{month_alone})(?!\w))",
        rf"(?P<year>{_NOT_BEFORE_YEAR}(?P<y>{YEAR}){_NOT_AFTER_YEAR})",
    ]


@lru_cache(maxsize=1)
def _openings() -> dict[str, tuple[str, ...]]:
    """For each word an expression can open with (lower case; ``NUMBER`` for one
    opening with a digit, "'" for a quote), the kinds that can open with it, in
    pattern order."""
    opens, _ = _opening_words()
    kinds = [_kind(b) for b in _branches()]
    assert set(kinds) == set(opens), "every kind of date says what it opens with"
    return {w: tuple(k for k in kinds if w in opens[k]) for w in set().union(*opens.values())}


@lru_cache(maxsize=1)
def _opening_words() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For each kind, the words it can open with; and for the kinds "the" always
    opens ("dom" a weekday too), the words that may follow that "the": those are
    no openings, and a kind tried at them (a digit, "last", "first") is a branch
    entered for nothing."""
    v = vocabulary()
    full = [f.capitalize() for f in v.month_names]
    months = set(first_words([*v.months, *full]))
    weekdays = set(first_words(v.weekdays))
    shift = set(first_words([*v.relative_shift, *v.anaphoric_shift, *v.window_shift])) | {"the"}
    numbers = set(first_words([*v.number_units, *v.number_tens, *v.vague, "a", "an"]))
    nth = {k for k, n in v.ordinals.items() if n <= 5}
    opens = {
        "nthwd": {"the"}, "md": weekdays | months, "dm": weekdays | {"the", NUMBER} | set(first_words(_day_ordinals())),
        "dmshift": {"the", NUMBER} | set(first_words(_day_ordinals())),
        "dom": weekdays | {"the"},
        "iso": {NUMBER}, "num": {NUMBER}, "numd": {NUMBER}, "erl": {"earlier", "later"},
        "part": {"the"} | set(first_words(v.parts)), "season": {"the"} | set(first_words(v.seasons)) | shift,
        "quarter": {"the"} | set(first_words(v.quarters)), "upto": {"the"}, "century": {"the"},
        "decade": {"the", NUMBER, "'"}, "apy": {"'"}, "wyear": set(_century_words()), "mshift": months | shift,
        "my": months, "wkon": numbers | {NUMBER}, "ago": numbers | {NUMBER}, "inn": numbers | {NUMBER},
        "window": {"the", "recent", "within", "a"} | set(first_words([*v.window_shift, *v.anaphoric_shift])), "shift": shift, "wdshift": shift, "dayshift": {"this"},
        "reldays": set(first_words(v.relative_days)), "yrange": {NUMBER}, "weekday": weekdays, "month": months,
        "weekend": {"the"}, "turn": {"the"}, "yend": {"year"}, "beflast": {"the"}, "dayrel": {"the"},
        "holiday": set(first_words(holiday_names())),
        "year": {NUMBER},
    }
    after_the = {
        "nthwd": {"last", "final", NUMBER} | nth, "dom": {NUMBER} | set(first_words(_day_ordinals())), "upto": {NUMBER} | numbers,  # and ``_UP_TO_UNITS``
        "century": {NUMBER, "twenty"} | set(first_words(v.parts)) | {k for k, n in v.ordinals.items() if n <= 20},
        "weekend": {"weekend"}, "turn": {"turn"},
    }
    return opens, after_the


def _kind(branch: str) -> str:
    return branch[4:branch.index(">")]  # "(?P<md>..." -> "md"


@lru_cache(maxsize=256)
def _kinds_pattern(kinds: tuple[str, ...]) -> re.Pattern:
    """The full pattern less the kinds that cannot open here: the same match, in
    the same order of preference, without entering twenty branches at every
    candidate (most candidates, numbers and "the", turn out no date at all)."""
    return _compile([b for b in _branches() if _kind(b) in kinds])


# What follows the digits an expression opens with: a year (four digits, 1600 to
# 2099), one to three digits and a blank ("12 May", "3 years ago"), or one or two
# digits and a dash, a slash, a dot or a letter ("3-5 June", "5/12/2015", "12th").
# Most numbers (a count, an amount) have none of these, and the pattern fails on
# this test at once rather than in each of its branches.
_OPENING_DIGITS = r"(?=\D|1[6-9]\d\d|20\d\d|\d{1,3}\s|\d{1,2}(?:[-–/.]|[^\W\d]))"


# How the kinds that open with a number (``NUMBER``) begin it: the counts of
# digits, and what may follow the last ("a" a letter, " " a blank, "*" any other
# character or none). Most numbers fit one kind or two ("2015," a year alone,
# "12 May" a day or a count), and those fail or match sooner than all eleven;
# a year, the commonest, is the last of them.
_OPENING_NUMBERS = {
    "dm": ((1, 2), "a -–"), "dmshift": ((1, 2), "a"), "iso": ((4,), "-/"), "num": ((1, 2), "/."),
    "numd": ((1, 2), "/"), "decade": ((4,), "a"), "wkon": ((1, 2, 3), " "), "ago": ((1, 2, 3), " "),
    "inn": ((1, 2, 3), " "), "yrange": ((4,), " -–/"), "year": ((4,), " -–/.*'"),
}
# The same for the kinds that open with "the" before a number ("the 11th of March", "the
# 1990s", "the ’90s", "the 3rd quarter", "the three months to": ``_the_number_kinds``): "the
# 70th anniversary" need not be tried as a decade, "the 2013 agreement" as anything.
_AFTER_THE_NUMBERS = {
    "nthwd": ((1,), "a"), "dm": ((1, 2), "a -–"), "dmshift": ((1, 2), "a"), "dom": ((1, 2), "a"),
    "century": ((1, 2), "a"), "upto": ((1, 2, 3), " "), "quarter": ((1,), "a"), "decade": ((2, 4), "a'"),
}
_DIGIT_RUN = pattern_cache.compile(r"\d+")
_NUMBER_OPENING = 5  # characters of a number that decide its kinds: four digits at most, and one after


def _number_shape(opening: str) -> tuple[int, str]:
    """The count of digits ``opening`` opens with, and what follows them: "a" a letter,
    " " a blank, a dash, a slash or a dot itself, "*" anything else or nothing."""
    digits = _DIGIT_RUN.match(opening).end()
    c = opening[digits:digits + 1]
    return digits, "a" if c.isalpha() else " " if c.isspace() else c if c and c in "-–/." else "'" if c and c in "'’" else "*"


def _number_kinds(opening: str) -> tuple[str, ...]:
    """The kinds that may open with a number that opens ``opening``, by its digits and what follows them."""
    return _kinds_of_number(*_number_shape(opening))


class _BySecond(dict):
    """The pattern for an opening with kinds that need a word after it (``_second_words``), by
    that word as ``_second`` tells it (None where no kind is left)."""

    def __init__(self, kinds: tuple[str, ...], opener: str) -> None:
        super().__init__()
        self.kinds, self.opener = kinds, opener

    def __missing__(self, second: str) -> re.Pattern | None:
        kinds = _before_second(self.kinds, self.opener, second)
        pattern = self[second] = _kinds_pattern(kinds) if kinds else None
        return pattern


def _opening_pattern(kinds: tuple[str, ...], opener: str | None) -> re.Pattern | _BySecond | None:
    """The pattern of ``kinds``, or, when one of them needs a word after an opening of class
    ``opener``, the table of patterns by that word; None for no kind."""
    if not kinds:
        return None
    needs = _second_words()[1].get(opener, {})
    return _BySecond(kinds, opener) if any(k in needs for k in kinds) else _kinds_pattern(kinds)


def _whole(pattern: re.Pattern | _BySecond | None) -> re.Pattern | None:
    """The pattern of every kind of an opening, whatever word follows it."""
    return _kinds_pattern(pattern.kinds) if type(pattern) is _BySecond else pattern


class _NumberPatterns(dict):
    """``_pattern_at``'s pattern for a number (None where no kind opens with it, a ``_BySecond``
    where a kind needs the word after it), by its first ``_NUMBER_OPENING`` characters: one
    lookup, where reading the digits again at each number cost a third of the matching it spares."""

    def __missing__(self, opening: str) -> re.Pattern | _BySecond | None:
        if len(self) > 4096:  # a long run meets many numbers; the patterns stay cached
            self.clear()
        pattern = self[opening] = _opening_pattern(_number_kinds(opening), NUMBER)
        return pattern


@lru_cache(maxsize=1)
def _second_words() -> tuple[dict[str, str], dict[str, dict[str, frozenset[str]]]]:
    """What must come second in the kinds that need a word after their opening one, as
    ``Words`` holds it (``NUMBER``: one opening with a digit). "Tuesday showcased" can only
    be a weekday, not the opening of "Tuesday, May 12", "Tuesday the 5th" or "Tuesday 12
    May"; "12 people" no date at all, not "12 May", "12 weeks ago" or "12 of May"; and
    where no kind is left, the pattern is not tried. For the openings by a name, each
    name's class ("weekday", "month"); then, by class (and ``NUMBER``), each such kind's
    second words (the branches of ``_branches``, read in order)."""
    v = vocabulary()
    weekdays = frozenset(first_words(v.weekdays))
    months = frozenset(first_words([*v.months, *v.month_names]))
    shift = frozenset(first_words([*v.relative_shift, *v.anaphoric_shift, *v.window_shift])) | {"the"}
    day_words = frozenset(first_words(_day_ordinals()))
    units = frozenset(f"{u}{s}" for u in ("year", "month", "fortnight", "week", "day", "decade") for s in ("", "s"))
    # a name opens each of these kinds only with the word after it ("Tuesday" is no month, no day's
    # number, no shift word); a word of two classes would need both sets
    assert weekdays.isdisjoint(months | shift | day_words | {"the"}) and months.isdisjoint(shift | day_words | {"the"})
    seconds = {
        "weekday": {"md": months, "dm": frozenset({"the", NUMBER}) | day_words, "dom": frozenset({"the"})},
        "month": {"md": frozenset({"the", NUMBER}) | day_words, "mshift": frozenset({"of"}) | shift, "my": frozenset({"of", NUMBER})},
        NUMBER: {"dm": frozenset({NUMBER, "of"}) | months, "dmshift": frozenset({"of"}),
                 "wkon": frozenset({"week", "weeks", "fortnight", "fortnights"}),
                 "ago": frozenset({"or", "to"}) | units, "inn": frozenset({"or", "to"}) | units},
    }
    return {**dict.fromkeys(months, "month"), **dict.fromkeys(weekdays, "weekday")}, seconds


@lru_cache(maxsize=1)
def _second_keys() -> frozenset[str]:
    """Every word some kind needs second (``_second_words``)."""
    return frozenset().union(*(words for kinds in _second_words()[1].values() for words in kinds.values()))


def _second(word: str) -> str:
    """The word after an opening as ``_second_words`` tells it: ``NUMBER`` for one opening with
    a digit, "" for one no kind needs (or none: the text's end)."""
    if word[:1].isdecimal():
        return NUMBER
    return word if word in _second_keys() else ""


@lru_cache(maxsize=512)
def _before_second(kinds: tuple[str, ...], opener: str, second: str) -> tuple[str, ...]:
    """``kinds`` less those that need another word than ``second`` after an opening of class ``opener``."""
    needs = _second_words()[1][opener]
    return tuple(k for k in kinds if k not in needs or second in needs[k])


@lru_cache(maxsize=1)
def _number_patterns() -> _NumberPatterns:
    return _NumberPatterns()


def _kinds_of_number(digits: int, follows: str) -> tuple[str, ...]:
    kinds = _openings()[NUMBER]
    assert set(kinds) == set(_OPENING_NUMBERS), "every kind that opens with a number says how"
    return tuple(k for k in kinds if digits in _OPENING_NUMBERS[k][0] and follows in _OPENING_NUMBERS[k][1])


def _compile(branches: list[str]) -> re.Pattern:
    """One pattern of ``branches``, where the first that matches wins."""
    return pattern_cache.compile(_OPENING_DIGITS + "(?:" + "|".join(branches) + ")", re.IGNORECASE)


# A paragraph break ends every date and time, as it ends numbers (``numbers.blanks``): a
# title's last word never makes a date with the dateline under it ("Quake 3\n\nMarch 11,
# 2011"), while the one line break of a paragraph wrapped mid-date still joins ("May\n12,
# 2015"). The patterns as written read "\s+" across any break; a match with a line break
# in it (a handful per article at most) is tried again with ``held(pattern)``, the same
# pattern with its blanks held within a paragraph. Held everywhere, the blanks cost the
# date pass a tenth of its time.
LINE_BREAK = pattern_cache.compile(f"[{_BREAK_CHARS}]")
# A run of white space in a pattern, alone or in a class with other characters ("[\s-]+").
_RUN = pattern_cache.compile(r"\[\\s([^\]\\]*)\]([+*])|\\s([+*])")


@lru_cache(maxsize=None)
def held(pattern: re.Pattern) -> re.Pattern:
    r"""``pattern`` with each run of white space (``\s+``, ``\s*``, ``[\s-]+``) held within
    a paragraph (``numbers.blanks``); one blank alone (``\s``) never spans a blank line. Not
    ``numbers.in_paragraph``: that reads "$" as an end, and here one stands in a class
    ("[\w$€£¥]")."""
    def run(m: re.Match) -> str:
        also, repeat = (m.group(1), m.group(2)) if m.group(2) else ("", m.group(3))
        return blanks(also, 1 if repeat == "+" else 0)
    return pattern_cache.compile(_RUN.sub(run, pattern.pattern), pattern.flags)


_OPENING_WORD = pattern_cache.compile(r"\w+")


def _pattern_at(text: str, at: int, loose: bool) -> re.Pattern | None:
    """The pattern to try at ``at``, by the word there (and after "the", by the
    word after it); None when no kind opens with it."""
    c = text[at:at + 1]
    if c.isdecimal():
        return _whole(_number_patterns()[text[at:at + _NUMBER_OPENING]])
    elif c and c in "'’":
        key = "'"
    elif loose:  # a lower-case lookup may miss a word the case-insensitive pattern matches
        return _pattern()
    else:
        w = _OPENING_WORD.match(text, at)
        if w is None:
            return None
        key = w.group().lower()
        if key == "the":
            following = _OPENING_WORD.search(text, w.end())
            kinds = _kinds_after_the(text, following.start(), following.group().lower()) if following else ()
            return _kinds_pattern(kinds) if kinds else None
    kinds = _openings().get(key)
    return None if kinds is None else _kinds_pattern(kinds)


@lru_cache(maxsize=1)
def _after_the() -> tuple[tuple[str, frozenset[str]], ...]:
    """The kinds that open with "the", in pattern order, each with the words that
    may follow "the" where it opens one of them: what the kind opens with (a "the"
    before it is optional, or part of a shift: "the following year"), and the
    second word of any phrase that begins with "the" ("the end of", "the day after
    tomorrow"). ``NUMBER`` stands for a word that opens with a digit."""
    v = vocabulary()
    phrases = [*v.parts, *v.relative_days, *v.seasons, *v.quarters,
               *v.relative_shift, *v.anaphoric_shift, *v.window_shift]
    seconds = {ws[1] for p in phrases if len(ws := _OPENING_WORD.findall(p.lower())) > 1 and ws[0] == "the"}
    words, after_the = _opening_words()
    opens = {k: words[k] | after_the.get(k, set()) for k in words}
    opens["beflast"] |= _BEFORE_LAST_UNITS
    opens["upto"] |= _UP_TO_UNITS
    opens["quarter"].add(NUMBER)  # "the 3rd quarter of 2014"
    return tuple((k, frozenset(opens[k] | seconds)) for k in _openings()["the"])


@lru_cache(maxsize=512)
def _the_kinds(following: str) -> tuple[str, ...]:
    """The kinds that may open with "the" before ``following`` (a word, lower case):
    of the nine that open with "the", most words leave one to four ("the start
    of" only a part, "the 1990s" a day or a decade), and the pattern of those
    fails sooner where no date follows."""
    key = NUMBER if following[:1].isdecimal() else following
    return tuple(k for k, after in _after_the() if key in after)


def _kinds_after_the(text: str, at: int, following: str) -> tuple[str, ...]:
    """``_the_kinds`` for ``following``, the word at ``at`` after "the"; before a number,
    those its digits and what follows them allow."""
    if following[:1].isdecimal():
        return _the_number_kinds(*_number_shape(text[at:at + _NUMBER_OPENING]))
    return _the_kinds(following)


@lru_cache(maxsize=64)
def _the_number_kinds(digits: int, follows: str) -> tuple[str, ...]:
    """The date kinds that may open with "the" and a number of ``digits`` digits followed by
    ``follows`` (``_AFTER_THE_NUMBERS``): "the 2013 agreement" tries none of the day's kinds."""
    kinds = _the_kinds(NUMBER)
    if not set(kinds) <= set(_AFTER_THE_NUMBERS):  # a kind added to the data without saying how
        raise ValueError(f"_AFTER_THE_NUMBERS lacks {sorted(set(kinds) - set(_AFTER_THE_NUMBERS))}")
    return tuple(k for k in kinds if digits in _AFTER_THE_NUMBERS[k][0] and follows in _AFTER_THE_NUMBERS[k][1])


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """All date expressions in one pattern."""
    return _compile(_branches())


@lru_cache(maxsize=1)
def _triggers() -> tuple[frozenset[str], re.Pattern, dict[str, frozenset[str]]]:
    """Where a date expression can start: a digit, a month or weekday name, or a
    calendar word in a position to begin one, each right after a separator.

    The full pattern tries some twenty branches wherever it is tried, so it is
    run only where this cheap test passes (a few dozen places per article); the
    test is tried only at the words it can start with (see ``candidates``). Its
    words form one prefix tree, each with what must follow it, case-sensitive
    (each word in its three cases). ``_tries`` uses the same test cut down to
    the word at hand (``_StartTests``); the whole tree serves ``candidates``,
    for a text whose words cannot be looked up in lower case.
    """
    keys, after, then = _start()
    return keys, _start_test(after), then


@lru_cache(maxsize=1)
def _start() -> tuple[frozenset[str], dict[str, str], dict[str, frozenset[str]]]:
    """``_triggers`` before its pattern is compiled: the keys, each form of the
    test's words with what must follow it, and ``then``."""
    groups, after_the = _trigger_groups()
    follows = _follows(groups)
    after = {w: a[0] if len(a) == 1 else "(?:" + "|".join(a) + ")" for w, a in follows.items()}
    # the test's words and every word an expression can open with
    keys = frozenset(first_words(follows)) | (_openings().keys() - {NUMBER, "'"})
    # "the" opens an expression only before one of these, or a number ("the 1990s")
    then = {"the": frozenset(first_words(after_the)) | {NUMBER} | _BEFORE_LAST_UNITS | _UP_TO_UNITS
                     | _count_words()}
    return keys, after, then


def _count_words() -> frozenset[str]:
    """Number words that may count the months of "the three months to March"."""
    v = vocabulary()
    return frozenset(v.number_units) | frozenset(v.number_tens)


def _start_test(after: dict[str, str]) -> re.Pattern:
    """The start test for the forms of ``after``, each with what must follow it."""
    return pattern_cache.compile(rf"[\d'’]|{trie(after, after)}" if after else r"[\d'’]")


class _StartTests(dict):
    """The start test for the places of one word (lower case): ``_triggers``'
    pattern with only the forms that can stand where that word does, those whose
    leading letters begin it ("TUE" where "tuesday" stands). The same test, but a
    few branches to try rather than a tree of every form, and each compiled the
    first time its word is met rather than all up front (the whole tree is some
    30,000 characters: compiling it was a good part of a short run)."""

    def __missing__(self, word: str) -> re.Pattern:
        _, after, _ = _start()
        test = self[word] = _start_test({f: a for f, a in after.items() if word.startswith(_leading(f))})
        return test


def _leading(form: str) -> str:
    """The word characters a form opens with, in lower case, as ``Words`` holds them."""
    m = _OPENING_WORD.match(form)
    return m.group().lower() if m else ""


@lru_cache(maxsize=1)
def _start_tests() -> _StartTests:
    return _StartTests()


# "to", "ended": calendar.yaml period_end_words
_PERIOD_ENDS = trie(data_words("calendar.yaml", "period_end_words"))
# "the week before last": the units "the" opens it before (``_after_the``, ``_start``), and
# the start test's look past them, as "the year" alone is everywhere
_BEFORE_LAST_UNITS = frozenset({"year", "month", "weekend", "week"})
_BEFORE_LAST = r"(?:year|month|weekend|week)\s+(?:before\s+last|after\s+next)\b"
# "the three months to March", "the year to June": the words "the" opens that with
# (``upto``), only before "to", "ended", "ending", "through", as "the year" and "the three" are everywhere
_UP_TO_UNITS = frozenset({"year", "quarter", "week"})
_UP_TO = rf"(?:[a-z]+(?:-[a-z]+)?\s+(?:months|weeks)|year|quarter|week)\s+{_PERIOD_ENDS}\s"
_UNITS = data_words("calendar.yaml", "date_units")
_UNITS_PATTERN = _words((*_UNITS, *data_words("calendar.yaml", "date_units_weekend")))  # ``_UNITS`` and "weekend"
_UNITS_AHEAD = 3  # a count word starts a date only with a unit at most this many words on


def _shift_time_phrases() -> tuple[str, ...]:
    """calendar.yaml ``shift_time_phrases``: "time last year", which may follow a shift's word."""
    return data_words("calendar.yaml", "shift_time_phrases")


@lru_cache(maxsize=1)
def _trigger_groups() -> tuple[list[tuple[set[str], str]], set[str]]:
    """The start test's words, in groups, each with what must follow them; and
    the words that may follow "the"."""
    v = vocabulary()
    first = lambda phrases: {p.split()[0] for p in phrases} - {"the"}
    units = _UNITS_PATTERN
    shifts = first(v.relative_shift) | first(v.anaphoric_shift) | first(v.window_shift)
    # the second word of a shift ("this past", "this coming") may follow its first
    seconds = {p.split()[1] for p in (*v.relative_shift, *v.anaphoric_shift, *v.window_shift) if " " in p}
    after_shift = (units + "|" + _words(_shift_time_phrases()) + "|" + _words({p.split()[-1] for p in v.relative_days if " " in p} | set(v.seasons) | seconds)
                   + "|" + _names(_name_forms(v)))
    day_ordinals = set(first_words(_day_ordinals()))  # "the first of May", "twenty-first of May"
    after_the = ({p.split()[0] for p in (set(v.parts) | set(v.seasons) | set(v.quarters) | shifts) - {"the"}}
                 | {"day", "weekend", "turn"} | day_ordinals)
    numbers = set(v.number_units) | set(v.number_tens) | first(v.vague) | {"a", "an"}
    lone = (first(v.parts) | set(v.seasons) | set(v.quarters) | first(v.relative_days) | {"earlier", "later"}) - shifts
    groups = [
        # "the week before last": "the" before a unit only so, as "the year" is everywhere
        ({"the"}, rf"\s+(?i:(?=[\d'’]|{_words(after_the)}|{_BEFORE_LAST}|{_UP_TO}))"),
        (shifts, rf"\b(?i:(?=\s+(?:the\s+)?(?:{after_shift})))"),
        # "a couple of years": ``_UNITS_AHEAD`` words on at most
        (numbers, rf"\b(?i:(?=[\s-]+(?:[a-z]+[\s-]+){{0,2}}(?:{units}|hours\b)))"),
        (lone, r"\b"),
        ({"recent"}, r"\b(?i:(?=\s+(?:hours|days|weeks|months|years|decades)\b))"),
        ({"within"}, rf"\b(?i:(?=\s+(?:(?:a\s+)?{_words(k for k in v.window_counts if k != 'recent')}\s+)?(?:hours|days|weeks|months|years|decades)\b))"),
        (day_ordinals, r"\b(?i:(?=(?:[\s-]+[a-z]+)?\s+of\s))"),
        ({"year"}, r"(?i:(?=[\s-]end\b))"),  # "by year-end"
        # "nineteen eighty-four", "twenty twelve", "nineteen oh five": a year in words
        (set(_century_words()), rf"\b(?i:(?=[\s-]+(?:{_words([*v.number_tens, *(k for k, n in v.number_units.items() if n >= 10)])}|oh|o|hundred)\b))"),
    ]
    return groups, after_the


def _follows(groups) -> dict[str, list[str]]:
    """Each form of each word of the start test (as written, capitalized, upper
    case), with what may follow it."""
    follows: dict[str, list[str]] = {name: [r"(?![a-z])"] for name in _name_forms(vocabulary())}
    for words, after in groups:
        for w in words:
            for form in (w, w.capitalize(), w.upper()):
                follows.setdefault(form, []).append(after)
    return follows


@lru_cache(maxsize=1)
def _counting_words() -> frozenset[str]:
    """The start test's words that pass it only before a unit ("two years ago",
    "a couple of years later"): where none of the next ``_UNITS_AHEAD`` words is
    a unit, the test cannot pass and need not be tried.

    Left out: a word the test also knows in another group, or one that begins
    with another of its words which may go on inside a word (a month: "TUE" in
    "TUESday"), as the test could pass by that one.
    """
    groups, _ = _trigger_groups()
    numbers, after = groups[2]
    forms = _follows(groups)

    def inside_words(f: str) -> bool:
        return any(not a.startswith((r"\b", r"\s")) for a in forms[f])

    out = set()
    for w in numbers:
        if not re.fullmatch(r"[a-z]+", w):
            continue
        own = {w, w.capitalize(), w.upper()}
        if all(set(forms[f]) == {after} for f in own) and not any(
                f not in own and w.startswith(f.lower()) and inside_words(f) for f in forms):
            out.add(w)
    return frozenset(out)


# What may stand right before the start of an expression (white space too).
_SEPARATORS = frozenset("([\"“‘'’—–/,;:.)!?-")


def candidates(words: Words, start: tuple[frozenset[str], re.Pattern, dict], quoted: bool = False) -> list[int]:
    """Offsets where an expression may start, in order: the text's start, which has
    no separator before it, then each place right after a separator where the
    start pattern matches.

    The start pattern (``keys``, ``pattern``, ``then`` as for
    ``Words.opening``) is tried only at the words in ``keys``, at words opening
    with a digit and, when ``quoted``, at a quote before one ("’90s"): no
    expression starts anywhere else.
    """
    keys, pattern, then = start
    text = words.text
    digits = words.digits()
    spots = words.opening(keys, then)
    if not words.loose:
        spots = sorted({*spots, *digits})
    if quoted:
        quotes = [p - 1 for p in digits if p > 1 and text[p - 1] in "'’"]
        if quotes:
            spots = sorted({*spots, *quotes})
    out = [0]
    match = pattern.match
    separators = _SEPARATORS
    for p in spots:
        if p and ((c := text[p - 1]) in separators or c.isspace()) and match(text, p):
            out.append(p)
    return out


def _tries(text: str, words: Words) -> Iterator[tuple[int, re.Pattern]]:
    """Each place ``candidates`` offers, in order, with the pattern ``_pattern_at``
    gives for it; the places where that pattern is None are left out.

    The same places, found more cheaply. The pattern is looked up by the word
    already in ``words`` (no regex to read it again). The start pattern is tried
    only at words, as at a digit or a quote it always matches. "the" is a start
    only before a word it may open a date with ("the 1990s", "the following
    year"), and a count word ("a", "two") only with a unit at most
    ``_UNITS_AHEAD`` words after it (the rarer word, looked up first), as the
    start pattern fails without one.
    """
    if words.loose:  # the word a case-insensitive pattern sees may not be the one ``words`` holds
        for at in candidates(words, _triggers(), quoted=True):
            pattern = _pattern_at(text, at, True)
            if pattern is not None:
                yield at, pattern
        return
    first = _pattern_at(text, 0, False)
    if first is not None:
        yield 0, first
    by_word = _word_patterns()
    word_spots = _word_spots()
    wordlist, offsets = words.words, words.starts
    spots: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}  # offset -> (pattern, start test first, if any)
    shifts, after_shift, name_openings = _shift_gate()
    last = len(wordlist) - 1
    for i in words.indices(_plain_keys()):
        w = wordlist[i]
        if w in shifts and (i == last or not ((following := wordlist[i + 1]) in after_shift
                                               or following.startswith(name_openings.get(following[:1], ())))):
            continue  # "that" with no unit, name or day's word after it: the start test fails
        spot = word_spots[w]
        if type(spot[0]) is _BySecond:  # a month's or a weekday's name: its kinds by the word after it
            pattern = spot[0][_second(wordlist[i + 1]) if i < last else ""]
            if pattern is None:
                continue
            spot = pattern, spot[1]
        spots[offsets[i]] = spot
    counting = _counting_words()
    for u in words.indices(_UNIT_WORDS):
        for i in range(max(u - _UNITS_AHEAD, 0), u):
            w = wordlist[i]
            if w in counting:
                spots[offsets[i]] = word_spots[w]
    digits = words.digits()
    the_test = _start_tests()["the"]
    # "the" is a start only before one of its words or a number (``Words.opening``)
    for j in words.opening_words(_THE, _start()[2]):
        kinds = _kinds_after_the(text, offsets[j + 1], wordlist[j + 1])  # as ``_pattern_at``, by the word after "the"
        if kinds:
            spots[offsets[j]] = _kinds_pattern(kinds), the_test
    numbers = _number_patterns()
    for p in digits:  # as ``_pattern_at``, by the number, even where it is a word's ("3rd"), and the word after it
        pattern = numbers[text[p:p + _NUMBER_OPENING]]
        if type(pattern) is _BySecond:  # "12 May", "12 weeks ago", or "12 people", by the word after it
            i = bisect_left(offsets, p) + 1
            pattern = pattern[_second(wordlist[i]) if i <= last else ""]
        if pattern is not None:
            spots[p] = pattern, None
        else:
            spots.pop(p, None)
    quote = by_word.get("'")
    if quote is not None:
        for p in digits:
            if p > 1 and text[p - 1] in "'’":
                spots[p - 1] = quote, None
    separators = _SEPARATORS
    for p in sorted(spots):
        if p and ((c := text[p - 1]) in separators or c.isspace()):
            pattern, test = spots[p]
            if test is None or test.match(text, p):
                yield p, pattern


_UNIT_WORDS = frozenset((*_UNITS, "hours"))  # "hours": "(in) a matter of hours"
_THE = frozenset({"the"})


@lru_cache(maxsize=1)
def _shift_gate() -> tuple[frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    """The start test's words that pass it only as a shift ("that year", "this morning",
    "last March"); the words that must follow them there (or "the" before one); and the
    names' forms in lower case, which the test takes as the opening of any word after,
    by their first letter (a word is tested against a few of the sixty).

    "that" stands a dozen times an article, seldom before a unit: where the next word is
    none of these, the test cannot pass and need not be tried. Left out, as in
    ``_counting_words``: a word whose test the test's other groups also pass.
    """
    v = vocabulary()
    groups, _ = _trigger_groups()
    shifts, after = groups[1]
    forms = _follows(groups)
    gated = frozenset(w for w in shifts if all(forms[f] == [after] for f in forms if w.startswith(_leading(f))))
    # what ``_trigger_groups`` lets follow a shift, word by word: ``_UNITS_PATTERN``, the first word
    # of a phrase of "time" ("time last year"), "the" (before one), the last word of a relative day,
    # a season, a shift's second word
    seconds = {p.split()[1] for p in (*v.relative_shift, *v.anaphoric_shift, *v.window_shift) if " " in p}
    followers = ({*_UNITS, *data_words("calendar.yaml", "date_units_weekend"), *first_words(_shift_time_phrases()), "the"}
                 | {p.split()[-1] for p in v.relative_days if " " in p} | set(v.seasons) | seconds)
    names: dict[str, list[str]] = {}
    for f in sorted({f.lower() for f in _name_forms(v)}):
        names.setdefault(f[0], []).append(f)  # no form is empty: each opens with its first letter
    return gated, frozenset(w.lower() for w in followers), {c: tuple(fs) for c, fs in names.items()}


@lru_cache(maxsize=1)
def _plain_keys() -> frozenset[str]:
    """The start test's words less "the" and the count words, which ``_tries`` reaches otherwise."""
    return _start()[0] - {"the"} - _counting_words()


class _PatternsByWord(dict):
    """``_pattern_at``'s pattern for each word (``NUMBER``, "'") an expression can
    open with, compiled the first time that word is met: compiling all of them
    up front cost a short run more than reading its articles."""

    def __missing__(self, word: str) -> re.Pattern:
        pattern = self[word] = _kinds_pattern(_openings()[word])  # KeyError for a word that opens nothing
        return pattern

    def get(self, word: str, default=None):
        return self[word] if word in _openings() else default


@lru_cache(maxsize=1)
def _word_patterns() -> _PatternsByWord:
    return _PatternsByWord()


class _SpotsByWord(dict):
    """For each word ``_tries`` offers, its pattern and its start test, as one pair:
    some forty an article, each a lookup rather than two and a new pair. A month's or
    a weekday's name has its patterns by the word after it (``_BySecond``)."""

    def __missing__(self, word: str) -> tuple[re.Pattern | _BySecond, re.Pattern]:
        names, _ = _second_words()
        pattern = _opening_pattern(_openings()[word], names[word]) if word in names else _word_patterns()[word]
        spot = self[word] = pattern, _start_tests()[word]
        return spot


@lru_cache(maxsize=1)
def _word_spots() -> _SpotsByWord:
    """The one table of each word's pattern and start test, filled as words are met."""
    return _SpotsByWord()


def _name_forms(v) -> list[str]:
    full = [f.capitalize() for f in v.month_names]
    return ([f.capitalize() for f in v.months] + [f.upper() for f in v.month_names] + full
            + [f.capitalize() for f in v.weekdays] + [f.upper() for f in v.weekdays]
            + sorted({_OPENING_WORD.match(h).group() for h in [*v.holidays, *v.movable_holidays]}))


@lru_cache(maxsize=1)
def _future_marker() -> re.Pattern:
    markers = [m.lower() for m in vocabulary().future_markers]
    words = [m for m in markers if m[:1].isalnum()]
    clitics = [m for m in markers if not m[:1].isalnum()]  # "'ll" hangs on the word before it
    return pattern_cache.compile(rf"(?:(?<!\w){trie(words)}|{trie(clitics)})(?!\w)", re.IGNORECASE)


# The word right before a place, blanks between: ``([A-Za-z][\w’'-]*)[ \t]+$``
# searched for before it, matched instead on the text before it reversed (a search
# tries each of the forty characters; see ``_word_before``).
_WORD_BEFORE_REVERSED = pattern_cache.compile(r"\n?[ \t]+([\w’'-]*[A-Za-z])")
_WORD_AFTER = pattern_cache.compile(r"[ \t]+([A-Za-z][\w’'-]*)")
_CLAUSE_OPENS = pattern_cache.compile(r"[.!?:;—–(\[\n][\s\"“‘'(]*$")
_LEADING = pattern_cache.compile(r"[A-Za-z]+")


def extract(text: str, published: dt.date | None, sentences: list[tuple[int, int]],
            taken: Callable[[int, int], bool], words: Words | None = None) -> list[Found]:
    """Every date expression in ``text`` not inside an already taken span."""
    v = vocabulary()
    out: list[Found] = []
    starts = [s for s, _ in sentences]
    words = words or words_of(text)
    future = _Future(text, words)
    line_break = LINE_BREAK.search
    recurring_words, recurring_reach = _recurring_ends()
    flashbacks: set[int] = set()  # where a day counted back told in the past perfect stands (``_flashback``)
    consumed = 0
    for at, pattern in _tries(text, words):
        if at < consumed:
            continue
        m = pattern.match(text, at)
        if m is None:
            continue
        if line_break(text, at, m.end()):
            m = held(pattern).match(text, at)
            if m is None:
                continue
        consumed = m.end()
        kind = m.lastgroup
        start, end = m.span(kind)
        if taken(start, end):
            continue
        k = bisect_right(starts, start) - 1
        s0 = sentences[k][0] if k >= 0 else 0
        if kind == "month" and _is_name(text, s0, start, end, m.group("m_m"), v):
            continue
        if text[start - 1:start] == " " and text[max(0, start - 1 - recurring_reach):start - 1].lower().endswith(recurring_words) \
                and _recurring().search(text, max(0, start - 24), start):
            continue  # "every Tuesday", "each May": a day that recurs, no one date
        if kind == "weekday" and text[start - 1:start] == " " and (w := _word_before(text, max(0, start - 16), start)) \
                and w[0] in _named_weekdays():
            continue  # "Super Tuesday", "Black Monday": a name, no day of the week published
        if kind == "weekday" and _weekday_names_a_thing(text, s0, start, end, v):
            continue  # "the Monday Market", "Saturday Night Live": a name, no day of the week
        if kind != "holiday" and _is_title(text, s0, start, v):
            continue  # a holiday's name is capitalized wherever it stands
        if kind in ("year", "yrange"):
            fiscal = _fiscal_span(text, s0, start, end)
            if fiscal is not None:
                if not taken(*fiscal):
                    out.append(Found(*fiscal, _unresolved("year")))
                continue
        if kind == "year" and (_counts_something(text, start, end, v) or _labelled(text, s0, start)):
            continue
        if kind == "quarter" and (m.group("q_b") or m.group("q_b2") or m.group("q_b3") or m.group("q_b4") or m.group("h_b")) and (
                not _quarter_figures().search(text, s0, s1 := sentences[k][1] if k >= 0 else len(text))
                or _game_words().search(text, s0, s1)):
            continue  # "in the third quarter", "in Q3" of a game
        anchor = _last_date_before(out, s0, start)
        counted = None  # the date an anaphor with no date before it in its sentence counts from
        if anchor is None and kind in _ANAPHORS and out and (unit := _anaphor_unit(m, kind, v)):
            anchor = counted = _anchor_before(text, out, s0, start, unit)
        s1 = sentences[k][1] if k >= 0 else len(text)
        value = _resolve(m, kind, published, partial(future, max(s0, start - _CLAUSE), start, s0=s0, end=end, s1=s1),
                         anchor, v)
        flashback = False
        if counted is not None and value is not None and value.resolved and value.granularity == "day":
            flashback, main = _flashback(text, out, flashbacks, s0, start, sentences[k][1] if k >= 0 else len(text),
                                         counted, value, unit)
            if main is not None:
                value = _resolve(m, kind, published, partial(future, max(s0, start - _CLAUSE), start, s0=s0, end=end,
                                                             s1=s1), main, v)
        if kind == "month" and value is not None and _that_month(text, s0, start, end, v):
            told = _anchor_before(text, out, s0, start, "year")
            if told is not None:
                value = _month_value(_date(told).year, _month(m.group("m_m")))
        if value is None and (kind == "wkon" or _bare_anaphor(m, kind, v)):
            # "a week today" looking back: "today" is still a date; "the weeks following
            # March 3": "following" names no reference without "the", the date after it stands
            consumed = at
            continue
        if kind == "weekday" and value is not None and out and (same := _apposed_day(text, out[-1], start, m)) is not None:
            value = same  # "tomorrow, Saturday", "yesterday (Monday)": the day before it, which it names
        if value is not None:
            if kind == "holiday" and value.qualifier == "range" and text.startswith(" weekend", end):
                end += 8  # "the Labor Day weekend": the span holds the weekend its value is
            if kind in ("md", "dm") and text[max(0, start - 8):start].lower() == "week of " and value.resolved \
                    and value.low == value.high and value.low[0] != "-" and (w := _WEEK_OF.search(text, max(0, start - 24), start)):
                start, value = w.start(), _week_value(dt.date.fromisoformat(value.low))
            if flashback:
                flashbacks.add(start)
            out.append(Found(start, end, value))
    return _spans(text, out, taken, published) if len(out) > 1 or out and out[0].value.granularity == "day" else out


@lru_cache(maxsize=1)
def _named_weekdays() -> frozenset[str]:
    """calendar.yaml ``named_weekdays``: the capitalised words that make a weekday after them a name."""
    return frozenset(str(w) for w in data_file("calendar.yaml").get("named_weekdays", ()))


@lru_cache(maxsize=1)
def _recurring_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """calendar.yaml ``recurring``: the words before a date that make it recur ("every",
    "each") and the steps that may follow them ("other"), in lower case."""
    spec = data_file("calendar.yaml").get("recurring", {})
    return (tuple(str(w).lower() for w in spec.get("words", ())), tuple(str(w).lower() for w in spec.get("steps", ())))


@lru_cache(maxsize=1)
def _recurring() -> re.Pattern:
    """The words before a date that make it recur: "every Tuesday", "each spring", "every other Sunday"."""
    words, steps = _recurring_words()
    return pattern_cache.compile(rf"\b{trie(words)}(?:\s+{trie(steps)})?\s+\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _recurring_ends() -> tuple[tuple[str, ...], int]:
    """The words that may stand right before a recurring date and the longest one's length:
    tested before ``_recurring`` is searched, which most dates spare."""
    first, steps = _recurring_words()
    words = (*first, *steps)
    return words, max(map(len, words), default=0)


# "the week of June 1" (American): the week, Monday to Sunday, that holds the day
_WEEK_OF = pattern_cache.compile(r"\bthe\s+week\s+of\s+\Z", re.IGNORECASE)


# "from March 3 to March 5", "between 2010 and 2014", "March 3 through March 5":
# what stands between two dates of one span, and before the first.
# (a comma before the joiner only after "from" or "between": "from Dec. 28, 2014, to Jan. 3")
# (``_SPAN_ENDS``: calendar.yaml ``date_span_ends``, "to", "through", as one prefix tree)
_SPAN_ENDS = trie(data_words("calendar.yaml", "date_span_ends"))
_SPAN_BETWEEN = pattern_cache.compile(rf"(?P<comma>,)?[ \t]*(?:(?P<to>{_SPAN_ENDS})|(?P<and>and)|(?P<dash>[-–]))[ \t]*\Z", re.IGNORECASE)
_SPAN_OPENER = pattern_cache.compile(r"\b(?P<w>from|between)[ \t]+\Z", re.IGNORECASE)
# "from March 3 to 5": a second day after a month-day
_SECOND_DAY = pattern_cache.compile(rf"[ \t]+(?P<j>{_SPAN_ENDS}|and|[-–])[ \t]+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?P<nth>st|nd|rd|th)?)\b"
                         r"(?![ \t]*(?:%|[-–/.,:]\d|\d|[ap]\.?m\b|o['’]clock|per\s*cent|percent|per\b))"
                         rf"(?:,?[ \t]+(?P<y>{YEAR})(?![\w%]|[.,]\d))?", re.IGNORECASE)
# "from 3 to 5 March", "from the 13th to the 15th of July": a first day before a day-month
_FIRST_DAY = pattern_cache.compile(r"\b(?P<w>from|between)[ \t]+((?:the[ \t]+)?(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?))[ \t]+"
                        rf"(?:{_SPAN_ENDS}|and|[-–])[ \t]+\Z", re.IGNORECASE)
# "23rd to 26th Oct", "runs 12 to 16 September": a first day with no "from" before it
_BARE_FIRST_DAY = pattern_cache.compile(r"(?<![\w.,$€£¥/%-])(?P<w>)((?P<d>(?:[12]\d|3[01]|0?[1-9])(?P<nth>st|nd|rd|th)?))[ \t]+"
                                        rf"(?:{_SPAN_ENDS})[ \t]+\Z", re.IGNORECASE)


def _bare_first_day(text: str, start: int) -> re.Match | None:
    """The first day of "23rd to 26th Oct" or "12 to 16 September" with no "from": an
    ordinal, or a number no verb of change stands before ("fell 12 to 16 September"
    is no span; as ``_stands_alone`` for "March 3 to 5")."""
    m = _BARE_FIRST_DAY.search(text, max(0, start - 16), start)
    if m is None or m.group("nth"):
        return m
    at = m.start()
    return None if _change_verbs().search(text, max(0, text.rfind(".", 0, at) + 1, at - 60), at) else m


_SPAN_KINDS = ("day", "month", "year")
_ENDS_IN_DAY = pattern_cache.compile(r"\d(?:st|nd|rd|th)?\Z")


def _stands_alone(text: str, start: int, second: re.Match) -> bool:
    """Whether the second day of "March 3 to 5" with no "from" before is a day: an
    ordinal ("March 3rd to 5th"), a year after it, or the clause going on after it,
    and no verb of change before ("rose on March 3 to 5" is a new level)."""
    if second.group("j").lower() == "and":
        return False  # "March 3 and 5": two days (``_and_days``)
    if second.group("nth") or second.group("y"):
        return True
    if not _goes_on().match(text, second.end()):
        return False
    return _change_verbs().search(text, max(0, text.rfind(".", 0, start) + 1, start - 60), start) is None


@lru_cache(maxsize=1)
def _goes_on() -> re.Pattern:
    return pattern_cache.compile(_standalone()[0], re.IGNORECASE)


@lru_cache(maxsize=1)
def _change_verbs() -> re.Pattern:
    """A verb of change (hedges.yaml ``change_verbs``)."""
    return pattern_cache.compile(rf"\b{trie(vocabulary().change_verbs)}\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _moves() -> re.Pattern:
    """A word that makes "from X to Y" a change of date, not a span (``date_moves``), and
    as group ``earlier`` one that moves it earlier (``date_moves_earlier``)."""
    v = vocabulary()
    return pattern_cache.compile(rf"(?P<earlier>{alternation(v.date_moves_earlier)})|{alternation(v.date_moves)}", re.IGNORECASE)


def _move_before(text: str, start: int) -> re.Match | None:
    """A word of change of date shortly before ``start``, in its sentence."""
    return _moves().search(text, max(0, text.rfind(".", 0, start) + 1, start - 60), start)


def _governs(text: str, end: int, start: int) -> bool:
    """Whether a move word ending at ``end`` governs the date at ``start`` as a change of
    date: few words between, none of motion ("moved the vote from Tuesday", not "moved
    across the region from Monday"; calendar.yaml ``date_move_reach``)."""
    v = vocabulary()
    between = text[end:start].lower().split()
    return len(between) <= v.date_move_reach and v.date_move_not_across.isdisjoint(between)


def _moved_weekday(first: Value, second: Value, earlier: bool) -> Value:
    """The day a weekday is moved to from the day before it, each read alone ("postponed
    from Tuesday to Thursday" may come out Thursday before Tuesday, the most recent of
    each): the next such weekday after the first, or before it after a word of an
    earlier date ("brought forward from Thursday to Tuesday")."""
    lo, hi = _date(first), _date(second)
    if earlier:
        return _day_value(lo - dt.timedelta(days=(lo.weekday() - hi.weekday()) % 7 or 7))
    return _day_value(lo + dt.timedelta(days=(hi.weekday() - lo.weekday()) % 7 or 7))


def _single(value: Value) -> bool:
    return value.resolved and value.qualifier == "exact" and value.granularity in _SPAN_KINDS and isinstance(value.low, str)


def _spans(text: str, found: list[Found], taken: Callable[[int, int], bool], published: dt.date | None) -> list[Found]:
    """Join two dates of one stated span into one value from the first to the
    second: "from March 3 to March 5", "between 2010 and 2014", "from March 3 to
    5", "from 3 to 5 March". Not after a word of change ("postponed from March 3
    to March 5": two dates), nor when the second is not after the first."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        f = found[i]
        v = f.value
        if _single(v):
            g = found[i + 1] if i + 1 < len(found) else None
            joins = g is not None and _single(g.value) and g.start - f.end < 12
            one_day = v.granularity == "day" and not v.low.startswith("--") and v.low == v.high
            # looked for only where the date may join the next or a day next to it: most stand alone
            opener = _SPAN_OPENER.search(text, max(0, f.start - 9), f.start) if joins or one_day else None
            # after "from" or "between" the two may differ in precision when each states its
            # year ("from late 2012 through 2014", "between 2010 and March 2012")
            if (joins
                    and (g.value.granularity == v.granularity
                         or opener is not None and _YEAR_IN.search(text, f.start, f.end) and _YEAR_IN.search(text, g.start, g.end))):
                between = _SPAN_BETWEEN.match(text, f.end, g.start)
                if between is not None and between.group("comma") and opener is None:
                    between = None
                if between is not None and (
                        (opener is not None and (between.group("and") is not None) == (opener.group("w").lower() == "between"))
                        # "runs May 3 to May 5", "January until March": "to" joins two days or
                        # months on its own, "through" any two dates
                        or (opener is None and between.group("to")
                            and (between.group("to").lower() in ("through", "thru") or v.granularity in ("day", "month")))
                        or (opener is None and between.group("dash") and v.granularity in ("day", "month"))):
                    first, second = v, g.value
                    move = _move_before(text, f.start) if first.granularity == "day" else None
                    if move is not None and _is_weekday_pair(text, f, g) and _governs(text, move.end(), f.start):
                        # "postponed from Tuesday to Thursday": two days, the second placed from the first
                        found = [*found[:i + 1], g._replace(value=_moved_weekday(first, second, bool(move.group("earlier")))),
                                 *found[i + 2:]]
                        out.append(f)
                        i += 1
                        continue
                    if (first.granularity in ("day", "month") and _YEAR_IN.search(text, g.start, g.end)
                            and not _YEAR_IN.search(text, f.start, f.end)):
                        # "from Jan. 30 to Feb. 2, 2014", "from January to March 2013": both in that year
                        first = _in_year_of(first, second)
                    elif (second.granularity in ("day", "month") and _YEAR_IN.search(text, f.start, f.end)
                            and not _YEAR_IN.search(text, g.start, g.end)):
                        # "from January 3, 2017 to February 1": the second in the first's year, or
                        # the next when it would come before ("from Dec. 28, 2014, to Jan. 3")
                        second = _in_year_after(second, first)
                    if second.low < first.low and first.granularity == "day" and _is_weekday_pair(text, f, g):
                        first, second = _weekday_span(first, second, published)
                    joined = _joined(text, f.start, g.end, first, second)
                    if joined is not None:
                        out.append(joined)
                        i += 2
                        continue
            if one_day:
                stated = text[f.start:f.end]
                if stated[:1].isalpha() and _ENDS_IN_DAY.search(stated):  # "March 3", "March 3rd", not "3 March"
                    second = _SECOND_DAY.match(text, f.end)
                    if second is not None and opener is None and not _stands_alone(text, f.start, second):
                        second = None
                    if second is not None and not taken(f.end, second.end()):
                        d2 = _day(second.group("d"))
                        lo = dt.date.fromisoformat(v.low)
                        year = second.group("y")
                        if year:  # "from March 3 to 5, 2014": the year is both days'
                            lo = lo.replace(year=int(year)) if (lo.month, lo.day) != (2, 29) else lo
                        if lo.day < d2 <= _last_day(lo.year, lo.month):
                            joined = _joined(text, f.start, second.end(), _day_value(lo), _day_value(lo.replace(day=d2)))
                            if joined is not None:
                                out.append(joined)
                                # the year after the second day was read as a date of its own
                                skip = year and i + 1 < len(found) and found[i + 1].start == second.start("y")
                                i += 2 if skip else 1
                                continue
                if stated[:1].isdigit() or stated[:4].lower() == "the ":
                    first = _FIRST_DAY.search(text, max(0, f.start - 28), f.start) or (
                        opener is None and _bare_first_day(text, f.start))
                    if first and not taken(first.start(2), f.start):
                        d1 = _day(first.group("d"))
                        hi = dt.date.fromisoformat(v.low)
                        if d1 < hi.day:
                            joined = _joined(text, first.start(2), f.end, _day_value(hi.replace(day=d1)), v)
                            if joined is not None:
                                out.append(joined)
                                i += 1
                                continue
                if opener is None:
                    listed = _and_days(text, f, taken)
                    if listed is not None:
                        days, year_at = listed
                        out.extend(days)
                        # the year after the second day was read as a date of its own
                        i += 2 if year_at is not None and i + 1 < len(found) and found[i + 1].start == year_at else 1
                        continue
        out.append(f)
        i += 1
    return out


# "on March 15 and 16", "on 15 and 16 March": two days of one month, no "from" or
# "between". After the second number only what may end a date ("on May 3 and 4
# people died" is a count), before the first no amount or code.
_AND_SECOND_DAY = pattern_cache.compile(
    r"[ \t]+and[ \t]+((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
    rf"(?:,?[ \t]+(?P<y>{YEAR})(?![\w%]|[.,]\d)|(?=[ \t]*(?:[,;:!?)]|\.(?!\d)|$)"
    rf"|[ \t]+{trie(data_words('calendar.yaml', 'second_day_followers'))}\b))", re.IGNORECASE)  # calendar.yaml second_day_followers
_AND_FIRST_DAY = pattern_cache.compile(r"(?<![\w.,$€£¥/-])((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)[ \t]+and[ \t]+\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    v = vocabulary()
    return frozenset(w.lower() for w in [*v.months, *v.month_names])


def _and_days(text: str, f: Found, taken: Callable[[int, int], bool]) -> tuple[list[Found], int | None] | None:
    """The two days of "March 15 and 16" (or "15 and 16 March"), ``f`` being the
    one read: next to each other one span, as "March 15-16" reads; apart, two
    dates. With where a year after the second day stands, if one does."""
    day = _date(f.value)
    try:
        if text[f.start].isalpha() and not _YEAR_IN.search(text, f.start, f.end):
            m = _AND_SECOND_DAY.match(text, f.end)  # first: most days have no "and" after them
            if m is None or _month_words().isdisjoint(_LEADING.findall(text[f.start:f.end].lower())):
                return None  # "on Monday and 15 on Tuesday": a weekday names no month for a day
            if taken(f.end, m.end()):
                return None
            year_at = m.start("y") if m.group("y") else None
            if year_at is not None:
                day = day.replace(year=int(m.group("y")))
            (s0, e0, d0), (s1, e1, d1) = (f.start, f.end, day), (m.start(1), m.end(), day.replace(day=_day(m.group(1))))
        elif text[f.start].isdigit():
            m = _AND_FIRST_DAY.search(text, max(0, f.start - 12), f.start)
            if m is None or taken(m.start(1), f.start):
                return None
            year_at = None
            (s0, e0, d0), (s1, e1, d1) = (m.start(1), m.end(1), day.replace(day=_day(m.group(1)))), (f.start, f.end, day)
        else:
            return None
    except ValueError:  # a day past the month's end, Feb. 29 in another year
        return None
    if d1 <= d0:
        return None
    if d1 - d0 == dt.timedelta(days=1):
        # no change of date to tell apart here ("moved to March 15 and 16"), unlike ``_joined``
        return [Found(s0, e1, _value(d0, d1, "day", f"{d0.isoformat()}/{d1.isoformat()}", "range"))], year_at
    return [Found(s0, e0, _day_value(d0)), Found(s1, e1, _day_value(d1))], year_at


_YEAR_IN = pattern_cache.compile(rf"(?<!\d){YEAR}(?!\d)")


def _in_year_of(first: Value, second: Value) -> Value:
    """A day or a month stated without a year, placed by a year stated only with
    the date after it: in that year, or the one before when it would fall after
    that date ("from December to February 2014": December 2013). With no publication date the
    yearless one is unresolved ("--03-01"): its month and day are placed the same way."""
    try:
        lo, hi = _yearless_date(first, second), _date(second)
        moved = lo.replace(year=hi.year)
        if moved > hi:
            moved = lo.replace(year=hi.year - 1)
    except ValueError:  # Feb. 29
        return first
    return _month_value(moved.year, moved.month) if first.granularity == "month" else _day_value(moved)


def _in_year_after(second: Value, first: Value) -> Value:
    """A day or a month stated without a year after a date that states one: in that
    year, or the one after when it would fall before that date."""
    try:
        lo, hi = _date(first), _yearless_date(second, first)
        moved = hi.replace(year=lo.year)
        if moved < lo:
            moved = hi.replace(year=lo.year + 1)
    except ValueError:  # Feb. 29
        return second
    return _month_value(moved.year, moved.month) if second.granularity == "month" else _day_value(moved)


def _yearless_date(value: Value, dated: Value) -> dt.date:
    """``value``'s first day, in ``dated``'s year when it was left unresolved ("--03-01": a month and day
    with no publication date to place them by); a stand-in year that ``replace`` then moves."""
    if isinstance(value.low, str) and value.low.startswith("--"):
        return dt.date.fromisoformat(f"{_date(dated).year:04d}{value.low[1:]}")
    return _date(value)


def _is_weekday_pair(text: str, f: Found, g: Found) -> bool:
    weekdays = vocabulary().weekdays
    return all(text[x.start:x.end].lower().rstrip(".") in weekdays for x in (f, g))


def _weekday_span(first: Value, second: Value, published: dt.date | None) -> tuple[Value, Value]:
    """"from Monday to Wednesday", each read alone, may come out Monday after
    Wednesday (the most recent of each): the span is the days from one to the
    other, the first a week earlier when it is past, else (read forward: "will
    run from Monday to Wednesday") the second a week later."""
    lo, hi = _date(first), _date(second)
    week = dt.timedelta(weeks=1)
    if not hi < lo <= hi + week:
        return first, second
    if published is not None and lo > published:
        return first, _day_value(hi + week)
    return _day_value(lo - week), second


def _joined(text: str, start: int, end: int, first: Value, second: Value) -> Found | None:
    if not first.low < second.high:
        return None
    move = _move_before(text, start)
    if move is not None and _governs(text, move.end(), start):
        return None  # "postponed from March 3 to March 5"
    stated = f"{first.stated}/{second.stated}"
    return Found(start, end, _value(first.low, second.high, first.granularity, stated, "range"))


def _word_before(text: str, lo: int, start: int) -> tuple[str, int] | None:
    r"""The word standing before ``start`` with blanks between, and where it starts,
    within ``text[lo:start]``; None if there is none. As
    ``re.search(r"([A-Za-z][\w’'-]*)[ \t]+$", ...)`` finds it: from its first ASCII
    letter, and before a newline that ends the text."""
    m = _WORD_BEFORE_REVERSED.match(text[lo:start][::-1])
    if m is None:
        return None
    return m.group(1)[::-1], start - m.end(1)


def _is_name(text: str, s0: int, start: int, end: int, name: str, v) -> bool:
    """A month name alone that is part of a name or a word: "Million Man March",
    "April Ryan", "May I". (Weekdays are not held to this: "Kerry met Putin
    Tuesday" is how agencies write, and matters more than "Good Friday".)"""
    before = _word_before(text, max(s0, start - 40), start)
    if before and before[0].lower() in v.date_cues:
        return False
    if name.lower().rstrip(".") in v.ambiguous_month_forms:
        return True
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1)[0].isupper() and after.group(1).lower() not in v.months:
        return True
    if before and before[0][0].isupper() and before[0].lower() not in v.weekdays:
        # a capitalised word opening the sentence says nothing; one inside it joins a name
        return not _opens_clause(text, s0, before[1])
    return False


def _weekday_names_a_thing(text: str, s0: int, start: int, end: int, v) -> bool:
    """A capitalised weekday that opens a name: after "the" and before a capitalised word ("the
    Monday Market", "the Tuesday Market Place"), or before a part of the day and another
    word, both capitalised, in prose ("Saturday Night Live", "Monday Night Football"). A
    month after it is a date ("the Monday March 9"), and a capitalised word after a weekday
    with no "the" is as often a name that follows the date ("on Monday President Tinubu
    said"); a headline in title case ("Levee Breaks on Friday Night As River Rises")
    capitalises every word."""
    after = _WORD_AFTER.match(text, end)
    if after is None or not after.group(1)[0].isupper() or (low := after.group(1).lower()) in v.months \
            or low in v.weekdays:
        return False
    before = _word_before(text, max(s0, start - 8), start)
    if before is not None and before[0].lower() == "the":
        return True
    if low not in v.day_periods_after_day:
        return False
    then = _WORD_AFTER.match(text, after.end())
    if then is None or not then.group(1)[0].isupper() or then.group(1).lower() in v.months:
        return False
    from factcheck.extract.names import in_headline  # names reads holidays' names from here
    return not in_headline(text, text.rfind("\n", 0, start) + 1)


def _opens_clause(text: str, s0: int, at: int) -> bool:
    """Whether ``at`` begins its sentence or clause, quotes and brackets aside."""
    w0 = max(s0, at - 8)
    if _CLAUSE_OPENS.search(text, w0, at):
        return True
    return w0 == s0 and not text[w0:at].strip(" \t\n\"“‘'([")


def _is_title(text: str, s0: int, start: int, v) -> bool:
    """A calendar word capitalised inside a sentence is part of a name: "USA
    Today", "the last Winter Olympics", "Next Generation"."""
    if not text[start].isupper():
        return False
    word = _LEADING.match(text, start)
    if word is None or word.group().isupper() or len(word.group()) < 3:
        return False  # "LAST YEAR" is shouting, not a name; "Q3" is a quarter
    low = word.group().lower()
    if low in v.months or low in v.weekdays:
        return False
    return not _opens_clause(text, s0, start)


@lru_cache(maxsize=1)
def _fiscal_words() -> tuple[re.Pattern, re.Pattern]:
    """calendar.yaml ``fiscal_years``: a word of them right before a year ("fiscal
    2014", "FY 2014-15"), and one naming a year right after it ("the 2014 fiscal
    year"; "2014 fiscal policy" is still of the year)."""
    words = vocabulary().fiscal_years
    before = pattern_cache.compile(rf"(?<![\w-]){trie(w.lower() for w in words)}[ \t]*['’]?\Z", re.IGNORECASE)
    after = pattern_cache.compile(rf"[ \t]+{trie(w.lower() for w in words if w.lower().endswith(' year'))}\b", re.IGNORECASE)
    return before, after


def _fiscal_span(text: str, s0: int, start: int, end: int) -> tuple[int, int] | None:
    """The span of "fiscal 2014" or "the 2014 fiscal year" around the year at
    ``start``..``end``, which a fiscal year's months leave unplaced; None for a
    calendar year."""
    before, after = _fiscal_words()
    m = before.search(text, max(s0, start - 20), start)
    if m is not None:
        return m.start(), end
    m = after.match(text, end)
    return (start, m.end()) if m is not None else None


def _labelled(text: str, s0: int, start: int) -> bool:
    """``Resolution 2043``, ``Room 1905``, ``Article 1999``: a number a label
    names (nouns.yaml ``guards.labels``) is no year."""
    before = _word_before(text, max(s0, start - 40), start)
    return before is not None and before[0].lower() in _year_labels()


@lru_cache(maxsize=1)
def _year_labels() -> frozenset[str]:
    # a law and a day are named with their year: "the Immigration Act 2014", "Election Day 2014"
    return frozenset(vocabulary().count_guards.get("labels", ())) - {"act", "day"}


def _counts_something(text: str, start: int, end: int, v) -> bool:
    """``2000 troops`` is a count; ``in 2014 people fled`` is still a year. So is
    ``around 1900 houses`` (a plural noun right after it, a count's hedge before
    it), where ``the 2014 elections`` and ``Apple's 2014 sales`` are years."""
    after = _WORD_AFTER.match(text, end)
    if not after:
        return False
    written = after.group(1)
    if len(written) > 1 and (written in v.measure_units or written.lower() in v.measure_units):
        return True  # "a 2000 cc engine", "1500 km": a measure (one letter, "2014 C", may be anything)
    word = written.lower()
    person = word in v.person_nouns or word in v.currency_words
    if not person and not (word[-1] == "s" and len(word) > 3 and after.group(1).islower() and plural_noun(word, v)):
        return False
    before = _word_before(text, max(0, start - 40), start)
    if before is None:
        return person  # "2000 troops were sent" is a count, "2014 sales rose" a year
    b = before[0].lower()
    if b in ("and", "or"):
        # "destroyed 1900 houses and 2000 shops": "and" is a date cue, but between two
        # counts of plural nouns it joins counts ("in 2013 and 2014 sales rose" is years)
        counted = _COUNT_BEFORE.search(text, max(0, start - 60), before[1])
        if counted is not None:
            noun = counted.group(1).lower()
            if noun in v.person_nouns or plural_noun(noun, v):
                return True
    if person:
        return b not in v.date_cues
    # a plural noun: a count after a count's hedge ("around", "some") or a word that is no
    # date cue, not after an owner ("its", "Apple's") nor at the sentence's start ("2014 sales rose")
    if b in v.hedges_before:
        return True
    return not (b in v.date_cues or _owner(b, v))


def _owner(word: str, v) -> bool:
    """Whether ``word`` (lower case), right before a number or a date, owns what follows: "its
    2014 sales", "Apple's 2014 sales", "his Oct. 5 speech" (calendar.yaml ``year_owners``, or a
    possessive)."""
    return word in v.year_owners or word.endswith(("'s", "’s", "s'"))


# a number and a plural noun (or a person noun) right before "and"/"or": "1900 houses and"
_COUNT_BEFORE = pattern_cache.compile(r"(?<![\w.,])\d[\d,]*[ \t]+([a-z][a-z'-]*)[ \t]+\Z")


_ANAPHORS = frozenset({"dayrel", "shift", "ago", "erl"})  # the kinds ``_anaphor_unit`` may find a unit in


@lru_cache(maxsize=1)
def _after_anaphor() -> str:
    """Lookbehinds for a word that counts from the date before it ("following", "that"),
    one for each (``anaphoric_shift``): the part of a day after one is that date's."""
    return "|".join(rf"(?<=\b{re.escape(w)}\s)" for w in sorted(vocabulary().anaphoric_shift))


def _anaphor_unit(m: re.Match, kind: str, v) -> str | None:
    """"day" where the match names a day (or a week) counted from the date before it ("the
    following day", "that day", "the day before", "two days later", "a week later", "the
    following week", "later in the day"); the unit
    where it names the very unit of that date ("that year", "the same month"); else None.
    A month or a year counted ("a month earlier", "the following year") stays within its
    sentence: the one before may well tell another story."""
    if kind == "dayrel":
        return "day"
    if kind == "shift":
        unit = m.group("sh_u").lower()
        if unit == "day" or unit in v.day_periods_after_day:
            return "day"
        word = m.group("sh_w").lower().split()[-1]
        if unit == "week" and v.anaphoric_shift.get(word):
            return "day"  # "On May 2 ... The following week": a week counted from a day, as "a week later" is
        return unit if unit in _WIDTH and v.anaphoric_shift.get(word) == 0 else None
    if kind == "ago":
        # weeks are counted from a day as days are ("on March 3 ... Two weeks later"): the
        # date before must be one day too
        day = (m.group("ago_u").lower().startswith(("day", "week", "fortnight"))
               and m.group("ago_w").lower().split()[0] not in ("ago", "from", "hence"))
        return "day" if day else None
    return "day" if kind == "erl" and (m.group("erl_in") or "").lower() == "day" else None


def _bare_anaphor(m: re.Match, kind: str, v) -> bool:
    """Whether the match opens with an anaphoric word that counts from nothing there:
    one that needs "the" ("following", "previous"), or one that needs no "the" ("that",
    ``_reference``) before a name rather than a unit ("said that March sales fell")."""
    first = m.group(kind)[:12].split(None, 1)[0].lower()
    return first in v.anaphoric_shift and first not in v.relative_shift and (v.anaphoric_shift[first] != 0 or kind != "shift")


_STATED_REACH = 40  # characters before a date where a statement's verb makes it the statement's day
_ANAPHOR_REACH = 600  # characters: how far back a day anaphor opening a sentence looks for its day


def _anchor_before(text: str, found: list[Found], s0: int, start: int, unit: str) -> Value | None:
    """For an anaphor of ``unit`` with no date before it in its sentence ("Berger arrived
    on May 20. The following day she met Novak"; "in 1992 ... But that year"): the last
    date before it in its paragraph, or in the paragraph just before when its sentence
    opens its own (news writes one or two sentences a paragraph), when that date falls
    within one such unit. A date inside a quotation or a statement's day ("said yesterday")
    is no step of the story told and is passed over; any other date wider than the unit (for a day: a month, a year, a week,
    "May 3-5") leaves the anaphor unresolved, as does a date two paragraphs or
    ``_ANAPHOR_REACH`` characters away."""
    for f in reversed(found):
        if f.end > start:
            continue
        if start - f.end > _ANAPHOR_REACH:
            return None
        value = f.value
        if not (value.resolved and isinstance(value.low, str)) or value.low.startswith("--"):
            continue
        paragraphs = _story_paragraphs(text)
        p0, p1 = bisect_right(paragraphs, f.end), bisect_right(paragraphs, s0)
        if p1 - p0 > 1 or p1 > p0 and paragraphs[p0] != s0:
            return None  # two paragraphs back, or one back when the anaphor's sentence does not open its own
        if _quoted(text, f.start) or statement_date().search(text, max(0, f.start - _STATED_REACH), f.start):
            # a date inside a quotation, or the day a statement was made ("the committee said
            # yesterday"), is no step of the story told
            continue
        return value if _WIDTH.get(value.granularity, 9) <= _WIDTH[unit] and _one_unit(value, unit) else None
    return None


@lru_cache(maxsize=8)
def _story_paragraphs(text: str) -> tuple[int, ...]:
    """Where the paragraphs a day anaphor reads back through start: ``paragraph_starts`` where the text
    has a blank line; else the text is one story told a line a sentence, and one paragraph ("March 3.\n
    Crews arrived.\nThe next day": March 4), bounded by ``_ANAPHOR_REACH``."""
    return paragraph_starts(text) if has_blank_line(text) else (0,)


def _flashback(text: str, found: list[Found], flashbacks: set[int], s0: int, start: int, s1: int,
               counted: Value, value: Value, unit: str) -> tuple[bool, Value | None]:
    """(whether an anaphor's day ``value``, counted from ``counted``, is a flashback: a day counted
    back told in the past perfect, "He had left base camp five days before"; the day to count from
    instead, or None). A day counted on from a flashback in the simple past counts from the day the
    flashback counted from: "On May 22 he summited. He had left base camp five days before. Two days
    later, a storm swept" is May 24; in the past perfect it goes on with the flashback ("Two days
    later he had reached the col")."""
    if value.low < counted.low:
        return _past_perfect().search(text, s0, s1) is not None, None
    if value.low == counted.low or not flashbacks:
        return False, None
    at = next((f.start for f in reversed(found) if f.value is counted), None)
    if at not in flashbacks or _past_perfect().search(text, s0, s1):
        return False, None
    return False, _anchor_before(text, [f for f in found if f.start not in flashbacks], s0, start, unit)


@lru_cache(maxsize=1)
def _past_perfect() -> re.Pattern:
    """calendar.yaml ``past_perfect``: the auxiliary of a flashback ("had left")."""
    return pattern_cache.compile(rf"\b{alternation(data_words('calendar.yaml', 'past_perfect'))}\b", re.IGNORECASE)


_WORD_BEFORE = pattern_cache.compile(r"([A-Za-z]+)[ \t]+\Z")
_CLAUSE_ENDS_AFTER = pattern_cache.compile(r"[ \t]*(?:[,.;:!?)]|\Z)")


def _that_month(text: str, s0: int, start: int, end: int, v) -> bool:
    """Whether a bare month names that month of the year told before it ("In 2014 the virus
    spread. That March, ..."; "it peaked that October."): after a word that names the date
    before it (calendar.yaml ``anaphoric_shift`` of 0), where the month opens its sentence
    or ends its clause. Before a noun "that" is as often a conjunction ("said that March
    sales fell")."""
    w = _WORD_BEFORE.search(text, max(s0, start - 12), start)
    if w is None or v.anaphoric_shift.get(w.group(1).lower(), 1) != 0:
        return False
    return not text[s0:w.start()].strip() or _CLAUSE_ENDS_AFTER.match(text, end) is not None


def _one_unit(value: Value, unit: str) -> bool:
    """Whether ``value`` lies within one day, week, month, year or decade."""
    lo, hi = _date(value), _date(value, end=True)
    if unit == "day":
        return lo == hi
    if unit == "week":
        return lo.isocalendar()[:2] == hi.isocalendar()[:2]
    if unit == "month":
        return (lo.year, lo.month) == (hi.year, hi.month)
    return lo.year // (10 if unit == "decade" else 1) == hi.year // (10 if unit == "decade" else 1)


def quoted_relative_day(text: str, at: int, stated: str) -> bool:
    """Whether ``stated``, at ``at``, is a day relative to the day the words were said (calendar.yaml
    ``relative_days``: "today", "tonight", "yesterday") inside a quotation ('"Tonight Estonia chose
    a future," Tamm said'): the speaker's day, which a story told days later does not date."""
    return stated.lower() in vocabulary().relative_days and _quoted(text, at)


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a quotation opened earlier in its paragraph (``text.in_quotes``), within
    ``_ANAPHOR_REACH`` characters: a paragraph as long as the article counts no marks from its start."""
    return in_quotes(text, max(paragraph_start(text, at), at - _ANAPHOR_REACH), at)


_APPOSED = (", ", " (")


def _apposed_day(text: str, before: Found, start: int, m: re.Match) -> Value | None:
    """The day a bare weekday set off right after it names ("tomorrow, Saturday", "yesterday
    (Monday)"), when that day falls on the weekday; else None."""
    value = before.value
    if text[before.end:start] not in _APPOSED or m.group("wd") is None or m.lastgroup != "weekday" \
            or value.granularity != "day" or not value.resolved or value.low != value.high or value.low[:1] == "-":
        return None
    return value if _date(value).weekday() == vocabulary().weekdays[m.group("wd").lower()] else None


def _last_date_before(found: list[Found], s0: int, start: int) -> Value | None:
    for f in reversed(found):
        if f.start < s0 or f.start < start - 400:
            return None
        if f.end <= start and f.value.resolved and isinstance(f.value.low, str) and not f.value.low.startswith("--"):
            return f.value
    return None


# --- values ---------------------------------------------------------------------


def _month(name: str) -> int:
    return vocabulary().months[name.rstrip(".").lower()]


_DIGITS = pattern_cache.compile(r"\d+")


def _day(text: str) -> int:
    digits = _DIGITS.match(text)
    return int(digits.group()) if digits else _day_ordinals()[" ".join(text.lower().replace("-", " ").split())]


@lru_cache(maxsize=1)
def _day_ordinals() -> FoldedKeys:
    """The ordinals in words that name a day of the month, in every spelling:
    "first", "twenty-first", "twenty first" -> 1, 21, 21 (``FoldedKeys``: "twenty-fırst" too)."""
    v = vocabulary()
    simple = {w: n for w, n in v.ordinals.items() if n <= 31 and " " not in w and "-" not in w}
    out = FoldedKeys(simple)
    for tens, t in v.number_tens.items():
        for unit, u in simple.items():
            if u < 10 and t + u <= 31:
                out[f"{tens}-{unit}"] = out[f"{tens} {unit}"] = t + u
    return out


@lru_cache(maxsize=4096)  # a pure function of a few numbers: dates repeat
def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


@lru_cache(maxsize=4096)  # values are frozen, so equal ones can be shared; building one is the costly part
def _value(lo: dt.date | str, hi: dt.date | str, granularity: str, stated: str, qualifier: str = "exact") -> Value:
    lo_s = lo.isoformat() if isinstance(lo, dt.date) else lo
    hi_s = hi.isoformat() if isinstance(hi, dt.date) else hi
    return trusted(Value, 
        kind="date", low=lo_s, high=hi_s, stated=stated, stated_unit=None, unit="date", qualifier=qualifier,
        granularity=granularity, counted=None, role=None, resolved=True, zone=None, ordinal=False,
    )


@lru_cache(maxsize=None)
def _unresolved(granularity: str) -> Value:
    return trusted(Value, 
        kind="date", low=None, high=None, stated=None, stated_unit=None, unit="date", qualifier="exact",
        granularity=granularity, counted=None, role=None, resolved=False, zone=None, ordinal=False,
    )


@lru_cache(maxsize=4096)  # a pure function of a few numbers: dates repeat
def _month_value(y: int, m: int) -> Value:
    return _value(dt.date(y, m, 1), dt.date(y, m, _last_day(y, m)), "month", f"{y:04d}-{m:02d}")


@lru_cache(maxsize=4096)  # a pure function of a few numbers: dates repeat
def _months_value(y: int, m0: int, m1: int, granularity: str) -> Value:
    y1, mm1 = _add_months(y, m1, 0)
    stated = f"{y:04d}-{m0:02d}/{y1:04d}-{mm1:02d}"
    return _value(dt.date(y, m0, 1), dt.date(y1, mm1, _last_day(y1, mm1)), granularity, stated)


@lru_cache(maxsize=4096)  # a pure function of a few numbers: dates repeat
def _year_value(y: int) -> Value:
    return _value(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", f"{y:04d}")


@lru_cache(maxsize=4096)  # a pure function of a few numbers: dates repeat
def _decade_value(y0: int) -> Value:
    return _value(dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), "decade", f"{y0}s")


@lru_cache(maxsize=4096)  # a pure function of a few numbers: dates repeat
def _day_value(d: dt.date) -> Value:
    return _value(d, d, "day", d.isoformat())


@lru_cache(maxsize=4096)  # a pure function of a few numbers: dates repeat
def _week_value(d: dt.date) -> Value:
    monday = d - dt.timedelta(days=d.weekday())
    sunday = monday + dt.timedelta(days=6)
    return _value(monday, sunday, "week", f"{monday.isoformat()}/{sunday.isoformat()}")


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    """Month ``m`` may run past 12 (winter is months 12..14 of its year)."""
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


_CLAUSE = 80  # how far back from a date a future marker counts ("will meet on Friday")


_NEAR = 45  # a future marker this close ("will be played on Dec. 25") puts a day of the year ahead
_FAR_CLAUSE = 160  # how far back a future marker counts when no comma or other clause mark stands between
_FAR_BREAKS = (",", ";", ":", "(", ")", '"', "“", "”", "—", "–", "\n")
_AFTER_CLAUSE = 120  # how far after a date a future marker of its clause is looked for (``_marker_after``)
_AFTER_BREAKS = (";", ".", "!", "?", ":", '"', "“", "”", "—", "\n")
_HEAD = pattern_cache.compile(r"[\s\"“‘'(]*(?:[A-Za-z]+[ \t]+)?\Z")  # nothing, or one word, before a day that opens its sentence


def _marker_after(text: str, s0: int, start: int, end: int, s1: int) -> bool:
    """Whether a future marker after a date speaks of it: in the main clause after a day that
    opens its sentence ("On Wednesday, the leader is due to meet"), or in the clause a comma and
    one of calendar.yaml ``date_relatives`` open right after it ("for Saturday, when the funerals
    will be held"), with no past form or past auxiliary before the marker ("On Wednesday, he said
    he will resign", "On Wednesday, Santoso was due to address")."""
    if _HEAD.match(text, s0, start) is not None:
        lo = end
    else:
        w = _WORD_AFTER.match(text, end + 1) if text.startswith(",", end) else None
        if w is None or w.group(1).lower() not in _date_relatives():
            return False
        lo = w.end()
    hi = min(s1, lo + _AFTER_CLAUSE)
    hi = min([hi, *(k for c in _AFTER_BREAKS if (k := text.find(c, lo, hi)) >= 0)])
    clause = text[lo:hi]
    m = _future_marker().search(clause)
    if m is None:
        return False
    past, _ = _future_fences()
    if past.search(clause, 0, m.end()) or past.match(clause, m.start()):
        return False  # "was due to", "would have turned"
    forms, auxiliaries = _past_forms()
    words = _PLAIN_WORD.findall(clause, 0, m.start())
    return not any((w.lower() in forms or _looks_past(w))
                   and not (i and words[i - 1].lower() in auxiliaries) for i, w in enumerate(words))


@lru_cache(maxsize=1)
def _date_relatives() -> frozenset[str]:
    return frozenset(data_words("calendar.yaml", "date_relatives"))


def _lean(future: Callable[..., bool]) -> int:
    """How far a date's clause points forward: 2 with a future marker close before
    it, 1 with one further back in the clause, else 0 (see ``_nearest_year``)."""
    if not future():
        return 0
    return 2 if future(near=True) else 1


_QUOTE_MARKS = ('"', "“", "”")


def after_quotes(text: str, lo: int, start: int) -> int:
    """Where the clause before ``start`` begins, from ``lo`` on, when a quotation mark
    bounds it: in '"It will cost billions," Correa told reporters on Sunday' the
    quotation's "will" does not speak of the Sunday."""
    return max(lo, *(text.rfind(q, lo, start) + 1 for q in _QUOTE_MARKS))


def _future(clause: str, limit: int = _CLAUSE, reaches: Callable[[str, int], bool] | None = None) -> bool:
    clause = clause[-limit:]
    reaches = reaches or _reaches
    return any(reaches(clause, m.start()) for m in _future_marker().finditer(clause))


@lru_cache(maxsize=1)
def _future_fences() -> tuple[re.Pattern, re.Pattern]:
    """(a past auxiliary or "would" and an adverb of a habit, the comma and word opening a relative
    clause): calendar.yaml ``future_fences``, "would" before ``habit_adverbs`` and ``future_fence_would``,
    ``future_relatives``."""
    cal = data_file("calendar.yaml")
    habits = (*cal.get("habit_adverbs", ()), *cal.get("future_fence_would", ()))
    fences = (*cal.get("future_fences", ()), *(f"would {a}" for a in habits))
    return (pattern_cache.compile(rf"\b{alternation(fences)}\b", re.IGNORECASE),
            pattern_cache.compile(rf",\s+{alternation(cal.get('future_relatives', ()))}\b", re.IGNORECASE))


def _reaches(clause: str, at: int) -> bool:
    """Whether the marker at ``at`` speaks of the date that ends ``clause``: not past a
    past auxiliary ("which takes effect in January, was signed on Friday") or another verb's
    past form (``_past_form_after``: "were expected to transit today, out of a queue that
    stood at 422 on Sunday"), nor past a semicolon, which closes its clause ("The company
    expects revenue of $12 billion; first-quarter revenue rose"), nor past the comma closing
    the relative clause it stands in. Asked only where a marker is found."""
    past, relative = _future_fences()
    if past.search(clause, at) or ";" in clause[at:] or _past_form_after(clause, at):
        return False
    return not (relative.search(clause, 0, at) and "," in clause[at:])


def _looks_past(word: str) -> bool:
    """Whether a word reads as a past form or a participle by its ending: -ed, in a word of five letters or
    more, not -eed ("opened", "approved"; not "red", "need", "agreed", "proceed"); the irregular forms
    ("began", "held") are the tables' (``_past_forms``, ``_month_tense``)."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def _reaches_far(clause: str, at: int) -> bool:
    """``_reaches`` for a marker further back than ``_CLAUSE``: nor past a word in -ed that no auxiliary
    stands before (``_past_forms``), a past form or a participle of another clause ("the reform
    approved by parliament on Friday")."""
    if not _reaches(clause, at):
        return False
    _, auxiliaries = _past_forms()
    words = _PLAIN_WORD.findall(clause, at)
    return not any(_looks_past(w) and words[i - 1].lower() not in auxiliaries
                   # an adverb between: "will be formally welcomed"
                   and not (i > 1 and words[i - 1].endswith("ly") and words[i - 2].lower() in auxiliaries)
                   for i, w in enumerate(words) if i)


def _past_form_after(clause: str, at: int) -> bool:
    """Whether a past form of calendar.yaml ``month_past`` ("stood", "rose", "left") stands
    after the marker at ``at``, not after an auxiliary that makes it a participle (``until_present``,
    ``conjunct_auxiliaries``: "will be held", "will have left") nor after a word that makes it a
    plain form (``month_not_past``: "is expected to hit", "will hit"). A form in -ed is passed by:
    as often an adjective ("will meet the injured on Sunday")."""
    forms, auxiliaries = _past_forms()
    words = _PLAIN_WORD.findall(clause, at)
    return any(w.lower() in forms and words[i - 1].lower() not in auxiliaries for i, w in enumerate(words) if i)


@lru_cache(maxsize=1)
def _past_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(past forms, the words before a form that make it no past): calendar.yaml ``month_past``;
    ``month_not_past``, ``until_present`` and ``conjunct_auxiliaries``."""
    past, not_past, present = _month_tense()
    return past, not_past | present | frozenset(data_words("calendar.yaml", "conjunct_auxiliaries"))


class _Future:
    """``_future(text[lo:start])`` for the dates of one text, without searching
    every character of the clause: a marker opens at the clause's first character
    or at one of the clause's words (from ``Words``) that a marker opens with, so
    the marker pattern is matched there only. A clause is a dozen words; an
    article asks of a few, so its words are looked at only there."""

    def __init__(self, text: str, words: Words):
        self.text = text
        self.words = words

    def __call__(self, lo: int, start: int, near: bool = False, s0: int | None = None,
                 end: int | None = None, s1: int | None = None) -> bool:
        reach = max(0, start - _TIMETABLE_REACH)
        offsets = self.words.starts
        if (self.words.loose or not _timetable_firsts().isdisjoint(
                self.words.words[bisect_left(offsets, reach):bisect_left(offsets, start)])) \
                and _timetable_before().search(self.text, reach, start):
            return True  # "The summit opens on Sunday": a timetable's day, the coming one
        if self._before(max(lo, start - _NEAR) if near else lo, start):
            return True
        if s0 is None:
            return False
        if not near and lo > s0 and self._before(self._clause_start(s0, start), start, _FAR_CLAUSE):
            return True  # "He will be formally welcomed ... at Les Invalides on Tuesday": one clause, no comma
        return end is not None and _marker_after(self.text, s0, start, end, len(self.text) if s1 is None else s1)

    def _clause_start(self, s0: int, start: int) -> int:
        """Where the stretch before ``start`` that no comma or other clause mark breaks begins
        (not before ``start - _FAR_CLAUSE``)."""
        text, lo = self.text, max(s0, start - _FAR_CLAUSE)
        return max(lo, *(text.rfind(c, lo, start) + 1 for c in _FAR_BREAKS))

    def _before(self, lo: int, start: int, limit: int = 0) -> bool:
        """Whether a future marker in ``text[lo:start]`` speaks of the date at ``start``."""
        text = self.text
        lo = after_quotes(text, lo, start)
        # far back, a participle not after an auxiliary ends the marker's reach too: "they would hold a
        # strike next month in protest at the reform approved by parliament on Friday" ("will be formally
        # welcomed by ... on Tuesday" reaches)
        reaches = _reaches_far if limit else _reaches
        if self.words.loose:  # a lower-case lookup may miss what a case-insensitive pattern matches
            return _future(text[lo:start], limit or _CLAUSE, reaches)
        clause = text[lo:start]
        match = _future_marker().match
        if match(clause) and reaches(clause, 0):  # the clause may open inside a word: no word of ``words`` starts there
            return True
        alone, pairs, _ = _future_words()
        openers = _future_openers()
        wordlist, offsets = self.words.words, self.words.starts
        for i in range(bisect_right(offsets, lo), bisect_left(offsets, start)):
            w = wordlist[i]
            if w not in openers:
                continue
            # a marker's word, the first of two words that open one ("is due", "the
            # coming"; found from the second, the rarer), or the quote before "ll" ("we’ll")
            at = offsets[i]
            if w in alone and match(clause, at - lo) and reaches(clause, at - lo):
                return True
            if (i and wordlist[i - 1] in pairs.get(w, ()) and offsets[i - 1] > lo and match(clause, offsets[i - 1] - lo)
                    and reaches(clause, offsets[i - 1] - lo)):
                return True
            if w == "ll" and text[at - 1] in "'’" and at - 1 > lo and match(clause, at - 1 - lo) and reaches(clause, at - 1 - lo):
                return True
        return False


@lru_cache(maxsize=1)
def _clock_time() -> str:
    """A time of day said before "on" and a date: "8 p.m.", "8:30 pm", or a word of calendar.yaml
    ``named_times`` ("noon", "midday", "midnight")."""
    return rf"(?:\d{{1,2}}(?:[:.]\d\d)?[ \t]*[ap]\.?[ \t]?m\.?|{alternation(vocabulary().named_times)})"


_TIMETABLE_REACH = 45  # how far before a date "gets under way at 8:30 p.m. on" may begin


@lru_cache(maxsize=1)
def _timetable_before() -> re.Pattern:
    """A verb of calendar.yaml ``timetable_verbs`` right before a date, an "at" time and
    "on" between: "opens on", "ends at 8 p.m.", "begin"."""
    verbs = data_file("calendar.yaml").get("timetable_verbs", ())
    return pattern_cache.compile(
        rf"(?<![\w'’-]){_opening_letter(verbs)}{alternation(verbs)}[ \t]+"
        rf"(?:at[ \t]+{_clock_time()}[ \t]+)?(?:on[ \t]+)?\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _timetable_firsts() -> frozenset[str]:
    """The first words of calendar.yaml ``timetable_verbs``: ``_Future`` searches for
    ``_timetable_before`` only where one of them stands in the few words before a date."""
    return frozenset(str(v).split()[0].lower() for v in data_file("calendar.yaml").get("timetable_verbs", ()))


@lru_cache(maxsize=1)
def _future_openers() -> frozenset[str]:
    """The words ``_Future`` looks at: a marker's first word, its second, "ll"."""
    alone, _, seconds = _future_words()
    return alone | seconds | {"ll"}


@lru_cache(maxsize=1)
def _future_words() -> tuple[frozenset[str], dict[str, frozenset[str]], frozenset[str]]:
    """The future markers' first words that may stand alone ("will"); for each
    word that is second in a marker, the first words it may follow (to: "is",
    "plans"...); and those second words."""
    markers = [m.lower() for m in vocabulary().future_markers]
    then = followers(markers)
    alone = frozenset(first_words(markers)) - then.keys()
    pairs: dict[str, set[str]] = {}
    for first, seconds in then.items():
        for second in seconds:
            pairs.setdefault(second, set()).add(first)
    return alone, {w: frozenset(f) for w, f in pairs.items()}, frozenset(pairs)


def _date(value: Value, end: bool = False) -> dt.date:
    return dt.date.fromisoformat(value.high if end else value.low)


@lru_cache(maxsize=4096)  # a pure function of a few numbers: dates repeat
def _nearest_year(published: dt.date, month: int, day: int | None, future: int, weekday: int | None = None) -> int:
    """The year that puts month/day nearest the publication date, leaning to the past.

    A stated weekday ("Friday, Nov. 13") does not move a day that tense and nearness put
    within ``_WEEKDAY_SLIP`` days of the publication date ("hit on Wednesday, April 15", four
    days before a Saturday, April 19, when April 15 was a Tuesday: the weekday is the writer's
    slip, not next year's April 15); further off, it settles the year when one candidate fits it.
    ``future`` is ``_lean``'s: 1, a future marker in the clause, weighs the past
    side more; 2, a marker close before the date ("will be played on Dec. 25"),
    takes the next occurrence unless it is more than ``_FUTURE_REACH`` days ahead
    ("will appeal the May 1 ruling" a few days later is still the past one). A
    marker further back often belongs to another verb ("will prevail over the
    hardships caused by the earthquake on March 11").
    """
    candidates = []
    for y in (published.year - 1, published.year, published.year + 1):
        if day is not None and day > _last_day(y, month):
            continue
        candidates.append(y)
    if weekday is not None and day is not None:
        y = _nearest_year(published, month, day, future)
        if abs(_delta(published, y, month, day)) <= _WEEKDAY_SLIP:
            return y
        fitting = [y for y in candidates if dt.date(y, month, day).weekday() == weekday]
        candidates = fitting or candidates
    if future == 2:
        ahead = [y for y in candidates
                 if 0 <= _delta(published, y, month, day) <= _FUTURE_REACH]
        if ahead:
            return min(ahead, key=lambda y: _delta(published, y, month, day))
    best, best_cost = published.year, None
    for y in candidates:
        d = dt.date(y, month, day or 15)
        delta = (d - published).days
        if day is None and y == published.year and month == published.month:
            delta = 0
        cost = abs(delta) * (1.0 if (delta >= 0) == bool(future) or delta == 0 else 1.6)
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


_WEEKDAY_SLIP = 92  # days: a day this near the publication date keeps its year whatever weekday is stated

_FUTURE_REACH = 320  # days: a date further ahead than this is read as the past one even after "will"


def _delta(published: dt.date, y: int, month: int, day: int | None) -> int:
    """Days from publication to month/day of year ``y`` (a month alone: its 15th,
    or 0 for the publication month)."""
    if day is None and y == published.year and month == published.month:
        return 0
    return (dt.date(y, month, day or 15) - published).days


def _reference(phrase: str, v, unit: bool = False) -> tuple[str, int] | None:
    """What a shift phrase counts from, and by how many units.

    ``last`` -> ("pub", -1); ``the past`` -> ("window", -1); ``the following`` ->
    ("anchor", 1). After "the", a word that is neither anaphoric nor a window
    keeps its plain meaning ("the current year"). Before a ``unit`` ("that year",
    "that day"), an anaphoric word of no shift needs no "the"; before a name it is
    as often a conjunction ("said that March sales fell").
    """
    words = " ".join(phrase.lower().split())
    if words.startswith("the "):
        w = words[4:]
        if w in v.anaphoric_shift:
            return "anchor", v.anaphoric_shift[w]
        if w in v.window_shift:
            return "window", v.window_shift[w]
        words = w
    if words == "the":
        return "pub", 0
    if words in v.relative_shift:
        return "pub", v.relative_shift[words]
    if unit and v.anaphoric_shift.get(words, 1) == 0:
        return "anchor", 0
    return None


def _base_year(ref: tuple[str, int], pub: dt.date | None, anchor: Value | None) -> int | None:
    """The year a phrase like "last year" or "the following year" names."""
    mode, n = ref
    if mode == "anchor":
        return None if anchor is None else _date(anchor).year + n
    return None if pub is None else pub.year + n


# --- resolution -----------------------------------------------------------------


def _resolve(m: re.Match, kind: str, pub: dt.date | None, future: Callable[[], bool], anchor: Value | None, v) -> Value | None:
    """The value of a date expression; ``future()`` tells whether its clause speaks of the future."""
    try:
        return _RESOLVERS[kind](m, pub, future, anchor, v)
    except (ValueError, KeyError, OverflowError, TypeError):
        return None


def _full_date(m, pub, future, anchor, v):
    if m.lastgroup == "iso":
        return _day_value(dt.date(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d"))))
    p = m.lastgroup
    month, day, day2, weekday, year = m.group(p + "_m", p + "_d", p + "_d2", p + "_wd", p + "_y")
    mo, d = _month(month), _day(day)
    d2 = _day(day2) if day2 else None
    if d2 is not None and d2 <= d:
        return None
    wd = v.weekdays[weekday.lower()] if weekday else None
    if year:
        y = int(year)
    elif pub is None or _names_an_event(m.string, m.start(p), m.end(p)) and not _recent_event(pub, mo, d, d2, wd):
        if d > _last_day(2000, mo) or (d2 or 0) > _last_day(2000, mo):
            return None
        lo, hi = f"--{mo:02d}-{d:02d}", f"--{mo:02d}-{d2 or d:02d}"
        return _value(lo, hi, "day", lo if d2 is None else f"{lo}/{hi}", "exact" if d2 is None else "range")
    else:
        lean = _lean(future)
        if lean < 2 and (ahead := _until_ahead_at(m.string, m.start(p))):
            # "the offer runs until Sept. 30": a deadline ahead, as a future marker puts it; a
            # new date ("adjourned to Oct. 12") leans ahead as a marker further back does
            lean = max(lean, ahead)
        y = _past_year(m.string, m.start(p), m.end(p), pub, _nearest_year(pub, mo, d, lean, wd), mo, d, lean, wd)
    if d2 is None:
        return _day_value(dt.date(y, mo, d))
    lo, hi = dt.date(y, mo, d), dt.date(y, mo, d2)
    return _value(lo, hi, "day", f"{lo.isoformat()}/{hi.isoformat()}", "range")


@lru_cache(maxsize=1)
def _event_after() -> re.Pattern:
    """The noun of an event named by its day (calendar.yaml ``events_named_by_day``)."""
    return pattern_cache.compile(rf"[ \t]+{_words(data_file('calendar.yaml').get('events_named_by_day', ()))}(?![\w'’-])",
                                 re.IGNORECASE)


def _names_an_event(text: str, start: int, end: int) -> bool:
    """Whether a month and day with no year, between "the" and an event's noun, is that
    event's name ("the Sept. 11 attacks", "the July 7 bombings"): it may lie any number of
    years back, so no year is guessed for it."""
    return "the " in (text[start - 4:start].lower(), text[start:start + 4].lower()) and _event_after().match(text, end) is not None


_EVENT_REACH = 92  # days: an event named by its day this recent is the story's own ("the May 3 attack")


def _recent_event(pub: dt.date, mo: int, d: int, d2: int | None, wd: int | None) -> bool:
    """Whether the most recent past ``mo``/``d`` (to ``d2``) lies within ``_EVENT_REACH`` days
    before ``pub``: a recent attack's day keeps its year; "the Sept. 11 attacks" does not."""
    y = pub.year if (mo, d2 or d) <= (pub.month, pub.day) else pub.year - 1
    if d > _last_day(y, mo) or wd is not None and dt.date(y, mo, d).weekday() != wd:
        return False
    return (pub - dt.date(y, mo, d2 or d)).days <= _EVENT_REACH


def _month_year(m, pub, future, anchor, v):
    return _month_value(int(m.group("my_y")), _month(m.group("my_m")))


def _month_shift(m, pub, future, anchor, v):
    g = m.group
    if g("ms_m"):
        # "March of last year": the month in the year the phrase names
        mo = _month(g("ms_m"))
        y = _base_year(_reference(g("ms_shift"), v), pub, anchor)
        return _unresolved("month") if y is None else _month_value(y, mo)
    mo = _month(g("ms_m2"))
    mode, n = _reference(g("ms_shift2"), v)
    if mode == "anchor":
        # "the previous March": the nearest March before (after) the date stated earlier
        if anchor is None:
            return _unresolved("month" if not g("ms_d") else "day")
        ref = _date(anchor, end=n > 0)
        y = ref.year + (0 if (mo < ref.month if n < 0 else mo > ref.month) else n)
        return _month_value(y, mo) if not g("ms_d") else _day_value(dt.date(y, mo, _day(g("ms_d"))))
    if pub is None:
        return _unresolved("month" if not g("ms_d") else "day")
    # "last March" is March of last year whatever the month now (DESIGN.md); "last
    # Dec. 25" a day of that month
    if g("ms_d"):
        return _day_value(dt.date(pub.year + n, mo, _day(g("ms_d"))))
    return _month_value(pub.year + n, mo)


def _day_of_shifted_month(m, pub, future, anchor, v):
    """"the 25th of this month", "the 3rd of next month", "the 5th of the following
    month": that day of the month the shift names, from the publication date or
    the date stated before it; a window ("the past month") names no month. "the
    15th of the month" is of the month of the date stated before it (a day or a
    month), else of no month known: no date."""
    if m.group("ds_shift").lower() == "the":
        if anchor is None or anchor.granularity not in ("day", "month") or not anchor.resolved:
            return None
        base = _date(anchor)
        d = _day(m.group("ds_d"))
        return _day_value(dt.date(base.year, base.month, d)) if d <= _last_day(base.year, base.month) else None
    ref = _reference(m.group("ds_shift"), v)
    if ref is None or ref[0] == "window":
        return None
    base = _shift_base(ref, pub, anchor)
    if base is None:
        return _unresolved("day")
    y, mo = _add_months(base.year, base.month, ref[1])
    d = _day(m.group("ds_d"))
    if d > _last_day(y, mo):
        return None
    return _day_value(dt.date(y, mo, d))


def _bare_month(m, pub, future, anchor, v):
    mo = _month(m.group("m_m"))
    if pub is None:
        return _value(f"--{mo:02d}-01", f"--{mo:02d}-{_last_day(2000, mo):02d}", "month", f"--{mo:02d}")
    return _month_value(_month_year_told(m.string, m.start("m_m"), pub, mo, _lean(future)), mo)


def _month_year_told(text: str, at: int, pub: dt.date, mo: int, lean: int) -> int:
    """The year of month ``mo`` with no year, at ``at``: the nearest, or where that lies
    ahead and the clause tells it in the past (``_told_past``), the latest one begun."""
    y = _nearest_year(pub, mo, None, lean)
    if (y, mo) > (pub.year, pub.month) and not lean and _told_past(text, at):
        # "The company was founded in June", in May: last June; "had cut jobs in March", in
        # late October: this March, though next March is nearer
        y = pub.year if mo <= pub.month else pub.year - 1
    return y


@lru_cache(maxsize=1)
def _month_tense() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(past forms, words that say no past, present auxiliaries): calendar.yaml ``month_past``,
    ``month_not_past``, ``until_present``."""
    return (frozenset(data_words("calendar.yaml", "month_past")), frozenset(data_words("calendar.yaml", "month_not_past")),
            frozenset(data_words("calendar.yaml", "until_present")))


def _told_past(text: str, start: int) -> bool:
    """Whether the nearest verb-like word before ``start`` in its clause is a past form
    (``_month_tense``): "was founded in", "opened in", ", founded in"; not "is expected in",
    "would resume in", "plans to list its shares in"."""
    past, not_past, present = _month_tense()
    clause = _CLAUSE_BREAK.split(text[max(0, start - _VERB_REACH):start])[-1]
    words = [w.lower() for w in _PLAIN_WORD.findall(clause)]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in not_past or w in present:  # "said the vote is in June": the present is nearer
            return False
        if w in past or _looks_past(w):
            return not (i and words[i - 1] in present)  # "is held in June" is no past
    return False


_PAST_GRACE = 14  # days: a day this close ahead told in the past stays this year's (an article updated after it)


@lru_cache(maxsize=1)
def _verb_time_nouns() -> frozenset[str]:
    """calendar.yaml ``verb_time_nouns``: after "the" a day before one of them is still the verb's time."""
    return frozenset(str(w).lower() for w in data_file("calendar.yaml").get("verb_time_nouns", ()))


def _day_told_past(text: str, at: int, end: int, pub: dt.date, day: dt.date, lean: int) -> bool:
    """Whether ``day``, written from ``at`` to ``end``, lies more than ``_PAST_GRACE`` days after the publication
    date and its clause tells it in the past tense (``_told_past``), as for a bare month:
    "The bomb exploded on Oct. 31", in June. Not with a future lean ("will meet on Oct.
    31"), nor after "the" or an owner (``_owner``): "described the Oct. 31 meeting", "his
    Halloween party", "the 20/08 meeting" are a noun's day, not the verb's; but a weekend
    is a time the verb tells ("Shootings rose over the Labor Day weekend")."""
    if lean or (day - pub).days <= _PAST_GRACE:
        return False
    before = _word_before(text, max(0, at - 24), at)
    if before is not None and ((b := before[0].lower()) == "the" or _owner(b, vocabulary())):
        after = _WORD_AFTER.match(text, end)
        if after is None or after.group(1).lower() not in _verb_time_nouns():
            return False
    return _told_past(text, at)


def _past_year(text: str, at: int, end: int, pub: dt.date, y: int, mo: int, d: int, lean: int, wd: int | None = None) -> int:
    """Year ``y`` of day ``mo``/``d``, or the year before where the day is told in the past
    (``_day_told_past``): "The bomb exploded on Oct. 31", in June, is last year's; "will
    meet on Oct. 31", "is due on Oct. 31" stay ahead. A stated weekday the year before
    does not fit keeps ``y``."""
    if not _day_told_past(text, at, end, pub, dt.date(y, mo, d), lean):
        return y
    if d > _last_day(y - 1, mo) or wd is not None and dt.date(y - 1, mo, d).weekday() != wd:
        return y
    return y - 1


def _past_day(text: str, at: int, end: int, pub: dt.date, days: list[dt.date], day: dt.date, lean: int) -> dt.date:
    """``_past_year`` for a day of ``days`` (one a year, in order): the latest before
    ``day`` where ``day`` is told in the past (``_day_told_past``)."""
    if not _day_told_past(text, at, end, pub, day, lean):
        return day
    before = [d for d in days if d < day]
    return before[-1] if before else day


_SHORT_YEAR_AHEAD = 10  # years: a two-digit year further ahead of publication is last century's


def _short_year(m, pub, future, anchor, v):
    """"in '98", "since '05": the year of the publication's century, or of the century
    before where that lies more than ``_SHORT_YEAR_AHEAD`` years ahead ("in '26", published
    2015: 1926); with no publication date, 2000 to 2049 or 1950 to 1999."""
    yy = int(m.group("apy_y"))
    if pub is None:
        return _year_value(2000 + yy if yy < 50 else 1900 + yy)
    y = pub.year // 100 * 100 + yy
    return _year_value(y - 100 if y > pub.year + _SHORT_YEAR_AHEAD else y)


@lru_cache(maxsize=1)
def _century_words() -> FoldedKeys:
    """The number words that open a year in words, "thirteen" to "twenty" (numbers.yaml ``units`` and ``tens``;
    not a clock's hour: "until ten thirty" is a time); ``FoldedKeys``: "nıneteen" too."""
    v = vocabulary()
    return FoldedKeys((k, n) for k, n in [*v.number_units.items(), *v.number_tens.items()] if 13 <= n <= 20)


def _word_year(m, pub, future, anchor, v):
    """"nineteen eighty-four" -> 1984, "twenty twelve" -> 2012, "nineteen oh five" -> 1905, "nineteen hundred" -> 1900."""
    century = _century_words()[m.group("wy_c").lower()]
    rest = [w for w in re.split(r"[\s-]+", m.group("wy_r").lower()) if w not in ("oh", "o")]
    tail = 0 if rest == ["hundred"] else sum(v.number_units.get(w) or v.number_tens[w] for w in rest)
    return _year_value(century * 100 + tail)


def _bare_year(m, pub, future, anchor, v):
    return _year_value(int(m.group("y")))


def _year_range(m, pub, future, anchor, v):
    a, b = m.group("yr_a"), m.group("yr_b")
    y0 = int(a)
    y1 = int(b) if len(b) == 4 else y0 // 100 * 100 + int(b)
    if y1 <= y0 or y1 - y0 > 50:
        return None  # "2014-12" is a month, "1990-2085" a code
    return _value(dt.date(y0, 1, 1), dt.date(y1, 12, 31), "year", f"{y0}/{y1}", "range")


def _decade(m, pub, future, anchor, v):
    y0 = int(m.group("dec_y") or m.group("dec_y2")) if m.group("dec_y") or m.group("dec_y2") else 1900 + int(m.group("dec_2"))
    return _century_value(y0, 0, 9) if _century(y0) else _decade_value(y0)


def _century_named(m, pub, future, anchor, v):
    g = m.group
    n = g("cen_n").lower()
    n = int(n[:-2]) if n[0].isdigit() else 21 if n.startswith("twenty") else v.ordinals[n]
    a, b = v.parts[" ".join(g("cen_w").lower().split())].get("decade", (0, 9)) if g("cen_w") else (0, 9)
    return _century_value((n - 1) * 100, a, b)


def _months_up_to(m, pub, future, anchor, v):
    """"the three months to March": March and the two months before it."""
    g = m.group
    if g("ut_n"):
        n = _count(g("ut_n"), v)
        if n is None or n[0] != n[1] or not 1 < n[0] <= (52 if g("ut_nu").lower() == "weeks" else 24):
            return None
        n = int(n[0])
        if g("ut_nu").lower() == "weeks":
            return _week_up_to(m, pub, future, n)
    elif g("ut_u").lower() == "week":
        return _week_up_to(m, pub, future)
    else:
        n = 12 if g("ut_u").lower() == "year" else 3
    mo = _month(g("ut_m"))
    if g("ut_y"):
        y = int(g("ut_y"))
    elif pub is not None:
        y = _nearest_year(pub, mo, None, _lean(future))
    else:
        return _unresolved("month")
    if g("ut_to").lower() == "ended" and not g("ut_y") and pub is not None and dt.date(y, mo, 1) > pub:
        y -= 1  # "the quarter ended June 30": a period already over
    y0, m0 = _add_months(y, mo, 1 - n)
    lo, hi = dt.date(y0, m0, 1), dt.date(y, mo, _last_day(y, mo))
    if g("ut_d"):
        try:
            hi = hi.replace(day=_day(g("ut_d")))
        except ValueError:
            return None
    return _value(lo, hi, "month", f"{y0:04d}-{m0:02d}/{y:04d}-{mo:02d}", "range")


def _week_up_to(m, pub, future, weeks: int = 1):
    """"the week ended May 9" (how weekly figures are reported): the seven days to that day;
    "the four weeks to May 10" the ``weeks`` times seven; a month with no day names no week."""
    g = m.group
    if not g("ut_d"):
        return None
    mo, d = _month(g("ut_m")), _day(g("ut_d"))
    if g("ut_y"):
        y = int(g("ut_y"))
    elif pub is not None:
        y = _nearest_year(pub, mo, d, _lean(future))
        if g("ut_to").lower() == "ended" and dt.date(y, mo, d) > pub:
            y -= 1  # a week already over
    else:
        return _unresolved("week")
    hi = dt.date(y, mo, d)
    lo = hi - dt.timedelta(days=7 * weeks - 1)
    return _value(lo, hi, "week", f"{lo.isoformat()}/{hi.isoformat()}")


def _century(y0: int) -> bool:
    """Whether "the {y0}s" is a century: "the 1800s" is 1800 to 1899 (and "the 1900s" most
    often the twentieth century, whose years hold the decade's); "the 2000s" is a decade."""
    return y0 % 100 == 0 and y0 < 2000


def _century_value(y0: int, a: int, b: int) -> Value:
    """Of the century from ``y0``, the decades ``a`` to ``b`` ("the mid-1800s": 4 to 6)."""
    return _value(dt.date(y0 + 10 * a, 1, 1), dt.date(y0 + 10 * b + 9, 12, 31), "decade",
                  f"{y0 + 10 * a}/{y0 + 10 * b + 9}")


def _quarter(m, pub, future, anchor, v):
    g = m.group
    if g("h_b"):
        half = 1 if g("h_b").lower() == "first" else 2
        return _bare_period(6 * half - 5, 6 * half, "month", pub, future, anchor)  # "month": as "the first half of 2015"
    if g("q_b") or g("q_b2") or g("q_b3") or g("q_b4"):
        q = v.quarters[(g("q_b") or g("q_b2") or g("q_b3") or g("q_b4")).lower()]
        return _bare_period(3 * q - 2, 3 * q, "quarter", pub, future, anchor)
    q = v.quarters[(g("q") or g("qa")).lower()]
    y = int(g("q_y")) if g("q_y") else _base_year(_reference(g("q_shift"), v), pub, anchor)
    if y is None:
        return _unresolved("quarter")
    return _months_value(y, 3 * q - 2, 3 * q, "quarter")


def _bare_period(m0: int, m1: int, granularity: str, pub: dt.date | None, future: Callable[[], bool],
                 anchor: Value | None) -> Value:
    """"in the first quarter", "in the second half": the months ``m0`` to ``m1`` of the year stated
    before it in the sentence ("In 2014 ... in the third quarter"), else the period under way or
    the last one over, or after a future marker the one under way or the next, as "in the
    spring" is read."""
    if anchor is not None and anchor.resolved and anchor.granularity == "year":
        return _months_value(_date(anchor).year, m0, m1, granularity)
    if pub is None:
        return _unresolved(granularity)
    y = pub.year
    if not m0 <= pub.month <= m1:
        if future():
            y += m0 < pub.month
        else:
            y -= m1 > pub.month
    return _months_value(y, m0, m1, granularity)


@lru_cache(maxsize=1)
def _game_words() -> re.Pattern:
    """A word of a game's report (sports.yaml ``report_words``), which makes a quarter or a half
    with no year a game's though a figure is named ("30-point output in the first half")."""
    spec = data_file("sports.yaml")
    not_after = "".join(rf"(?<!\b{re.escape(w)}\s)(?<!\b{re.escape(w)}-)" for w in spec.get("report_points_not_after", ()))
    words = [w.lower() for w in spec.get("report_words", ())]
    # an entry opening with a hyphen ends a figure: "30-point"
    after_figure = trie(w for w in words if w.startswith("-"))
    whole = trie(w for w in words if not w.startswith("-"))
    return pattern_cache.compile(rf"(?:{not_after}(?<!\w){whole}|(?<=\d){after_figure})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _quarter_figures() -> re.Pattern:
    """An economy's or a company's figure (calendar.yaml ``quarter_figures``)."""
    return pattern_cache.compile(rf"\b{trie(w.lower() for w in vocabulary().quarter_figures)}\b", re.IGNORECASE)


def _season(m, pub, future, anchor, v):
    g = m.group
    m0, m1 = v.seasons[(g("se_s") or g("se_s2") or g("se_s3")).lower()]
    if g("se_y"):
        return _months_value(int(g("se_y")), m0, m1, "season")
    if g("se_shift"):
        y = _base_year(_reference(g("se_shift"), v), pub, anchor)
        return _unresolved("season") if y is None else _months_value(y, m0, m1, "season")
    if g("se_s3"):
        # "in the spring": the one under way or the last one over, or after a future
        # marker the one under way or the next, as "in February" is read
        if pub is None:
            return _unresolved("season")
        mode, n = "pub", (1 if future() else -1)
    else:
        mode, n = _reference(g("se_shift2"), v)
    if mode == "anchor":
        if anchor is None:
            return _unresolved("season")
        ref = _date(anchor, end=n > 0)
    elif pub is None:
        return _unresolved("season")
    else:
        ref = pub

    def span(y: int) -> tuple[dt.date, dt.date]:
        y1, mm1 = _add_months(y, m1, 0)
        return dt.date(y, m0, 1), dt.date(y1, mm1, _last_day(y1, mm1))

    years = range(ref.year - 2, ref.year + 2)
    if g("se_s3"):
        under_way = next((y for y in years if span(y)[0] <= ref <= span(y)[1]), None)
        if under_way is not None:
            return _months_value(under_way, m0, m1, "season")
    if n < 0:
        # "last summer": the latest one over before the reference ("last summer" in
        # October is this year's)
        y = max(y for y in years if span(y)[1] < ref)
    elif n > 0:
        y = min(y for y in years if span(y)[0] > ref)
    else:
        # "this winter": the one under way, else the one that starts this year
        y = next((y for y in years if span(y)[0] <= ref <= span(y)[1]), ref.year)
    return _months_value(y, m0, m1, "season")


def _days_of(span: tuple[int, int], last: int) -> tuple[int, int]:
    """The days a part of a month (calendar.yaml ``parts``) covers in a month of ``last`` days:
    a negative day counts back from its end ("the last 10 days of February", -10..-1: 19-28)."""
    d0, d1 = (d if d > 0 else last + 1 + d for d in span)
    return d0, min(d1, last)


def _part(m, pub, future, anchor, v):
    g = m.group
    spans = v.parts[" ".join(g("part_w").lower().split())]
    if g("part_m"):
        mo = _month(g("part_m"))
        if g("part_my"):
            y = int(g("part_my"))
        elif g("part_mshift"):
            y = _base_year(_reference(g("part_mshift"), v), pub, anchor)
            if y is None:
                return _unresolved("month")
        elif pub is not None:
            y = _month_year_told(m.string, m.start("part"), pub, mo, _lean(future))  # "The strike began in late October"
        else:
            d0, d1 = _days_of(spans["month"], _last_day(2000, mo))
            return _value(f"--{mo:02d}-{d0:02d}", f"--{mo:02d}-{d1:02d}", "month", f"--{mo:02d}")
        d0, d1 = _days_of(spans["month"], _last_day(y, mo))
        # the modifier narrows the days; the fact is still stated at month precision
        return _value(dt.date(y, mo, d0), dt.date(y, mo, d1), "month", f"{y:04d}-{mo:02d}")
    if g("part_dec") or g("part_dec2"):
        y0 = int(g("part_dec")) if g("part_dec") else 1900 + int(g("part_dec2"))
        a, b = spans.get("decade", (0, 9))
        if _century(y0):
            return _century_value(y0, a, b)
        return _value(dt.date(y0 + a, 1, 1), dt.date(y0 + b, 12, 31), "decade", f"{y0 + a}/{y0 + b}")
    if g("part_wk"):
        return _part_of_this_week(spans.get("week"), pub, future)
    if g("part_y"):
        y = int(g("part_y"))
    else:
        ref = _reference(g("part_shift"), v)
        unit = g("part_unit").lower()
        if ref is None:
            return None
        if unit == "week":
            return _part_of_week(spans.get("week"), ref, pub, anchor)
        if unit == "decade":
            # "by the end of the decade", "early last decade": of the decade at hand, or one shifted
            base = _shift_base(ref, pub, anchor) if ref[0] != "window" else None
            if base is None:
                return _unresolved("decade")
            y0 = (base.year // 10 + ref[1]) * 10
            a, b = spans.get("decade", (0, 9))
            return _value(dt.date(y0 + a, 1, 1), dt.date(y0 + b, 12, 31), "decade", f"{y0 + a}/{y0 + b}")
        if unit == "month":
            base = _shift_base(ref, pub, anchor)
            if base is None:
                return _unresolved("month")
            y, mo = _add_months(base.year, base.month, ref[1])
            d0, d1 = _days_of(spans["month"], _last_day(y, mo))
            return _value(dt.date(y, mo, d0), dt.date(y, mo, d1), "month", f"{y:04d}-{mo:02d}")
        y = _base_year(ref, pub, anchor)
        if y is None:
            return _unresolved("year")
    m0, m1 = spans["year"]
    return _months_value(y, m0, m1, "month")


def _shift_base(ref: tuple[str, int], pub: dt.date | None, anchor: Value | None) -> dt.date | None:
    """The day a shift counts from: the date stated before it ("the following month")
    or the publication date ("last month"); None when that is unknown."""
    if ref[0] == "anchor":
        return None if anchor is None else _date(anchor)
    return pub


def _part_of_this_week(days: tuple[int, int] | None, pub: dt.date | None, future: Callable[[], bool]) -> Value | None:
    """"mid-week" with no week named: those days of the publication week, or of the
    week before when they are still ahead and the clause speaks of the past ("talks
    stalled mid-week" in a Monday paper), or of the week after when they are over
    and it speaks of the future, as a weekday alone is read."""
    if days is None:
        return None
    if pub is None:
        return _unresolved("week")
    value = _part_of_week(days, ("pub", 0), pub, None)
    ahead = future()
    if not ahead and _date(value) > pub:
        value = _part_of_week(days, ("pub", -1), pub, None)
    elif ahead and _date(value, end=True) < pub:
        value = _part_of_week(days, ("pub", 1), pub, None)
    return value


def _part_of_week(days: tuple[int, int] | None, ref: tuple[str, int], pub: dt.date | None, anchor: Value | None) -> Value | None:
    """"late last week", "by the end of the week": days of the week the shift names
    (calendar.yaml ``parts``, Monday is 1); None for a part no week has ("the first
    half of the week")."""
    if days is None:
        return None
    base = _shift_base(ref, pub, anchor)
    if base is None:
        return _unresolved("week")
    monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=ref[1])
    lo, hi = monday + dt.timedelta(days=days[0] - 1), monday + dt.timedelta(days=days[1] - 1)
    return _value(lo, hi, "week", f"{lo.isoformat()}/{hi.isoformat()}")


def _earlier_later(m, pub, future, anchor, v):
    """"earlier this year" runs from the start of the year to the publication date.
    "later in the day", "earlier in the week" count from the date stated before them
    in the sentence (its end, its start), within its day, week, month or year; with
    none, or one wider than the unit, they are unresolved (no date)."""
    later = m.group("erl_w").lower() == "later"
    if m.group("erl_in"):
        unit = m.group("erl_in").lower()
        if anchor is None:
            return _unresolved(unit)
        if _WIDTH[anchor.granularity] > _WIDTH[unit]:
            return None  # "in March ... later in the week": which week?
        ref = _date(anchor, end=later)
        if unit == "day":
            return _day_value(ref)
    else:
        unit = m.group("erl_u").lower()
        if pub is None:
            return _unresolved(unit)
        ref = pub
    if unit == "year":
        lo, hi = dt.date(ref.year, 1, 1), dt.date(ref.year, 12, 31)
    elif unit == "month":
        lo, hi = dt.date(ref.year, ref.month, 1), dt.date(ref.year, ref.month, _last_day(ref.year, ref.month))
    else:
        lo = ref - dt.timedelta(days=ref.weekday())
        hi = lo + dt.timedelta(days=6)
    if later:
        lo = ref
    else:
        hi = ref
    pub = ref
    # like "early 2014": a part of the year stated in months, of a month in days
    if unit == "year":
        return _value(lo, hi, "month", f"{lo.year:04d}-{lo.month:02d}/{hi.year:04d}-{hi.month:02d}")
    if unit == "month":
        return _value(lo, hi, "month", f"{pub.year:04d}-{pub.month:02d}")
    return _value(lo, hi, "week", f"{lo.isoformat()}/{hi.isoformat()}")


_WIDTH = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4, "decade": 5}

_OF_AFTER = held(pattern_cache.compile(r"\s+of\b"))
_AS_AFTER = held(pattern_cache.compile(r"\s+as\b"))


def _shift(m, pub, future, anchor, v):
    if m.group("sh_w").lower().startswith("the") and _OF_AFTER.match(m.string, m.end()):
        return None  # "the last year of his term" is a span of something else, not a date
    unit = m.group("sh_u").lower()
    granularity = "day" if unit == "weekend" else unit
    ref = _reference(m.group("sh_w"), v, unit=True)
    if ref is None:
        return None
    mode, n = ref
    if unit in v.day_periods_after_day:
        if mode == "pub":  # "next morning": "next" before a part of a day counts from the date before, as "the next"
            mode, n = "anchor", v.anaphoric_shift[m.group("sh_w").lower().split()[-1]]
        unit = granularity = "day"
    if unit == "fortnight":
        if mode != "window":
            return None  # "last fortnight", "the following fortnight": no calendar unit to count in
        unit, granularity, n = "week", "week", 2 * n  # "the past fortnight": the two weeks up to publication
    if mode == "anchor":
        if n == 0 and _AS_AFTER.match(m.string, m.end()):
            return None  # "the same day as the vote": the vote's day, not the date before
        if anchor is None:
            return _unresolved(granularity)
        base = _date(anchor, end=n > 0)
        if unit in ("day", "weekend") and anchor.granularity != "day":
            return None  # "the next day" after a month names no day
        if n == 0 and unit == "day" and anchor.low != anchor.high:
            return None  # "on May 3 or 4 ... that day": which one?
    elif pub is None:
        return _unresolved(granularity)
    else:
        base = pub
    if unit == "weekend":
        if n == 1 and "coming" in m.group("sh_w").lower() and base.weekday() < 5:
            n = 0  # "this coming weekend": the next one ahead, of this week before it comes; "next weekend" next week's
        # "last weekend": the Saturday and Sunday of the week before the publication week
        saturday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=5, weeks=n)
        sunday = saturday + dt.timedelta(days=1)
        return _value(saturday, sunday, "day", f"{saturday.isoformat()}/{sunday.isoformat()}", "range")
    if mode == "window":
        # "the past year": the twelve months up to the publication date
        other = _step(base, unit, n)
        lo, hi = (other, base) if n < 0 else (base, other)
        return _value(lo, hi, unit, f"{lo.isoformat()}/{hi.isoformat()}")
    if unit == "day":
        if mode != "anchor":
            return None  # "last day", "next day" without "the" name no date
        return _day_value(base + dt.timedelta(days=n))
    if unit == "year":
        return _year_value(base.year + n)
    if unit == "decade":
        return _decade_value((base.year // 10 + n) * 10)
    if unit == "month":
        y, mo = _add_months(base.year, base.month, n)
        return _month_value(y, mo)
    return _week_value(base + dt.timedelta(weeks=n))


_MONTHS_IN = {"month": 1, "year": 12, "decade": 120}


def _before_last(m, pub, future, anchor, v):
    """"the week before last", "the month after next": two units off the publication date."""
    unit = m.group("bl_u").lower()
    if pub is None:
        return _unresolved(unit)
    n = 2 * v.relative_shift[(m.group("bl_last") or m.group("bl_next")).lower()]
    if unit == "year":
        return _year_value(pub.year + n)
    if unit == "month":
        return _month_value(*_add_months(pub.year, pub.month, n))
    if unit == "weekend":
        # as "last weekend" (``_shift``), a week further
        saturday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=5, weeks=n)
        sunday = saturday + dt.timedelta(days=1)
        return _value(saturday, sunday, "day", f"{saturday.isoformat()}/{sunday.isoformat()}", "range")
    return _week_value(pub + dt.timedelta(weeks=n))


def _step(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    months = n * _MONTHS_IN[unit]
    y, mo = _add_months(d.year, d.month, months)
    return dt.date(y, mo, min(d.day, _last_day(y, mo)))


def _count(text: str, v) -> tuple[float, float] | None:
    text = " ".join(text.lower().split())
    if text.isdigit():
        return float(text), float(text)
    if text in v.vague:
        return v.vague[text]
    parsed = parse_number_words(text)
    return None if parsed is None else (parsed[0], parsed[0])


def _counts(v, *texts: str | None) -> tuple[float, float] | None:
    """The counts of "two or three", "a day or two": from the least to the most of them."""
    ns = [_count(t, v) for t in texts if t is not None]
    if not ns or None in ns:
        return None
    return min(n[0] for n in ns), max(n[1] for n in ns)


def _ago(m, pub, future, anchor, v):
    g = m.group
    word = g("ago_w").lower().split()[0]  # "ago today": "ago"
    unit = g("ago_u").lower().rstrip("s")
    n = _counts(v, g("ago_n"), g("ago_n2"), g("ago_n3"))
    if n is None:
        return None
    n_lo, n_hi = int(n[0]), int(n[1])
    if unit == "fortnight":  # "a fortnight ago": two weeks
        unit, n_lo, n_hi = "week", 2 * n_lo, 2 * n_hi
    ahead = word.startswith("from") or word == "hence"  # "two weeks from now": counted forward from publication
    sign = 1 if word in ("later", "after") or ahead else -1
    if word == "ago" or ahead:
        if pub is None:
            return _unresolved(unit)
        base = pub
        if g("ago_on") is not None and n_lo == n_hi:
            return _day_value(_step(_named_day(g("ago_on"), None, pub, v), unit, -n_lo))
        if g("ago_wd") is not None and n_lo == n_hi:
            wd = v.weekdays[g("ago_wd").lower()]
            return _day_value(_step(pub - dt.timedelta(days=(pub.weekday() - wd) % 7), unit, -n_lo))
        this = (g("ago_this") or "").lower()
        if this and n_lo == n_hi and _WIDTH[this] < _WIDTH.get(unit, 0):
            then = _step(pub, unit, -n_lo)
            return (_week_value(then) if this == "week" else _month_value(then.year, then.month) if this == "month"
                    else _year_value(then.year))
        named = g("ago_day")
        if named is not None:
            day = _named_day(named, g("ago_wds"), pub, v)
            if n_lo == n_hi and g("ago_wds") is None and named.lower() in v.weekdays and day == pub:
                # "a week from Tuesday" on a Tuesday: from that day or from the next one
                lo, hi = _step(pub, unit, n_lo), _step(pub + dt.timedelta(weeks=1), unit, n_lo)
                return _value(lo, hi, "day", f"{lo.isoformat()}|{hi.isoformat()}", "range")
            if day != pub and n_lo == n_hi:
                # "three days from Friday": a day counted from a day, as exact as that day
                return _day_value(_step(day, unit, n_lo))
            base = day
    else:
        # "a month earlier": counted from the date just before it in the sentence
        if anchor is None:
            return _unresolved(unit)
        base = _date(anchor)
        if anchor.granularity in ("month", "year") and unit in ("month", "year"):
            ends = []
            for n in sorted({n_lo, n_hi}):
                y, mo = _add_months(base.year, base.month, sign * n * (12 if unit == "year" else 1))
                ends.append(_month_value(y, mo) if anchor.granularity == "month" or unit == "month" else _year_value(y))
            if len(ends) == 1:
                return ends[0]
            # "two or three years later": the first year (or month) to the last
            lo, hi = min(e.low for e in ends), max(e.high for e in ends)
            return _value(lo, hi, ends[0].granularity, f"{lo}/{hi}", "range")
    if n_lo == n_hi and unit == "day":
        return _day_value(base + dt.timedelta(days=sign * n_lo))
    if n_lo == n_hi and unit == "month":
        y, mo = _add_months(base.year, base.month, sign * n_lo)
        return _month_value(y, mo)
    # "two years ago": around that point, give or take half the unit; "several
    # years ago" spans every count the word allows
    a, b = _step(base, unit, sign * n_lo), _step(base, unit, sign * n_hi)
    lo, hi = min(a, b), max(a, b)
    half = _HALF[unit]
    lo, hi = lo - half, hi + half
    if unit in ("year", "decade", "month"):
        lo = lo.replace(day=1)
        hi = hi.replace(day=_last_day(hi.year, hi.month))
    mid = _step(base, unit, sign * n_lo) if n_lo == n_hi else None
    stated = _STATED[unit]
    return _value(lo, hi, unit, stated(mid) if mid else f"{lo.isoformat()}/{hi.isoformat()}", "about")


def _day_shifted(m, pub, future, anchor, v):
    """"this day last year": the publication day a year (month, week) before or after."""
    n = v.relative_shift[" ".join(m.group("dys_shift").lower().split())]
    if n == 0:
        return None
    if pub is None:
        return _unresolved("day")
    unit = m.group("dys_u").lower()
    day = _step(pub, unit, n)
    if m.group("dys_d").lower() == "day":
        return _day_value(day)
    lo, hi = day - _TIME_SHIFT_DAYS[unit], day + _TIME_SHIFT_DAYS[unit]
    return _value(lo, hi, "day", f"{lo.isoformat()}/{hi.isoformat()}", "about")


# "this time last year" is the season, not the day: how far either side of it
_TIME_SHIFT_DAYS = {"year": dt.timedelta(days=14), "month": dt.timedelta(days=3), "week": dt.timedelta(days=1)}


# In the clause before "a week on Monday", a sign it tells of the past: a past auxiliary,
# or a past participle right before the count ("jailed a week", "adjourned a fortnight")
_PAST_CUE = pattern_cache.compile(rf"\b{trie(data_words('calendar.yaml', 'weeks_on_past'))}\b|[a-z]{{2}}ed[ \t]+\Z", re.IGNORECASE)


def _weeks_on(m, pub, future, anchor, v):
    """"a week on Thursday", "a fortnight on Monday": so many weeks after the coming
    day named; "a week today", "a week tomorrow" only after a future marker ("it is
    a week today since he died" looks back: left to the duration and the day)."""
    g = m.group
    n = _count(g("wo_n"), v)
    if n is None or n[0] != n[1]:
        return None
    weeks = int(n[0]) * (2 if g("wo_u").lower().startswith("fortnight") else 1)
    if not _lean(future):
        if g("wo_day") is not None:
            return None
        text, start = m.string, m.start()
        lo = max(0, start - 60)
        lo = max(lo, *(text.rfind(c, lo, start) + 1 for c in ".;!?,"))
        if _PAST_CUE.search(text, lo, start):
            return None  # "he was jailed a week on Monday": how long, and the day it fell
    if pub is None:
        return _unresolved("day")
    return _weeks_after(pub, g("wo_wd") or g("wo_day"), weeks, v)


def _weeks_after(pub: dt.date, day: str, weeks: int, v) -> Value:
    """``weeks`` after the day "Thursday" or "today" names from ``pub``; a weekday
    that falls on the publication day may be that day or the next one."""
    d = _named_day(day, None, pub, v)
    if day.lower() in v.weekdays and d == pub:
        lo, hi = _step(pub, "week", weeks), _step(pub, "week", weeks + 1)
        return _value(lo, hi, "day", f"{lo.isoformat()}|{hi.isoformat()}", "range")
    return _day_value(_step(d, "week", weeks))


def _named_day(phrase: str, shift: str | None, pub: dt.date, v) -> dt.date:
    """The day "tomorrow", "Tuesday" or "next Tuesday" names after "from" ("a week
    from Tuesday"): a weekday alone is the coming one, as counting on from it looks
    ahead (the publication day itself when it falls on that weekday); after a
    shift word, the day "last Friday", "this Friday", "next Friday" name."""
    word = phrase.lower().split()[-1]
    if word in v.relative_days:
        return pub + dt.timedelta(days=v.relative_days[word])
    wd = v.weekdays[word]
    if shift is None:
        return pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
    n = v.relative_shift[" ".join(shift.lower().split())]
    if n == 0:
        return pub + dt.timedelta(days=wd - pub.weekday())
    if n > 0:
        return pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
    return pub - dt.timedelta(days=(pub.weekday() - wd) % 7 or 7)


# for ``_ago``: half of each unit, and how a point is stated at that unit
_HALF = {"day": dt.timedelta(days=0), "week": dt.timedelta(days=3), "month": dt.timedelta(days=15),
         "year": dt.timedelta(days=182), "decade": dt.timedelta(days=730)}
_STATED = {"year": lambda d: f"{d.year:04d}", "decade": lambda d: f"{d.year:04d}",
           "month": lambda d: f"{d.year:04d}-{d.month:02d}", "week": lambda d: d.isoformat(),
           "day": lambda d: d.isoformat()}


def _window(m, pub, future, anchor, v):
    """"the past 24 hours", "the past few days", "in recent weeks", "the coming days": a
    window of whole days from or to the publication date, at the unit's granularity
    (hours: day, as a date is stated no finer). News writes these of the time up to
    the story ("in recent days" fighting has grown), so they end on the publication
    day and include it, and the coming ones start on it. A vague count ("few",
    "recent") takes the most units it allows (calendar.yaml ``window_counts``):
    a day inside the window agrees with the claim, one outside does not.

    "the next two days", "the following weeks" count from the date stated before
    them in the sentence ("arrested on May 3 and questioned over the next two
    days"); with none, "the next" after a future marker from publication ("will
    decide in the next few days"); otherwise they are left to durations."""
    g = m.group
    unit = g("wn_u").lower().rstrip("s")
    n_text = g("wn_n")
    base = pub
    if g("wn_r"):
        n, n_sign, qualifier = v.window_counts["recent"], -1, "about"
    elif g("wn_in"):
        # "within days": as "the next few days", from the date stated before it, else
        # from publication after a future marker; "within days, the army fell back"
        # counts from an event, no date
        n, n_sign, qualifier = v.window_counts[" ".join((g("wn_c") or "few").lower().split())], 1, "about"
        if anchor is not None:
            base = _date(anchor, end=True)
        elif not _lean(future):
            return None
    else:
        word = g("wn_w").lower()
        if word in v.window_shift:
            n_sign = v.window_shift[word]
        elif anchor is not None and v.anaphoric_shift[word] > 0:
            n_sign, base = 1, _date(anchor, end=True)
        elif word == "next" and _lean(future):
            n_sign = 1
        else:
            return None
        if n_text is None:
            n, qualifier = v.window_counts["few"], "about"  # "the coming days": a few
        else:
            key = " ".join(n_text.lower().split())
            if key in v.window_counts:
                n, qualifier = v.window_counts[key], "about"
            else:
                counted = _count(n_text, v)
                if counted is None or base is None:
                    return None  # with no date to count from, "the past three days" is left a duration
                n, qualifier = int(counted[0]), "exact"
    if base is None:
        return _unresolved("day" if unit == "hour" else unit)
    if unit == "hour":
        # "the past 24 hours": the days it reaches back into, publication day included
        n, unit = max(1, -(-n // 24)), "day"
    other = _step(base, unit, n_sign * n)
    lo, hi = (other, base) if n_sign < 0 else (base, other)
    return _value(lo, hi, unit, f"{lo.isoformat()}/{hi.isoformat()}", qualifier)


def _in_time(m, pub, future, anchor, v):
    """"will arrive in three days": publication plus the span, only after a future
    marker close before it; otherwise "in three days" is how long something took
    (a duration, left to that pass: "built in three days"); nor after a superlative or "first",
    where it says how far back a record reaches ("which would be the coldest night here in 20
    years": ``durations.looks_back``)."""
    if pub is None or _lean(future) < 2 or looks_back(m.string, m.start("inn")):
        return None
    n = _counts(v, m.group("in_n"), m.group("in_n2"), m.group("in_n3"))
    if n is None:
        return None
    unit = m.group("in_u").lower().rstrip("s")
    n_lo, n_hi = int(n[0]), int(n[1])
    if unit == "fortnight":
        unit, n_lo, n_hi = "week", 2 * n_lo, 2 * n_hi
    if n_lo == n_hi and unit == "day":
        return _day_value(pub + dt.timedelta(days=n_lo))
    if n_lo == n_hi and unit == "month":
        y, mo = _add_months(pub.year, pub.month, n_lo)
        return _month_value(y, mo)
    a, b = _step(pub, unit, n_lo), _step(pub, unit, n_hi)
    half = _HALF[unit]
    lo, hi = a - half, b + half
    if unit in ("year", "decade"):
        lo, hi = lo.replace(day=1), hi.replace(day=_last_day(hi.year, hi.month))
    stated = _STATED[unit](a) if n_lo == n_hi else f"{lo.isoformat()}/{hi.isoformat()}"
    return _value(lo, hi, unit, stated, "about")


def _day_from_anchor(m, pub, future, anchor, v):
    """"the day before": the day before the date stated earlier in the sentence,
    when that names a day; unresolved without one, never counted from publication."""
    if anchor is None:
        return _unresolved("day")
    if anchor.granularity != "day":
        return None
    after = m.group("dr_w").lower() == "after"
    return _day_value(_date(anchor, end=after) + dt.timedelta(days=1 if after else -1))


def _relative_day(m, pub, future, anchor, v):
    if pub is None:
        return _unresolved("day")
    return _day_value(pub + dt.timedelta(days=v.relative_days[" ".join(m.group("reldays").lower().split())]))


def _weekday(m, pub, future, anchor, v):
    g = m.group
    if m.lastgroup == "wdshift":  # "last Friday"
        wd = v.weekdays[g("wd_wd").lower()]
        mode, n = _reference(g("wd_shift"), v)
    else:
        if g("wd_week") is not None:
            return _unresolved("day") if pub is None else _weeks_after(pub, g("wd"), 1, v)
        wd = v.weekdays[g("wd").lower()]
        if g("wd_bl") is not None:
            if pub is None:
                return _unresolved("day")
            if g("wd_bl")[:1].lower() == "b":  # "the Friday before last": the week before last Friday
                return _day_value(pub - dt.timedelta(days=(pub.weekday() - wd) % 7 or 7, weeks=1))
            return _day_value(pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7, weeks=1))
        mode, n = _reference(g("wd_after"), v) if g("wd_after") else ("pub", None)
        if g("wd_wks"):
            # "Tuesday last week": that weekday of the week the shift names
            mode, n = _reference(g("wd_wks"), v, unit=True)
            base = pub if mode == "pub" else None if anchor is None else _date(anchor)
            if base is None:
                return _unresolved("day")
            return _day_value(base + dt.timedelta(days=wd - base.weekday(), weeks=n))
    if mode == "anchor":
        if anchor is None:
            return _unresolved("day")
        ref = _date(anchor, end=n > 0)
        if n < 0:
            return _day_value(ref - dt.timedelta(days=(ref.weekday() - wd) % 7 or 7))
        return _day_value(ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7))
    if pub is None:
        return _unresolved("day")
    back = (pub.weekday() - wd) % 7
    if n == 0:
        # "this Friday": the one in the publication week, Monday to Sunday; after a future
        # marker, one already past is the coming one ("will meet this Monday" on a Tuesday)
        day = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=wd)
        return _day_value(day + dt.timedelta(weeks=1) if day < pub and future() else day)
    if (n is not None and n > 0) or (n is None and back != 0 and (future() or _until_ahead(m) or _is_ahead(m))):
        return _day_value(pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7))
    if n is not None and n < 0 and back == 0:
        back = 7
    return _day_value(pub - dt.timedelta(days=back))


_UNTIL_REACH = 30  # how far before a weekday "until 8:30 p.m. on" may begin
_VERB_REACH = 80  # how far back from "until" its verb is looked for
# (a comma or point inside a figure, "1,500", "2.5", ends no clause)
_CLAUSE_BREAK = pattern_cache.compile(r"[;:!?\n\"“”()—–]|(?<!\d)[.,]|[.,](?!\d)")
_PLAIN_WORD = pattern_cache.compile(r"[A-Za-z][A-Za-z’'-]*")


@lru_cache(maxsize=1)
def _until_words():
    """(the end of "until", "by 8 p.m. on" right before a weekday, the words that put its
    clause ahead, the present auxiliaries, the past words): calendar.yaml ``until_*``."""
    cal = data_file("calendar.yaml")
    words = cal.get("until_words", ())
    ending = pattern_cache.compile(
        rf"{_opening_letter(words)}{alternation(words)}[ \t]+"
        rf"(?:{_clock_time()}[ \t]+)?(?:on[ \t]+)?\Z", re.IGNORECASE)
    ahead = frozenset(w.lower() for w in (*cal.get("until_ahead", ()), *vocabulary().date_moves))
    return (ending, ahead, frozenset(w.lower() for w in cal.get("until_present", ())),
            frozenset(w.lower() for w in cal.get("until_past", ())),
            frozenset(w.lower() for w in cal.get("until_joiners", ())))


# "The deadline is Friday", "The vote is on Thursday": "is" or "are" (and "on") right before a bare weekday
_IS_BEFORE = pattern_cache.compile(r"(?<![\w'’-])(?:is|are)[ \t]+(?:on[ \t]+)?\Z")


def _is_ahead(m: re.Match) -> bool:
    """Whether a bare weekday right after "is" or "are" is the coming one, as a timetable states
    a day ("The deadline is Friday", "The vote is on Thursday"); not a possessive ("is Friday's")."""
    start = m.start("wd")
    return (m.string[start - 1:start] == " " and not m.string.startswith(("'s", "’s"), m.end("wd"))
            and _IS_BEFORE.search(m.string, max(0, start - 8), start) is not None)


def _opening_letter(words) -> str:
    """A lookahead for the first characters of ``words``, put before their alternation in
    a pattern searched for: the engine scans for no first character behind the word
    boundaries, and tried whole at each place the alternation cost some ten tests there."""
    return f"(?=[{re.escape(''.join(sorted({w[0] for w in words})))}])" if words else ""


def _until_ahead(m: re.Match) -> bool:
    """Whether a bare weekday after "until" or "by" is the coming one: the nearest verb
    before it says its clause is present or sets a new end ("runs until Friday", "was
    postponed until Thursday"), not past ("stayed until Friday"). A possessive ("hit by
    Friday's storm") is no deadline."""
    if m.string.startswith(("'s", "’s"), m.end("wd")):
        return False
    return _until_ahead_at(m.string, m.start("wd"))


def _until_ahead_at(text: str, start: int) -> int:
    """``_until_ahead`` for a date starting at ``start``: "runs until Sept. 30" too. As
    ``_lean`` counts: 2 for a deadline, 1 for a date a verb of moving sets after "to" or
    "for" (calendar.yaml ``until_weak``: "was moved to March 15"), else 0."""
    ending, ahead, present, past, joiners = _until_words()
    u = ending.search(text, max(0, start - _UNTIL_REACH), start)
    if u is None:
        return 0
    clause = _CLAUSE_BREAK.split(text[max(0, u.start() - _VERB_REACH):u.start()])[-1]
    words = [w.lower() for w in _PLAIN_WORD.findall(clause)]
    if u.group().split(None, 1)[0].lower() in joiners:
        # "runs through Friday", "postponed to Friday", "pushed back to Monday"; not "Monday
        # through Friday", "went to Friday's game"
        if not (words and (words[-1] in ahead or " ".join(words[-2:]) in ahead)):
            return 0
        return 1 if u.group().split(None, 1)[0].lower() in _until_weak() else 2
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in ahead or (i and f"{words[i - 1]} {w}" in ahead):
            return 2
        if w in past:
            return 0
        if _looks_past(w):
            return 2 if i > 0 and words[i - 1] in present else 0  # "is closed until Monday"
    return 0


@lru_cache(maxsize=1)
def _until_weak() -> frozenset[str]:
    return frozenset(data_file("calendar.yaml").get("until_weak", ()))


def _holiday_year(m, pub, anchor) -> int | None:
    """The year a holiday's phrase states: "Christmas 2013", "Christmas last year", "Easter
    the following year" (None where it states none, or one it cannot resolve)."""
    if m.group("hol_y"):
        return int(m.group("hol_y"))
    if m.group("hol_shift"):
        ref = _reference(m.group("hol_shift"), vocabulary())
        return None if ref is None or ref[0] == "window" else _base_year(ref, pub, anchor)
    return None


def _holiday(m, pub, future, anchor, v):
    """A holiday's day (``_holiday_day``); "the Labor Day weekend" the weekend it joins
    (``_joined_weekend``), "the Easter holidays" no one day (calendar.yaml ``holiday_periods``)."""
    after = _WORD_AFTER.match(m.string, m.end())
    word = after.group(1).lower() if after else ""
    if word in _holiday_periods():
        return None
    value = _holiday_day(m, pub, future, anchor, v)
    if word == "weekend" and value is not None and value.resolved and value.low[0] != "-":
        return _joined_weekend(dt.date.fromisoformat(value.low))
    return value


@lru_cache(maxsize=1)
def _holiday_periods() -> frozenset[str]:
    return frozenset(data_file("calendar.yaml").get("holiday_periods", ()))


def _joined_weekend(day: dt.date) -> Value:
    """The holiday ``day`` and the weekend it makes a long one: the one before it for a
    Monday to Wednesday ("the Labor Day weekend", Saturday to Monday), the one after it
    for a Thursday or Friday ("the Thanksgiving weekend", Thursday to Sunday)."""
    wd = day.weekday()
    if wd >= 5:
        lo = day - dt.timedelta(days=wd - 5)
        hi = lo + dt.timedelta(days=1)
    elif wd <= 2:
        lo, hi = day - dt.timedelta(days=wd + 2), day
    else:
        lo, hi = day, day + dt.timedelta(days=6 - wd)
    return _value(lo, hi, "day", f"{lo.isoformat()}/{hi.isoformat()}", "range")


def _holiday_day(m, pub, future, anchor, v):
    """"Christmas Day": its day in the year stated, else the nearest one to the
    publication date, as for "Dec. 25"; with neither, its month and day. A
    movable one ("Easter", "Thanksgiving") is computed for the year; without a
    year or a publication date it names no day. Before a capitalised word a
    movable or one-word holiday is part of a name ("Easter Island", "the Good
    Friday Agreement")."""
    name = m.group("hol")
    cued, cues, compounds, spread = _cued_holidays()
    if name in cued:
        return _cued_holiday(m, name, cued[name], cues, compounds, spread, pub, future, anchor)
    movable = {**v.movable_holidays, **_julian_feasts()}
    if name in movable or " " not in name:
        after = _WORD_AFTER.match(m.string, m.end())
        if after and after.group(1)[0].isupper() and after.group(1).lower() not in v.weekdays:
            return None
    y = _holiday_year(m, pub, anchor)
    if y is None and m.group("hol_shift"):
        return _unresolved("day")
    if name in movable:
        rule = movable[name]
        if y is not None:
            return _day_value(_movable_day(rule, y))
        if pub is None:
            return _unresolved("day")
        days, lean = [_movable_day(rule, y) for y in (pub.year - 1, pub.year, pub.year + 1)], _lean(future)
        return _day_value(_past_day(m.string, m.start("hol"), m.end("hol"), pub, days, _nearest_day(pub, days, lean), lean))
    mo, d = v.holidays[name]
    if y is not None:
        return _day_value(dt.date(y, mo, d))
    if pub is None:
        return _value(f"--{mo:02d}-{d:02d}", f"--{mo:02d}-{d:02d}", "day", f"--{mo:02d}-{d:02d}", "exact")
    lean = _lean(future)
    return _day_value(dt.date(_past_year(m.string, m.start("hol"), m.end("hol"), pub, _nearest_year(pub, mo, d, lean, None), mo, d, lean), mo, d))


@lru_cache(maxsize=256)
def _movable_day(rule: tuple, y: int) -> dt.date:
    """The day of a movable holiday (``Vocabulary.movable_holidays``) in year ``y``."""
    if rule[0] == "easter":
        return _easter(y) + dt.timedelta(days=rule[1])
    if rule[0] == "julian":
        return _julian_easter(y) + dt.timedelta(days=rule[1])
    _, month, wd, nth, plus = rule
    if nth > 0:
        first = dt.date(y, month, 1)
        day = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = dt.date(y, month, _last_day(y, month))
        day = last - dt.timedelta(days=(last.weekday() - wd) % 7 + 7 * (-nth - 1))
    return day + dt.timedelta(days=plus)


def _nth_weekday(m, pub, future, anchor, v):
    """"the first Monday of June", "the last day of October 2014": that day of the month
    in the year stated, else the nearest one, as for "June 1"; none where the month has no
    such day ("the fifth Monday of February 2015")."""
    g = m.group
    n = (g("nw_n") or g("nw_d")).lower()
    nth = -1 if n in ("last", "final") else v.ordinals.get(n) or int(n[0])
    if g("nw_we"):
        # "the last weekend of October": the nth Saturday of the month and the Sunday after it
        if g("nw_sh"):
            return None
        sat = _nth_weekday_day(m, nth, v.weekdays["saturday"], pub, future)
        if sat is None or not sat.resolved:
            return sat
        lo = dt.date.fromisoformat(sat.low)
        hi = lo + dt.timedelta(days=1)
        return _value(lo, hi, "day", f"{lo.isoformat()}/{hi.isoformat()}", "range")
    if g("nw_sh"):
        return _nth_of_shifted_month(m, nth, pub, future, anchor, v)
    if g("nw_wk"):
        return _week_of_month(nth, _month(g("nw_m")), int(g("nw_y")) if g("nw_y") else None, pub, future)
    return _nth_weekday_day(m, nth, v.weekdays[g("nw_wd").lower()] if g("nw_wd") else None, pub, future)


def _nth_weekday_day(m, nth: int, wd: int | None, pub, future) -> Value | None:
    """The day of ``_nth_weekday``: the ``nth`` weekday ``wd`` of the month named (the first
    or last day when ``wd`` is None)."""
    g = m.group
    month = _month(g("nw_m"))
    # "the first day", "the last day" of a month; not "the third day of March": that
    # counts how long something has gone on as often as it names a day
    rule = ("nth", month, wd, nth, 0) if wd is not None else None

    def day(y: int) -> dt.date:
        if rule is None:
            return dt.date(y, month, 1 if nth == 1 else _last_day(y, month))
        d = _movable_day(rule, y)
        if d.month != month:
            raise ValueError("no such day in that month")
        return d
    if g("nw_y"):
        return _day_value(day(int(g("nw_y"))))
    if pub is None:
        return _unresolved("day")
    days = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            days.append(day(y))
        except ValueError:
            pass
    if not days:
        return None
    lean = _lean(future)
    return _day_value(_past_day(m.string, m.start("nthwd"), m.end("nthwd"), pub, days, _nearest_day(pub, days, lean), lean))


def _nth_of_shifted_month(m, nth: int, pub, future, anchor, v) -> Value | None:
    """"the first Monday of next month", "the last week of this month": in the month the
    shift names, as "the 25th of this month". "the first Monday of the month" is of the
    month of the date stated before it; with none it is a habit ("meets on the first
    Monday of the month"), no date, and no Monday either."""
    g = m.group
    if g("nw_sh").lower() == "the":
        if anchor is None or anchor.granularity not in ("day", "month") or not anchor.resolved:
            return None
        base = _date(anchor)
        y, month = base.year, base.month
    else:
        ref = _reference(g("nw_sh"), v)
        if ref is None or ref[0] == "window":
            return None
        base = _shift_base(ref, pub, anchor)
        if base is None:
            return _unresolved("day")
        y, month = _add_months(base.year, base.month, ref[1])
    if g("nw_wk"):
        return _week_of_month(nth, month, y, pub, future)
    if not g("nw_wd"):
        return _day_value(dt.date(y, month, 1 if nth == 1 else _last_day(y, month)))
    d = _movable_day(("nth", month, v.weekdays[g("nw_wd").lower()], nth, 0), y)
    return _day_value(d) if d.month == month else None


def _week_of_month(nth: int, month: int, y: int | None, pub, future) -> Value | None:
    """"the second week of May": its days 8 to 14; "the last week of May" its last seven;
    none for a fifth ("the fifth week" runs into the next month)."""
    if nth > 4:
        return None
    if y is None:
        if pub is None:
            return _unresolved("week")
        y = _nearest_year(pub, month, 15, _lean(future))
    end = _last_day(y, month)
    lo = dt.date(y, month, end - 6 if nth < 0 else 7 * nth - 6)
    hi = lo + dt.timedelta(days=6)
    return _value(lo, hi, "week", f"{lo.isoformat()}/{hi.isoformat()}")


def _easter(y: int) -> dt.date:
    """Easter Sunday in the Gregorian calendar (the anonymous computus, as Meeus gives it)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month, day = divmod(h + l - 7 * m + 90, 25)
    return dt.date(y, month, (h + l - 7 * m + 33 * month + 19) % 32)


@lru_cache(maxsize=1)
def _cued_holidays() -> tuple[dict[str, tuple[int, int]], frozenset[str], frozenset[str], frozenset[str]]:
    """calendar.yaml ``cued_holidays``: (each name -> its month and day, the cues one needs
    before it, the nouns it names before them, the cues that make it the days around it)."""
    spec = data_file("calendar.yaml").get("cued_holidays", {})
    days = {name: tuple(int(x) for x in str(md).split("-")) for name, md in spec.get("days", {}).items()}
    return (days, frozenset(spec.get("cues", ())), frozenset(spec.get("compounds", ())),
            frozenset(spec.get("spread", ())))


@lru_cache(maxsize=1)
def _holiday_ends() -> frozenset[str]:
    """The last words of the holidays' names ("Day", "Eve", "Christmas", "Easter")."""
    return frozenset(n.split()[-1] for n in holiday_names())


@lru_cache(maxsize=1)
def holiday_names() -> tuple[str, ...]:
    """The names of every holiday that has a date, as vocabulary spells them (each apostrophe
    both ways): calendar.yaml ``holidays``, ``movable_holidays``, the Orthodox feasts and
    ``cued_holidays``."""
    v = vocabulary()
    return (*v.holidays, *v.movable_holidays, *_julian_feasts(), *_cued_holidays()[0])


def _cued_holiday(m, name, md, cues, compounds, spread, pub, future, anchor) -> Value | None:
    """"before Christmas", "on Christmas morning": the day, where a cue stands before it and
    no noun it names follows ("Christmas shopping", "the Christmas tree" are no dates), or
    a year after it ("the morning of Christmas 2013"); "over Christmas", "at Christmas":
    the days around it, as "over the weekend"."""
    text, start, end = m.string, m.start("hol"), m.end()
    before = _word_before(text, max(0, start - 16), start)
    cued = before is not None and before[0].lower() in cues
    if before is not None and before[0] in ("and", "or") and (first := _word_before(text, max(0, before[1] - 24), before[1])) \
            and first[0] in _holiday_ends():
        cued = True  # "through Christmas and New Year": the second holiday of a pair, as a date as the first
    if not m.group("hol_y") and not m.group("hol_shift"):  # "the morning of Christmas 2013": a year says it is the day
        if not cued:
            return None
        after = _WORD_AFTER.match(text, end)
        if after is not None and (after.group(1)[0].isupper() or after.group(1) in compounds):
            return None
    mo, d = md
    y = _holiday_year(m, pub, anchor)
    if y is None:
        if pub is None or m.group("hol_shift"):
            return _unresolved("day")
        lean = _lean(future)
        y = _past_year(text, start, m.end("hol"), pub, _nearest_year(pub, mo, d, lean, None), mo, d, lean)
    day = dt.date(y, mo, d)
    if cued and before[0].lower() in spread:
        lo, hi = day - dt.timedelta(days=1), day + dt.timedelta(days=1)
        return _value(lo, hi, "day", f"{lo.isoformat()}/{hi.isoformat()}", "about")
    return _day_value(day)


def _julian_easter(y: int) -> dt.date:
    """Easter Sunday of the Julian calendar (Meeus's Julian computus), on the Gregorian
    calendar: the Orthodox Easter, 13 days after the Julian date from 1900 to 2099."""
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return dt.date(y, month, day + 1) + dt.timedelta(days=y // 100 - y // 400 - 2)


@lru_cache(maxsize=1)
def _julian_feasts() -> dict[str, tuple]:
    """calendar.yaml ``julian_easter_holidays``: each name -> ("julian", days from the
    Orthodox Easter), a rule as ``Vocabulary.movable_holidays`` holds one."""
    return {name: ("julian", int(days), 0, 0, 0) for name, days in data_file("calendar.yaml").get("julian_easter_holidays", {}).items()}


def _nearest_day(pub: dt.date, days: list[dt.date], future: int) -> dt.date:
    """Of ``days`` (one a year), the one ``_nearest_year`` would pick for a fixed day."""
    if future == 2:
        ahead = [d for d in days if 0 <= (d - pub).days <= _FUTURE_REACH]
        if ahead:
            return min(ahead)

    def cost(d: dt.date) -> float:
        delta = (d - pub).days
        return abs(delta) * (1.0 if (delta >= 0) == bool(future) or delta == 0 else 1.6)
    return min(days, key=cost)


def _the_weekend(m, pub, future, anchor, v):
    """"over the weekend": the Saturday and Sunday just past (the one under way when
    published on one), or the coming one after a future marker."""
    if pub is None:
        return _unresolved("day")
    saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
    if future() and pub.weekday() < 5:
        saturday += dt.timedelta(weeks=1)
    sunday = saturday + dt.timedelta(days=1)
    return _value(saturday, sunday, "day", f"{saturday.isoformat()}/{sunday.isoformat()}", "range")


def _year_end(m, pub, future, anchor, v):
    """"by year-end": the end of the publication year (or of the year after it), as "by
    the end of the year"."""
    m0, m1 = v.parts["the end of"]["year"]
    if m.group("ye_y"):
        return _months_value(int(m.group("ye_y")), m0, m1, "month")
    if pub is None:
        return _unresolved("month")
    return _months_value(pub.year, m0, m1, "month")


def _turn_of_year(m, pub, future, anchor, v):
    """"the turn of the year": December and January around a new year: the end of
    the year stated before it ("in 2013 ... at the turn of the year"), the new year
    nearest a day or month stated before it, else the one just past, or the coming
    one after a future marker."""
    if m.group("tc_c"):
        return _turn_of_century(m, pub, anchor)
    if anchor is not None and anchor.resolved:
        d = _date(anchor)
        y = d.year if anchor.granularity in ("year", "decade") or d.month > 6 else d.year - 1
    elif pub is None:
        return _unresolved("month")
    else:
        y = pub.year if future() else pub.year - 1
    lo, hi = dt.date(y, 12, 1), dt.date(y + 1, 1, 31)
    return _value(lo, hi, "month", f"{lo.isoformat()}/{hi.isoformat()}", "about")


def _day_of_month(m, pub, future, anchor, v):
    """"on the 21st", "Monday the 4th": the most recent such day on or before the
    publication date, or the next one after a future marker (as a weekday alone
    is read). A weekday stated with it picks the nearest day where the two agree,
    leaning the same way. Without a publication date the day is kept in
    ``stated`` ("---21", ISO 8601's day without a month), unresolved."""
    d = _day(m.group("dom_d"))
    if pub is None:
        return _unplaced_day(d)
    ahead = future()
    if m.group("dom_wd"):
        wd = v.weekdays[m.group("dom_wd").lower()]
        days = [dt.date(y, mo, d) for y, mo in (_add_months(pub.year, pub.month, k) for k in range(-_DOM_REACH, _DOM_REACH + 1))
                if d <= _last_day(y, mo) and dt.date(y, mo, d).weekday() == wd]
        if not days:
            return _unplaced_day(d)
        return _day_value(min(days, key=lambda day: abs((day - pub).days) * (1.0 if (day >= pub) == ahead else 1.6)))
    y, mo = pub.year, pub.month
    if ahead != (d >= pub.day) and d != pub.day:
        y, mo = _add_months(y, mo, 1 if ahead else -1)
    while d > _last_day(y, mo):  # no 31st this month: the one before (or after)
        y, mo = _add_months(y, mo, 1 if ahead else -1)
    return _day_value(dt.date(y, mo, d))


_DOM_REACH = 14  # months either way: a day of the month falls on each weekday within 14 months


@lru_cache(maxsize=None)
def _unplaced_day(d: int) -> Value:
    return trusted(Value, 
        kind="date", low=None, high=None, stated=f"---{d:02d}", stated_unit=None, unit="date", qualifier="exact",
        granularity="day", counted=None, role=None, resolved=False, zone=None, ordinal=False,
    )


def _numeric_date(m, pub, future, anchor, v):
    """``5/12/2015`` or ``12.05.2015``. A part over 12 is the day; when both could
    be the month (``05/03/2015``: May 3 in the US, 5 March in Europe) the value
    spans both readings, so that neither order of writing makes a discrepancy.
    With dots the day comes first, as Europe writes it (``03.04.2020``: 3 April)."""
    a, b = int(m.group("num_a")), int(m.group("num_b"))
    y = m.group("num_y")
    dotted = m.group("num_sep") == "."
    if dotted and len(y) != 4:
        return None  # "1.2.33" is a version number far more often than a date
    year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    readings = {dt.date(year, mo, d) for mo, d in ((a, b), (b, a)) if 1 <= mo <= 12 and 1 <= d <= _last_day(year, mo)}
    if not readings:
        return None
    if dotted and len(readings) > 1:
        return _day_value(dt.date(year, b, a))
    if len(readings) == 1:
        return _day_value(readings.pop())
    lo, hi = min(readings), max(readings)
    return _value(lo, hi, "day", f"{lo.isoformat()}|{hi.isoformat()}", "range")


@lru_cache(maxsize=1)
def _short_numeric_cue() -> re.Pattern:
    """The cue right before a one-digit day or month (calendar.yaml ``numeric_day_short_cues``)."""
    return pattern_cache.compile(
        rf"\b{alternation(data_file('calendar.yaml').get('numeric_day_short_cues', ()))}\s+\Z", re.IGNORECASE)


def _numeric_day(m, pub, future, anchor, v):
    """``13/05`` or ``05/13`` with no year: as ``_numeric_date`` reads the order, each
    reading placed in the year nearest the publication date, as "May 13" is."""
    a, b = int(m.group("nd_a")), int(m.group("nd_b"))
    readings = {(mo, d) for mo, d in ((a, b), (b, a)) if 1 <= mo <= 12 and 1 <= d <= _last_day(2000, mo)}
    short = len(m.group("nd_a") + m.group("nd_b")) < 4
    if not readings or short and len(readings) > 1:
        return None  # "on 3/4", "on 9/11": a fraction or a name far more often than a day of either order
    if short and not _short_numeric_cue().search(m.string, max(0, m.start("nd_a") - 12), m.start("nd_a")):
        return None  # "passed by 13/8", "fell by 1/16": a margin, a fraction, odds
    if pub is None:
        if len(readings) > 1:
            return _unresolved("day")
        (mo, d), = readings
        return _value(f"--{mo:02d}-{d:02d}", f"--{mo:02d}-{d:02d}", "day", f"--{mo:02d}-{d:02d}", "exact")
    lean = _lean(future)
    at = m.start("nd_a")
    days = sorted(dt.date(_past_year(m.string, at, m.end("nd_b"), pub, _nearest_year(pub, mo, d, lean), mo, d, lean), mo, d) for mo, d in readings)
    if len(days) == 1:
        return _day_value(days[0])
    lo, hi = days[0], days[-1]
    return _value(lo, hi, "day", f"{lo.isoformat()}|{hi.isoformat()}", "range")


def _turn_of_century(m, pub, anchor):
    """"the turn of the 20th century": the years either side of 1900; "the turn of the
    century" alone, of the century of a date stated before it ("In 1898 ... at the turn
    of the century"), else the last one before the publication date."""
    if m.group("tc_n"):
        y = (int(m.group("tc_n")[:-2]) - 1) * 100
    elif anchor is not None and anchor.resolved:
        y = (_date(anchor).year + 50) // 100 * 100
    elif pub is not None:
        y = pub.year // 100 * 100
    else:
        return _unresolved("decade")
    lo, hi = dt.date(y - 3, 1, 1), dt.date(y + 3, 12, 31)
    return _value(lo, hi, "decade", f"{lo.year}/{hi.year}", "about")


_RESOLVERS = {
    "nthwd": _nth_weekday, "md": _full_date, "dm": _full_date, "dmshift": _day_of_shifted_month, "iso": _full_date, "num": _numeric_date, "numd": _numeric_day, "my": _month_year, "mshift": _month_shift,
    "month": _bare_month, "year": _bare_year, "yrange": _year_range, "decade": _decade, "apy": _short_year, "wyear": _word_year, "century": _century_named, "upto": _months_up_to, "quarter": _quarter,
    "season": _season, "part": _part, "erl": _earlier_later, "shift": _shift, "beflast": _before_last, "dayshift": _day_shifted, "ago": _ago, "wkon": _weeks_on,
    "reldays": _relative_day, "weekday": _weekday, "wdshift": _weekday, "weekend": _the_weekend, "turn": _turn_of_year, "yend": _year_end,
    "holiday": _holiday, "dayrel": _day_from_anchor, "dom": _day_of_month,
    "window": _window, "inn": _in_time,
}

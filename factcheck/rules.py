"""The rule-file format and its loader.

A rule file (YAML, one fact family per file) says which mentions speak of a
fact, which qualifiers keep different facts of its family apart, and how to
compare them. Rule files are data: loaded with ``yaml.safe_load``, validated
by ``Rule``; nothing in them is executed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from factcheck import pattern_cache, yamlio
from factcheck.errors import UserInputError
from factcheck.models import Kind, Severity, plain_attribute_reads

ScopeMode = Literal["strict", "required", "joint", "loose", "compared"]
ScopeName = Literal["participants", "location", "venue", "population", "person", "since", "name", "given", "speaker", "event_name", "when", "subject", "rank", "actor", "stage", "moment", "arm", "period", "tally", "from", "occurrence", "item", "total"]

_TOLERANCE = pattern_cache.compile(r"^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$")


class Select(BaseModel):
    """Which extracted mentions a rule looks at, beyond their kind."""

    model_config = ConfigDict(extra="forbid")

    counted: list[str] = Field(default_factory=list, description="What a count counts (`person`, `seat`); any if empty.",
                               examples=[["person"]])
    roles: list[str] = Field(default_factory=list, description="Roles the sentence gives counted people; any if empty.",
                             examples=[["killed"]])
    units: list[str] = Field(default_factory=list, description="Units as written (`hour`, `day`, `USD`); any if empty.",
                             examples=[["hour", "minute"]])
    granularity: list[str] = Field(default_factory=list, description="For dates and times: granularities accepted.",
                                   examples=[["day"]])
    min_value: float | None = Field(None, description="Ignore values below this (canonical unit).", examples=[1])
    max_value: float | None = Field(
        None, description="Ignore values above this (canonical unit): with `units: [metre]`, \"a metre of snow\" "
                          "but not a road's 20 km, whose canonical unit is the metre too.", examples=[10])
    min_content_words: int | None = Field(
        None, ge=1, description="For quotations: ignore those with fewer content words than this (words other "
                                "than `quote_stop_words` in data/text.yaml): a short phrase is no one's own words.",
        examples=[5])
    min_content_words_statement: int | None = Field(
        None, ge=1, description="For quotations, with `min_content_words`: a statement in someone's voice (it holds "
                                "a personal pronoun, `quote_persons` in data/text.yaml: \"We will not let the city "
                                "burn\") needs only this many content words; a set phrase (\"a violation of "
                                "international law\") still needs `min_content_words`.",
        examples=[3])
    time_ranges: bool = Field(
        False, description="For duration rules: a range of clock times (`a curfew from 10 p.m. to 6 a.m.`) is also "
                           "read as its length (eight hours, over midnight), to meet a length stated in hours.",
        examples=[True])
    earlier: bool = Field(
        False, description="For date rules: take only a date of an earlier time, one that ends at least 365 days "
                           "before the article's publication (else the latest date it states) or a whole year before "
                           "its year (`the previous record, set on 21 November 2019`), never one of the news "
                           "(`the new mark, set on Saturday`, `the November record`).",
        examples=[True])
    durations_after: list[str] = Field(
        default_factory=list,
        description="For date rules: a duration right after one of these words (`the first visit in two years`) "
                    "is read as the date that long before publication.",
        examples=[["in"]])
    range_end: Literal["start", "end"] | None = Field(
        None, description="For date rules: a range of dates (`governed from 1992 to 2002`) is read as this end of "
                          "it alone (1992, or 2002), to meet the end another source states on its own (`took office "
                          "in 1993`); the rule never takes the range whole.",
        examples=["start"])


class Trigger(BaseModel):
    """Words that show a sentence speaks of this fact."""

    model_config = ConfigDict(extra="forbid")

    any: list[str] = Field(default_factory=list, description="At least one of these within `window` words of the mention.",
                           examples=[["talks", "meeting", "met"]])
    events: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Named events, each with its words: the nearest one names the fact (`date of annexation`).",
        examples=[{"annexation": ["annexation", "annexed"]}])
    context: list[str] = Field(default_factory=list, description="At least one of these anywhere within `context_window` words.",
                               examples=[["crisis", "conflict", "war"]])
    window: int = Field(8, ge=1, le=60, description="How many words from the mention a trigger word may stand.", examples=[8])
    context_window: int = Field(20, ge=1, le=200, description="How many words from the mention a context word may stand.",
                                examples=[8])
    exclude: list[str] = Field(default_factory=list, description="Words that veto the match within `exclude_window` words.",
                               examples=[["ago", "before", "ban"]])
    exclude_window: int = Field(3, ge=0, le=60, description="How near an `exclude` word must stand to veto.", examples=[3])
    exclude_before: list[str] = Field(
        default_factory=list,
        description="Words that veto the match only when they stand before it, within `exclude_before_window` "
                    "words: in `officials said on Sunday` the day is the statement's, not the event's.",
        examples=[["said", "told", "announced"]])
    exclude_before_window: int = Field(2, ge=0, le=60, description="How near before the match an `exclude_before` "
                                       "word must stand to veto.", examples=[2])
    exclude_before_between: bool = Field(
        False, description="Whether `exclude_before` words also veto a match that stands before them when they stand "
                           "between it and the trigger word that reached it, with no comma, colon, semicolon or dash "
                           "between them and that word, and no trigger word before the match: in `On Wednesday, "
                           "officials said the fire started on Monday` Wednesday is the statement's day.",
        examples=[True])
    exclude_before_figure: list[str] = Field(
        default_factory=list,
        description="Words that veto the match from before it, as `exclude_before` does, only when a figure stands "
                    "between them and it: in `the toll reached 780 on Wednesday` the day is the new count's, while "
                    "in `the cease-fire agreement reached in February` it is the event's.",
        examples=[["reached", "hit", "passed"]])
    exclude_before_clause: list[str] = Field(
        default_factory=list,
        description="Words that veto the match from before it anywhere in its clause, within "
                    "`exclude_before_clause_window` words and with no comma, colon, semicolon, dash or clause word "
                    "(`after`, `while`: data/text.yaml `clause_veto_breaks`) between: a forecast's verb governs "
                    "every figure it opens (`forecast fourth-quarter revenue of $4.9 billion`), where a result "
                    "`above forecasts` stays one, and so does one that `beat forecasts` (`clause_veto_benchmarks`).",
        examples=[["forecast", "expects", "guidance"]])
    exclude_before_clause_window: int = Field(6, ge=0, le=60, description="How far before the match an "
                                              "`exclude_before_clause` word may stand to veto.", examples=[6])
    require_before: list[str] = Field(
        default_factory=list,
        description="Words one of which must stand before the match, within `require_before_window` words, for the "
                    "rule to take it: a previous occurrence is the date after `since` (`the first strike since "
                    "2013`), never the day of the news beside it (`Wednesday's general strike, the first since 2013`).",
        examples=[["since"]])
    require_before_window: int = Field(2, ge=1, le=60, description="How near before the match a `require_before` "
                                       "word must stand.", examples=[2])
    exclude_after: list[str] = Field(
        default_factory=list,
        description="Words that veto the match only when they stand after it, within `exclude_after_window` "
                    "words: `two hours after the talks` counts from the talks, while `after 11 hours of talks` "
                    "says how long they lasted.",
        examples=[["after", "before"]])
    exclude_after_window: int = Field(1, ge=0, le=60, description="How near after the match an `exclude_after` "
                                      "word must stand to veto.", examples=[1])
    exclude_after_whole: bool = Field(
        False, description="Whether `exclude_after` words veto only durations in whole minutes or coarser "
                           "(`won the state two hours after polls closed`), sparing one told to the second "
                           "(`won the race in 2:01:39 after a fast start`): a result, whatever follows it.",
        examples=[True])
    exclude_after_unnamed: bool = Field(
        False, description="Whether `exclude_after` words veto a value only when no trigger word stands before it, "
                           "as they do a date: `arrived four minutes after the attack began` counts from the attack, "
                           "while `the attack lasted six minutes before police shot him` is its length.",
        examples=[True])
    clock_reach: bool = Field(
        False, description="Whether an event's word reaches a clock time in figures after it in its clause at any "
                           "distance (no comma, colon, semicolon, dash or clause word between), as if at the window's "
                           "edge: `The gunmen attacked the school in the town of Tudun Kaya at about 1:30 a.m.`; parts "
                           "of the day (`in the early hours`) keep the window.",
        examples=[True])
    other_events: list[str] = Field(
        default_factory=list,
        description="Words for other events of the family that veto the match within `exclude_window` words, "
                    "unless a trigger word outside the match stands nearer (`the magnitude 7.9 quake was followed "
                    "by aftershocks` keeps the quake's magnitude). Hedges that must always veto belong in `exclude`.",
        examples=[["aftershock", "aftershocks", "foreshock"]])

    @field_validator("any", "context", "exclude", "exclude_before", "exclude_before_figure", "exclude_before_clause",
                     "require_before", "exclude_after", "other_events")
    @classmethod
    def _phrases_open_with_a_word(cls, phrases):
        _check_openings(phrases)
        return phrases

    @field_validator("events")
    @classmethod
    def _event_phrases_open_with_a_word(cls, events):
        for phrases in events.values():
            _check_openings(phrases)
        return events


def _check_openings(phrases: list[str]) -> None:
    # phrases are looked for only where a word starts (engine._Triggers), so "% to" would never be found
    for p in phrases:
        if not p[:1].isalnum() and not p.startswith("_"):
            raise ValueError(f"{p!r} opens with {p[:1]!r}, but phrases are found only where a word starts")


class Compare(BaseModel):
    """How the values of one fact are compared."""

    model_config = ConfigDict(extra="forbid")

    tolerance: float | str = Field(0, description="Absolute (in the canonical unit) or relative (`\"5%\"`) slack added to each value.",
                                   examples=[0, "2%"])
    max_ratio: float | None = Field(
        None, gt=1, description="Values further apart than this factor are taken as different facts, not a discrepancy "
                                "(a €100,000 guarantee and a €10bn bail-out).", examples=[20])
    max_gap: float | None = Field(
        None, gt=0, description="Values whose intervals lie further apart than this, on the value's axis (days for "
                                "dates, minutes for times, seconds for durations, the unit for numbers), are taken as "
                                "different facts, not a discrepancy (this week's earthquake and the 1995 one).",
                                examples=[180])
    one_measure: bool = Field(
        False, description="The things the rule selects (`select.counted`) are counted as one: 42,000 homes and "
                           "24,000 customers without power are two sources' counts of one fact, where counts of "
                           "different things otherwise never meet.", examples=[True])

    @field_validator("tolerance")
    @classmethod
    def _tolerance(cls, v):
        if isinstance(v, str) and not _TOLERANCE.match(v):
            raise ValueError("tolerance must be a number or a percentage such as '5%'")
        if isinstance(v, (int, float)) and v < 0:
            raise ValueError("tolerance cannot be negative")
        return v

    def widen(self, low: float, high: float) -> tuple[float, float]:
        t = self.tolerance
        if isinstance(t, str):
            amount, percent = _parse_tolerance(t)
            if percent:
                return low - abs(low) * amount / 100, high + abs(high) * amount / 100
            t = amount
        return low - t, high + t


@lru_cache(maxsize=256)
def _parse_tolerance(text: str) -> tuple[float, bool]:
    """``"5%"`` -> (5.0, True); read once per distinct text, not once per claim."""
    m = _TOLERANCE.match(text)
    return float(m.group(1)), bool(m.group(2))


class Rule(BaseModel):
    """One fact family: which mentions, which scope, how to compare."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Unique id, lower case with dashes.", examples=["death-toll"])
    fact: str = Field(description="What the fact is, in a few words; events append their name.", examples=["death toll"])
    description: str = Field(description="One sentence for `factcheck rules list`.", examples=["How many people were killed."])
    why: str = Field(description="Why an editor cares when sources differ here.",
                     examples=["The death toll is the figure readers remember."])
    kind: Kind = Field(description="The kind of value compared.", examples=["count"])
    select: Select = Field(default_factory=Select, description="Which mentions of the kind the rule looks at.",
                           examples=[{"counted": ["person"], "roles": ["killed"]}])
    trigger: Trigger = Field(default_factory=Trigger, description="The words near a mention that make this rule pick it.",
                             examples=[{"any": ["talks", "meeting"], "window": 8}])
    scope: dict[ScopeName, ScopeMode] = Field(
        default_factory=dict,
        description="Qualifiers that keep facts apart: strict (must match; unstated is its own value), "
                    "required (must match; a claim that leaves it unstated is not compared), "
                    "joint (sets; a wider set is compared with its parts), "
                    "loose (a claim that leaves it unstated joins the one stated value), "
                    "compared (for quotations: claims are grouped by their words, not by this qualifier, "
                    "and compared on it; a claim that leaves it unstated agrees with any value).",
        examples=[{"location": "loose", "venue": "strict", "population": "strict"}])
    compare: Compare = Field(default_factory=Compare, description="How values are compared.",
                             examples=[{"tolerance": "2%", "max_ratio": 20}, {"max_gap": 180}])
    severity: Severity = Field("error", description="How serious a discrepancy of this fact is.", examples=["error", "warning"])
    message: str = Field(description="What a discrepancy finding says.", examples=["Sources disagree on the death toll"])
    report_agreement: bool = Field(True, description="Also report facts whose sources agree, or that one source states; "
                                                     "false keeps only differences (useful for names).",
                                   examples=[False])
    moves_with_news: bool = Field(
        False, description="The fact is a count or a measure that runs up or down as news comes in (a death toll, "
                           "the missing, the evacuated, a search area, the days a ship has been stuck): when sources differ only between "
                           "publication days, each day's agreeing, a discrepancy notes that a later figure may "
                           "update an earlier one. Not for fixed facts (a depth, a magnitude, a fine, a day's "
                           "cancelled flights).", examples=[True])
    examples: list[str] = Field(default_factory=list, description="Sentences this rule is meant for.",
                                examples=[["More than 6,100 people have been killed since April 2014."]])

    @model_validator(mode="after")
    def _events_need_a_name(self):
        if self.trigger.events and "{event}" not in self.fact:
            raise ValueError("a rule with trigger.events needs '{event}' in its fact, e.g. 'date of the {event}'")
        return self

    @model_validator(mode="after")
    def _compared_needs_words(self):
        compared = [d for d, mode in self.scope.items() if mode == "compared"]
        if len(compared) > 1:
            raise ValueError(f"only one qualifier can be compared; this rule compares {', '.join(compared)}")
        if compared and self.kind != "quote":
            raise ValueError("a compared qualifier needs kind quote: its claims are grouped by their words")
        return self

    @model_validator(mode="after")
    def _moves_with_news_needs_a_figure(self):
        if self.moves_with_news and self.kind not in ("count", "measure", "percent", "money", "duration"):
            raise ValueError("moves_with_news is for figures (kind count, measure, percent, money or duration); "
                             f"a {self.kind} does not run up with the news")
        return self

    @property
    def compared(self) -> str | None:
        """The qualifier this rule compares rather than groups by (scope mode ``compared``)."""
        return next((d for d, mode in self.scope.items() if mode == "compared"), None)



# the engine reads a rule's fields for every mention it is offered (``models.plain_attribute_reads``)
plain_attribute_reads(Rule, Select, Trigger, Compare)


def load_rules(dirs: list[Path]) -> list[Rule]:
    """Every ``*.yaml`` rule under ``dirs``; a later directory's rule replaces an earlier one with the same id."""
    by_id: dict[str, tuple[Rule, Path]] = {}
    for d in dirs:
        if not d.exists():
            raise UserInputError(str(d), "rules directory does not exist")
        files = sorted(p for p in d.glob("*.yaml") if not p.name.endswith(".test.yaml"))
        seen_here: dict[str, Path] = {}
        for f in files:
            rule = load_rule_file(f)
            if rule.id in seen_here:
                raise UserInputError(str(f), f"rule id '{rule.id}' is also defined in {seen_here[rule.id]}")
            seen_here[rule.id] = f
            by_id[rule.id] = (rule, f)
    return [r for r, _ in sorted(by_id.values(), key=lambda rf: rf[0].id)]


def load_rule_file(path: Path) -> Rule:
    try:
        data = yamlio.load(path.read_text(encoding="utf-8"), keep=True)
    except OSError as e:
        raise UserInputError(str(path), f"cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise UserInputError(str(path), "not UTF-8 text") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise UserInputError(where, f"not valid YAML: {getattr(e, 'problem', None) or e}") from None
    if data is None:
        raise UserInputError(str(path), "empty rule file")
    if not isinstance(data, dict):
        raise UserInputError(str(path), "a rule file must be a mapping of fields")
    try:
        return Rule.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        field = ".".join(str(x) for x in err["loc"]) or "rule"
        raise UserInputError(str(path), f"{field}: {err['msg']}") from None

"""The data that flows between stages: articles, values, mentions, claims, findings.

Every stage is a pure function from one of these to the next; nothing downstream
re-reads files. Models are frozen so a value can be shared between findings.
Hot paths build them with ``trusted`` (the extractors produce
already-valid data); everything read from outside goes through validation.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["count", "duration", "date", "time", "age", "money", "percent", "measure", "factor", "name", "quote"]
Qualifier = Literal["exact", "about", "more_than", "at_least", "less_than", "nearly", "at_most", "up_to", "range"]
Granularity = Literal["decade", "year", "season", "quarter", "month", "week", "day", "hour", "minute"]
Verdict = Literal["agree", "compatible", "discrepancy", "single_source"]
Severity = Literal["error", "warning", "info"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Value(BaseModel):
    """A typed value as an interval on its kind's canonical axis (see DESIGN.md).

    ``low``/``high`` are numbers (people, seconds, metres, currency units,
    years of age, percent) or ISO 8601 strings for dates and times
    (``--11-13`` when the year is unknown); ``None`` when unresolved.
    """

    model_config = _FROZEN

    kind: Kind
    low: float | str | None = None
    high: float | str | None = None
    stated: float | str | None = None
    stated_unit: str | None = None
    unit: str | None = None
    qualifier: Qualifier = "exact"
    granularity: Granularity | None = None
    counted: str | None = None
    role: str | None = None
    resolved: bool = True
    zone: str | None = None
    ordinal: bool = False


class Sentence(NamedTuple):
    """Where one sentence stands in its article's text: ``text[start:end]``.

    A named tuple rather than a model: every article has dozens, made while
    reading, and a tuple costs a fraction of a model to build.
    """

    start: int
    end: int


class Article(BaseModel):
    """One decoded article with its metadata and sentence boundaries."""

    model_config = ConfigDict(frozen=True)

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_from: str | None = Field(None, description="where the date came from: sidecar, front-matter, text, option, cluster (a dateline's month and day, the year its cluster's; or a date in figures read the way its cluster's dates fit)")
    sentences: tuple[Sentence, ...] = ()
    line_starts: tuple[int, ...] = (0,)


class Mention(BaseModel):
    """One extracted value with the exact span it came from.

    ``text == article.text[start:end]`` always holds; ``line`` and ``column``
    are 1-based and point at ``start``.
    """

    model_config = _FROZEN

    article: str
    kind: Kind
    text: str
    start: int
    end: int
    line: int
    column: int
    sentence: str
    sentence_index: int
    value: Value


class Claim(BaseModel):
    """A mention that a rule selected, with the scope it was read in."""

    model_config = _FROZEN

    rule: str
    fact: str
    mention: Mention
    # read-only: claims of the same name text share one scope dict (engine caches it)
    scope: dict[str, tuple[str, ...]] = {}
    published: dt.date | None = None


class Group(BaseModel):
    """Sources that agree among themselves inside one finding."""

    model_config = _FROZEN

    articles: tuple[str, ...]
    value: str


class Finding(BaseModel):
    model_config = _FROZEN

    id: str
    signature: str = Field("", description="hash of rule, fact, scope and the distinct values, without articles: "
                                           "an article that repeats a known value keeps it")
    rule: str
    fact: str
    kind: Kind
    verdict: Verdict
    severity: Severity
    message: str
    scope: dict[str, tuple[str, ...]] = {}
    claims: tuple[Claim, ...]
    groups: tuple[Group, ...] = ()
    notes: tuple[str, ...] = ()


class Report(BaseModel):
    model_config = ConfigDict(frozen=True)

    articles: tuple[Article, ...]
    findings: tuple[Finding, ...]
    skipped: tuple[str, ...] = ()


# Per model class: the defaults of the fields that have one, in field order, and, for
# a frozen model, the set of every field name, shared by all the instances built with
# every field given. Nothing adds to a shared set: a frozen model refuses assignment,
# and ``model_copy`` copies the set before it records the fields it updates.
_PLANS: dict[type, tuple[dict, set[str] | None]] = {}
_new_object = object.__new__
# pydantic's four slots, set through their descriptors: ``object.__setattr__`` would look each up by name
_SET_DICT = BaseModel.__dict__["__dict__"].__set__
_SET_FIELDS_SET = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_SET_EXTRA = BaseModel.__dict__["__pydantic_extra__"].__set__
_SET_PRIVATE = BaseModel.__dict__["__pydantic_private__"].__set__


def _plan(cls: type[BaseModel]) -> tuple[dict, set[str] | None]:
    plan = _PLANS[cls] = (
        {name: f.get_default(call_default_factory=True) for name, f in cls.model_fields.items() if not f.is_required()},
        set(cls.model_fields) if cls.model_config.get("frozen") else None,
    )
    return plan


def builder(cls: type[BaseModel]):
    """``build(fields)`` for a frozen model: an instance from a dict that gives every
    field, without validation, as ``trusted(cls, **fields)`` builds it. For the hot
    paths (a mention, a claim, a value per number): they write the dict literal in
    ``trusted``'s field order (the defaulted fields first, as ``Value``, ``Mention``
    and ``Claim`` declare them) and save its merge of keyword dictionaries."""
    every_field = set(cls.model_fields)  # shared by every instance, as in ``trusted``
    assert cls.model_config.get("frozen"), cls

    def build(fields: dict) -> BaseModel:
        obj = _new_object(cls)
        _SET_DICT(obj, fields)
        _SET_FIELDS_SET(obj, every_field)
        _SET_EXTRA(obj, None)
        _SET_PRIVATE(obj, None)
        return obj

    return build


build_value = builder(Value)  # a value per number: the extractors' one builder


def trusted(cls: type[BaseModel], **data) -> BaseModel:
    """A model instance from data the code itself produced, without validation.

    The extractors make tens of values per article; this is about four times
    cheaper than ``model_construct`` (and than validation). Anything read from
    outside (files, rules, options) is validated instead.
    """
    defaults, every_field = _PLANS.get(cls) or _plan(cls)
    obj = _new_object(cls)
    _SET_DICT(obj, {**defaults, **data})  # a given default keeps its place
    _SET_FIELDS_SET(obj, every_field if data.keys() == every_field else set(data))
    _SET_EXTRA(obj, None)
    _SET_PRIVATE(obj, None)
    return obj


# pydantic's ``BaseModel.__getattr__`` (for private attributes and extra fields, which
# these models do not have) makes CPython route every attribute read of a model through
# a Python-level hook (``slot_tp_getattr_hook``), and stops the interpreter from
# specializing the reads: about 5% of a run goes to reading a mention's ``start`` or a
# value's ``kind``. The hot models get the plain lookup back, which finds the same
# fields in the instance's ``__dict__`` and raises the same AttributeError for others.
def plain_attribute_reads(*classes: type[BaseModel]) -> None:
    """Give ``classes`` the object's own attribute lookup, when this is CPython and
    the type slot is where it is expected (checked on classes of known lookups)."""
    import sys

    if sys.implementation.name != "cpython":
        return
    import ctypes

    class Hooked:
        def __getattr__(self, name):
            raise AttributeError(name)

    class Plain:
        pass

    # ``tp_getattro``: the 19th pointer-sized field of a type object (after the object
    # header, name, sizes, dealloc, vectorcall offset, getattr, setattr, async, repr,
    # the number, sequence and mapping tables, hash, call and str)
    offset = 18 * ctypes.sizeof(ctypes.c_void_p)
    generic = ctypes.cast(ctypes.pythonapi.PyObject_GenericGetAttr, ctypes.c_void_p).value

    def slot(cls: type) -> ctypes.c_void_p:
        return ctypes.c_void_p.from_address(id(cls) + offset)

    hook = slot(Hooked).value
    if slot(Plain).value != generic or hook == generic:
        return  # not the layout this expects: keep the hook
    for cls in classes:
        if cls.__getattribute__ is object.__getattribute__ and not cls.__private_attributes__ and slot(cls).value == hook:
            slot(cls).value = generic
            ctypes.pythonapi.PyType_Modified(ctypes.py_object(cls))  # drop what the interpreter cached of the type


plain_attribute_reads(Value, Article, Mention, Claim, Group, Finding, Report)

"""The fast builders of the hot paths build what ``models.trusted`` builds."""

import datetime as dt

from factcheck.engine import _claim
from factcheck.corpus import build_article
from factcheck.extract import build_mention, extract_mentions
from factcheck.extract.base import Reading
from factcheck.extract.quantities import _value as number_value
from factcheck.extract.quotes import _value as quote_value
from factcheck.models import Claim, Mention, Value, trusted


def same(a, b):
    """Equal, with the fields in the same order and the same set of fields given."""
    assert type(a) is type(b)
    assert list(a.__dict__.items()) == list(b.__dict__.items())
    assert a.__pydantic_fields_set__ == b.__pydantic_fields_set__
    assert a.__pydantic_extra__ is None and a.__pydantic_private__ is None


VALUE = trusted(Value, kind="count", low=3, high=3, stated=3, unit="person")


def _mention(*fields):
    """A mention built as ``extract_mentions`` builds one, from its fields in their order."""
    return build_mention(dict(zip(Mention.model_fields, fields)))


def test_a_mention_is_built_as_trusted_builds_it():
    a = build_article("a", "a.txt", "Headline\n\nSome 3 people came.", published=dt.date(2015, 5, 12))
    m = next(m for m in extract_mentions(a) if m.kind == "count")
    fields = {name: getattr(m, name) for name in Mention.model_fields}
    assert (m.text, m.line, m.column, m.sentence) == ("Some 3 people", 3, 1, "Some 3 people came.")
    same(m, trusted(Mention, **fields))


def test_a_claim_is_built_as_trusted_builds_it():
    m = _mention("a", "count", "3 people", 4, 12, 2, 5, "Some 3 people.", 1, VALUE)
    args = dict(rule="r", fact="f", mention=m, scope={"venue": ("Sochi",)}, published=dt.date(2015, 5, 12))
    same(_claim(**args), trusted(Claim, **args))


def test_a_number_value_is_built_as_trusted_builds_it():
    r = Reading("count", 0, 8, 1.0, "person", "person", counted="person", role="killed")
    built = number_value(r, 3, 2.5, 3.5, "about", False)
    same(built, trusted(Value, low=2.5, high=3.5, stated=3, stated_unit="person", unit="person",
                        qualifier="about", granularity=None, counted="person", role="killed",
                        resolved=True, zone=None, ordinal=False, kind="count"))


def test_a_quote_value_is_built_as_trusted_builds_it():
    same(quote_value("We are ready."),
         trusted(Value, kind="quote", low=None, high=None, stated="We are ready.", stated_unit=None, unit=None,
                 qualifier="exact", granularity=None, counted=None, role=None, resolved=True, zone=None,
                 ordinal=False))


def test_copying_a_built_model_leaves_the_shared_field_set_alone():
    a = _mention("a", "count", "3", 0, 1, 1, 1, "3.", 0, VALUE)
    b = _mention("b", "count", "3", 0, 1, 1, 1, "3.", 0, VALUE)
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__  # one set, shared
    copy = a.model_copy(update={"text": "three"})
    assert copy.__pydantic_fields_set__ is not a.__pydantic_fields_set__
    copy.__pydantic_fields_set__.discard("text")
    assert "text" in b.__pydantic_fields_set__


def test_models_read_their_fields_without_pydantic_s_hook():
    """``plain_attribute_reads``: fields read as before, other names raise AttributeError,
    and pydantic's ``__getattr__`` is not asked (it would find a name among the extra fields)."""
    import pytest

    from factcheck.models import Article, Finding, Report, _SET_EXTRA
    from factcheck.rules import Rule

    m = _mention("a", "count", "3", 0, 1, 1, 1, "3.", 0, VALUE)
    assert (m.start, m.value.kind, m.value.low) == (0, "count", 3)
    assert m.model_copy(update={"text": "three"}).text == "three"
    assert Article(id="a", path="p", text="t").model_dump()["id"] == "a"
    for cls in (Value, Mention, Claim, Article, Finding, Report, Rule):
        obj = cls.__new__(cls)
        _SET_EXTRA(obj, {"nothing": 1})
        with pytest.raises(AttributeError, match=f"'{cls.__name__}' object has no attribute 'nothing'"):
            obj.nothing


def test_models_with_extra_fields_keep_pydantic_s_hook():
    from factcheck.evaluate import GoldMention

    g = GoldMention.model_validate({"article": "a", "quote": "3", "note": "kept"})
    assert g.note == "kept"

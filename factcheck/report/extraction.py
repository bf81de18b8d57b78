"""The `factcheck extract` listing: what the engine will see, as text or JSON."""

from __future__ import annotations

import json
from functools import lru_cache

from factcheck.extract.numbers import clean
from factcheck.models import Mention, Value

VALUE_FIELDS = ("low", "high", "stated", "stated_unit", "unit", "qualifier", "granularity", "counted", "role", "resolved")

# The JSON contract's qualifiers are a fixed set (DESIGN.md); "nearly" ("almost 100") is a
# "less than" whose interval stops short of zero, and is written as one there.
CONTRACT_QUALIFIERS = {"nearly": "less_than"}


def value_json(value: Value) -> dict:
    """A value with every field of the DESIGN.md table, in a fixed order."""
    out = {"kind": value.kind}
    for f in VALUE_FIELDS:
        out[f] = getattr(value, f)
    out["qualifier"] = CONTRACT_QUALIFIERS.get(value.qualifier, value.qualifier)
    if value.zone:
        out["zone"] = value.zone
    if value.ordinal:
        out["ordinal"] = True
    return out


def mention_json(m: Mention) -> dict:
    return {
        "article": m.article, "text": m.text, "start": m.start, "end": m.end, "line": m.line,
        "column": m.column, "sentence": m.sentence, "kind": m.kind, "value": value_json(m.value),
    }


def render_json(mentions: list[Mention]) -> str:
    return json.dumps({"mentions": [mention_json(m) for m in mentions]}, ensure_ascii=False, indent=1) + "\n"


def describe(v: Value) -> str:
    """A short human reading of a value: ``6000..7000 person (killed)``."""
    if not v.resolved:
        return f"unresolved {v.granularity or ''}".strip()
    span = f"{v.low}" if v.low == v.high else f"{v.low}..{v.high}"
    unit = v.unit if v.kind not in ("date", "time") else v.granularity
    extra = []
    if v.qualifier != "exact":
        extra.append(v.qualifier)
    if v.role:
        extra.append(v.role)
    if v.zone:
        extra.append(v.zone)
    if (per := _per_period(v)) is not None:
        extra.append(per)
    return f"{span} {unit or ''}".rstrip() + (f" ({', '.join(extra)})" if extra else "")


def _per_period(v: Value) -> str | None:
    """Money per a period, compared per second (so that "£360 a week" and "£18,720 a year"
    compare), as it reads per the period stated: "£1,350 a year" is ``GBP_per_year 1349.5..1350.5``."""
    if v.kind != "money" or not str(v.unit).endswith("_per_second") or "_per_" not in str(v.stated_unit):
        return None
    period = str(v.stated_unit).rsplit("_per_", 1)[1]
    seconds = _period_seconds().get(period)
    if seconds is None:
        return None
    # to the six digits the value per second keeps
    low, high = (clean(float(f"{x * seconds:.6g}")) for x in (v.low, v.high))
    return f"{v.unit[:-len('_per_second')]}_per_{period} {low if low == high else f'{low}..{high}'}"


@lru_cache(maxsize=1)
def _period_seconds() -> dict[str, float]:
    from factcheck.vocab import vocabulary

    return {u.name: u.factor for u in vocabulary().duration_units.values()}


def render_text(mentions: list[Mention], paths: dict[str, str]) -> str:
    lines = []
    for m in mentions:
        lines.append(f"{paths[m.article]}:{m.line}:{m.column}: {m.kind} {m.text!r} = {describe(m.value)}")
    return "\n".join(lines) + ("\n" if lines else "")

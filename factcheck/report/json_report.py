"""`report.json`: the stable machine interface (contract in DESIGN.md)."""

from __future__ import annotations

import json
import math

from factcheck.models import Article, Claim, Finding, Report, Value
from factcheck.report.extraction import CONTRACT_QUALIFIERS, VALUE_FIELDS, value_json

SCHEMA_VERSION = "1"


def article_json(a: Article) -> dict:
    return {
        "id": a.id, "path": a.path, "title": a.title, "outlet": a.outlet, "url": a.url,
        "published": a.published.isoformat() if a.published else None, "published_from": a.published_from,
    }


# Tuples are written as JSON arrays, like lists, so the models' tuples go in as they are.


def claim_json(c: Claim) -> dict:
    m = c.mention
    return {
        "article": m.article, "text": m.text, "start": m.start, "end": m.end, "line": m.line, "column": m.column,
        "sentence": m.sentence, "display": m.text, "scope": _stated(c.scope), "value": value_json(m.value),
    }


def _stated(scope: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The qualifiers a claim states; most claims state all they have."""
    return scope if all(scope.values()) else {k: v for k, v in scope.items() if v}


def finding_json(f: Finding, with_claims: bool = True) -> dict:
    out = {
        "id": f.id, "signature": f.signature, "rule": f.rule, "fact": f.fact, "kind": f.kind, "verdict": f.verdict, "severity": f.severity,
        "message": f.message, "scope": f.scope,
        "groups": [{"articles": g.articles, "value": g.value} for g in f.groups],
        "notes": f.notes,
    }
    if with_claims:
        out["claims"] = [claim_json(c) for c in f.claims]
    return out


# json.dumps(obj, ensure_ascii=False) builds an encoder per call; this is the
# same encoder built once, and without the check for cycles our data cannot have
_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
# the C function that encoder writes strings with
_string = json.encoder.encode_basestring


def render(report: Report) -> str:
    """One article or finding per line: diffs stay readable, and the C encoder
    (which json uses only without ``indent``) keeps large reports fast. The
    pieces are joined once at the end: a report can be megabytes, and every
    concatenation of the whole would copy it again."""
    claims = ClaimTexts()
    parts = [f'{{"schema_version": {json.dumps(SCHEMA_VERSION)},\n"articles": ']
    _array(parts, [[_encode(article_json(a))] for a in report.articles])
    parts.append(',\n"findings": ')
    _array(parts, [finding_parts(f, claims) for f in report.findings])
    parts.append(f',\n"skipped": {json.dumps(list(report.skipped), ensure_ascii=False)}}}\n')
    return "".join(parts)


def _array(parts: list[str], items: list[list[str]]) -> None:
    """A JSON array, one item per line; each item comes in pieces of text."""
    if not items:
        parts.append("[]")
        return
    parts.append("[\n")
    for i, item in enumerate(items):
        if i:
            parts.append(",\n")
        parts += item
    parts.append("\n]")


def finding_parts(f: Finding, claims: ClaimTexts, more: dict | None = None) -> list[str]:
    """``_encode({**finding_json(f), **more})`` in pieces, with each claim
    encoded once per report."""
    head = _encode(finding_json(f, with_claims=False))
    end = ", " + _encode(more)[1:] if more else "}"  # the keys after the claims, and the closing brace
    return [head[:-1], ', "claims": [', ", ".join(map(claims.text, f.claims)), "]", end]


class ClaimTexts:
    """Claims and values as JSON text, each encoded once: a claim recurs in a
    wider finding and its parts, and one value object in many claims."""

    def __init__(self) -> None:
        self._claims: dict[int, str] = {}
        self._values: dict[int, str] = {}
        self._scopes: dict[tuple, str] = {}  # by content: claims share a few scopes

    def text(self, c: Claim) -> str:
        out = self._claims.get(id(c))
        if out is None:
            out = self._claims[id(c)] = self._claim(c)
        return out

    def _claim(self, c: Claim) -> str:
        """``_encode(claim_json(c))``, written out: the encoder's per-key work is
        most of the time a report takes, and a claim always has these keys."""
        m = c.mention
        # each read of a model's field costs: every field is read once
        start, end, line, column = m.start, m.end, m.line, m.column
        if not type(start) is type(end) is type(line) is type(column) is int:
            return _encode(claim_json(c))
        text = _string(m.text)
        scope_key = tuple(c.scope.items())
        scope = self._scopes.get(scope_key)
        if scope is None:
            scope = self._scopes[scope_key] = _scope_text(c.scope)
        value = self._values.get(id(m.value))
        if value is None:
            value = self._values[id(m.value)] = _value_text(m.value)
        return (f'{{"article": {_string(m.article)}, "text": {text}, "start": {start}, "end": {end}, '
                f'"line": {line}, "column": {column}, "sentence": {_string(m.sentence)}, "display": {text}, '
                f'"scope": {scope}, "value": {value}}}')


def _scope_text(scope: dict[str, tuple[str, ...]]) -> str:
    """``_encode(_stated(scope))`` for the usual scope, names to tuples of names."""
    try:
        return "{" + ", ".join([f"{_string(k)}: [{', '.join(map(_string, v))}]" for k, v in scope.items() if v]) + "}"
    except TypeError:  # something other than text: the encoder knows what to do
        return _encode(_stated(scope))


def _value_text(v: Value) -> str:
    """``_encode(value_json(v))``, written out field by field."""
    fields = [f'"kind": {_scalar(v.kind)}'] + [f'"{f}": {_scalar(getattr(v, f))}' for f in VALUE_FIELDS]
    if v.qualifier in CONTRACT_QUALIFIERS:
        fields[1 + VALUE_FIELDS.index("qualifier")] = f'"qualifier": {_scalar(CONTRACT_QUALIFIERS[v.qualifier])}'
    if v.zone:
        fields.append(f'"zone": {_scalar(v.zone)}')
    if v.ordinal:
        fields.append('"ordinal": true')
    return "{" + ", ".join(fields) + "}"


def _scalar(x: object) -> str:
    """One JSON scalar, as the encoder writes it."""
    if x is None:
        return "null"
    if x is True:
        return "true"
    if x is False:
        return "false"
    if type(x) is str:
        return _string(x)
    if type(x) is int:
        return int.__repr__(x)
    if type(x) is float and math.isfinite(x):
        return float.__repr__(x)
    return _encode(x)  # NaN, infinities, anything else: as the encoder writes them

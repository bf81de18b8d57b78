"""Quotations: the words between quotation marks, long enough to compare."""

from __future__ import annotations

from factcheck import pattern_cache
from factcheck.extract.base import Found
from factcheck.models import Value, build_value, trusted

# Straight or curly quotes; a quotation left open runs to the end of its paragraph.
# (The body cannot run past a closing quote or a line break, so taking as much as
# it can is the same as taking as little: the first closing quote ends it.)
_QUOTE = pattern_cache.compile(r"[\"“]([^\"“”\n]{1,600})(?:[\"”]|(?=\n))")
_OPENERS = ('"', "“")  # the characters ``_QUOTE`` opens with
# Single quotes, as British papers print speech ('We will fight,' he said) and headlines
# quote. An apostrophe looks the same, so a single quote opens only before a letter or a
# digit and after no word character, and closes only after one that is no blank and before
# none (not "don't", "Smith's"), within its line; it is never left open.
_SINGLE = pattern_cache.compile(r"['‘]([A-Za-z0-9][^\n\"“”]{0,600}?[^\s'‘])['’](?![\w'’])")
_SINGLE_OPENERS = ("'", "‘")
_BEFORE_SINGLE = " \t\n(—–:"  # what may stand before a single quote that opens one
_MIN_WORDS = 4


def _openers(text: str) -> list[int]:
    """Where an opening quote stands, in order. ``str.find`` runs at C speed;
    a regular expression would test every character of the text."""
    out = []
    for mark in _OPENERS:
        i = text.find(mark)
        while i >= 0:
            if not (mark == '"' and i and text[i - 1].isdigit()):  # an inch mark ("5'11\"", "a 55\" TV") opens nothing
                out.append(i)
            i = text.find(mark, i + 1)
    for mark in _SINGLE_OPENERS:
        i = text.find(mark)
        while i >= 0:
            if i == 0 or text[i - 1] in _BEFORE_SINGLE:  # most are apostrophes inside a word
                out.append(i)
            i = text.find(mark, i + 1)
    out.sort()
    return out


def extract(text: str) -> list[Found]:
    out = []
    match = _QUOTE.match
    last = 0
    # the matches of ``_QUOTE.finditer`` and ``_SINGLE``'s: each tried at an opening quote, none overlapping
    for at in _openers(text):
        if at < last:
            continue
        m = match(text, at) if text[at] in _OPENERS else _SINGLE.match(text, at)
        if m is None:
            continue
        last = m.end()
        body = m.group(1)
        inner = body.strip()
        if len(inner.split(None, _MIN_WORDS - 1)) < _MIN_WORDS:
            continue
        start = m.start(1) + (len(body) - len(body.lstrip()))
        end = start + len(inner)
        out.append(Found(start, end, _value(inner)))
    return out


_TEMPLATE = trusted(Value,
    kind="quote", low=None, high=None, stated="", stated_unit=None, unit=None, qualifier="exact",
    granularity=None, counted=None, role=None, resolved=True, zone=None, ordinal=False)


def _value(stated: str) -> Value:
    """``trusted(Value, kind="quote", stated=stated, ...)`` made from a template:
    the fields are copied, not merged from keywords."""
    return build_value({**_TEMPLATE.__dict__, "stated": stated})

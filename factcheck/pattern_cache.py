"""``re.compile``, with the compiled code kept on disk between runs (``disk_cache``).

factcheck's patterns are large: vocabularies become alternations of thousands of
characters, about 400 patterns in all. Python's ``re`` parses a pattern and generates
its code in pure Python before the C engine takes it over, and for these patterns
that cost about half a second of processor time at every start, far more than
reading a cluster of twenty articles. So the first run saves each pattern's code,
and later runs hand it straight to the engine (``_sre.compile``, which checks the
code before it accepts it). A pattern made here matches what ``re.compile``'s
does, and its code differs from that one's in one way only, which the engine runs
faster (``_skippable_branches``); with the cache off, it is made the same way.
"""

from __future__ import annotations

import re
import threading
from array import array

from factcheck import disk_cache

try:  # CPython's engine and its code generator; elsewhere patterns are compiled plainly
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:  # pragma: no cover - other Pythons
    _sre = _compiler = _constants = _parser = None

_plain = re.compile  # what a pattern the cache cannot hold is compiled with
_lock = threading.RLock()
_patterns: dict[tuple, re.Pattern] = {}  # (type, pattern, flags) -> the compiled pattern, this process
_CODE = 2  # where the code stands among ``_sre.compile``'s arguments
# the code is kept as machine words, which load far faster than a list of ints
_KEEPS = _sre is not None and array("I").itemsize == _sre.CODESIZE


def compile(pattern: str | bytes, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, from the cache when it holds the pattern."""
    flags = int(flags)
    key = (type(pattern), pattern, flags)
    compiled = _patterns.get(key)
    if compiled is None:
        with _lock:
            compiled = _patterns.get(key)
            if compiled is None:
                compiled = _patterns[key] = _compile(pattern, flags)
    return compiled


def _compile(pattern, flags: int) -> re.Pattern:
    if not _KEEPS or not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
        return _plain(pattern, flags)
    if disk_cache.folder() is None:
        args = _arguments(pattern, flags)
        return _plain(pattern, flags) if args is None else _sre.compile(*args)
    item = _item(pattern, flags)
    args = _read(item, pattern, flags)
    if args is not None:
        try:
            return _sre.compile(*args)
        except Exception:  # noqa: BLE001 - a code this engine refuses: compile it afresh
            pass
    args = _arguments(pattern, flags)
    if args is None:
        return _plain(pattern, flags)
    _write(item, (pattern, flags), args)
    return _sre.compile(*args)


class _Recorder:
    """Stands in for ``_sre`` in ``re._compiler`` while one pattern is compiled, to
    keep the arguments the code generator hands to the engine. Only this thread's:
    another may compile meanwhile, through the same module."""

    def __init__(self):
        self.arguments = None
        self.thread = threading.get_ident()

    def __getattr__(self, name):
        return getattr(_sre, name)

    def compile(self, *args):
        if threading.get_ident() == self.thread:
            self.arguments = args
        return _sre.compile(*args)


def _arguments(pattern, flags: int) -> tuple | None:
    """The arguments ``re._compiler`` gives ``_sre.compile`` for this pattern, parsed
    and with ``_skippable_branches`` (its code among them), or None where they cannot
    be read."""
    recorder = _Recorder()
    try:
        _compiler._sre = recorder
        _compiler.compile(_skippable_branches(_parser.parse(pattern, flags)), flags)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - a ``re`` laid out otherwise: no cache
        return None
    finally:
        _compiler._sre = _sre
    args = recorder.arguments
    if not args or args[0] is not None or not isinstance(args[_CODE], list):
        return None
    return (pattern, *args[1:])


# The characters other than its two cases that a letter matches under IGNORECASE with
# Unicode folding, as ``re`` folds them (tests/test_pattern_cache.py asks the engine)
_OTHER_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}  # İ ı, the Kelvin sign, ſ


def _skippable_branches(parsed):
    """``parsed`` with each branch of an alternation that opens with an ASCII letter
    under IGNORECASE opening instead with a case-sensitive class of the characters that
    letter matches ("a" as ``(?-i:[Aa])``): the same matches. The engine passes over a
    branch whose first plain literal or class fails without entering it, but enters every
    branch that opens with a letter whose case it ignores, to fail there; the prefix trees
    of the vocabularies (``trie_alternation``) are alternations of a letter each."""
    _open_with_classes(parsed, parsed.state.flags)
    return parsed


def _open_with_classes(items, flags: int) -> None:
    c = _constants
    folds = flags & c.SRE_FLAG_IGNORECASE and not flags & c.SRE_FLAG_LOCALE
    for op, av in items:
        if op is c.BRANCH:
            for branch in av[1]:
                if folds and branch and branch[0][0] is c.LITERAL and chr(branch[0][1]) in _ASCII_LETTERS:
                    letter = chr(branch[0][1]).lower()
                    # a scoped "(?a:...)" adds ASCII and leaves UNICODE set: ASCII wins, as in ``re``
                    unicode = flags & c.SRE_FLAG_UNICODE and not flags & c.SRE_FLAG_ASCII
                    forms = letter.upper() + letter + (_OTHER_CASES.get(letter, "") if unicode else "")
                    forms_class = _parser.SubPattern(branch.state, [(c.IN, [(c.LITERAL, ord(f)) for f in forms])])
                    branch[0] = (c.SUBPATTERN, (None, 0, c.SRE_FLAG_IGNORECASE, forms_class))
                _open_with_classes(branch, flags)
        elif op is c.SUBPATTERN:
            _group, add, remove, inside = av
            _open_with_classes(inside, (flags | add) & ~remove)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            _open_with_classes(av[2], flags)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _open_with_classes(av[1], flags)
        elif op is c.ATOMIC_GROUP:
            _open_with_classes(av, flags)
        elif op is c.GROUPREF_EXISTS:
            for inside in av[1:]:
                if inside is not None:
                    _open_with_classes(inside, flags)


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


# Names the form of the code kept: code made before ``_skippable_branches`` is not read
_FORM = b"skippable-branches"


def _item(pattern, flags: int) -> str:
    raw = pattern.encode("utf-8", "surrogatepass") if isinstance(pattern, str) else pattern
    return disk_cache.name("re", _FORM, b"s" if isinstance(pattern, str) else b"b", flags.to_bytes(8, "little"), raw)


def _read(item: str, pattern, flags: int) -> tuple | None:
    """The engine's arguments kept for ``pattern``, or None (none kept, or damaged)."""
    kept = disk_cache.read(item)
    if type(kept) is not tuple or len(kept) != 2 or kept[0] != (pattern, flags) or type(kept[1]) is not tuple:
        return None  # none kept, damaged, or another pattern with the same name: compile this one
    try:
        return tuple(array("I", a).tolist() if i == _CODE else a for i, a in enumerate(kept[1]))
    except (ValueError, TypeError, OverflowError):
        return None


def _write(item: str, key: tuple, args: tuple) -> None:
    try:
        stored = tuple(array("I", a).tobytes() if i == _CODE else a for i, a in enumerate(args))
    except (OverflowError, TypeError):
        return
    disk_cache.write(item, (key, stored))

"""``re.compile``, with the compiled code kept on disk between runs, as Python keeps
bytecode in ``__pycache__``.

factcheck's patterns are large: vocabularies become alternations of thousands of
characters, about 400 patterns in all. Python's ``re`` parses a pattern and generates
its code in pure Python before the C engine takes it over, and for these patterns
that costs about half a second of processor time at every start, far more than
reading a cluster of twenty articles. So the first run saves each pattern's code,
and later runs hand it straight to the engine (``_sre.compile``, which checks the
code before it accepts it).

The cache is a folder per Python build in ``$FACTCHECK_CACHE_DIR`` (default
``$XDG_CACHE_HOME/factcheck``, or ``~/.cache/factcheck``), a small file per pattern;
``FACTCHECK_CACHE_DIR=off`` turns it off. Anything wrong with it (no such folder, no
right to write, a damaged file) only means the pattern is compiled as ``re.compile``
would: a pattern from the cache is the same object ``re.compile`` makes, so results
never depend on it.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
from array import array
from pathlib import Path

try:  # CPython's engine and its code generator; elsewhere patterns are compiled plainly
    import _sre
    from re import _compiler
except ImportError:  # pragma: no cover - other Pythons
    _sre = _compiler = None

_plain = re.compile  # what a pattern the cache cannot hold is compiled with
_lock = threading.RLock()
_patterns: dict[tuple, re.Pattern] = {}  # (type, pattern, flags) -> the compiled pattern, this process
_UNSET = object()
_CODE = 2  # where the code stands among ``_sre.compile``'s arguments
_folder: Path | None | object = _UNSET  # where this build's codes are kept; None: nowhere
# Patterns change as vocabularies and rule sets do, and the files of the old ones are never
# read again: past this many files, the older half goes (a pattern still in use is only
# compiled and written again)
_MOST_FILES = 5000
_pruned = False


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
    folder = _cache_folder()
    if folder is None or not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
        return _plain(pattern, flags)
    path = folder / _file_name(pattern, flags)
    args = _read(path, pattern, flags)
    if args is not None:
        try:
            return _sre.compile(*args)
        except Exception:  # noqa: BLE001 - a code this engine refuses: compile it afresh
            pass
    args = _arguments(pattern, flags)
    if args is None:
        return _plain(pattern, flags)
    _write(path, (pattern, flags), args)
    return _sre.compile(*args)


class _Recorder:
    """Stands in for ``_sre`` in ``re._compiler`` while one pattern is compiled, to
    keep the arguments the code generator hands to the engine."""

    def __init__(self):
        self.arguments = None

    def __getattr__(self, name):
        return getattr(_sre, name)

    def compile(self, *args):
        self.arguments = args
        return _sre.compile(*args)


def _arguments(pattern, flags: int) -> tuple | None:
    """The arguments ``re._compiler`` gives ``_sre.compile`` for this pattern
    (its code among them), or None where they cannot be read."""
    recorder = _Recorder()
    try:
        _compiler._sre = recorder
        _compiler.compile(pattern, flags)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - a ``re`` laid out otherwise: no cache
        return None
    finally:
        _compiler._sre = _sre
    args = recorder.arguments
    if not args or args[0] != pattern or not isinstance(args[_CODE], list):
        return None
    return args


def _cache_folder() -> Path | None:
    global _folder
    if _folder is _UNSET:
        _folder = _where()
    return _folder


def _where() -> Path | None:
    if _sre is None or array("I").itemsize != _sre.CODESIZE:
        return None
    where = os.environ.get("FACTCHECK_CACHE_DIR")
    if where is not None and where.strip().lower() in ("", "off", "0", "no", "false"):
        return None
    if not where:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        where = os.path.join(base, "factcheck")
    # the engine's code is only good for the build that made it
    build = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()).hexdigest()[:12]
    return Path(where) / f"patterns-{sys.implementation.cache_tag}-{build}"


def _file_name(pattern, flags: int) -> str:
    raw = pattern.encode("utf-8", "surrogatepass") if isinstance(pattern, str) else pattern
    kind = b"s" if isinstance(pattern, str) else b"b"
    return hashlib.blake2b(kind + flags.to_bytes(8, "little") + raw, digest_size=16).hexdigest()


def _read(path: Path, pattern, flags: int) -> tuple | None:
    """The engine's arguments kept for ``pattern``, or None (none kept, or damaged)."""
    try:
        kept = marshal.loads(path.read_bytes())
        if kept[0] != (pattern, flags):
            return None  # another pattern with the same name: compile this one
        # the code is kept as machine words, which load far faster than a list of ints
        return tuple(array("I", a).tolist() if i == _CODE else a
                     for i, a in enumerate(kept[1]))
    except (OSError, ValueError, EOFError, TypeError, IndexError, OverflowError):
        return None


def _write(path: Path, key: tuple, args: tuple) -> None:
    """Keep ``args`` in ``path``, atomically: a reader sees a whole file or none."""
    try:
        stored = tuple(array("I", a).tobytes() if i == _CODE else a for i, a in enumerate(args))
        data = marshal.dumps((key, stored))
    except (ValueError, OverflowError, TypeError):
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        _prune(path.parent)
    except OSError:
        pass


def _prune(folder: Path) -> None:
    """Once a process, if ``folder`` holds more than ``_MOST_FILES`` files, delete the
    older half (by when they were written)."""
    global _pruned
    if _pruned:
        return
    _pruned = True
    with os.scandir(folder) as entries:
        files = [(e.stat().st_mtime, e.path) for e in entries if e.is_file()]
    if len(files) > _MOST_FILES:
        for _, old in sorted(files)[:len(files) // 2]:
            try:
                os.unlink(old)
            except OSError:
                pass


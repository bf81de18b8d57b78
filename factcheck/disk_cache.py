"""What a run derives from fixed inputs and the next run can reuse, kept on disk as
Python keeps bytecode in ``__pycache__``: compiled patterns (``pattern_cache``) and
parsed YAML (``yamlio``). Together they were most of what starting a run cost.

One small file per item, named by a hash of what it was derived from, so an item
is never stale: changed input, another name. The folder is per Python build
(``marshal`` and the regex engine's code are only good for the build that made
them), in ``$FACTCHECK_CACHE_DIR`` (default ``$XDG_CACHE_HOME/factcheck``, or
``~/.cache/factcheck``); ``FACTCHECK_CACHE_DIR=off`` turns it off. Anything wrong
with it (no such folder, no right to write, a damaged file) only means the item is
made again: results never depend on the cache.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path

_UNSET = object()
_folder: Path | None | object = _UNSET  # None: nowhere
# Inputs change (vocabularies, rule files), and the files of old items are never read
# again: past this many files, the older half goes (an item still in use is only made
# and written again)
_MOST_FILES = 5000
_pruned = False


def folder() -> Path | None:
    """Where this build's items are kept; None when the cache is off, or when the
    folder is not safely this user's own (see ``_safe``)."""
    global _folder
    if _folder is _UNSET:
        _folder = _where()
        if _folder is not None and _folder.exists() and not _safe(_folder):
            _folder = None
    return _folder


def _safe(where: Path) -> bool:
    """Whether ``where`` belongs to this user and no one else may write in it: what
    is read from it becomes patterns and vocabularies."""
    try:
        st = where.stat()
    except OSError:
        return False
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    return not st.st_mode & 0o022


def _where() -> Path | None:
    where = os.environ.get("FACTCHECK_CACHE_DIR")
    if where is not None and where.strip().lower() in ("", "off", "0", "no", "false"):
        return None
    if not where:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        where = os.path.join(base, "factcheck")
    try:
        import _sre
        engine = f"{_sre.MAGIC}|{_sre.CODESIZE}"
    except ImportError:  # pragma: no cover - other Pythons
        engine = ""
    build = hashlib.sha256(f"{sys.version}|{sys.byteorder}|{engine}".encode()).hexdigest()[:12]
    return Path(where) / f"{sys.implementation.cache_tag}-{build}"


def name(kind: str, *parts: bytes) -> str:
    """The file name of an item of ``kind`` derived from ``parts``."""
    h = hashlib.blake2b(digest_size=16)
    for p in parts:
        h.update(len(p).to_bytes(8, "little"))
        h.update(p)
    return f"{kind}-{h.hexdigest()}"


def read(item: str):
    """The value kept as ``item``, or None (none kept, cache off, or damaged)."""
    where = folder()
    if where is None:
        return None
    try:
        return marshal.loads((where / item).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None


def write(item: str, value) -> None:
    """Keep ``value`` (what ``marshal`` takes) as ``item``, atomically: a reader sees
    a whole file or none. Fails quietly."""
    where = folder()
    if where is None:
        return
    try:
        data = marshal.dumps(value)
    except ValueError:
        return  # a value marshal cannot hold (a date, say): made again next time
    try:
        if not where.exists():
            where.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not _safe(where):  # made meanwhile by someone else
                _off()
                return
        fd, tmp = tempfile.mkstemp(dir=where, prefix=item, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, where / item)
        except BaseException:
            os.unlink(tmp)
            raise
        _prune(where)
    except OSError:
        _off()  # no right to write there, or no room: this run keeps no more


def _off() -> None:
    global _folder
    _folder = None


def _prune(where: Path) -> None:
    """Once a process, if ``where`` holds more than ``_MOST_FILES`` files, delete the
    older half (by when they were written)."""
    global _pruned
    if _pruned:
        return
    _pruned = True
    with os.scandir(where) as entries:
        files = [(e.stat().st_mtime, e.path) for e in entries if e.is_file()]
    if len(files) > _MOST_FILES:
        for _, old in sorted(files)[:len(files) // 2]:
            try:
                os.unlink(old)
            except OSError:
                pass

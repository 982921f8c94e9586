"""Locks and use marks of the gazetteer cache (:mod:`geo.gazetteer.cache`).

A build or a pruning holds the cache directory's exclusive lock (:func:`cache_lock`); a
process that has an index open holds a shared lock on its ``meta.json``
(:func:`hold_index`), which a pruning must take exclusively to remove it
(:func:`lock_unused`); using an index touches its ``meta.json`` (:func:`mark_used`).
``fcntl.flock`` locks: released when the descriptor is closed or its process ends.
Where :mod:`fcntl` is missing (Windows), there are no locks, and removing an index a
process has open fails (it is skipped).
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from ..errors import GazetteerError

__all__ = ["cache_lock", "hold_index", "last_used", "lock_unused", "mark_used"]


def mark_used(path: Path, every_s: float) -> bool:
    """Whether the index at ``path`` is there (its ``meta.json``); marked as used (the
    file's modification time) when it was last marked over ``every_s`` seconds ago."""
    meta = path / "meta.json"
    try:
        st = meta.stat()
    except OSError:
        return False
    if time.time() - st.st_mtime > every_s:
        with contextlib.suppress(OSError):  # a read-only cache: never pruned by age then
            os.utime(meta)
    return True


def last_used(path: Path) -> float:
    """When the index was built or last marked as used (0 if it has no ``meta.json``)."""
    try:
        return (path / "meta.json").stat().st_mtime
    except OSError:
        return 0.0


@contextlib.contextmanager
def cache_lock(root: Path):
    """An exclusive lock of the cache directory (``root/.lock``), waited for: one build or
    pruning at a time. Nothing where :mod:`fcntl` is missing (Windows)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: open files cannot be removed there
        yield
        return
    try:
        fd = os.open(root / ".lock", os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError as err:
        raise GazetteerError(f"cannot lock the gazetteer cache {root}: {err}") from err
    try:
        with contextlib.suppress(OSError):  # a file system without locks (some network
            fcntl.flock(fd, fcntl.LOCK_EX)  # ones): unlocked, as where fcntl is missing
        yield
    finally:
        os.close(fd)  # releases the lock


def hold_index(path: str | os.PathLike[str]) -> int | None:
    """A descriptor of the index's ``meta.json`` holding a shared lock on it: while it is
    open, :func:`geo.gazetteer.cache.prune_indexes` leaves the index alone. None where
    locks are missing (Windows) or the file cannot be opened (the caller reports a
    missing index).

    Raises
    ------
    GazetteerError
        The index is being removed (another process holds its exclusive lock) or was.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return None
    try:
        fd = os.open(Path(path) / "meta.json", os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:  # a pruning holds it
        removed = True
    except OSError:  # a file system without locks (some network ones): not held
        os.close(fd)
        return None
    else:
        removed = os.fstat(fd).st_nlink == 0  # removed between the open and the lock
    if removed:
        os.close(fd)
        raise GazetteerError(f"gazetteer index {path} is being removed: open it again")
    return fd


def lock_unused(path: Path) -> int | None:
    """The index's ``meta.json`` locked exclusively (a descriptor to close), or None if a
    process holds it open; -1 for a directory without ``meta.json`` (no one can open it)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: removing an open file fails instead
        return -1
    try:
        fd = os.open(path / "meta.json", os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return -1
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # held (or no locks here: whether it is open is unknown, so kept)
        os.close(fd)
        return None
    return fd

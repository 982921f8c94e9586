"""Locate, build and prune the cached gazetteer indexes.

An index is built once per version of geo and its sources into a user cache
directory (:func:`cache_dir`, ``$GEO_CACHE_DIR`` overrides it), under a name that
carries its format version and the sources' fingerprint
(:func:`current_fingerprint`, remembered under a stamp of the builder's and the
sources' files); :func:`ensure_index` builds it when missing, and
:func:`stale_indexes` / :func:`prune_indexes` find and remove the indexes of other
versions.  Opening and querying an index is :mod:`geo.gazetteer.index`.

The cache does not grow with every version: a build runs under an exclusive lock of
the cache directory (``.lock``; a second process waiting for it then finds the index
built), and once built, the indexes of other versions that no process has open and
none has used for :data:`UNUSED_SECONDS` are removed (:func:`prune_indexes`). A
process that opens an index holds a shared lock on its ``meta.json``
(:func:`hold_index`) for as long as it has it open, and using an index marks it (its
``meta.json``'s modification time, at most once an hour): an index is removed only
when its exclusive lock is free, renamed away first so that no process opens it
half-removed. The arrays a process has already mapped would survive anyway (an
unlinked file stays readable while mapped, on Linux and macOS).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from ..errors import GazetteerError
from .codes import FORMAT_VERSION, builder_digests, builder_stamp
from .locks import cache_lock, hold_index, last_used, lock_unused, mark_used

__all__ = [
    "BUILD_SECONDS",
    "UNUSED_SECONDS",
    "cache_dir",
    "cache_usage",
    "current_fingerprint",
    "ensure_index",
    "hold_index",
    "prune_indexes",
    "stale_indexes",
]

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    """Where built indexes live: ``$GEO_CACHE_DIR`` or the user cache directory."""
    env = os.environ.get("GEO_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("geo-frontline", appauthor=False))


#: Wall time of a fresh build on the 2-core development machine, measured with
#: ``GEO_CACHE_DIR=$(mktemp -d) geo index build``: 72 s (29 s of CPU time: the
#: shared machine was busy; a fresh machine measured 67 s). Shown to the user as the
#: expected time; the real time is logged when the build ends.
BUILD_SECONDS = 70


#: The fingerprints of recent sets of sources, kept in the cache directory.
_FINGERPRINTS_FILE, _FINGERPRINTS_KEPT = "fingerprints.json", 32


def current_fingerprint() -> str:
    """:func:`~geo.gazetteer.build.source_fingerprint` of the default sources, remembered.

    Every command needs it to find its index, and computing it hashes 8 MB of
    project data and reads two packages' metadata (30-60 ms). The result is kept in
    the cache directory under a *stamp* of the builder's and the sources' paths,
    sizes and modification times (a few ``stat`` calls): a change to any of them (an
    edit, a package upgrade, an added dump) gives a new stamp, and the fingerprint
    is computed again.  The builder's modules count as this process imported them
    (:func:`~geo.gazetteer.codes.note_import`): a process started before its checkout
    was edited names, finds and builds the index of the code it runs.
    """
    from .sources import default_sources

    sources = default_sources()
    paths = [sources[k] for k in sorted(sources)]
    stamp = _stamp(paths, builder_stamp())
    memo_path = cache_dir() / _FINGERPRINTS_FILE
    memo: dict[str, str] = {}
    with contextlib.suppress(OSError, ValueError, AttributeError, RecursionError):
        loaded = json.loads(memo_path.read_text(encoding="utf-8"))
        memo = {k: v for k, v in loaded.items() if isinstance(v, str)}
    if stamp in memo:
        return memo[stamp]
    fingerprint = source_fingerprint(sources)
    # The builder is imported now: remembered under its modules' stamps as imported.
    stamp = _stamp(paths, builder_stamp())
    memo = {**dict(list(memo.items())[-(_FINGERPRINTS_KEPT - 1) :]), stamp: fingerprint}
    with contextlib.suppress(OSError):  # a read-only cache: computed again next time
        import tempfile  # only when a fingerprint is written

        memo_path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=memo_path.parent, prefix=".fingerprints-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(memo, f, indent=0)
            os.replace(tmp, memo_path)  # readers see the old file or the new one
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return fingerprint


# The builder (geo.gazetteer.build and its stages: hashlib, csv, zipfile, ...) is
# imported only when a fingerprint is computed or an index built, not by every command.


def source_fingerprint(sources: dict[str, Path] | None = None) -> str:
    """:func:`geo.gazetteer.build.source_fingerprint`, the builder imported on use."""
    from .build import source_fingerprint as fingerprint

    return fingerprint(sources)


def build_default_index(path: Path) -> Path:
    """:func:`geo.gazetteer.build.build_default_index`, the builder imported on use."""
    from .build import build_default_index as build

    return build(path)


def _stamp(paths: Iterable[Path], builder: str = "") -> str:
    """A hash of the files' paths, sizes, modification times and inodes, after the
    ``builder``'s (:func:`~geo.gazetteer.codes.builder_stamp`)."""
    import hashlib

    h = hashlib.sha256(f"format={FORMAT_VERSION};python={sys.version};{builder}".encode())
    for path in paths:
        try:
            st = path.stat()
        except OSError:  # missing: the fingerprint itself reports it
            h.update(f"{path}:missing;".encode())
            continue
        h.update(f"{path}:{st.st_size}:{st.st_mtime_ns}:{st.st_ino};".encode())
    return h.hexdigest()[:32]


def ensure_index(directory: str | os.PathLike[str] | None = None, *, rebuild: bool = False) -> Path:
    """Return the path of the default index, building it first if needed.

    Building reads GeoNames ``cities500`` (about :data:`BUILD_SECONDS` s, once per
    version of geo and its sources; a progress bar on a terminal).
    ``rebuild`` builds it again even when present.
    """
    root = Path(directory) if directory is not None else cache_dir()
    path = root / f"index-v{FORMAT_VERSION}-{current_fingerprint()}"
    if not rebuild and mark_used(path, _MARK_SECONDS):
        return path
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise GazetteerError(f"cannot create the gazetteer cache {root}: {err}") from err
    with cache_lock(root):
        if not rebuild and (path / "meta.json").exists():
            return path  # built by another process while this one waited
        # The builder's code as imported for this build names the index (a builder
        # module edited since the name was computed, not imported then, is another's).
        builder_digests()
        path = root / f"index-v{FORMAT_VERSION}-{current_fingerprint()}"
        if not rebuild and (path / "meta.json").exists():
            return path
        log.warning(
            "building the offline gazetteer index in %s (once per version; about %d s on "
            "2 cores)",
            path,
            BUILD_SECONDS,
        )
        t0 = time.perf_counter()
        with _build_progress(BUILD_SECONDS):
            built = build_default_index(path)
        log.warning("built the gazetteer index in %.0f s", time.perf_counter() - t0)
        # Other versions' indexes no one has used for a while go (not one in use).
        for old, size in prune_indexes(root, unused_s=UNUSED_SECONDS, locked=True):
            log.info("removed the unused index %s (%.0f MB)", old, size / 1e6)
    return built


#: After a build, the indexes of other versions unused for this long are removed (an
#: index one used more recently, by another version sharing the cache, is kept).
UNUSED_SECONDS = 24 * 3600
#: ``geo index prune`` keeps an index used or built this recently (a process of another
#: version may be about to open the index it has just built or found).
_GRACE_SECONDS = 300
#: Using an index marks it once per this many seconds at most.
_MARK_SECONDS = 3600


@contextlib.contextmanager
def _build_progress(expected_s: float):
    """A progress bar of elapsed against expected time on a terminal (tqdm), else nothing.

    The build is one long computation without a meaningful count of steps, so the bar
    shows the time: it stops short of the end until the build is done.
    """
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - an optional nicety
        tqdm = None
    if tqdm is None or not sys.stderr.isatty():
        yield
        return
    bar = tqdm(
        total=round(expected_s),
        desc="geo: building the index",
        bar_format="{desc}: {bar} {elapsed} (about {total} s)",
        file=sys.stderr,
        leave=False,
    )
    stop = threading.Event()
    t0 = time.monotonic()

    def tick() -> None:
        while not stop.wait(0.5):
            bar.n = min(time.monotonic() - t0, 0.99 * expected_s)
            bar.refresh()

    thread = threading.Thread(target=tick, name="geo-index-progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        bar.close()


def stale_indexes(directory: str | os.PathLike[str] | None = None) -> list[Path]:
    """Indexes in the cache built by other versions of geo (another format or sources).

    Each is tens of MB; :func:`prune_indexes` removes them.
    """
    root = Path(directory) if directory is not None else cache_dir()
    current = f"index-v{FORMAT_VERSION}-{current_fingerprint()}"
    if not root.is_dir():
        return []
    return sorted(
        p
        for p in root.iterdir()
        if p.is_dir() and p.name.startswith("index-v") and p.name != current
    )


def prune_indexes(
    directory: str | os.PathLike[str] | None = None,
    *,
    unused_s: float = _GRACE_SECONDS,
    locked: bool = False,
) -> list[tuple[Path, int]]:
    """Remove the stale indexes (:func:`stale_indexes`) that no process has open and none
    has used or built for ``unused_s`` seconds; returns (path, bytes freed) of each.

    Leftovers of builds that died (``.building-*`` a day old) and of removals that were
    cut short go too. The cache directory's lock is taken for it (``locked``: the
    caller holds it). An index that cannot be removed (permissions) is skipped.
    """
    root = Path(directory) if directory is not None else cache_dir()
    if not root.is_dir():
        return []
    if not locked:
        with cache_lock(root):
            return prune_indexes(root, unused_s=unused_s, locked=True)
    import shutil

    now = time.time()
    removed = []
    for path in stale_indexes(root):
        if now - last_used(path) < unused_s:
            continue
        fd = lock_unused(path)
        if fd is None:
            continue  # open in another process
        try:
            size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
            # Renamed first: a process never opens it half-removed.
            trash = path.with_name(f".removing-{path.name}-{os.getpid()}")
            os.replace(path, trash)
        except OSError as err:
            log.info("cannot remove the stale index %s: %s", path, err)
            continue
        finally:
            if fd >= 0:
                os.close(fd)
        shutil.rmtree(trash, ignore_errors=True)
        removed.append((path, size))
    for left in (*root.glob(".removing-index-*"), *root.glob(".building-*")):
        with contextlib.suppress(OSError):
            if left.name.startswith(".removing") or now - left.stat().st_mtime > 24 * 3600:
                shutil.rmtree(left)
    return removed


def cache_usage(directory: str | os.PathLike[str] | None = None) -> dict[str, int]:
    """Bytes the cache directory holds: ``current`` (this version's index), ``stale`` (other
    versions' indexes), ``other`` (compiled patterns, fingerprints, added dumps, the
    geocoder's answers) and the number of ``stale_indexes``."""
    root = Path(directory) if directory is not None else cache_dir()
    stale = set(stale_indexes(root))
    out = {"current": 0, "stale": 0, "other": 0, "stale_indexes": len(stale)}
    if not root.is_dir():
        return out
    current = f"index-v{FORMAT_VERSION}-{current_fingerprint()}"
    for entry in root.iterdir():
        files = entry.rglob("*") if entry.is_dir() else (entry,)
        size = sum(f.stat().st_size for f in files if f.is_file())
        kind = "current" if entry.name == current else "stale" if entry in stale else "other"
        out[kind] += size
    return out

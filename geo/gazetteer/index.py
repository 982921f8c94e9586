"""Load and query the offline gazetteer index.

Opening an index memory-maps its arrays: nothing is parsed until asked for, so
a cold process answers a lookup in milliseconds and many processes share the
pages. The index is built once per source version into a user cache directory
(``$GEO_CACHE_DIR`` overrides it) by :func:`ensure_index`.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import mmap
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from ..errors import GazetteerError, InputError
from ..model import KINDS, Place
from .build import (
    FORMAT_VERSION,
    KEY_NAMES_REGION,
    KIND_CODES,
    QUALITY_FUZZY,
    build_default_index,
    importance,
    source_fingerprint,
)
from .fuzzy import DELETION_PREFIX, SKELETON_PREFIX, deletions, skeleton
from .normalize import key_hash, normalize

__all__ = [
    "Candidate",
    "Gazetteer",
    "cache_dir",
    "current_fingerprint",
    "ensure_index",
    "load_gazetteer",
]

log = logging.getLogger(__name__)

_KIND_NAMES = {v: k for k, v in KIND_CODES.items()}
# The kinds of record named by a key, from its flag bits.
_KINDS_OF_FLAGS = tuple(
    frozenset(kind for kind, code in KIND_CODES.items() if flags & (1 << code))
    for flags in range(1 << len(KIND_CODES))
)
_ARRAYS = (
    "gid",
    "lat",
    "lon",
    "pop",
    "kind",
    "cc",
    "a1",
    "keys",
    "kstart",
    "post",
    "qual",
    "prefixes",
    "kflags",
    "kpop",
    "bounds",
    "fkeys",
    "fstart",
    "fpost",
)
_BLOBS = ("names", "alts", "shapes")
_EARTH_RADIUS_KM = 6371.0088
_MEMO_SIZE = 200_000


def _missing(memo: dict[Any, Any], keys: Iterable[Any]) -> list[Any]:
    """The distinct keys a memo lacks; the memo is emptied first if they would overflow it
    (what it then lacks besides is computed one by one when asked for)."""
    fresh = list(set(keys).difference(memo))  # a set against a dict: a look-up per key, in C
    if fresh and len(memo) + len(fresh) >= _MEMO_SIZE:
        memo.clear()
    return fresh


def _find(sorted_hashes: np.ndarray, h: np.uint64) -> int:
    """Index of ``h`` in a sorted hash array, -1 if absent."""
    j = int(sorted_hashes.searchsorted(h))
    return j if j < sorted_hashes.shape[0] and sorted_hashes[j] == h else -1  # numpy to numpy


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
    is computed again.
    """
    from .build import default_sources

    sources = default_sources()
    stamp = _stamp([*_builder_files(), *(sources[k] for k in sorted(sources))])
    memo_path = cache_dir() / _FINGERPRINTS_FILE
    memo: dict[str, str] = {}
    with contextlib.suppress(OSError, ValueError, AttributeError):
        loaded = json.loads(memo_path.read_text(encoding="utf-8"))
        memo = {k: v for k, v in loaded.items() if isinstance(v, str)}
    if stamp in memo:
        return memo[stamp]
    fingerprint = source_fingerprint(sources)
    memo = {**dict(list(memo.items())[-(_FINGERPRINTS_KEPT - 1) :]), stamp: fingerprint}
    with contextlib.suppress(OSError):  # a read-only cache: computed again next time
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


def _builder_files() -> list[Path]:
    """The modules whose content :func:`source_fingerprint` hashes (the builder)."""
    from .build import BUILDER_FILES

    return list(BUILDER_FILES)


def _stamp(paths: Iterable[Path]) -> str:
    """A hash of the files' paths, sizes, modification times and inodes."""
    import hashlib

    h = hashlib.sha256(f"format={FORMAT_VERSION};python={sys.version}".encode())
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
    if (path / "meta.json").exists() and not rebuild:
        return path
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise GazetteerError(f"cannot create the gazetteer cache {root}: {err}") from err
    log.warning(
        "building the offline gazetteer index in %s (once per version; about %d s on 2 cores)",
        path,
        BUILD_SECONDS,
    )
    t0 = time.perf_counter()
    with _build_progress(BUILD_SECONDS):
        built = build_default_index(path)
    log.warning("built the gazetteer index in %.0f s", time.perf_counter() - t0)
    return built


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


def prune_indexes(directory: str | os.PathLike[str] | None = None) -> list[tuple[Path, int]]:
    """Remove the stale indexes (:func:`stale_indexes`); returns (path, bytes freed)."""
    import shutil

    removed = []
    for path in stale_indexes(directory):
        size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        try:
            shutil.rmtree(path)
        except OSError as err:
            raise GazetteerError(f"cannot remove the stale index {path}: {err}") from err
        removed.append((path, size))
    return removed


def great_circle_km(lat1_rad, lon1_rad, lat2_rad, lon2_rad):
    """Haversine distance in km between points given in radians (NumPy broadcasting).

    For ranking only (nearest places, proximity scores): a sphere is close enough
    there. Distances that are drawn or reported use :mod:`geo.geometry` (ellipsoid).
    """
    h = (
        np.sin((lat2_rad - lat1_rad) / 2) ** 2
        + np.cos(lat1_rad) * np.cos(lat2_rad) * np.sin((lon2_rad - lon1_rad) / 2) ** 2
    )
    return 2 * _EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


@functools.lru_cache(maxsize=4)
def _load_cached(path: str) -> Gazetteer:
    return Gazetteer.open(path)


def load_gazetteer(path: str | os.PathLike[str] | None = None) -> Gazetteer:
    """Open an index (the default one, built on first use, when ``path`` is None).

    The same path gives the same, read-only :class:`Gazetteer` within a process.
    """
    return _load_cached(str(Path(path) if path is not None else ensure_index()))


class Candidate(NamedTuple):
    """A record matched by name: ``quality`` 0 primary name, 1 alias, 2 alternate name."""

    record: int
    quality: int


class _Row(NamedTuple):
    kind: str
    country_code: str
    admin1: tuple[str, str]
    population: int
    lat_lon: tuple[float, float]
    importance: float


class Gazetteer:
    """A read-only, memory-mapped gazetteer index.

    Use :func:`load_gazetteer` (or :meth:`open`) to get one; the constructor
    takes already-opened arrays and does no I/O.
    """

    def __init__(
        self,
        arrays: dict[str, np.ndarray],
        blobs: dict[str, tuple[Any, np.ndarray]],
        tables: dict[str, Any],
        meta: dict[str, Any],
        path: Path | None = None,
    ) -> None:
        self._a = arrays
        self._blobs = blobs
        self.meta = meta
        self.path = path
        self._keys = arrays["keys"]
        self._prefixes = arrays["prefixes"]
        self._n_prefixes = int(self._prefixes.shape[0])
        self._common_words: dict[str, int] | None = None
        self._rows: dict[int, _Row] = {}
        # Bounded memos of name probes and lookups (cleared when full).
        self._probes: dict[str, tuple[bool, bool]] = {}
        self._lookups: dict[str, tuple[Candidate, ...]] = {}
        self._summaries: dict[str, tuple[frozenset[str], int]] = {}
        self._places: dict[int, Place] = {}
        self._shapes: dict[int, Any] = {}
        self._memos: dict[str, dict[Any, Any]] = {}
        self._slots: dict[str, int] = {}
        self._name_keys: dict[int, str] = {}
        self._kflags = arrays["kflags"].tobytes()  # 1 byte a name; ints on indexing
        self._n_keys = int(self._keys.shape[0])
        self._kstart = arrays["kstart"]
        self._post = arrays["post"]
        self._qual = arrays["qual"]
        self._countries: list[str] = tables["countries"]
        self._country_info: dict[str, dict[str, Any]] = tables["country_info"]
        self._admin1: list[list[str]] = tables["admin1"]
        kinds = arrays["kind"]
        self._n_places = int(np.searchsorted(kinds, KIND_CODES["place"] + 1))

    # -- opening -----------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Gazetteer:
        """Memory-map the index directory at ``path``."""
        root = Path(path)
        try:
            meta = json.loads((root / "meta.json").read_text())
            if meta.get("format") != FORMAT_VERSION:
                raise GazetteerError(
                    f"gazetteer index {root} has format {meta.get('format')}, "
                    f"this version reads {FORMAT_VERSION}: rebuild it with `geo index build`"
                )
            tables = json.loads((root / "tables.json").read_text(encoding="utf-8"))
            # Plain ndarray views of the maps: indexing them skips np.memmap's overhead.
            arrays = {
                name: np.load(root / f"{name}.npy", mmap_mode="r").view(np.ndarray)
                for name in _ARRAYS
            }
            blobs = {}
            for name in _BLOBS:
                with open(root / f"{name}.bin", "rb") as f:
                    data = (
                        mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
                        if os.fstat(f.fileno()).st_size
                        else b""
                    )
                offsets = np.load(root / f"{name}_off.npy", mmap_mode="r").view(np.ndarray)
                blobs[name] = (data, offsets)
        except FileNotFoundError as err:
            raise GazetteerError(
                f"gazetteer index {root} is incomplete ({err.filename} missing): "
                "rebuild it with `geo index build`"
            ) from err
        except (ValueError, OSError) as err:
            raise GazetteerError(f"cannot read gazetteer index {root}: {err}") from err
        return cls(arrays, blobs, tables, meta, root)

    # -- size and records ----------------------------------------------------------
    def __len__(self) -> int:
        return int(self._a["gid"].shape[0])

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self)} records, {len(self._keys)} names at {self.path}>"

    def _blob(self, name: str, i: int) -> str:
        data, off = self._blobs[name]
        return data[int(off[i]) : int(off[i + 1])].decode("utf-8")

    def name(self, record: int) -> str:
        """Primary name of a record."""
        return self._blob("names", record)

    def name_key(self, record: int) -> str:
        """The record's primary name, normalised (:func:`normalize`). Memoised."""
        memo = self._name_keys
        key = memo.get(record)
        if key is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            key = memo[record] = normalize(self.name(record))
        return key

    def _row(self, record: int) -> _Row:
        """The record's scalar columns as Python values, memoised (parsers ask often)."""
        row = self._rows.get(record)
        if row is None:
            a = self._a
            kind = _KIND_NAMES[int(a["kind"][record])]
            pop = int(a["pop"][record])
            j = int(a["a1"][record])
            a1 = ("", "") if j < 0 else (self._admin1[j][1], self._admin1[j][2])
            row = _Row(
                kind,
                self._countries[int(a["cc"][record])],
                a1,
                pop,
                (float(a["lat"][record]), float(a["lon"][record])),
                importance(kind, pop),
            )
            self._rows[record] = row
        return row

    def rows_many(self, records: Iterable[int]) -> None:
        """Read the rows of many records at once (one vectorised read per column), filling
        the memo :meth:`row` reads."""
        rows = self._rows
        fresh = _missing(rows, records)
        if not fresh:
            return
        a = self._a
        index = np.array(fresh, dtype=np.int64)
        admin1, countries = self._admin1, self._countries
        for record, kind_code, cc, j, pop, lat, lon in zip(
            fresh,
            a["kind"][index].tolist(),
            a["cc"][index].tolist(),
            a["a1"][index].tolist(),
            a["pop"][index].tolist(),
            a["lat"][index].tolist(),
            a["lon"][index].tolist(),
            strict=True,
        ):
            kind = _KIND_NAMES[kind_code]
            rows[record] = _Row(
                kind,
                countries[cc],
                ("", "") if j < 0 else (admin1[j][1], admin1[j][2]),
                pop,
                (lat, lon),
                importance(kind, pop),
            )

    def row(self, record: int) -> _Row:
        """The record's kind, country code, admin-1 (code, name), population, (lat, lon)
        and importance in one memoised tuple: one call where a parser needs several."""
        return self._rows.get(record) or self._row(record)

    def memo(self, name: str) -> dict[Any, Any]:
        """A named, bounded cache that lives as long as this gazetteer: for results
        that depend only on the gazetteer and their key (a parser's context-free ranking
        of a name's candidates).  Emptied when it grows past its bound."""
        memo = self._memos.get(name)
        if memo is None or len(memo) >= _MEMO_SIZE:
            memo = self._memos[name] = {}
        return memo

    def is_place(self, record: int) -> bool:
        """Is the record a populated place (not a region, country or continent)?"""
        return record < self._n_places  # places are stored first

    def kind(self, record: int) -> str:
        return self._row(record).kind

    def country_code(self, record: int) -> str:
        return self._row(record).country_code

    def admin1(self, record: int) -> tuple[str, str]:
        """(admin-1 code, admin-1 name) of a record, ("", "") if none."""
        return self._row(record).admin1

    def population(self, record: int) -> int:
        return self._row(record).population

    def lat_lon(self, record: int) -> tuple[float, float]:
        return self._row(record).lat_lon

    def coordinates(self, records: Sequence[int]) -> np.ndarray:
        """(lat, lon) in degrees of several records: an array of shape (n, 2)."""
        index = np.asarray(records, dtype=np.int64)
        return np.column_stack((self._a["lat"][index], self._a["lon"][index])).astype(float)

    def geonameid(self, record: int) -> int:
        return int(self._a["gid"][record])

    def importance(self, record: int) -> float:
        """Context-free prior of a record (see :func:`geo.gazetteer.build.importance`)."""
        return self._row(record).importance

    def has_country(self, code: str) -> bool:
        """Whether ``code`` is an ISO 3166-1 alpha-2 code of a country the index knows."""
        return code in self._country_info

    def country_name(self, code: str) -> str:
        info = self._country_info.get(code)
        return info["name"] if info else code

    def capital(self, code: str) -> int | None:
        """Record of the national capital of country ``code`` (GeoNames), or None."""
        memo = self.memo("capital")
        if code not in memo:
            info = self._country_info.get(code) or {}
            name = normalize(info.get("capital") or "")
            places = [
                c.record
                for c in self.lookup_normalized(name)
                if c.quality <= 1
                and self.is_place(c.record)
                and self.country_code(c.record) == code
            ]
            memo[code] = max(places, key=lambda r: (self.population(r), -r)) if places else None
        return memo[code]

    def lookup_fuzzy(self, normalized: str) -> list[Candidate]:
        """Records whose names are spelt like ``normalized`` (:mod:`geo.gazetteer.fuzzy`):
        the same consonant skeleton, or one letter apart; quality QUALITY_FUZZY each, and
        none of the records an exact look-up finds."""
        memo = self.memo("fuzzy")
        found = memo.get(normalized)
        if found is not None:
            return list(found)
        keys = [SKELETON_PREFIX + s for s in (skeleton(normalized),) if s]
        keys += [DELETION_PREFIX + normalized]
        keys += [DELETION_PREFIX + d for d in deletions(normalized)]
        exact = {c.record for c in self.lookup_normalized(normalized)}
        records: set[int] = set()
        fkeys = self._a["fkeys"]
        if fkeys.shape[0]:
            # One search for all the keys (a name has a dozen), not one each.
            hashes = np.fromiter(map(key_hash, keys), dtype=np.uint64, count=len(keys))
            slots = fkeys.searchsorted(hashes)
            hit = fkeys[np.minimum(slots, fkeys.shape[0] - 1)] == hashes
            fstart, fpost = self._a["fstart"], self._a["fpost"]
            for j in slots[hit].tolist():
                start, end = fstart[j : j + 2].tolist()
                records.update(fpost[start:end].tolist())
        # One letter more than an exact name ("Konstiantynopil"): its deletions are names;
        # not the last letter, which makes demonyms and plurals ("Azerbaijani", "Tamils").
        # Their exact look-ups, in one search.
        shorter = [d for d in deletions(normalized) if d != normalized[:-1]]
        if shorter and self._n_keys:
            hashes = np.fromiter(map(key_hash, shorter), dtype=np.uint64, count=len(shorter))
            slots = self._keys.searchsorted(hashes)
            hit = self._keys[np.minimum(slots, self._n_keys - 1)] == hashes
            for j in slots[hit].tolist():
                start, end = self._kstart[j : j + 2].tolist()
                qualities = self._qual[start:end].tolist()
                posted = self._post[start:end].tolist()
                records.update(r for r, q in zip(posted, qualities, strict=True) if q <= 1)
        records -= exact
        found = tuple(
            Candidate(r, QUALITY_FUZZY)
            for r in sorted(records, key=lambda r: (-self.importance(r), r))
        )
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[normalized] = found
        return list(found)

    def neighbours(self, code: str) -> tuple[str, ...]:
        """ISO codes of the countries bordering ``code`` (GeoNames)."""
        info = self._country_info.get(code)
        return tuple(info["neighbours"]) if info else ()

    def place(self, record: int) -> Place:
        """The full :class:`~geo.model.Place` of a record (memoised; places are frozen)."""
        found = self._places.get(record)
        if found is None:
            if not 0 <= record < len(self):
                raise InputError(f"record {record} is outside the index (0..{len(self) - 1})")
            if len(self._places) >= _MEMO_SIZE:
                self._places.clear()
            found = self._places[record] = self._make_place(record)
        return found

    def _make_place(self, record: int) -> Place:
        alts = self._blob("alts", record)
        a1_code, a1_name = self.admin1(record)
        cc = self.country_code(record)
        lat, lon = self.lat_lon(record)
        name = self.name(record)
        if self.kind(record) == "admin1" and a1_name == name:
            a1_name = ""  # a region is not in itself (Sumy Oblast); Kent is in England
        return Place(
            geonameid=self.geonameid(record),
            name=name,
            kind=self.kind(record),  # type: ignore[arg-type]
            country_code=cc,
            lat=lat,
            lon=lon,
            admin1_code=a1_code,
            admin1_name=a1_name,
            country_name=self.country_name(cc) if self.kind(record) != "country" else "",
            population=self.population(record),
            alternatives=tuple(alts.split("\x1f")) if alts else (),
        )

    def bounds(self, record: int) -> tuple[float, float, float, float]:
        """(min lon, min lat, max lon, max lat) of a record's polygon, all NaN without one."""
        return tuple(self._a["bounds"][record].tolist())  # type: ignore[return-value]

    def bounds_many(self, records: Sequence[int]) -> np.ndarray:
        """(min lon, min lat, max lon, max lat) of the polygons of several records: shape
        (n, 4), NaN rows for records without a polygon."""
        return self._a["bounds"][np.asarray(records, dtype=np.int64)]

    def geometry(self, record: int):
        """Shapely geometry of a record: the polygon of a region or country, else a point."""
        from shapely import from_wkb, prepare
        from shapely.geometry import Point

        shape = self._shapes.get(record)
        if shape is not None:
            return shape
        data, off = self._blobs["shapes"]
        start, end = int(off[record]), int(off[record + 1])
        if end > start:
            if len(self._shapes) >= 512:
                self._shapes.clear()
            shape = self._shapes[record] = from_wkb(bytes(data[start:end]))
            prepare(shape)  # point-in-polygon tests ask the same shapes again and again
            return shape
        lat, lon = self.lat_lon(record)
        return Point(lon, lat)

    # -- lookups -----------------------------------------------------------------
    def lookup(self, name: str) -> list[Candidate]:
        """Records whose name, alias or alternate name equals ``name`` once normalised.

        Best first: by match quality, then prior importance.
        """
        return self.lookup_normalized(normalize(name))

    def lookup_normalized(self, normalized: str) -> list[Candidate]:
        """:meth:`lookup` for a name already passed through :func:`normalize`."""
        memo = self._lookups
        found = memo.get(normalized)
        if found is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            found = memo[normalized] = self._lookup_uncached(normalized)
        return list(found)

    def _lookup_uncached(self, normalized: str) -> tuple[Candidate, ...]:
        if not normalized:
            return ()
        j = self._slots.get(normalized)  # known when a parser probed the name first
        if j is None:  # a plain lookup: search, without filling the parser's memos
            j = _find(self._keys, np.uint64(key_hash(normalized)))
        if j < 0:
            return ()
        start, end = self._kstart[j : j + 2].tolist()
        if end - start == 1:  # most names: one record, no slices needed
            return (Candidate(int(self._post[start]), int(self._qual[start])),)
        return tuple(map(Candidate, self._post[start:end].tolist(), self._qual[start:end].tolist()))

    def probe_normalized(self, normalized: str) -> tuple[bool, bool]:
        """(some record carries this name, some multi-word name starts with it)."""
        return self._probes.get(normalized) or self._probe(normalized)

    def _probe(self, normalized: str) -> tuple[bool, bool]:
        """(is a name, is the start of a longer name), memoised: texts repeat their words."""
        memo = self._probes
        found = memo.get(normalized)
        if found is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            h = np.uint64(key_hash(normalized))
            j = _find(self._keys, h)
            found = memo[normalized] = (j >= 0, _find(self._prefixes, h) >= 0)
            if j >= 0:
                self._remember_slot(normalized, j)
        return found

    def probe_many(self, names: Iterable[str]) -> None:
        """Probe many (normalised) names at once, filling the memo :meth:`probe_normalized`
        reads: one vectorised search for all the words of a text instead of one each."""
        memo = self._probes
        fresh = _missing(memo, names)
        if not fresh:
            return
        hashes = np.fromiter(map(key_hash, fresh), dtype=np.uint64, count=len(fresh))
        j = self._keys.searchsorted(hashes)
        k = self._prefixes.searchsorted(hashes)
        is_name = self._keys[np.minimum(j, self._n_keys - 1)] == hashes
        is_prefix = self._prefixes[np.minimum(k, self._n_prefixes - 1)] == hashes
        for name, slot, found, prefix in zip(
            fresh, j.tolist(), is_name.tolist(), is_prefix.tolist(), strict=True
        ):
            memo[name] = (found, prefix)
            if found:
                self._remember_slot(name, slot)

    def _slot(self, normalized: str) -> int:
        """Index of a name in the sorted keys, -1 if no record carries it."""
        j = self._slots.get(normalized)
        if j is not None:
            return j
        probed = self._probes.get(normalized)
        if probed is not None and not probed[0]:
            return -1
        j = _find(self._keys, np.uint64(key_hash(normalized)))
        if j >= 0:
            self._remember_slot(normalized, j)
        return j

    def _remember_slot(self, normalized: str, j: int) -> None:
        if len(self._slots) >= _MEMO_SIZE:
            self._slots.clear()
        self._slots[normalized] = j

    def is_region_name_normalized(self, normalized: str) -> bool:
        """Is this (normalised) name a country's or region's own name or alias?"""
        j = self._slot(normalized)
        return j >= 0 and bool(self._kflags[j] & KEY_NAMES_REGION)

    def name_summary_normalized(self, normalized: str) -> tuple[frozenset[str], int]:
        """(kinds of record, largest population) among a name's candidates."""
        memo = self._summaries
        found = memo.get(normalized)
        if found is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            j = self._slot(normalized)
            found = memo[normalized] = (
                (
                    _KINDS_OF_FLAGS[self._kflags[j] & ((1 << len(KIND_CODES)) - 1)],
                    int(self._a["kpop"][j]),
                )
                if j >= 0
                else (frozenset(), 0)
            )
        return found

    def common_rank(self, word: str) -> int | None:
        """Frequency rank of a lower-case English word (0 = "the"), None if not in the top 30k."""
        if self._common_words is None:
            words = json.loads((self.path / "common_en.json").read_text()) if self.path else []
            self._common_words = {w: rank for rank, w in enumerate(words)}
        return self._common_words.get(word)

    def filter(
        self,
        candidates: Iterable[Candidate],
        *,
        country_codes: Sequence[str] | None = None,
        kinds: Sequence[str] | None = None,
    ) -> list[Candidate]:
        """Keep the candidates in the given countries and of the given kinds."""
        out = list(candidates)
        if country_codes:
            wanted = {c.upper() for c in country_codes}
            out = [c for c in out if self.country_code(c.record) in wanted]
        if kinds:
            bad = set(kinds) - set(KINDS)
            if bad:
                raise InputError(
                    f"unknown kind(s) {', '.join(sorted(bad))}; valid: {', '.join(KINDS)}"
                )
            codes = {KIND_CODES[k] for k in kinds}
            out = [c for c in out if int(self._a["kind"][c.record]) in codes]
        return out

    def by_geonameid(self, geonameid: int) -> list[int]:
        """Record ids carrying a GeoNames id (a region and its label city never share one)."""
        return np.flatnonzero(self._a["gid"] == geonameid).tolist()

    def regions(self, country_code: str, admin1_code: str) -> list[int]:
        """Record ids of the admin-1 region(s) with this code (memoised per country: one
        scan of every record's kind and country the first time a country is asked)."""
        memo = self.memo("regions")
        by_code = memo.get(country_code)
        if by_code is None:
            by_code = {}
            cc = self._countries.index(country_code) if country_code in self._countries else -1
            if cc >= 0:
                kinds, ccs = self._a["kind"], self._a["cc"]
                hits = np.flatnonzero((kinds == KIND_CODES["admin1"]) & (ccs == cc))
                for i in hits.tolist():  # in record order
                    by_code.setdefault(self.admin1(i)[0], []).append(i)
            memo[country_code] = by_code
        return list(by_code.get(admin1_code, ()))

    def nearest(self, lat: float, lon: float, *, k: int = 1) -> list[tuple[int, float]]:
        """The ``k`` populated places nearest a point: (record, great-circle km)."""
        if k < 1:
            raise InputError(f"k must be >= 1, got {k}")
        n = self._n_places
        la = np.radians(np.asarray(self._a["lat"][:n]))
        lo = np.radians(np.asarray(self._a["lon"][:n]))
        d = great_circle_km(np.radians(lat), np.radians(lon), la, lo)
        k = min(k, n)
        idx = np.argpartition(d, k - 1)[:k] if k < n else np.arange(n)
        idx = idx[np.lexsort((idx, d[idx]))]
        return [(int(i), float(d[i])) for i in idx]

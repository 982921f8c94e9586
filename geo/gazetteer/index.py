"""Open and read the offline gazetteer index.

Opening an index memory-maps its arrays: nothing is parsed until asked for, so
a cold process answers a lookup in milliseconds and many processes share the
pages. This module holds the :class:`Gazetteer` (opening an index directory and
reading each record's columns: rows, names, places, shapes, country tables) and
:func:`load_gazetteer`; its queries that find records (by name, spelling,
GeoNames id, region code, nearest point) are :mod:`geo.gazetteer.lookups`.
The index is built once per source version into a user cache directory
(``$GEO_CACHE_DIR`` overrides it) by :func:`ensure_index`
(:mod:`geo.gazetteer.cache`); distances are :mod:`geo.gazetteer.distance`.
Those names are importable from here as well.
"""

from __future__ import annotations

import functools
import json
import mmap
import os
import weakref
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from ..errors import GazetteerError, InputError
from ..model import Place
from .cache import (
    BUILD_SECONDS,
    cache_dir,
    current_fingerprint,
    ensure_index,
    hold_index,
    prune_indexes,
    stale_indexes,
)
from .codes import FORMAT_VERSION, KIND_CODES, importance
from .distance import great_circle_km
from .lookups import _MEMO_SIZE, Candidate, RecordSearch, _missing
from .normalize import normalize

__all__ = [
    "BUILD_SECONDS",
    "Candidate",
    "Gazetteer",
    "cache_dir",
    "current_fingerprint",
    "ensure_index",
    "great_circle_km",
    "load_gazetteer",
    "prune_indexes",
    "stale_indexes",
]

_KIND_NAMES = {v: k for k, v in KIND_CODES.items()}
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


@functools.lru_cache(maxsize=4)
def _load_cached(path: str) -> Gazetteer:
    return Gazetteer.open(path)


def load_gazetteer(path: str | os.PathLike[str] | None = None) -> Gazetteer:
    """Open an index (the default one, built on first use, when ``path`` is None).

    The same path gives the same, read-only :class:`Gazetteer` within a process.
    """
    return _load_cached(str(Path(path) if path is not None else ensure_index()))


class _Row(NamedTuple):
    kind: str
    country_code: str
    admin1: tuple[str, str]
    population: int
    lat_lon: tuple[float, float]
    importance: float


class Gazetteer(RecordSearch):
    """A read-only, memory-mapped gazetteer index.

    Use :func:`load_gazetteer` (or :meth:`open`) to get one; the constructor
    takes already-opened arrays and does no I/O.  The queries that find records
    (by name, spelling, GeoNames id, region code, point) are those of
    :class:`~geo.gazetteer.lookups.RecordSearch`.
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
        """Memory-map the index directory at ``path``, holding it while the gazetteer lives
        (:func:`~geo.gazetteer.cache.hold_index`: the cache's pruning leaves it alone)."""
        root = Path(path)
        held = hold_index(root)
        try:
            gazetteer = cls._open(root)
        except BaseException:
            if held is not None:
                os.close(held)
            raise
        if held is not None:
            weakref.finalize(gazetteer, os.close, held)
        return gazetteer

    @classmethod
    def _open(cls, root: Path) -> Gazetteer:
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
        return (self._rows.get(record) or self._row(record)).kind

    def country_code(self, record: int) -> str:
        return (self._rows.get(record) or self._row(record)).country_code

    def admin1(self, record: int) -> tuple[str, str]:
        """(admin-1 code, admin-1 name) of a record, ("", "") if none."""
        return (self._rows.get(record) or self._row(record)).admin1

    def population(self, record: int) -> int:
        return (self._rows.get(record) or self._row(record)).population

    def lat_lon(self, record: int) -> tuple[float, float]:
        return (self._rows.get(record) or self._row(record)).lat_lon

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
        shape = self._shapes.get(record)
        if shape is not None:
            return shape  # (before the imports: each costs about a microsecond)
        from shapely import from_wkb, prepare
        from shapely.geometry import Point

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

    def common_rank(self, word: str) -> int | None:
        """Frequency rank of a lower-case English word (0 = "the"), None if not in the top 30k."""
        if self._common_words is None:
            words = json.loads((self.path / "common_en.json").read_text()) if self.path else []
            self._common_words = dict(zip(words, range(len(words)), strict=True))
        return self._common_words.get(word)

"""GeoParquet tables of a corpus: toponyms (points), features and claims (geometries).

Rows are built from the analysis JSON of each document (:func:`table_rows`), so
the same code serves one process, ``-j N`` workers and a Dask cluster. Every
table carries the document ``id`` (as a string: JSON ids that are numbers are
written as their JSON text; null for a document with no id or ``"id": null``), the
record's index in its document, the document's ``title``, ``date`` (a date32
column), ``url`` and ``warnings`` (a list of strings) when its analysis has them, the
document's input ``line`` number (and ``file``, when a run reads several): every row,
so that documents that repeat an id are told apart (a runner adds them to each record:
a record that has none, as a library caller's, keeps what it carries, a line only for
a document with no id), and a WKB
``geometry`` column in EPSG:4326 with (lon, lat) coordinates, as geopandas
writes and reads it (``geopandas.read_parquet``).

- ``toponyms``: one row per toponym; the point of its place (null when unresolved);
- ``features``: one row per spatial feature (ring, offset, region, between, near);
- ``claims``: one row per claim; the geometry of the places and features it
  speaks of (a GeometryCollection; null when it speaks of none).

Needs pyarrow and shapely (pyarrow comes with the ``gis`` extra).
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ._io import dumps_json, no_directory
from .corpus_signals import committing
from .errors import InputError

__all__ = [
    "TABLES", "GeoParquetWriter", "arrow_tables", "check_directory", "geo_metadata",
    "replace_table", "schema", "table_rows", "write_part", "write_records",
]

TABLES = ("toponyms", "features", "claims")

_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "toponyms": [
        ("id", "string"), ("index", "int32"), ("start", "int64"), ("end", "int64"),
        ("text", "string"), ("name", "string"), ("geonameid", "int64"), ("kind", "string"),
        ("country_code", "string"), ("admin1", "string"), ("lat", "float64"),
        ("lon", "float64"), ("score", "float64"), ("cue", "string"), ("metonymic", "bool"),
        ("estimated", "bool"), ("fuzzy", "bool"),
    ],
    "features": [
        ("id", "string"), ("index", "int32"), ("kind", "string"), ("start", "int64"),
        ("end", "int64"), ("text", "string"), ("anchor", "int64"), ("radius_km", "float64"),
        ("distance_km", "float64"), ("bearing_deg", "float64"), ("approximate", "bool"),
        ("uncertainty_km", "float64"), ("min_km", "float64"), ("max_km", "float64"),
        ("note", "string"),
    ],
    "claims": [
        ("id", "string"), ("index", "int32"), ("start", "int64"), ("end", "int64"),
        ("text", "string"), ("source", "string"), ("cue", "string"), ("status", "string"),
        ("status_cue", "string"), ("kind", "string"), ("side", "string"), ("party", "string"),
        ("responds_to", "int64"), ("quantities", "string"), ("dates", "string"),
        ("toponyms", "list<int32>"), ("features", "list<int32>"),
    ],
}


# Where the document came from: its input line number (and its file, when a run reads
# several), for every document (ids may repeat); and what it is: its title, publication
# date and address, when the analysis has them (a corpus filtered by date from a table);
# and its ``warnings`` (a field left out, a cap on statements) as its JSON line carries
# them: null when it has none.
for _columns in _COLUMNS.values():
    _columns += [("line", "int64"), ("file", "string"), ("title", "string"),
                 ("date", "date32"), ("url", "string"), ("warnings", "list<string>")]
del _columns


def _type(name: str):
    import pyarrow as pa

    if name == "list<int32>":
        return pa.list_(pa.int32())
    if name == "list<string>":
        return pa.list_(pa.string())
    return {"string": pa.string(), "int32": pa.int32(), "int64": pa.int64(),
            "float64": pa.float64(), "bool": pa.bool_(), "date32": pa.date32()}[name]


def geo_metadata() -> dict[str, Any]:
    """The GeoParquet 1.0 ``geo`` metadata: one WKB column, EPSG:4326 (PROJJSON)."""
    from pyproj import CRS

    return {
        "version": "1.0.0",
        "primary_column": "geometry",
        "columns": {
            "geometry": {
                "encoding": "WKB",
                "geometry_types": [],  # any: the types are known only at the end of a stream
                "crs": CRS.from_epsg(4326).to_json_dict(),
            }
        },
    }


def schema(table: str):
    """The pyarrow schema of ``table`` (with the GeoParquet metadata)."""
    import pyarrow as pa

    fields = [pa.field(n, _type(t)) for n, t in _COLUMNS[table]]
    fields.append(pa.field("geometry", pa.binary()))
    return pa.schema(fields, metadata={b"geo": json.dumps(geo_metadata()).encode()})


def _id_text(value: Any) -> str | None:
    return value if value is None or isinstance(value, str) else json.dumps(value)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _warnings(value: Any) -> list[str] | None:
    """A document's ``warnings`` as a list of strings (anything else left out), else None."""
    if not isinstance(value, (list, tuple)):
        return None
    return [w for w in value if isinstance(w, str)] or None


def _date(value: Any) -> datetime.date | None:
    """The ``datetime.date`` of an analysis's ISO ``date`` ("2025-05-02"), else None."""
    try:
        return datetime.date.fromisoformat(value[:10]) if isinstance(value, str) else None
    except ValueError:
        return None


def _wkb(geometry) -> bytes | None:
    if geometry is None or geometry.is_empty:
        return None
    return geometry.wkb


def table_rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Rows of the three tables for one analysis JSON object (error records give none).

    Examples
    --------
    >>> rows = table_rows({"id": 7, "toponyms": [{"start": 0, "end": 4, "text": "Sumy",
    ...     "lat": 50.9, "lon": 34.8}], "features": [], "claims": []})
    >>> rows["toponyms"][0]["id"], rows["toponyms"][0]["name"], len(rows["claims"])
    ('7', None, 0)
    """
    from shapely.geometry import GeometryCollection, Point, shape

    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    if "error" in record:
        return out
    doc_id = _id_text(record.get("id"))
    where = {"line": record.get("line"), "file": record.get("file"),
             "title": _text(record.get("title")), "date": _date(record.get("date")),
             "url": _text(record.get("url")), "warnings": _warnings(record.get("warnings"))}
    points = []
    for i, t in enumerate(record.get("toponyms", ())):
        point = Point(t["lon"], t["lat"]) if t.get("lat") is not None else None
        points.append(point)
        row = {n: t.get(n) for n, _ in _COLUMNS["toponyms"]}
        row.update(id=doc_id, index=i, geometry=_wkb(point), **where)
        out["toponyms"].append(row)
    shapes = []
    for i, f in enumerate(record.get("features", ())):
        geometry = shape(f["geometry"]) if f.get("geometry") else None
        shapes.append(geometry)
        row = {n: f.get(n) for n, _ in _COLUMNS["features"]}
        row.update(id=doc_id, index=i, geometry=_wkb(geometry), **where)
        out["features"].append(row)
    for i, c in enumerate(record.get("claims", ())):
        parts = [points[k] for k in c.get("toponyms", ()) if 0 <= k < len(points)]
        parts += [shapes[k] for k in c.get("features", ()) if 0 <= k < len(shapes)]
        parts = [g for g in parts if g is not None and not g.is_empty]
        row = {n: c.get(n) for n, _ in _COLUMNS["claims"]}
        row.update(
            **where,
            id=doc_id,
            index=i,
            quantities=json.dumps(c.get("quantities", []), ensure_ascii=False),
            dates=json.dumps(c.get("dates", []), ensure_ascii=False),
            geometry=_wkb(GeometryCollection(parts)) if parts else None,
        )
        out["claims"].append(row)
    return out


def write_part(records: Iterable[dict[str, Any]], directory: str | os.PathLike[str],
               name: str) -> None:
    """Write the rows of ``records`` as one part of each table: ``DIR/<table>.parquet/
    <name>`` (a folder of parts, as ``--cluster`` writes a table), with the same Arrow
    schema and metadata as :class:`GeoParquetWriter`'s files: both read back alike,
    the same pandas dtypes included. A part with no rows is written too (its schema).

    The table folders must exist (made by the caller): a part is never written into
    a staging folder that an interrupted run has removed.
    """
    import pyarrow.parquet as pq

    for table, arrow in arrow_tables(records).items():
        pq.write_table(arrow, Path(directory) / f"{table}.parquet" / name)


def arrow_tables(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The rows of ``records`` (:func:`table_rows`) as one ``pyarrow.Table`` per table,
    each with the table's :func:`schema` (no rows: an empty table of that schema)."""
    import pyarrow as pa

    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for record in records:
        for table, found in table_rows(record).items():
            rows[table].extend(found)
    return {t: pa.Table.from_pylist(rows[t], schema=schema(t)) for t in TABLES}


def replace_table(staged: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Move a finished table (a file, or a folder of parts as ``--cluster`` writes it)
    onto ``target``, replacing whatever table of either kind is there: a folder left
    by an earlier run is removed whole, never mixed with the new parts."""
    import shutil
    import tempfile

    target = Path(target)
    if target.is_dir() and not target.is_symlink():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        try:
            os.replace(target, old / target.name)
        except BaseException:
            os.rmdir(old)
            raise
        try:
            os.replace(staged, target)
        except BaseException:
            os.replace(old / target.name, target)  # the earlier table stays as it was
            os.rmdir(old)
            raise
        shutil.rmtree(old, ignore_errors=True)
        return
    if Path(staged).is_dir() and (target.exists() or target.is_symlink()):
        target.unlink()  # a file table of a one-process run: a folder cannot replace it
    os.replace(staged, target)


def check_directory(directory: str | os.PathLike[str]) -> Path:
    """Check before any work that the tables (and ``errors.jsonl``) can be written in
    ``directory``; return it as a :class:`~pathlib.Path`.

    Raises
    ------
    InputError
        ``directory`` exists and is not a directory, its parent does not exist, or
        one of the outputs inside it cannot be replaced: ``errors.jsonl`` (or a table
        name) is a directory of another kind, a device, a pipe. Nothing is written
        then: the outputs are all or none.
    """
    import stat

    path = Path(directory)
    if path.exists() and not path.is_dir():
        raise InputError(f"{path} exists and is not a directory")
    if not path.parent.resolve().is_dir():
        raise InputError(f"cannot write {path}: {no_directory(path.parent)}")
    for name in (*(f"{t}.parquet" for t in TABLES), "errors.jsonl"):
        inside = path / name
        try:
            mode = os.stat(inside).st_mode
        except OSError:
            continue  # not there (or a dangling symlink, replaced as a file)
        if stat.S_ISREG(mode) or (stat.S_ISDIR(mode) and name != "errors.jsonl"):
            continue  # a table is a file (one process) or a folder of parts (--cluster)
        what = "a directory" if stat.S_ISDIR(mode) else "not a regular file"
        raise InputError(f"cannot write {inside}: it is {what} (nothing was written: "
                         f"move it away or choose another -o)")
    return path


class GeoParquetWriter:
    """Write the three tables to ``DIR/<table>.parquet``, streaming, all or none.

    Rows are buffered and written as row groups of ``batch_rows``; the files
    are written under temporary names and renamed into place by :meth:`close`,
    so an interrupted run leaves no partial table (and no temporary file:
    :meth:`abort` removes them).
    """

    def __init__(self, directory: str | os.PathLike[str], *, batch_rows: int = 20_000):
        self.directory = check_directory(directory)
        self._created = not self.directory.exists()
        self.directory.mkdir(exist_ok=True)
        self.batch_rows = batch_rows
        self._errors: Any = None  # the error records, as JSON lines (opened on the first)
        self._buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self._writers: dict[str, Any] = {}
        self.counts = dict.fromkeys(TABLES, 0)

    def _tmp(self, table: str) -> Path:
        return self.directory / f".{table}.parquet.tmp"

    def _errors_tmp(self) -> Path:
        return self.directory / ".errors.jsonl.tmp"

    def add(self, record: dict[str, Any]) -> None:
        """Add one analysis JSON object; an error record goes to ``errors.jsonl``."""
        if "error" in record:
            if self._errors is None:
                self._errors = open(self._errors_tmp(), "w", encoding="utf-8")  # noqa: SIM115
            self._errors.write(dumps_json(record) + "\n")
            return
        for table, rows in table_rows(record).items():
            self._buffers[table].extend(rows)
            if len(self._buffers[table]) >= self.batch_rows:
                self._flush(table)

    def _flush(self, table: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = self._buffers[table]
        if table not in self._writers:
            self._writers[table] = pq.ParquetWriter(self._tmp(table), schema(table))
        if rows:
            self._writers[table].write_table(pa.Table.from_pylist(rows, schema=schema(table)))
            self.counts[table] += len(rows)
        self._buffers[table] = []

    def close(self) -> list[Path]:
        """Finish every table and move it into place; return the paths written.

        A failure on the way (a full disk, a table that cannot be replaced) leaves no
        temporary file: :meth:`abort` runs, and the error is raised.
        """
        try:
            return self._close()
        except BaseException:
            self.abort()
            raise

    def _close(self) -> list[Path]:
        for table in TABLES:
            self._flush(table)
            self._writers.pop(table).close()
        if self._errors is not None:
            self._errors.close()
        check_directory(self.directory)  # nothing replaced yet: still all or none
        paths = []
        errors = self.directory / "errors.jsonl"
        with committing():  # not after a stop signal; not cut half-way by one
            for table in TABLES:
                path = self.directory / f"{table}.parquet"
                replace_table(self._tmp(table), path)
                paths.append(path)
            if self._errors is not None:
                os.replace(self._errors_tmp(), errors)
                paths.append(errors)
            else:
                with contextlib.suppress(FileNotFoundError):
                    errors.unlink()  # of an earlier run into the same folder
        return paths

    def abort(self) -> None:
        """Drop what was written: no table, no temporary file."""
        for writer in self._writers.values():
            with contextlib.suppress(Exception):
                writer.close()
        self._writers.clear()
        if self._errors is not None:
            self._errors.close()
        for tmp in [*(self._tmp(table) for table in TABLES), self._errors_tmp()]:
            with contextlib.suppress(OSError):
                tmp.unlink()
        if self._created:
            with contextlib.suppress(OSError):
                self.directory.rmdir()  # made by this run and left empty


def write_records(records: Iterable[dict[str, Any]], directory: str | os.PathLike[str]) -> list:
    """Write analysis JSON objects as the three GeoParquet tables of ``directory``."""
    writer = GeoParquetWriter(directory)
    try:
        for record in records:
            writer.add(record)
        return writer.close()
    except BaseException:
        writer.abort()
        raise

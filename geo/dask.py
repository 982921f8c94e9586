"""A corpus on a Dask cluster: the same analyses as one process, every line exactly once.

Dask's own idioms, one gazetteer per worker process (opened on first use and
kept: the index is memory-mapped, nothing is shipped with the tasks):

- :func:`analyze_bag` maps a ``dask.bag`` of records (``{"id", "text"[, "title",
  "date", "url"]}``) to a bag of analysis JSON objects (error records for bad
  ones), partition by partition;
- :func:`analyze_frame` does the same for a ``dask.dataframe`` with a ``text``
  column (and optional ``id``, ``title``, ``date``, ``url``): a frame of ``id``
  and ``analysis`` (the JSON text);
- :func:`geoparquet_frames` turns a bag of analyses into three
  dask-geopandas frames (toponyms, features, claims) to work on;
  :func:`write_geoparquet` writes them as GeoParquet, partition by partition, as
  ``geo parse --format geoparquet --cluster`` does;
- :func:`run_cluster` is ``geo parse --jsonl 'shards/*.jsonl' -o OUT --cluster
  ADDRESS``: input files are cut into blocks of whole lines, each block is
  analysed on a worker, and the output is written in input order (JSON lines,
  on the client) or as GeoParquet directories (by the workers: ``-o`` must be a
  path they share).

Needs the ``dask`` extra: ``pip install 'geo-frontline[dask]'``.

Examples
--------
>>> import dask.bag as db                                             # doctest: +SKIP
>>> docs = db.from_sequence([{"id": 1, "text": "Shelling near Sumy."}])  # doctest: +SKIP
>>> analyze_bag(docs).pluck("toponyms").compute()                     # doctest: +SKIP
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from typing import Any

from ._io import dumps_json
from .corpus import DEFAULT_OPTIONS, Options, analyze_record
from .corpus_records import with_null_id
from .dask_client import connect
from .dask_run import _gazetteer, line_blocks, run_cluster  # the cluster run, re-exported
from .errors import InputError

__all__ = [
    "analyze_bag",
    "analyze_frame",
    "analyze_records",
    "connect",
    "geoparquet_frames",
    "line_blocks",
    "run_cluster",
    "write_geoparquet",
]


def analyze_records(records: Iterable[dict[str, Any]], options: Options = DEFAULT_OPTIONS) -> list:
    """Analysis JSON objects for decoded records (one partition); bad ones give error records.

    The objects are exactly those of ``geo parse --jsonl`` (the same strict
    serialisation, read back), so a cluster and one process agree.
    """
    gaz = _gazetteer()
    out = []
    for number, record in enumerate(records, 1):
        if not isinstance(record, dict):
            out.append({"id": None, "line": number, "error": "expected a JSON object"})
            continue
        try:
            result = analyze_record(record, gaz, options).to_dict()
            if "id" not in result:  # "id": null, as in an error record
                result = with_null_id(result)
        except Exception as err:  # one document's failure is its error record
            result = {"id": record.get("id"), "line": number, "error": str(err)[:300]}
        out.append(json.loads(dumps_json(result)))
    return out


def analyze_bag(bag, *, options: Options = DEFAULT_OPTIONS):
    """A bag of analysis JSON objects for a bag of records, partition by partition.

    Raises
    ------
    InputError
        The script runs from standard input (``python - < script.py``) and dask
        would compute the bag with its default scheduler for bags, a pool of
        processes that each re-import the script by its file name (``<stdin>``) and
        die: run the script from a file, or choose a scheduler first
        (``dask.config.set(scheduler="threads")``, a ``distributed.Client``).
    """
    _check_process_pool()
    return bag.map_partitions(analyze_records, options)


def _check_process_pool() -> None:
    """Refuse, before any work, what would end in a ``BrokenProcessPool`` traceback:
    dask's default process pool started from a ``__main__`` that is not a file."""
    import os
    import sys

    import dask

    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if path is None or os.path.isfile(path):  # an interpreter, a notebook, a script file
        return
    if dask.config.get("scheduler", None) is not None:  # threads, a Client, ...
        return
    raise InputError(
        f"geo.dask.analyze_bag: this script runs from {path} (not a file), and dask's "
        "default scheduler for bags starts processes that re-import the script from its "
        "file: save it to a file and run that (with an `if __name__ == \"__main__\":` "
        "guard), or choose a scheduler first: dask.config.set(scheduler=\"threads\")"
    )


def _frame_partition(frame, options: Options):
    import pandas as pd

    columns = [c for c in ("id", "text", "title", "date", "url") if c in frame.columns]
    records = [
        {k: (None if _missing(v) else v) for k, v in zip(columns, row, strict=True)}
        for row in frame[columns].itertuples(index=False, name=None)
    ]
    results = analyze_records(records, options)
    return pd.DataFrame(
        {
            "id": [r.get("id") for r in results],
            "analysis": [dumps_json(r) for r in results],
        },
        index=frame.index,
    )


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def analyze_frame(frame, *, options: Options = DEFAULT_OPTIONS):
    """Analyse a dask DataFrame with a ``text`` column: a frame of ``id`` and ``analysis``.

    ``analysis`` holds the analysis JSON (or the error record) as text.
    """
    import pandas as pd

    if "text" not in frame.columns:
        raise InputError("the frame needs a 'text' column")
    meta = pd.DataFrame({"id": pd.Series([], dtype=object),
                         "analysis": pd.Series([], dtype=object)})
    return frame.map_partitions(_frame_partition, options, meta=meta)


@functools.cache
def _nullable() -> dict:
    import pandas as pd
    import pyarrow as pa

    return {pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype(),
            pa.bool_(): pd.BooleanDtype()}


def _nullable_type(arrow_type):
    return _nullable().get(arrow_type)


def _geoframes(records: list[dict[str, Any]]) -> dict[str, Any]:
    import geopandas as gpd
    import pandas as pd

    from .geoparquet import arrow_tables

    frames = {}
    for table, arrow in arrow_tables(records).items():
        # nullable integers and booleans: the same dtypes whether a partition has nulls or not
        frame = arrow.drop(["geometry"]).to_pandas(types_mapper=_nullable_type)
        geometry = gpd.GeoSeries.from_wkb(arrow.column("geometry").to_pylist(), crs="EPSG:4326")
        frames[table] = gpd.GeoDataFrame(frame, geometry=geometry.values, crs="EPSG:4326")
    errors = [dumps_json(r) for r in records if "error" in r]
    frames["counts"] = pd.DataFrame({"written": [len(records)], "errors": [len(errors)],
                                     "first_error": [errors[0] if errors else ""],
                                     "error_lines": ["\n".join(errors)]})
    return frames


def geoparquet_frames(analyses) -> dict[str, Any]:
    """Three dask-geopandas frames (toponyms, features, claims) for a bag of analyses.

    Computed together (``dask.compute`` of their ``to_parquet(..., compute=False)``),
    each partition is analysed once. A fourth frame, ``counts``, has one row per
    partition: analyses ``written``, of which ``errors``, the ``first_error`` and all
    of them (``error_lines``, JSON lines).
    """
    import dask
    import dask.dataframe as dd
    import dask_geopandas  # noqa: F401  (registers GeoDataFrame partitions with dask)
    from dask import delayed

    from .geoparquet import TABLES

    parts = [delayed(_geoframes)(p) for p in analyses.to_delayed()]
    empty = _geoframes([])
    # Columns stay as the tables' schema has them: dask would otherwise turn the
    # object columns (the lists of a claim's toponyms and features) into strings.
    with dask.config.set({"dataframe.convert-string": False}):
        return {
            table: dd.from_delayed([delayed(_pick)(p, table) for p in parts],
                                   meta=empty[table])
            for table in (*TABLES, "counts")
        }


def _pick(frames: dict[str, Any], table: str):
    return frames[table]


def _write_partition(records: list[dict[str, Any]], directory: str, name: str) -> int:
    from .geoparquet import write_part

    write_part(records, directory, name)
    return len(records)


def write_geoparquet(analyses, directory: str) -> int:
    """Write a bag of analyses as GeoParquet tables, one part per partition.

    ``DIR/toponyms.parquet``, ``DIR/features.parquet`` and ``DIR/claims.parquet``
    are folders of parts (``part.000000.parquet``, ...) with the tables' own schema
    (the lists of a claim's toponyms and features as lists, EPSG:4326): each reads
    back whole with ``geopandas.read_parquet("DIR/claims.parquet")``. Error records
    give no rows. Parts a folder already holds are overwritten part by part (write
    into an empty or new folder).

    Returns
    -------
    int
        How many analyses (error records included) were read.
    """
    import dask
    from dask import delayed

    from .geoparquet import TABLES, check_directory

    out = check_directory(directory)
    for table in TABLES:
        (out / f"{table}.parquet").mkdir(parents=True, exist_ok=True)
    parts = [delayed(_write_partition)(part, str(out), f"part.{number:06d}.parquet")
             for number, part in enumerate(analyses.to_delayed())]
    return sum(dask.compute(*parts))

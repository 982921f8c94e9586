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
  dask-geopandas frames (toponyms, features, claims), written partition by
  partition with ``to_parquet``;
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

import collections
import contextlib
import dataclasses
import functools
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from typing import Any

from ._io import atomic_write, dumps_json
from .corpus import DEFAULT_OPTIONS, Options, Summary, analyze_line, analyze_record, read_lines
from .corpus_records import interruptible, line_limit
from .corpus_run import check_not_an_input, expand_inputs, resume_state, skip_done
from .corpus_signals import committing, holding
from .dask_client import connect
from .errors import InputError

__all__ = [
    "analyze_bag",
    "analyze_frame",
    "analyze_records",
    "connect",
    "geoparquet_frames",
    "line_blocks",
    "run_cluster",
]


def _gazetteer():
    from .gazetteer.index import load_gazetteer

    return load_gazetteer()  # cached per process: one per worker


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
        except Exception as err:  # one document's failure is its error record
            result = {"id": record.get("id"), "line": number, "error": str(err)[:300]}
        out.append(json.loads(dumps_json(result)))
    return out


def analyze_bag(bag, *, options: Options = DEFAULT_OPTIONS):
    """A bag of analysis JSON objects for a bag of records, partition by partition."""
    return bag.map_partitions(analyze_records, options)


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
    import pyarrow as pa

    from .geoparquet import TABLES, schema, table_rows

    rows: dict[str, list] = {t: [] for t in TABLES}
    for record in records:
        for table, found in table_rows(record).items():
            rows[table].extend(found)
    frames = {}
    for table in TABLES:
        arrow = pa.Table.from_pylist(rows[table], schema=schema(table))
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
    import dask.dataframe as dd
    from dask import delayed

    from .geoparquet import TABLES

    parts = [delayed(_geoframes)(p) for p in analyses.to_delayed()]
    empty = _geoframes([])
    return {
        table: dd.from_delayed([delayed(_pick)(p, table) for p in parts], meta=empty[table])
        for table in (*TABLES, "counts")
    }


def _pick(frames: dict[str, Any], table: str):
    return frames[table]


# ----------------------------------------------------------------------------
# geo parse --jsonl ... --cluster


def line_blocks(paths: Sequence[str], *, parts: int) -> list[tuple[str, int, int, int]]:
    """Cut files into about ``parts`` blocks of whole lines: (path, start byte, end byte,
    number of the first line). One pass over each file, on the client; no block is
    larger than 16 MB (more blocks, then, for a large corpus).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp(), "a.jsonl")
    >>> _ = path.write_bytes(b'{"id": 1}\\n' * 20_000)
    >>> blocks = line_blocks([str(path)], parts=2)
    >>> [(start, first) for _, start, _, first in blocks]
    [(0, 1), (100000, 10001)]
    """
    sizes = {p: os.path.getsize(p) for p in paths}
    # about `parts` blocks, each 64 KB to 16 MB: a worker holds one block's lines and output
    target = min(16 << 20, max(64 << 10, sum(sizes.values()) // max(1, parts)))
    blocks = []
    for path in paths:
        start = offset = 0
        first = line = 1
        with open(path, "rb") as f:
            for raw in f:
                offset += len(raw)
                line += 1
                if offset - start >= target:
                    blocks.append((path, start, offset, first))
                    start, first = offset, line
        if offset > start or not blocks or blocks[-1][0] != path:
            blocks.append((path, start, offset, first))
    return blocks


def _run_block(block: tuple[str, int, int, int], options: Options, done):
    """Output lines of one block (and how many lines ``--resume`` skipped)."""
    import io

    path, start, end, first = block
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    lines = read_lines(io.BytesIO(data), start=first, max_bytes=line_limit(options.max_chars))
    skipped = []
    if done is not None:
        lines = skip_done(lines, done[0], done[1], options.file, lambda: skipped.append(1))
    gaz = _gazetteer()
    return [analyze_line(n, raw, gaz, options) for n, raw in lines], len(skipped)


def run_cluster(
    inputs: Sequence[str],
    output: str | None,
    address: str,
    *,
    options: Options = DEFAULT_OPTIONS,
    fmt: str = "jsonl",
    resume: bool = False,
    progress: bool = False,
) -> Summary:
    """``geo parse --jsonl ... --cluster ADDRESS``: see :func:`geo.corpus_run.run`.

    The workers read the input files and, for GeoParquet, write the output
    directory: on a real cluster both must be paths every worker sees.
    """
    from .corpus_run import _JsonlSink

    paths = expand_inputs(inputs)
    if "-" in paths:
        raise InputError("--cluster reads files (workers cannot read this standard input)")
    if fmt == "geoparquet" and (not output or output == "-"):
        raise InputError("--format geoparquet needs -o DIR")
    if resume and (fmt != "jsonl" or not output or output == "-"):
        raise InputError("--resume needs -o OUT.jsonl (JSON lines output)")
    check_not_an_input(output, paths)
    if fmt == "geoparquet":
        from .geoparquet import check_directory

        check_directory(output)  # before any work: the outputs are all or none
    summary = Summary()
    done = resume_state(output, summary) if resume else None
    # SIGTERM stops the run as Ctrl-C does: output closed, cluster stopped, exit 130
    completed = False
    with interruptible(summary, output if fmt == "jsonl" else None):
        client = connect(address)
        try:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            blocks = line_blocks(paths, parts=4 * workers)
            many = len(paths) > 1
            opts = [dataclasses.replace(options, file=b[0] if many else None) for b in blocks]
            done_future = client.scatter(done, broadcast=True) if done is not None else None
            if fmt == "geoparquet":
                _write_geoparquet(client, blocks, opts, output, summary)
                completed = True
                return summary
            sink = _JsonlSink(output, append=resume)
            ok = False
            try:
                # A sliding window of blocks in flight: results wait on the workers only
                # until the client writes them, in input order, then are released.
                pending = iter(zip(blocks, opts, strict=True))
                window: collections.deque = collections.deque()
                bar = _bar(progress, len(blocks))
                while True:
                    while len(window) < 4 * workers and (item := next(pending, None)):
                        window.append(client.submit(_run_block, *item, done_future, pure=False))
                    if not window:
                        break
                    future = window.popleft()
                    lines, skipped = future.result()
                    summary.skipped += skipped
                    for line, failed in lines:
                        sink.write(line)
                        summary.record(line, failed)
                    future.release()
                    sink.flush()
                    if bar is not None:
                        bar.update()
                if bar is not None:
                    bar.close()
                ok = True
            finally:
                sink.close(ok=ok)
            completed = True
            return summary
        except KeyboardInterrupt:  # stopping busy workers ("still alive ...") is no news
            logging.getLogger("distributed").setLevel(logging.ERROR)
            raise
        finally:
            # Closed whole, signals held: one that comes now stops nothing more (and a
            # completed run, its outputs whole, is not reported as interrupted)
            with holding() as held:
                cluster = getattr(client, "_geo_cluster", None)
                client.close()
                if cluster is not None:
                    cluster.close()
            if held and not completed:
                raise KeyboardInterrupt
            if held:
                logging.getLogger("geo.corpus").warning(
                    "a stop signal came as the cluster closed: the run had completed")


def _bar(enabled: bool, total: int):
    if not enabled:
        return None
    import sys

    import tqdm

    return tqdm.tqdm(total=total, unit="block", file=sys.stderr, dynamic_ncols=True)


def _discard(client, futures: list, folder: str) -> None:
    """Cancel the tasks of an interrupted or failed run and remove ``folder``, again
    while a task that was already writing a part leaves a file in it (a task that
    starts later finds no folder to write into)."""
    import time

    with contextlib.suppress(Exception):
        client.cancel(futures)
    for _ in range(20):
        shutil.rmtree(folder, ignore_errors=True)
        if not os.path.exists(folder):
            return
        time.sleep(0.05)


def _write_block(block, options: Options, staging: str, number: int) -> tuple[int, list[str]]:
    """Analyse one block and write its part of each table into ``staging``
    (:func:`geo.geoparquet.write_part`); how many records, and the error records."""
    from .geoparquet import write_part

    lines = _run_block(block, options, None)[0]
    write_part((json.loads(line) for line, failed in lines if not failed), staging,
               f"part.{number:06d}.parquet")
    return len(lines), [line for line, failed in lines if failed]


def _write_geoparquet(client, blocks, opts, output: str, summary: Summary) -> None:
    from .geoparquet import TABLES, check_directory, replace_table

    check_directory(output)
    made = not os.path.exists(output)
    os.makedirs(output, exist_ok=True)
    # Written in a staging folder inside DIR, moved into place when all succeeded: the
    # tables of an earlier run are replaced whole (its parts never mixed with these).
    # Each block's task writes its parts with pyarrow and the tables' own schema, as one
    # process writes its files: the same Arrow types, and the same pandas dtypes when
    # read back (dask's frames wrote nullable dtypes, and lists as strings).
    staging = tempfile.mkdtemp(prefix=".geo-tables-", dir=output)
    futures: list = []
    try:
        for table in TABLES:
            os.mkdir(os.path.join(staging, f"{table}.parquet"))
        futures = client.map(_write_block, blocks, opts, [staging] * len(blocks),
                             range(len(blocks)), pure=False)
        counts = client.gather(futures)
        check_directory(output)  # nothing replaced yet: still all or none
        # The error records, in DIR/errors.jsonl as in one process (geo.geoparquet).
        errors = [line for _, failed in counts for line in failed]
        errors_path = os.path.join(output, "errors.jsonl")
        if errors:
            atomic_write(os.path.join(staging, "errors.jsonl"),
                         "".join(line + "\n" for line in errors))
        with committing():  # not after a stop signal (even one whose exception was lost)
            for table in TABLES:
                replace_table(os.path.join(staging, f"{table}.parquet"),
                              os.path.join(output, f"{table}.parquet"))
            if errors:
                os.replace(os.path.join(staging, "errors.jsonl"), errors_path)
            elif os.path.exists(errors_path):
                os.remove(errors_path)  # of an earlier run into the same folder
    except BaseException:  # interrupted or failed: the folder it made goes, as in one process
        with holding():  # a second Ctrl-C does not cut the cleaning short
            _discard(client, futures, output if made else staging)
        raise
    shutil.rmtree(staging, ignore_errors=True)
    summary.written += sum(written for written, _ in counts)
    summary.errors += len(errors)
    summary.error_lines += errors[:5]

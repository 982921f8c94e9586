"""``geo parse --jsonl 'shards/*.jsonl' -o OUT --cluster ADDRESS``: a corpus on Dask.

Input files are cut into blocks of whole lines (:func:`line_blocks`), each block is
analysed on a worker (one gazetteer per worker process, memory-mapped), and the output
is written in input order (JSON lines, on the client) or as GeoParquet directories (by
the workers: ``-o`` must be a path they share), all or none. The Python API for bags
and frames is :mod:`geo.dask`, which re-exports :func:`run_cluster` and
:func:`line_blocks`.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Sequence
from typing import Any

from ._io import atomic_write
from .batch_log import LogRecord, captured, say_again
from .corpus import DEFAULT_OPTIONS, Options, Summary, analyze_decoded
from .corpus_lines import RepeatedIds, read_decoded
from .corpus_options import check_run_options, record_run_options
from .corpus_records import interruptible, line_limit
from .corpus_run import (
    check_not_an_input,
    expand_inputs,
    resume_state,
    skip_done,
)
from .corpus_signals import committing, holding, whole
from .dask_client import connect, quiet_stop
from .errors import InputError

__all__ = ["line_blocks", "run_cluster"]


def _gazetteer():
    from .gazetteer.index import load_gazetteer

    return load_gazetteer()  # cached per process: one per worker


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
    """Output lines of one block, each with its input line number and what was logged
    while it was analysed ``(number, line, failed, logged)``: the client says it again
    (:func:`geo.batch_log.say_again`), as ``-j N`` does, so a cluster's standard error
    is one process's; how many lines ``--resume`` skipped, and the ids seen."""
    import io

    path, start, end, first = block
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    lines = read_decoded(io.BytesIO(data), start=first,
                         max_bytes=line_limit(options.max_chars))
    ids: list[tuple[Any, int]] = []  # for the client's warning about repeated ids
    lines = _noting(lines, ids)
    skipped = []
    if done is not None:
        lines = skip_done(lines, done[0], done[1], options.file, lambda: skipped.append(1))
    gaz = _gazetteer()
    numbered = []
    for line in lines:
        with captured() as logged:  # said again by the client, in input order
            out, failed = analyze_decoded(line, gaz, options)
        numbered.append((line.number, out, failed, logged))
    return numbered, len(skipped), ids


def _noting(lines, ids: list[tuple[Any, int]]):
    for line in lines:
        if line.key is not None:
            ids.append((line.key, line.number))
        yield line


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
    if fmt == "jsonl":
        check_run_options(output, options, resume=resume, inputs=paths)
    summary = Summary()
    done = (resume_state(output, summary, inputs=paths, max_chars=options.max_chars)
            if resume else None)
    # SIGTERM stops the run as Ctrl-C does: output closed, cluster stopped, exit 130
    completed = False
    with interruptible(summary, output if fmt == "jsonl" else None), quiet_stop():
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
            record_run_options(output, options, paths)  # once OUT is open: no sidecar without it
            ok = False
            try:
                # A sliding window of blocks in flight: results wait on the workers only
                # until the client writes them, in input order, then are released.
                pending = iter(zip(blocks, opts, strict=True))
                window: collections.deque = collections.deque()
                bar = _bar(progress, len(blocks))
                files: collections.deque = collections.deque()  # the file of each block
                repeated, last_path = None, None
                while True:
                    while len(window) < 4 * workers and (item := next(pending, None)):
                        window.append(client.submit(_run_block, *item, done_future, pure=False))
                        files.append(item[0][0])
                    if not window:
                        break
                    future = window.popleft()
                    lines, skipped, ids = future.result()
                    summary.skipped += skipped
                    path = files.popleft()
                    if path != last_path:
                        if repeated is not None:
                            repeated.warn(last_path)
                        repeated, last_path = RepeatedIds(), path
                    for doc_id, number in ids:
                        repeated.add(doc_id, number)
                    for _, line, failed, logged in lines:
                        say_again(logged)
                        with whole():  # a stop signal waits: the count is what was written
                            sink.write(line)
                            summary.record(line, failed)
                    future.release()
                    sink.flush()
                    if bar is not None:
                        bar.update()
                if repeated is not None:
                    repeated.warn(last_path)
                if bar is not None:
                    bar.close()
                ok = True
            finally:
                sink.close(ok=ok)
            completed = True
            return summary
        finally:
            # Closed whole, signals held: one that comes now stops nothing more (and a
            # completed run, its outputs whole, is not reported as interrupted)
            with holding() as held:  # quiet_stop() above: no "Worker process still alive"
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


def _write_block(
    block, options: Options, staging: str, number: int
) -> tuple[int, list[str], list[tuple[Any, int]], list[LogRecord]]:
    """Analyse one block and write its part of each table into ``staging``
    (:func:`geo.geoparquet.write_part`); how many records, the error records, the
    ids seen (for the warning about repeated ids) and what its lines logged."""
    from .geoparquet import write_part

    lines, _, ids = _run_block(block, options, None)
    write_part((_placed(json.loads(line), n, options.file) for n, line, failed, _ in lines
                if not failed), staging, f"part.{number:06d}.parquet")
    logged = [record for *_, records in lines for record in records]
    return len(lines), [line for _, line, failed, _ in lines if failed], ids, logged


def _warn_repeated(blocks, counts) -> None:
    """Say, per input file, that some lines repeat an earlier line's id, as one process
    does (the blocks' ids, in input order)."""
    repeated, last_path = None, None
    for block, (_, _, ids, *_) in zip(blocks, counts, strict=True):
        if block[0] != last_path:
            if repeated is not None:
                repeated.warn(last_path)
            repeated, last_path = RepeatedIds(), block[0]
        for doc_id, number in ids:
            repeated.add(doc_id, number)
    if repeated is not None:
        repeated.warn(last_path)


def _placed(record: dict[str, Any], number: int, file: str | None) -> dict[str, Any]:
    """``record`` with the input line (and file) it came from: every row says where
    its document is, as one process writes them."""
    record["line"] = number
    if file is not None:
        record["file"] = file
    return record


def _write_geoparquet(client, blocks, opts, output: str, summary: Summary) -> None:
    from .geoparquet import TABLES, check_directory, replace_table

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
        for *_, logged in counts:  # in input order, as one process says them
            say_again(logged)
        check_directory(output)  # nothing replaced yet: still all or none
        # The error records, in DIR/errors.jsonl as in one process (geo.geoparquet).
        errors = [line for _, failed, *_ in counts for line in failed]
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
    _warn_repeated(blocks, counts)
    summary.written += sum(written for written, *_ in counts)
    summary.errors += len(errors)
    summary.error_lines += errors[:5]

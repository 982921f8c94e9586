"""Corpora: JSON lines in, one analysis (or error record) per line out, on every core.

:func:`analyze_lines` runs :func:`geo.corpus_records.analyze_decoded` over an
iterable of lines (each decoded once, by the reader) in this process or in ``jobs``
worker processes (forked after the parent loaded the pipeline: each maps the index
once; output in input order, byte-identical whatever ``jobs``, a bounded number of
chunks in flight);
:mod:`geo.corpus_run` ties input files, ``--resume`` and incremental output
together for the ``geo parse --jsonl`` command. The records of a line (options,
reading, analysing, error records) are :mod:`geo.corpus_records`'s, re-exported
here.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ._io import dumps_json
from .batch_log import LogRecord, captured, say_again
from .corpus_records import (
    DEFAULT_OPTIONS,
    STAGES,
    Line,
    Options,
    Summary,
    _error,
    analyze_decoded,
    analyze_line,
    analyze_record,
    line_limit,
    line_of,
    read_decoded,
    read_lines,
    record_date,
    written_id,
)
from .errors import InputError

if TYPE_CHECKING:  # the pool is imported only when -j asks for workers
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = [
    "DEFAULT_OPTIONS",
    "STAGES",
    "Line",
    "Options",
    "Summary",
    "analyze_decoded",
    "analyze_line",
    "analyze_lines",
    "analyze_record",
    "cpu_count",
    "init_worker",
    "read_decoded",
    "read_lines",
    "record_date",
    "stop_pool",
    "worker_pool",
    "written_id",
]

log = logging.getLogger(__name__)

#: The worker process's gazetteer, opened once by :func:`init_worker`.
_WORKER: dict[str, Any] = {}

#: Lines per task sent to a worker process, and most bytes per task.
CHUNK_LINES, CHUNK_BYTES = 16, 64 << 10
#: Lines (and bytes) read ahead of the tasks sent, so that the input's last lines go out
#: in tasks of :data:`TAIL_LINES`: the workers then finish within a few documents of
#: each other, instead of one idling while another analyses a last full task.
LOOKAHEAD_LINES, LOOKAHEAD_BYTES = 2 * CHUNK_LINES, 2 * CHUNK_BYTES
TAIL_LINES = 2


def init_worker() -> None:
    """Worker start-up: leave Ctrl-C to the parent, end with the parent, open the
    gazetteer once."""
    import signal

    from .gazetteer.index import load_gazetteer

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler (forked)
    _watch_parent(os.getppid())
    _WORKER["gazetteer"] = load_gazetteer()


PARENT_POLL_S = 0.5


def _watch_parent(parent: int) -> None:
    """End this worker when its parent is gone (killed with SIGKILL, it cannot tell its
    workers): a daemon thread polls the parent id every ``PARENT_POLL_S`` seconds.

    The pool's pipes do not tell: every forked sibling holds their other ends open.
    """
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_S)
        os._exit(1)

    threading.Thread(target=watch, name="geo-parent-watch", daemon=True).start()


def _work(task: list[Line], options: Options) -> list[tuple[str, bool, list[LogRecord]]]:
    """A worker's lines: (output line, error?, what it logged for the line), the last
    said by the parent in input order (:func:`_said`), as one process says it."""
    gaz = _WORKER.get("gazetteer")
    if gaz is None:
        init_worker()
        gaz = _WORKER["gazetteer"]
    out = []
    for line in task:
        with captured() as records:
            text, failed = analyze_decoded(line, gaz, options)
        out.append((text, failed, records))
    return out


def _said(results: list[tuple[str, bool, list[LogRecord]]]) -> Iterator[tuple[str, bool]]:
    """A worker's results (:func:`_work`), each line's log records said again here, as
    they were (already named after their line), before the line is given on."""
    for text, failed, records in results:
        say_again(records)
        yield text, failed


def _chunks(lines: Iterable[Line]) -> Iterator[list[Line]]:
    """Tasks of consecutive lines, in order: :data:`CHUNK_LINES` lines (fewer when they
    reach :data:`CHUNK_BYTES`), and the last lines of the input, read
    :data:`LOOKAHEAD_LINES` ahead, in tasks of :data:`TAIL_LINES`.

    Examples
    --------
    >>> sizes = [len(c) for c in _chunks(Line(n, {}, size=1) for n in range(60))]
    >>> sizes[:3], len(sizes)
    ([16, 2, 2], 23)
    """
    buffer: collections.deque[Line] = collections.deque()
    size = 0

    def take(most_lines: int) -> list[Line]:
        nonlocal size
        chunk: list[Line] = []
        taken = 0
        while buffer and len(chunk) < most_lines and taken < CHUNK_BYTES:
            item = buffer.popleft()
            chunk.append(item)
            taken += item.size
        size -= taken
        return chunk

    for item in lines:
        buffer.append(item)
        size += item.size
        while (len(buffer) >= LOOKAHEAD_LINES + CHUNK_LINES
               or size >= LOOKAHEAD_BYTES + CHUNK_BYTES):
            yield take(CHUNK_LINES)
    while buffer:
        yield take(TAIL_LINES)


def _preload(options: Options, *, compile_all: bool = True) -> None:
    """Import the pipeline modules ``options`` needs (their patterns compile at import)
    and, with ``compile_all``, compile the patterns they would compile on first use:
    forked workers inherit them, instead of each compiling its own."""
    import importlib

    stages = options.stages or STAGES
    for module in ("analysis", *(f"text.{m}" for m, stage in
                                 (("spatial", "features"), ("claims", "claims"))
                                 if stage in stages)):
        importlib.import_module(f".{module}", __package__)
    if compile_all and "features" in stages:
        from .text.spatial import compile_patterns

        compile_patterns()


#: The youngest generation's collection threshold once the pipeline is frozen (Python's
#: default: 700 allocations). A document's analysis makes tens of thousands of
#: short-lived objects, nearly all freed by their reference counts: fewer collections
#: find the same cycles (the garbage of a few documents at most waits for them).
YOUNG_THRESHOLD = 10_000


@contextlib.contextmanager
def _loading(freeze: bool) -> Iterator[None]:
    """Load the pipeline (imports, index, patterns) inside; with ``freeze``, without
    garbage collections, then leave what was loaded out of every later one.

    Loading creates hundreds of thousands of objects that live as long as the process,
    and the collector walked them again and again as they came (a full collection and
    a dozen middle ones, 30-70 ms of a corpus run's start, before any document);
    :func:`gc.freeze` then moves them out of later collections. A corpus run also
    creates many short-lived objects, and each full collection walked every object of
    the pipeline too: about 0.1 s of a 500-document run. In forked workers, frozen
    objects are also never written to by the collector, so their memory pages stay
    shared with the parent. Collections of the youngest objects then come every
    :data:`YOUNG_THRESHOLD` allocations.
    """
    import gc

    if not freeze:
        yield
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        _, middle, old = gc.get_threshold()
        gc.set_threshold(YOUNG_THRESHOLD, middle, old)
        if enabled:
            gc.enable()


def cpu_count() -> int:
    """The cores this process may use."""
    with contextlib.suppress(AttributeError):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def worker_pool(jobs: int) -> ProcessPoolExecutor:
    """``jobs`` forked worker processes, each started by :func:`init_worker` (used by
    ``geo parse --jsonl -j`` here and by ``geo map/report --jsonl -j``)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # fork: workers inherit the imported pipeline and the mapped index pages;
    # each still opens the index itself (init_worker), so nothing is pickled.
    method = "fork" if "fork" in mp.get_all_start_methods() else None
    return ProcessPoolExecutor(jobs, mp_context=mp.get_context(method), initializer=init_worker)


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Shut ``pool`` down now: pending tasks cancelled, running workers terminated."""
    processes = list(getattr(pool, "_processes", {}).values())  # no public API before 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()


def analyze_lines(
    lines: Iterable[Line] | Iterable[tuple[int, bytes]],
    options: Options,
    *,
    jobs: int = 1,
    gazetteer=None,
    freeze: bool = False,
) -> Iterator[tuple[str, bool]]:
    """Output lines for numbered input lines, in input order.

    Parameters
    ----------
    lines : iterable of Line, or of (int, bytes)
        Decoded lines (:func:`read_decoded`: each line is decoded once, there), or line
        numbers and raw lines (:func:`read_lines`), decoded here; consumed lazily.
    options : Options
    jobs : int
        Worker processes; 1 runs here, 0 means every core. Results are the
        same bytes whatever ``jobs``; at most ``2 * jobs + 2`` chunks of
        :data:`CHUNK_LINES` lines are in flight, so memory stays bounded.
    gazetteer : Gazetteer, optional
        For ``jobs == 1`` (default: the default index).
    freeze : bool
        Load the pipeline first, without garbage collections, and freeze this
        process' heap (:func:`gc.freeze`): fewer and shorter garbage collections
        (see :func:`_loading`). For a process that runs the corpus and ends (the
        ``geo parse --jsonl`` command): whatever the caller had loaded is
        never collected after that.

    Yields
    ------
    (str, bool)
        The output line (no newline) and whether it is an error record. A worker
        process that dies (killed for memory) costs an error record for the one
        line that killed it: its chunk is retried line by line in a fresh pool.
    """
    from .gazetteer.cache import ensure_index
    from .gazetteer.index import load_gazetteer

    jobs = cpu_count() if jobs == 0 else jobs
    if jobs < 1:
        raise InputError(f"jobs must be 0 (all cores) or a positive number, got {jobs}")
    # the default index, built first if it must be (with garbage collections: not loading)
    index = ensure_index() if gazetteer is None or jobs > 1 else None
    lines = _decoded(lines, line_limit(options.max_chars))
    if jobs == 1:
        with _loading(freeze):
            gaz = gazetteer if gazetteer is not None else load_gazetteer(index)
            if freeze:
                _preload(options, compile_all=False)  # patterns compiled when first needed
        for line in lines:
            yield analyze_decoded(line, gaz, options)
        return
    from concurrent.futures.process import BrokenProcessPool

    with _loading(freeze):
        load_gazetteer(index)  # opened once, here, before workers are forked
        _preload(options)  # imported once, here: forked workers inherit the modules
    tasks = _chunks(lines)
    Task = list[Line]
    # (task, alone): a task run alone is the only one in flight, so that a worker dying
    # under it is its own doing, not a line's in another worker.
    pending: collections.deque[tuple[Task, Future, bool]] = collections.deque()
    retry: collections.deque[tuple[Task, bool]] = collections.deque()
    pool = worker_pool(jobs)
    finished = False
    try:
        while True:
            while len(pending) < 2 * jobs + 2:
                if retry and retry[0][1] and pending:
                    break  # a line under suspicion runs alone, when the others are done
                task, alone = retry.popleft() if retry else (next(tasks, None), False)
                if task is None:
                    break
                try:
                    pending.append((task, pool.submit(_work, task, options), alone))
                except BrokenProcessPool:  # a worker died since the last result
                    retry.appendleft((task, alone))
                    if pending:
                        break  # the tasks in flight report it, and are retried
                    stop_pool(pool)
                    pool = worker_pool(jobs)
                    continue
                if alone:
                    break
            if not pending:
                finished = True
                return
            task, future, alone = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                stop_pool(pool)
                pool = worker_pool(jobs)
                # Retry in order: a chunk line by line, a line alone (it may have died
                # of another line's worker), then every task in flight. Only a line that
                # kills its worker when alone is an error record.
                if len(task) > 1:
                    redo = [([item], False) for item in task]
                elif alone:
                    line = task[0]
                    message = "analysis failed: the worker process died (out of memory?)"
                    yield dumps_json(_error(line.id, line.number, message, options)), True
                    redo = []
                else:
                    redo = [(task, True)]
                redo += [(t, a) for t, _, a in pending]
                pending.clear()
                retry.extendleft(reversed(redo))
                continue
            yield from _said(results)
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            stop_pool(pool)


def _decoded(lines: Iterable[Line] | Iterable[tuple[int, bytes]],
             max_bytes: int | None) -> Iterator[Line]:
    """``lines`` as :class:`Line` objects: a raw ``(number, bytes)`` pair decoded once
    here (:func:`line_of`), a decoded line as it is."""
    for line in lines:
        yield line if isinstance(line, Line) else line_of(*line, max_bytes)

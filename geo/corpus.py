"""Corpora: JSON lines in, one analysis (or error record) per line out, on every core.

The stages are plain functions:

- :func:`read_lines` splits a byte stream into numbered lines (on ``\\n`` only: a
  bare ``\\r`` inside a line stays in it, so line numbers never shift);
- :func:`analyze_line` turns one raw line into one output line: the analysis
  JSON, or an ``{"id", "line", "error"}`` record for a line that is not UTF-8,
  not JSON, has no text or fails inside the analysis (memory, a bug);
- :func:`analyze_lines` runs that over an iterable of lines in this process or
  in ``jobs`` worker processes (each opens the memory-mapped index once; output
  in input order, byte-identical whatever ``jobs``, a bounded number of chunks in
  flight);
- :mod:`geo.corpus_run` ties input files, ``--resume`` and incremental output
  together for the ``geo parse --jsonl`` command.

Output is always strict JSON (:func:`geo._io.dumps_json`).
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import json
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

from ._io import check_size, dumps_json, scrub_text
from .errors import InputError

if TYPE_CHECKING:  # the pool is imported only when -j asks for workers
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = [
    "DEFAULT_OPTIONS",
    "STAGES",
    "Options",
    "Summary",
    "analyze_line",
    "analyze_lines",
    "analyze_record",
    "cpu_count",
    "read_lines",
    "record_date",
]

log = logging.getLogger(__name__)

#: The analysis stages, in order; ``toponyms`` is recognition and resolution.
STAGES = ("toponyms", "features", "claims")

#: Lines per task sent to a worker process, and most bytes per task.
CHUNK_LINES, CHUNK_BYTES = 16, 64 << 10


@dataclass(frozen=True, slots=True)
class Options:
    """What to compute for every line.

    ``stages`` is a subset of :data:`STAGES` (``None``: all); ``file`` (a path)
    is added to error records when a run reads several files; a text longer than
    ``max_chars`` characters (0: no limit) is that line's error.
    """

    demonyms: bool = False
    stages: tuple[str, ...] | None = None
    file: str | None = None
    max_chars: int = 0


#: Every stage, no demonyms.
DEFAULT_OPTIONS = Options()


@dataclass(slots=True)
class Summary:
    """Counts of a run: lines written, of which errors, and lines skipped by ``--resume``."""

    written: int = 0
    errors: int = 0
    skipped: int = 0
    error_lines: list[str] = field(default_factory=list)

    def record(self, line: str, failed: bool) -> None:
        """Count one output line (the first five error records are kept)."""
        self.written += 1
        if failed:
            self.errors += 1
            if len(self.error_lines) < 5:
                self.error_lines.append(line)


def read_lines(stream: IO[bytes], *, start: int = 1) -> Iterator[tuple[int, bytes]]:
    """Numbered lines of a binary stream, split on ``\\n`` only, blank lines left out.

    The line ending (``\\n`` or ``\\r\\n``) is removed; a UTF-8 byte-order mark
    at the very start of a file (line 1) is dropped. Bytes are not decoded here: a
    bad byte is one line's error (:func:`analyze_line`), never the end of the run.

    Examples
    --------
    >>> import io
    >>> list(read_lines(io.BytesIO(b'\\xef\\xbb\\xbfa\\r\\n\\nb\\rc\\n')))
    [(1, b'a'), (3, b'b\\rc')]
    """
    for number, line in enumerate(stream, start):
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        line = line.removesuffix(b"\n").removesuffix(b"\r")
        if line.strip():
            yield number, line


def record_date(value: Any) -> dt.date | None:
    """The ``date`` field of a JSON line: ``YYYY-MM-DD`` or an ISO 8601 timestamp.

    Raises
    ------
    InputError
        For anything else (the line's error record says so).

    Examples
    --------
    >>> record_date("2025-06-20T08:15:00Z")
    datetime.date(2025, 6, 20)
    >>> record_date(None) is None
    True
    """
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            with contextlib.suppress(ValueError):
                return dt.datetime.fromisoformat(value).date()
    raise InputError(f'"date" must be YYYY-MM-DD or an ISO 8601 timestamp, got {value!r:.40}')


def _optional_str(doc: dict[str, Any], key: str) -> str | None:
    value = doc.get(key)
    if value is None or isinstance(value, str):
        return None if value is None else scrub_text(value)
    raise InputError(f'"{key}" must be a string, got {type(value).__name__}')


def _error(doc_id: Any, number: int, message: str, options: Options) -> dict[str, Any]:
    record = {"id": doc_id, "line": number, "error": message}
    if options.file is not None:
        record["file"] = options.file
    return record


def analyze_record(doc: dict[str, Any], gazetteer, options: Options):
    """The :class:`~geo.model.Analysis` of one decoded JSON line (``id``, ``text``, ...).

    ``title``, ``date`` and ``url`` are optional; the date anchors relative
    dates ("on Friday"), the title is the headline.
    """
    from .analysis import analyze

    text = doc.get("text")
    if not isinstance(text, str):
        raise InputError('missing or non-string "text"')
    check_size(text, options.max_chars, "text")
    return analyze(
        scrub_text(text),
        gazetteer=gazetteer,
        demonyms=options.demonyms,
        id=doc.get("id"),
        date=record_date(doc.get("date")),
        title=_optional_str(doc, "title"),
        url=_optional_str(doc, "url"),
        stages=options.stages,
    )


def analyze_line(number: int, raw: bytes, gazetteer, options: Options) -> tuple[str, bool]:
    """One output line (no newline) for input line ``number``, and whether it is an error.

    Never raises for a bad line or a failing document: a line that is not
    UTF-8, not a JSON object or has no string ``text``, and any exception inside
    the analysis (``MemoryError`` included), gives that line's error record.
    """
    doc_id = None
    try:
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            doc_id = _raw_id(raw)
            reason = f"{err.reason} at byte {err.start} of the line"
            raise InputError(f"not UTF-8 text ({reason})") from None
        try:
            # strict=False: a raw control character (a bare \r) inside a string is kept
            doc = json.loads(line, strict=False)
        except json.JSONDecodeError as err:
            raise InputError(f"not JSON: {err.msg} (column {err.colno})") from None
        if not isinstance(doc, dict):
            raise InputError('expected a JSON object with "id" and "text"')
        doc_id = doc.get("id")
        record = analyze_record(doc, gazetteer, options).to_dict()
        if written_id(doc_id) is None:
            # No id survives into the output (none, NaN, 1e999): the line number tells
            # --resume that this line is done.
            record["line"] = number
            if options.file is not None:
                record["file"] = options.file
        return dumps_json(record), False
    except InputError as err:
        message = str(err)
    except Exception as err:  # one document's failure is its error record
        log.debug("line %d failed", number, exc_info=True)
        message = f"analysis failed: {type(err).__name__}: {err}"[:300]
    return dumps_json(_error(doc_id, number, message, options)), True


# ----------------------------------------------------------------------------
# Many lines, one process or many


_WORKER: dict[str, Any] = {}


def _init_worker() -> None:
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


def _work(task: list[tuple[int, bytes]], options: Options) -> list[tuple[str, bool]]:
    gaz = _WORKER.get("gazetteer")
    if gaz is None:
        _init_worker()
        gaz = _WORKER["gazetteer"]
    return [analyze_line(number, raw, gaz, options) for number, raw in task]


def _chunks(lines: Iterable[tuple[int, bytes]]) -> Iterator[list[tuple[int, bytes]]]:
    chunk: list[tuple[int, bytes]] = []
    size = 0
    for item in lines:
        chunk.append(item)
        size += len(item[1])
        if len(chunk) >= CHUNK_LINES or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


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


def _freeze_heap() -> None:
    """Leave what is loaded now (modules, patterns, the index's tables) out of every
    later garbage collection (:func:`gc.freeze`).

    A corpus run creates many short-lived objects, and each full collection walked
    every object of the pipeline too: about 0.1 s of a 500-document run, a third of
    that left. In forked workers, frozen objects are also never written to by the
    collector, so their memory pages stay shared with the parent.
    """
    import gc

    gc.freeze()


def cpu_count() -> int:
    """The cores this process may use."""
    with contextlib.suppress(AttributeError):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _executor(jobs: int) -> ProcessPoolExecutor:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # fork: workers inherit the imported pipeline and the mapped index pages;
    # each still opens the index itself (_init_worker), so nothing is pickled.
    method = "fork" if "fork" in mp.get_all_start_methods() else None
    return ProcessPoolExecutor(jobs, mp_context=mp.get_context(method), initializer=_init_worker)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut ``pool`` down now: pending tasks cancelled, running workers terminated."""
    processes = list(getattr(pool, "_processes", {}).values())  # no public API before 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()


def analyze_lines(
    lines: Iterable[tuple[int, bytes]],
    options: Options,
    *,
    jobs: int = 1,
    gazetteer=None,
    freeze: bool = False,
) -> Iterator[tuple[str, bool]]:
    """Output lines for numbered input lines, in input order.

    Parameters
    ----------
    lines : iterable of (int, bytes)
        Line numbers and raw lines (:func:`read_lines`); consumed lazily.
    options : Options
    jobs : int
        Worker processes; 1 runs here, 0 means every core. Results are the
        same bytes whatever ``jobs``; at most ``2 * jobs + 2`` chunks of
        :data:`CHUNK_LINES` lines are in flight, so memory stays bounded.
    gazetteer : Gazetteer, optional
        For ``jobs == 1`` (default: the default index).
    freeze : bool
        Load the pipeline first and freeze this process' heap (:func:`gc.freeze`):
        fewer and shorter garbage collections. For a process that runs the corpus and
        ends (the ``geo parse --jsonl`` command): whatever the caller had loaded is
        never collected after that.

    Yields
    ------
    (str, bool)
        The output line (no newline) and whether it is an error record. A worker
        process that dies (killed for memory) costs an error record for the one
        line that killed it: its chunk is retried line by line in a fresh pool.
    """
    from .gazetteer.index import load_gazetteer

    jobs = cpu_count() if jobs == 0 else jobs
    if jobs < 1:
        raise InputError(f"jobs must be 0 (all cores) or a positive number, got {jobs}")
    if jobs == 1:
        gaz = gazetteer if gazetteer is not None else load_gazetteer()
        if freeze:
            _preload(options, compile_all=False)  # patterns still compiled when first needed
            _freeze_heap()
        for number, raw in lines:
            yield analyze_line(number, raw, gaz, options)
        return
    from concurrent.futures.process import BrokenProcessPool

    load_gazetteer()  # build the index once, here, before workers are forked
    _preload(options)  # imported once, here: forked workers inherit the modules
    if freeze:
        _freeze_heap()
    tasks = _chunks(lines)
    pending: collections.deque[tuple[list[tuple[int, bytes]], Future]] = collections.deque()
    retry: collections.deque[list[tuple[int, bytes]]] = collections.deque()
    pool = _executor(jobs)
    finished = False
    try:
        while True:
            while len(pending) < 2 * jobs + 2:
                task = retry.popleft() if retry else next(tasks, None)
                if task is None:
                    break
                try:
                    pending.append((task, pool.submit(_work, task, options)))
                except BrokenProcessPool:  # a worker died since the last result
                    retry.appendleft(task)
                    if pending:
                        break  # the tasks in flight report it, and are retried
                    _stop(pool)
                    pool = _executor(jobs)
            if not pending:
                finished = True
                return
            task, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                _stop(pool)
                pool = _executor(jobs)
                # retry in order: this task line by line, then every task in flight
                redo = [[item] for item in task] if len(task) > 1 else []
                if len(task) == 1:
                    number, raw = task[0]
                    message = "analysis failed: the worker process died (out of memory?)"
                    yield dumps_json(_error(_raw_id(raw), number, message, options)), True
                redo += [t for t, _ in pending]
                pending.clear()
                retry.extendleft(reversed(redo))
                continue
            yield from results
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _stop(pool)


def _hashable(value: Any) -> Any:
    return json.dumps(value, sort_keys=True) if isinstance(value, dict | list) else value


def _raw_id(raw: bytes) -> Any:
    """The ``id`` of a raw line as written in it (``None`` when unreadable)."""
    with contextlib.suppress(ValueError):
        doc = json.loads(raw.decode("utf-8", "replace"), strict=False)
        if isinstance(doc, dict):
            return doc.get("id")
    return None


def written_id(doc_id: Any) -> Any:
    """The id as its output record carries it: strict JSON (NaN and 1e999 become null,
    a lone surrogate U+FFFD), read back."""
    return json.loads(dumps_json(doc_id))


def _line_id(raw: bytes | str) -> Any:
    """The id the output record of a raw line carries (see :func:`written_id`), or
    ``None`` when it has none or the line does not parse: what ``--resume`` compares
    with the ids already in the output."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    return _hashable(written_id(_raw_id(raw)))

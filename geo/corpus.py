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
- :func:`run` ties input files, ``--resume`` and incremental output together
  for the ``geo parse --jsonl`` command.

Output is always strict JSON (:func:`geo._io.dumps_json`).
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import datetime as dt
import glob
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import IO, Any

from ._io import dumps_json, scrub_text
from .errors import InputError

__all__ = [
    "DEFAULT_OPTIONS",
    "STAGES",
    "Options",
    "Summary",
    "analyze_line",
    "analyze_lines",
    "expand_inputs",
    "read_lines",
    "record_date",
    "resume_state",
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
    if options.max_chars and len(text) > options.max_chars:
        raise InputError(f"text of {len(text):,} characters is longer than the limit "
                         f"({options.max_chars:,})")
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
        return dumps_json(analyze_record(doc, gazetteer, options).to_dict()), False
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
    """Worker start-up: leave Ctrl-C to the parent, open the gazetteer once."""
    import signal

    from .gazetteer.index import load_gazetteer

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler (forked)
    _WORKER["gazetteer"] = load_gazetteer()


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


def cpu_count() -> int:
    """The cores this process may use."""
    with contextlib.suppress(AttributeError):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _executor(jobs: int) -> ProcessPoolExecutor:
    import multiprocessing as mp

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
        for number, raw in lines:
            yield analyze_line(number, raw, gaz, options)
        return
    load_gazetteer()  # build the index once, here, before workers are forked
    from . import analysis  # noqa: F401  (imported once: forked workers inherit it)
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
                pending.append((task, pool.submit(_work, task, options)))
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


# ----------------------------------------------------------------------------
# Files


def expand_inputs(patterns: Sequence[str]) -> list[str]:
    """Input paths: ``-`` (standard input), files, or glob patterns (``shards/*.jsonl``).

    Raises
    ------
    InputError
        A pattern that matches nothing, a missing file or a directory.
    """
    paths: list[str] = []
    for pattern in patterns:
        if pattern == "-" or not glob.has_magic(pattern):
            paths.append(pattern)
            continue
        found = sorted(p for p in glob.glob(pattern) if os.path.isfile(p))
        if not found:
            raise InputError(f"no JSONL file matches {pattern!r}")
        paths += found
    for path in paths:
        if path == "-":
            continue
        if os.path.isdir(path):
            raise InputError(f"{path} is a directory, not a JSONL file")
        if not os.path.isfile(path):
            raise InputError(f"no such JSONL file: {path}")
    return paths


def resume_state(path: str) -> tuple[set[Any], set[tuple[Any, int]]]:
    """Ids (and, for id-less error records, (file, line) pairs) already in ``path``.

    A last line cut short (the previous run was killed while writing it) is
    removed from the file, so appending continues on a line boundary.
    """
    ids: set[Any] = set()
    lines: set[tuple[Any, int]] = set()
    if not os.path.exists(path):
        return ids, lines
    if os.path.isdir(path):
        raise InputError(f"{path} is a directory, not a JSONL file")
    keep = 0
    with open(path, "rb") as f:
        for raw in f:
            if not raw.endswith(b"\n"):
                break
            keep += len(raw)
            with contextlib.suppress(ValueError):
                record = json.loads(raw)
                if isinstance(record, dict):
                    if record.get("id") is not None:
                        ids.add(_hashable(record["id"]))
                    elif "line" in record:
                        lines.add((record.get("file"), record["line"]))
    if keep < os.path.getsize(path):
        log.warning("%s: dropping a last line cut short by the previous run", path)
        with open(path, "r+b") as f:
            f.truncate(keep)
    return ids, lines


def _hashable(value: Any) -> Any:
    return json.dumps(value, sort_keys=True) if isinstance(value, dict | list) else value


def _raw_id(raw: bytes) -> Any:
    """The ``id`` of a raw line as written in it (``None`` when unreadable)."""
    with contextlib.suppress(ValueError):
        doc = json.loads(raw.decode("utf-8", "replace"), strict=False)
        if isinstance(doc, dict):
            return doc.get("id")
    return None


def _line_id(raw: bytes | str) -> Any:
    """The ``id`` of a raw line, or ``None`` when it has none or does not parse."""
    with contextlib.suppress(ValueError):
        doc = json.loads(raw, strict=False)
        if isinstance(doc, dict):
            return _hashable(doc.get("id"))
    return None


def skip_done(
    lines: Iterable[tuple[int, bytes]],
    ids: set[Any],
    done_lines: set[tuple[Any, int]],
    file: str | None,
    on_skip: Callable[[], None],
) -> Iterator[tuple[int, bytes]]:
    """The lines whose id (or, without an id, whose line number) is not already done."""
    for number, raw in lines:
        doc_id = _line_id(raw)
        if (doc_id is not None and doc_id in ids) or (
            doc_id is None and (file, number) in done_lines
        ):
            on_skip()
            continue
        yield number, raw


def count_lines(paths: Sequence[str]) -> int | None:
    """Lines in the input files (for a progress bar's total); ``None`` for standard input."""
    if "-" in paths:
        return None
    total = 0
    for path in paths:
        with open(path, "rb") as f:
            total += sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 20), b""))
    return total


def open_input(path: str) -> IO[bytes]:
    """A binary stream for ``path`` (``-``: standard input)."""
    if path == "-":
        return contextlib.nullcontext(sys.stdin.buffer)  # type: ignore[return-value]
    try:
        return open(path, "rb")
    except OSError as err:
        raise InputError(f"cannot read JSONL file {path}: {err.strerror}") from None


# ----------------------------------------------------------------------------
# A whole run (the `geo parse --jsonl` command)


class _JsonlSink:
    """Output lines appended to a file (or standard output) as they come, flushed often.

    Written in place, not through a temporary file: what was produced before a
    crash or a SIGTERM stays, and ``--resume`` continues from it.
    """

    def __init__(self, path: str | None, *, append: bool):
        self.path = path
        if not path or path == "-":
            sys.stdout.flush()
            self.stream = sys.stdout.buffer
            self.own = False
        else:
            if os.path.isdir(path):
                raise InputError(f"{path} is a directory, not an output file")
            directory = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(directory):
                raise InputError(f"output directory does not exist: {directory}")
            try:
                self.stream = open(path, "ab" if append else "wb")  # noqa: SIM115 (closed by close())
            except OSError as err:
                raise InputError(f"cannot write {path}: {err.strerror}") from None
            self.own = True

    def write(self, line: str) -> None:
        self.stream.write(line.encode("utf-8") + b"\n")

    def flush(self) -> None:
        self.stream.flush()

    def close(self, *, ok: bool) -> None:
        if self.own:
            self.stream.close()
        else:
            self.stream.flush()


class _ParquetSink:
    def __init__(self, directory: str):
        try:
            import pyarrow  # noqa: F401
        except ImportError:  # pragma: no cover - depends on the install
            raise InputError("--format geoparquet needs pyarrow: pip install "
                             "'geo-frontline[gis]'") from None
        from .geoparquet import GeoParquetWriter

        self.writer = GeoParquetWriter(directory)

    def write(self, line: str) -> None:
        self.writer.add(json.loads(line))

    def flush(self) -> None:
        pass

    def close(self, *, ok: bool) -> None:
        if ok:
            self.writer.close()
        else:
            self.writer.abort()


def _progress(total: int | None, enabled: bool):
    if not enabled:
        return None
    try:
        import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return None
    tqdm.tqdm.monitor_interval = 0  # no monitor thread: workers are forked
    return tqdm.tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True,
                     mininterval=0.5, smoothing=0.1)


def _terminate_as_interrupt(signum, frame):  # pragma: no cover - exercised in a subprocess
    raise KeyboardInterrupt


def run(
    inputs: Sequence[str],
    output: str | None,
    *,
    options: Options = DEFAULT_OPTIONS,
    jobs: int = 1,
    resume: bool = False,
    progress: bool = False,
    fmt: str = "jsonl",
) -> Summary:
    """Analyse JSON-lines files into ``output``; see ``geo parse --jsonl``.

    Parameters
    ----------
    inputs : sequence of str
        Files, glob patterns or ``-``; read in order.
    output : str or None
        JSONL file (``None`` or ``-``: standard output), or for
        ``fmt="geoparquet"`` a directory for the three tables.
    options : Options
    jobs : int
        Worker processes (0: every core).
    resume : bool
        Skip the ids already present in ``output`` and append to it.
    progress : bool
        Show a progress bar (documents/s, ETA) on standard error.
    fmt : {"jsonl", "geoparquet"}

    Returns
    -------
    Summary
        The error lines are also in the output; the caller chooses the exit status.

    Raises
    ------
    InputError
        Missing input, unwritable output, ``resume`` without an output file.
    KeyboardInterrupt
        On Ctrl-C or SIGTERM, after every finished line has been written.
    """
    import signal

    paths = expand_inputs(inputs)
    if fmt not in ("jsonl", "geoparquet"):
        raise InputError(f"format must be jsonl or geoparquet, got {fmt!r}")
    if fmt == "geoparquet" and (not output or output == "-"):
        raise InputError("--format geoparquet needs -o DIR")
    if resume and (fmt != "jsonl" or not output or output == "-"):
        raise InputError("--resume needs -o OUT.jsonl (JSON lines output)")
    ids, done_lines = resume_state(output) if resume else (set(), set())
    summary = Summary()
    bar = _progress(count_lines(paths) if progress else None, progress)
    sink = _ParquetSink(output) if fmt == "geoparquet" else _JsonlSink(output, append=resume)
    previous = None
    if threading_main():
        previous = signal.signal(signal.SIGTERM, _terminate_as_interrupt)
    ok = False
    try:
        for path in paths:
            opts = dataclasses.replace(options, file=path if len(paths) > 1 else None)
            with open_input(path) as stream:

                def skipped() -> None:
                    summary.skipped += 1
                    if bar is not None:
                        bar.update()

                lines = read_lines(stream)
                if resume:
                    lines = skip_done(lines, ids, done_lines, opts.file, skipped)
                for line, failed in analyze_lines(lines, opts, jobs=jobs):
                    sink.write(line)
                    summary.written += 1
                    if failed:
                        summary.errors += 1
                        if len(summary.error_lines) < 5:
                            summary.error_lines.append(line)
                    if bar is not None:
                        bar.update()
                    if summary.written % 64 == 0:
                        sink.flush()
        ok = True
    except KeyboardInterrupt:
        if fmt == "jsonl" and output and output != "-":
            log.warning("interrupted: %d line(s) written to %s; --resume continues from there",
                        summary.written, output)
        raise
    finally:
        sink.close(ok=ok)
        if bar is not None:
            bar.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return summary


def threading_main() -> bool:
    """Whether this is the main thread (where signal handlers may be set)."""
    import threading

    return threading.current_thread() is threading.main_thread()

"""A corpus run: input files, ``--resume``, incremental output (``geo parse --jsonl``).

The analysis of the lines is :mod:`geo.corpus`; this module reads files (and
glob patterns), skips what an earlier run already wrote, and writes JSON lines
as they come (or the GeoParquet tables of :mod:`geo.geoparquet`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import glob
import json
import os
import sys
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from typing import IO

from ._io import no_directory
from .corpus import DEFAULT_OPTIONS, Options, Summary, analyze_lines
from .corpus_lines import Line, RepeatedIds, read_decoded
from .corpus_options import check_run_options, record_run_options
from .corpus_records import interruptible, line_limit
from .corpus_resume import check_resume_inputs, resume_state, skip_done
from .corpus_signals import whole
from .errors import InputError
from .input_signs import HEAD_BYTES, refuse_binary

__all__ = [
    "check_not_an_input",
    "check_resume_inputs",
    "count_lines",
    "cut_to_last_line",
    "expand_inputs",
    "open_input",
    "resume_state",
    "run",
    "skip_done",
]


def expand_inputs(patterns: Sequence[str]) -> list[str]:
    """Input paths: ``-`` (standard input), files, or glob patterns (``shards/*.jsonl``).

    A file that exists under the literal name is read as itself before the name is
    taken as a pattern: ``[x].jsonl`` is that file, not ``x.jsonl``.

    Raises
    ------
    InputError
        A pattern that matches nothing, a missing file or a directory; ``-`` twice.
    """
    paths: list[str] = []
    for pattern in patterns:
        if pattern == "-" or not glob.has_magic(pattern) or os.path.isfile(pattern):
            paths.append(pattern)
            continue
        found = sorted(p for p in glob.glob(pattern) if os.path.isfile(p))
        if not found:
            raise InputError(f"no JSONL file matches {pattern!r}")
        paths += found
    if paths.count("-") > 1:
        raise InputError("standard input (-) is given more than once: it can be read once")
    for path in paths:
        if path == "-":
            continue
        if os.path.isdir(path):
            raise InputError(f"{path} is a directory, not a JSONL file")
        if not os.path.exists(path):
            raise InputError(f"no such JSONL file: {path}")
        with contextlib.suppress(OSError), open(path, "rb") as f:
            refuse_binary(path, f.read(HEAD_BYTES))  # before any worker reads it
    return paths


def check_not_an_input(output: str | None, paths: Sequence[str]) -> None:
    """Refuse an output path that is one of the inputs (writing would destroy it)."""
    if not output or output == "-" or not os.path.exists(output):
        return
    for path in paths:
        if path != "-" and os.path.samefile(path, output):
            raise InputError(f"the output {output} is also an input: choose another -o")


def _noting_ids(lines: Iterable[Line], repeated: RepeatedIds) -> Iterator[Line]:
    """``lines``, each id noted in ``repeated`` on the way."""
    for line in lines:
        repeated.add(line.key, line.number)
        yield line


def count_lines(paths: Sequence[str]) -> int | None:
    """Lines in the input files (for a progress bar's total); ``None`` for standard input."""
    if "-" in paths or not all(os.path.isfile(p) for p in paths):
        return None  # standard input or a pipe: read once, not counted beforehand
    total = 0
    for path in paths:
        with open(path, "rb") as f:
            total += sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 20), b""))
    return total


def open_input(path: str) -> IO[bytes]:
    """A binary stream for ``path`` (``-``: standard input).

    Raises
    ------
    InputError
        The file cannot be read, or is no text (:func:`refuse_binary`).
    """
    if path == "-":
        stream = sys.stdin.buffer
        if hasattr(stream, "peek"):
            refuse_binary("standard input", stream.peek(HEAD_BYTES)[:HEAD_BYTES])
        return contextlib.nullcontext(stream)  # type: ignore[return-value]
    try:
        f = open(path, "rb")  # noqa: SIM115 (returned open, closed by the caller's with)
    except OSError as err:
        raise InputError(f"cannot read JSONL file {path}: {err.strerror}") from None
    try:
        refuse_binary(path, f.peek(HEAD_BYTES)[:HEAD_BYTES])
    except BaseException:
        f.close()
        raise
    return f


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
                raise InputError(f"cannot write {path}: {no_directory(directory)}")
            try:
                self.stream = open(path, "ab" if append else "wb")  # noqa: SIM115 (closed by close())
            except OSError as err:
                raise InputError(f"cannot write {path}: {err.strerror}") from None
            self.own = True
            self.start = self.stream.tell()  # a line boundary: resume cut any partial line
        self.failed = False

    def write(self, line: str) -> None:
        try:
            self.stream.write(line.encode("utf-8") + b"\n")
        except OSError as err:
            self._fail(err)

    def flush(self) -> None:
        try:
            self.stream.flush()
        except OSError as err:
            self._fail(err)

    def close(self, *, ok: bool) -> None:
        if self.failed:
            return
        try:
            if self.own:
                self.stream.close()
            else:
                self.stream.flush()
        except OSError as err:
            self._fail(err)

    def _fail(self, err: OSError) -> None:
        """A write to OUT failed (a full disk, a quota): cut OUT back to its last
        complete line, as a kill's cut line is cut by ``--resume``, and say so."""
        if not self.own or not os.path.isfile(self.path):  # a device: nothing to cut
            raise err
        self.failed = True
        with contextlib.suppress(OSError):
            self.stream.close()  # what is still buffered cannot be written either
        try:
            lines = cut_to_last_line(self.path, self.start)
        except OSError:
            raise InputError(f"cannot write {self.path}: {err.strerror or err}") from None
        raise InputError(
            f"cannot write {self.path}: {err.strerror or err}; {lines:,} line(s) written, "
            "the last one complete; --resume continues from there"
        ) from None


def cut_to_last_line(path: str, start: int = 0) -> int:
    r"""Truncate ``path`` after its last newline at or past byte ``start`` (a line
    boundary), and count the lines from ``start``: what a failed write leaves is then
    whole lines. Reads the file once; truncating frees space, so works on a full disk.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.NamedTemporaryFile(delete=False) as f:
    ...     _ = f.write(b'{"id": 1}\n{"id": 2}\n{"id"')
    >>> cut_to_last_line(f.name), pathlib.Path(f.name).read_bytes()
    (2, b'{"id": 1}\n{"id": 2}\n')
    >>> os.unlink(f.name)
    """
    keep, lines = start, 0
    with open(path, "r+b") as f:
        f.seek(start)
        offset = start
        while chunk := f.read(1 << 20):
            count = chunk.count(b"\n")
            if count:
                lines += count
                keep = offset + chunk.rindex(b"\n") + 1
            offset += len(chunk)
        if keep < offset:
            f.truncate(keep)
    return lines


class _ParquetSink:
    def __init__(self, directory: str):
        try:
            import pyarrow  # noqa: F401
        except ImportError:  # pragma: no cover - depends on the install
            raise InputError("--format geoparquet needs pyarrow: pip install "
                             "'geo-frontline[gis]'") from None
        from .geoparquet import GeoParquetWriter

        self.writer = GeoParquetWriter(directory)

        self.numbers: deque[tuple[int, str | None]] = deque()

    def numbering(self, lines: Iterable[Line], file: str | None) -> Iterator[Line]:
        """``lines``, each input line's number (and file) noted for its record: every
        row says where its document came from (one output per input line, in order)."""
        for line in lines:
            self.numbers.append((line.number, file))
            yield line

    def write(self, line: str) -> None:
        record = json.loads(line)
        if self.numbers:
            record["line"], file = self.numbers.popleft()
            if file is not None:
                record["file"] = file
        self.writer.add(record)

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
    try:
        columns = os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, ValueError):
        columns = 0
    # a terminal that reports no width (some consoles and ptys) still gets a bar
    sizing = {"dynamic_ncols": True} if columns else {"ncols": 80, "nrows": 24}
    return tqdm.tqdm(total=total, unit="doc", file=sys.stderr, mininterval=0.5,
                     smoothing=0.1, **sizing)


def run(
    inputs: Sequence[str],
    output: str | None,
    *,
    options: Options = DEFAULT_OPTIONS,
    jobs: int = 1,
    resume: bool = False,
    progress: bool = False,
    fmt: str = "jsonl",
    freeze: bool = False,
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
    freeze : bool
        Freeze the heap once the pipeline is loaded (see
        :func:`geo.corpus.analyze_lines`): for a process that ends with the run.

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

    paths = expand_inputs(inputs)
    if fmt not in ("jsonl", "geoparquet"):
        raise InputError(f"format must be jsonl or geoparquet, got {fmt!r}")
    if fmt == "geoparquet" and (not output or output == "-"):
        raise InputError("--format geoparquet needs -o DIR")
    if resume and (fmt != "jsonl" or not output or output == "-"):
        raise InputError("--resume needs -o OUT.jsonl (JSON lines output)")
    if resume and os.path.exists(output) and not os.path.isfile(output):
        # A pipe, a FIFO or a device cannot be read back for what is done (and reading
        # one's own output pipe would wait for ever).
        raise InputError(f"--resume needs a regular file as -o, not {output}")
    check_not_an_input(output, paths)
    if fmt == "jsonl":
        check_run_options(output, options, resume=resume, inputs=paths)
    summary = Summary()
    ids, done_lines = (resume_state(output, summary, inputs=paths, max_chars=options.max_chars)
                       if resume else (Counter(), set()))
    bar = _progress(count_lines(paths) if progress else None, progress)
    sink = _ParquetSink(output) if fmt == "geoparquet" else _JsonlSink(output, append=resume)
    if fmt == "jsonl":
        record_run_options(output, options, paths)  # once OUT is open: no sidecar without it
    ok = False
    # SIGTERM stops the run as Ctrl-C does, closing the output too (its commit whole)
    with interruptible(summary, output if fmt == "jsonl" else None):
        try:
            for path in paths:
                repeated = RepeatedIds()  # an id repeated within one file is said
                opts = dataclasses.replace(options, file=path if len(paths) > 1 else None)
                with open_input(path) as stream:

                    def skipped() -> None:
                        summary.skipped += 1
                        if bar is not None:
                            bar.update()

                    # each line decoded once, here: its id and its analysis
                    lines = read_decoded(stream, max_bytes=line_limit(opts.max_chars))
                    lines = _noting_ids(lines, repeated)
                    if resume:
                        lines = skip_done(lines, ids, done_lines, opts.file, skipped)
                    if isinstance(sink, _ParquetSink):
                        lines = sink.numbering(lines, opts.file)
                    for line, failed in analyze_lines(lines, opts, jobs=jobs, freeze=freeze):
                        with whole():  # a stop signal waits: the count is what was written
                            sink.write(line)
                            summary.record(line, failed)
                        if bar is not None:
                            bar.update()
                        if summary.written % 64 == 0:
                            sink.flush()
                repeated.warn("standard input" if path == "-" else path)
            ok = True
        finally:
            sink.close(ok=ok)
            if bar is not None:
                bar.close()
    return summary

"""Corpus records: one JSON line in, one analysis (or error record) out.

The stages of a line, plain functions:

- :func:`read_lines`, :func:`read_decoded`, :func:`decode_line` and
  :func:`read_record` (from :mod:`geo.corpus_lines`) split a byte stream into
  numbered lines, decode each once (a :class:`Line`) and check one line: the one
  place where a line's fields are validated;
- :func:`analyze_record` analyses one JSON object (``id``, ``text`` and the optional
  ``title``, ``date``, ``url``);
- :func:`analyze_decoded` turns one decoded line into one output line: the analysis
  JSON, or an ``{"id", "line", "error"}`` record for a line that is not UTF-8,
  not JSON, has no text or fails inside the analysis (memory, a bug);
  :func:`analyze_line` does it for a raw line;
- :func:`written_id` is the id as the output record carries it (what ``--resume``
  compares); every output record has an ``"id"`` key, ``null`` for a line with none
  (:func:`with_null_id`).

:mod:`geo.corpus` runs them over many lines, in this process or on every core.
Output is always strict JSON (:func:`geo._io.dumps_json`).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from ._io import check_size, dumps_json, scrub_text
from .batch_log import named_warnings
from .corpus_lines import (  # the lines' stage, re-exported: callers import it from here too
    Line,
    Record,
    decode_line,
    line_limit,
    line_of,
    read_decoded,
    read_lines,
    read_record,
    record_date,
    written_id,
)
from .errors import InputError

__all__ = [
    "DEFAULT_OPTIONS",
    "STAGES",
    "Line",
    "Options",
    "Record",
    "Summary",
    "analyze_decoded",
    "analyze_line",
    "analyze_record",
    "decode_line",
    "interruptible",
    "line_limit",
    "line_of",
    "read_decoded",
    "read_lines",
    "read_record",
    "record_date",
    "with_null_id",
    "written_id",
]

log = logging.getLogger("geo.corpus")

#: The analysis stages, in order; ``toponyms`` is recognition and resolution.
STAGES = ("toponyms", "features", "claims")

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
    """Counts of a run: lines written, of which errors, lines skipped by ``--resume``,
    and the error records an earlier run left in the output it continues (their lines
    are skipped, not retried)."""

    written: int = 0
    errors: int = 0
    skipped: int = 0
    error_lines: list[str] = field(default_factory=list)
    earlier_errors: int = 0

    def record(self, line: str, failed: bool) -> None:
        """Count one output line (the first five error records are kept)."""
        self.written += 1
        if failed:
            self.errors += 1
            if len(self.error_lines) < 5:
                self.error_lines.append(line)


@contextlib.contextmanager
def interruptible(summary: Summary, output: str | None) -> Iterator[None]:
    """A run that SIGTERM stops as Ctrl-C does (:class:`KeyboardInterrupt`, in the
    main thread), and that then says once what it wrote to ``output`` and that
    ``--resume`` continues from it (nothing is said for ``None`` or ``-``).

    The exception is re-raised, marked ``reported``: ``geo`` exits with status 130.
    Each signal is also noted (:func:`geo.corpus_signals.note`): the outputs are not
    committed after it, even if its exception was lost on the way.
    """
    import signal
    import threading

    from . import corpus_signals
    from .corpus_signals import stop

    corpus_signals.reset()
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, stop) if main else None
    # Ctrl-C likewise noted (unless ignored, as in a background job)
    previous_int = signal.getsignal(signal.SIGINT) if main else None
    if previous_int is signal.default_int_handler:
        signal.signal(signal.SIGINT, stop)
    try:
        yield
    except KeyboardInterrupt as err:
        if output and output != "-" and not os.path.exists(output):
            log.warning("interrupted before %s was written: nothing to resume, run it "
                        "again", output)
            err.reported = True  # type: ignore[attr-defined]
        elif output and output != "-":
            log.warning("interrupted: %d line(s) written to %s; --resume continues from "
                        "there", summary.written, output)
            err.reported = True  # type: ignore[attr-defined]  # said once, here
        raise
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if previous_int is signal.default_int_handler:
            signal.signal(signal.SIGINT, previous_int)
        corpus_signals.reset()  # a later run, or a library call, starts afresh


def _error(doc_id: Any, number: int, message: str, options: Options) -> dict[str, Any]:
    record = {"id": doc_id, "line": number, "error": message}
    if options.file is not None:
        record["file"] = options.file
    return record


def analyze_record(doc: dict[str, Any], gazetteer, options: Options):
    """The :class:`~geo.model.Analysis` of one decoded JSON line (``id``, ``text``, ...).

    ``title``, ``date`` and ``url`` are optional; the date anchors relative
    dates ("on Friday"), the title is the headline. One of them that cannot be used is
    left out: a warning on the ``geo.corpus`` logger says so, and so does the
    analysis's ``warnings``.
    """
    from .analysis import analyze

    record = read_record(doc)
    check_size(record.text, options.max_chars, "text")
    for warning in record.warnings:
        log.warning("warning: %s", warning)
    analysis = analyze(
        record.text,
        gazetteer=gazetteer,
        demonyms=options.demonyms,
        id=record.id,
        date=record.date,
        title=record.title,
        url=record.url,
        stages=options.stages,
    )
    return replace(analysis, warnings=record.warnings) if record.warnings else analysis


def analyze_line(number: int, raw: bytes, gazetteer, options: Options) -> tuple[str, bool]:
    """One output line (no newline) for raw input line ``number``, and whether it is an
    error: :func:`analyze_decoded` of the line decoded (:func:`line_of`)."""
    return analyze_decoded(line_of(number, raw, line_limit(options.max_chars)), gazetteer,
                           options)


def analyze_decoded(line: Line, gazetteer, options: Options) -> tuple[str, bool]:
    """One output line (no newline) for a decoded input line, and whether it is an error.

    Never raises for a bad line or a failing document: a line that is not
    UTF-8, not a JSON object or has no string ``text``, and any exception inside
    the analysis (``MemoryError`` included), gives that line's error record.
    The line was decoded with the limit of ``options.max_chars``
    (:func:`read_decoded` with ``max_bytes=line_limit(options.max_chars)``).
    """
    number, doc_id = line.number, line.id
    try:
        if line.doc is None:
            raise InputError(line.error)
        with named_warnings(_where(number, doc_id, options)):  # the cap on statements
            record = analyze_record(line.doc, gazetteer, options).to_dict()
        if written_id(doc_id) is None:
            # No id (none, or null): "id": null, as in an error record, and the line
            # number, which tells --resume that this line is done.
            record = with_null_id(record)
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


def with_null_id(record: dict[str, Any]) -> dict[str, Any]:
    """A batch output record of a document with no id: ``"id": null`` first, as every
    record of a batch output (analysis or error record) has an ``"id"`` key.

    >>> with_null_id({"title": None, "toponyms": []})
    {'id': None, 'title': None, 'toponyms': []}
    """
    return {"id": None, **{k: v for k, v in record.items() if k != "id"}}


def _where(number: int, doc_id: Any, options: Options) -> str:
    """A line as a warning names it: ``FILE:LINE`` (``line N`` for one input) and its id.

    >>> _where(4, "Sumy-1", DEFAULT_OPTIONS), _where(5, None, Options(file="b.jsonl"))
    ('line 4 (id Sumy-1)', 'b.jsonl:5')
    """
    where = f"{options.file}:{number}" if options.file is not None else f"line {number}"
    if doc_id is None:
        return where
    shown = scrub_text(doc_id) if isinstance(doc_id, str) else dumps_json(doc_id)
    return f"{where} (id {shown[:60]})"

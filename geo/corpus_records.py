"""Corpus records: one JSON line in, one analysis (or error record) out.

The stages of a line, plain functions:

- :func:`read_lines` splits a byte stream into numbered lines (on ``\\n`` only: a
  bare ``\\r`` inside a line stays in it, so line numbers never shift);
- :func:`decode_line` and :func:`read_record` read and check one line: the one
  place where a line's fields are validated, for every reader of a corpus
  (``geo parse``, ``geo map``, ``geo report``, :mod:`geo.dask`);
- :func:`analyze_record` analyses one JSON object (``id``, ``text`` and the optional
  ``title``, ``date``, ``url``);
- :func:`analyze_line` turns one raw line into one output line: the analysis
  JSON, or an ``{"id", "line", "error"}`` record for a line that is not UTF-8,
  not JSON, has no text or fails inside the analysis (memory, a bug);
- :func:`written_id` is the id as the output record carries it (what ``--resume``
  compares).

:mod:`geo.corpus` runs them over many lines, in this process or on every core.
Output is always strict JSON (:func:`geo._io.dumps_json`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import math
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from ._io import check_size, dumps_json, scrub_text
from .errors import InputError

__all__ = [
    "DEFAULT_OPTIONS",
    "STAGES",
    "Options",
    "Record",
    "Summary",
    "analyze_line",
    "analyze_record",
    "decode_line",
    "interruptible",
    "read_lines",
    "read_record",
    "record_date",
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


@contextlib.contextmanager
def interruptible(summary: Summary, output: str | None) -> Iterator[None]:
    """A run that SIGTERM stops as Ctrl-C does (:class:`KeyboardInterrupt`, in the
    main thread), and that then says once what it wrote to ``output`` and that
    ``--resume`` continues from it (nothing is said for ``None`` or ``-``).

    The exception is re-raised, marked ``reported``: ``geo`` exits with status 130.
    """
    import signal
    import threading

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, stop) if main else None
    try:
        yield
    except KeyboardInterrupt as err:
        if output and output != "-":
            log.warning("interrupted: %d line(s) written to %s; --resume continues from "
                        "there", summary.written, output)
            err.reported = True  # type: ignore[attr-defined]  # said once, here
        raise
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


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
    """The ``date`` field of a JSON line: ``YYYY-MM-DD`` or an ISO 8601 timestamp
    (spaces around it ignored; ``null`` or ``""``: no date).

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
        value = value.strip()
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            with contextlib.suppress(ValueError):
                return dt.datetime.fromisoformat(value).date()
    got = f"{value!r:.40}" if isinstance(value, str) else _json_type(value)
    raise InputError(f'"date" must be YYYY-MM-DD or an ISO 8601 timestamp, got {got}')


@dataclass(frozen=True, slots=True)
class Record:
    """One JSON line, checked (:func:`read_record`): what every reader of a corpus
    (``geo parse``, ``geo map`` and ``geo report --jsonl``, :mod:`geo.dask`) takes
    from it. Strings have lone surrogates replaced by U+FFFD; a blank title is none."""

    id: Any
    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None


def decode_line(raw: bytes) -> dict[str, Any]:
    """The JSON object of one raw line.

    Raw control characters inside strings (a bare ``\\r``) are kept; ``NaN`` and
    ``Infinity`` parse here and are refused by :func:`read_record`.

    Raises
    ------
    InputError
        Not UTF-8, not JSON (a number too long to read, nesting too deep included),
        or not an object.
    """
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"not UTF-8 text ({err.reason} at byte {err.start} of the line)"
        ) from None
    try:
        doc = json.loads(line, strict=False)
    except json.JSONDecodeError as err:
        raise InputError(f"not JSON: {err.msg} (column {err.colno})") from None
    except ValueError:  # the one other ValueError: an integer of more than 4,300 digits
        limit = sys.get_int_max_str_digits()
        raise InputError(f"not JSON that can be read: a number of over {limit:,} digits") \
            from None
    except RecursionError:
        raise InputError("not JSON that can be read: nested too deeply") from None
    if not isinstance(doc, dict):
        raise InputError('expected a JSON object with "id" and "text"')
    return doc


def read_record(doc: dict[str, Any]) -> Record:
    """Check one decoded JSON line: the one place where a line's fields are validated.

    ``text`` is a string; ``title`` and ``url`` are strings or absent (``null``);
    ``date`` is read by :func:`record_date`; ``id`` is any JSON value without a
    non-finite number in it (``NaN``, ``Infinity``, ``1e999`` cannot be written
    back as strict JSON, and would make different lines share the id ``null``).

    Raises
    ------
    InputError
        The first field at fault, named.

    Examples
    --------
    >>> read_record({"id": 7, "text": "Sumy", "title": " "})
    Record(id=7, text='Sumy', title=None, date=None, url=None)
    >>> read_record({"id": float("nan"), "text": "Sumy"})
    Traceback (most recent call last):
    ...
    geo.errors.InputError: "id" must be finite: NaN and Infinity are not JSON
    """
    doc_id = doc.get("id")
    if not _finite(doc_id):
        raise InputError('"id" must be finite: NaN and Infinity are not JSON')
    text = doc.get("text")
    if not isinstance(text, str):
        raise InputError('missing or non-string "text"')
    title = _optional_str(doc, "title")
    return Record(
        id=doc_id,
        text=scrub_text(text),
        title=title if title and title.strip() else None,
        date=record_date(doc.get("date")),
        url=_optional_str(doc, "url"),
    )


def _finite(value: Any) -> bool:
    """Whether a decoded JSON value holds no non-finite number (at any depth)."""
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(_finite(v) for v in value)
    return True


def _optional_str(doc: dict[str, Any], key: str) -> str | None:
    value = doc.get(key)
    if value is None or isinstance(value, str):
        return None if value is None else scrub_text(value)
    raise InputError(f'"{key}" must be a string, got {_json_type(value)}')


def _json_type(value: Any) -> str:
    """The JSON name of a decoded value's type (``NaN`` named as itself)."""
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if value != value else "Infinity"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return {dict: "an object", list: "an array"}.get(type(value), type(value).__name__)


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

    record = read_record(doc)
    check_size(record.text, options.max_chars, "text")
    return analyze(
        record.text,
        gazetteer=gazetteer,
        demonyms=options.demonyms,
        id=record.id,
        date=record.date,
        title=record.title,
        url=record.url,
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
            doc = decode_line(raw)
        except InputError:
            doc_id = _raw_id(raw)  # of a line that is not UTF-8, as written in it
            raise
        doc_id = doc.get("id")
        record = analyze_record(doc, gazetteer, options).to_dict()
        if written_id(doc_id) is None:
            # No id (none, or null): the line number tells
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



def _hashable(value: Any) -> Any:
    return json.dumps(value, sort_keys=True) if isinstance(value, dict | list) else value


def _raw_id(raw: bytes) -> Any:
    """The ``id`` of a raw line as written in it (``None`` when unreadable)."""
    with contextlib.suppress(ValueError, RecursionError):
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

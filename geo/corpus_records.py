"""Corpus records: one JSON line in, one analysis (or error record) out.

The stages of a line, plain functions:

- :func:`read_lines` splits a byte stream into numbered lines (on ``\\n`` only: a
  bare ``\\r`` inside a line stays in it, so line numbers never shift);
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
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from ._io import check_size, dumps_json, scrub_text
from .errors import InputError

__all__ = [
    "DEFAULT_OPTIONS",
    "STAGES",
    "Options",
    "Summary",
    "analyze_line",
    "analyze_record",
    "read_lines",
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

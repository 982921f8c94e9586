"""Corpus lines: read a JSON-lines stream and check each line, the one place where a
line's fields are validated, for every reader of a corpus (``geo parse``, ``geo map``
and ``geo report --jsonl``, :mod:`geo.dask`).

- :func:`read_lines` splits a byte stream into numbered lines (on ``\\n`` only: a
  bare ``\\r`` inside a line stays in it, so line numbers never shift), each at
  most :func:`line_limit` bytes long;
- :func:`decode_line` reads one line's JSON object;
- :func:`read_decoded` is the reader of a corpus run: each line decoded once, as a
  :class:`Line` (its number, its object or why it is refused, its id), which every
  later stage takes (``--resume``, repeated ids, the analysis: none decodes it again);
- :func:`read_record` (:mod:`geo.corpus_fields`, re-exported) checks its fields and
  gives a :class:`Record`.

Each raises :class:`~geo.errors.InputError` with the line's reason; the callers
(:mod:`geo.corpus_records`, :mod:`geo.render.articles`) make it an error record or
a skipped line.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from ._io import dumps_json
from .corpus_fields import Record, read_record, record_date  # re-exported: the fields' stage
from .errors import InputError

__all__ = [
    "Line",
    "Record",
    "RepeatedIds",
    "decode_line",
    "line_limit",
    "line_of",
    "read_decoded",
    "read_lines",
    "read_record",
    "record_date",
    "written_id",
]


def read_lines(
    stream: IO[bytes], *, start: int = 1, max_bytes: int | None = None
) -> Iterator[tuple[int, bytes]]:
    """Numbered lines of a binary stream, split on ``\\n`` only, blank lines left out.

    The line ending (``\\n`` or ``\\r\\n``) is removed; a UTF-8 byte-order mark
    at the very start of a file (line 1) is dropped. Bytes are not decoded here: a
    bad byte is one line's error (:func:`geo.corpus_records.analyze_line`), never the
    end of the run.
    A line longer than ``max_bytes`` (:func:`line_limit`) is cut to its first
    ``max_bytes + 1`` bytes, the rest skipped without holding it (a line with no end,
    ``/dev/zero``): :func:`decode_line` then refuses it.

    Examples
    --------
    >>> import io
    >>> list(read_lines(io.BytesIO(b'\\xef\\xbb\\xbfa\\r\\n\\nb\\rc\\n')))
    [(1, b'a'), (3, b'b\\rc')]
    >>> list(read_lines(io.BytesIO(b'abcdef\\nxyz\\n'), max_bytes=3))
    [(1, b'abcd'), (2, b'xyz')]
    """
    lines = iter(stream) if max_bytes is None else _bounded(stream, max_bytes)
    for number, line in enumerate(lines, start):
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        line = line.removesuffix(b"\n").removesuffix(b"\r")
        if line.strip():
            yield number, line


def _bounded(stream: IO[bytes], max_bytes: int) -> Iterator[bytes]:
    """The lines of ``stream``, each cut after ``max_bytes + 1`` bytes."""
    while line := stream.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # the rest of a line too long to read
        yield line


def line_limit(max_chars: int) -> int | None:
    """The most bytes a JSON line with a text of ``max_chars`` characters can take: each
    character escaped (``\\uXXXX``, 6 bytes), and 1 MB for the other fields (``None``
    for no limit: ``max_chars`` 0).

    >>> line_limit(2_000_000)
    13048576
    """
    return 6 * max_chars + (1 << 20) if max_chars else None


def decode_line(raw: bytes, max_bytes: int | None = None) -> dict[str, Any]:
    """The JSON object of one raw line (of at most ``max_bytes``: :func:`line_limit`).

    Raw control characters inside strings (a bare ``\\r``) are kept; ``NaN`` and
    ``Infinity`` parse here and are refused by :func:`read_record`.

    Raises
    ------
    InputError
        Not UTF-8, not JSON (a number too long to read, nesting too deep included),
        or not an object; longer than ``max_bytes``.
    """
    if max_bytes is not None and len(raw) > max_bytes:
        raise InputError(f"the line is over {max_bytes:,} bytes, more than a text within "
                         "--max-chars takes (not read; --max-chars 0: no limit)")
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


@dataclass(frozen=True, slots=True)
class Line:
    """One input line, decoded once (:func:`line_of`): what every stage of a corpus run
    takes from it, the ids of ``--resume`` and of repeated ids as the analysis.

    ``doc`` is the line's JSON object, ``None`` when the line is refused (``error``
    says why, as :func:`decode_line` does); ``id`` is the id as written in the line,
    of a refused one too when it can be read (a line that is not UTF-8, read with
    U+FFFD); ``size`` is the line's length in bytes.
    """

    number: int
    doc: dict[str, Any] | None
    id: Any = None
    error: str = ""
    size: int = 0

    @property
    def key(self) -> Any:
        """The id the line's output record carries (:func:`written_id`), hashable: what
        ``--resume`` and the repeated-ids note compare (``None``: no id)."""
        return _hashable(written_id(self.id))


def line_of(number: int, raw: bytes, max_bytes: int | None = None) -> Line:
    """Line ``number`` (at most ``max_bytes``: :func:`line_limit`), decoded once.

    >>> line_of(3, b'{"id": "a", "text": "Sumy"}')
    Line(number=3, doc={'id': 'a', 'text': 'Sumy'}, id='a', error='', size=27)
    >>> line_of(4, b'{"id": "b\\xff", "text": "Sumy"}').id
    'b\ufffd'
    """
    try:
        doc = decode_line(raw, max_bytes)
    except InputError as err:
        return Line(number, None, _refused_id(raw, max_bytes), str(err), len(raw))
    return Line(number, doc, doc.get("id"), "", len(raw))


def read_decoded(
    stream: IO[bytes], *, start: int = 1, max_bytes: int | None = None
) -> Iterator[Line]:
    """The lines of :func:`read_lines`, each decoded once (:func:`line_of`)."""
    for number, raw in read_lines(stream, start=start, max_bytes=max_bytes):
        yield line_of(number, raw, max_bytes)


def _refused_id(raw: bytes, max_bytes: int | None) -> Any:
    """The id written in a line :func:`decode_line` refused (``None`` when unreadable):
    a line within ``max_bytes`` that is UTF-8 was refused for its JSON, which gives no
    id either; one that is not UTF-8 is read with U+FFFD, one too long as it was cut."""
    if max_bytes is None or len(raw) <= max_bytes:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return None
    line = raw.decode("utf-8", "replace")
    with contextlib.suppress(ValueError, RecursionError):
        doc = json.loads(line, strict=False)
        if isinstance(doc, dict):
            return doc.get("id")
    return None


def written_id(doc_id: Any) -> Any:
    """The id as its output record carries it: strict JSON (NaN and 1e999 become null,
    a lone surrogate U+FFFD), read back."""
    return json.loads(dumps_json(doc_id))


def _hashable(value: Any) -> Any:
    return json.dumps(value, sort_keys=True) if isinstance(value, dict | list) else value


class RepeatedIds:
    """Ids of a corpus seen so far, to say once that some lines repeat an earlier line's
    id (each is still analysed: ``--resume`` counts them, a map shows each). Memory:
    the corpus's ids."""

    def __init__(self) -> None:
        self.seen: set[Any] = set()
        self.repeats = 0
        self.first: tuple[Any, int] | None = None

    def add(self, doc_id: Any, number: int) -> None:
        """Note the id of line ``number`` (``None``, no id: not counted)."""
        if doc_id is None:
            return
        key = (type(doc_id).__name__, doc_id) if isinstance(doc_id, bool) else doc_id
        if key in self.seen:
            self.repeats += 1
            if self.first is None:
                self.first = (doc_id, number)
        else:
            self.seen.add(key)

    def warn(self, where: str) -> None:
        """One warning on the ``geo.corpus`` logger when some id was repeated."""
        if self.repeats and self.first is not None:
            doc_id, number = self.first
            logging.getLogger("geo.corpus").warning(
                "warning: %s: %d line(s) repeat the id of an earlier line (first: id %.60s "
                "on line %d): each is analysed; give each document its own id",
                where, self.repeats, json.dumps(doc_id, ensure_ascii=False), number)

"""Corpus fields: the checks of one decoded JSON line's fields, for every reader of a
corpus (``geo parse``, ``geo map`` and ``geo report --jsonl``, :mod:`geo.dask`).

:func:`read_record` gives a line's :class:`Record`: its ``text`` and ``id`` (a line
without a usable one is refused: :class:`~geo.errors.InputError`) and the optional
``title``, ``date`` (:func:`record_date`) and ``url``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import re
from dataclasses import dataclass
from typing import Any

from ._io import scrub_text
from .errors import InputError
from .markup_escapes import decode_field, decode_in_place, decode_url

__all__ = ["Record", "read_record", "record_date"]

def record_date(value: Any) -> dt.date | None:
    """The ``date`` field of a JSON line: ``YYYY-MM-DD``, an ISO 8601 timestamp or an
    RFC 2822 one (an RSS feed's ``pubDate``: "Sat, 25 Oct 2025 10:00:00 GMT"; the day
    as written, in its own zone), spaces around it ignored; ``null`` or ``""``: no date.

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
        if stamp := _rfc2822_date(value):
            return stamp
    if isinstance(value, str) and _ISO_DAY.match(value):
        raise InputError(f'"date" {value!r:.40} is no day of the calendar')
    got = f"{value!r:.40}" if isinstance(value, str) else _json_type(value)
    raise InputError(f'"date" must be YYYY-MM-DD, an ISO 8601 or an RFC 2822 timestamp, got {got}')


#: A day written YYYY-MM-DD (that ``date.fromisoformat`` refused: February 30).
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]|\Z)")
#: An RFC 2822 (RSS ``pubDate``, e-mail) timestamp: "Sat, 25 Oct 2025 10:00:00 GMT".
_RFC2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")


def _rfc2822_date(value: str) -> dt.date | None:
    """The date of an RFC 2822 timestamp as written (its own zone's day), read by the
    standard library's e-mail date parser; None for anything else.

    >>> _rfc2822_date("Sat, 25 Oct 2025 23:30:00 -0500")
    datetime.date(2025, 10, 25)
    >>> _rfc2822_date("25 October 2025") is None
    True
    """
    if not _RFC2822.match(value):
        return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, OverflowError):
        return None


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
    #: An optional field that could not be used, left out: one message each, naming it.
    warnings: tuple[str, ...] = ()


def read_record(doc: dict[str, Any]) -> Record:
    """Check one decoded JSON line: the one place where a line's fields are validated.

    ``text`` is a string; ``id`` is a string, a finite number, a boolean or ``null``
    (``NaN``, ``Infinity``, ``1e999`` cannot be written back as strict JSON, and would
    make different lines share the id ``null``; an object or an array is no
    identifier); ``text`` holds no NUL character. A line at fault there is refused.
    The optional ``title`` and ``url`` are strings or absent (``null``), ``date`` is
    read by :func:`record_date`: one that is none of these (``"date": "2026-02-30"``,
    ``"title": 42``, a NUL character) is left out, and the record's ``warnings`` say
    which and why, one line each (the article is kept and analysed without it). HTML
    left in the fields (an RSS or scraper dump's "&lt;b&gt;", "&amp;", raw tags) is
    decoded: in ``text`` in place, every offset kept (:mod:`geo.markup_escapes`).

    Raises
    ------
    InputError
        The ``id`` or ``text`` at fault, named.

    Examples
    --------
    >>> read_record({"id": 7, "text": "Sumy", "title": " "})
    Record(id=7, text='Sumy', title=None, date=None, url=None, warnings=())
    >>> print(read_record({"id": 8, "text": "Sumy", "date": "2026-02-30"}).warnings[0])
    "date" '2026-02-30' is no day of the calendar: left out, the article is analysed without it
    >>> read_record({"id": float("nan"), "text": "Sumy"})
    Traceback (most recent call last):
    ...
    geo.errors.InputError: "id" must be finite: NaN and Infinity are not JSON
    """
    doc_id = doc.get("id")
    if not _finite(doc_id):
        raise InputError('"id" must be finite: NaN and Infinity are not JSON')
    if isinstance(doc_id, dict | list):
        raise InputError(f'"id" must be a string or a number, got {_json_type(doc_id)}')
    if not isinstance(text := doc.get("text"), str):
        if "text" in doc:
            raise InputError(f'"text" must be a string, got {_json_type(text)}')
        has = ", ".join(json.dumps(k[:40]) for k, v in doc.items() if isinstance(v, str))
        rename = f' (the line has {has[:200]}: rename a field to "text")' if has else ""
        raise InputError('missing "text"' + rename)  # a newsroom export's names
    _no_nul(text, "text")
    warnings: list[str] = []
    title = _optional(doc, "title", _optional_str, warnings)
    title = decode_field(title) if title else title
    url = _optional(doc, "url", _optional_str, warnings)
    return Record(
        id=doc_id,
        text=decode_in_place(scrub_text(text)),
        title=title if title and title.strip() else None,
        date=_optional(doc, "date", lambda d, _: record_date(d.get("date")), warnings),
        url=decode_url(url) if url else url,
        warnings=tuple(warnings),
    )


def _optional(doc: dict[str, Any], key: str, read, warnings: list[str]) -> Any:
    """An optional field (``title``, ``date``, ``url``) read by ``read(doc, key)``; one
    that cannot be used is left out (``None``), and ``warnings`` says so: the article is
    analysed as a line without that field is, never lost for a field that only
    describes it (as a missing date, an impossible one dates it by its own text)."""
    try:
        return read(doc, key)
    except InputError as err:
        warnings.append(f"{err}: left out, the article is analysed without it")
        return None


def _finite(value: Any) -> bool:
    """Whether a decoded JSON value holds no non-finite number (at any depth)."""
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(_finite(v) for v in value)
    return True


def _no_nul(value: str, key: str) -> None:
    """Refuse a NUL character in a string field, written raw or as ``\\u0000``: as in
    an article file, it is binary data, not text."""
    if "\x00" in value:
        raise InputError(f'"{key}" is not text: it holds a NUL character (U+0000)')


def _optional_str(doc: dict[str, Any], key: str) -> str | None:
    value = doc.get(key)
    if value is None or isinstance(value, str):
        if value is not None:
            _no_nul(value, key)
        return None if value is None else scrub_text(value)
    raise InputError(f'"{key}" must be a string, got {_json_type(value)}')


def _json_type(value: Any) -> str:
    """The JSON name of a decoded value's type (``NaN`` named as itself)."""
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if value != value else "Infinity"
    if isinstance(value, bool) or value is None:
        return "null" if value is None else "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return {dict: "an object", list: "an array"}.get(type(value), type(value).__name__)

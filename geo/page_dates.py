"""A saved page's publication date: htmldate's answer, checked against what the page writes.

htmldate (through trafilatura) finds a page's date from its metadata and text. It
moves a date it cannot read to the first of its month or year (an impossible
``2025-02-30`` becomes 2025-02-01, "in 2025" 2025-01-01) and reads a numeric
``06/07/2025`` one way whatever the page's language. A wrong date anchors "on
Friday" on the wrong week, so :func:`page_date` keeps htmldate's date only when the
page bears it out, reads dates written with a month's name in the page's language
(dateparser: "1er mars 2025", "1 березня 2025"), and reads a day-month ambiguity
the way the page's declared language (``<html lang>``) writes dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = ["DATE_PARAMS", "iso_date", "page_date"]

#: How htmldate (through trafilatura) looks for the date: the original (published)
#: one, and no later than the last day there is rather than today, so that the same
#: page gives the same date whenever it is read.
DATE_PARAMS = {"original_date": True, "extensive_search": True, "max_date": "9999-12-31"}

# Dates written with numbers (year first, or last), at most a few characters apart.
_YMD = re.compile(r"(?<!\d)(\d{4})([-/._]|\s*年\s*)(\d{1,2})(?:\2|\s*月\s*)(\d{1,2})(?!\d)")
_YMD_PACKED = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)")
# A day number next to a word (a month's name, in any language) and a year.
# (Words of at most 20 letters, from their start: one pass over any page.)
_DAY_WORD_YEAR = re.compile(
    r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|\.)?\s{1,3}\b[^\W\d]{1,20}\.?,?\s{1,3}(\d{4})(?!\d)")
_WORD_DAY_YEAR = re.compile(
    r"\b[^\W\d]{1,20}\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})(?!\d)")
# The page's declared language, from its first few kilobytes.
_LANG = re.compile(r"<html\b[^>]{0,500}?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z]{2})?)",
                   re.I)
# Languages whose month names a page is read in besides its own (dateparser's codes):
# those of the wires and outlets that report the wars this tool maps.
_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "uk", "ru", "tr", "ar", "he")
# Locales that write a numeric date month first.
_MONTH_FIRST = frozenset({"en-us", "en-ph", "en-ca"})
# At most this many month-name dates of a year are read on one page (dateparser is
# slow): the publication date is near the top.
_MAX_WORD_DATES = 50


def iso_date(text: str | None) -> dt.date | None:
    """The date an ISO 8601 string starts with (``None`` when there is none)."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _real(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _near_year(page: str, year: int, reach: int = 32) -> Iterator[str]:
    """The stretches of ``page`` around each place it writes ``year`` (overlapping
    stretches joined): every character is looked at about once."""
    text = f"{year:04d}"
    start = end = -1
    at = page.find(text)
    while at != -1:
        lo, hi = max(0, at - reach), at + len(text) + reach
        if lo > end:
            if end > start:
                yield page[start:end]
            start = lo
        end = hi
        at = page.find(text, at + 1)
    if end > start:
        yield page[start:end]


@dataclass
class _Written:
    """What a page writes of one year's dates, as (month, day) pairs."""

    certain: set[tuple[int, int]] = field(default_factory=set)
    #: numeric day-month-year dates both ways real: (first number, second number)
    either: set[tuple[int, int]] = field(default_factory=set)
    #: dates with a month's name that dateparser read
    named: set[tuple[int, int]] = field(default_factory=set)
    #: days written beside a word dateparser did not read as a month
    days: set[int] = field(default_factory=set)
    impossible: bool = False

    def bears(self, date: dt.date) -> bool:
        pair = (date.month, date.day)
        return (pair in self.certain or pair in self.named or date.day in self.days
                or pair in self.either or pair[::-1] in self.either)


def _month_named(words: str, languages: tuple[str, ...]) -> tuple[int, int] | None:
    """(month, day) of a date written with a month's name, read by dateparser in the
    given languages (``None`` when it reads none)."""
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
                "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        read = dateparser.parse(words, languages=list(languages), settings=settings)
    except (ValueError, OverflowError, LookupError):
        return None
    return (read.month, read.day) if read is not None else None


def _written(page: str, year: int, languages: tuple[str, ...]) -> _Written:
    """The dates of ``year`` a page writes out in full (``2025-06-18``,
    ``18/06/2025``, ``June 18, 2025``, ``18 juin 2025``), and whether it writes an
    impossible date of that year with numbers (``2025-02-30``, ``2025-13-05``)."""
    out = _Written()
    word_dates = 0
    for stretch in _near_year(page, year):
        for m in _YMD.finditer(stretch):
            if int(m[1]) == year:
                mo, d = int(m[3]), int(m[4])
                if _real(year, mo, d):
                    out.certain.add((mo, d))
                else:
                    out.impossible = True
        for m in _YMD_PACKED.finditer(stretch):
            if int(m[1]) == year and _real(year, int(m[2]), int(m[3])):
                out.certain.add((int(m[2]), int(m[3])))
        for m in _DMY.finditer(stretch):
            if int(m[4]) == year:
                a, b = int(m[1]), int(m[3])
                readings = [(mo, d) for mo, d in ((b, a), (a, b)) if _real(year, mo, d)]
                if len(readings) == 2 and a != b:
                    out.either.add((a, b))
                else:
                    out.certain.update(readings)
                out.impossible = out.impossible or not readings
        for pattern in (_DAY_WORD_YEAR, _WORD_DAY_YEAR):
            for m in pattern.finditer(stretch):
                if int(m[2]) != year or not 1 <= int(m[1]) <= 31:
                    continue
                word_dates += 1
                read = (_month_named(m[0], languages) if word_dates <= _MAX_WORD_DATES
                        else None)
                if read is None:
                    out.days.add(int(m[1]))
                else:
                    out.named.add(read)
    return out


def _language(page: str) -> str | None:
    """The page's declared language, lower case with a hyphen (``en-us``), if any."""
    m = _LANG.search(page[:4096])
    return m[1].lower().replace("_", "-") if m else None


def page_date(found: dt.date | None, page: str) -> dt.date | None:
    """The publication date of a page: ``found`` (htmldate's), corrected or dropped.

    - kept when the page writes that day in full;
    - a numeric date the page writes only as ``06/07/2025`` (both readings real) is
      read month first when the page declares a month-first locale (``en-US``) and day
      first when it declares any other language; with none, htmldate's reading stays;
    - a first of a month the page does not write (htmldate's guess from a month's
      name it could not read, or from a year alone) becomes the one date the page
      writes with a month's name in its language, if there is exactly one; otherwise
      it is dropped, as is a date when the page writes an impossible date of its year.

    Parameters
    ----------
    found : datetime.date or None
        The date htmldate gave the page.
    page : str
        The page's HTML.

    Examples
    --------
    >>> page_date(dt.date(2025, 2, 1), '<meta content="2025-02-30">')
    >>> page_date(dt.date(2025, 2, 1), '<meta content="2025-02-01T08:00">')
    datetime.date(2025, 2, 1)
    >>> page_date(dt.date(2025, 6, 18), '<p>Published on 18 June 2025</p>')
    datetime.date(2025, 6, 18)
    >>> page_date(dt.date(2025, 1, 1), '<html lang="fr"><p>Publié le 1er mars 2025</p>')
    datetime.date(2025, 3, 1)
    >>> page_date(dt.date(2025, 7, 6), '<html lang="en-US"><p>Posted 06/07/2025</p>')
    datetime.date(2025, 6, 7)
    """
    if found is None:
        return None
    lang = _language(page)
    primary = lang.split("-")[0] if lang else None
    languages = ((primary,) if primary else ()) + tuple(x for x in _LANGUAGES if x != primary)
    written = _written(page, found.year, languages)
    if written.bears(found):
        return _locale_reading(found, written, lang)
    if written.impossible:
        return None
    if found.day == 1:
        return _real(found.year, *next(iter(written.named))) if len(written.named) == 1 else None
    return found


def _locale_reading(found: dt.date, written: _Written, lang: str | None) -> dt.date:
    """``found``, or its other reading when the page writes it only as an ambiguous
    numeric date and declares a locale that reads it the other way."""
    pair = (found.month, found.day)
    if lang is None or pair in written.certain or pair in written.named:
        return found
    if found.day in written.days:
        return found
    month_first = lang in _MONTH_FIRST
    ab = pair if pair in written.either else pair[::-1]  # as written: (first, second)
    month, day = ab if month_first else ab[::-1]
    return _real(found.year, month, day) or found

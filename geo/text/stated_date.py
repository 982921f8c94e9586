"""The date an article states for itself, when none is given with it.

Wire copy and pasted pages carry their own date above or at the start of the story: a
wire dateline ("KYIV, Nov 3, 2025 (Reuters) -", "MOSCOW, March 3, 2025. /TASS/.", a
factbox's "Nov 28, 2026 (Reuters) -" with no place), or a
line of the page's head that is a date alone or a time stamp ("Published 3 November
2025", "Updated: Nov. 3, 2025 10:12 GMT", "By Jane Doe | 3 November 2025",
"2025-11-03T10:12:00Z"), or a recurring report's title closed by its date ("Russian
Offensive Campaign Assessment, October 14, 2025", "Iran Update — 14 October 2025"; not a
headline's "Talks in Geneva, 3 March 2025", an event's date). A reader anchors "on
Friday" on that date; so does :func:`stated_date` when the caller gave none (``--date``,
a JSON line's ``date``, a saved page's metadata win). A date inside the story's first
sentence ("On March 3, 2022, Russian forces took Kherson") is an event's, never the
article's: only a dateline's date, or a head line that is nothing but a date, a time and
the words of a time stamp, is read; so is a bulletin's title stamped "as of 08:00 on
28.11.2026" (the General Staff's stock title), whatever words follow, and a title
closed by the date its figures stand at ("Flash Update No. 4 (as of 26 November 2026)").
A post's, a live page's or an issuer's title closed by a date ("Geolocation thread,
November 30, 2026", "Live updates, 30 November 2026") and a story under its headline
opening "November 23, 2026 - ..." count too (:mod:`geo.text.dates.closed_titles`).
"""

from __future__ import annotations

import datetime as dt
import re

from .digests import DIGEST_TITLE

__all__ = ["stated_date"]

#: How many lines of the text's head may hold its date (a headline, a standfirst, a
#: byline and a time stamp sit above the story), and how long each may be.
_HEAD_LINES, _LINE_CHARS = 6, 160

#: How far into the text a head's year may be (characters), and a year.
_HEAD_CHARS = _HEAD_LINES * (_LINE_CHARS + 1) + 400
#: (``(?<!\d)(?:1[89]|20)\d\d(?!\d)`` with its first digits first: ``re`` skips in C.)
_YEAR = re.compile(r"(?:1[89]|20)(?<!\d..)\d\d(?!\d)")
#: A wire dateline's place before its date: up to six words, capitalised but for the
#: particles of a country's name, with commas, or two datelines' places joined by a slash
#: ("KYIV, ", "PARIS, Texas, ", "Kyiv, ", "GOMA, Democratic Republic of the Congo, ",
#: "JERUSALEM/BEIRUT, ").
_DATELINE_PLACE = re.compile(
    r"[A-Z][\w.'’-]*(?:(?:,?[ \t]+(?:(?:of|the|and|de|du|del|da|do)[ \t]+){0,2}|[ \t]?/[ \t]?)"
    r"[A-Z][\w.'’-]*){0,5},[ \t]+"
)
#: What follows a dateline's date: an agency in brackets or slashes, then a dash or the
#: story ("(Reuters) -", ". /TASS/.", " — ", " (AP) — ").
_DATELINE_AFTER = re.compile(
    r"[ \t]*(?:\.[ \t]*)?(?:\([^()\n]{1,40}\)|/[^/\n]{1,30}/)[ \t]*[.,:]?|[ \t]*(?:--|[-—–])[ \t]"
)
#: The words a time stamp line may hold besides its date and time ("Published",
#: "Last updated:", "10:12 GMT", "am", "Monday").
_STAMP_WORDS = re.compile(
    r"(?i:\b(?:first|last|published|updated|posted|modified|date[ds]?|on|at|am|pm|a\.m|p\.m|"
    r"gmt|utc|z|bst|cet|cest|eet|eest|msk|est|edt|cst|cdt|pst|pdt|local|time|kyiv|moscow|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b\.?)"
    r"|(?i:\s+by\s+[^|·•\n]{1,40})$|\bT(?=\d\d:)|(?<=\d)Z\b|[\W\d_]+"
)
#: A line that is a date alone, a chronology's heading when more than one line is.
_DATE_ALONE = re.compile(
    r"^[ \t*_#]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    r"(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2}),?[ \t]+\d{4}[ \t*_:.]*$",
    re.M,
)
#: A byline before a time stamp ("By Jane Doe | ", "Jane Doe, Reuters · ").
_BYLINE = re.compile(r"(?i:by)\s+[^|·•\n]{1,60}?\s*[|·•]\s*|[^|·•\n]{1,60}?\s*[|·•]\s*")
#: An ISO 8601 timestamp ("2025-11-03T10:12:00Z", "2025-11-03 10:12").
_TIMESTAMP = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?=[T ]\d{2}:\d{2})")


def stated_date(text: str) -> tuple[dt.date, int, int] | None:
    """The article's date as its head states it, with where: ``(date, start, end)``
    (character offsets of the date's words in ``text``), or None.

    Only a date of a day with its year counts, in a wire dateline opening a line of
    the head or in a head line holding nothing but the date and the words of a time
    stamp (see the module's docstring); the first such date wins.

    Examples
    --------
    >>> stated_date("KYIV, Nov 3, 2025 (Reuters) - Drones struck Sumy on Friday.")
    (datetime.date(2025, 11, 3), 6, 17)
    >>> stated_date("# Drones hit Sumy\\n\\n*Published 3 November 2025*\\n\\nDrones struck.")
    (datetime.date(2025, 11, 3), 30, 45)
    >>> stated_date("On March 3, 2022, Russian forces took Kherson.") is None
    True
    >>> stated_date("Nov 28, 2026 (Reuters) - Troops cleared the town on Wednesday.")[0]
    datetime.date(2026, 11, 28)
    >>> stated_date("Russian Offensive Campaign Assessment, October 14, 2025\\n\\nOn Monday")[0]
    datetime.date(2025, 10, 14)
    >>> stated_date("Operational information as of 08:00 on 28.11.2026 regarding the invasion")[0]
    datetime.date(2026, 11, 28)
    >>> stated_date("Defence Intelligence update on the situation in Ukraine - 24 November 2026")[0]
    datetime.date(2026, 11, 24)
    """
    if _YEAR.search(text, 0, _HEAD_CHARS) is None:
        return None  # no year in the head: nothing to read (the dates package not loaded)
    pos = 0
    for _ in range(_HEAD_LINES):
        newline = text.find("\n", pos)
        end = len(text) if newline < 0 else newline
        found = _in_line(text, pos, end)
        if found is not None:
            return found
        if newline < 0:
            break
        pos = newline + 1
    return None


#: A bulletin's stock title stamps its issue with a time and a date: "Operational
#: information as of 08:00 on 28.11.2026 regarding the Russian invasion" (the date follows).
#: A time of day: "08:00", "14.00 hrs", "2 pm", "3 p.m.", "noon" (a bare hour only with its
#: "pm", "hours").
_TIME = (
    r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:hours|hrs|[ap]\.?m\.?))?|\d{1,2}\s*(?:hours|hrs|[ap]\.?m\.?)"
    r"|noon|midday|midnight)"
)
_AS_OF = re.compile(rf"\bas\s+of\s+{_TIME}\s+(?=on\s)")


def _in_line(text: str, start: int, end: int) -> tuple[dt.date, int, int] | None:
    """The date a head line ``text[start:end]`` states for the article, if any."""
    line = text[start:end]
    lead = len(line) - len(line.lstrip())
    place = _DATELINE_PLACE.match(text, start + lead, end)
    if place is not None and _YEAR.search(text, place.end(), min(end, place.end() + 40)):
        found = _day_at(text, place.end(), min(end, place.end() + 40))
        if found is not None and _DATELINE_AFTER.match(text, found[2], end):
            return found
        if found is not None and _stamped_after(text, found[2], end):
            return found  # "Ukrainska Pravda, 21 November 2026, 09:40": an outlet's date line
    if place is None and (found := _placeless_dateline(text, start + lead, end)) is not None:
        return found  # "Nov 28, 2026 (Reuters) - ..."
    if not line.strip() or len(line) > _LINE_CHARS:
        return None
    as_of = _AS_OF.search(text, start, end)
    if as_of is not None and (issued := _day_at(text, as_of.end(), end)) is not None:
        return issued  # "Operational information as of 08:00 on 28.11.2026 regarding ..."
    if (closing := _as_of_closing(text, start, end)) is not None:
        return closing  # "North Kivu - Flash Update No. 4 (as of 26 November 2026)"
    if (digest := _digest_date(text, start, end)) is not None:
        return digest  # "Digest of posts by governor X on Telegram, 26 November 2026."
    if (standing := _standing_title(text, start, end)) is not None:
        return standing  # "FACTBOX-Where the world's wars stand on Nov 25, 2026"
    found = _stamp(text, start, end)
    if found is None:
        return None
    _, s, e = found
    byline = _BYLINE.match(text, start + lead, s)
    rest = text[byline.end() if byline else start:s] + text[e:end]
    if _STAMP_WORDS.sub("", rest).strip() and not _titled(text, start, s, e, end):
        return None
    if _DATE_ALONE.match(line) and _chronology(text):
        return None  # a chronology's heading: its entries' dates are events'
    return found


#: A title closed by the date its figures stand at: "... Flash Update No. 4 (as of 26
#: November 2026)", "Humanitarian Situation Report - as at 3 March 2025", "(as of 2 pm on
#: 5 December 2025)".
_AS_OF_DATE = re.compile(rf"(?i:\bas\s+(?:of|at)\s+(?:{_TIME},?\s+(?:on\s+)?)?)")
_CLOSED = re.compile(r"[ \t)\]*_.]*$")


def _as_of_closing(text: str, start: int, end: int) -> tuple[dt.date, int, int] | None:
    """The date of "as of DATE" closing the head line ``text[start:end]`` (after a title,
    in brackets or not; nothing but a bracket or a stop after it), or None."""
    for m in _AS_OF_DATE.finditer(text, start, end):
        found = _day_at(text, m.end(), end)
        if found is not None and _CLOSED.match(text, found[2], end):
            return found
    return None


def _digest_date(text: str, start: int, end: int) -> tuple[dt.date, int, int] | None:
    """The date closing a digest's title line ``text[start:end]`` ("Translated from
    Russian. Digest of posts by ... on Telegram, 26 November 2026."), or None."""
    m = DIGEST_TITLE.search(text, start, end)
    if m is None or not text.startswith(",", m.end()):
        return None
    found = _day_at(text, m.end() + 1 + (text[m.end() + 1 : m.end() + 2] == " "), end)
    return found if found is not None and _CLOSED.match(text, found[2], end) else None


#: An agency after a dateline's date with no place: "Nov 28, 2026 (Reuters) - ".
_AGENCY_AFTER = re.compile(r"[ \t]*\([A-Z][^()\n]{1,40}\)[ \t]*(?:--|[-—–:])[ \t]")


def _placeless_dateline(text: str, start: int, end: int) -> tuple[dt.date, int, int] | None:
    """The date of a wire dateline that names no place, opening ``text[start:end]``
    ("Nov 28, 2026 (Reuters) - Here are ..."): a day with its year, then an agency in
    brackets and a dash, or a dash alone in a text no other line of which opens so (a
    chronology's "Nov 28, 2026 - ..." is an event's date)."""
    if not text[start : start + 1].isalnum() or not _YEAR.search(text, start, min(end, start + 30)):
        return None
    found = _day_at(text, start, min(end, start + 30))
    if found is None:
        return None  # "Nov 28, 2026 (Reuters) - ", or "November 23, 2026 - A drone ..." alone
    # geo.text.dates loads only where a date heads a line: `--only toponyms` needs no dates
    from .dates.closed_titles import dash_dateline

    if not (_AGENCY_AFTER.match(text, found[2], end) or dash_dateline(text, found[2])):
        return None
    return found


_TIME_RE = re.compile(_TIME, re.I)


def _stamped_after(text: str, e: int, end: int) -> bool:
    """Whether the rest of a head line after a dated name, ``text[e:end]``, is a time
    stamp and nothing else (", 09:40", " 10:12 GMT"): an outlet's date line, "Ukrainska
    Pravda, 21 November 2026, 09:40" (a headline's "Kyiv Talks, 3 March 2025" has no time)."""
    rest = text[e:end]
    return _TIME_RE.search(rest) is not None and not _STAMP_WORDS.sub("", rest).strip()


#: A wire's slug opening a title that gives where things stand at a date ("FACTBOX-",
#: "EXPLAINER:"), or a title saying where things stand on or as of a date.
_SLUG = re.compile(r"[ \t*_#]*(?:FACTBOX|EXPLAINER|SNAPSHOT|FACTSHEET|FACT[ \t]BOX)[ \t]*[-–—:|]")
_STAND_ON = re.compile(r"(?i:\bstands?[ \t]+(?:on|as[ \t]+of|at)[ \t]+)$")


def _standing_title(text: str, start: int, end: int) -> tuple[dt.date, int, int] | None:
    """The date closing a title on where things stand, ``text[start:end]``: a wire slug's
    ("FACTBOX-Where the world's wars stand on Nov 25, 2026", "EXPLAINER: Talks so far,
    3 March 2026") or a title's own "stand on" ("Where the talks stand as of 3 March
    2026"); a date inside the title ("FACTBOX-Clashes on 3 March 2026 and after") is none."""
    found = _stamp(text, start, end)
    if found is None or not _CLOSED.match(text, found[2], end):
        return None
    before = text[start : found[1]]
    if _SLUG.match(before) or _STAND_ON.search(before):
        return found
    return None


#: The word closing a recurring report's title before its date, or before the topic it
#: names ("Defence Intelligence update on the situation in Ukraine - 24 November 2026"):
#: a headline's date may be an event's ("Talks in Geneva, 3 March 2025"), a report's is
#: its issue's.
_REPORT_TITLE = re.compile(
    r"(?i:\b(?:assessment|update|report|sitrep|briefing|brief|bulletin|digest|summary|"
    r"round-?up|monitor|overview|snapshot|factsheet|fact\s+sheet|dispatch|situation))"
    r"(?:\s+(?i:on|of|for|about|from)\s+[^.,:;!?|\n]{1,80})?$"
)


def _titled(text: str, start: int, s: int, e: int, end: int) -> bool:
    """Whether a head line ``text[start:end]`` is a report's title closed by its date
    (``text[s:e]``): "Russian Offensive Campaign Assessment, October 14, 2025", "Iran
    Update — 14 October 2025", "Situation report: 3 Nov 2025", "Defence Ministry summary
    for 3 December 2027" (one title, no sentence, its last word a report's, before a
    stop or "for": :data:`_REPORT_TITLE`)."""
    if text[e:end].strip(" \t*_#."):
        return False  # words after the date
    title = text[start:s].rstrip()
    if ". " in title:
        return False
    issued = _ISSUED_FOR.search(title)
    if issued is not None:  # "Russian Defence Ministry summary for 3 December 2027"
        return _REPORT_TITLE.search(title[: issued.start()].rstrip(" \t*_#")) is not None
    if title[-1:] not in (",", "—", "–", "-", ":", "|"):
        return False
    title = title[:-1].rstrip(" \t*_#")
    if _REPORT_TITLE.search(title) is not None:
        return True
    from .dates.closed_titles import closed_title  # (as above: loaded where needed)

    return closed_title(title)  # "... thread, <date>"


#: A report's title giving the day it covers with "for": "summary for 3 December 2027".
_ISSUED_FOR = re.compile(r"(?i:[ \t]+for)$")


def _chronology(text: str) -> bool:
    """Whether more than one line of ``text`` is a date alone (a chronology's headings)."""
    first = _DATE_ALONE.search(text)
    return first is not None and _DATE_ALONE.search(text, first.end()) is not None


def _stamp(text: str, start: int, end: int) -> tuple[dt.date, int, int] | None:
    """The first date of a day with its year in ``text[start:end]``."""
    m = _TIMESTAMP.search(text, start, end)
    if m is not None:
        try:
            return dt.date(*map(int, m.groups())), m.start(), m.end()
        except ValueError:
            return None
    if _YEAR.search(text, start, end) is None:
        return None
    return _day_at(text, start, end, anywhere=True)


def _day_at(
    text: str, start: int, end: int, *, anywhere: bool = False
) -> tuple[dt.date, int, int] | None:
    """The date of a day with its year written at ``start`` (anywhere in the window
    with ``anywhere``), as ``(date, start, end)``."""
    from .dates import find_dates  # the dates package only when a head is read

    for span in find_dates(text[:end], start):
        if not anywhere and span.offset_start != start:
            return None
        one_day = span.precision == "day" and span.start and span.start == span.end
        if one_day and _has_year(span.text):
            return dt.date.fromisoformat(span.start), span.offset_start, span.offset_end
        if not anywhere:
            return None
    return None


def _has_year(words: str) -> bool:
    """Whether a date's words write its year (a year-less "Nov 3" is taken from the text)."""
    return re.search(r"(?<!\d)\d{4}(?!\d)", words) is not None

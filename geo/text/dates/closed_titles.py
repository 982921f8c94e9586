"""Head lines closed by the article's date that a report's title word alone misses
(:func:`geo.text.stated_date.stated_date` reads them):

- a post or live page's title: "Geolocation thread, November 30, 2026", "Live updates,
  30 November 2026", "Live blog - 3 March 2026";
- a report or an issuer's title with its topic after a colon: "OSINT update: strikes in
  Kharkiv and Donetsk oblasts, December 1, 2026", "Satellite imagery review: Kherson
  direction, November 26, 2026", "Kherson Regional Military Administration: shelling over
  the past day, 1 December 2026".

A story opening with its date and a dash, "November 23, 2026 - A Ukrainian drone struck
...", under its headline states the article's date too, unless another line opens so (a chronology's
entries: their dates are events'; :func:`dash_dateline`).

A headline's date stays an event's ("Talks in Geneva, 3 March 2025", "Strikes on Kyiv:
what we know, 3 March 2025"): the title must end in one of these words, or name a report
or an issuer before its colon.
"""

from __future__ import annotations

import re

__all__ = ["closed_title", "dash_dateline"]

#: The last word of a post's or a live page's title.
_POST_TITLE = re.compile(
    r"(?i:\b(?:thread|threads|updates|live|live\s+blog|blog|review|recap|wrap-?up|tracker|"
    r"highlights))$"
)
#: A report or an issuer before a colon and the title's topic.
_TOPIC_TITLE = re.compile(
    r"(?:(?i:\b(?:assessment|update|updates|report|sitrep|briefing|bulletin|digest|summary|"
    r"round-?up|overview|review|thread|analysis|monitor|tracker|recap))|\b(?:Administration|"
    r"Ministry|General\s+Staff|Air\s+Force|Command|Governor|Directorate))[ \t]*:[ \t]+"
    r"[^.:;!?|\n]{1,80}$"
)


def closed_title(title: str) -> bool:
    """Whether ``title`` (a head line's words before its closing date, without the comma
    or dash before the date) is a post's, a live page's, a report's or an issuer's title
    (see the module docstring).

    >>> closed_title("Geolocation thread"), closed_title("Live updates")
    (True, True)
    >>> closed_title("OSINT update: strikes in Kharkiv and Donetsk oblasts")
    True
    >>> closed_title("Talks in Geneva"), closed_title("Strikes on Kyiv: what we know")
    (False, False)
    """
    return _POST_TITLE.search(title) is not None or _TOPIC_TITLE.search(title) is not None


#: A dash and the story's first word after a date: " - A Ukrainian drone".
_DASH_STORY = re.compile(r"[ \t]*(?:--|[-—–])[ \t]+[A-Z\"“]")
#: A line opening with a day's date (its year or not) and a dash: a chronology's entry.
_DATED_ENTRY = re.compile(
    r"^[ \t*_#]*(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?"
    r"[ \t]*(?:--|[-—–])[ \t]",
    re.M,
)


def dash_dateline(text: str, date_end: int) -> bool:
    """Whether the date ending at ``date_end``, which opens its line under a headline, is a
    dateline: a dash and the story's first word follow, and no other line of ``text``
    opens with a date and a dash.

    >>> t = "Drone hits plant\\n\\nNovember 23, 2026 - A drone struck the plant on Sunday."
    >>> dash_dateline(t, t.index(" -"))
    True
    >>> dash_dateline(t + "\\nNovember 24, 2026 - Repairs began.", t.index(" -"))
    False
    """
    if _DASH_STORY.match(text, date_end) is None or not text[:date_end].strip().count("\n"):
        return False  # a lone dated line, no headline above: a chronology's entry
    entries = _DATED_ENTRY.finditer(text)
    return next(entries, None) is not None and next(entries, None) is None

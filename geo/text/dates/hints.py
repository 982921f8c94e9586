"""Dates, stage 0, hints: the windows of a text where a date expression may be.

Every date expression holds a hint (a digit, a month, a weekday, a relative word);
the date patterns of :mod:`~geo.text.dates.recognition` run only in the windows
around the hints (:func:`_hint_windows`), and each only in the windows that hold
the kinds of hint its matches hold (:func:`_hint_windows_kinds`): "June 2" holds a
month and a digit, "last Friday" a weekday. Same matches as a scan of the whole
text, a fraction of the cost.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from operator import itemgetter

from ..fold import ascii_lowered

__all__ = [
    "AGO",
    "DAY",
    "DIGIT",
    "MONTH",
    "PERIOD",
    "WEEKDAY",
    "_HINT",
    "_HINT_REACH",
    "_hint_windows",
    "_hint_windows_kinds",
    "digit_runs",
    "digit_spans",
    "next_digit",
]

#: Every date expression holds one of these (a digit, a month, a weekday, a relative
#: word): the date patterns run only near them. Searched on an ASCII-lower-cased copy.
_HINT_WORDS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"yesterday|today|tonight|tomorrow|night|overnight|week|month|year|ago"
)
#: ``_HINT_WORDS`` grouped by first letter, in their order (the same matches: ``re``
#: tries the alternatives of a group one after another, fewer here).
_HINT = re.compile(
    r"\d|\b(?:j(?:an|un|ul)|f(?:eb|ri)|m(?:ar|ay|on|onth)|a(?:pr|ug|go)|s(?:ep|at|un)|"
    r"n(?:ov|ight)|o(?:ct|vernight)|dec|t(?:ue|hu|oday|onight|omorrow)|w(?:ed|eek)"
    r"|y(?:esterday|ear))"
)
_HINT_REACH = 48  # characters a date expression may extend either side of its hint

#: Kinds of hint (bits): what the matches of each date pattern hold ("June 2": a
#: month and a digit; "last month": a period, found as "mon", which is also a weekday's).
DIGIT, MONTH, WEEKDAY, PERIOD, DAY, AGO = 1, 2, 4, 8, 16, 32
_KIND_OF_STEM = {
    **dict.fromkeys("jan feb mar apr may jun jul aug sep oct nov dec".split(), MONTH),
    **dict.fromkeys("tue wed thu fri sat sun".split(), WEEKDAY),
    "mon": WEEKDAY | PERIOD,  # "Monday", "month"
    **dict.fromkeys("week year".split(), PERIOD),
    **dict.fromkeys("yesterday today tonight tomorrow night overnight".split(), DAY),
    "ago": AGO,
}
#: The word stems of ``_HINT``, each found with ``str.find`` (a fast scan in C; ``re``
#: would try the pattern at every character). "month" is left out: "mon" matches first.
#: No stem is a prefix of another, so at most one matches at a position.
_HINT_STEMS = tuple(w for w in _HINT_WORDS.split("|") if w != "month")
#: A run of digits (``\d+``, written so that ``re`` skips to its first character in C:
#: a pattern opening with a repeat is tried at every character).
_DIGIT_RUN = re.compile(r"\d\d*")
_SPAN = re.Match.span
_START = itemgetter(0)
_END = itemgetter(1)


@functools.lru_cache(maxsize=4)
def digit_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the runs of digits (``\\d+``) of ``text``, in order; cached
    for the last few texts (the dates' hints and the quantities read them). Do not
    change the list: it is shared."""
    return list(map(_SPAN, _DIGIT_RUN.finditer(text)))


@functools.lru_cache(maxsize=4)
def digit_runs(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the runs of digits (``\\d+``) of ``text``, in order; cached
    for the last few texts (see :func:`digit_spans`)."""
    spans = digit_spans(text)
    return list(map(_START, spans)), list(map(_END, spans))


def next_digit(text: str, pos: int, end: int) -> int:
    """The first offset in ``pos..end`` that holds a digit (``\\d``), or -1: what
    ``re.compile(r"\\d").search(text, pos, end)`` finds, by bisection of the runs.

    >>> next_digit("a 12 b 3", 0, 8), next_digit("a 12 b 3", 3, 8), next_digit("a 12 b 3", 4, 7)
    (2, 3, -1)
    """
    starts, ends = digit_runs(text)
    k = bisect_right(ends, pos)  # the first run that ends after ``pos``
    if k == len(starts):
        return -1
    at = max(starts[k], pos)
    return at if at < end else -1


def _hints(lowered: str, digits: list[tuple[int, int]] | None = None) -> list[tuple[int, int, int]]:
    """(start, end, kind) of the spans around which ``_HINT`` matches in ``lowered`` put
    their windows, in order.

    A word hint is a stem at the start of a word (``\\b``: no word character before
    it); hints never overlap (stems are letters at a word's start, digits are not
    letters). A run of digits is one span: its window is the union of its digits'
    windows (they overlap), so the windows are the same.
    """
    if digits is None:
        digits = [m.span() for m in _DIGIT_RUN.finditer(lowered)]
    spans = [(a, b, DIGIT) for a, b in digits]
    find = lowered.find
    for stem in _HINT_STEMS:
        k = find(stem)
        kind = _KIND_OF_STEM[stem]
        while k >= 0:
            before = lowered[k - 1] if k else " "
            if not (before.isalnum() or before == "_"):  # not ``\w``: ``\b`` before
                spans.append((k, k + len(stem), kind))
            k = find(stem, k + 1)
    spans.sort()
    return spans


def _hint_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Disjoint windows of ``text[start:end]`` around date hints, in order.

    Running the date patterns in these windows only (instead of over the whole
    text) gives the same matches at a fraction of the cost: most of a text is
    far from any digit, month or weekday.
    """
    return _hint_windows_kinds(text, start, end)[0]


def _hint_windows_kinds(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[int]]:
    """:func:`_hint_windows` and the kinds of hint each holds (a bit mask each).

    A match of a date pattern lies in one window (it extends at most ``_HINT_REACH``
    characters from its hint), and that window holds the hints its words are ("June
    2": a month and a digit): a window without them holds none of its matches.
    """
    out: list[tuple[int, int]] = []
    kinds: list[int] = []
    whole = (start, end) == (0, len(text))
    lowered = ascii_lowered(text if whole else text[start:end])
    # The digits of the whole text are those of its lower-cased copy (digits have no case).
    digits = digit_spans(text) if whole else None
    reach = _HINT_REACH
    cur_start = cur_end = -1  # the window being grown (none yet)
    cur_kind = 0
    for a, b, kind in _hints(lowered, digits):
        ws = start + a - reach
        if ws < start:
            ws = start
        we = start + b + reach
        if we > end:
            we = end
        if cur_end >= 0 and ws <= cur_end:
            cur_end = we  # matches come in order: their windows' ends never decrease
            cur_kind |= kind
        else:
            if cur_end >= 0:
                out.append((cur_start, cur_end))
                kinds.append(cur_kind)
            cur_start, cur_end, cur_kind = ws, we, kind
    if cur_end >= 0:
        out.append((cur_start, cur_end))
        kinds.append(cur_kind)
    return out, kinds

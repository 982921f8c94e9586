"""Dates and periods in news prose: absolute, partial, relative and ranges.

:func:`find_dates` returns :class:`~geo.model.DateSpan` records whose ``start``
and ``end`` are ISO dates (``YYYY-MM-DD``, both inclusive) or ``None`` when the
text does not fix them.

Conventions
-----------
- **Text span.** ``text``/``offset_start``/``offset_end`` cover the date and a
  leading preposition that anchors it ("on Friday", "in February", "since
  2014", "from August 2024 to April 2025"); the span stays inside the searched
  window.
- **Precision** is ``"day"``, ``"week"``, ``"month"``, ``"year"`` or
  ``"relative"`` (a relative expression, "on Friday", "earlier this week",
  with no article date to resolve it: ``start`` and ``end`` are ``None``).
  A range takes the coarser precision of its two ends.
- **Year-less dates** ("June 2", "in February") take the year that puts them
  nearest to ``article_date``; without an article date, the latest year the
  whole document states ("from August 2024 to April 2025 ... June 2" gives
  2025-06-02, see :func:`document_year`); with neither, ``start``/``end`` are
  ``None`` and the precision stays ``"day"`` or ``"month"``.
- **Relative dates** need ``article_date``: a bare or "on" weekday is the most
  recent such day on or before the article date, "last Friday" the one before
  it, "next Friday" the one after; "this week" is Monday to Sunday, "earlier
  this week" Monday to the article date, "last month" the previous calendar
  month, "three days ago" one day.
- **Open ends.** "since X" ends on the article date (``None`` without one);
  "until/by X" and "before X" have no start; "after X" has no end.
- **Qualifiers.** "early/mid/late" take the first, middle or last third of a
  month or year ("late June" is June 21-30).
- Bare four-digit numbers 1900-2099 are years ("in 2023", "the 2022
  invasion") unless they count something ("1500 soldiers").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..model import DateSpan
from . import lexicon as lx
from .fold import FoldedPattern, ascii_lowered, folded

__all__ = ["MONTHS", "PRECISIONS", "WEEKDAYS", "char_before", "document_year", "find_dates"]

#: Month names and abbreviations -> month number.
MONTHS: dict[str, int] = lx.MONTH_NUMBERS
#: Weekday names -> ``datetime.date.weekday()`` numbers.
WEEKDAYS: dict[str, int] = {name: i for i, name in enumerate(lx.DAYS)}
#: The precisions a :class:`~geo.model.DateSpan` may carry, finest first.
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year", "relative")

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "several": 3, "few": 3, "a few": 3,
}  # fmt: skip

_FULL = r"January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MONTH = rf"(?P<m>(?:{_FULL})\b|(?:{_ABBR})\b\.?)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DAY2 = (
    r"(?:(?:\s*[-–]\s*|\s+(?:to|and|through)\s+)(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?![\d:]|,\d))?"
)
_YEAR = r"(?:,?\s+(?P<y>(?:19|20)\d\d)(?![\d,.]\d))?"
_QUAL = r"(?:(?P<q>[Ee]arly|[Mm]id|[Ll]ate)[-\s]+)?"

_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)\b")
_MDY = re.compile(rf"\b(?:{_WD},?\s+)?{_MONTH}\s+{_DAY}(?![\d:]|,\d){_DAY2}{_YEAR}")
_DMY = re.compile(rf"\b(?:{_WD},?\s+)?{_DAY}{_DAY2}\s+(?:of\s+)?{_MONTH}{_YEAR}")
_MY = re.compile(rf"{_QUAL}\b{_MONTH},?\s+(?P<y>(?:19|20)\d\d)\b(?![\d,.]\d)")
_M = re.compile(rf"{_QUAL}\b(?P<m>{_FULL})\b")
_Y = re.compile(
    r"(?:(?P<q>[Ee]arly|[Mm]id|[Ll]ate)[-\s]+|(?<![\d,.$£€#/-]))"
    r"\b(?P<y>(?:19|20)\d\d)\b(?![\d/]|[,.]\d|\s*(?:%|per))"
)
_DECADE = re.compile(r"\b(?:the\s+)?(?P<y>(?:19|20)\d0)s\b")
# The case-insensitive patterns run on the folded text (same matches, geo.text.fold).
_REL_PERIOD = FoldedPattern(
    r"\b(?:(?P<q>earlier|later|early|late)\s+)?(?:in\s+)?(?:the\s+)?"
    r"(?P<which>this|last|next|past|previous|coming)\s+(?P<unit>week|weekend|month|year)\b"
)
_REL_WEEKDAY = re.compile(
    rf"\b(?:(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious)\s+)?(?P<wd>{_WD})"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
)
_REL_DAY = FoldedPattern(r"\b(?P<w>yesterday|today|tonight|tomorrow|last\s+night)\b")
_REL_AGO = FoldedPattern(
    r"\b(?P<n>\d{1,3}|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")\s+(?P<unit>day|week|month|year)s?\s+ago\b"
)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*")
_PREP = re.compile(
    r"\b(?P<p>[Oo]n|[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Tt]hrough|[Bb]y|[Dd]uring|[Bb]efore"
    r"|[Aa]fter|[Bb]etween)\s+$"
)
_PLURAL_AFTER = re.compile(r"\s+(?P<w>[a-z]+)")
_YEAR_DETERMINERS = frozenset(
    "the in of since by until from during before after through till its their a an this "
    "that and or to between".split()
)
_PREV_WORD = re.compile(r"(?P<w>[A-Za-z]+)\W*$")


@dataclass(frozen=True, slots=True)
class _Atom:
    """A date expression before resolution (fields the text states; None if not)."""

    start: int
    end: int
    kind: str  # "abs" | "rel" | "decade"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day_end: int | None = None
    qualifier: str = ""  # early | mid | late
    rel: tuple = ()  # ("day", n) | ("weekday", wd, which) | ("period", q, which, unit)
    explicit_year: bool = False


@dataclass(frozen=True, slots=True)
class _Range:
    """Two absolute atoms joined: "from A to B", "between A and B", "A-B"."""

    first: _Atom
    last: _Atom
    start: int  # includes "from"/"between"


def document_year(text: str) -> int | None:
    """The latest year ``text`` states as a date, or ``None``.

    Year-less dates fall back on it when no article date is given.

    Examples
    --------
    >>> document_year("The offensive ran from August 2024 to April 2025.")
    2025
    >>> document_year("Some 2,500 troops took part.") is None
    True
    """
    years = [a.year for a in _atoms(text, 0, len(text)) if a.explicit_year and a.year]
    return max(years) if years else None


def find_dates(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    article_date: dt.date | None = None,
) -> list[DateSpan]:
    """Dates, periods and date ranges in ``text[start:end]``, in text order.

    Parameters
    ----------
    text : str
        The whole document (offsets in the results index it; year-less dates
        may take their year from it, see :func:`document_year`).
    start, end : int, optional
        The window to search, as character offsets (default: all of ``text``).
    article_date : datetime.date, optional
        The article's publication date: resolves relative dates ("on Friday",
        "earlier this month") and year-less ones ("June 2").

    Returns
    -------
    list of DateSpan
        ``start``/``end`` ISO dates (inclusive) or ``None``; see the module
        docstring for the conventions.

    Examples
    --------
    >>> text = "The offensive lasted from August 2024 to April 2025."
    >>> [(d.text, d.start, d.end, d.precision) for d in find_dates(text)]
    [('from August 2024 to April 2025', '2024-08-01', '2025-04-30', 'month')]
    >>> import datetime
    >>> said = "Russia said on Friday that ..."
    >>> tuesday = datetime.date(2025, 6, 24)
    >>> [(d.text, d.start, d.precision) for d in find_dates(said, article_date=tuesday)]
    [('on Friday', '2025-06-20', 'day')]
    >>> [(d.text, d.start, d.precision) for d in find_dates(said)]
    [('on Friday', None, 'relative')]
    >>> [(d.text, d.start) for d in find_dates("under a June 2 agreement", article_date=None)]
    [('June 2', None)]
    >>> [(d.text, d.start, d.end) for d in find_dates("Talks on 2 June 2025 and in 2023.")]
    [('on 2 June 2025', '2025-06-02', '2025-06-02'), ('in 2023', '2023-01-01', '2023-12-31')]
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    atoms = _atoms(text, start, end)
    if not atoms:
        return []
    doc_year = None
    if article_date is None and any(a.kind == "abs" and a.year is None for a in atoms):
        if start == 0 and end == len(text):
            years = [a.year for a in atoms if a.explicit_year and a.year]
            doc_year = max(years) if years else None
        else:
            doc_year = document_year(text)
    items = _ranges(text, start, atoms)
    out: list[DateSpan] = []
    for item in items:
        span = _resolve(text, start, item, article_date, doc_year)
        if isinstance(item, _Range) and span.start and span.end and span.start > span.end:
            # Not a range after all ("2025 - 2024-06-01"): two dates.
            out.append(_resolve(text, start, item.first, article_date, doc_year))
            out.append(_resolve(text, start, item.last, article_date, doc_year))
            continue
        out.append(span)
    return out


# --- recognition -----------------------------------------------------------------------


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


#: Every date expression holds one of these (a digit, a month, a weekday, a relative
#: word): the date patterns run only near them. Searched on an ASCII-lower-cased copy.
_HINT = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"yesterday|today|tonight|tomorrow|night|week|month|year|ago)"
)
_HINT_REACH = 48  # characters a date expression may extend either side of its hint


#: What every match of a date pattern holds, with the pattern's case rules: windows
#: without it skip the pattern (same matches, a fraction of the cost).
_NEED_DASH = re.compile(r"-")
_NEED_MONTH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_NEED_YEAR = re.compile(r"(?:19|20)\d\d")
_NEED_PERIOD = re.compile(r"week|month|year")
_NEED_DAY = re.compile(r"yesterday|today|tonight|tomorrow|night")
_NEED_AGO = re.compile(r"ago")
_NEED_DIGIT = re.compile(r"\d")
_NEED_FULL_MONTH = re.compile(_FULL)
_NEED_DECADE = re.compile(r"(?:19|20)\d0s")
_NEED_WEEKDAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_NEED_WHICH = re.compile(r"this|last|next|past|previous|coming")
#: The needs of the case-insensitive patterns, searched on the folded text (same
#: answer, :mod:`geo.text.fold`); the others on the text.
_FOLDED_NEEDS = frozenset({_NEED_PERIOD, _NEED_DAY, _NEED_AGO, _NEED_WHICH})


def _hint_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Disjoint windows of ``text[start:end]`` around date hints, in order.

    Running the date patterns in these windows only (instead of over the whole
    text) gives the same matches at a fraction of the cost: most of a text is
    far from any digit, month or weekday.
    """
    out: list[tuple[int, int]] = []
    lowered = ascii_lowered(text if (start, end) == (0, len(text)) else text[start:end])
    for m in _HINT.finditer(lowered):
        ws = max(start, start + m.start() - _HINT_REACH)
        we = min(end, start + m.end() + _HINT_REACH)
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], we)
        else:
            out.append((ws, we))
    return out


def _atoms(text: str, start: int, end: int) -> list[_Atom]:
    """Non-overlapping date atoms in the window, longest first at each position."""
    found: list[_Atom] = []
    windows = _hint_windows(text, start, end)

    def add(atom: _Atom) -> None:
        found.append(atom)

    having: dict[re.Pattern[str], list[tuple[int, int]]] = {}  # need -> windows with it

    def scan(
        rx: re.Pattern[str] | FoldedPattern, need: re.Pattern[str], *more: re.Pattern[str]
    ) -> Iterator[re.Match[str]]:
        # ``need`` (and each of ``more``) finds a piece every match of ``rx`` holds
        # (same case rules): a window without one cannot hold a match and is skipped.
        for n in (need, *more):
            if n not in having:
                src = folded(text) if n in _FOLDED_NEEDS else text
                having[n] = [(ws, we) for ws, we in windows if n.search(src, ws, we)]
        chosen = having[need]
        for n in more:
            keep = set(having[n])
            chosen = [w for w in chosen if w in keep]
        for ws, we in chosen:
            yield from rx.finditer(text, ws, we)

    for m in scan(_ISO, _NEED_DASH):
        y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
        if _valid(y, mo, d):
            add(_Atom(m.start(), m.end(), "abs", y, mo, d, explicit_year=True))
    for rx in (_MDY, _DMY):
        for m in scan(rx, _NEED_MONTH, _NEED_DIGIT):
            mo = _month(m["m"])
            d = int(m["d"])
            d2 = int(m["d2"]) if m["d2"] else None
            y = int(m["y"]) if m["y"] else None
            if d2 is not None and d2 <= d:
                continue
            if not _valid(y or 2000, mo, d2 or d):
                continue
            add(_Atom(m.start(), m.end(), "abs", y, mo, d, d2, explicit_year=y is not None))
    for m in scan(_MY, _NEED_MONTH, _NEED_YEAR):
        add(_Atom(m.start(), m.end(), "abs", int(m["y"]), _month(m["m"]), None,
                  qualifier=(m["q"] or "").lower(), explicit_year=True))  # fmt: skip
    for m in scan(_M, _NEED_FULL_MONTH):
        name = m["m"]
        if name in ("May", "March") and not _ambiguous_month_ok(text, m.start("m"), m.end("m")):
            continue
        add(_Atom(m.start(), m.end(), "abs", None, _month(name), None,
                  qualifier=(m["q"] or "").lower()))  # fmt: skip
    for m in scan(_Y, _NEED_YEAR):
        if _counts_something(text, m.start("y"), m.end("y")):
            continue
        add(_Atom(m.start(), m.end(), "abs", int(m["y"]), None, None,
                  qualifier=(m["q"] or "").lower(), explicit_year=True))  # fmt: skip
    for m in scan(_DECADE, _NEED_DECADE):
        add(_Atom(m.start(), m.end(), "decade", int(m["y"]), explicit_year=True))
    for m in scan(_REL_PERIOD, _NEED_PERIOD, _NEED_WHICH):
        q = (m["q"] or "").lower()
        rel = ("period", q, m["which"].lower(), m["unit"].lower())
        add(_Atom(m.start(), m.end(), "rel", rel=rel))
    for m in scan(_REL_WEEKDAY, _NEED_WEEKDAY_NAME):
        which = (m["which"] or "").lower()
        add(_Atom(m.start(), m.end(), "rel", rel=("weekday", WEEKDAYS[m["wd"].lower()], which)))
    for m in scan(_REL_DAY, _NEED_DAY):
        if m["w"][0].isupper() and m.start() > 0 and not _sentence_initial(text, m.start()):
            continue  # "Ukraine Today", a name
        word = " ".join(m["w"].lower().split())
        n = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
        add(_Atom(m.start(), m.end(), "rel", rel=("day", n)))
    for m in scan(_REL_AGO, _NEED_AGO):
        raw = m["n"].lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
        add(_Atom(m.start(), m.end(), "rel", rel=("ago", n, m["unit"].lower())))
    # Longest first at each start; drop anything overlapping a kept atom.
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[_Atom] = []
    for atom in found:
        if atom.start < start or atom.end > end:
            continue
        if kept and atom.start < kept[-1].end:
            continue
        kept.append(atom)
    return kept


def _valid(y: int, mo: int, d: int) -> bool:
    try:
        dt.date(y, mo, d)
    except ValueError:
        return False
    return True


def char_before(text: str, pos: int, skip: str) -> str:
    """The last character of ``text[:pos]`` not in ``skip`` ("" if none), without copying
    the text before ``pos`` (cost: the skipped run only)."""
    while pos > 0 and text[pos - 1] in skip:
        pos -= 1
    return text[pos - 1] if pos > 0 else ""


def _sentence_initial(text: str, pos: int) -> bool:
    before = char_before(text, pos, " \t\"'“‘(")
    return not before or before in ".!?\n:"


def _ambiguous_month_ok(text: str, s: int, e: int) -> bool:
    """A bare "May"/"March" is a month only after a temporal word ("in May", "late March")."""
    m = _PREV_WORD.search(text, max(0, s - 20), s)
    if not m:
        return False
    prev = m["w"].lower()
    return prev in {
        "in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next",
        "this", "from", "through", "between", "during", "before", "after", "and", "to",
    }  # fmt: skip


def _counts_something(text: str, s: int, e: int) -> bool:
    """A four-digit number that counts a noun ("1500 soldiers") rather than naming a year."""
    after = _PLURAL_AFTER.match(text, e)
    if not after:
        return False
    word = after["w"]
    if not (word.endswith("s") and not word.endswith("ss") and len(word) > 3):
        return False
    if word in ("elections", "olympics", "games", "talks", "protests", "floods"):
        return False
    prev = _PREV_WORD.search(text, max(0, s - 30), s)
    return not (prev and prev["w"].lower() in _YEAR_DETERMINERS)


def _ranges(text: str, start: int, atoms: list[_Atom]) -> list[_Atom | _Range]:
    """Join "from A to B", "between A and B", "A-B" into ranges."""
    out: list[_Atom | _Range] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and a.kind == "abs" and atoms[i + 1].kind == "abs":
            b = atoms[i + 1]
            gap = text[a.end : b.start]
            join = _RANGE_JOIN.fullmatch(gap)
            if join:
                prep = _PREP.search(text, max(start, a.start - 12), a.start)
                opener = prep["p"].lower() if prep else ""
                word = gap.strip()
                ok = (word == "and" and opener == "between") or (word != "and")
                if ok and (opener in ("from", "between") or word in ("-", "–", "—", "to")):
                    s = prep.start() if opener in ("from", "between") else a.start
                    out.append(_Range(a, b, s))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


# --- resolution ------------------------------------------------------------------------


def _period(atom: _Atom, year: int) -> tuple[dt.date, dt.date, str]:
    """The inclusive period an absolute atom names, given its year."""
    if atom.kind == "decade":
        return dt.date(year, 1, 1), dt.date(year + 9, 12, 31), "year"
    if atom.month is None:
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return (*_qualify(first, last, atom.qualifier), "year")
    if atom.day is None:
        first = dt.date(year, atom.month, 1)
        last = dt.date(year, atom.month, calendar.monthrange(year, atom.month)[1])
        return (*_qualify(first, last, atom.qualifier), "month")
    last_day = atom.day_end or atom.day
    return dt.date(year, atom.month, atom.day), dt.date(year, atom.month, last_day), "day"


def _qualify(first: dt.date, last: dt.date, qualifier: str) -> tuple[dt.date, dt.date]:
    """Early, mid and late: the first, middle and last third of a period."""
    if not qualifier:
        return first, last
    days = (last - first).days + 1
    third = days // 3
    if qualifier == "early":
        return first, first + dt.timedelta(days=third - 1)
    if qualifier == "mid":
        return first + dt.timedelta(days=third), last - dt.timedelta(days=third)
    return last - dt.timedelta(days=days - 2 * third - 1), last


def _nearest_year(atom: _Atom, ref: dt.date) -> int:
    """The year that puts a year-less month or day nearest to ``ref``."""
    best = ref.year
    best_gap = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            continue
        if atom.day is not None and not _valid(year, atom.month or 1, atom.day):
            continue
        first, last, _ = _period(atom, year)
        mid = first + (last - first) / 2
        gap = abs((mid - ref).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _abs_period(
    atom: _Atom, article_date: dt.date | None, doc_year: int | None, year_hint: int | None = None
) -> tuple[dt.date | None, dt.date | None, str]:
    year = atom.year if atom.year is not None else year_hint
    if year is None and article_date is not None:
        year = _nearest_year(atom, article_date)
    if year is None:
        year = doc_year
    if year is None:
        precision = "day" if atom.day is not None else "month"
        return None, None, precision
    if atom.day is not None and not _valid(year, atom.month or 1, atom.day):
        return None, None, "day"
    return _period(atom, year)


def _rel_period(atom: _Atom, ref: dt.date | None) -> tuple[dt.date | None, dt.date | None, str]:
    if ref is None:
        return None, None, "relative"
    kind = atom.rel[0]
    if kind == "day":
        day = ref + dt.timedelta(days=atom.rel[1])
        return day, day, "day"
    if kind == "weekday":
        _, wd, which = atom.rel
        back = (ref.weekday() - wd) % 7
        if which in ("last", "previous"):
            back = back or 7
        elif which in ("next", "this"):
            ahead = (wd - ref.weekday()) % 7
            if which == "next":
                ahead = ahead or 7
            day = ref + dt.timedelta(days=ahead)
            return day, day, "day"
        day = ref - dt.timedelta(days=back)
        return day, day, "day"
    if kind == "ago":
        _, n, unit = atom.rel
        if unit == "day":
            day = ref - dt.timedelta(days=n)
            return day, day, "day"
        if unit == "week":
            day = ref - dt.timedelta(days=7 * n)
            monday = day - dt.timedelta(days=day.weekday())
            return monday, monday + dt.timedelta(days=6), "week"
        if unit == "month":
            y, m = _add_months(ref.year, ref.month, -n)
            return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]), "month"
        return dt.date(ref.year - n, 1, 1), dt.date(ref.year - n, 12, 31), "year"
    _, q, which, unit = atom.rel
    step = {"this": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}[which]
    if unit in ("week", "weekend"):
        if which == "past" and unit == "week":
            return ref - dt.timedelta(days=7), ref, "week"
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
        first, last = monday, monday + dt.timedelta(days=6)
        if unit == "weekend":
            first = monday + dt.timedelta(days=5)
            if step == 0 and ref.weekday() < 5 and which == "last":
                first -= dt.timedelta(days=7)
        precision = "week" if unit == "week" else "day"
    elif unit == "month":
        if which == "past":
            return ref - dt.timedelta(days=30), ref, "month"
        y, m = _add_months(ref.year, ref.month, step)
        first, last = dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
        precision = "month"
    else:
        if which == "past":
            return ref - dt.timedelta(days=365), ref, "year"
        first, last = dt.date(ref.year + step, 1, 1), dt.date(ref.year + step, 12, 31)
        precision = "year"
    if step == 0 and q == "earlier":
        last = min(last, ref)
    elif step == 0 and q == "later":
        first = max(first, ref)
    elif q in ("early", "late"):
        first, last = _qualify(first, last, q)
    return first, last, precision


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _coarser(a: str, b: str) -> str:
    return a if PRECISIONS.index(a) >= PRECISIONS.index(b) else b


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _resolve(
    text: str,
    window_start: int,
    item: _Atom | _Range,
    article_date: dt.date | None,
    doc_year: int | None,
) -> DateSpan:
    try:
        return _resolve_span(text, window_start, item, article_date, doc_year)
    except (OverflowError, ValueError):
        # The period falls outside the calendar (years 1 to 9999): "last year" said on
        # 0001-01-01, "next week" on 9999-12-31. The expression is kept, unresolved.
        if isinstance(item, _Range):
            s, e, precision = item.start, item.last.end, "day"
        else:
            s, e = item.start, item.end
            precision = "relative" if item.kind == "rel" else "year"
        return DateSpan(text[s:e], None, None, precision, s, e)


def _resolve_span(
    text: str,
    window_start: int,
    item: _Atom | _Range,
    article_date: dt.date | None,
    doc_year: int | None,
) -> DateSpan:
    if isinstance(item, _Range):
        a, b, s = item.first, item.last, item.start
        b_first, b_last, b_prec = _abs_period(b, article_date, doc_year)
        hint = None
        if a.year is None and b_first is not None:
            hint = b_first.year
            if b.month is not None and a.month is not None and a.month > b.month:
                hint -= 1
        if a.month is not None and a.day is not None and b.month is None and b.day is not None:
            b = replace(b, month=a.month)  # "June 2 to 4"
        a_first, _a_last, a_prec = _abs_period(a, article_date, doc_year, hint)
        if a_first is not None and b_first is not None and a_first > b_first and b.year is None:
            b_first, b_last, b_prec = _abs_period(b, None, None, a_first.year + 1)
        precision = _coarser(a_prec, b_prec)
        e = b.end
        return DateSpan(text[s:e], _iso(a_first), _iso(b_last), precision, s, e)
    atom = item
    if atom.kind == "rel":
        first, last, precision = _rel_period(atom, article_date)
    else:
        first, last, precision = _abs_period(atom, article_date, doc_year)
    s, e = atom.start, atom.end
    prep = _PREP.search(text, max(window_start, s - 9), s)
    if prep and not (atom.kind == "rel" and atom.rel[0] == "day"):
        word = prep["p"].lower()
        if word == "between":
            word = ""
        else:
            s = prep.start()
        if word == "since":
            last = article_date if article_date is not None else None
        elif word in ("until", "till", "by"):
            first = None
        elif word == "before":
            last = first - dt.timedelta(days=1) if first is not None else None
            first = None
        elif word == "after":
            first = last + dt.timedelta(days=1) if last is not None else None
            last = None
    return DateSpan(text[s:e], _iso(first), _iso(last), precision, s, e)

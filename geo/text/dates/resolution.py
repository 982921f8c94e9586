"""Dates, stage 2, resolution: the calendar period each atom or range names.

Year-less dates take the year nearest the article date (else the document's
year), relative ones are counted from the article date, prepositions open or
close the period ("since", "until", "before", "after"). See
:mod:`geo.text.dates` for the conventions.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from ...model import DateSpan
from .feasts import feast_day, nearest_feast
from .recognition import _PREP, _Atom, _Range, _valid

__all__ = ["PRECISIONS"]

#: The precisions a :class:`~geo.model.DateSpan` may carry, finest first.
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year", "relative")


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


# Words that put a clause in the future ("will travel", "is due to", "plans to") and
# the past (a verb in -ed, "was", "said", "met" ...): a bare weekday is the coming one
# when the nearest of them is a future's.
_FUTURE = re.compile(
    r"\b(?:will|shall|won't|(?:is|are|was|were)\s+(?:due|set|going|expected|scheduled|"
    r"slated|poised)\s+to|(?:plans?|planning|intends?|aims?|hopes?)\s+to|"
    r"(?:scheduled|planned|slated|due|set)\s+(?:for|on)|is\s+to|are\s+to)\b"
    r"|'ll\b"
    # a modal of what is to come, in reported speech or as a forecast ("said classes
    # would resume Wednesday", "rain could fall by Sunday"); not "may have advanced",
    # "could not be verified", and lower case only ("in May")
    r"|\b(?-i:would|could|might|may)\b(?!\s+(?:have|not|n't)\b)(?!n't)",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:\w+ed|was|were|had|did|said|told|met|took|went|came|made|held|began|fought|"
    r"struck|spoke|hit|shot|fled|left|lost|won|saw|gave|sent|brought|thought|found|"
    r"launched|kept|ran|fell|flew|stood|wrote|led|paid|caught|sought|built|broke)\b",
    re.IGNORECASE,
)
#: The auxiliary of a passive: its participle is no past ("will be held on Thursday").
_PASSIVE_BE = re.compile(r"\b(?:be|been|being)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;\n]")
_TENSE_REACH = 160  # characters searched on each side of the weekday


def future_tense(text: str, start: int, end: int) -> bool:
    """Is the clause of a weekday at ``text[start:end]`` in the future tense?

    The nearest tense word before the weekday in its sentence decides ("Zelenskyy
    will travel to Ankara on Saturday"); with none before it, the nearest after it
    ("On Saturday, talks are due to resume").  A past tense, or none, keeps the
    weekday the last one.

    >>> future_tense("Zelenskyy will travel to Ankara on Saturday.", 32, 43)
    True
    >>> future_tense("Officials said the envoy met him on Saturday.", 34, 45)
    False
    >>> future_tense("On Saturday, talks are due to resume.", 3, 11)
    True
    """
    return clause_tense(text, start, end) is True


def clause_tense(text: str, start: int, end: int) -> bool | None:
    """The tense of the clause of a date at ``text[start:end]``: True for the future,
    False for the past, None when no tense word tells (see :func:`future_tense`).

    >>> clause_tense("The tanker dragged its anchor on Christmas Day.", 33, 46)
    False
    """
    lo = max(0, start - _TENSE_REACH)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    before = text[ends[-1] if ends else lo : start]
    cues = [(m.end(), True) for m in _FUTURE.finditer(before)]
    cues += [
        (m.end(), False)
        for m in _PAST.finditer(before)
        if not _PASSIVE_BE.search(before, max(0, m.start() - 8), m.start())
    ]
    if cues:
        return max(cues)[1]  # the nearest; a future's "expected to" outlasts its "-ed"
    stop = _CLAUSE_END.search(text, end, end + _TENSE_REACH)
    after = text[end : stop.start() if stop else end + _TENSE_REACH]
    cues = [(m.start(), False) for m in _FUTURE.finditer(after)]
    cues += [(m.start(), True) for m in _PAST.finditer(after)]
    return not min(cues)[1] if cues else None


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
        elif which in ("next", "this", "coming"):
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
    step = _STEPS[which]
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
        span = _resolve_span(text, window_start, item, article_date, doc_year)
        if span.start is not None and span.end is not None and span.start > span.end:
            # never an inverted period: "since 2027" said in 2025 has not begun, "from
            # 2025 to 2023" is a slip; the stated start stays, the end is left open
            span = replace(span, end=None)
        return span
    except (OverflowError, ValueError):
        # The period falls outside the calendar (years 1 to 9999): "last year" said on
        # 0001-01-01, "next week" on 9999-12-31. The expression is kept, unresolved.
        if isinstance(item, _Range):
            s, e, precision = item.start, item.last.end, "day"
        else:
            s, e = item.start, item.end
            precision = {"rel": "relative", "feast": "day"}.get(item.kind, "year")
        return DateSpan(text[s:e], None, None, precision, s, e)


#: How many periods from the article date's a word counts: "last month", "next week".
_STEPS = {"this": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}
#: A word that puts a year-less month before or after the article date: "last August",
#: "this past March", "next May", "the coming June" (the words of a step).
_SIDE_WORD = re.compile(
    r"\b(?P<w>" + "|".join(w for w, step in _STEPS.items() if step) + r")\s+$", re.IGNORECASE
)


def _stated_side(text: str, lo: int, atom: _Atom, ref: dt.date | None) -> int | None:
    """The year of a year-less month (or day) the words before it place on one side of
    the article date: "last August" in March 2025 is August 2024 (the nearest August
    would be the coming one), "last March" said in March a year before, "next May" the
    coming one; None when no such word comes right before it (the nearest year)."""
    if atom.year is not None or atom.month is None or ref is None:
        return None
    m = _SIDE_WORD.search(text, lo, atom.start)
    if m is None:
        return None
    this_year = (atom.month, atom.day or 0)
    if _STEPS[m["w"].lower()] > 0:
        year = ref.year if this_year > (ref.month, ref.day if atom.day else 0) else ref.year + 1
    else:
        year = ref.year if this_year < (ref.month, ref.day if atom.day else 0) else ref.year - 1
    return year if dt.MINYEAR <= year <= dt.MAXYEAR else None


def _tensed_year(text: str, atom: _Atom, ref: dt.date | None) -> int | None:
    """The year of a year-less month or day in a clause in the past tense whose nearest
    year would put it after the article date: the last one ("The video was filmed ... in
    March", said in November 2025, is March 2025, not 2026); the nearest year otherwise
    (a future after the date, "said talks in March would resume", keeps it); None for a
    date with its year, or no article date.

    >>> from .recognition import _atoms
    >>> text = "The video was filmed in Vovchansk in March."
    >>> _tensed_year(text, _atoms(text, 0, len(text))[0], dt.date(2025, 11, 21))
    2025
    """
    if atom.year is not None or atom.month is None or ref is None:
        return None
    year = _nearest_year(atom, ref)  # what the caller would take: found once
    if _period(atom, year)[0] <= ref or clause_tense(text, atom.start, atom.end) is not False:
        return year
    stop = _CLAUSE_END.search(text, atom.end, atom.end + _TENSE_REACH)
    if _FUTURE.search(text, atom.end, stop.start() if stop else atom.end + _TENSE_REACH):
        return year
    return year - 1 if year - 1 >= dt.MINYEAR else year


def _feast_period(
    text: str, lo: int, atom: _Atom, ref: dt.date | None, doc_year: int | None
) -> dt.date | None:
    """The day of a feast (:mod:`~geo.text.dates.feasts`): in its stated year, else the
    one before or after ``ref`` the words before it say ("last Easter"), else the nearest
    ``ref`` on the side its clause's tense says (:func:`clause_tense`: a past verb, the
    last one), else in the document's year."""
    key, orthodox = atom.rel
    if atom.year is not None:
        return feast_day(key, orthodox, atom.year)
    if ref is not None:
        m = _SIDE_WORD.search(text, lo, atom.start)
        day = nearest_feast(key, orthodox, ref, _STEPS[m["w"].lower()] if m else 0)
        if m is None and day is not None and day != ref:
            # "dragged its anchor on Christmas Day" in October: the last one, not the
            # nearest to come; "will meet on Christmas Day" in January: the next one
            tense = clause_tense(text, atom.start, atom.end)
            if tense is not None and (day > ref) != tense:
                day = nearest_feast(key, orthodox, ref, 1 if tense else -1)
        return day
    return feast_day(key, orthodox, doc_year) if doc_year is not None else None


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
    if (
        atom.kind == "rel"
        and atom.rel[0] == "weekday"
        and not atom.rel[2]
        and article_date is not None
        and future_tense(text, atom.start, atom.end)
    ):
        atom = replace(atom, rel=(*atom.rel[:2], "coming"))  # "will travel on Saturday"
    if atom.kind == "rel":
        first, last, precision = _rel_period(atom, article_date)
    elif atom.kind == "feast":  # "on Palm Sunday": that year's, or the nearest one's
        first = last = _feast_period(text, max(window_start, atom.start - 16), atom,
                                     article_date, doc_year)  # fmt: skip
        precision = "day"
    else:
        year = _stated_side(text, max(window_start, atom.start - 16), atom, article_date)
        if year is None:
            year = _tensed_year(text, atom, article_date)
        first, last, precision = _abs_period(atom, article_date, doc_year, year)
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
            if first is not None and last is not None and first > last and atom.year is None:
                # "since July" said in June: last year's July (the period has begun)
                first, _last, precision = _abs_period(atom, None, None, first.year - 1)
        elif word in ("until", "till", "by"):
            first = None
        elif word == "before":
            last = first - dt.timedelta(days=1) if first is not None else None
            first = None
        elif word == "after":
            first = last + dt.timedelta(days=1) if last is not None else None
            last = None
    return DateSpan(text[s:e], _iso(first), _iso(last), precision, s, e)

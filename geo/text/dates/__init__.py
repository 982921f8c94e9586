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
  recent such day on or before the article date (the coming one, on or after it,
  in a clause in the future tense: "will travel on Saturday", "is due to"), "last
  Friday" the one before it, "next Friday" the one after; "this week" is Monday to Sunday, "earlier
  this week" Monday to the article date, "last month" the previous calendar
  month, "three days ago" one day; a year-less month after "last", "past" or "next"
  lies on that side of the article date ("last August" in March 2025: August 2024);
  one in a clause in the past tense, on or before it ("was filmed in March" said in
  November 2025: March 2025).
- **Open ends.** "since X" ends on the article date (``None`` without one);
  "until/by X" and "before X" have no start; "after X" has no end.
- **Qualifiers.** "early/mid/late" take the first, middle or last third of a
  month or year ("late June" is June 21-30).
- Bare four-digit numbers 1900-2099 are years ("in 2023", "the 2022
  invasion") unless they count something ("1500 soldiers").

Stages (modules of this package): :mod:`~geo.text.dates.hints` (the windows
where a date may be), :mod:`~geo.text.dates.recognition` (date
expressions and ranges in the text, with the patterns of
:mod:`~geo.text.dates.patterns`) and :mod:`~geo.text.dates.resolution` (the
calendar period of each).
"""

from __future__ import annotations

import datetime as dt

from ...model import DateSpan
from .patterns import _REL_AGO as _REL_AGO  # what the folding tests read
from .patterns import _REL_DAY as _REL_DAY
from .patterns import _REL_PERIOD as _REL_PERIOD
from .patterns import MONTHS, WEEKDAYS
from .recognition import _atoms, _Range, _ranges, char_before
from .resolution import PRECISIONS, _resolve

__all__ = ["MONTHS", "PRECISIONS", "WEEKDAYS", "char_before", "document_year", "find_dates"]


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
    if article_date is None and any(a.kind in ("abs", "feast") and a.year is None for a in atoms):
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

"""Numbers, stage 1b: the day of a date no calendar has is still a day, not a count.

"On Sept. 31, Russian forces shelled Kherson": the date finder (:mod:`geo.text.dates`)
reads no date there (September has 30 days), and "31" would count nothing. A number of
one or two digits right after a month's name ("Sept. 31", "June 31") or right before one
("31 September"), and a year after a month and a day ("Feb. 30, 2026"; "On February 25,
1784", a year the date finder leaves out of the date), is no quantity; a month's full name
closing a sentence does not hold the number after it ("27 November. 13 OCHA field team").
:func:`not_month_days` drops them; one search per number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Quantity
from .dates.patterns import _ABBR, _FULL

__all__ = ["not_month_days"]

#: A month as written before a day: in full, or abbreviated with or without its stop
#: ("Sept. 31"); a full name's stop ends a sentence ("27 November. 13 OCHA field team").
_MONTH = rf"(?:{_FULL}|(?:{_ABBR})\.?)"
#: A month's name (capitalised) ending right before a day.
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s+$")
#: A month's name right after a day: "31 September".
_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?(?:{_FULL}|{_ABBR})\b")
#: A month and a day before a year: "Feb. 30, 2026".
_DAY_BEFORE_YEAR = re.compile(rf"\b{_MONTH}\s+\d{{1,2}},?\s+$")


def not_month_days(text: str, found: Iterable[Quantity]) -> list[Quantity]:
    """``found`` without the days and years of impossible dates (see the module docstring).

    >>> t = "On Sept. 31, Russian forces shelled 3 towns."
    >>> qs = [Quantity(31, "", "31", 9, 11), Quantity(3, "towns", "3", 36, 37)]
    >>> [q.value for q in not_month_days(t, qs)]
    [3]
    """
    out = []
    for q in found:
        digits = q.text.isdigit()
        if digits and len(q.text) <= 2 and q.value <= 31 and (
            _MONTH_BEFORE.search(text, max(0, q.start - 12), q.start)
            or _MONTH_AFTER.match(text, q.end)
        ):
            continue  # "Sept. 31", "31 September"
        if digits and len(q.text) == 4 and _DAY_BEFORE_YEAR.search(
            text, max(0, q.start - 18), q.start
        ):
            continue  # "Feb. 30, 2026"
        out.append(q)
    return out

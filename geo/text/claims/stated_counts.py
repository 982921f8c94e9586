"""Claims stage 4, linking (counts): which numbers of a text count or measure something.

Numeric dates ("on 13.06"), coordinates ("at 47.58, 35.62", "48°30′N"), reporting
periods ("over the past 24 hours"), ages ("children aged 8 and 13"), "one" of "one
family" and structural numbers (a thread's "4/") are no counts: :func:`stated_counts`
leaves them out of the quantities a claim lists. Moved from :mod:`.linking` (same
answers). Linear: one pass over the quantities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .structural import structural_numbers

__all__ = ["stated_counts"]


#: A number written as day.month ("13.06", "01.06"): the day, then a two-digit month.
#: A reporting period: "over the past 24 hours", "in the last two days".
_PERIOD_UNITS = frozenset(("hours", "hour", "days", "day", "weeks", "week"))
_PERIOD_LEAD = re.compile(r"\b(?:the\s+)?(?:past|last|previous|preceding)\s+$", re.IGNORECASE)
_DAY_MONTH = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])")
#: A word that introduces a date, just before a number ("on 13.06", "since 01.06").
_DATE_LEAD = re.compile(
    r"\b(?:on|since|from|until|till|before|after|between|through|as\s+of)\s+$", re.IGNORECASE
)
#: A word that joins a second date to a first ("from 01.06 to 13.06", "12.06-13.06").
_DATE_JOIN = re.compile(r"\s*(?:to|and|until|till|through|[-–—])\s*$", re.IGNORECASE)
#: The word that gives ages, just before a number ("children aged 8 and 13", "aged
#: between 5 and 12").
_AGE_LEAD = re.compile(r"\baged\s+(?:between\s+|from\s+|up\s+to\s+)?$", re.IGNORECASE)
#: What joins a further age to a first ("aged 8 and 13", "aged 4, 9 and 11", "aged 5-12").
_AGE_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and|or|to|[-–—])\s*$", re.IGNORECASE)
#: What may stand between the latitude and the longitude of a coordinate pair.
_COORD_SEP = re.compile(r"\s*°?\s*[NS]?\s*[,;/]?\s*[-−]?$")
#: A part of a coordinate in degrees, minutes and seconds: "48°30′N", "37° 54' E", "30.21°E".
_DMS_PART = re.compile(r"\s*[°º′'″\"]\s*(?:\d+(?:\.\d+)?\s*[°º′'″\"]\s*){0,2}[NSEW]\b")
#: A third number after a pair: a list of figures ("1.5, 2.5 and 3.5"), not a position.
_LIST_GOES_ON = re.compile(r"\s*°?\s*[EW]?\s*(?:,|\band\b|\bor\b)\s*-?\d")


def stated_counts(text: str, quantities: Sequence[Any]) -> list[Any]:
    """The quantities of ``text`` that count or measure something: numeric dates and
    coordinates left out.

    A number written as day.month after a word that introduces a date ("On 13.06
    forces attacked", "since 01.06", "from 01.06 to 13.06") is a date; two decimal
    numbers in a row ("at 47.58, 35.62", "48.5°N 37.9°E"), the first with no counted
    noun, within latitude and longitude ranges and not the start of a longer list,
    are a position, and so is a number of degrees, minutes or seconds before a
    hemisphere ("48°30′N 37°54′E"); a reporting period ("over the past 24 hours")
    counts nothing either. One pass over ``quantities`` (in text order).

    Examples
    --------
    >>> from geo.text.numbers import find_quantities
    >>> t = "On 13.06 forces shelled a depot at 47.58, 35.62, wounding 4 soldiers."
    >>> [q.text for q in stated_counts(t, find_quantities(t))]
    ['4']
    >>> t = "Over the past 24 hours, 40 drones were downed; 2 days of talks."
    >>> [q.text for q in stated_counts(t, find_quantities(t))]
    ['40', '2']
    >>> t = "Prices rose 12.05 percent; 1.5, 2.5 and 3.5 tonnes were lost."
    >>> [q.text for q in stated_counts(t, find_quantities(t))]
    ['12.05', '1.5', '2.5', '3.5']
    """
    drop: set[int] = set()
    last_date_end = -1
    for i, q in enumerate(quantities):
        if _DAY_MONTH.fullmatch(q.text):
            lead = text[max(0, q.start - 12) : q.start]
            joined = last_date_end >= 0 and _DATE_JOIN.match(text, last_date_end, q.start)
            if _DATE_LEAD.search(lead) or joined:
                drop.add(i)
                last_date_end = q.end
                continue
        if q.unit in _PERIOD_UNITS and _PERIOD_LEAD.search(text, max(0, q.start - 24), q.start):
            drop.add(i)  # "over the past 24 hours": when it was counted, not a count
        elif _DMS_PART.match(text, q.end):
            drop.add(i)  # "48°30′N": degrees and minutes of a position
        elif i + 1 < len(quantities) and _coordinates(text, q, quantities[i + 1]):
            drop.update((i, i + 1))
    drop.update(_ages(text, quantities), structural_numbers(text, quantities))  # "4/ "
    drop.update(i for i, q in enumerate(quantities) if _one_family(text, q))
    return [q for i, q in enumerate(quantities) if i not in drop]


#: "of one family", "from the same household": whose members were counted, not a count.
_ONE_FAMILY = re.compile(r"\b(?:of|from)\s+$", re.IGNORECASE)
_FAMILY_UNITS = frozenset(("family", "household", "clan"))


def _one_family(text: str, q: Any) -> bool:
    """Whether ``q`` is the "one" of "eight members of one family" (no count of families).

    >>> from geo.text.numbers import find_quantities
    >>> t = "Eight members of one family and one household were killed."
    >>> [x.text for x in find_quantities(t) if not _one_family(t, x)]
    ['Eight', 'one']
    """
    return (
        q.text.lower() == "one"
        and q.unit in _FAMILY_UNITS
        and _ONE_FAMILY.search(text, max(0, q.start - 6), q.start) is not None
    )


def _ages(text: str, quantities: Sequence[Any]) -> set[int]:
    """The indices of the bare numbers that give ages, not counts: those after "aged"
    and those joined to them ("two children aged 8 and 13": 8 and 13, not the 2).

    >>> from geo.text.numbers import find_quantities
    >>> t = "Two children aged 8 and 13 were hurt, and 5 adults aged 30-41."
    >>> qs = find_quantities(t)
    >>> [qs[i].text for i in sorted(_ages(t, qs))]
    ['8', '13', '30', '41']
    """
    ages: set[int] = set()
    last_end = -1
    for i, q in enumerate(quantities):
        if q.unit:
            continue
        joined = last_end >= 0 and _AGE_JOIN.fullmatch(text, last_end, q.start)
        if joined or _AGE_LEAD.search(text, max(0, q.start - 24), q.start):
            ages.add(i)
            last_end = q.end
    return ages


def _coordinates(text: str, lat: Any, lon: Any) -> bool:
    """Whether two quantities in a row are a latitude and a longitude."""
    if "." not in lat.text or "." not in lon.text or lat.unit:
        return False
    if not _COORD_SEP.match(text, lat.end, lon.start) or lon.start - lat.end > 7:
        return False
    if abs(lat.value) > 90 or abs(lon.value) > 180:
        return False
    if _LIST_GOES_ON.match(text, lon.end):
        return False
    degrees = "°" in text[lat.end : lon.start + 1] or text.startswith("°", lon.end)
    precise = min(len(lat.text.split(".")[1]), len(lon.text.split(".")[1])) >= 2
    return not lon.unit or degrees or precise

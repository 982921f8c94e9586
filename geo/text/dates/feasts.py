"""Dates, feasts: holidays named instead of a date ("on Palm Sunday", "at Christmas").

A movable feast falls on a day computed for its year (``dateutil.easter``: the Western
or, after "Orthodox", the Orthodox Easter, in the Gregorian calendar): Easter Sunday,
Palm Sunday a week before, Good Friday, Holy Saturday, Maundy Thursday, Easter Monday,
Ascension Day (39 days after), Pentecost (49 days after). A fixed one has its day:
Christmas Day (25 December; Orthodox Christmas 7 January), Christmas Eve, New Year's Day
and Eve, and the Independence Day of a country the words name ("Ukraine's Independence
Day", "Indian Independence Day", "Independence Day of Kosovo"); "Independence Day" of no
country named is no date (whose?).

A bare "Easter" or "Christmas" is a date only after a preposition ("on Easter", "over
Christmas", "before Orthodox Easter"): "a Christmas market", "Easter eggs" name none.
The year is the one stated ("Easter 2024", "Christmas Day, 2023"), else chosen as for a
year-less date (:mod:`~geo.text.dates.resolution`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from ..fold import ascii_lowered
from ..scans import matches_from

__all__ = ["FEAST", "feast_day", "feast_key", "feast_start", "feasts", "nearest_feast"]

#: Days from Easter Sunday of the movable feasts.
_MOVABLE: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "palm sunday": -7,
    "maundy thursday": -3, "holy thursday": -3, "good friday": -2, "holy friday": -2,
    "holy saturday": -1, "easter monday": 1, "ascension day": 39, "pentecost": 49,
    "whit sunday": 49, "whitsunday": 49, "trinity sunday": 49,
}  # fmt: skip
#: (month, day) of the fixed feasts; the Orthodox ones under "orthodox ...".
_FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "orthodox christmas": (1, 7), "orthodox christmas day": (1, 7),
    "orthodox christmas eve": (1, 6), "new year's day": (1, 1), "new year's eve": (12, 31),
}  # fmt: skip
#: Independence days by the words naming the country (its name or demonym).
_INDEPENDENCE: dict[str, tuple[int, int]] = {
    **dict.fromkeys(("ukraine", "ukrainian"), (8, 24)),
    **dict.fromkeys(("us", "u.s.", "american", "united states"), (7, 4)),
    **dict.fromkeys(("india", "indian"), (8, 15)),
    **dict.fromkeys(("pakistan", "pakistani"), (8, 14)),
    **dict.fromkeys(("moldova", "moldovan"), (8, 27)),
    **dict.fromkeys(("georgia", "georgian"), (5, 26)),
    **dict.fromkeys(("armenia", "armenian"), (9, 21)),
    **dict.fromkeys(("belarus", "belarusian"), (7, 3)),
    **dict.fromkeys(("kazakhstan", "kazakh"), (12, 16)),
    **dict.fromkeys(("kosovo", "kosovar"), (2, 17)),
    **dict.fromkeys(("mexico", "mexican"), (9, 16)),
    **dict.fromkeys(("philippines", "philippine", "filipino"), (6, 12)),
    **dict.fromkeys(("indonesia", "indonesian"), (8, 17)),
    **dict.fromkeys(("nigeria", "nigerian"), (10, 1)),
    **dict.fromkeys(("ghana", "ghanaian"), (3, 6)),
    **dict.fromkeys(("south sudan", "south sudanese"), (7, 9)),
    **dict.fromkeys(("sudan", "sudanese"), (1, 1)),
    **dict.fromkeys(("lebanon", "lebanese"), (11, 22)),
}
_COUNTRY = "|".join(
    re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_INDEPENDENCE, key=len, reverse=True)
)
_PREPOSITION = r"(?:on|at|over|by|until|till|since|before|after|during|for|ahead\s+of)\s+"
#: A feast's name (see the module docstring), with the year it may state.
FEAST = re.compile(
    r"(?<![\w-])(?:"
    # names with a day in them are dates anywhere
    r"(?P<o1>Orthodox\s+|Catholic\s+|Western\s+)?(?P<day>Palm\s+Sunday|Maundy\s+Thursday|"
    r"Holy\s+(?:Thursday|Friday|Saturday)|Good\s+Friday|Easter\s+(?:Sunday|Monday|Day)|"
    r"Ascension\s+Day|Pentecost(?:\s+Sunday)?|Whit\s*[Ss]unday|Trinity\s+Sunday|"
    r"Christmas\s+(?:Day|Eve)|New\s+Year[’']s\s+(?:Day|Eve))|"
    # a bare Easter or Christmas after a preposition, or named Orthodox
    r"(?:(?P<prep>" + _PREPOSITION + r"(?:(?:the|last|next|this)\s+)?)"
    r"(?P<o2>Orthodox\s+|Catholic\s+|Western\s+)?|(?P<o3>Orthodox\s+))(?P<bare>Easter|Christmas)"
    r"(?!\s+(?:Day|Eve|Sunday|Monday)\b)|"
    # or with its year: "Easter 2024"
    r"(?P<bare2>Easter|Christmas)(?=,?\s+(?:19|20)\d\d\b)|"
    # an Independence Day of a country named
    r"(?P<country>" + _COUNTRY + r")(?:[’']s)?\s+Independence\s+Day|"
    r"Independence\s+Day\s+of\s+(?:the\s+)?(?P<country2>" + _COUNTRY + r")"
    r")(?![\w-])(?:,?\s+(?P<y>(?:19|20)\d\d)(?![\d,.]\d))?",
    re.IGNORECASE,
)


#: How far a feast's words reach around the word every match holds (characters).
_AROUND = 48
#: What every :data:`FEAST` match holds, searched on the ASCII-lowered text (no
#: ``re.I``: fast): the names are searched only around these.
_NEED = re.compile(
    r"easter|christmas|palm\s+sunday|good\s+friday|holy\s+(?:thu|fri|sat)|maundy|whit|"
    r"trinity\s+sunday|pentecost|ascension|independence|new\s+year"
)


#: The words a :data:`_NEED` match begins with: the only places it is tried.
_NEED_STARTS = (
    "easter", "christmas", "palm", "good", "holy", "maundy", "whit", "trinity", "pentecost",
    "ascension", "independence", "new",
)  # fmt: skip


def feasts(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The :data:`FEAST` matches in ``text[start:end]``, in text order: searched only
    around the words every match holds (linear, a small window each)."""
    last = start
    for hint in matches_from(_NEED, ascii_lowered(text), _NEED_STARTS, None, start, end):
        if hint.start() < last:
            continue
        lo, hi = max(last, hint.start() - _AROUND), min(end, hint.end() + _AROUND)
        m = FEAST.search(text, lo, hi)
        while m is not None:
            yield m
            last = m.end()
            m = FEAST.search(text, last, hi) if last < hint.end() else None
        last = max(last, hint.end())


def feast_start(m: re.Match[str]) -> int:
    """Where the feast's name begins in a :data:`FEAST` match (after its preposition:
    "on" is read with every date's)."""
    return m.end("prep") if m["prep"] is not None else m.start()


def feast_key(m: re.Match[str]) -> tuple[str, bool]:
    """The feast a :data:`FEAST` match names, lower-cased with single spaces, and whether
    it is the Orthodox one.

    Examples
    --------
    >>> feast_key(FEAST.search("a strike on Palm Sunday killed 35"))
    ('palm sunday', False)
    >>> feast_key(FEAST.search("shelled over Orthodox Easter"))
    ('easter', True)
    >>> feast_key(FEAST.search("on Ukraine's Independence Day"))
    ('independence ukraine', False)
    """
    country = m["country"] or m["country2"]
    if country:
        return "independence " + " ".join(country.lower().split()), False
    name = m["day"] or m["bare"] or m["bare2"]
    key = " ".join(name.lower().replace("’", "'").split())
    key = "whit sunday" if key == "whitsunday" else key
    orthodox = (m["o1"] or m["o2"] or m["o3"] or "").strip().lower() == "orthodox"
    return key, orthodox


def feast_day(key: str, orthodox: bool, year: int) -> dt.date | None:
    """The day of the feast ``key`` (see :func:`feast_key`) in ``year``, None when the
    calendar has none (dateutil computes Easter for years 1583-4099).

    Examples
    --------
    >>> feast_day("palm sunday", False, 2025)
    datetime.date(2025, 4, 13)
    >>> feast_day("easter", True, 2024)
    datetime.date(2024, 5, 5)
    >>> feast_day("christmas", True, 2025)
    datetime.date(2025, 1, 7)
    >>> feast_day("independence ukraine", False, 2024)
    datetime.date(2024, 8, 24)
    """
    if key.startswith("independence "):
        month, day = _INDEPENDENCE[key.removeprefix("independence ")]
        return dt.date(year, month, day)
    if key in _MOVABLE:
        if not 1583 <= year <= 4099:
            return None
        sunday = easter(year, EASTER_ORTHODOX if orthodox else EASTER_WESTERN)
        return sunday + dt.timedelta(days=_MOVABLE[key])
    month, day = _FIXED[("orthodox " + key) if orthodox and "christmas" in key else key]
    return dt.date(year, month, day)


def nearest_feast(key: str, orthodox: bool, ref: dt.date, step: int = 0) -> dt.date | None:
    """The day of the feast ``key`` nearest ``ref`` (the year before, the same or the one
    after), or with ``step`` -1 the last before ``ref`` ("last Easter"), +1 the next after
    it ("next Christmas").

    Examples
    --------
    >>> nearest_feast("palm sunday", False, dt.date(2025, 7, 10))
    datetime.date(2025, 4, 13)
    >>> nearest_feast("christmas", False, dt.date(2025, 1, 10))
    datetime.date(2024, 12, 25)
    >>> nearest_feast("easter", False, dt.date(2025, 7, 10), step=1)
    datetime.date(2026, 4, 5)
    """
    days = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        if dt.MINYEAR <= year <= dt.MAXYEAR and (day := feast_day(key, orthodox, year)):
            days.append(day)
    if step < 0:
        days = [d for d in days if d < ref][-1:]
    elif step > 0:
        days = [d for d in days if d > ref][:1]
    return min(days, key=lambda d: abs((d - ref).days), default=None)

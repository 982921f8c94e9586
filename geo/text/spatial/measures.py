"""Measurements: numbers, stated distances, bearings and the radii the map draws.

Plain functions from a phrase's text to values in km or degrees
(:func:`parse_number`, :func:`parse_distance`, :func:`compass_bearing`) and the
conventions that turn a place into a radius (:func:`near_radius_km`,
:func:`outskirts_band_km`, :func:`ring_uncertainty_km`).
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from ...model import Place
from .vocabulary import (
    _METRIC,
    _NEAR_MARGIN_KM,
    _ONES,
    _QTY_FULL,
    _SIMPLE_NAMED,
    _TENS,
    _URBAN_DENSITY_PER_KM2,
    COMPASS_POINTS,
    UNITS_KM,
)

__all__ = [
    "Distance",
    "compass_bearing",
    "counted_population",
    "near_radius_km",
    "outskirts_band_km",
    "parse_distance",
    "parse_number",
    "ring_uncertainty_km",
    "stated_distance",
]


# --------------------------------------------------------------------------- numbers


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or English words, or None.

    Parameters
    ----------
    text : str
        "16", "1,500", "2.5", "ten", "twenty-five", "a dozen", "a hundred",
        "half a", "one and a half". Vague amounts ("a few", "several") are None.

    Examples
    --------
    >>> parse_number("1,500"), parse_number("twenty-five"), parse_number("a dozen")
    (1500.0, 25.0, 12.0)
    >>> parse_number("one and a half"), parse_number("half a"), parse_number("a few")
    (1.5, 0.5, None)
    """
    s = text.strip().lower()
    if not s:
        return None
    if s[0] in "-−" and s[1:2].isdigit():  # a minus sign: "-30" (a distance then refused)
        value = parse_number(s[1:])
        return None if value is None else -value
    if s[0].isdigit():
        try:
            return float(s.replace(",", ""))
        except ValueError:
            return _power(s)
    if s in ("nan", "infinity"):  # read, and refused as a distance (with a warning)
        return float(s)
    words = re.findall(r"[a-z]+", s)
    if words in (["half", "a"], ["half", "an"]):
        return 0.5
    extra = 0.0
    if words[-3:] == ["and", "a", "half"]:
        extra, words = 0.5, words[:-3]
    total, current, last = 0, 0, ""
    for w in words:
        if w == "and":
            continue
        if w in ("a", "an"):
            if last:
                return None
            current, last = 1, "a"
        elif w in _ONES:
            if last in ("ones", "a", "dozen") or (last == "tens" and _ONES[w] >= 10):
                return None
            current, last = current + _ONES[w], "ones"
        elif w in _TENS:
            if last in ("ones", "tens", "a", "dozen"):
                return None
            current, last = current + _TENS[w], "tens"
        elif w == "hundred":
            if last in ("hundred", "dozen"):
                return None
            current, last = (current or 1) * 100, "hundred"
        elif w == "thousand":
            if last == "thousand":
                return None
            total, current, last = total + (current or 1) * 1000, 0, "thousand"
        elif w == "dozen":
            if last == "dozen":
                return None
            current, last = (current or 1) * 12, "dozen"
        else:
            return None
    value = total + current + extra
    return float(value) if value > 0 else None


def _power(text: str) -> float | None:
    """``"10^4"`` (a power written with a caret) as a float: ``inf`` past the floats,
    ``None`` for anything else.

    >>> _power("10^4"), _power("10 ^ 400"), _power("10^x")
    (10000.0, inf, None)
    """
    base, caret, exponent = text.partition("^")
    try:
        b, e = float(base), int(exponent.strip())
    except ValueError:
        return None
    if not caret:
        return None
    try:
        return b**e  # a float: overflows at once rather than growing a huge integer
    except OverflowError:
        return math.inf
    except ZeroDivisionError:
        return None


def _unit_key(unit: str) -> str | None:
    u = re.sub(r"[\s-]+", " ", unit.strip().lower())
    if u.startswith("nautical") or u in ("nmi", "nm"):
        return "nmi"
    if u.startswith(("kilomet", "klick")) or u in ("km", "kms"):
        return "km"
    if u.startswith("met") or u == "m":
        return "m"
    if u.startswith("mile") or u == "mi":
        return "mi"
    if u in ("feet", "foot", "ft"):
        return "ft"
    if u.startswith(("yard", "yd")):
        return "yd"
    return None


class Distance(NamedTuple):
    """A stated distance in km: ``km`` is the value used (the largest of a range)."""

    km: float
    min_km: float | None  # both set for a range ("10 to 15 km"), else None
    max_km: float | None
    unit: str  # canonical unit of the value used: km, m, mi, nmi, ft, yd
    text: str


def _parts(text: str) -> list[tuple[float, float, str]]:
    """Every (low, high, unit) a quantity text states, in text order."""
    out: list[tuple[float, float, str]] = []
    for m in _SIMPLE_NAMED.finditer(text):
        if m.group("bu"):
            a, b, ua, ub = m.group("b1"), m.group("b2"), m.group("bu"), m.group("bu")
        elif m.group("ru2"):
            a, b, ua, ub = m.group("r1"), m.group("r2"), m.group("ru1") or "", m.group("ru2")
        elif m.group("du2"):
            a, b, ua, ub = m.group("d1"), m.group("d2"), m.group("du1") or "", m.group("du2")
        else:
            a, b, ua, ub = m.group("n"), None, m.group("u"), m.group("u")
        va = parse_number(a)
        vb = parse_number(b) if b is not None else va
        kb = _unit_key(ub)
        ka = _unit_key(ua) if ua else kb
        if va is None or vb is None or ka is None or kb is None:
            continue
        if ka != kb:  # "10 miles or 16 km": two statements of one distance
            out.append((va * UNITS_KM[ka], va * UNITS_KM[ka], ka))
            out.append((vb * UNITS_KM[kb], vb * UNITS_KM[kb], kb))
            continue
        lo, hi = sorted((va * UNITS_KM[kb], vb * UNITS_KM[kb]))
        out.append((lo, hi, kb))
    return out


def parse_distance(text: str) -> Distance | None:
    """The distance a quantity phrase states, in km, preferring the metric statement.

    Parameters
    ----------
    text : str
        A distance, optionally with a qualifier and restated in another unit:
        "10 miles (16 kilometers)", "about 5 miles", "10 to 15 km", "ten nautical miles".

    Returns
    -------
    Distance or None
        None when the text is not (only) a distance with a unit.

    Examples
    --------
    >>> parse_distance("10 miles (16 kilometers)").km
    16.0
    >>> round(parse_distance("5 miles").km, 5), parse_distance("ten nautical miles").km
    (8.04672, 18.52)
    >>> d = parse_distance("10-15 km")
    >>> d.km, d.min_km, d.max_km
    (15.0, 10.0, 15.0)
    >>> parse_distance("ten days") is None
    True
    """
    if not isinstance(text, str) or not _QTY_FULL.fullmatch(text):
        return None
    return stated_distance(text)


def stated_distance(text: str) -> Distance | None:
    """:func:`parse_distance` of a text already known to be a quantity: the ``qty``
    group of a distance pattern's match (which the quantity pattern always matches
    whole; tests check it), without matching it again."""
    parts = _parts(text)
    if not parts:
        return None
    lo, hi, unit = next((p for p in parts if p[2] in _METRIC), parts[0])
    # 0 km is a distance too: the statement that states it is skipped with a warning
    # (spatial.context.check_distance_km), not silently.
    if hi > lo:
        return Distance(hi, lo, hi, unit, text.strip())
    return Distance(hi, None, None, unit, text.strip())


# --------------------------------------------------------------------------- conventions


def ring_uncertainty_km(radius_km: float) -> float:
    """Half-width of the band drawn around an approximate distance, km.

    10 % of the distance, at least 1 km, but at most half the distance.

    Examples
    --------
    >>> ring_uncertainty_km(16.0), ring_uncertainty_km(5.0), ring_uncertainty_km(0.5)
    (1.6, 1.0, 0.25)
    """
    r = float(radius_km)
    return round(max(0.1 * r, min(1.0, 0.5 * r)), 6)


def compass_bearing(word: str) -> tuple[float, float] | None:
    """(bearing_deg, half_sector_deg) of a compass direction, or None.

    Words ("north-east", "northeast", "north east", "north-northeast") and
    abbreviations ("NE", "NNE"). The half sector is 22.5 deg for the 8 main
    points and 11.25 deg for the 16-point names.

    Examples
    --------
    >>> compass_bearing("north-west"), compass_bearing("NNE"), compass_bearing("South")
    ((315.0, 22.5), (22.5, 11.25), (180.0, 22.5))
    >>> compass_bearing("up") is None
    True
    """
    w = word.strip()
    if w.isupper() and w in COMPASS_POINTS:
        abbr = w
    else:
        letters = re.sub(r"[^a-z]", "", w.lower())
        abbr = ""
        for part in ("north", "south", "east", "west"):
            letters = letters.replace(part, part[0].upper())
        abbr = letters
    if abbr not in COMPASS_POINTS:
        return None
    return COMPASS_POINTS[abbr], 11.25 if len(abbr) == 3 else 22.5


#: A city named like its own first-level region (Kherson in Kherson Oblast) of this many
#: people at least is the region's seat ...
_SEAT_MIN_POPULATION = 50_000
#: ... and is drawn at least as large as a city of this many: a regional capital's
#: GeoNames figure may be a wartime count (Kherson: 66,000, against 280,000 before 2022)
#: while its streets stay where they were.
_SEAT_POPULATION = 250_000


def urban_radius_km(place: Place) -> float:
    """Radius, km, of a disk holding the population at 3,000 people per km², 1-20 km
    (where a town's edge is taken to lie).

    A city of 50,000 people at least named like its own first-level region counts
    :data:`_SEAT_POPULATION` people at least (a regional capital: 5.2 km).

    Examples
    --------
    >>> kherson = Place(706448, "Kherson", "place", "UA", 46.63695, 32.61458,
    ...                 admin1_name="Kherson", population=66000)
    >>> round(urban_radius_km(kherson), 1)
    5.2
    >>> round(urban_radius_km(Place(1, "Izium", "place", "UA", 49.2, 37.3,
    ...                             admin1_name="Kharkiv", population=45884)), 1)
    2.2
    """
    r = math.sqrt(counted_population(place) / (math.pi * _URBAN_DENSITY_PER_KM2))
    return min(max(r, 1.0), 20.0)


def counted_population(place: Place) -> int:
    """The people :func:`urban_radius_km` draws ``place`` for: its population, and at
    least :data:`_SEAT_POPULATION` for a city of 50,000 named like its own first-level
    region (a regional seat: Kherson in Kherson Oblast).

    Examples
    --------
    >>> counted_population(Place(1, "Kherson", "place", "UA", 46.6, 32.6,
    ...                          admin1_name="Kherson", population=66000))
    250000
    """
    people = max(place.population, 0)
    if people >= _SEAT_MIN_POPULATION and place.name == place.admin1_name:
        return max(people, _SEAT_POPULATION)
    return people


def near_radius_km(place: Place) -> float:
    """Radius, km, of the disk drawn for "near P": an urban radius plus 10 km.

    The urban radius is that of a disk holding the population at 3,000 people
    per km², clamped to 1-20 km (so 11 km for a village, about 15 km for a
    city of 250,000, 22 km for Kharkiv).

    Examples
    --------
    >>> sumy = Place(692194, "Sumy", "place", "UA", 50.91741, 34.79906, population=256474)
    >>> round(near_radius_km(sumy), 1)
    15.2
    """
    return round(urban_radius_km(place) + _NEAR_MARGIN_KM, 3)


def outskirts_band_km(place: Place) -> tuple[float, float]:
    """(inner_km, outer_km) of the band drawn for "the outskirts of P".

    From 0.6 x the urban radius (see :func:`near_radius_km`) to the urban
    radius plus max(2 km, half of it).

    Examples
    --------
    >>> sumy = Place(692194, "Sumy", "place", "UA", 50.91741, 34.79906, population=256474)
    >>> [round(x, 1) for x in outskirts_band_km(sumy)]
    [3.1, 7.8]
    """
    r = urban_radius_km(place)
    return round(0.6 * r, 3), round(r + max(2.0, 0.5 * r), 3)

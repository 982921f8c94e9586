"""Relative-location hints, geometry: whether a candidate lies where a hint says
(:func:`fits`), and the point and area a hint allows for a place the gazetteer lacks
(:func:`estimate`: a geodesic annulus sector around the anchor).
"""

from __future__ import annotations

from shapely.geometry import Polygon

from ...gazetteer.codes import QUALITY_ALIAS
from ...geometry import bearing_deg, distance_km, offset, ring
from .base import (
    CITY_POPULATION,
    TOWN_POPULATION,
    UNSTATED_CITY_FIT_KM,
    UNSTATED_FIT_KM,
    UNSTATED_VILLAGE_FIT_KM,
    Hint,
)

__all__ = ["estimate", "fits", "fits_band", "sole_own", "sole_row", "village_within"]

_SECTOR_VERTICES = 17


def fits(
    hint: Hint,
    anchor: tuple[float, float],
    point: tuple[float, float],
    population: int | None = None,
    *,
    anchor_population: int = 0,
    sole: bool = False,
) -> bool:
    """Does ``point`` (lat, lon) lie where the hint says, seen from ``anchor`` (lat, lon)?

    Within the distance band, and within the compass sector widened by 22.5 degrees
    (reporters round bearings to the nearest named point, and analysts call a village
    40 km north by west of Kharkiv "northwest" of it).  With a direction and no
    stated distance, a known town fits up to :data:`UNSTATED_FIT_KM` away, a known
    village (``population`` under :data:`TOWN_POPULATION`) up to
    :data:`UNSTATED_VILLAGE_FIT_KM`, a city (:data:`CITY_POPULATION`) up to
    :data:`UNSTATED_CITY_FIT_KM`; ``population=None`` (unknown) is read as a town.
    Seen from a city (``anchor_population`` of :data:`CITY_POPULATION` or more) a
    village fits as far as a town: a city anchors a wider area ("Oleksandrivka, west of
    Kramatorsk", 48 km).  A place with no namesake (``sole``) fits as far as a city:
    nothing else of its name can be meant ("Aguelhok, north of Kidal", 115 km).

    Examples
    --------
    >>> h = Hint(1, 135.0, 22.5, 2.0, 40.0, None, 0, 0)
    >>> fits(h, (48.28, 37.18), (48.10, 37.40)), fits(h, (48.28, 37.18), (48.53, 37.71))
    (True, False)

    A village 85 km south-west of its anchor is a namesake, a town that far is not:

    >>> sw = Hint(1, 225.0, 22.5, 2.0, 40.0, None, 0, 0)
    >>> far = (47.68, 36.48)  # 85 km south-west of (48.28, 37.18)
    >>> fits(sw, (48.28, 37.18), far, 900), fits(sw, (48.28, 37.18), far, 20_000)
    (False, True)

    ... unless the anchor is a city, or the village has no namesake:

    >>> fits(sw, (48.28, 37.18), far, 900, anchor_population=150_000)
    True
    >>> farther = (46.90, 35.70)  # 190 km south-west
    >>> fits(sw, (48.28, 37.18), farther, 900), fits(sw, (48.28, 37.18), farther, 900, sole=True)
    (False, True)
    """
    d = distance_km(anchor, point)
    hi_km = hint.max_km
    if hint.distance_km is None and hint.bearing_deg is not None:
        # No stated distance: a known place up to UNSTATED_FIT_KM away fits ("Vovchansk,
        # north-east of Kharkiv", 70 km); an unknown one is still estimated within the
        # narrower UNSTATED_BAND_KM.
        if population is None or CITY_POPULATION > population >= TOWN_POPULATION:
            hi_km = max(hi_km, UNSTATED_FIT_KM)
        elif population < TOWN_POPULATION and anchor_population < CITY_POPULATION:
            hi_km = max(hi_km, UNSTATED_VILLAGE_FIT_KM)
        elif population < CITY_POPULATION:
            hi_km = max(hi_km, UNSTATED_FIT_KM)
        else:
            hi_km = max(hi_km, UNSTATED_CITY_FIT_KM)
        if sole:
            hi_km = max(hi_km, UNSTATED_CITY_FIT_KM)
    if not hint.min_km <= d <= hi_km:
        return False
    if hint.bearing_deg is None:
        return True
    b = bearing_deg(anchor, point)
    off = abs((b - hint.bearing_deg + 180.0) % 360.0 - 180.0)
    return off <= hint.half_sector_deg + 22.5


def estimate(hint: Hint, anchor: tuple[float, float]) -> tuple[tuple[float, float], Polygon]:
    """The point (lat, lon) a hint puts a place at, seen from ``anchor`` (lat, lon), and
    the area it allows: the geodesic annulus sector of its bearings and distances.

    Examples
    --------
    >>> h = Hint(1, 270.0, 22.5, 6.0, 14.0, 10.0, 0, 0)
    >>> (lat, lon), area = estimate(h, (48.0, 37.0))
    >>> round(lat, 2), round(lon, 2), area.contains(area.centroid)
    (48.0, 36.87, True)

    A hint with no direction ("near X and Y") puts the place at the anchor, within the
    disc of the hint's largest distance.
    """
    if hint.bearing_deg is None or hint.half_sector_deg >= 180.0:
        # Any direction: near the anchor, or a part of the anchor's town.
        area = ring(anchor, hint.max_km)
        return anchor, area  # type: ignore[return-value]
    distance = hint.distance_km
    if distance is None:
        distance = (hint.min_km + hint.max_km) / 2
    point = offset(anchor, distance, hint.bearing_deg)
    half = hint.half_sector_deg
    step = 2 * half / (_SECTOR_VERTICES - 1)
    bearings = [hint.bearing_deg - half + step * k for k in range(_SECTOR_VERTICES)]
    outer = [offset(anchor, hint.max_km, b % 360.0) for b in bearings]
    inner = [offset(anchor, max(hint.min_km, 0.01), b % 360.0) for b in reversed(bearings)]
    lon0 = anchor[1]
    coords = [(lon0 + (p.x - lon0 + 180.0) % 360.0 - 180.0, p.y) for p in outer + inner]
    if any(not -180.0 <= x <= 180.0 for x, _ in coords):  # across the antimeridian
        return (point.y, point.x), ring((point.y, point.x), (hint.max_km - hint.min_km) / 2)
    return (point.y, point.x), Polygon(coords)


#: "X near Y" with a village of the name this near Y: a town of the name fits only as near.
NEAR_VILLAGE_KM = 15.0


def village_within(hint: Hint | None, anchor: tuple[float, float] | None, rows) -> float | None:
    """The hint's own band (km, ``hint.max_km``) when a village among the candidates'
    gazetteer ``rows`` (under :data:`TOWN_POPULATION`) fits a stated direction with no
    stated distance within it, else None.  A town then fits only that near, not as far as
    :data:`UNSTATED_FIT_KM`: "Sofiivka (east of Dobropillia)" is the village 21 km east,
    not the town of 11,000 people 80 km east.  For a bare "near" (no direction, no
    distance) :data:`NEAR_VILLAGE_KM` when such a village lies that near the anchor:
    "Nikolayevka near Konstantinovka" is the village 9 km off, not the town of 14,000
    people 37 km off (by Sloviansk), which "near" alone would let fit (asked only for
    a name in no list: "near Konstantinovka, Druzhkovka and Seversk" is the city)."""
    if hint is None or anchor is None or hint.distance_km is not None:
        return None
    if hint.bearing_deg is None:  # "X near Y": a village of the name next to Y
        near = any(
            rr.kind == "place"
            and rr.population < TOWN_POPULATION
            and distance_km(anchor, rr.lat_lon) <= NEAR_VILLAGE_KM
            for rr in rows
        )
        return NEAR_VILLAGE_KM if near else None
    for rr in rows:
        if (
            rr.kind == "place"
            and rr.population < TOWN_POPULATION
            and distance_km(anchor, rr.lat_lon) <= hint.max_km
            and fits(hint, anchor, rr.lat_lon, rr.population)
        ):
            return hint.max_km
    return None


def sole_own(gaz, m) -> int | None:
    """The one place among mention ``m``'s candidates, when it is named by its own name or
    an alias (not an alternate name or a spelling: "Beit Jinn" is no name of Yavne'el of
    its own), or None."""
    places = [c for c in m.candidates if gaz.is_place(c.record)]
    if m.fuzzy or len(places) != 1 or places[0].quality > QUALITY_ALIAS:
        return None
    return places[0].record


def sole_row(gaz, anchor: int | None, m) -> bool:
    """Is the hint's ``anchor`` (record) a city of :data:`CITY_POPULATION` and mention
    ``m``'s name that of one place only (:func:`sole_own`)?  Then no other place of the
    name can be meant, and a stated direction from a city, which anchors a region ("west
    of Kursk City"), fits it as far as a city (:func:`fits`' ``sole``: "Tetkino (west of
    Kursk City)", 139 km); from a town it does not ("Piatykhatky (northwest of
    Vasylivka)": not the town 160 km off)."""
    if anchor is None or gaz.population(anchor) < CITY_POPULATION:
        return False
    return sole_own(gaz, m) is not None


def fits_band(
    hint: Hint, anchor: tuple[float, float], point: tuple[float, float], population: int,
    band: float | None, sole: bool = False,
) -> bool:
    """:func:`fits`, and within ``band`` (km, :func:`village_within`'s answer) for a town
    or a city (:data:`TOWN_POPULATION` people or more) when a village of the name fits
    within the hint's own band: a village fits nearer ("near Shevchenko, northwest of
    Pokrovsk" is the village 12 km off, not Poltava's Shevchenko district of 148,000
    people, 250 km north-west).  ``sole``: as :func:`fits`."""
    fit = fits(hint, anchor, point, population, sole=sole)
    if fit and band and population >= TOWN_POPULATION:
        return distance_km(anchor, point) <= band
    return fit

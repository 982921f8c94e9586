"""A defined place read outside the region its definition states.

"Kingston is a village in Cambridgeshire, England": the gazetteer's Kingstons in
England (Kingston upon Thames, Kingston near Lewes) share the admin-1 code of
Cambridgeshire (GeoNames codes England, "ENG", not its counties), so the stated
region does not tell them apart by code; its polygon does.  A name resolved to a
place outside the polygon of the region stated right after it takes the candidate
inside that polygon, or, with none, no place of its own: it is then located in the
stated region (:func:`geo.text.introduced.container_estimate`), tens of kilometres
from the village rather than a namesake 90 km off.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from shapely.geometry import Point
from shapely.ops import nearest_points

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .tokens import Mention

__all__ = ["BORDER_KM", "outside_stated", "regions_after"]

#: A place this close (km) to the stated region's outline is in it: the polygons are
#: simplified (3 km), a town on a county boundary may lie either side, and an English
#: county as the text names it (the ceremonial one: "Darlington ... in County Durham")
#: holds towns that govern themselves, each its own polygon beside the county's.
BORDER_KM = 15.0

#: The stated region is looked for among this many mentions after the name
#: (as :func:`geo.text.introduced.stated_places` does).
_WINDOW = 6


def _polygon(gaz: Gazetteer, rec: int) -> Any | None:
    """The polygon of region ``rec``, None for a region held as a point only."""
    area = gaz.geometry(rec)
    if area is None or isinstance(area, Point) or area.is_empty:
        return None
    return area


def _inside(gaz: Gazetteer, area: Any, rec: int) -> bool:
    """Does place ``rec`` lie in ``area`` (lon/lat polygon) or within :data:`BORDER_KM`
    of its outline (geodesic distance)?"""
    lat, lon = gaz.lat_lon(rec)
    here = Point(lon, lat)
    if area.covers(here):
        return True
    edge = nearest_points(area, here)[0]
    return distance_km((lat, lon), (edge.y, edge.x)) <= BORDER_KM


def _elsewhere(gaz: Gazetteer, rec: int, region: int) -> bool:
    """Does place ``rec`` lie in another polygon of ``region``'s admin-1 code (another
    English county)?  Only then is it outside the region: a place in none (an island
    the simplified polygons leave out: Poro on the Camotes, in Cebu) is not."""
    lat, lon = gaz.lat_lon(rec)
    here = Point(lon, lat)
    for other in gaz.regions(gaz.country_code(region), gaz.admin1(region)[0]):
        area = _polygon(gaz, other) if other != region else None
        if area is not None and area.covers(here):
            return True
    return False


def _stated_region(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
) -> int | None:
    """The region (admin-1 or admin-2 record with a polygon) stated as mention ``k``'s
    container: the first one resolved among the mentions just after it whose
    (country, admin-1 code) the mention's containers name."""
    regions = {r for r in mentions[k].containers if r[1]}
    if not regions:
        return None
    for _, rec in regions_after(gaz, resolved, k):
        if (gaz.country_code(rec), gaz.admin1(rec)[0]) in regions:
            return rec if _polygon(gaz, rec) is not None else None
    return None


def regions_after(
    gaz: Gazetteer, resolved: Sequence[tuple[int | None, float]], k: int
) -> Iterator[tuple[int, int]]:
    """(mention index, record) of the regions (admin-1, admin-2) resolved among the
    :data:`_WINDOW` mentions after mention ``k``: where a stated container is read."""
    for j in range(k + 1, min(len(resolved), k + 1 + _WINDOW)):
        rec = resolved[j][0]
        if rec is not None and gaz.kind(rec) in ("admin1", "admin2"):
            yield j, rec


def outside_stated(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> tuple[list[tuple[int | None, float]], dict[int, int]]:
    """Resolution with each name read outside its stated region moved into it.

    Parameters
    ----------
    gaz : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (record or None, score)
        Resolution's choice per mention, aligned with ``mentions``.

    Returns
    -------
    (list of (record or None, score), dict of int to int)
        The choices, where a place read outside the region its definition states is
        replaced, in every mention of the name read outside it (but those the text
        places in another container), by the name's candidate inside the region (the
        first in candidate order), or by no place;
        and, for the mentions left without a place, mention index -> the stated region
        (for :func:`geo.text.introduced.container_estimate`).  Linear in the mentions
        (a bounded look after each defined name).
    """
    # key -> (area, inside, region, containers)
    moved: dict[str, tuple[Any, int | None, int, Any]] = {}
    for k, m in enumerate(mentions):
        rec = resolved[k][0]
        if rec is None or m.key in moved or not m.containers or not gaz.is_place(rec):
            continue
        region = _stated_region(gaz, mentions, resolved, k)
        if region is None or (gaz.country_code(region), gaz.admin1(region)[0]) != (
            gaz.country_code(rec),
            gaz.admin1(rec)[0],
        ):
            continue  # a code the reading already weighed, for or against
        area = _polygon(gaz, region)
        if area is None or _inside(gaz, area, rec) or not _elsewhere(gaz, rec, region):
            continue
        inside = next(
            (
                c.record
                for c in m.candidates
                if gaz.is_place(c.record) and _inside(gaz, area, c.record)
            ),
            None,
        )
        moved[m.key] = (area, inside, region, m.containers)
    if not moved:
        return list(resolved), {}
    out = list(resolved)
    stated: dict[int, int] = {}
    for k, m in enumerate(mentions):
        if m.key not in moved:
            continue
        area, inside, region, containers = moved[m.key]
        rec = out[k][0]
        if rec is None or not gaz.is_place(rec) or _inside(gaz, area, rec):
            continue
        if m.containers and m.containers != containers:
            continue  # a namesake the text places elsewhere: "Kingston, Jamaica"
        if inside is not None:
            out[k] = (inside, out[k][1])
        else:
            out[k] = (None, 0.0)
            stated[k] = region
    return out, stated

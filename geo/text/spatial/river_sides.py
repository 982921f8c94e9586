"""A side of a river: "north of the Siverskyi Donets", "the left bank of the Dnipro",
"the east bank of the Oskil River", "the Dnipro's left bank", "about 12 km north of the
Litani River", and a band along one: "along the Oskil River".

Front-line copy places fighting by the river it is on: the feature is the geodesic band
along the river's course (the water table's line, :mod:`geo.text.water`) on the side
stated, :data:`SIDE_DEPTH_KM` deep when no distance is stated (the depth a direction
with no distance is given around a town, :data:`.directed.DIRECTION_RADIUS_KM`, halved:
a side of a river is no farther than the river's own front); with a distance ("12 km
north of"), the strip at that distance from the course on that side (the ring band's
half-width either way, :func:`.measures.ring_uncertainty_km`).  "Along the X" is the
band on both sides, :data:`ALONG_KM` wide.  The course is bounded to :data:`SIDE_REACH_KM`
around the river's point (the point of its course nearest the places its sentence names,
:func:`geo.text.water_places.water_toponyms`), or to :data:`.river_bands.RIVER_REACH_KM`
and clipped to a first-level region named right after ("... in the Kherson region");
only when the sentence names a town or region by the river (:func:`.river_bands.located`).

The sides are single-sided buffers of the course in an azimuthal-equidistant projection
centred on the river's point (metres, exact from the centre, well under 1 % off across a
few hundred km).  A compass side keeps the side whose centre lies that way from the
course's (within 67.5 deg; a river running that way has no such side: nothing).  "Left"
and "right" are the banks facing downstream: the river flows to its mouth, the end of
its course nearest a sea of the water table, else the one end meeting another river,
lake or reservoir (a tributary's); neither known, no bank is read.  ``note`` says so.

Cost: one look-behind a river toponym, the toponyms of its sentence, two buffers of a
bounded line; the seas are read once a process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, Point
from shapely.ops import nearest_points

from ...gazetteer.normalize import normalize
from ...geometry import buffer_km, distance_km, ring
from ...geometry.aeqd import aeqd_transforms
from ...geometry.antimeridian import split_planar
from .context import Candidate, Context, check_distance_km, guarded, make_feature
from .measures import compass_bearing, ring_uncertainty_km, stated_distance
from .regions import border_region_after
from .river_bands import RIVER_REACH_KM, located
from .vocabulary import _QTY, _QUAL, _LazyPattern

__all__ = ["ALONG_KM", "SIDE_DEPTH_KM", "SIDE_REACH_KM", "find_river_sides"]

#: The depth (km) of a river's side stated with no distance.
SIDE_DEPTH_KM = 20.0
#: The half-width (km) of the band "along the X River".
ALONG_KM = 10.0
#: The course is drawn this far (km) around the river's point (no region named after).
SIDE_REACH_KM = 40.0
#: A compass side is kept only if its centre lies within this many degrees of the bearing.
_MAX_OFF_DEG = 67.5

_D = r"(?:north|south|east|west)"
#: Right before the river's name: "(about 12 km) north of the ", "the left bank of the ",
#: "the eastern banks of ", "both banks of the ", "along the ", "along the banks of the ".
_P_BEFORE = _LazyPattern(
    rf"(?i:(?:(?:\b(?P<qual>{_QUAL})\s+)?(?P<qty>{_QTY})\s+)?"
    rf"(?:\b(?P<bank>left|right|both|{_D}(?:ern)?)[\s-]+banks?\s+of\s+(?:the\s+)?"
    rf"|\b(?:to\s+the\s+)?(?P<dir>{_D}(?:[\s-]?{_D}){{0,2}})\s+of\s+(?:the\s+)?"
    r"|\b(?P<along>along(?:side)?)\s+(?:the\s+)?(?:banks?\s+of\s+(?:the\s+)?)?)$)"
)
#: Right after it: "'s left bank", "’s eastern bank".
_P_AFTER = re.compile(rf"['’]s\s+(?P<bank>left|right|{_D}(?:ern)?)[\s-]+banks?\b", re.IGNORECASE)
_LOOK_BEHIND = 80
_SIDE_WORDS = ("bank", "of", "along")


def find_river_sides(ctx: Context) -> list[Candidate]:
    """The sides and bands of rivers the text states (see the module)."""
    out: list[Candidate] = []
    rivers = [i for i, t in enumerate(ctx.toponyms)
              if t.cue == "water" and t.water == "river" and t.geometry is not None
              and t.place is not None]  # fmt: skip
    if not rivers or not any(w in ctx.text.lower() for w in _SIDE_WORDS):
        return out
    starts = [t.start for t in ctx.toponyms]
    for i in rivers:
        t = ctx.toponyms[i]
        before = _P_BEFORE.search(ctx.text, max(0, t.start - _LOOK_BEHIND), t.start)
        after = _P_AFTER.match(ctx.text, t.end) if before is None else None
        if (before is None and after is None) or not located(ctx, i, starts):
            continue
        if before is not None and before.group("qty") and not before.group("dir"):
            continue  # "5 km along the Dnipro", "10 km of the bank of": no side stated
        out.extend(guarded(_side, ctx, i, before, after))
    return out


def _side(
    ctx: Context, i: int, before: re.Match[str] | None, after: re.Match[str] | None
) -> Candidate:
    t = ctx.toponyms[i]
    start = before.start() if before is not None else t.start
    end = after.end() if after is not None else t.end
    inside = border_region_after(ctx, end, None)
    reach = RIVER_REACH_KM if inside is not None else SIDE_REACH_KM
    course = t.geometry.intersection(ring((t.place.lat, t.place.lon), reach))
    if course.is_empty or course.length == 0:
        return Candidate(start, end, None)
    m = before if before is not None else after
    qty = before.group("qty") if before is not None else None
    lo, hi, r, u, text = 0.0, SIDE_DEPTH_KM, None, None, None
    if qty:
        dist = stated_distance(qty)
        if dist is None:
            return Candidate(start, end, None)
        check_distance_km(dist.km)
        r, text = dist.km, dist.text.rstrip(", ")
        u = ring_uncertainty_km(r)
        lo, hi = (dist.min_km, dist.max_km) if dist.min_km is not None else (r - u, r + u)
        u = u if before.group("qual") else None
    word = (m.group("bank") or "") if m is not None else ""
    where = before.group("dir") if before is not None and before.group("dir") else word
    if (before is not None and before.group("along")) or where.lower() == "both":
        geom, note, b = buffer_km(course, ALONG_KM), f"along the {t.place.name}", None  # both banks
        hi = ALONG_KM
    else:
        geom, note, b = _one_side(course, t.geometry, t.place, where.lower(), lo, hi, t.place.name)
        if geom is None:
            return Candidate(start, end, None)
    note = (f"{note}: the band {lo:g}-{hi:g} km from the {t.place.name}'s course (the water "
            f"table's line, {reach:g} km around {t.place.lat:g}, {t.place.lon:g})"
            + ("" if r is not None else "; no distance stated, default depth"))  # fmt: skip
    anchors = [i]
    part = geom.intersection(inside[1]) if inside is not None else None
    if inside is not None and not part.is_empty and part.geom_type in ("Polygon", "MultiPolygon"):
        geom, end = part, ctx.toponyms[inside[0]].end
        anchors.append(inside[0])
        note += f"; the part inside {ctx.toponyms[inside[0]].text}, the region named after it"
    feat = make_feature(
        ctx, "near", start, end, geom, anchor=i, anchors=tuple(anchors), radius_km=r if r else hi,
        bearing_deg=b, min_km=lo, max_km=hi, uncertainty_km=u, approximate=u is not None,
        quantity_text=text, note=note,
    )  # fmt: skip
    return Candidate(start, end, feat)


def _one_side(
    course: Any, river: Any, point: Any, where: str, lo_km: float, hi_km: float, name: str = ""
) -> tuple[Any, str, float | None]:
    """(polygon, note, bearing) of the ``where`` side ("north", "left", "eastern") of
    ``course`` (lon/lat lines, a stretch of the whole ``river``) between ``lo_km`` and
    ``hi_km`` from it, projected around ``point`` (a Place), or (None, "", None); ``name``
    is the river's (for its mouth: :func:`_mouth_of`)."""
    word = where.removesuffix("ern") if where not in ("left", "right") else where
    _, forward, inverse = aeqd_transforms(point.lat, point.lon)
    flat = shapely.transform(course, forward)
    if word in ("left", "right"):
        mouth = _mouth_of(shapely.to_wkb(river), name)
        if mouth is None:
            return None, "", None
        flat = _downstream(flat, shapely.transform(Point(mouth[1], mouth[0]), forward))
        sign, b = (1.0 if word == "left" else -1.0), None
        note = (f"the {word} bank of the river, facing downstream (it flows to {mouth[0]:g}, "
                f"{mouth[1]:g}, its mouth)")  # fmt: skip
    else:
        bearing = compass_bearing(word)
        if bearing is None:
            return None, "", None
        b = bearing[0]
        sign = _compass_sign(flat, b)
        if sign is None:
            return None, "", None
        note = f"{word} of the river"
    band = _band(flat, sign * hi_km * 1000.0)
    if lo_km > 0:
        band = band.difference(_band(flat, sign * lo_km * 1000.0))
    if band.is_empty:
        return None, "", None
    out = split_planar(shapely.transform(band, inverse))
    return (out if out.is_valid else out.buffer(0)), note, b


def _band(flat: Any, dist_m: float) -> Any:
    """The single-sided buffer of (projected) lines: positive left of their direction."""
    parts = shapely.get_parts(flat)
    return shapely.union_all([p.buffer(dist_m, single_sided=True) for p in parts])


def _compass_sign(flat: Any, bearing: float) -> float | None:
    """+1 when the left side of the projected ``flat`` lies ``bearing`` of it, -1 the
    right side, None when neither lies within :data:`_MAX_OFF_DEG`."""
    c = flat.centroid
    d = np.array([np.sin(np.radians(bearing)), np.cos(np.radians(bearing))])
    best: tuple[float, float] | None = None
    for sign in (1.0, -1.0):
        s = _band(flat, sign * 1000.0).centroid
        v = np.array([s.x - c.x, s.y - c.y])
        n = float(np.hypot(*v))
        cos = float(v @ d) / n if n > 0 else -1.0
        if cos >= np.cos(np.radians(_MAX_OFF_DEG)) and (best is None or cos > best[1]):
            best = (sign, cos)
    return best[0] if best is not None else None


def _downstream(flat: Any, mouth: Point) -> Any:
    """The projected lines, each turned to run toward ``mouth`` (its end nearer it last)."""
    parts = []
    for p in shapely.get_parts(flat):
        a, z = Point(p.coords[0]), Point(p.coords[-1])
        parts.append(LineString(p.coords[::-1]) if a.distance(mouth) < z.distance(mouth) else p)
    return parts[0] if len(parts) == 1 else MultiLineString(parts)


#: A river's end this close (km) to a sea is its mouth ...
_SEA_KM = 25.0
#: ... failing one, its one end this close (km) to another river, lake or reservoir.
_TOUCH_KM = 2.0


@lru_cache(maxsize=256)
def _mouth_of(wkb: bytes, name: str) -> tuple[float, float] | None:
    """(lat, lon) of the mouth of the river ``name`` whose course is ``wkb`` (WKB, lon/lat):
    of its parts' free ends (no other part's end within :data:`_TOUCH_KM`), the one
    nearest a sea if within :data:`_SEA_KM`; else the only one touching (within
    :data:`_TOUCH_KM`) another water body of the table, not of the river's own names (a
    tributary's confluence, a reservoir it fills); else None (unknown: no bank is read)."""
    geom = _whole_course(shapely.from_wkb(wkb), name)
    ends = [c for p in shapely.get_parts(geom) for c in (p.coords[0], p.coords[-1])]
    free = [e for k, e in enumerate(ends) if not any(
        j != k and distance_km((e[1], e[0]), (f[1], f[0])) <= _TOUCH_KM for j, f in enumerate(ends)
    )]  # fmt: skip
    bodies, tree = _waters()
    own = _own_names(name)
    at_sea: list[tuple[float, tuple[float, float]]] = []
    touching: list[tuple[float, float]] = []
    for x, y in free:
        pt = Point(x, y)
        for k in tree.query(_box_km(y, x, _SEA_KM)):
            body, g = bodies[int(k)]
            if own & _names(body):
                continue
            q = nearest_points(pt, g)[1]
            km = distance_km((y, x), (q.y, q.x))
            if body.marine and km <= _SEA_KM:
                at_sea.append((km, (y, x)))
            elif not body.marine and km <= _TOUCH_KM and (y, x) not in touching:
                touching.append((y, x))
    if at_sea:
        return min(at_sea)[1]
    return touching[0] if len(touching) == 1 else None


def _whole_course(geom: Any, name: str) -> Any:
    """``geom`` with the other records of the river's name that meet it, or meet one that
    does (the table draws the Sava in three: Slovenia's stretch ends where the next
    begins), as one MultiLineString.  Bounded by the records of one name (a handful)."""
    from ..water_table import water_table

    same = [b.geometry for b in water_table().named(normalize(name)) if b.geometry is not None]
    parts, grown = [geom], True
    while grown:
        grown = False
        for g in same:
            if not any(g.equals(p) for p in parts) and any(
                _apart_km(g, p) <= _TOUCH_KM for p in parts
            ):
                parts.append(g)
                grown = True
    return MultiLineString(
        [q for p in parts for q in shapely.get_parts(p) if q.geom_type == "LineString"]
    )


def _apart_km(a: Any, b: Any) -> float:
    """The geodesic distance (km) between the nearest points of two lon/lat geometries."""
    p, q = nearest_points(a, b)
    return distance_km((p.y, p.x), (q.y, q.x))


def _box_km(lat: float, lon: float, km: float) -> Any:
    """A lon/lat box holding every point within ``km`` of (lat, lon) (a search window:
    1 deg of latitude is at least 110.5 km; no box beyond 85 deg)."""
    dlat = km / 110.5
    dlon = min(180.0, dlat / max(np.cos(np.radians(min(abs(lat) + dlat, 85.0))), 1e-6))
    return shapely.box(lon - dlon, lat - dlat, lon + dlon, lat + dlat)


def _names(body: Any) -> frozenset[str]:
    return frozenset(normalize(x) for x in (body.name, *body.names))


def _own_names(name: str) -> frozenset[str]:
    """Every name of every water body the name ``name`` names (the Dnipro's "Dnepr")."""
    from ..water_table import water_table

    found = water_table().named(normalize(name))
    return frozenset({normalize(name)}).union(*(_names(b) for b in found))


@lru_cache(maxsize=1)
def _waters() -> tuple[list[tuple[Any, Any]], Any]:
    """The water table's bodies with their geometries, and an STRtree of those."""
    from ..water_table import water_table

    bodies = [(b, b.geometry) for b in water_table().every()]
    bodies = [(b, g) for b, g in bodies if g is not None and not g.is_empty]
    return bodies, shapely.STRtree([g for _, g in bodies])

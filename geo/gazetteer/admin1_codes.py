"""Reconcile Natural Earth's first-level regions with GeoNames' admin-1 codes.

GeoNames files every populated place under an admin-1 code (``admin1code``:
"11" is Île-de-France, "ENG" England). Natural Earth's *Admin 1* layer carries a
GeoNames code per polygon too (``gn_a1_code``), but in several countries its
polygons are a finer level than GeoNames' admin-1: French départements, English
counties, Italian and Spanish provinces. Their codes then either match nothing
or, worse, collide with a GeoNames code of another unit: département 11 (Aude)
against region 11 (Île-de-France), so Paris would be "in Aude".

The reconciliation is a stage from records to records, measured from the data
rather than listed per country: each polygon takes the admin-1 code that most of
the GeoNames places inside it carry, and a code shared by several polygons is
named by the grouping they all belong to (Natural Earth's ``unit`` or ``region``:
"England", "Île-de-France") or left unnamed. Cost: one bounding-box filter and
one vectorised point-in-polygon test per polygon over its country's places.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from .codes import note_import

note_import(__file__)  # the fingerprint hashes the source this process runs

__all__ = ["admin1_names", "reconcile_admin1_codes"]

# A polygon is re-coded only on clear evidence: enough places inside it, most of
# them under one other code.
MIN_PLACES = 3
MIN_SHARE = 0.6


def _places_by_country(
    places: Sequence[Mapping[str, Any]],
) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    grouped: dict[str, list[tuple[float, float, str]]] = {}
    for p in places:
        if p["kind"] == "place" and p["admin1_code"]:
            grouped.setdefault(p["country_code"], []).append((p["lon"], p["lat"], p["admin1_code"]))
    return {
        cc: (
            np.array([r[0] for r in rows], dtype=np.float64),
            np.array([r[1] for r in rows], dtype=np.float64),
            np.array([r[2] for r in rows], dtype=object),
        )
        for cc, rows in grouped.items()
    }


def reconcile_admin1_codes(
    regions: Sequence[dict[str, Any]], places: Sequence[Mapping[str, Any]]
) -> None:
    """Give each region the GeoNames admin-1 code of the places inside it, in place.

    Parameters
    ----------
    regions : sequence of dict
        Admin-1 records with ``country_code``, ``admin1_code`` and a GeoJSON
        ``geometry`` (lon/lat, EPSG:4326). A region whose places mostly carry
        another code (at least ``MIN_PLACES`` places, ``MIN_SHARE`` of them) takes
        that code; its Natural Earth code is kept as ``source_admin1_code``.
    places : sequence of mapping
        Place records (``kind`` "place") with ``country_code``, ``admin1_code``,
        ``lat`` and ``lon`` in degrees.
    """
    import shapely
    from shapely.geometry import shape

    by_country = _places_by_country(places)
    for region in regions:
        pts = by_country.get(region["country_code"])
        if pts is None or not region.get("geometry"):
            continue
        xs, ys, codes = pts
        geometry = shape(region["geometry"])
        x0, y0, x1, y1 = geometry.bounds
        near = (xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1)
        if near.sum() < MIN_PLACES:
            continue
        inside = shapely.contains_xy(geometry, xs[near], ys[near])
        counts = Counter(codes[near][inside].tolist())
        total = sum(counts.values())
        if total < MIN_PLACES:
            continue
        code, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if n >= MIN_SHARE * total and code != region["admin1_code"]:
            region["source_admin1_code"] = region["admin1_code"]
            region["admin1_code"] = code


def admin1_names(
    regions: Sequence[Mapping[str, Any]],
    units: Sequence[Mapping[str, Any]] = (),
) -> dict[tuple[str, str], str]:
    """Name of each (country, admin-1 code): the label a place's admin-1 column shows.

    One region with the code gives its own name; several give the Natural Earth
    GeoNames' own name of the unit when an added dump has it (``units``, feature
    code ADM1), else the Natural Earth grouping (``unit``, else ``region``) they all
    share, else no name (a wrong name is worse than none).

    Returns
    -------
    dict
        ``(country_code, admin1_code) -> name``; codes without a name are absent.
    """
    members: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for r in regions:
        if r["admin1_code"]:
            members.setdefault((r["country_code"], r["admin1_code"]), []).append(r)
    geonames = {
        (u["countrycode"], u["admin1code"]): u["name"]
        for u in units
        if u.get("feature_code") == "ADM1"
    }
    names: dict[tuple[str, str], str] = {}
    for key, group in members.items():
        if len(group) == 1:
            names[key] = group[0]["name"]
            continue
        if key in geonames:
            names[key] = geonames[key]
            continue
        for field in ("group_unit", "group_region"):
            shared = {r.get(field) or "" for r in group}
            if len(shared) == 1 and "" not in shared:
                names[key] = shared.pop()
                break
    return names

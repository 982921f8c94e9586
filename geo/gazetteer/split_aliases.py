"""Aliases a first-level region kept from the region it was split from.

Natural Earth copied a state's other names to the states later cut out of it: East
Darfur (2012, from South Darfur) carries "Southern Darfur" and "Janūb Dārfūr", Central
Darfur (from West Darfur) "West Darfur" and "Gharb Dārfūr", so "West Darfur" found two
states.  :func:`drop_split_aliases` takes such an alias from a region when another region
of the same country also bears the name and the name's compass word ("Southern",
"Janūb", "méridional") is that other region's and not its own ("Eastern Darfur").
A name with no compass word, or a region whose own name has none, keeps every alias.

Natural Earth also lists under one region names that are another's own: the Sakha
Republic carries "Chukotka" (Chukotka's Spanish and Portuguese name), Coyah prefecture
"Kindia" (its neighbour's), Leningrad oblast "Saint Petersburg"; :func:`drop_borrowed_aliases`
takes from a region an alias that another region of its country bears as its own name
(its name, English name or a name in another language) and that it does not.

Cost: one pass over the regions' names, grouped by country.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from .codes import QUALITY_ALIAS, QUALITY_ALTERNATE, QUALITY_PRIMARY, note_import
from .normalize import normalize

note_import(__file__)  # the fingerprint hashes the source this process runs

__all__ = ["compass_of", "drop_borrowed_aliases", "drop_split_aliases"]

#: Compass words of region names (English, French, romanised Arabic), by the point meant.
_COMPASS = {
    "north": "n", "northern": "n", "nord": "n", "septentrional": "n", "shamal": "n",
    "shamali": "n", "shamaliyah": "n", "ash shamaliyah": "n",
    "south": "s", "southern": "s", "sud": "s", "meridional": "s", "janub": "s",
    "janubi": "s", "janubiyah": "s",
    "east": "e", "eastern": "e", "est": "e", "oriental": "e", "sharq": "e", "sharqi": "e",
    "sharqiyah": "e",
    "west": "w", "western": "w", "ouest": "w", "occidental": "w", "gharb": "w",
    "gharbi": "w", "gharbiyah": "w",
    "central": "c", "centre": "c", "center": "c", "middle": "c", "wasat": "c", "wusta": "c",
}  # fmt: skip


def compass_of(name: str) -> frozenset[str]:
    """The compass points the words of a region's ``name`` say ("Janūb Dārfūr": south),
    as letters ``n s e w c``; empty for a name with none.

    >>> sorted(compass_of("Janūb Dārfūr")), sorted(compass_of("Darfur méridional"))
    (['s'], ['s'])
    >>> sorted(compass_of("Eastern Darfur")), sorted(compass_of("Kordofan"))
    (['e'], [])
    """
    words = normalize(name).replace("-", " ").split()
    return frozenset(_COMPASS[w] for w in words if w in _COMPASS)


def _names(record: dict[str, Any], quality: int) -> Iterable[str]:
    for q, names in record["names"]:
        if q == quality:
            yield from names


def drop_split_aliases(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Take from each admin-1 record (index records, see :mod:`geo.gazetteer.regions`)
    the aliases of the region it was split from (see the module docstring), in place;
    returns the (alias, region name) pairs dropped, for the build log and tests."""
    bearers: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, rec in enumerate(records):
        borne = {normalize(n) for q in (QUALITY_PRIMARY, QUALITY_ALIAS) for n in _names(rec, q)}
        for name in borne:
            bearers[(rec["country_code"], name)].append(k)
    own = [frozenset().union(*(compass_of(n) for n in _names(r, QUALITY_PRIMARY))) for r in records]
    dropped = []
    for k, rec in enumerate(records):
        if not own[k]:
            continue
        foreign = set()
        for alias in _names(rec, QUALITY_ALIAS):
            points = compass_of(alias)
            if not points or points <= own[k]:
                continue
            others = bearers[(rec["country_code"], normalize(alias))]
            if any(j != k and points <= own[j] for j in others):
                foreign.add(alias)
        if foreign:
            rec["names"] = [
                (q, [n for n in ns if n not in foreign]) if q == QUALITY_ALIAS else (q, ns)
                for q, ns in rec["names"]
            ]
            dropped.extend((alias, rec["name"]) for alias in sorted(foreign))
    return dropped


def drop_borrowed_aliases(records: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Take from each admin-1 record (index records, see :mod:`geo.gazetteer.regions`)
    the aliases that are another region's own names and none of its own (see the
    module docstring), in place; returns the (alias, region name) pairs dropped, for the
    build log and tests.  Own names: primary and alternate (other languages) quality,
    compared normalised within one country."""
    own = [
        {normalize(n) for q in (QUALITY_PRIMARY, QUALITY_ALTERNATE) for n in _names(rec, q)}
        for rec in records
    ]
    bearers: dict[tuple[str, str], set[int]] = defaultdict(set)
    for k, rec in enumerate(records):
        for name in own[k]:
            bearers[(rec["country_code"], name)].add(k)
    dropped = []
    for k, rec in enumerate(records):
        borrowed = {
            alias
            for alias in _names(rec, QUALITY_ALIAS)
            if normalize(alias) not in own[k]
            and bearers.get((rec["country_code"], normalize(alias)), set()) - {k}
        }
        if borrowed:
            rec["names"] = [
                (q, [n for n in ns if n not in borrowed]) if q == QUALITY_ALIAS else (q, ns)
                for q, ns in rec["names"]
            ]
            dropped.extend((alias, rec["name"]) for alias in sorted(borrowed))
    return dropped

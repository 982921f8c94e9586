"""Named water bodies: seas, gulfs, straits, rivers, lakes and reservoirs.

The offline index holds populated places and land regions; water bodies have a small
table of their own, ``geo/data/water.json`` (2,552 records derived from Natural Earth's
10m marine polygons, rivers and lakes by ``scripts/build_water.py``; provenance in
``geo/data/PROVENANCE.md``), read once, when first asked for (:func:`water_table`).

A record carries a representative point (inside a sea's or lake's polygon; on a river,
midway) and the simplified geometry (GeoJSON, lon/lat).  :meth:`WaterTable.find` looks a
name up by the forms a text gives it ("the Sea of Azov", "the Azov Sea"; "the Dnipro
river", "the Dnieper"; "the Kakhovka Reservoir"), Ukrainian and Russian spellings of the
rivers of the war included (:data:`SPELLINGS`).

Examples
--------
>>> table = water_table()
>>> table.find("Azov", "sea").name
'Sea of Azov'
>>> table.find("Dnieper", "river").name
'Dnipro'
>>> table.find("Aden", "river") is None
True
>>> [b.name for b in table.find_all("Pacific", "ocean")]
['North Pacific Ocean', 'South Pacific Ocean']
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._data import package_file
from ..gazetteer.normalize import normalize
from .natural_features import NamedFeature

__all__ = [
    "BARE_SEAS",
    "BARE_STRAITS",
    "MARINE_KINDS",
    "RIVER_SPELLINGS",
    "SPELLINGS",
    "WaterBody",
    "WaterTable",
    "water_table",
]

#: The kinds of the marine polygons ("the Gulf of Aden" is read where "sea" is asked).
MARINE_KINDS = frozenset(
    "ocean sea gulf bay strait channel sound lagoon fjord inlet estuary".split()
)

#: Spellings of one water body's name (Ukrainian, Russian, English transliterations);
#: each group is tried whole, in order: the best-ranked record of any of its spellings
#: wins, the first spelling's on a tie (the Dnipro, not Natural Earth's upper "Dnepre").
RIVER_SPELLINGS: tuple[tuple[str, ...], ...] = tuple(
    tuple(group.split("|"))
    for group in (
        "dnipro|dnieper|dnepr|dnipr|dnepre|dniepr|dnjepr",  # Polish, German
        "siverskyi donets|seversky donets|severskiy donets|siversky donets|"
        "severskyi donets|northern donets|donets",
        "oskil|oskol",
        "inhulets|ingulets",
        "southern bug|pivdennyi buh|pivd buh|yuzhny bug|southern buh",
        "dniester|dnister|dnestr|nistru",
        "seym|seim",
        "psel|psyol",
        "vovcha|volchya",
        # Rivers Sudan's states are named after: "along the White Nile" is the river.
        "white nile|bahr el jebel|el bahr el abyad|bahr el abyad|bahr al abyad",
        "blue nile|abay|el bahr el azraq|bahr el azraq|bahr al azraq",
    )
)
SPELLINGS: tuple[tuple[str, ...], ...] = RIVER_SPELLINGS + tuple(
    tuple(group.split("|"))
    for group in (
        "kakhovka|kakhovske|kakhovskoye|kakhovskoe",
        "kremenchuk|kremenchug",
        "kyiv|kiev",
        "azov|azovian",
        "bab el mandeb|bab al mandab|bab al mandeb|bab el mandab",
        "bosporus|bosphorus",
        "north pacific|pacific|south pacific",
        "north atlantic|atlantic|south atlantic",
        # Somalia's rivers as news spells them ("the Juba River", "the Shabelle").
        "jubba|juba",
        "shabeelle|shabelle|shebelle|shebele|shabele",
    )
)
#: Seas named by their adjective alone ("the Mediterranean"), with the table's name.
BARE_SEAS: dict[str, tuple[str, str]] = {
    "mediterranean": ("Mediterranean", "sea"),
    "baltic": ("Baltic", "sea"),
    "caspian": ("Caspian", "sea"),
    "adriatic": ("Adriatic", "sea"),
    "aegean": ("Aegean", "sea"),
    "caribbean": ("Caribbean", "sea"),
    "ionian": ("Ionian", "sea"),
    "atlantic": ("North Atlantic", "ocean"),
    "pacific": ("North Pacific", "ocean"),
}
#: Straits named without their word ("the Bab el-Mandeb"), with the table's name.
BARE_STRAITS: dict[str, tuple[str, str]] = {
    "bab el mandeb": ("Bab el Mandeb", "strait"),
    "bab al mandab": ("Bab al Mandab", "strait"),
    "bosporus": ("Bosporus", "strait"),
    "bosphorus": ("Bosphorus", "strait"),
    "dardanelles": ("Dardanelles", "strait"),
}
_SPELLING_OF: dict[str, tuple[str, ...]] = {name: g for g in SPELLINGS for name in g}

#: The word a text puts with a name, and the kinds of record it may name.
_KINDS_OF_WORD: dict[str, frozenset[str]] = {
    **{w: MARINE_KINDS for w in MARINE_KINDS},
    "straits": MARINE_KINDS,
    "river": frozenset({"river"}),
    "lake": frozenset({"lake", "reservoir"}),
    "reservoir": frozenset({"reservoir", "lake"}),
    # Natural Earth draws a canal as a river's line ("Suez Canal", "Panama Canal").
    "canal": frozenset({"river", "channel"}),
}


@dataclass(frozen=True, slots=True)
class WaterBody(NamedFeature):
    """A named water body (:class:`~geo.text.natural_features.NamedFeature`).

    Parameters
    ----------
    name : str
        Natural Earth's name ("Sea of Azov", "Dnipro", "Kakhovka Reservoir").
    kind : str
        "sea", "gulf", "bay", "strait", "ocean", ... , "river", "lake" or "reservoir".
    rank : float
        Natural Earth's scale rank: lower is more important.
    lat, lon : float
        The representative point, WGS84 degrees.
    names : tuple of str
        Other names.
    wkt : str
        The simplified geometry, WKT (lon, lat), parsed when asked for.
    """

    @property
    def marine(self) -> bool:
        return self.kind in MARINE_KINDS


class WaterTable:
    """Water bodies by normalised name (every name and spelling of each).

    ``bodies``: :class:`WaterBody` records, or rows of the table's JSON (dicts with
    ``name``, ``kind``, ``rank``, ``lat``, ``lon``, ``names``, ``wkt``), made records
    only when a lookup returns them (a document asks for a few of the 2,552: making
    them all was a fifth of loading the table).
    """

    def __init__(self, bodies: Iterable[WaterBody | dict[str, Any]]) -> None:
        self._rows: list[WaterBody | dict[str, Any]] = list(bodies)
        self._by_key: dict[str, list[int]] = {}
        order: list[tuple] = []
        for n, body in enumerate(self._rows):
            if isinstance(body, WaterBody):
                name, names = body.name, body.names
                order.append((body.rank, name, body.lat, body.lon))
            else:
                name, names = body["name"], body["names"]
                order.append((float(body["rank"]), name, float(body["lat"]),
                              float(body["lon"])))
            for x in {name, *names}:
                self._by_key.setdefault(normalize(x), []).append(n)
        for found in self._by_key.values():
            if len(found) > 1:
                found.sort(key=order.__getitem__)

    @classmethod
    def _from_index(
        cls, rows: list[dict[str, Any]], by_key: dict[str, list[int]]
    ) -> WaterTable:
        """A table of JSON ``rows`` and the index of names one made of them has
        (:mod:`geo.text.water_kept`: a kept table, not indexed again)."""
        table = cls.__new__(cls)
        table._rows, table._by_key = list(rows), by_key
        return table

    def _body(self, n: int) -> WaterBody:
        body = self._rows[n]
        if not isinstance(body, WaterBody):
            body = self._rows[n] = WaterBody(
                body["name"], body["kind"], float(body["rank"]), float(body["lat"]),
                float(body["lon"]), tuple(body["names"]), body["wkt"],
            )
        return body

    def __len__(self) -> int:
        return len({n for found in self._by_key.values() for n in found})

    def named(self, key: str) -> list[WaterBody]:
        """Every record a normalised full name names, best ranked first."""
        return [self._body(n) for n in self._by_key.get(key, ())]

    def every(self) -> list[WaterBody]:
        """Every record, in table order."""
        return [self._body(n) for n in sorted({n for f in self._by_key.values() for n in f})]

    def marine(self) -> list[WaterBody]:
        """Every sea, ocean, gulf, bay, strait, ... (:data:`MARINE_KINDS`), in table order."""
        return [self._body(n) for n in sorted({n for f in self._by_key.values() for n in f})
                if _row_kind(self._rows[n]) in MARINE_KINDS]  # fmt: skip

    def find(self, name: str, word: str) -> WaterBody | None:
        """The water body that ``name`` with the water word ``word`` names, or None.

        Parameters
        ----------
        name : str
            The name's own words, without the water word: "Azov", "Black", "Dnieper".
        word : str
            "sea", "gulf", "strait", "bay", "ocean", "river", "lake", "reservoir", ...
            (any case; "straits" as "strait").
        """
        found = self.find_all(name, word)
        return found[0] if found else None

    def find_all(self, name: str, word: str) -> list[WaterBody]:
        """Every water body ``name`` with ``word`` may name (the Don of Russia and of
        Yorkshire), the one :meth:`find` gives first, then by rank."""
        word = word.lower()
        kinds = _KINDS_OF_WORD.get(word)
        if kinds is None:
            return []
        key = normalize(name)
        if key.startswith("the "):
            key = key[4:]
        word = "strait" if word == "straits" else word
        found: list[WaterBody] = []
        for core in _SPELLING_OF.get(key, (key,)):
            for form in _forms(core, word):
                found += (b for b in self.named(form) if b.kind in kinds and b not in found)
        # best rank first, the first spelling's on a tie (a stable sort)
        found.sort(key=lambda b: b.rank)
        return found


def _row_kind(row: WaterBody | dict[str, Any]) -> str:
    return row.kind if isinstance(row, WaterBody) else row["kind"]


def _forms(core: str, word: str) -> tuple[str, ...]:
    """The full names a core name takes with a water word ("azov", "sea" -> "azov sea",
    "sea of azov")."""
    if word == "river":
        return (core, f"{core} river", f"river {core}")
    if word in ("lake", "reservoir"):
        return (f"{core} {word}", f"lake {core}", core, f"{core} lake")
    # a strait's own name too ("the Bosporus", "Bab el Mandeb")
    return (f"{core} {word}", f"{word} of {core}", f"{word} of the {core}", f"{core} {word}s",
            core)


@functools.cache
def water_table() -> WaterTable:
    """The water bodies of ``geo/data/water.json``, read once, when first asked for
    (the table as made is kept in the cache directory for later processes:
    :mod:`geo.text.water_kept`)."""
    source = package_file("data/water.json")
    directory = None
    if isinstance(source, Path):  # not inside a zip file
        from ..gazetteer.cache import cache_dir
        from . import water_kept

        directory = cache_dir()
        kept = water_kept.load(directory, source)
        if kept is not None:
            return WaterTable._from_index(*kept)
    table = WaterTable(json.loads(source.read_text(encoding="utf-8"))["bodies"])
    if directory is not None:
        water_kept.keep(directory, source, table._rows, table._by_key)
    return table


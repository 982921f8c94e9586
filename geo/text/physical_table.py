"""Named physical features: capes, islands, peninsulas, mountain ranges, deserts ...

The offline index holds populated places and administrative regions; physical features
have a small table of their own, ``geo/data/physical.json`` (1,902 records derived from
Natural Earth's 10m ``geography_regions_points``, ``geography_regions_elevation_points``
and ``geography_regions_polys`` by ``scripts/build_physical.py``; provenance in
``geo/data/PROVENANCE.md``), read once, when first asked for (:func:`physical_table`).

A record carries a point (a cape's or a mountain's own; inside a polygon's largest
part) and, for a polygon, its simplified geometry (WKT, lon/lat).
:meth:`PhysicalTable.find` looks a name up with the landform word a text gives it ("Cape
Horn", "the Kola Peninsula", "the Crimean peninsula", "the Ural Mountains", "the Sahara
Desert"); :meth:`PhysicalTable.bare` by the name alone after "the" ("the Sahara", "the
Carpathians", "the Kurils": the forms the build script found too rare as English words
to mean anything else).

Examples
--------
>>> table = physical_table()
>>> table.find("Horn", "cape")[0].name
'Cabo de Hornos'
>>> table.find("Crimean", "peninsula")[0].name
'Crimea'
>>> [f.name for f in table.bare("Carpathians")]
['Carpathian Mountains']
>>> table.find("Horn", "desert")
[]
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .._data import package_file
from ..gazetteer.normalize import normalize
from .natural_features import NamedFeature

__all__ = [
    "BROAD_KINDS",
    "KINDS_OF_WORD",
    "PhysicalFeature",
    "PhysicalTable",
    "physical_table",
]

#: Kinds of feature that are wide lands, as a country is (a claim about "the Negev" or
#: "the Carpathians" names no locality): a range, a desert, a peninsula, an island group
#: ...; capes, single islands and mountains are localities.
BROAD_KINDS = frozenset(
    "range desert peninsula islands plateau plain basin area coast lowland tundra"
    " wetlands foothills delta valley isthmus".split()
)

_RANGE = frozenset({"range"})
_ISLANDS = frozenset({"island", "islands"})
_PLATEAU = frozenset({"plateau"})
#: The landform word a text puts with a name (lower case), and the kinds of record it
#: may name ("the Kinburn Spit": a peninsula's or cape's).
KINDS_OF_WORD: dict[str, frozenset[str]] = {
    "cape": frozenset({"cape", "peninsula"}),
    "cabo": frozenset({"cape", "peninsula"}),
    "point": frozenset({"cape"}),
    "island": _ISLANDS,
    "isle": _ISLANDS,
    "islands": _ISLANDS,
    "isles": _ISLANDS,
    "archipelago": frozenset({"islands"}),
    "atoll": _ISLANDS,
    "peninsula": frozenset({"peninsula", "cape"}),
    "spit": frozenset({"peninsula", "cape"}),
    "isthmus": frozenset({"isthmus"}),
    "mountains": _RANGE,
    "mts": _RANGE,
    "range": _RANGE,
    "ranges": _RANGE,
    "highlands": _RANGE | _PLATEAU,
    "hills": _RANGE | _PLATEAU,
    "mount": frozenset({"mountain"}),
    "mt": frozenset({"mountain"}),
    # Spanish, Portuguese and French words before a name: "Isla Margarita", "Cerro
    # Aconcagua", "Ilha de Maré", "Île d'Yeu".
    "isla": _ISLANDS,
    "islas": _ISLANDS,
    "ilha": _ISLANDS,
    "île": _ISLANDS,
    "cerro": frozenset({"mountain"}),
    "volcán": frozenset({"mountain"}),
    "desert": frozenset({"desert"}),
    "plateau": _PLATEAU,
    "upland": _PLATEAU,
    "uplands": _PLATEAU,
    "delta": frozenset({"delta"}),
    "depression": frozenset({"depression"}),
    "falls": frozenset({"waterfall"}),
}
#: Words before or after a record's name that say its kind: the rest is its core name
#: ("Kola Peninsula": "kola"; "Cape May": "may"; "Isla de Pascua": "pascua").
_LEADING = re.compile(
    r"^(?:cape of the|cape of|cape|cabo de|cabo|cap|mount|mt|isle of|island of|isla de|isla"
    r"|islas|ile de|ile d|ile|iles|ilha|ilhas|isthmus of|peninsula de|peninsule de"
    r"|peninsule d|pen de) "
)
_TRAILING = re.compile(
    r" (?:island|islands|isle|isles|isands|peninsula|pen|mountains|mountain|mts|range|ranges"
    r"|desert|plateau|upland|uplands|highlands|hills|atoll|archipelago|delta|depression"
    r"|falls|point)$"
)


@dataclass(frozen=True, slots=True)
class PhysicalFeature(NamedFeature):
    """A named physical feature (:class:`~geo.text.natural_features.NamedFeature`).

    Parameters
    ----------
    name : str
        Natural Earth's name, abbreviations spelt out ("Cabo de Hornos", "Balkan
        Mountains", "Crimea").
    kind : str
        "cape", "island", "islands", "peninsula", "range", "mountain", "desert",
        "plateau", ...
    rank : float
        Natural Earth's scale rank: lower is more important.
    lat, lon : float
        The representative point, WGS84 degrees.
    names : tuple of str
        Other names ("Cape Horn").
    wkt : str
        A polygon's simplified geometry, WKT (lon, lat), parsed when asked for; "" for a
        point feature.
    """


def core_name(key: str) -> str:
    """A normalised name less the words that say its kind.

    >>> core_name("kola peninsula"), core_name("cape may"), core_name("sahara")
    ('kola', 'may', 'sahara')
    """
    core = _TRAILING.sub("", _LEADING.sub("", key))
    return core or key


def index_rows(rows: Iterable[dict[str, Any]]) -> dict[str, dict[str, list[int]]]:
    """The index of ``rows`` (dicts of the table's records, in order): per normalised
    full name (``"name"``), core name (``"core"``, :func:`core_name`) and bare form
    (``"bare"``, the record's own list), the row numbers that carry it, in row order.
    ``scripts/build_physical.py`` writes it on the table's first line."""
    index: dict[str, dict[str, list[int]]] = {"name": {}, "core": {}, "bare": {}}
    for n, row in enumerate(rows):
        for x in sorted({row["name"], *row["names"]}):
            key = normalize(x)
            _add(index["name"], key, n)
            _add(index["core"], core_name(key), n)
        for key in row.get("bare", ()):
            _add(index["bare"], key, n)
    return index


class PhysicalTable:
    """Physical features by normalised name, core name and bare form.

    ``rows``: the table's records, each a dict (``name``, ``names``, ``kind``, ``rank``,
    ``lat``, ``lon``, optional ``wkt`` and ``bare``) or its JSON text (decoded when a
    lookup returns it: a document asks for a few of the 1,902); ``index``: their
    :func:`index_rows` (made from ``rows`` when not given).
    """

    def __init__(
        self,
        rows: Iterable[dict[str, Any] | str] | Callable[[], list[str]],
        index: dict[str, dict[str, list[int]]] | None = None,
    ) -> None:
        # A callable gives the rows when a lookup first returns one (the file's lines
        # after the index: most documents name no physical feature).
        self._load_rows = rows if callable(rows) else None
        self._rows: list[dict[str, Any] | str | PhysicalFeature] = (
            [] if callable(rows) else list(rows)
        )
        if index is None:
            index = index_rows(r if isinstance(r, dict) else json.loads(r) for r in self._rows)
        self._by_name = index["name"]
        self._by_core = index["core"]
        self._by_bare = index["bare"]
        # the first words of the bare forms, to pass over most "the X" of a text at once
        self._bare_first = frozenset(k.split(" ", 1)[0] for k in self._by_bare)
        # the first words of the full names and bare forms: most capitalised words open none
        self._name_first = self._bare_first | {k.split(" ", 1)[0] for k in self._by_name}

    def __len__(self) -> int:
        return len({n for found in self._by_name.values() for n in found})

    def _feature(self, n: int) -> PhysicalFeature:
        if self._load_rows is not None:
            self._rows, self._load_rows = list(self._load_rows()), None
        row = self._rows[n]
        if isinstance(row, PhysicalFeature):
            return row
        if isinstance(row, str):
            row = json.loads(row)
        feature = self._rows[n] = PhysicalFeature(
            row["name"], row["kind"], float(row["rank"]), float(row["lat"]),
            float(row["lon"]), tuple(row["names"]), row.get("wkt", ""),
        )
        return feature

    def _sorted(self, found: Iterable[int]) -> list[PhysicalFeature]:
        out = [self._feature(n) for n in dict.fromkeys(found)]
        out.sort(key=lambda f: (f.rank, f.name, f.lat, f.lon))
        return out

    def named(self, name: str) -> list[PhysicalFeature]:
        """Every record whose full name (or another name) is ``name``, best ranked first."""
        return self._sorted(self._by_name.get(normalize(name), ()))

    def find(self, name: str, word: str) -> list[PhysicalFeature]:
        """The features ``name`` with the landform word ``word`` may name, best ranked
        first: those whose whole name is the two together ("Cape May"), or whose core
        name is ``name`` (or the land an adjective in "-an" names: "Crimean"), of a kind
        the word names (:data:`KINDS_OF_WORD`)."""
        kinds = KINDS_OF_WORD.get(word.lower().rstrip("."))
        if kinds is None:
            return []
        key = normalize(name)
        if key.startswith("the "):
            key = key[4:]
        keys = [key, key[:-1]] if key.endswith("an") and len(key) > 4 else [key]
        found: list[int] = []
        for k in keys:
            found += self._by_core.get(k, ())
            found += self._by_name.get(k, ())
        return [f for f in self._sorted(found) if f.kind in kinds]

    def has_bare(self, key: str) -> bool:
        """Whether a normalised ``key`` is some feature's bare form (no record decoded)."""
        return key in self._by_bare

    def may_be_bare(self, word: str) -> bool:
        """Whether a bare form may open with ``word`` (as written; a word with letters
        outside ASCII is always tried: its normalised form may differ)."""
        return not word.isascii() or word.lower() in self._bare_first

    def bare(self, name: str) -> list[PhysicalFeature]:
        """The features a text names by ``name`` alone after "the" ("Sahara", "Urals")."""
        return self._sorted(self._by_bare.get(normalize(name), ()))

    def may_open_name(self, word: str) -> bool:
        """Whether a full name or a bare form may open with ``word`` (as
        :meth:`may_be_bare`: a word with letters outside ASCII is always tried)."""
        return not word.isascii() or word.lower() in self._name_first

    def named_or_bare(self, name: str) -> list[PhysicalFeature]:
        """``named(name) or bare(name)``, with ``name`` normalised once and no record
        decoded when neither holds it (most capitalised words of a text)."""
        key = normalize(name)
        found = self._by_name.get(key) or self._by_bare.get(key)
        return self._sorted(found) if found else []


def _add(index: dict[str, list[int]], key: str, n: int) -> None:
    found = index.setdefault(key, [])
    if not found or found[-1] != n:
        found.append(n)


def read_table(text: str) -> PhysicalTable:
    """The table of ``physical.json``'s ``text``: its first line the metadata and the
    index, each further line one record (decoded when a lookup returns it)."""
    head, _, body = text.partition("\n")
    return PhysicalTable(body.splitlines(), json.loads(head)["index"])


def _rows_after_index() -> list[str]:
    """The record lines of ``geo/data/physical.json`` (all but the first)."""
    with package_file("data/physical.json").open(encoding="utf-8") as f:
        f.readline()
        return f.read().splitlines()


@functools.cache
def physical_table() -> PhysicalTable:
    """The features of ``geo/data/physical.json``, read once, when first asked for (its
    first line, the index of names, is decoded; the records are read when a lookup first
    returns one, and each is decoded when returned)."""
    with package_file("data/physical.json").open(encoding="utf-8") as f:
        index = json.loads(f.readline())["index"]
    return PhysicalTable(_rows_after_index, index)

"""Islands named alone, with no "the" or landform word ("on Oahu", "of Sumatra"), are
read from the physical table (geo.text.physical); a person's or a body's name is not."""

import json

import pytest

from geo.text import physical as physical_module
from geo.text.geoparse import geoparse
from geo.text.physical import find_physical
from geo.text.physical_table import PhysicalTable, index_rows

#: Made-up islands at made-up points.
_ROWS = [
    {"name": "Tolva", "names": [], "kind": "island", "rank": 5, "lat": -5.0, "lon": 100.0},
    {"name": "Marrow Isle", "names": [], "kind": "island", "rank": 5, "lat": 5.0, "lon": 10.0},
    {"name": "Ke‘ana", "names": [], "kind": "islands", "rank": 4, "lat": 20.0, "lon": -150.0,
     "bare": ["keana"]},
    {"name": "Brannic Mountains", "names": [], "kind": "range", "rank": 2, "lat": 30.0,
     "lon": 40.0, "bare": ["brannics"]},
]


@pytest.fixture
def small_table(monkeypatch):
    table = PhysicalTable([json.dumps(r) for r in _ROWS], index_rows(_ROWS))
    monkeypatch.setattr(physical_module, "physical_table", lambda: table)
    return table


def _read(text):
    return [(text[s.start : s.end], s.features[0].name) for s in find_physical(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ferries stopped on Tolva.", [("Tolva", "Tolva")]),
        ("Tolva is the largest island of the group.", [("Tolva", "Tolva")]),
        ("Home prices on Keana rose; a Keana home costs more.", [("Keana", "Ke‘ana")] * 2),
        ("Shops from Keana's towns closed.", [("Keana", "Ke‘ana")]),
        # not an island's whole name, or not an island
        ("Ferries stopped on Marrow.", []),
        ("Hikers crossed into Brannics.", []),
        # inside a longer name, a body's name, a person's name
        ("Radio Tolva reported it.", []),
        ("The Tolva Hotel opened.", []),
        ("Anna de Tolva spoke.", []),
        ("Professor Ann B. Tolva won. Tolva has taught for years.", []),
    ],
)
def test_islands_named_alone(small_table, text, found):
    assert _read(text) == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rents on Oahu, home to Honolulu, rose again.", "O‘ahu"),
        ("Villagers of Sumatra in Indonesia were tested.", "Sumatra"),
        ("Outbreaks in regions like Java go unreported.", "Java"),
    ],
)
def test_real_islands_named_alone(gazetteer, text, name):
    found = [t for t in geoparse(text, gazetteer) if t.physical]
    assert [t.place.name for t in found] == [name]


def test_an_everyday_word_names_an_island_only_after_a_preposition(gazetteer):
    assert not [t for t in geoparse("Java developers met in Austin.", gazetteer) if t.physical]

"""A river named bare after its whole name ("the Guadalupe River ... along the
Guadalupe") is the river, no town of the name (geo.text.river_names).

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse


def bare(text, gazetteer, name):
    found = [t for t in geoparse(text, gazetteer) if t.text == name]
    assert found, name
    return found[0]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Flood search goes on along the Guadalupe\n\nKERRVILLE, Texas - Crews searched the "
         "banks of the Guadalupe River near Kerrville on Sunday.", "Guadalupe"),
        ("The Colorado River crested near Austin, Texas. Farms along the Colorado were "
         "flooded.", "Colorado"),
    ],
)  # fmt: skip
def test_the_bare_name_of_a_named_river_is_the_river(gazetteer, text, name):
    t = bare(text, gazetteer, name)
    assert t.place is None and t.water == "river"


@pytest.mark.gazetteer
def test_a_town_of_the_name_without_the_stays(gazetteer):
    text = "Crews reached Guadalupe, Nuevo Leon, after the Guadalupe River of Texas rose."
    t = bare(text, gazetteer, "Guadalupe")
    assert t.place is not None and t.place.country_code == "MX"

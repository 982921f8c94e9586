"""Vehicles, aircraft and bombs named like places ("Chinook helicopters", "Sherman
tanks", "Molotov cocktails", "Leopard 2 tanks") are weapons, not Chinook, Montana,
Sherman, Texas or the Molotov region; the towns stay towns where no weapon noun follows.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse
from geo.text.weapon_names import weapon_name


@pytest.mark.parametrize(
    ("text", "key", "end", "expected"),
    [
        ("four Chinook helicopters", "chinook", 12, True),
        ("20 Sherman tanks", "sherman", 10, True),
        ("Stryker armored vehicles", "stryker", 7, True),
        ("Molotov cocktails", "molotov", 7, True),
        ("Apache attack helicopters", "apache", 6, True),
        ("Archer howitzers", "archer", 6, True),
        ("Sherman 2 tanks", "sherman", 7, True),  # a model mark with a space
        ("Sherman, Texas", "sherman", 7, False),
        ("tanks rolled into Sherman on Monday", "sherman", 25, False),
        ("Black Hawk helicopters", "black hawk", 10, True),
    ],
)
def test_vehicle_names(text, key, end, expected):
    assert weapon_name(text, key, end) is expected


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Four Chinook helicopters landed near Kalam in the Swat Valley.", {"Kalam"}),
        ("Protesters threw Molotov cocktails at a police station in Cincinnati.",
         {"Cincinnati"}),
        ("The ship carried 20 Sherman tanks to Normandy.", {"Normandy"}),
        ("She moved to Sherman, Texas, in May.", {"Sherman", "Texas"}),
    ],
)
def test_weapons_named_like_towns_are_no_places(gazetteer, text, places):
    assert {t.text for t in geoparse(text, gazetteer) if t.place is not None} >= places
    names = {t.text for t in geoparse(text, gazetteer)}
    assert not names & {"Chinook", "Molotov"} and ("Sherman" in names) == ("Sherman" in places)

"""Quantities: areas read as one unit, adjectives before the counted noun, and powers
read whole or not at all (a fifteenth tester's findings; texts written for these tests)."""

import pytest

from geo.text.numbers import find_quantities


def _read(text):
    return [(q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The salient once covered about 1,300 square kilometres, analysts said.", "km2"),
        ("an area of 450 sq km", "km2"),
        ("1,200 sq. km of farmland", "km2"),
        ("about 20 km2 of land", "km2"),
        ("3 km² of forest", "km2"),
        ("12 square miles of marsh", "mi2"),
        ("5 square metres", "m2"),
    ],
)
def test_an_area_is_one_unit(text, unit):
    ((_, got),) = _read(text)
    assert got == unit


def test_square_without_a_length_is_a_noun():
    assert _read("3 squares were cleared") == [(3, "squares")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("the enemy made 1 unsuccessful attempt to advance", "attempt"),
        ("211 fixed-wing unmanned aerial vehicles", "vehicles"),
        ("1 tactical withdrawal", "withdrawal"),
        ("one medical worker was hurt", "worker"),
        ("two self-propelled howitzers", "howitzers"),
        ("one clinic", "clinic"),  # no noun after: the word is the head
        ("one official said", "official"),
        ("one drone hit a building", "drone"),
    ],
)
def test_an_adjective_before_the_counted_noun_is_no_unit(text, unit):
    ((_, got),) = _read(text)
    assert got == unit


@pytest.mark.parametrize(
    "text",
    ["10^400 miles from Lviv", "10^4 km from Kyiv", "10^-3 km from Kursk", "2^10 drones"],
)
def test_a_power_is_read_whole_or_not_at_all(text):
    assert _read(text) == []  # never "10" and "400 miles"

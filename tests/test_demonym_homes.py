"""A name its own sentence places in a country by a demonym ("Valencia ..., Spanish
officials said")."""

from __future__ import annotations

import pytest

from geo.geometry import distance_km
from geo.text.demonym_homes import demonym_countries
from geo.text.geoparse import geoparse

VALENCIA_ES = (39.4699, -0.3763)
VICTORIA_AU = (-36.9, 144.3)  # the state's point: within 100 km of its centre
CORDOBA_ES = (37.8916, -4.7727)
HYDERABAD_PK = (25.3960, 68.3578)
BETHLEHEM_PS = (31.7049, 35.2038)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Floods hit Valencia on Tuesday, Spanish officials said.", "Valencia", {"ES"}),
        ("Fires raged in Victoria, Australian media reported.", "Victoria", {"AU"}),
        ("In Hyderabad, the South Korean embassy said, a fair opened.", "Hyderabad", {"KR"}),
        # An armed party acts abroad: no sign of where the place lies.
        ("Russian forces shelled Kupiansk overnight.", "Kupiansk", set()),
        ("Ukrainian drones struck Novoshakhtinsk again.", "Novoshakhtinsk", set()),
        # Another sentence's demonym is not this one's.
        ("Spanish officials met. Floods hit Valencia on Tuesday.", "Valencia", set()),
    ],
)
def test_the_countries_a_sentence_names_by_demonym(text, name, expected):
    start = text.index(name)
    assert demonym_countries(text, start, start + len(name)) == expected


def _read(gazetteer, text):
    return {t.text: t.place for t in geoparse(text, gazetteer)}


def _near(place, point, km=20.0):
    return place is not None and distance_km((place.lat, place.lon), point) < km


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "point", "km"),
    [
        (
            "Floods swept through Valencia on Tuesday, killing at least 60 people, "
            "Spanish officials said.",
            "Valencia",
            VALENCIA_ES,
            20.0,
        ),
        (
            "Bushfires forced hundreds to flee their homes in Victoria, Australian media reported.",
            "Victoria",
            VICTORIA_AU,
            100.0,
        ),
        (
            "Heavy rain flooded streets in Cordoba on Monday, Spanish authorities said.",
            "Cordoba",
            CORDOBA_ES,
            20.0,
        ),
        (
            "A bomb exploded in Hyderabad on Friday, Pakistani police said.",
            "Hyderabad",
            HYDERABAD_PK,
            20.0,
        ),
        # An armed party's country and those bordering it: the West Bank's, not South
        # Africa's.
        (
            "Israeli troops raided Bethlehem overnight and arrested four men, the army said.",
            "Bethlehem",
            BETHLEHEM_PS,
            20.0,
        ),
    ],
)
def test_a_sentences_demonym_places_the_name_in_its_country(gazetteer, text, name, point, km):
    assert _near(_read(gazetteer, text)[name], point, km)


@pytest.mark.gazetteer
def test_a_demonym_does_not_move_a_name_the_text_places_otherwise(gazetteer):
    # The text's other place lies in Venezuela: resolution weighed it.
    text = "Floods swept through Valencia and Maracay on Tuesday, Spanish aid officials said."
    assert _read(gazetteer, text)["Valencia"].country_code == "VE"
    # An army acts abroad; a capital is where other countries' officials go.
    assert _read(gazetteer, "Venezuelan troops patrolled Valencia.")["Valencia"].country_code in {
        "VE"
    }
    athens = _read(gazetteer, "American diplomats said talks in Athens stalled on Monday.")
    assert athens["Athens"].country_code == "GR"


@pytest.mark.gazetteer
def test_an_armed_partys_demonym_speaks_for_its_country_and_its_neighbours(gazetteer):
    from geo.text.demonym_homes import sentence_countries_by_demonym

    text = "Israeli troops raided Bethlehem overnight."
    start = text.index("Bethlehem")
    reach = sentence_countries_by_demonym(gazetteer, text, start, start + 9)
    assert {"IL", "PS", "LB"} <= reach and "ZA" not in reach
    text = "Floods hit Valencia, Spanish officials said."
    assert sentence_countries_by_demonym(gazetteer, text, 11, 19) == {"ES"}

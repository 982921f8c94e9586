"""A well-known place keeps its own name against a city that only lists it among its
other names ("Bethlehem", not Belém; "Nazareth", not Nazrēt), and a small place of the
name does not take a town's old name ("Artemovsk" stays Bakhmut)."""

from __future__ import annotations

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

NAZARETH_IL = (32.7019, 35.3033)
BAKHMUT = (48.5956, 38.0003)
MONTEREY_CA = (36.6002, -121.8947)


def _read(gazetteer, text):
    return {t.text: t.place for t in geoparse(text, gazetteer)}


def _near(place, point, km=20.0):
    return place is not None and distance_km((place.lat, place.lon), point) < km


@pytest.mark.gazetteer
def test_a_well_known_place_keeps_its_own_name(gazetteer):
    found = _read(
        gazetteer,
        "Thousands of worshippers filled the Basilica of the Annunciation in Nazareth.",
    )
    assert _near(found["Nazareth"], NAZARETH_IL)
    bethlehem = _read(gazetteer, "Pilgrims gathered in Bethlehem on Christmas Eve.")["Bethlehem"]
    assert bethlehem.country_code != "BR"  # not Belém, which lists "Bethlehem"


@pytest.mark.gazetteer
def test_a_small_place_of_the_name_does_not_take_a_towns_old_name(gazetteer):
    from geo.geocoders import GazetteerGeocoder

    # Artemovsk, a Siberian village of few names, against Bakhmut (once Artemovsk).
    location = GazetteerGeocoder(gazetteer).geocode("Artemovsk")
    assert distance_km((location.latitude, location.longitude), BAKHMUT) < 20


@pytest.mark.gazetteer
def test_the_geocoder_reads_a_well_known_name_as_its_own_place(gazetteer):
    from geo.geocoders import GazetteerGeocoder

    # Monterey, California, not Monterrey, Mexico, which lists "Monterey".
    location = GazetteerGeocoder(gazetteer).geocode("Monterey")
    assert distance_km((location.latitude, location.longitude), MONTEREY_CA) < 20

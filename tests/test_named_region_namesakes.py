"""Namesakes in one region the text names: the one among the text's places
(geo.text.evidence, the support rule); a city named by its own name is named for its own
sake, far from the text's places.  Texts written for these tests."""

from __future__ import annotations

import pytest

from geo.geometry.measures import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _place(gazetteer, text, surface):
    return next(t.place for t in geoparse(text, gazetteer) if t.text == surface)


def test_of_two_namesakes_in_the_named_region_the_one_among_the_texts_places(gazetteer):
    # Dnipropetrovsk Oblast has several Ivanivkas; the region names them all, so it tells
    # none apart: the one by Mezhova and Pokrovske is meant, not a larger one 170 km off.
    text = (
        "Russian troops have liberated the settlement of Ivanovka in the Dnepropetrovsk "
        "Region and continued to advance towards Mezhevaya, the ministry said. It also "
        "reported strikes near Pokrovskoye."
    )
    place = _place(gazetteer, text, "Ivanovka")
    assert place is not None and place.admin1_name == "Dnipropetrovsk"
    assert distance_km((place.lat, place.lon), (48.0997, 36.6349)) < 20


def test_a_city_by_its_own_name_far_from_the_texts_places_stays(gazetteer):
    # Mombasa by its own name is named for its own sake, whatever the story's places.
    text = (
        "In Ituri province, people fled from Komanda towards Bunia and Djugu after an "
        "attack. Aid convoys left the port of Mombasa on Monday."
    )
    assert _place(gazetteer, text, "Mombasa").country_code == "KE"

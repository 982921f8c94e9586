"""A governor's digest by district: "In the Shebekino urban district, ... the village of
Murom came under mortar fire" names a village of the district, not the city of Murom
600 km off (geo.text.directions: a municipal district anchors the villages the text
names with "the village of" in its scope; geo.text.anchors: a village is no town of
50,000)."""

from __future__ import annotations

import pytest

from geo.geometry import distance_km

pytestmark = pytest.mark.gazetteer

SHEBEKINO = (50.4134, 36.9254)
BELGOROD = (50.6034, 36.5809)


def _toponym(gazetteer, text, name):
    from geo import analyze

    for t in analyze(text, gazetteer=gazetteer).toponyms:
        if t.text == name:
            return t
    raise AssertionError(f"{name} not found in {text!r}")


@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        (
            "In the Shebekino urban district, drones attacked the town twice. A car was "
            "hit on the road to Novaya Tavolzhanka. The village of Murom came under mortar "
            "fire overnight.",
            "Murom",
            SHEBEKINO,
        ),
        (
            "In the Belgorod district, air defence shot down two drones. Debris fell on "
            "the village of Oktyabrsky, damaging a roof.",
            "Oktyabrsky",
            BELGOROD,
        ),
    ],
)
def test_village_of_a_district_is_not_a_far_city(gazetteer, text, name, near):
    t = _toponym(gazetteer, text, name)
    assert t.place is not None
    assert distance_km((t.place.lat, t.place.lon), near) <= 45.0


def test_a_city_named_for_itself_in_a_district_stays(gazetteer):
    text = (
        "In the Shebekino urban district, drones attacked the town twice. Officials in "
        "Murom said a factory there would send generators."
    )
    t = _toponym(gazetteer, text, "Murom")
    assert t.place is not None and t.place.population > 100_000


GRAYVORON = (50.4789, 35.6809)


def test_a_district_village_the_gazetteer_lacks_is_estimated_in_it(gazetteer):
    text = (
        "In the Grayvoron district, the village of Kozinka was shelled 14 times. In "
        "Glotovo a drone dropped an explosive device on the yard of a house."
    )
    t = _toponym(gazetteer, text, "Glotovo")
    assert t.estimated and distance_km((t.place.lat, t.place.lon), GRAYVORON) <= 25.0


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit Kozinka overnight. In Glotovo a drone dropped an explosive device.",
        "In the Kupiansk direction, Russian forces attacked. In Glotovo a drone fell.",
    ],
)
def test_in_a_name_outside_a_district_paragraph_stays_unread(gazetteer, text):
    from geo import analyze

    assert "Glotovo" not in [t.text for t in analyze(text, gazetteer=gazetteer).toponyms]

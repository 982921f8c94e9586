"""Possessives and names: "Cox's Bazar" and "King's Lynn" are one name each (the gazetteer
folds "Cox's" to "coxs"), while "Canada's" is Canada, never a place called "Canadas"."""

import pytest

from geo.geometry import distance_km

pytestmark = pytest.mark.gazetteer


def where(gazetteer, text):
    """{surface: (lat, lon)} of the toponyms with a place."""
    from geo import analyze

    return {
        t.text: (t.place.lat, t.place.lon)
        for t in analyze(text, gazetteer=gazetteer).toponyms
        if t.place is not None
    }


@pytest.mark.parametrize(
    ("text", "surface", "truth"),
    [
        ("Refugees reached Teknaf and camps near Cox's Bazar.", "Cox's Bazar", (21.44, 92.01)),
        ("Refugees reached Teknaf and Cox’s Bazar.", "Cox’s Bazar", (21.44, 92.01)),
        ("Shoppers in King's Lynn and Norwich queued.", "King's Lynn", (52.75, 0.40)),
    ],
)
def test_a_possessive_inside_a_name_is_part_of_it(gazetteer, text, surface, truth):
    point = where(gazetteer, text)[surface]
    assert distance_km(point, truth) <= 20


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Canada's economy grew, and France's did not.", {"Canada": "CA", "France": "FR"}),
        (
            "Troops left Kyiv's suburbs and Russia's Kursk region.",
            {"Kyiv": "UA", "Russia": "RU", "Kursk": "RU"},
        ),
    ],
)
def test_a_possessive_after_a_name_ends_it(gazetteer, text, countries):
    # Never "Canadas" (a village of Mexico) for "Canada's".
    from geo import analyze

    found = analyze(text, gazetteer=gazetteer).toponyms
    assert {t.text: t.place.country_code for t in found} == countries

"""A region's name that a town of note once bore; "near X and Y" names points."""

import pytest

from geo.gazetteer.index import Candidate
from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.readings import mark_readings
from geo.text.tokens import Mention

pytestmark = pytest.mark.gazetteer

DOVZHANSK = (48.0762, 39.6474)  # Sverdlovsk until 2016
HOMYEL = (52.4345, 30.9754)


def _read(gazetteer, text):
    return {t.text: t.place for t in geoparse(text, gazetteer)}


def test_a_renamed_town_among_its_regions_towns(gazetteer):
    found = _read(
        gazetteer,
        "In the Lugansk People's Republic, air defenses shot down two drones over "
        "Sverdlovsk and one over Krasnodon, LPR head Leonid Pasechnik wrote.",
    )
    place = found["Sverdlovsk"]
    assert distance_km((place.lat, place.lon), DOVZHANSK) < 20


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        ("Officials in the Sverdlovsk region said the fire was out.", "admin1", "RU"),
        ("He was born in Sverdlovsk in 1931 and studied in Moscow.", "place", "RU"),
    ],
)
def test_the_region_and_its_capital_keep_the_name_elsewhere(gazetteer, text, kind, country):
    place = _read(gazetteer, text)["Sverdlovsk"]
    assert (place.kind, place.country_code) == (kind, country)


def test_near_names_points_not_regions(gazetteer):
    found = _read(
        gazetteer,
        "Belarus has moved units to the border near Mozyr and Gomel, opposite Ukraine.",
    )
    place = found["Gomel"]
    assert place.kind == "place" and distance_km((place.lat, place.lon), HOMYEL) < 20


def test_near_reading_is_city():
    text = "Troops gathered near Mozyr and Gomel on Monday."
    cands = [Candidate(1, 0), Candidate(2, 2)]
    ms = [
        Mention(text.index(w), text.index(w) + 5, w.lower(), 2, 2, candidates=list(cands))
        for w in ("Mozyr", "Gomel")
    ]
    mark_readings(text, ms)
    assert [m.reading for m in ms] == ["city", "city"]
    far = [Mention(0, 5, "mozyr", 0, 0, candidates=list(cands))]
    mark_readings("Mozyr lies near the border.", far)
    assert far[0].reading == ""

"""A side of a coastal town is drawn on land unless the sentence speaks of the sea, and a
village the gazetteer lacks "west of" a coastal town is estimated on land, not out at sea
(tester33 V25: "a tent camp in Muwasi, west of Khan Younis")."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.spatial import extract_features

pytestmark = pytest.mark.gazetteer

KHAN_YOUNIS = (31.34, 34.31)
OFFSHORE = (31.34, 34.05)  # 25 km west of Khan Younis, in the Mediterranean


def _sector(gazetteer, text):
    toponyms = geoparse(text, gazetteer)
    (f,) = [f for f in extract_features(text, toponyms, gazetteer) if f.kind == "near"]
    return f


def test_a_side_of_a_coastal_town_keeps_its_land_part(gazetteer):
    f = _sector(gazetteer, "Families sheltered in tents west of Khan Younis, medics said.\n")
    assert not f.geometry.contains(Point(OFFSHORE[1], OFFSHORE[0]))
    assert "land part" in f.note


def test_a_side_of_a_coastal_town_stays_whole_when_the_sentence_speaks_of_ships(gazetteer):
    f = _sector(gazetteer, "Two patrol boats were seen west of Khan Younis on Friday.\n")
    assert f.geometry.contains(Point(OFFSHORE[1], OFFSHORE[0]))


def test_an_inland_side_is_drawn_whole(gazetteer):
    f = _sector(gazetteer, "Russian units pushed north of Kupiansk overnight.\n")
    assert "land part" not in f.note


def test_a_camp_west_of_a_coastal_town_is_estimated_on_land_near_it(gazetteer):
    text = "Shells hit a tent camp in Muwasi, west of Khan Younis, a nurse said.\n"
    (camp,) = [t for t in geoparse(text, gazetteer) if t.text == "Muwasi"]
    assert camp.estimated
    assert distance_km((camp.place.lat, camp.place.lon), KHAN_YOUNIS) < 8

"""A border named by the country of the places the sentence names: "a buffer zone along
the Ukrainian border in the Sumy region" is Ukraine's border nearest Sumy (with Russia),
the part inside the region; it used to give nothing, no place of another country being
named to take the other side from."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geo.geometry.measures import area_km2
from geo.text.geoparse import geoparse
from geo.text.spatial import extract_features

pytestmark = pytest.mark.gazetteer


def _zone(gazetteer, text):
    toponyms = geoparse(text, gazetteer)
    found = extract_features(text, toponyms, gazetteer)
    found = [f for f in found if "border zone" in (f.note or "")]
    assert len(found) == 1, found
    return found[0]


def test_the_own_countrys_border_is_the_one_nearest_its_place(gazetteer):
    f = _zone(gazetteer, "Russia is creating a buffer zone 10 kilometres deep along the Ukrainian "
                         "border in the Sumy region.\n")  # fmt: skip
    assert "UA-RU border" in f.note and "the part inside Sumy" in f.note and f.radius_km == 10
    assert f.geometry.contains(Point(35.05, 51.05))  # Yunakivka, Sumy region, by the border
    assert not f.geometry.contains(Point(34.80, 50.91))  # Sumy city, ~30 km from it
    assert not f.geometry.contains(Point(35.35, 51.20))  # by Sudzha, Kursk region, across it
    assert 2000 < area_km2(f.geometry) < 6000  # km²: ~10 km along Sumy's ~400 km of it


def test_the_other_country_the_sentence_names_is_the_other_side(gazetteer):
    f = _zone(gazetteer, "Ukraine's border guards reinforced their posts on the border with "
                         "Belarus as Belarusian troops drilled near Gomel.\n")  # fmt: skip
    assert "BY-UA border" in f.note  # not Belarus's border with Russia, also near Gomel
    assert f.geometry.contains(Point(30.60, 51.55))  # by the Dnipro where it leaves Belarus
    assert not f.geometry.contains(Point(31.60, 52.60))  # by the Russian border, east of Gomel

"""A holder or a description between "of" and the place: "20 km north of Russian-occupied
Horlivka", "of Ukrainian-held Kostiantynivka", "of occupied Mariupol", "of the occupied
city of Mariupol", "near the southern Lebanese town of Nabatieh" (skipped as "could not be
located", or dropped silently)."""

from __future__ import annotations

import pytest

from geo.geometry.measures import area_km2, distance_km
from geo.text.geoparse import geoparse
from geo.text.spatial import extract_features
from geo.text.spatial.vocabulary import _ANCHOR_PREFIX

HORLIVKA = (48.300, 38.017)
MARIUPOL = (47.095, 37.541)


@pytest.mark.parametrize(
    ("text", "skipped"),
    [("Russian-occupied Horlivka", "Russian-occupied "), ("Ukrainian-held Kostiantynivka",
     "Ukrainian-held "), ("occupied Mariupol", "occupied "), ("rebel-held Goma", "rebel-held "),
     ("the occupied city of Mariupol", "the occupied city of "),
     ("the southern Lebanese town of Nabatieh", "the southern Lebanese town of "),
     ("Russian controlled Melitopol", "Russian controlled "), ("Kyiv", ""),
     ("the town", "the "), ("the Kursk region of Russia", "the "),
     ("the border region of Kursk", "the border region of ")],
)  # fmt: skip
def test_the_prefix_reads_past_a_holder(text, skipped):
    assert _ANCHOR_PREFIX.match(text).group() == skipped


def _features(gazetteer, text):
    return extract_features(text, geoparse(text, gazetteer), gazetteer)


@pytest.mark.gazetteer
def test_an_offset_from_a_held_town(gazetteer):
    text = "The village lies about 20 km north of Russian-occupied Horlivka.\n"
    (f,) = _features(gazetteer, text)
    assert f.kind == "offset" and f.bearing_deg == 0.0
    assert f.text == "about 20 km north of Russian-occupied Horlivka"
    p = f.geometry
    assert distance_km(HORLIVKA, (p.y, p.x)) == pytest.approx(20, abs=0.5)
    for text in ("A drone fell 10 km west of occupied Mariupol.\n",
                 "A drone fell 10 km west of the occupied city of Mariupol.\n"):  # fmt: skip
        (g,) = _features(gazetteer, text)
        assert g.kind == "offset" and g.bearing_deg == 270.0
        assert distance_km(MARIUPOL, (g.geometry.y, g.geometry.x)) == pytest.approx(10, abs=0.3)


@pytest.mark.gazetteer
def test_near_a_described_town(gazetteer):
    (f,) = _features(gazetteer, "A strike hit a car near the southern Lebanese town of Nabatieh.\n")
    assert f.kind == "near" and f.text.endswith("town of Nabatieh")
    assert 300 < area_km2(f.geometry) < 800  # km²: a disc of about 13.6 km


SUMY = (50.917, 34.799)
KHAN_YOUNIS = (31.340, 34.306)


@pytest.mark.gazetteer
def test_a_ring_around_the_city_named_before(gazetteer):
    text = (
        "Troops are pressing toward Sumy. The front now lies within roughly 20 kilometers "
        "(12 miles) of the city.\n"
    )
    (f,) = _features(gazetteer, text)
    assert f.kind == "ring" and f.radius_km == 20 and f.text.endswith("of the city")
    assert area_km2(f.geometry) == pytest.approx(1256.6, rel=0.02)  # km²: a 20 km disc
    c = f.geometry.centroid
    assert distance_km(SUMY, (c.y, c.x)) < 1


@pytest.mark.gazetteer
def test_a_depth_into_outskirts_keeps_the_outskirts(gazetteer):
    (f,) = _features(
        gazetteer, "Tanks advanced about 2 km into the eastern outskirts of Khan Younis.\n"
    )
    assert f.kind == "near" and f.bearing_deg == 90.0
    c = f.geometry.centroid
    assert c.x > KHAN_YOUNIS[1] and distance_km(KHAN_YOUNIS, (c.y, c.x)) < 7


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        # a name right after the words: no place referred to before
        "Pura lies within 19 kilometres of the provincial capital Tarlac City.\n",
        # a regional capital of no region named: not the village named before
        "Fighting near Stepnohirsk, where the front runs within 30 km of the regional capital.\n",
    ],
)
def test_a_ring_refers_back_only_when_nothing_else_is_named(gazetteer, text):
    assert not [f for f in _features(gazetteer, text) if f.kind == "ring"]

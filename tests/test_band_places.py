"""A band along a border is drawn by the town it is stated by: "2 km inside Lebanon near
Kfar Kila" (not all of Lebanon's borders), "10 km from the border on the Belarusian side,
near Mozyr" (the stretch facing Mozyr, some 50 km off), and a depth into a country whose
sentence names only the neighbour ("3 km inside Moldova near the border with Ukraine")."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

import geo
from geo.geometry import distance_km


def _band(gazetteer, text: str, start: str):
    a = geo.analyze(text, gazetteer=gazetteer)
    (f,) = [f for f in a.features if f.text.startswith(start)]
    return a, f


def _extent_km(geometry, place) -> float:
    minx, miny, maxx, maxy = geometry.bounds
    corners = [(miny, minx), (maxy, maxx), (miny, maxx), (maxy, minx)]
    return max(distance_km((place.lat, place.lon), c) for c in corners)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "start", "town", "max_km"),
    [
        ("Israeli troops operated 2 km inside Lebanon near Kfar Kila, the army said.",
         "2 km inside Lebanon", "Kfar Kila", 20),
        ("Ukrainian units pushed 10 km into Russia's Kursk region near Sudzha on Tuesday.",
         "10 km into Russia", "Sudzha", 35),
        ("Russian troops massed 10 km from the border on the Belarusian side, near Mozyr.",
         "10 km from the border", "Mozyr", 80),
    ],
)  # fmt: skip
def test_a_band_stated_by_a_town_is_drawn_by_that_town(gazetteer, text, start, town, max_km):
    a, f = _band(gazetteer, text, start)
    assert f.text.endswith(town) and "the place it describes" in f.note
    (place,) = {t.place for t in a.toponyms if t.text == town}
    assert _extent_km(f.geometry, place) < max_km


@pytest.mark.gazetteer
def test_a_depth_into_a_country_by_its_named_neighbour_follows_their_border(gazetteer):
    text = "A drone crashed 3 km inside Moldova near the border with Ukraine, officials said."
    _, f = _band(gazetteer, text, "3 km inside Moldova")
    assert "MD" in f.note and "UA" in f.note and "RO" not in f.note
    ungheni = Point(27.80, 47.21)  # on the Prut, Moldova's border with Romania
    assert f.geometry.distance(ungheni) > 0.3


@pytest.mark.gazetteer
def test_a_town_far_from_the_border_does_not_narrow_the_band(gazetteer):
    text = "Officials in Minsk said troops stayed 10 km from the border, near Minsk."
    a = geo.analyze(text, gazetteer=gazetteer)
    assert not [f for f in a.features if "the place it describes" in f.note]


@pytest.mark.gazetteer
def test_near_an_estimated_village_listed_with_towns_is_near_those_towns(gazetteer):
    text = ("In the Kupiansk direction, the enemy attacked nine times near Pishchane, "
            "Kupiansk and Kucherivka, the General Staff said.")  # fmt: skip
    a = geo.analyze(text, gazetteer=gazetteer)
    (pishchane,) = [t for t in a.toponyms if t.text == "Pishchane"]
    assert pishchane.estimated
    (f,) = [f for f in a.features if f.text.startswith("near Pishchane")]
    assert f.text == "near Pishchane, Kupiansk and Kucherivka"
    assert f.radius_km < 20  # near Kupiansk, not a 100 km disc around the estimate
    kupiansk = next(t.place for t in a.toponyms if t.text == "Kupiansk")
    assert _extent_km(f.geometry, kupiansk) < 20


@pytest.mark.gazetteer
def test_near_an_estimated_village_alone_keeps_its_uncertainty(gazetteer):
    text = "The enemy attacked near Pishchane, 10 km south of Kupiansk, the General Staff said."
    a = geo.analyze(text, gazetteer=gazetteer)
    feats = [f for f in a.features if f.text.startswith("near Pishchane")]
    assert all("listed places" not in f.note for f in feats)


@pytest.mark.gazetteer
def test_a_band_is_not_narrowed_by_a_village_the_geoparser_estimated(gazetteer):
    text = ("Saboteurs crossed 2 km into Russia's Belgorod region near the village of "
            "Demidovka, the governor said.")  # fmt: skip
    a = geo.analyze(text, gazetteer=gazetteer)
    (village,) = [t for t in a.toponyms if t.text == "Demidovka"]
    assert village.estimated  # the index lacks this Demidovka: its point is a guess
    (f,) = [f for f in a.features if f.text.startswith("2 km into")]
    assert "the place it describes" not in f.note


@pytest.mark.gazetteer
def test_a_depth_with_no_town_is_along_the_border_of_the_region_named(gazetteer):
    text = "Saboteurs crossed 2 km into Russian territory, the Belgorod governor said."
    (f,) = [f for f in geo.analyze(text, gazetteer=gazetteer).features if "into" in f.text]
    assert "UA-RU" in f.note or "RU-UA" in f.note


@pytest.mark.gazetteer
def test_an_offset_after_a_region_seat_apposition_describes_the_seat(gazetteer):
    text = (
        "RSF fighters seized Babanusa on Monday. A drone strike on a market in El Obeid, "
        "the capital of North Kordofan, about 300 km to the east, killed 12 people."
    )
    a = geo.analyze(text, gazetteer=gazetteer)
    (f,) = [f for f in a.features if f.text == "about 300 km to the east"]
    assert a.toponyms[f.anchor].text == "Babanusa"  # El Obeid lies there, not 300 km east of it

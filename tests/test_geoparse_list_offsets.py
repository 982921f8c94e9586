"""A list of villages followed by one direction ("near Stepove and Berdychi, north of
Avdiivka", "near Andriivka and Klishchiivka south of Bakhmut"): every name of the list
lies in that direction, not only the last; a far namesake gives way to an estimate."""

from __future__ import annotations

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _places(text, gazetteer):
    return {t.text: t for t in geoparse(text, gazetteer) if t.place is not None}


@pytest.mark.parametrize(
    ("text", "names", "anchor", "bearing"),
    [
        # Stepove's namesakes lie in Mykolaiv, Odesa and Cherkasy oblasts.
        ("Russian forces attacked near Stepove and Berdychi, north of Avdiivka.",
         ("Stepove", "Berdychi"), "Avdiivka", "north"),
        # Andriivka: the gazetteer's largest lies in Kharkiv oblast, 150 km off.
        ("Fighting raged near Andriivka and Klishchiivka south of Bakhmut.",
         ("Andriivka", "Klishchiivka"), "Bakhmut", "south"),
        # A single name with no comma.
        ("Ukrainian troops held near Klishchiivka south of Bakhmut.",
         ("Klishchiivka",), "Bakhmut", "south"),
        # Three names, Kharkiv oblast.
        ("Shelling hit near Hlyboke, Lyptsi and Ternova, north of Kharkiv.",
         ("Hlyboke", "Lyptsi", "Ternova"), "Kharkiv", "north"),
    ],
)
def test_the_lists_direction_holds_each_name(gazetteer, text, names, anchor, bearing):
    found = _places(text, gazetteer)
    a = found[anchor].place
    for name in names:
        p = found[name].place
        assert distance_km((p.lat, p.lon), (a.lat, a.lon)) < 45, name
        if bearing == "north":
            assert p.lat > a.lat, name
        else:
            assert p.lat < a.lat, name


@pytest.mark.gazetteer
def test_a_town_that_fits_the_direction_stays_itself(gazetteer):
    # Lyptsi is in the gazetteer, north of Kharkiv: kept, not estimated.
    found = _places("Shelling hit near Hlyboke and Lyptsi, north of Kharkiv.", gazetteer)
    assert not found["Lyptsi"].estimated and found["Lyptsi"].place.geonameid == 702989


def test_list_hint_near_reads_a_direction_after_the_list():
    from geo.text.hints import list_hint_near

    t = "Units attacked near Stepove and Berdychi, north of Avdiivka."
    assert list_hint_near(t, 20, 27) and list_hint_near(t, 32, 40)
    # No "near" list: a list of capitals with a direction after it is no front-line list.
    t = "Leaders from Paris and Berlin, west of Warsaw, met."
    assert not list_hint_near(t, 13, 18)


@pytest.mark.parametrize(
    ("text", "names", "anchor"),
    [
        # ISW: each name with its own relation, then the list's "(both ...)"
        ("Geolocated footage indicates that Russian forces advanced west of Orlivka and "
         "north of Berdychi (both northwest of Avdiivka).", ("Orlivka", "Berdychi"),
         "Avdiivka"),
        ("Russian forces advanced south of Synkivka and east of Petropavlivka (both "
         "northeast of Kupiansk).", ("Synkivka", "Petropavlivka"), "Kupiansk"),
    ],
)
def test_names_each_with_a_relation_share_the_lists_direction(gazetteer, text, names,
                                                              anchor):
    found = _places(text, gazetteer)
    a = found[anchor].place
    for name in names:
        p = found[name].place
        assert distance_km((p.lat, p.lon), (a.lat, a.lon)) < 45, name
        assert p.lat > a.lat, name  # north-west or north-east of the anchor


def test_unknown_names_of_a_list_take_its_last_names_direction(gazetteer):
    # None of the three is in the gazetteer: all lie west of Avdiivka, not at Pokrovsk,
    # the direction the paragraph names.
    text = (
        "Russian forces continued offensive operations in the Pokrovsk direction. Russian "
        "forces attacked near Tonenke, Nevelske and Umanske (west of Avdiivka)."
    )
    found = _places(text, gazetteer)
    a = found["Avdiivka"].place
    for name in ("Tonenke", "Nevelske", "Umanske"):
        p = found[name].place
        assert found[name].estimated and p.lon < a.lon, name
        assert distance_km((p.lat, p.lon), (a.lat, a.lon)) < 45, name


def test_a_known_town_keeps_its_reading_before_a_last_names_direction(gazetteer):
    # ISW: "(east of Dobropillia)" is Shakhove's; Pokrovsk stays the city.
    text = (
        "Russian forces attacked near Pokrovsk, Rodynske, Bilozerske and Shakhove (east "
        "of Dobropillia)."
    )
    found = _places(text, gazetteer)
    assert not found["Pokrovsk"].estimated and found["Pokrovsk"].place.geonameid == 704422


@pytest.mark.parametrize(
    ("text", "name", "partner"),
    [
        ("Units of the Southern group of forces repelled three counterattacks in the area "
         "of Verkhnekamenskoye and Belogorovka, the Defense Ministry said.",
         "Verkhnekamenskoye", "Belogorovka"),
        ("Units struck manpower and equipment in the areas of the settlements of "
         "Kleshcheyevka, Kurdyumovka and Chasov Yar.", "Kleshcheyevka", "Kurdyumovka"),
    ],
)
def test_the_area_of_a_list_holds_its_villages(gazetteer, text, name, partner):
    # The Defence Ministry's "in the area(s) of (the settlements of)" is a "near" list.
    found = _places(text, gazetteer)
    p, q = found[name].place, found[partner].place
    assert found[name].estimated
    assert distance_km((p.lat, p.lon), (q.lat, q.lon)) < 45


def test_a_loose_compass_point_keeps_a_unique_village(gazetteer):
    # Kozacha Lopan lies 40 km north by west of Kharkiv; ISW calls it "northwest".
    text = (
        "Russian sources claimed that elements of the Northern Grouping of Forces are "
        "fighting near Kozacha Lopan (northwest of Kharkiv City)."
    )
    t = _places(text, gazetteer)["Kozacha Lopan"]
    assert not t.estimated and t.place.geonameid == 706587

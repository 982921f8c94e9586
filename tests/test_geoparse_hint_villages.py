"""A relative-location hint with no stated distance: a known town may lie far along it
("Vovchansk, north-east of Kharkiv", 70 km), a known village not (a namesake 85 km off
is another village; the one meant is estimated along the hint instead)."""

import pytest

from geo.geometry import distance_km

pytestmark = pytest.mark.gazetteer


def _point(gazetteer, text, name):
    from geo import analyze

    for t in analyze(text, gazetteer=gazetteer).toponyms:
        if t.text == name and t.place is not None:
            return t.place
    raise AssertionError(f"{name} not resolved in {text!r}")


@pytest.mark.parametrize(
    ("text", "name", "anchor"),
    [
        (
            "Russian forces attacked near Pokrovsk and Novoselivka (southwest of Pokrovsk) "
            "on Monday.",
            "Novoselivka",
            "Pokrovsk",
        ),
        (
            "Russian forces advanced near Andriivka (west of Kurakhove) and Oleksandrivka "
            "(south of Mezhova).",
            "Andriivka",
            "Kurakhove",
        ),
        (
            "Fighting continued near Malynivka (south of Huliaipole) and Pokrovske (north "
            "of Orikhiv).",
            "Pokrovske",
            "Orikhiv",
        ),
    ],
)
def test_village_namesake_far_along_a_hint_is_not_taken(gazetteer, text, name, anchor):
    village = _point(gazetteer, text, name)
    town = _point(gazetteer, text, anchor)
    assert distance_km((village.lat, village.lon), (town.lat, town.lon)) <= 45.0


@pytest.mark.parametrize(
    ("text", "name", "geonameid"),
    [
        ("Glide bombs hit Vovchansk, north-east of Kharkiv, overnight.", "Vovchansk", 689304),
        ("Shelling hit Balakliia, south-east of Kharkiv, on Tuesday.", "Balakliia", 712926),
    ],
)
def test_town_far_along_a_hint_is_still_taken(gazetteer, text, name, geonameid):
    assert _point(gazetteer, text, name).geonameid == geonameid

"""Session 31's places brief: "west of the town" is measured from the place the text
called "the town of X" (geo.text.capital_anchors.called_town_before), and "X, near Y"
takes a namesake within a town's reach of Y (geo.text.direction_namesakes.directed_namesake).
Texts written for these tests."""

import pytest

from geo.geometry import distance_km
from geo.text.capital_anchors import called_town_before
from geo.text.geoparse import geoparse
from geo.text.tokens import Mention

#: Zaliznychne, Zaporizhzhia Oblast, 7 km west of Huliaipole.
_ZALIZNYCHNE = (47.64855, 36.16715)


def _mention(text, name):
    at = text.index(name)
    return Mention(at, at + len(name), name.lower(), 1, 1)


def test_the_last_place_called_a_town_is_found_before_the_hint():
    text = "the southern town of Huliaipole, on the road from Pokrovske, near Zaliznychne"
    mentions = [_mention(text, n) for n in ("Huliaipole", "Pokrovske", "Zaliznychne")]
    assert called_town_before(text, mentions, 2) == 0
    assert called_town_before("near Pokrovske and Zaliznychne", mentions[1:], 1) is None


@pytest.mark.gazetteer
def test_west_of_the_town_is_west_of_the_place_called_a_town(gazetteer):
    text = (
        "Russian forces are attacking the southern town of Huliaipole from the north, "
        "after the fall of several villages on the road from Pokrovske.\n\n"
        "Assault groups had reached the outskirts of Zaliznychne, west of the town, "
        "an officer said."
    )
    (t,) = [t for t in geoparse(text, gazetteer) if t.text == "Zaliznychne"]
    assert distance_km((t.place.lat, t.place.lon), _ZALIZNYCHNE) < 5


@pytest.mark.gazetteer
def test_a_namesake_within_a_town_s_reach_is_taken_for_x_near_y(gazetteer):
    # The name's reading elsewhere (by Kramatorsk) lies far from Kurakhove; the gazetteer's
    # Oleksandrivka 23 km east of it is the one meant, not an estimate at Kurakhove.
    text = (
        "The Oleksandrivka west of Kramatorsk is a quiet rear village; the southern "
        "Oleksandrivka, near Kurakhove, has been under Russian control since last winter."
    )
    found = [t for t in geoparse(text, gazetteer) if t.text == "Oleksandrivka"]
    assert not found[1].estimated
    assert distance_km((found[1].place.lat, found[1].place.lon), (47.92073, 37.57872)) < 5


def test_a_near_hint_wider_than_a_town_s_reach_picks_no_namesake():
    from geo.text.direction_namesakes import NEAR_TOWN_REACH_KM, directed_namesake
    from geo.text.hints import Hint

    m = Mention(0, 8, "ivanivka", 1, 1)
    wide = Hint(1, None, 180.0, 0.0, NEAR_TOWN_REACH_KM + 15.0, None, 0, 8)  # a list's 40 km
    assert directed_namesake(None, m, wide, 5) is None

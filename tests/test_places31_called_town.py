"""Session 31's places brief: "west of the town" is measured from the place the text
called "the town of X", not from a village named after it
(geo.text.capital_anchors.called_town_before).  Texts written for these tests."""

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

"""A village the gazetteer lacks is estimated by the places of its own sentence before
those of the sentence before it (geo.text.list_partners.anchor_partners)."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "name", "partner"),
    [
        ("Fighting was heavy near Mariupol on Monday. A column was seen 2.5 km north of "
         "the village of Robotyne and 1,500 m east of Verbove.", "Robotyne", "Verbove"),
        ("Drones struck Berdiansk overnight. A column was seen 2.5 km north of the village "
         "of Robotyne and 1,500 m east of Verbove.", "Robotyne", "Verbove"),
        ("Shelling was heavy near Kramatorsk on Monday. A convoy was seen 2.5 km north of "
         "the village of Kucherivka and 1,500 m east of Kupiansk.", "Kucherivka", "Kupiansk"),
    ],
)  # fmt: skip
def test_an_estimate_takes_its_own_sentences_place(gazetteer, text, name, partner):
    tops = {t.text: t for t in geoparse(text, gazetteer)}
    village, there = tops[name], tops[partner].place
    assert village.estimated
    assert distance_km((village.place.lat, village.place.lon), (there.lat, there.lon)) <= 40.0

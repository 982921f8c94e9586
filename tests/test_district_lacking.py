"""A village a district locates that the gazetteer lacks is estimated by the district's
centre, not read as a namesake hundreds of km off ("In the Belgorod district, ... between
Nikolskoye and Belgorod": not Moscow Oblast's Nikolskoye); a sentence's second district
takes the names after it (geo.text.district_anchors).

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from geo.geometry import distance_km
from geo.text.district_anchors import district_anchors
from geo.text.tokens import Mention

pytestmark = pytest.mark.gazetteer

BELGOROD = (50.6034, 36.5809)


def _toponym(gazetteer, text, name):
    from geo import analyze

    for t in analyze(text, gazetteer=gazetteer).toponyms:
        if t.text == name:
            return t
    raise AssertionError(f"{name} not found in {text!r}")


@pytest.mark.parametrize(
    "text",
    [
        "In the Belgorod district, a drone struck a car on the road between Nikolskoye and "
        "Belgorod. The driver was wounded.",
        "In the Belgorod district, shelling damaged houses in Nikolskoye and Dubovoye.",
    ],
)
def test_a_village_the_index_lacks_lies_by_the_districts_centre(gazetteer, text):
    t = _toponym(gazetteer, text, "Nikolskoye")
    assert t.place is not None and t.estimated
    assert distance_km((t.place.lat, t.place.lon), BELGOROD) < 60


def test_a_city_in_the_districts_sentence_keeps_its_reading(gazetteer):
    text = "In the Belgorod district, a drone hit a car, officials in Moscow said."
    t = _toponym(gazetteer, text, "Moscow")
    assert not t.estimated and distance_km((t.place.lat, t.place.lon), (55.75, 37.62)) < 20


def test_a_second_district_takes_the_names_after_it(gazetteer):
    text = ("In the Krasnaya Yaruga district, a drone hit a farm near Ilek-Penkovka, and in "
            "the Valuyki district a drone hit a grain silo in Urazovo.")
    t = _toponym(gazetteer, text, "Urazovo")
    assert distance_km((t.place.lat, t.place.lon), (50.0836, 38.0395)) < 5


def test_district_anchors_stop_at_another_districts_centre():
    text = "In the Izium district, shells hit A, and in the Kupiansk district B."
    names = ["Izium", "A", "Kupiansk", "B"]
    ms = []
    for n in names:
        s = text.index(n if n != "A" else " A,") + (1 if n == "A" else 0)
        ms.append(Mention(s, s + len(n), n.lower(), 0, 0))
    anchors = district_anchors(text, ms)
    assert anchors.get(1) == 0 and 2 not in anchors and 3 not in anchors

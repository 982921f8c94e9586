"""Session 30's places brief: "the town" is no city of a million named just before it
(geo.text.capital_anchors.town_not_city), and the far end of a span "from A in the north
to B in the south" is not estimated at A (geo.text.list_kinds.span_end).  Texts written
for these tests."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _named(gazetteer, text, name):
    return [t for t in geoparse(text, gazetteer) if t.text == name]


def test_the_town_after_a_city_of_a_million_is_the_town_named_before_it(gazetteer):
    text = (
        "A drone hit a warehouse in Pokrov, about 115 kilometers southwest of Dnipro, "
        "the governor said, and shells fell on Marhanets, some 25 kilometers east of "
        "the town.\n"
    )
    (t,) = _named(gazetteer, text, "Marhanets")
    assert not t.estimated
    assert distance_km((t.place.lat, t.place.lon), (47.63088, 34.62450)) < 5


def test_the_town_after_a_town_stays_that_town(gazetteer):
    text = (
        "Shelling hit Orikhiv on Monday, and a drone struck a car in Mala Tokmachka, "
        "about 8 kilometers east of the town.\n"
    )
    (t,) = _named(gazetteer, text, "Mala Tokmachka")
    assert distance_km((t.place.lat, t.place.lon), (47.53440, 35.90066)) < 5


VOVCHANSK = (50.29078, 36.94108)


def test_the_far_end_of_a_span_is_not_estimated_at_the_other_end(gazetteer):
    text = (
        "Russian units attacked along the line from Volchansk in the north to Rabotino "
        "in the south on Friday, the ministry said.\n"
    )
    for t in _named(gazetteer, text, "Rabotino"):
        assert t.place is None or distance_km((t.place.lat, t.place.lon), VOVCHANSK) > 200


def test_a_pair_with_to_but_no_from_still_partners(gazetteer):
    # "near X and Y" keeps its partner: only "from A ... to B" is a span.
    text = "Russian troops attacked near Vovchansk and Vovchanski Khutory on Friday.\n"
    (t,) = _named(gazetteer, text, "Vovchanski Khutory")
    assert t.place is not None
    assert distance_km((t.place.lat, t.place.lon), VOVCHANSK) < 20

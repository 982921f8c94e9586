"""A village of a "near A and B" pair read more than 100 km from its partner is a
namesake of the one meant: it is estimated by the partner ("near Mala Tokmachka and
Novodanylivka": not the Novodanylivka 120 km south), while a pair whose name has one
front-line place keeps it ("near Volchansk and Yunakovka", 160 km)."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

MALA_TOKMACHKA = (47.5344, 35.90066)


def _named(gazetteer, text, name):
    return next(t for t in geoparse(text, gazetteer) if t.text == name)


def test_a_far_village_of_a_pair_is_estimated_by_its_partner(gazetteer):
    text = "Assault groups struck near Mala Tokmachka and Novodanylivka overnight, he said.\n"
    t = _named(gazetteer, text, "Novodanylivka")
    assert t.estimated
    assert distance_km((t.place.lat, t.place.lon), MALA_TOKMACHKA) < 45


def test_a_village_near_its_partner_keeps_its_place(gazetteer):
    text = "Assault groups struck near Orikhiv and Mala Tokmachka overnight, he said.\n"
    t = _named(gazetteer, text, "Mala Tokmachka")
    assert not t.estimated and t.place.admin1_code == "26"

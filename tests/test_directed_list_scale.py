"""A directed list with no distance stated ("A and B, east of Y"): a name the gazetteer
lacks is estimated at the scale of its partners the gazetteer has (Bani Suheila, 2 km
east of Khan Younis), not at the middle of the 2-40 km an unstated distance allows,
which would put a Gaza village inside Israel."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

KHAN_YOUNIS = (31.34018, 34.30627)


def _estimated(gazetteer, text):
    return next(t for t in geoparse(text, gazetteer) if t.estimated)


def test_a_partner_by_the_anchor_keeps_the_estimate_near_it(gazetteer):
    text = (
        "Troops moved into Bani Suheila and Qizan an-Najjar, east of Khan Younis, "
        "residents said.\n"
    )
    t = _estimated(gazetteer, text)
    assert t.text == "Qizan an-Najjar"  # (Abasan al-Saghira is now read as Abasan al-Jadida)
    assert distance_km((t.place.lat, t.place.lon), KHAN_YOUNIS) <= 5.0
    assert t.place.lon > KHAN_YOUNIS[1]  # still east of the town


def test_without_a_partner_the_unstated_band_holds(gazetteer):
    text = "Troops moved into Qizan an-Najjar, east of Khan Younis, residents said.\n"
    t = _estimated(gazetteer, text)
    assert distance_km((t.place.lat, t.place.lon), KHAN_YOUNIS) > 10.0

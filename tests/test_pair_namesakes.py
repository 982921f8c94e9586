"""A name of a two-name list read far from its partner is its namesake by the partner,
whatever the text's focus says ("drones over Chornomorsk and Pivdenne" in a story
datelined Kharkiv: Odesa Oblast's Pivdenne, 48 km from Chornomorsk, not Kharkiv
Oblast's); a pair whose names lie together keeps its readings."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

ODESA_PIVDENNE = (46.62472, 31.10182)
LVIV_ZOLOCHIV = (49.8074, 24.90376)
KHARKIV_PIVDENNE = (49.88134, 36.06807)


def _named(gazetteer, text, name):
    return next(t for t in geoparse(text, gazetteer) if t.text == name)


@pytest.mark.parametrize(
    "text",
    [
        "KHARKIV, Ukraine (AP) — Russian drones struck an energy facility in Kharkiv "
        "overnight.\n\nElsewhere, air defenses downed drones over Chornomorsk and "
        "Pivdenne, the regional administration said.\n",
        "KHARKIV, Ukraine — Shelling hit Kharkiv's northern districts on Sunday.\n\n"
        "Separately, a missile struck a warehouse between Pivdenne and Chornomorsk.\n",
    ],
)
def test_a_pair_partner_outweighs_the_focus(gazetteer, text):
    t = _named(gazetteer, text, "Pivdenne")
    assert distance_km((t.place.lat, t.place.lon), ODESA_PIVDENNE) < 20


def test_a_western_pair_in_an_eastern_story(gazetteer):
    text = (
        "KHARKIV, Ukraine — Russian drones hit an industrial site on the edge of Kharkiv "
        "overnight.\n\nFar to the west, air raid sirens sounded in Brody and Zolochiv "
        "after a missile launch was detected.\n"
    )
    t = _named(gazetteer, text, "Zolochiv")
    assert distance_km((t.place.lat, t.place.lon), LVIV_ZOLOCHIV) < 20


def test_a_pair_that_lies_together_keeps_its_readings(gazetteer):
    text = (
        "KHARKIV, Ukraine — A drone hit a house near Kharkiv, police said.\n\n"
        "Residents of Pivdenne and Merefa were told to stay in shelters.\n"
    )
    t = _named(gazetteer, text, "Pivdenne")
    assert distance_km((t.place.lat, t.place.lon), KHARKIV_PIVDENNE) < 20

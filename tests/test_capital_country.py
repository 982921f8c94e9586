""" "X, north of the capital" measures from the capital of the country the text speaks of
there (geo.text.capital_anchors): its sentence's "In Somalia," or its section's heading
line "Somalia", not the last capital named, in another country's section (Juba)."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

SOUTH_SUDAN = (
    "South Sudan\n\n"
    "Fighting in Upper Nile state has displaced thousands, aid agencies in Juba said. "
    "Boats from Malakal have stopped running.\n\n"
)
MOGADISHU = (2.037, 45.344)


def _balcad(gazetteer, text):
    return next(t for t in geoparse(text, gazetteer) if t.text == "Balcad")


def _km(t, point):
    return distance_km((t.place.lat, t.place.lon), point)


def test_a_section_heading_names_the_capital_meant(gazetteer):
    text = SOUTH_SUDAN + (
        "Somalia\n\n"
        "Al-Shabaab fighters attacked a base in Balcad, north of the capital. Government "
        "forces reinforced Jowhar and the road to Mogadishu.\n"
    )
    t = _balcad(gazetteer, text)
    assert t.place is None or (t.place.country_code == "SO" and _km(t, MOGADISHU) < 80)


def test_the_sentences_country_names_the_capital_meant(gazetteer):
    text = SOUTH_SUDAN + (
        "In Somalia, militants attacked a base in Balcad, north of the capital, elders "
        "said. Troops were sent from Mogadishu.\n"
    )
    t = _balcad(gazetteer, text)
    assert t.place is None or (t.place.country_code == "SO" and _km(t, MOGADISHU) < 80)


def test_a_capital_the_text_never_names_is_no_other_countrys(gazetteer):
    text = SOUTH_SUDAN + "Somalia\n\nMilitants attacked a base in Balcad, north of the capital.\n"
    for t in geoparse(text, gazetteer):  # left out (a warning) or without a place
        assert t.text != "Balcad" or t.place is None or t.place.country_code != "SS"


def test_the_last_capital_still_anchors_a_text_of_one_country(gazetteer):
    text = (
        "KYIV (Reuters) — Russia launched drones overnight, officials said.\n\n"
        "A drone hit a warehouse in Bucha, west of the capital, and another fell near "
        "Irpin.\n"
    )
    bucha = next(t for t in geoparse(text, gazetteer) if t.text == "Bucha")
    assert bucha.place.country_code == "UA"

"""A settlement word after a name ("stormed Mafa village", "Kawuri village near
Konduga") says the name is a place, as "the village of Mafa" does: a hamlet the
gazetteer holds is kept, a hint after the word is the name's, and a body of the village
("the Mafa village head") is no place."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.hints import settlement_after

pytestmark = pytest.mark.gazetteer

BORNO_MAFA = (11.92417, 13.60066)
KONDUGA = (11.65331, 13.41787)


def _named(gazetteer, text, name):
    return next((t for t in geoparse(text, gazetteer) if t.text == name), None)


@pytest.mark.parametrize(
    "text",
    [
        "Extremists stormed Mafa village, about 45 kilometers (28 miles) east of Maiduguri, "
        "the state capital, killing 12 people.\n",
        "Boko Haram fighters overran Mafa village in Borno State on Sunday, residents said.\n",
        "Residents of Mafa village fled to Maiduguri after the attack.\n",
    ],
)
def test_a_hamlet_named_with_village_after_it_is_kept(gazetteer, text):
    t = _named(gazetteer, text, "Mafa")
    assert t is not None and t.place is not None
    assert distance_km((t.place.lat, t.place.lon), BORNO_MAFA) < 20


@pytest.mark.parametrize(
    ("text", "name", "anchor"),
    [
        ("Gunmen burned houses in Kawuri village near Konduga before fleeing.\n", "Kawuri",
         KONDUGA),
        ("In another attack, fighters raided Kawuri village near Konduga, police said.\n",
         "Kawuri", KONDUGA),
        ("Troops said they pushed militants out of Auno village near Maiduguri.\n", "Auno",
         (11.84692, 13.15712)),
    ],
)
def test_a_village_the_gazetteer_lacks_is_estimated_by_its_near_anchor(
    gazetteer, text, name, anchor
):
    t = _named(gazetteer, text, name)
    assert t is not None and t.estimated
    assert distance_km((t.place.lat, t.place.lon), anchor) < 20


def test_an_offset_after_the_village_word_is_the_names(gazetteer):
    text = "Gunmen killed four herders in Mainok village, about 55 km west of Maiduguri.\n"
    t = _named(gazetteer, text, "Mainok")
    assert t is not None and t.estimated
    assert 35 < distance_km((t.place.lat, t.place.lon), (11.84692, 13.15712)) < 75


def test_a_village_body_is_no_settlement_word():
    assert settlement_after("the Mafa village council met", 8) == 8
    assert settlement_after("Mafa villagers fled", 4) == 4
    assert settlement_after("Mafa village, east of", 4) == 12

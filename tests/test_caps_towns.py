"""All-caps slugs and headings that list towns below a city's size.

A bulletin's section heading or a wire slug in capitals ("FRONT LINE: BAKHMUT,
AVDIIVKA, VUHLEDAR") names towns of 10,000-50,000 people that no English word
spells; each is found as it is in mixed case, while the heading's own words
("UPDATE", "SHELLING", "FRONT") stay words (geo.text.caps_towns). Texts written
for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer

_BODY = "\n\nFighting went on through the night, officials said.\n"


def found(gazetteer, heading):
    from geo.text.geoparse import geoparse

    return [t.text for t in geoparse(heading + _BODY, gazetteer)]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("UPDATE: KUPIANSK, IZIUM, LYMAN", ["KUPIANSK", "IZIUM", "LYMAN"]),
        ("SHELLING IN KUPIANSK AND IZIUM", ["KUPIANSK", "IZIUM"]),
        ("FRONT LINE: BAKHMUT, AVDIIVKA AND VUHLEDAR", ["BAKHMUT", "AVDIIVKA", "VUHLEDAR"]),
        ("DRONE DEBRIS FELL ON IZIUM OVERNIGHT", ["IZIUM"]),
    ],
)
def test_capitals_line_keeps_each_town(gazetteer, heading, expected):
    assert found(gazetteer, heading) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("KUPIANSK IZIUM", ["KUPIANSK", "IZIUM"]),
        ("KHARKIV KUPIANSK IZIUM ODESA", ["KHARKIV", "KUPIANSK", "IZIUM", "ODESA"]),
        ("Kharkiv Kupiansk Izium Odesa", ["Kharkiv", "Kupiansk", "Izium", "Odesa"]),
    ],
)
def test_heading_of_towns_side_by_side_is_a_list(gazetteer, heading, expected):
    assert found(gazetteer, heading) == expected


@pytest.mark.parametrize(
    "heading",
    ["UPDATE: SHELLING CONTINUED OVERNIGHT", "LIVE UPDATES FROM THE FRONT LINE"],
)
def test_capitals_heading_words_stay_words(gazetteer, heading):
    assert found(gazetteer, heading) == []


def test_town_word_needs_a_rare_word_and_a_town(gazetteer):
    from geo.gazetteer.normalize import normalize
    from geo.text.caps_towns import town_word

    assert town_word(gazetteer, normalize("Kupiansk"))
    assert not town_word(gazetteer, normalize("update"))  # an English word
    assert not town_word(gazetteer, normalize("Jordan"))  # a given name

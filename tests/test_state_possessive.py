"""A US state's own words after its possessive name the state: "Georgia's state line"
(tester 13, finding 14: the country Georgia and Athens, Greece before).  Texts written
for these tests."""

import pytest

from geo.text.geoparse import geoparse


def _places(text, gazetteer):
    return {t.text: t.place for t in geoparse(text, gazetteer) if t.place is not None}


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("Police in Athens said the suspect fled toward Georgia's state line.", "Athens",
         "US", "GA"),
        ("Deputies in Augusta said the van crossed Georgia's state line before dawn.",
         "Georgia", "US", "GA"),
        ("Georgia's state troopers closed the interstate near Macon on Friday.", "Georgia",
         "US", "GA"),
        ("New York's state legislature met in Albany on Monday.", "New York", "US", "NY"),
    ],
)  # fmt: skip
def test_a_state_s_own_words_after_its_possessive(gazetteer, text, name, country, admin1):
    place = _places(text, gazetteer)[name]
    assert (place.country_code, place.admin1_code) == (country, admin1)
    if name in ("Georgia", "New York"):
        assert place.kind == "admin1"


def test_a_country_s_state_media_is_still_the_country(gazetteer):
    place = _places("Georgia's state media reported protests in Tbilisi.", gazetteer)["Georgia"]
    assert (place.kind, place.country_code) == ("country", "GE")

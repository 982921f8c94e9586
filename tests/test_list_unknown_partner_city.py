"""A name listed with a name the gazetteer lacks (a settlement: the index has every
region) reads as the city, not the region named after it, in a text full of regions:
"convoys turned back toward Hsipaw and Mandalay" is the city of Mandalay."""

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

TEXT = (
    "YANGON, June 2 - Insurgents said on Monday they had overrun an army base outside Lashio, "
    "a trading hub in northern Shan State.\n\nThe base lies about 100 km from the border post "
    "at Muse. Traders said convoys had turned back toward Hsipaw and Mandalay.\n\nIn the "
    "southeast, Karen fighters clashed with troops near Myawaddy, across the river from Mae "
    "Sot. Naypyitaw was calm.\n"
)


def _mandalay(gazetteer, text):
    return next(t for t in geoparse(text, gazetteer) if t.text == "Mandalay")


def test_listed_with_an_unknown_town_it_is_the_city(gazetteer):
    assert _mandalay(gazetteer, TEXT).place.kind == "place"


def test_the_region_word_still_reads_the_region(gazetteer):
    text = "Clashes were reported in Shan State and in the Sagaing and Mandalay regions.\n"
    assert _mandalay(gazetteer, text).place.kind == "admin1"

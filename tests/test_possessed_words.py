"""An everyday word after a person's possessive is a landmark's head ("Piłsudski's Mound"),
not the small town of that name; after a place's possessive a place stays."""

import pytest

from geo.text.geoparse import geoparse


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Piłsudski's Mound overlooks Kraków from the west.", ["Kraków"]),
        ("Tourists climbed Kościuszko’s Mound before noon.", []),
        # a place's possessive: the place after it stays
        ("Ukraine's Kharkiv was shelled again.", ["Ukraine", "Kharkiv"]),
        ("Russia's Reading is a small town.", ["Russia", "Reading"]),
        # not an everyday word, or a large place: stays
        ("Zelensky's Kyiv stood firm.", ["Kyiv"]),
    ],
)
def test_an_everyday_word_after_a_possessive(gazetteer, text, names):
    assert [t.text for t in geoparse(text, gazetteer)] == names

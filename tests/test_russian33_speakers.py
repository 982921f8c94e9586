"""A name the gazetteer lacks, followed by a verb of saying, is a speaker, not a place.

Headlines of occupation officials' statements end in the speaker ("... near Orekhov,
Balitsky says"); the comma after a place made the surname a second name of a "near"
list. Every text here is written for these tests.
"""

import pytest

from geo.text.geoparse import geoparse


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces shell Energodar as fighting continues near Orekhov, Balitsky says",
        "Fighting continues near Orekhov, Balitsky said on Tuesday.",
    ],
)
def test_a_surname_before_says_is_no_place_of_a_near_list(gazetteer, text):
    read = [t.text for t in geoparse(text, gazetteer)]
    assert "Orekhov" in read and "Balitsky" not in read


@pytest.mark.gazetteer
def test_a_village_before_another_word_stays_in_its_near_list(gazetteer):
    # the verb must follow the name itself: "Malaya Tokmachka" is read as before
    read = {t.text: t.place for t in geoparse("Fighting continues near Orekhov and "
                                              "Malaya Tokmachka, Saldo said.", gazetteer)}
    assert read["Malaya Tokmachka"] is not None

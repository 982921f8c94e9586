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


@pytest.mark.gazetteer
def test_a_place_after_in_before_said_stays_a_place(gazetteer):
    # "police in Baramulla said": the place of a body that speaks
    text = (
        "Pakistani troops fired across the Line of Control near Kupwara and Rajouri "
        "overnight, and police in Baramulla said two militants were killed."
    )
    read = {t.text: t.place for t in geoparse(text, gazetteer)}
    assert read["Baramulla"] is not None and read["Baramulla"].country_code == "IN"

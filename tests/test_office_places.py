"""The place of an office whose holder is named right after it (geo.text.office_places).

Every text here is written for these tests.
"""

import geo


def _names(text, gazetteer):
    return [t.text for t in geo.analyze(text, gazetteer=gazetteer).toponyms]


def test_the_place_of_an_office_before_its_holder_stays(gazetteer):
    assert _names("Mayor of Kharkiv Ihor Terekhov said two people were hurt.", gazetteer) == [
        "Kharkiv"
    ]
    text = "The Prime Minister of Pakistan Imran Khan spoke on Monday."
    assert _names(text, gazetteer) == ["Pakistan"]
    text = "The Minister for Trade and Industry of Kenya Moses Kuria resigned."
    assert _names(text, gazetteer) == ["Kenya"]


def test_a_place_that_is_a_given_name_too(gazetteer):
    text = "Former President of Georgia Mikheil Saakashvili went on hunger strike."
    assert _names(text, gazetteer) == ["Georgia"]


def test_without_a_title_the_run_is_still_a_name(gazetteer):
    assert _names("The Bank of Kharkiv Ihor Terekhov said it would pay.", gazetteer) == []
    assert _names("Georgia Mikheil, a teacher, said the school was shut.", gazetteer) == []

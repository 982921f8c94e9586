"""A place cue opening a sentence, and hyphenated names spelt otherwise (real gazetteer)."""

import pytest

from geo.text.geoparse import geoparse


def _places(gazetteer, text):
    return {t.text: t.place for t in geoparse(text, gazetteer) if t.place is not None}


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("In Deir ez-Zor, fighting continued.", "Deir ez-Zor", "SY"),
        ("Near Deir el-Balah, tanks were seen.", "Deir el-Balah", "PS"),
        ("Around Khan Younis, the shelling went on.", "Khan Younis", "PS"),
        ("In Kramatorsk, sirens sounded.", "Kramatorsk", "UA"),
    ],
)
def test_a_sentence_opening_with_a_cue_keeps_the_name_after_it(gazetteer, sentence, name, country):
    text = f"Clashes were reported on Monday.\n\n{sentence}\n"
    places = _places(gazetteer, text)
    assert name in places, places
    assert places[name].country_code == country


def test_a_name_that_starts_with_the_cue_word_stays_whole(gazetteer):
    places = _places(gazetteer, "Dust storms hit the south.\n\nIn Salah is a town in Algeria.\n")
    assert places["In Salah"].country_code == "DZ"


@pytest.mark.parametrize(
    ("sentence", "name", "place"),
    [
        ("Troops in Kupyansk-Vuzlovyi were shelled.", "Kupyansk-Vuzlovyi", "Kupiansk-Vuzlovyi"),
        ("Drones struck Kupyansk-Vuzlovyi and Kupyansk.", "Kupyansk-Vuzlovyi", "Kupiansk-Vuzlovyi"),
    ],
)
def test_a_hyphenated_name_spelt_otherwise_is_read_whole(gazetteer, sentence, name, place):
    places = _places(gazetteer, f"Clashes were reported on Monday.\n\n{sentence}\n")
    assert places[name].name == place

"""Village names ending in a generic word ("Kucheriv Yar", "Hulyai Pole"): the generic is
the name's own last word, even where the gazetteer knows it alone as a place (Yar, in
Udmurtia), so a village the gazetteer lacks is read whole where the text locates it."""

import pytest

from geo import analyze

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian forces attacked near Bilytske and Kucheriv Yar.", "Kucheriv Yar"),
        ("Shelling hit Kucheriv Yar (northeast of Dobropillia) overnight.", "Kucheriv Yar"),
        ("Troops advanced near Rodynske and Bilyi Bairak on Monday.", "Bilyi Bairak"),
    ],
)
def test_a_generic_last_word_is_part_of_the_name(gazetteer, text, name):
    names = [t.text for t in analyze(text, gazetteer=gazetteer).toponyms]
    assert name in names, names


def test_a_surname_before_no_generic_is_no_place(gazetteer):
    names = [t.text for t in analyze("The Kucheriv family lived in Dobropillia.").toponyms]
    assert names == ["Dobropillia"]

"""Two small recognition kinds (texts written for these tests): a region's border area
is the region ("the Kursk and Belgorod border areas": geo.text.region_after,
geo.text.containers), and an Arabic name after an Arabic preposition of place is read
("قصف على غزة", shelling on Gaza: geo.text.cjk_names.arabic_heads).
"""

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def kinds(gazetteer, text):
    return {t.text: (t.place.kind, t.place.country_code) for t in geoparse(text, gazetteer)}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Fighting continued in the Kursk and Belgorod border areas, the ministry said.",
         ("Kursk", "Belgorod")),
        ("Fighting continued in the Kursk border area on Monday.", ("Kursk",)),
        ("Evacuations went on in the Belgorod border districts.", ("Belgorod",)),
    ],
)
def test_a_border_area_is_the_region(gazetteer, text, names):
    found = kinds(gazetteer, text)
    for name in names:
        assert found[name] == ("admin1", "RU"), name


def test_a_border_crossing_keeps_the_city(gazetteer):
    found = kinds(gazetteer, "Trucks queued at the Kursk border crossing near Sudzha.")
    assert found["Kursk"] == ("place", "RU")


@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [("قصف على غزة", "غزة", "PS"), ("غارات إسرائيلية على رفح", "رفح", "PS"),
     ("Residents told us: قصف على غزة", "غزة", "PS")],
)
def test_an_arabic_name_after_a_preposition_of_place(gazetteer, text, name, cc):
    assert kinds(gazetteer, text)[name] == ("place", cc)


def test_an_arabic_word_with_no_preposition_is_left(gazetteer):
    assert "غزة" not in kinds(gazetteer, "غزة")


def test_a_region_named_with_its_word_states_the_paragraphs_country(gazetteer):
    # With no Russian town read (the border area is the oblast), "Belgorod Oblast" still
    # says where the paragraph's villages are: both mentions of a village the gazetteer
    # has only in western Ukraine are estimated in the oblast (geo.text.paragraph_regions).
    text = ("Russian milbloggers claimed that Ukrainian troops crossed the border into Belgorod "
            "Oblast near Demidovka. Belgorod Oblast Governor Vyacheslav Gladkov said shelling "
            "damaged houses in Demidovka. Russia's Northern Group of Forces moved reserves to "
            "the Belgorod border area.")
    found = [t for t in geoparse(text, gazetteer) if t.text == "Demidovka"]
    assert len(found) == 2
    assert all(t.estimated and (t.place.country_code, t.place.admin1_code) == ("RU", "09")
               for t in found)

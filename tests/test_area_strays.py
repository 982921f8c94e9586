"""A camp or village of a one-area text is not a namesake in a country the text has no
word for (geo.text.area_strays): "the Shati camp" in a story of Gaza is no district of
Libya, "Léré" in a story of central Mali no town of Nigeria, "in Houla" in a story of
south Lebanon no Syrian town GeoNames also calls Houla; the same names keep those
places where the text is about them."""

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _named(gazetteer, text, name):
    return [t for t in geoparse(text, gazetteer) if t.text == name]


GAZA = (
    "GAZA (AP) — Water trucks reached Jabalia and Beit Lahia on Monday, and bakeries "
    "reopened in Deir al-Balah and Khan Yunis.\n\n"
    "In Gaza City, the municipality said it was pumping water to the Shati camp again.\n"
)


def test_a_camp_of_a_one_area_text_is_no_far_region(gazetteer):
    (shati,) = _named(gazetteer, GAZA, "Shati")
    assert shati.place is None


def test_a_region_called_a_camp_has_no_place_in_a_list_either(gazetteer):
    text = GAZA.replace("the Shati camp again", "the Shati and Nuseirat camps again")
    for t in _named(gazetteer, text, "Shati"):
        assert t.place is None or t.place.country_code == "PS"


MALI = (
    "BAMAKO (Reuters) — Militants attacked army posts near Niono and Macina on Tuesday, "
    "officials in Segou said.\n\n"
    "Further north, militants have besieged Léré and Nampala, near the Mauritanian border, "
    "for months. In Djenne and Mopti, fuel prices have tripled.\n\n"
    "In Burkina Faso, convoys to Djibo and Arbinda now need armed escorts. In neighbouring "
    "Niger, attacks near Ouallam and Tera killed 12 soldiers.\n"
)


def test_a_village_of_a_one_area_text_is_no_town_of_a_country_it_never_names(gazetteer):
    assert len({t.place.geonameid for t in geoparse(MALI, gazetteer) if t.place}) >= 10
    (lere,) = _named(gazetteer, MALI, "Léré")
    assert lere.place is None or lere.place.country_code == "ML"


def test_the_same_name_in_a_story_of_its_own_country_keeps_it(gazetteer):
    text = (
        "KADUNA, Nigeria (Reuters) — Gunmen attacked villages near Zaria and Kafanchan, "
        "police in Kaduna said.\n\nFarmers fled to Saminaka and Lere, and the road to Jos "
        "was closed.\n"
    )
    (lere,) = _named(gazetteer, text, "Lere")
    assert lere.place is not None and lere.place.country_code == "NG"


LEBANON = (
    "BEIRUT — Israeli drones struck Nabatieh and Bint Jbeil on Monday, and artillery hit "
    "the outskirts of Marjayoun, Lebanon's state news agency said. Families fled to Sidon, "
    "Jezzine and Zahle.\n\n"
    "A militant on a motorbike was killed in Houla, the agency added. Schools in Tyre and "
    "Naqoura stayed shut.\n\n"
    "On the border with Syria, strikes hit crossings near Hermel, Baalbek and al-Qusayr.\n"
)


def test_a_village_read_by_another_name_abroad_is_no_place_of_the_area(gazetteer):
    (houla,) = _named(gazetteer, LEBANON, "Houla")
    assert houla.place is None or houla.place.country_code == "LB"


def test_a_paragraph_that_speaks_of_the_other_country_keeps_its_place(gazetteer):
    text = LEBANON.replace(
        "A militant on a motorbike was killed in Houla, the agency added.",
        "In Syria, shelling killed two people in Houla, near Homs, monitors said.",
    )
    (houla,) = _named(gazetteer, text, "Houla")
    assert houla.place is not None and houla.place.country_code == "SY"


def test_the_user_is_told_of_a_name_left_without_a_place(gazetteer, caplog):
    import logging

    with caplog.at_level(logging.WARNING, logger="geo.text"):
        geoparse(MALI, gazetteer)
    assert any("Léré" in r.getMessage() for r in caplog.records)  # listed: unplaced tells


def test_the_user_is_told_of_a_lone_name_left_without_a_place(gazetteer, caplog):
    import logging

    with caplog.at_level(logging.WARNING, logger="geo.text"):
        geoparse(LEBANON, gazetteer)
    assert any("Houla" in r.getMessage() and "Kafr" in r.getMessage() for r in caplog.records)


def test_a_text_of_few_places_may_name_a_far_one(gazetteer):
    # An encyclopaedia's article on a town cites a far namesake or city as it may.
    text = (
        "Eastfield is a village near Northallerton in North Yorkshire, England. Its "
        "church was built in 1850 by masons from Lere, who also worked in Thirsk.\n"
    )
    (lere,) = _named(gazetteer, text, "Lere")
    assert lere.place is not None

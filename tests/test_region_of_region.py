"""A region stated "of" a first-level region: "Laukkaing in the Kokang region of northern
Shan state" (tester33 V9): Kokang is estimated in Shan State, no Indonesian village, and
Laukkaing is no Lakang of Kachin State; a truce "brokered by Beijing" is China's
government, no anchor for "about 30 km to the south"."""

from __future__ import annotations

import pytest

import geo

pytestmark = pytest.mark.gazetteer


def test_a_region_of_a_region_lies_in_its_country(gazetteer):
    a = geo.analyze(
        "Fighting flared in Laukkaing in the Kokang region of northern Shan state.",
        gazetteer=gazetteer,
    )
    (kokang,) = [t for t in a.toponyms if t.text == "Kokang"]
    assert kokang.place is not None and kokang.place.country_code == "MM"
    assert all(t.place is None or t.place.country_code == "MM" for t in a.toponyms)


def test_a_name_in_a_region_of_a_region_is_no_spelling_elsewhere(gazetteer):
    text = "The military said it had retaken Laukkaing in the Kokang region of northern Shan state."
    a = geo.analyze(text, gazetteer=gazetteer)
    (t,) = [t for t in a.toponyms if t.text == "Laukkaing"]
    assert t.place is not None and t.place.country_code == "MM" and t.place.name != "Lakang"


def test_brokered_by_a_capital_is_its_government(gazetteer):
    text = (
        "The MNDAA said its fighters withdrew under a truce brokered by Beijing and held "
        "positions near Hopang, about 30 km to the south."
    )
    a = geo.analyze(text, gazetteer=gazetteer)
    (beijing,) = [t for t in a.toponyms if t.text == "Beijing"]
    (hopang,) = [t for t in a.toponyms if t.text == "Hopang"]
    assert beijing.metonymic
    assert hopang.place is not None and hopang.place.country_code == "MM"


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops raided the village of Beit Jinn, Syria, before dawn.",
        "Israeli troops raided Beit Jinn, Syria.",
    ],
)
def test_a_country_after_a_comma_rules_out_a_spelling_abroad(gazetteer, text):
    a = geo.analyze(text, gazetteer=gazetteer)
    assert all(t.place is None or t.place.country_code == "SY" for t in a.toponyms)


def test_a_region_of_a_first_level_region_is_read_in_that_region(gazetteer):
    text = "Warren County lies in the Northeastern Piedmont region of North Carolina."
    a = geo.analyze(text, gazetteer=gazetteer)
    (t,) = [t for t in a.toponyms if t.text == "Piedmont"]
    assert t.place is not None and t.place.country_code == "US" and t.place.admin1_code == "NC"

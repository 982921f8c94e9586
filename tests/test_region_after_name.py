"""A name the gazetteer lacks followed by "in the X region" is kept and estimated in that
region, with no cue before it ("captured Bohoyavlenka in Donetsk region"):
geo.text.spellings reads the stated region (geo.text.stated_after.region_after_name)."""

import pytest

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Russian forces captured Bohoyavlenka in Donetsk region, the defence ministry "
         "said.", "Bohoyavlenka", "05"),
        ("Russian forces captured Bohoyavlenka in the Donetsk region, the defence ministry "
         "said.", "Bohoyavlenka", "05"),
        ("Ukraine's army said it pushed Russian troops out of Zolota Balka in the Kherson "
         "region.", "Zolota Balka", "08"),
    ],
)  # fmt: skip
def test_a_name_in_a_stated_region_is_estimated_there(gazetteer, text, name, admin1):
    from geo.text.geoparse import geoparse

    tops = {t.text: t for t in geoparse(text, gazetteer)}
    t = tops[name]
    assert t.estimated and t.place.country_code == "UA" and t.place.admin1_code == admin1


def test_a_word_before_a_stated_region_is_no_place(gazetteer):
    from geo.text.geoparse import geoparse

    text = "Officials said Wednesday in Kharkiv region was quiet, Reuters in Kyiv region said."
    assert {t.text for t in geoparse(text, gazetteer)} <= {"Kharkiv", "Kyiv"}
    text = "One of the first Qadi in the Kogi State was Faruk Imam."  # a short word: no cue
    assert "Qadi" not in {t.text for t in geoparse(text, gazetteer)}

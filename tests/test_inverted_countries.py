"""A country in a list's inverted form, "Korea, South" (real gazetteer)."""

import pytest

from geo.text.geoparse import geoparse


def _read(gazetteer, text):
    return {t.text: t.place for t in geoparse(text, gazetteer) if t.place is not None}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Exports to Korea, South rose by a tenth.", "Korea, South", "KR"),
        ("Korea, North tested a missile.", "Korea, North", "KP"),
        ("Sanctions on Iran, Islamic Republic of were renewed.", "Iran, Islamic Republic of", "IR"),
    ],
)
def test_the_words_after_the_comma_make_the_country(gazetteer, text, name, code):
    places = _read(gazetteer, text)
    assert places[name].country_code == code, places
    assert places[name].kind == "country"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("She lives in Paris, Texas.", {"Paris", "Texas"}),
        ("He was born in Georgia, South Carolina.", {"Georgia", "South Carolina"}),
        ("Troops left Sudan, South Sudan said.", {"Sudan", "South Sudan"}),
    ],
)
def test_a_town_and_its_region_or_two_countries_stay_apart(gazetteer, text, names):
    assert set(_read(gazetteer, text)) == names

"""A region's abbreviation that is the initials of the text's country is that country
("in SA" in a story of Johannesburg: South Africa), elsewhere the region
(geo.text.initial_countries).

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse


def read(text, gazetteer):
    return {t.text: t for t in geoparse(text, gazetteer)}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Eskom warned of more power cuts in SA this winter, the utility said in Johannesburg.",
        "Unemployment in SA rose again. Economists in Cape Town blamed the power cuts.",
        "Investors fled SA after the Johannesburg riots.",
    ],
)
def test_the_initials_of_the_text_country(gazetteer, text):
    sa = read(text, gazetteer)["SA"]
    assert sa.place.kind == "country" and sa.place.country_code == "ZA"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        ("Bushfires burned in SA as Adelaide sweltered.", "SA", "AU"),
        ("The strike in NSW spread to Auckland.", "NSW", "AU"),  # no country with those initials
    ],
)
def test_the_region_stays(gazetteer, text, name, cc):
    t = read(text, gazetteer)[name]
    assert t.place.kind == "admin1" and t.place.country_code == cc

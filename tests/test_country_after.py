"""A hamlet's name (GeoNames gives it no population) with its country stated right after
it ("Hasbaya in southern Lebanon") is that place when the country holds exactly one place
called so. Texts are written for these tests."""

from __future__ import annotations

import pytest

import geo

pytestmark = pytest.mark.gazetteer


def _places(text, gazetteer):
    return [
        (t.text, t.place and t.place.country_code)
        for t in geo.analyze(text, gazetteer=gazetteer).toponyms
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Israeli strikes hit Hasbaya in southern Lebanon, the army said.", "Hasbaya"),
        ("Israeli strikes hit Marjayoun in southern Lebanon, the army said.", "Marjayoun"),
        ("Shells fell on Marjayoun in the south of Lebanon overnight.", "Marjayoun"),
        ("Drones circled over Hasbaya, in Lebanon, on Sunday.", "Hasbaya"),
    ],
)
def test_a_hamlet_in_its_stated_country(gazetteer, text, name):
    assert (name, "LB") in _places(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Jones in southern Lebanon said the roads were closed.",  # no place of the name
        "Israeli strikes hit Hasbaya in southern Syria, the army said.",  # not in that country
    ],
)
def test_no_place_of_the_name_in_the_country(gazetteer, text):
    got = _places(text, gazetteer)
    assert all(n not in ("Jones", "Hasbaya") for n, _ in got)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Israeli strikes hit Tyre, Bint Jbeil and Marjayoun, the army said.", "Marjayoun"),
        ("Israeli jets struck Nabatieh and Hasbaya overnight.", "Hasbaya"),
        ("Artillery shelled Tyre, Nabatieh and Marjayoun on Monday.", "Marjayoun"),
    ],
)
def test_a_hamlet_in_a_list_of_targets(gazetteer, text, name):
    assert (name, "LB") in _places(text, gazetteer)


"""A list closed by "counties" names counties: "Jackson and Barrow counties" are the
two counties of Georgia, while the town of the name elsewhere stays the town.

Every text here is written for these tests (US local-news style).
"""

import pytest

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [
        (t.text, t.place.name, t.place.kind, t.place.admin1_code)
        for t in geoparse(text, gazetteer)
        if t.place is not None
    ]


def test_a_list_of_counties(gazetteer):
    text = "Enrollment has slowed in places like Jackson and Barrow counties."
    assert places(gazetteer, text) == [
        ("Jackson", "Jackson County", "admin2", "GA"),
        ("Barrow", "Barrow County", "admin2", "GA"),
    ]


def test_names_the_gazetteer_lacks_may_close_the_list(gazetteer):
    text = "Water covers roads in Becker, Clay, Douglas, Grant, Swift and Wilkin counties."
    found = places(gazetteer, text)
    assert [name for _, name, _, _ in found][:4] == [
        "Becker County", "Clay County", "Douglas County", "Grant County"
    ]
    assert {a1 for *_, a1 in found} == {"MN"}


def test_parishes(gazetteer):
    text = "Flooding closed schools in Rapides and Natchitoches parishes on Monday."
    assert [(name, a1) for _, name, _, a1 in places(gazetteer, text)] == [
        ("Rapides Parish", "LA"),
        ("Natchitoches Parish", "LA"),
    ]


def test_the_town_of_the_name_stays_a_town(gazetteer):
    text = (
        "Huntsville is a city in Walker County, Texas. Burn bans were lifted in Walker and "
        "Montgomery counties on Monday, and Huntsville officials welcomed the rain."
    )
    found = places(gazetteer, text)
    towns = [(name, kind, a1) for t, name, kind, a1 in found if t == "Huntsville"]
    assert towns == [("Huntsville", "place", "TX"), ("Huntsville", "place", "TX")]
    counties = [(name, a1) for t, name, kind, a1 in found if kind == "admin2"]
    assert ("Montgomery County", "TX") in counties


def test_a_states_counties_are_the_state(gazetteer):
    text = "Boone County's figure is near the middle of Indiana counties, the report said."
    assert ("Indiana", "Indiana", "admin1", "IN") in places(gazetteer, text)

"""A capital chosen by the evidence gives its name up to a namesake its places crowd round.

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def place(text, name, gazetteer):
    return next(t.place for t in geoparse(text, gazetteer) if t.text == name)


def last(text, name, gazetteer):
    return [t.place for t in geoparse(text, gazetteer) if t.text == name][-1]


def test_a_suburb_named_with_its_county_and_metropolis(gazetteer):
    # "Dublin City Council" reads as Ireland's city on its own; the bare "Dublin" after
    # the county and the metropolis is the Ohio suburb
    text = (
        "Dublin City Council met on Monday and named a new manager. The Franklin County "
        "engineer spoke. Dublin will repave its streets, and Columbus lends two trucks."
    )
    p = last(text, "Dublin", gazetteer)
    assert (p.country_code, p.admin1_code) == ("US", "OH")


def test_a_city_among_the_towns_of_its_county(gazetteer):
    text = (
        "London council approved the budget on Monday. Councillors from Strathroy and "
        "St. Thomas objected."
    )
    p = place(text, "London", gazetteer)
    assert (p.country_code, p.admin1_code) == ("CA", "08")


@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        # the capital's own surroundings named too
        (
            "Ferries from Holyhead reach Dublin; the Columbus delegation stayed in Howth and Bray.",
            "Dublin",
            "IE",
        ),
    ],
)
def test_the_capital_keeps_its_name(gazetteer, text, name, cc):
    assert place(text, name, gazetteer).country_code == cc


def test_washington_stays_the_capital_among_georgia_towns(gazetteer):
    # the capital of the text's own country keeps its name: a "Washington group" in a
    # story of Georgia's towns is not Washington, Georgia
    text = (
        "School boards in Athens, Lexington and Crawford cut staff, a Washington group "
        "said, and Elberton followed."
    )
    assert place(text, "Washington", gazetteer).admin1_code == "DC"


def test_a_named_container_keeps_the_capital(gazetteer):
    text = (
        "Riverdale and Pompton Lakes sold the winning tickets; the lottery office in "
        "Washington, D.C., confirmed it."
    )
    assert place(text, "Washington", gazetteer).admin1_code == "DC"


def test_a_small_chosen_place_is_left_alone(gazetteer):
    # only a capital or a city of a million gives way: Columbus, Ohio stays
    text = "Dublin and Worthington lie north of Columbus."
    ranked_place = place(text, "Columbus", gazetteer)
    assert (ranked_place.country_code, ranked_place.admin1_code) == ("US", "OH")

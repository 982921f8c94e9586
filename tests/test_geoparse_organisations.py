"""A place inside an organisation's name.

Reports against geoparsers: "Bank of America" read as a town called Bank and the
United States; "Oxford University" dropped or kept. Here the head of "X of Y" is never
a place ("Bank", "University", "Gulf"), and the place in a body's name is kept but
flagged metonymic: it names the body, not a location the text speaks of. Every text
here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def flagged(gazetteer, text):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    return [(t.text, t.place.country_code if t.place else None, t.metonymic) for t in a.toponyms]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He works at Bank of America in Charlotte.",
            [("America", "US", True), ("Charlotte", "US", False)],
        ),
        ("She teaches at the University of Michigan.", [("Michigan", "US", True)]),
        # An outlet's masthead is no place at all (geo.text.name_bodies).
        ("The New York Times reported it from Kyiv.", [("Kyiv", "UA", False)]),
        (
            "Texas Instruments opened a plant in Dallas.",
            [("Texas", "US", True), ("Dallas", "US", False)],
        ),
        # A water body is read whole (geo.text.water), with no country.
        ("Ships crossed the Gulf of Mexico.", [("Gulf of Mexico", "", False)]),
        # A place after "of" with no body's name before it stays a location.
        (
            "Residents of Kharkiv fled; a hospital in Sumy was hit.",
            [("Kharkiv", "UA", False), ("Sumy", "UA", False)],
        ),
    ],
)
def test_a_place_in_a_bodys_name_is_flagged(gazetteer, text, expected):
    assert flagged(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Ukraine's Centre for Countering Disinformation said the video was fake.",
         {"Ukraine"}),
        ("The Center for Strategic and International Studies said Russia lost troops near "
         "Pokrovsk.", {"Russia", "Pokrovsk"}),
        ("The Institute for the Study of War said Russian forces advanced near Toretsk.",
         {"Toretsk"}),
        ("Kyiv-based Centre for Defence Strategies analysts said the front was stable.",
         {"Kyiv"}),
        # "for" between places is no organisation's name
        ("He left Paris for Rome on Monday.", {"Paris", "Rome"}),
    ],
)
def test_the_head_of_an_organisation_for_something_is_no_place(gazetteer, text, places):
    from geo.text.geoparse import geoparse

    assert {t.text for t in geoparse(text, gazetteer) if t.place} == places

"""St./Ft./Mt./Pt.: a name's first word abbreviated or spelt out, dot or none.

Reports against geocoders: "St Louis" found, "Ft Wayne" not; "Saint Malo" and
"Saint-Malo" told apart. The index files every name under its first word abbreviated
or spelt out too (an alias, below the name itself: "St. Louis" is Missouri's before
Saint-Louis, Senegal's). A saint's feast or a body named after a saint ("St. Patrick's
Day", "St. Mary's Hospital") is no place. Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [(t.text, t.place.name if t.place else None) for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Snow closed roads in Ft Wayne and Ft. Collins.",
            [("Ft Wayne", "Fort Wayne"), ("Ft. Collins", "Fort Collins")],
        ),
        ("A tornado hit St. Louis on Friday.", [("St. Louis", "St. Louis")]),
        ("Crews reached Mt Vernon, Ohio.", [("Mt Vernon", "Mount Vernon"), ("Ohio", "Ohio")]),
        (
            "He flew to St. John's, Newfoundland.",
            [("St. John", "St. John's"), ("Newfoundland", "Newfoundland and Labrador")],
        ),
    ],
)
def test_abbreviated_first_words(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    "text",
    ["Parades marked St. Patrick's Day in Boston.", "She works at St. Mary's Hospital in Boston."],
)
def test_a_saints_feast_or_body_is_no_place(gazetteer, text):
    assert [t for t, _ in places(gazetteer, text)] == ["Boston"]


def test_name_variants():
    from geo.gazetteer.writer import name_variants

    assert name_variants("mount vernon") == {"mount vernon", "mt vernon"}
    assert name_variants("ste genevieve") == {"ste genevieve", "sainte genevieve"}
    assert name_variants("republic of the congo") == {"republic of the congo", "republic of congo"}
    assert name_variants("stanley") == {"stanley"}

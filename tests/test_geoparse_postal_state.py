"""A city and its state's two-letter postal code with no comma ("Philadelphia PA").

Reports against geoparsers (geotext's USPTO addresses, "PHILADELPHIA PA.") find the city
dropped when no comma stands between it and the code, or read as a body's name ("X PA"
after an everyday-ranked word). The code names the state the city lies in: both are
found, and the city is read in that state. Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    return [(t.text, t.place.admin1_name if t.place else None) for t in a.toponyms]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Offices in Philadelphia PA and Newark NJ were closed.",
            [
                ("Philadelphia", "Pennsylvania"),
                ("PA", ""),
                ("Newark", "New Jersey"),
                ("NJ", ""),
            ],
        ),
        (
            "Rallies in Columbia SC and Columbia MO drew crowds.",
            [("Columbia", "South Carolina"), ("SC", ""), ("Columbia", "Missouri"), ("MO", "")],
        ),
        (
            "He flew from Portland OR to Portland ME.",
            [("Portland", "Oregon"), ("Portland", "Maine")],
        ),
        ("PHILADELPHIA PA.", [("PHILADELPHIA", "Pennsylvania"), ("PA", "")]),
        # A country's ISO code: the city in that country.
        ("Shelling in Kyiv UA today.", [("Kyiv", "Kyiv")]),
        ("Moscow ID is a college town.", [("Moscow", "Idaho"), ("ID", "")]),
    ],
)
def test_city_and_postal_code(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bill Gates PA said nothing.",  # no place of that name in the state
        "The Boston Globe MA edition",  # Boston is in MA, but Globe stands between
    ],
)
def test_no_state_no_city(gazetteer, text):
    got = [t for t, _ in places(gazetteer, text)]
    assert "Bill" not in got and "Gates" not in got and "Globe" not in got

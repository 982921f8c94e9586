"""'City, ST': a name followed by its own state's abbreviation or name.

Reports against geoparsers: "Long Beach, CA" read as Long Beach, New South Wales;
"New York, NY" read as the state. A name is never its own container: the state that
follows keeps the candidates inside it and leaves out the state itself. Every text
here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def located(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [
        (t.text, t.place.kind, t.place.country_code) if t.place else (t.text, None, None)
        for t in geoparse(text, gazetteer)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rents in New York, NY keep rising.",
            [("New York", "place", "US"), ("NY", "admin1", "US")],
        ),
        (
            "Load picked up in Long Beach, CA, delivered to Fresno, CA.",
            [
                ("Long Beach", "place", "US"),
                ("CA", "admin1", "US"),
                ("Fresno", "place", "US"),
                ("CA", "admin1", "US"),
            ],
        ),
        (
            "Fighting in Donetsk, Donetsk Oblast.",
            [("Donetsk", "place", "UA"), ("Donetsk Oblast", "admin1", "UA")],
        ),
    ],
)
def test_a_name_is_not_its_own_container(gazetteer, text, expected):
    assert located(gazetteer, text) == expected

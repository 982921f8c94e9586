"""A town's body named "X City Council" names the town X, where "X City" is no place's
own name ("Dublin City Council" in a story of Ohio's Dublin), while towns named "X City"
keep their names. Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [
        (t.text, t.place.name if t.place else None, t.place.country_code if t.place else None)
        for t in geoparse(text, gazetteer)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dublin City Council approved the budget. The new library branch will sit "
            "beside the Columbus Metropolitan Library annex.",
            ("Dublin", "Dublin", "US"),
        ),
        (
            "The Springfield City Manager quit on Friday, officials in Massachusetts said.",
            ("Springfield", "Springfield", "US"),
        ),
        (
            "Parents sued Alexandria City Public Schools in a Virginia court.",
            ("Alexandria", "Alexandria", "US"),
        ),
        (
            "Cork City Council said the quays flooded again overnight.",
            ("Cork", "Cork", "IE"),
        ),
    ],
)
def test_city_before_a_body_is_the_bodys_word(gazetteer, text, expected):
    assert expected in places(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boulder City Council will meet on Tuesday.", "Boulder City"),
        ("The Kansas City Council backed the stadium plan.", "Kansas City"),
        ("Jersey City Council members voted late on Monday.", "Jersey City"),
    ],
)
def test_a_town_named_x_city_keeps_its_name(gazetteer, text, expected):
    assert expected in [name for name, _, _ in places(gazetteer, text)]

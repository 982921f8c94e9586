"""A world city against a small namesake near another place of the text.

Reports against geoparsers: "Melbourne and Bristol" read as two English towns (geotext
#16), "I was born in Toronto and grew up in London" (CLIFF's own example sentence) read
as London, Ontario. A city of five million or more keeps its name unless the text
places the namesake itself ("London, Ontario") or names the next town to it, as local
news does. Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def regions(gazetteer, text):
    import geo

    a = geo.analyze(text, gazetteer=gazetteer, stages={"toponyms"})
    return [(t.text, t.place.country_code, t.place.admin1_name) for t in a.toponyms if t.place]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Melbourne and Bristol both reported heavy rain.",
            [("Melbourne", "AU", "Victoria"), ("Bristol", "GB", "England")],
        ),
        (
            "I was born in Toronto and grew up in London.",
            [("Toronto", "CA", "Ontario"), ("London", "GB", "England")],
        ),
        # The text's own words place the namesake.
        (
            "She grew up in London, Ontario, near Toronto.",
            [("London", "CA", "Ontario"), ("Ontario", "CA", ""), ("Toronto", "CA", "Ontario")],
        ),
        # The next town, as local news names it (Osakis lies 20 km from Alexandria,
        # Minnesota; Alexandria, Egypt has five million people).
        (
            "An Alexandria woman was hurt near Osakis and taken to a hospital in Glenwood.",
            [
                ("Alexandria", "US", "Minnesota"),
                ("Osakis", "US", "Minnesota"),
                ("Glenwood", "US", "Minnesota"),
            ],
        ),
    ],
)
def test_world_city_and_namesake(gazetteer, text, expected):
    got = regions(gazetteer, text)
    if text.startswith("She grew up"):
        assert got[0] == expected[0] and got[-1] == expected[-1]
    else:
        assert got == expected

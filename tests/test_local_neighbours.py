"""A capital's small namesake: a large city of the text is no neighbour from afar.

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def country(text, name, gazetteer):
    return next(t.place.country_code for t in geoparse(text, gazetteer) if t.text == name)


@pytest.mark.parametrize(
    "text",
    [
        # Paris, Illinois, lies 230 km from Chicago: world news, not its neighbour
        "Fans in Boston and Chicago watched the final from Paris on television.",
        "Bankers in Chicago and New York reacted to the news from Paris.",
        "Flights from Detroit and Chicago to Paris were cancelled.",
    ],
)
def test_a_far_large_city_leaves_the_capital(gazetteer, text):
    assert country(text, "Paris", gazetteer) == "FR"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a small town next to the namesake, or a large city right by it, still locates it
        ("Sales tax receipts rose in Paris and Roxton last month.", "Paris"),
        ("The Dallas firm opened an office in Paris and another in Sherman.", "Paris"),
        ("Students from Athens and Atlanta joined the march.", "Athens"),
    ],
)
def test_local_neighbours_keep_the_namesake(gazetteer, text, name):
    assert country(text, name, gazetteer) == "US"

"""A name spelt as only its region is spelt still names the region's city.

Natural Earth lists "Zaporizhia" (ISW's spelling) for Zaporizhzhia Oblast; GeoNames
lacks it for the city.  "Zaporizhia City" and a bare "Zaporizhia" among cities are the
city; "Zaporizhia Oblast" stays the region.
"""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.recognition import find_mentions
from geo.text.regions_named import add_region_cities

pytestmark = pytest.mark.gazetteer

ZAPORIZHZHIA_CITY = (47.8517, 35.1171)


def found(gazetteer, text):
    return {t.text: t.place for t in geoparse(text, gazetteer)}


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces struck Zaporizhia City and Nikopol overnight.",
        "Russian forces conducted a missile strike against Zaporizhia City on March 3.",
        "Drones hit Kharkiv City and Zaporizhia City.",
        "Russian forces struck Zaporizhia, Kharkiv and Sumy with drones.",
    ],
)
def test_the_regions_spelling_names_its_city(gazetteer, text):
    place = found(gazetteer, text)["Zaporizhia"]
    assert place.kind == "place"
    assert distance_km((place.lat, place.lon), ZAPORIZHZHIA_CITY) < 20


def test_the_region_stays_the_region(gazetteer):
    place = found(gazetteer, "Fighting continued in western Zaporizhia Oblast near Kamianske.")[
        "Zaporizhia Oblast"
    ]
    assert place.kind == "admin1"


def test_only_the_city_the_region_is_named_after_is_added(gazetteer):
    text = "Russian forces struck Zaporizhia and Lviv."
    mentions = find_mentions(text, gazetteer)
    before = [list(m.candidates) for m in mentions]
    add_region_cities(gazetteer, mentions)
    added = [m.candidates[len(b) :] for m, b in zip(mentions, before, strict=True)]
    assert [len(a) for a in added] == [1, 0]  # the city of 700,000, not a hamlet of its name
    assert gazetteer.population(added[0][0].record) > 500_000

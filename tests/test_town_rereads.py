"""A town named like a state is no evidence for the state (testerB26 P3)."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "name", "lat_lon"),
    [
        # testerB26 P3: Delaware, Ohio pulled Wilmington to Delaware (712 km).
        (
            "The National Weather Service in Wilmington confirmed that a tornado touched "
            "down near Pataskala, Ohio. A tree fell on a house in Delaware.",
            "Wilmington",
            (39.445, -83.829),
        ),
        (
            "Firefighters in Wilmington battled a barn fire near Hillsboro, Ohio, on Sunday. "
            "Smoke was reported as far north as Delaware.",
            "Wilmington",
            (39.445, -83.829),
        ),
        (
            "Deputies in Marion said a truck overturned near Mount Gilead, Ohio. The driver "
            "was taken to a hospital in Delaware.",
            "Marion",
            (40.589, -83.129),
        ),
    ],
)
def test_a_town_named_like_a_state_lends_no_state(gazetteer, text, name, lat_lon):
    tops = {t.text: t for t in geoparse(text, gazetteer)}
    assert tops["Delaware"].place.kind == "place"
    there = tops[name].place
    assert distance_km(lat_lon, (there.lat, there.lon)) < 20


def test_towns_not_regions_gives_the_region_read_as_a_town(gazetteer):
    from geo.text.town_rereads import towns_not_regions

    state = next(
        c.record for c in gazetteer.lookup("Delaware") if gazetteer.kind(c.record) == "admin1"
    )
    town = next(
        c.record for c in gazetteer.lookup("Delaware") if gazetteer.kind(c.record) == "place"
    )
    assert towns_not_regions(
        gazetteer, [state, state, None], [(town, 1.0), (state, 1.0), (None, 0)]
    ) == {0: town}

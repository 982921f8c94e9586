"""A name whose namesakes tie without context lends the text's other names the reading
pass 2 gives it, not the first of its look-up ("Butler County": the one of Ohio that
holds Hamilton, not Alabama's)."""

from __future__ import annotations

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

HAMILTON_OH = (39.3995, -84.5613)


def _places(gazetteer, text):
    return {t.text: t.place for t in geoparse(text, gazetteer)}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        (
            "Butler County trustees approve new budget. HAMILTON — The Butler County "
            "trustees voted 3-0 on Tuesday to approve the spending plan, the county "
            "administrator said.",
            "HAMILTON",
            HAMILTON_OH,
        ),
    ],
)
def test_a_tied_county_name_lends_its_pass_2_reading(gazetteer, text, name, point):
    place = _places(gazetteer, text)[name]
    assert place is not None
    assert distance_km((place.lat, place.lon), point) < 20

"""Border zones on a country of several pieces and zones with a stated side: "within 1 km
of the border fence east of Khan Younis" is the Gaza Strip's perimeter, not the West Bank's
boundary too; "a buffer zone up to 1.5 km wide inside Gaza along the border with Israel"
is 1.5 km wide on Gaza's side; "15 km deep inside Ukraine along the Kharkiv region's
border" stays in that region; "within 10 km of the border in the Sumy region" too."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

import geo
from geo.geometry import area_km2

#: Jenin, in the West Bank, by its boundary with Israel; far from Gaza.
JENIN = Point(35.30, 32.46)


def _feature(gazetteer, text: str, start: str):
    a = geo.analyze(text, gazetteer=gazetteer)
    (f,) = [f for f in a.features if f.text.startswith(start)]
    return f


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "start", "max_km2"),
    [
        ("The army said troops opened fire within 1 km of the border fence east of Khan "
         "Younis.", "within 1 km of the border", 150),
        ("Israeli forces operate in a buffer zone up to 1.5 km wide inside Gaza along the "
         "border with Israel.", "along the border with Israel", 200),
    ],
)  # fmt: skip
def test_a_gaza_border_zone_is_the_strips_own(gazetteer, text, start, max_km2):
    f = _feature(gazetteer, text, start)
    assert f.geometry.distance(JENIN) > 1.0  # degrees: nowhere near the West Bank
    assert area_km2(f.geometry) < max_km2


@pytest.mark.gazetteer
def test_a_depth_along_a_regions_border_stays_in_that_region(gazetteer):
    text = ("Russia said it would create a buffer zone 15 km deep inside Ukraine along the "
            "Kharkiv region's border.")  # fmt: skip
    f = _feature(gazetteer, text, "15 km deep inside Ukraine")
    assert f.text.endswith("border") and "whose border it runs along" in f.note
    assert f.geometry.bounds[0] > 35.0  # the Sumy region's strip lies west of 35.0 E


@pytest.mark.gazetteer
def test_a_distance_from_the_border_in_a_region_stays_in_it(gazetteer):
    text = "Kyiv ordered the evacuation of villages within 10 km of the border in the Sumy region."
    f = _feature(gazetteer, text, "within 10 km of the border")
    assert f.geometry.bounds[2] < 35.8  # the Sumy region ends about 35.7 E; Kharkiv's follows
    assert "the region named after it" in f.note

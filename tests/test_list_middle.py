"""A list's name estimated in the region the text states lies at the middle of its
partners there, not on one of them."""

import pytest

from geo.geometry import distance_km
from geo.text.container_partners import list_middle
from geo.text.geoparse import geoparse
from geo.text.tokens import Mention


class _Gaz:
    def __init__(self, points, regions=None):
        self.points, self.regions = points, regions or {}

    def is_place(self, r):
        return True

    def country_code(self, r):
        return "UA"

    def admin1(self, r):
        return (self.regions.get(r, "26"), "")

    def lat_lon(self, r):
        return self.points[r]


def _list(n):
    ms = [Mention(2 * i, 2 * i + 1, f"n{i}", i, i) for i in range(n)]
    for i, m in enumerate(ms):
        m.siblings = tuple(j for j in range(n) if j != i)
    return ms


def test_the_middle_of_three_partners_is_none_of_them():
    gaz = _Gaz({1: (47.715, 35.524), 2: (47.83, 36.13), 3: (47.626, 35.037)})
    resolved = [(None, 0.0), (1, 1.0), (2, 1.0), (3, 1.0)]
    lat, lon = list_middle(gaz, _list(4), resolved, 0, ("UA", "26"))
    for p in gaz.points.values():
        assert distance_km((lat, lon), p) > 2
    assert distance_km((lat, lon), (47.72, 35.56)) < 2


def test_partners_of_another_region_or_far_off_are_left_out():
    gaz = _Gaz(
        {1: (47.7, 35.5), 2: (47.8, 35.7), 3: (50.0, 36.2), 4: (49.9, 30.0)},
        regions={3: "07"},
    )
    resolved = [(None, 0.0), (1, 1.0), (2, 1.0), (3, 1.0), (4, 1.0)]
    lat, lon = list_middle(gaz, _list(5), resolved, 0, ("UA", "26"))
    assert distance_km((lat, lon), (47.75, 35.6)) < 2  # 4 is 400 km off: left out


@pytest.mark.parametrize("partners", [[(None, 0.0), (1, 1.0)], [(None, 0.0), (1, 1.0), (1, 1.0)]])
def test_one_partner_place_gives_no_middle(partners):
    gaz = _Gaz({1: (47.7, 35.5)})
    assert list_middle(gaz, _list(len(partners)), partners, 0, ("UA", "26")) is None


@pytest.mark.gazetteer
def test_a_village_of_a_regions_list_lies_among_its_partners(gazetteer):
    text = (
        "In the Zaporizhzhia region, Russian drones hit Komyshuvakha, Ternuvate, Bilenke "
        "and Novoandriivka on Sunday.\n"
    )
    t = next(t for t in geoparse(text, gazetteer) if t.text == "Novoandriivka")
    assert t.estimated
    at = (t.place.lat, t.place.lon)
    assert distance_km(at, (47.626, 35.037)) > 10  # not on Bilenke
    assert distance_km(at, (47.52, 35.60)) < 30  # the Orikhiv-front village

"""A name a "near" list places by its partner lends only its places near that partner to
co-location (geo.text.colocation.partnered_points): "near Kamianske, Stepnohirsk and
Prymorske" says nothing for a namesake by another Prymorske on the Black Sea coast."""

from __future__ import annotations

import pytest

from geo.text.colocation import partnered_points
from geo.text.hints import Hint
from geo.text.tokens import Mention


class _Gaz:
    """Places by record: (lat, lon)."""

    def __init__(self, points):
        self.points = points

    def is_place(self, rec):
        return rec in self.points

    def lat_lon(self, rec):
        return self.points[rec]


GAZ = _Gaz({1: (47.59, 35.36), 2: (47.64, 35.29), 3: (46.18, 33.03), 4: (48.0, 37.0)})


def _mentions():
    return [Mention(0, 11, "stepnohirsk", 0, 0), Mention(16, 25, "prymorske", 2, 2)]


def test_a_partnered_name_keeps_its_places_by_the_partner():
    near = {1: Hint(0, None, 180.0, 0.0, 40.0, None, 0, 25)}
    got = partnered_points(GAZ, _mentions(), [[1], [2, 3]], [1, 2], near)
    assert got == {"stepnohirsk": [1], "prymorske": [2]}


def test_a_name_read_far_from_its_partner_keeps_all_its_places():
    # pass 1 read the name at the far place: nothing says which of its places is meant
    near = {1: Hint(0, None, 180.0, 0.0, 40.0, None, 0, 25)}
    got = partnered_points(GAZ, _mentions(), [[1], [2, 3]], [1, 3], near)
    assert got == {"stepnohirsk": [1], "prymorske": [2, 3]}


@pytest.mark.parametrize(
    "hints",
    [
        {},  # no partner: every place of the name
        {1: Hint(0, 270.0, 22.5, 2.0, 40.0, None, 0, 25)},  # a direction, not a partner
    ],
)
def test_other_names_keep_all_their_places(hints):
    got = partnered_points(GAZ, _mentions(), [[1], [2, 3]], [1, 2], hints)
    assert got == {"stepnohirsk": [1], "prymorske": [2, 3]}


def test_a_name_spelt_alike_brings_none():
    ms = _mentions()
    ms[1].fuzzy = True
    assert partnered_points(GAZ, ms, [[1], [2, 3]], [1, 2], {}) == {"stepnohirsk": [1]}


@pytest.mark.gazetteer
def test_a_lone_name_is_not_pulled_by_partnered_namesakes(gazetteer):
    from geo.text.geoparse import geoparse

    text = (
        "Morning report. Near Shevchenko, Udachne and Kotlyne the defenders held "
        "28 assaults. Around Zarichne and Torske the enemy attacked four times. "
        "In the south, clashes went on near Kamianske, Stepnohirsk and Prymorske, "
        "and near Uspenivka and Malynivka. Across the Dnipro, one attack was "
        "repelled near Antonivka."
    )
    t = next(t for t in geoparse(text, gazetteer) if t.text == "Antonivka")
    assert t.place is not None and t.place.population > 10_000  # the Kherson town

"""A listed name the gazetteer lacks is estimated by its list's places when they lie
together, off the Ukrainian front too (tester34 W22: "Khiam, Marjayoun and ... Tyre")."""

from __future__ import annotations

import pytest

import geo
from geo.geometry.measures import distance_km

pytestmark = pytest.mark.gazetteer


def _toponym(gazetteer, text, name):
    (t,) = [t for t in geo.analyze(text, gazetteer=gazetteer).toponyms if t.text == name]
    return t


@pytest.mark.parametrize(
    "text",
    [
        "Artillery hit Qlayaa, Marjayoun and the outskirts of Tyre on Monday, media said.",
        "Artillery hit Qlayaa, Kfar Kila and Marjayoun in south Lebanon, local media said.",
    ],
)
def test_a_compact_list_estimates_its_unknown_name(gazetteer, text):
    t = _toponym(gazetteer, text, "Qlayaa")
    assert t.estimated and t.place.country_code == "LB"
    assert distance_km((t.place.lat, t.place.lon), (33.36, 35.59)) < 40


def test_a_list_spanning_a_country_estimates_nothing(gazetteer):
    text = "Storms hit Qlayaa, Boston and Denver on Monday, local media said."
    a = geo.analyze(text, gazetteer=gazetteer)
    assert all(t.place is None for t in a.toponyms if t.text == "Qlayaa")

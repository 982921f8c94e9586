"""A camp the text names but does not locate ("fled to nearby Zamzam camp") is said in a
warning, once, not lost silently. Texts are written for these tests."""

from __future__ import annotations

import logging

import pytest

import geo

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thousands fled to nearby Zamzam camp, the UN said.", "Zamzam camp"),
        ("Families reached the Kalma displacement camp on foot.", "Kalma displacement camp"),
        ("Drones struck Wadi Seidna air base overnight.", "Wadi Seidna air base"),
    ],
)
def test_an_unlocated_camp_is_warned_once(gazetteer, caplog, text, name):
    with caplog.at_level(logging.WARNING, logger="geo"):
        a = geo.analyze(text, gazetteer=gazetteer)
    said = [r.getMessage() for r in caplog.records if "camp or an airfield" in r.getMessage()]
    assert len(said) == 1 and repr(name) in said[0]
    assert name not in [t.text for t in a.toponyms]


def test_a_located_camp_is_no_warning(gazetteer, caplog):
    text = "Shelling hit the Abu Shouk camp, 5 km north of El Fasher, residents said."
    with caplog.at_level(logging.WARNING, logger="geo"):
        a = geo.analyze(text, gazetteer=gazetteer)
    assert not [r for r in caplog.records if "camp or an airfield" in r.getMessage()]
    assert "Abu Shouk camp" in [t.text for t in a.toponyms]

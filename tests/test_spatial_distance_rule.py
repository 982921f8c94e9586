"""One rule for a distance an article states (ring, disc, offset, band): from 1 m to
under 19,900 km, checked before any geometry; every other distance (0 km, 40,000 km,
1e39 km) is skipped with the same warning, never silently and never with another
function's message."""

from __future__ import annotations

import logging
import re

import pytest

import geo
from geo.geometry import MAX_RADIUS_KM, MIN_RADIUS_KM
from geo.text.spatial.context import check_distance_km

_SAME = re.compile(r"skipped the statement '(.+)' \(characters \d+-\d+\): the distance cannot be "
                   r"drawn \(distances from 0\.001 to under 19,900 km\)")

STATEMENTS = [
    ("Shelling hit an area 40000 km south-west of Beirut.", "40,000"),  # offset, was its own
    ("Troops are within 0 km of Kharkiv.", "0"),  # was dropped with no warning
    ("A strike was reported 0 km north of Kyiv.", "0"),
    ("Troops are within 0.0005 km of Kharkiv.", "0.0005"),  # ring: was buffers' message
    ("Troops are within 19950 km of Kharkiv.", "19,950"),
    ("A drone fell 150000 km north of Kyiv.", "150,000"),  # was offset()'s "<= 100000"
    ("A drone fell " + "1" + "0" * 39 + " km north of Kyiv.", "1e+39"),
    ("Shelling hit an area 25,000 miles east of Kyiv.", "40,233.6"),
]


@pytest.mark.parametrize(("statement", "km"), STATEMENTS)
def test_every_undrawable_distance_is_warned_the_same_way(gazetteer, caplog, statement, km):
    del km  # the reading; the warning quotes the text, never a number it did not write
    text = f"{statement} Shelling was reported 10 km north of Sumy, officials said."
    with caplog.at_level(logging.WARNING, logger="geo.text.spatial"):
        a = geo.analyze(text, gazetteer=gazetteer)
    assert [f.text for f in a.features] == ["10 km north of Sumy"]
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warned) == 1, warned
    match = _SAME.fullmatch(warned[0])
    # The statement is quoted in the text's own words; no number it never wrote.
    assert match and match.group(1) in statement, warned[0]


@pytest.mark.parametrize("text", ["Troops are within 0.002 km of Kharkiv.",
                                  "Troops are within 19899 km of Kharkiv.",
                                  "Troops are within 0 to 15 km of Kharkiv.",
                                  "A drone fell 19899 km north of Kyiv.",
                                  # the band (radius +- 10 %) is clipped, not refused
                                  "Shelling hit places between 5 and 19899 km from Odesa.",
                                  "Shelling was reported 19899 km from Kyiv.",
                                  "Shelling was reported about 19000 km from Kyiv.",
                                  "A drone fell 10^-3 km from Kursk.",
                                  "A drone fell about 0.001 km north of Kursk."])
def test_the_edges_inside_the_rule_are_drawn(gazetteer, caplog, text):
    with caplog.at_level(logging.WARNING):
        a = geo.analyze(text, gazetteer=gazetteer)
    assert len(a.features) == 1 and a.features[0].geometry.is_valid
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize("km", [0.0, -1.0, MIN_RADIUS_KM / 2, MAX_RADIUS_KM, 1e300,
                                float("inf"), float("nan")])
def test_check_distance_km_refuses(km):
    with pytest.raises(geo.InputError, match="cannot be drawn"):
        check_distance_km(km)


@pytest.mark.parametrize("km", [MIN_RADIUS_KM, 1.0, 19899.999])
def test_check_distance_km_accepts(km):
    check_distance_km(km)

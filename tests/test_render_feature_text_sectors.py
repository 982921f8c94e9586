"""The report's "On the map" words for a direction's sector and a town's outskirts:
"west of Belgorod (2 km–40 km)", not "outskirts of Belgorod" (tester33 V14)."""

from __future__ import annotations

import pytest

import geo
from geo.render.feature_text import describe_feature

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces attacked west of Belgorod, the ministry said.", "west of Belgorod"),
        ("Fighting raged on the western outskirts of Pokrovsk.", "outskirts of Pokrovsk"),
    ],
)
def test_a_sector_is_named_by_its_direction_and_outskirts_by_the_town(gazetteer, text, expected):
    a = geo.analyze(text, gazetteer=gazetteer)
    (f,) = a.features
    assert describe_feature(f, a).startswith(expected)

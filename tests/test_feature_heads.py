"""A single name opening a feature's or a competition's name the gazetteer lacks is no
town of that name ("Pearl Harbor", "Copa America"), unless a large city's or a region's
("Boston Harbor") (geo.text.name_words.feature_head).

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse
from geo.text.name_words import feature_head


def names(text, gazetteer):
    return [(t.text, t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The USS Missouri is moored at Pearl Harbor.", []),
        ("Sailors were trained at Pearl Harbour in Hawaii.", [("Hawaii", "US")]),
        (
            "Brazil beat Argentina in the Copa America final.",
            [("Brazil", "BR"), ("Argentina", "AR")],
        ),
        ("Chile won the Copa Centenario.", [("Chile", "CL")]),
    ],
)
def test_a_feature_or_competition_name_gives_no_town_of_its_first_word(gazetteer, text, expected):
    assert names(text, gazetteer) == expected


@pytest.mark.gazetteer
def test_feature_head_keeps_large_cities_regions_and_lone_names(gazetteer):
    text = "Boats crowded Boston Harbor near Pearl Harbor."
    assert not feature_head(text, text.index(" Harbor"), gazetteer, "boston")
    assert feature_head(text, text.rindex(" Harbor"), gazetteer, "pearl")
    text = "The Copa city council met; Ferries to Gabriola Island crossed Casco Bay."
    assert not feature_head(text, text.index(" city"), gazetteer, "copa")  # no capital after
    assert not feature_head(text, text.index(" Island"), gazetteer, "gabriola")  # its island
    assert not feature_head(text, text.index(" Bay"), gazetteer, "casco")  # a town on its bay

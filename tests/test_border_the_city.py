"""A sentence that refers back to its place ("The city lies about 30 km from the Russian
border", "The town is 8 km from the Belarusian border") puts the band by the place the
sentence before named: the last place of its paragraph, or else the one town the text
named (geo.text.spatial.regions._context_place). Texts written for these tests.
"""

from __future__ import annotations

import pytest

import geo
from geo.text.spatial import extract_features


def bands(text, gazetteer):
    a = geo.analyze(text, gazetteer=gazetteer)
    feats = extract_features(text, a.toponyms, gazetteer)
    return [f for f in feats if f.kind == "near" and "from a border" in f.note]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "km", "border", "place"),
    [
        ("A missile hit the centre of Sumy on Tuesday, officials said. The city lies about "
         "30 km from the Russian border.", 30.0, "RU-UA", "Sumy"),
        ("Drones struck a depot in Chernihiv overnight. The city is some 60 km from the "
         "Belarusian border.", 60.0, "BY-UA", "Chernihiv"),
        ("Shelling hit Vovchansk again. The town sits 5 km from the Russian border, "
         "residents said.", 5.0, "RU-UA", "Vovchansk"),
        # Paragraphs on, the one town the text named.
        ("A missile hit the centre of Sumy on Tuesday.\n\nRescuers worked through the "
         "night.\n\nThe city lies about 30 km from the Russian border.", 30.0, "RU-UA", "Sumy"),
    ],
)  # fmt: skip
def test_the_city_is_the_place_named_before(gazetteer, text, km, border, place):
    found = bands(text, gazetteer)
    assert len(found) == 1, found
    assert found[0].radius_km == pytest.approx(km)
    assert border in found[0].note and place in found[0].note


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        # A new paragraph after two towns: which one "the city" is, is not clear.
        "Missiles hit Sumy and Chernihiv on Tuesday.\n\nThe city lies about 30 km from the "
        "Russian border.",
        # No "the city": a village unnamed, nothing refers back.
        "Officials in Kyiv met on Monday. Shelling hit a village 3 km from the Russian border.",
    ],
)
def test_no_band_without_a_place_referred_to(gazetteer, text):
    assert bands(text, gazetteer) == []

"""The line that describes a spatial feature says what is drawn (geo.render.feature_text).
Texts written for these tests."""

from __future__ import annotations

import pytest

import geo
from geo.render.popups import describe_feature


def described(text, gazetteer):
    a = geo.analyze(text, gazetteer=gazetteer)
    return {f.text: describe_feature(f, a) for f in a.features}


@pytest.mark.gazetteer
def test_each_feature_is_described_as_drawn(gazetteer):
    out = described(
        "A shell fell 2 miles outside Sumy. Another hit 12 km from Kramatorsk. Drones flew "
        "within 8 km of the edge of Poltava. Troops dug in about 30 km west of "
        "Zaporizhzhia's outskirts. Shelling hit a village some 4 km from the border with "
        "Russia in the Sumy region. Strikes hit northern Donetsk Oblast. Sirens sounded "
        "within 15 km of Chernihiv.",
        gazetteer,
    )
    # A distance without a direction is drawn as a band, "outside" out to the edge too.
    assert out["2 miles outside Sumy"].startswith("band ")
    assert out["12 km from Kramatorsk"] == "band 10.8–13.2 km from Kramatorsk"
    # Drawn out from the edge: the drawn radius, and the stated one.
    edge = out["within 8 km of the edge of Poltava"]
    assert edge.endswith("ring around Poltava (8 km from its edge)") and not edge.startswith("8 ")
    assert "km west of Zaporizhzhya (30 km from its edge;" in out[
        "about 30 km west of Zaporizhzhia's outskirts"
    ]
    assert out["some 4 km from the border with Russia"].startswith(
        "within 4 km of the border with Russia"
    )
    assert out["northern Donetsk Oblast"] == "northern part of the Donetsk region"
    assert out["within 15 km of Chernihiv"] == "15 km ring around Chernihiv"

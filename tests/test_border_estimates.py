"""An estimate in a stated region near a stated border: the region's part in the border
zone (geo.text.border_estimates).  Texts written for these tests."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

import geo
from geo.geometry import area_km2
from geo.text.spatial import extract_features


def _analyse(text, gazetteer):
    analysis = geo.analyze(text, gazetteer=gazetteer)
    return analysis.toponyms, extract_features(text, analysis.toponyms, gazetteer)


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        (
            "Debris fell on a barn in the village of Wyryki, in the Lublin province near "
            "the border with Belarus.",
            "Wyryki",
            "the Lublin province.",
        ),
        (
            "A drone hit the village of Osoyivka in the Sumy region, close to the Russian "
            "border, the regional governor said.",
            "Osoyivka",
            "the Sumy region.",
        ),
    ],
)
def test_an_estimate_near_a_border_is_cut_to_the_zone(gazetteer, text, name, region):
    toponyms, feats = _analyse(text, gazetteer)
    (t,) = [t for t in toponyms if t.text == name]
    assert t.estimated
    (zone,) = [f for f in feats if f.kind == "near" and "border zone" in f.note]
    assert zone.geometry.buffer(1e-6).covers(Point(t.place.lon, t.place.lat))
    # The same village with no border stated: the whole region.
    plain, _ = _analyse(f"Debris fell on a barn in the village of {name}, in {region}", gazetteer)
    (whole,) = [p for p in plain if p.text == name]
    assert whole.estimated
    assert area_km2(t.uncertainty) < 0.6 * area_km2(whole.uncertainty)
    assert whole.uncertainty.buffer(1e-6).covers(t.uncertainty)


def test_a_border_zone_after_another_town_leaves_the_estimate(gazetteer):
    text = (
        "Debris fell in the village of Wyryki, in the Lublin province. Shelling hit "
        "Sumy near the border with Russia."
    )
    toponyms, _ = _analyse(text, gazetteer)
    (t,) = [t for t in toponyms if t.text == "Wyryki"]
    plain, _ = _analyse("Debris fell in the village of Wyryki, in the Lublin province.", gazetteer)
    assert (t.place.lat, t.place.lon) == (plain[0].place.lat, plain[0].place.lon)

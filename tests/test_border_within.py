"""A travel advisory's "within N km of the border with X" is the band "N km from the
border" draws (geo.text.spatial.border_distance).

Texts written for these tests.
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
    ("text", "phrase", "km", "codes"),
    [
        ("The ministry advises against all travel to within 20 km of the border with Russia "
         "in the Chernihiv region.", "within 20 km of the border with Russia", 20.0, "RU"),
        ("Britons should not go within 40 kilometres of the border with Ukraine in the "
         "Belgorod region.", "within 40 kilometres of the border with Ukraine", 40.0, "UA"),
        ("Aid convoys stay within 5 miles of the Ukrainian border near Kursk.",
         "within 5 miles of the Ukrainian border", 5 * 1.609344, "UA"),
    ],
)  # fmt: skip
def test_within_a_distance_of_a_border_is_the_band(gazetteer, text, phrase, km, codes):
    found = bands(text, gazetteer)
    assert len(found) == 1, found
    assert found[0].text == phrase
    assert found[0].radius_km == pytest.approx(km)
    assert codes in found[0].note


@pytest.mark.gazetteer
def test_within_and_from_draw_the_same_band(gazetteer):
    a = bands("Avoid travel within 10 km of the border with Russia in the Sumy region.", gazetteer)
    b = bands("Villages 10 km from the border with Russia in the Sumy region were hit.", gazetteer)
    assert len(a) == len(b) == 1
    assert a[0].geometry.equals(b[0].geometry)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "The talks ended within 10 days of the border with Russia reopening.",  # not a distance
        "The convoy waited within 5 km of the border before dawn.",  # no country at all
    ],
)
def test_within_without_a_stated_band_draws_none(gazetteer, text):
    assert not bands(text, gazetteer)


def features(text, gazetteer):
    a = geo.analyze(text, gazetteer=gazetteer)
    return extract_features(text, a.toponyms, gazetteer)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "phrase", "codes"),
    [
        ("Avoid all travel to within 15 km of the Line of Control in Jammu and Kashmir.",
         "within 15 km of the Line of Control", ("IN", "PK")),
        ("Shelling was reported along the Line of Control near Poonch, India.",
         "along the Line of Control", ("IN", "PK")),
        ("Patrols faced off across the Line of Actual Control in Ladakh, India.",
         "across the Line of Actual Control", ("IN", "CN")),
        ("Rockets were fired across the Blue Line near Metula, Israel.",
         "across the Blue Line", ("IL", "LB")),
    ],
)  # fmt: skip
def test_a_named_line_is_the_two_countries_boundary(gazetteer, text, phrase, codes):
    found = [f for f in features(text, gazetteer) if f.text == phrase]
    assert len(found) == 1, [(f.kind, f.text) for f in features(text, gazetteer)]
    assert all(cc in found[0].note for cc in codes)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Shells fell across the border in the Sumy region.",  # where from, not where
        "The commuters took the blue line to the centre of Kyiv.",  # lower case: no line
    ],
)
def test_no_named_line(gazetteer, text):
    assert not [f for f in features(text, gazetteer) if "border" in (f.note or "")]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "town", "max_extent_km"),
    [
        # Metula sits on the Lebanese border: the band stays by it, not along the
        # Lebanon and Golan lines 150 km around (tester30's F16).
        ("Hezbollah said it fired rockets at an Israeli position near Metula, about 2 km "
         "from the border.", "Metula", 30),
        ("Shelling hit Vovchansk, 5 km from the Russian border, the governor said.",
         "Vovchansk", 40),
        ("Drones struck Sudzha (8 km from the Ukrainian border) on Friday.", "Sudzha", 45),
    ],
)  # fmt: skip
def test_a_distance_from_the_border_right_after_a_town_is_drawn_by_that_town(
    gazetteer, text, town, max_extent_km
):
    from geo.geometry import distance_km

    (band,) = bands(text, gazetteer)
    x0, y0, x1, y1 = band.geometry.bounds
    assert distance_km((y0, x0), (y1, x1)) < max_extent_km, band.geometry.bounds
    assert f"of {town}, the place it describes" in band.note


@pytest.mark.gazetteer
def test_a_distance_from_the_border_of_a_region_keeps_the_whole_border(gazetteer):
    text = "A village of the Kharkiv region 3 km from the Russian border was shelled."
    (band,) = bands(text, gazetteer)
    x0, _, x1, _ = band.geometry.bounds
    assert x1 - x0 > 2.0 and "the place it describes" not in band.note

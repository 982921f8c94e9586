"""A village the gazetteer lacks, located once by the text ("near Robotyne, south of
Orikhiv"), is the same estimated place wherever the text repeats it, and an offset
from a repeat is drawn from that estimate; a hint in brackets after a relation
("advanced southwest of Robotyne (south of Orikhiv)") is the name's own."""

from __future__ import annotations

import pytest

from geo import analyze
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighting continued near Robotyne, south of Orikhiv. Russian troops advanced "
         "2 km southwest of Robotyne.", "Robotyne"),
        ("Shelling hit Klishchiivka, south of Bakhmut, on Monday. By Tuesday the "
         "brigade had left Klishchiivka.", "Klishchiivka"),
        ("Russian forces attacked near Synkivka, northeast of Kupiansk. Footage showed "
         "tanks burning outside Synkivka.", "Synkivka"),
    ],
)
def test_the_repeats_of_an_estimated_village_share_its_estimate(gazetteer, text, name):
    found = [t for t in geoparse(text, gazetteer) if t.text == name]
    assert len(found) == 2
    assert all(t.estimated and t.place is not None for t in found)
    assert len({(t.place.lat, t.place.lon) for t in found}) == 1


def test_an_offset_from_a_repeat_is_drawn(gazetteer):
    text = (
        "Fighting continued near Robotyne, south of Orikhiv. Russian troops advanced "
        "2 km southwest of Robotyne."
    )
    a = analyze(text, gazetteer=gazetteer)
    offsets = [f for f in a.features if f.kind == "offset"]
    assert len(offsets) == 1
    anchor = a.toponyms[offsets[0].anchor]
    assert anchor.text == "Robotyne" and anchor.estimated


def test_an_unlocated_unknown_name_stays_out(gazetteer):
    # Nothing locates "Zvorykino" (no hint, no region): neither mention is reported.
    text = "Troops entered Zvorykino on Monday. Zvorykino was quiet by evening."
    assert not [t for t in geoparse(text, gazetteer) if t.text == "Zvorykino"]


@pytest.mark.parametrize(
    ("text", "name", "anchor"),
    [
        ("Russian forces advanced southwest of Robotyne (south of Orikhiv).",
         "Robotyne", "Orikhiv"),
        ("Geolocated footage indicates that Russian forces advanced north of Kyslivka "
         "(southeast of Kupiansk).", "Kyslivka", "Kupiansk"),
        # an apposition says what the name is, whatever precedes it
        ("The battalion has held the forest just west of Klishchiivka, a village south "
         "of Bakhmut, since June.", "Klishchiivka", "Bakhmut"),
    ],
)
def test_a_bracketed_hint_after_a_relation_is_the_names_own(gazetteer, text, name, anchor):
    found = {t.text: t for t in geoparse(text, gazetteer) if t.place is not None}
    t, a = found[name], found[anchor].place
    assert t.estimated and t.place.lat < a.lat


def test_features_from_an_estimated_place_carry_its_uncertainty(gazetteer):
    from geo.text.estimate_reach import estimate_reach_km

    text = (
        "Fighting continued near Robotyne, south of Orikhiv. Russian troops advanced "
        "2 km southwest of Robotyne, and 3 km southwest of Orikhiv."
    )
    a = analyze(text, gazetteer=gazetteer)
    robotyne = next(t for t in a.toponyms if t.text == "Robotyne")
    reach = estimate_reach_km(robotyne)
    assert reach > 5  # estimated 2-40 km south of Orikhiv
    by_text = {f.text: f for f in a.features}
    from_estimate = by_text["2 km southwest of Robotyne"]
    from_known = by_text["3 km southwest of Orikhiv"]
    assert from_estimate.uncertainty_km >= reach
    assert from_known.uncertainty_km < 3
    near = by_text["near Robotyne"]
    assert near.radius_km >= reach
    # the near disc holds the whole area the estimate allows
    assert near.geometry.buffer(1e-6).covers(robotyne.uncertainty)


def test_an_offset_from_a_place_nothing_locates_is_skipped_with_a_warning(gazetteer, caplog):
    import logging

    text = (
        "Officials in Kharkiv said troops entered Zvorykino on Monday. Russian forces "
        "advanced 2 km southwest of Zvorykino. They also advanced 3 km north of the border."
    )
    with caplog.at_level(logging.WARNING, logger="geo"):
        a = analyze(text, gazetteer=gazetteer)
    assert not [f for f in a.features if "Zvorykino" in f.text]
    messages = [r.getMessage() for r in caplog.records]
    assert any("'Zvorykino' could not be located" in msg for msg in messages)
    assert not any("border" in msg for msg in messages)  # no name: nothing to say

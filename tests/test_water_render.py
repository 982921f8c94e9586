"""Maps draw water bodies as water: their outline or course in the water layer, a drop
marker that frames no view, and a claim's badge on its town rather than its river."""

from __future__ import annotations

import geo
from geo.render import render, to_html
from geo.render.layers import shape_style
from geo.render.legend import mark_icon
from geo.render.scene import build_scene
from geo.render.styles import WATER_COLOR

TEXT = (
    "Officials said Russian forces shelled Kherson from across the Dnipro. "
    "A ship sank in the Sea of Azov, the navy said."
)


def _scene(gazetteer):
    return build_scene(geo.analyze(TEXT, gazetteer=gazetteer))


def test_water_is_drawn_as_water_and_a_river_frames_nothing(gazetteer):
    scene = _scene(gazetteer)
    water = [s for s in scene.shapes if s.role == "water"]
    assert {s.geometry.geom_type for s in water} >= {"Polygon", "MultiLineString"}
    assert all(s.group == "Water" and not s.frames for s in water)
    drops = [m for m in scene.places if m.kind == "water"]
    assert {m.name for m in drops} == {"Dnipro", "Sea of Azov"}
    assert all(m.shape == "water" for m in drops)
    framing = {m.name: m.frames for m in drops}
    # a river's point is not where the fighting is; a sea a claim is about frames the view
    assert framing == {"Dnipro": False, "Sea of Azov": True}
    town = next(m for m in scene.places if m.name == "Kherson")
    assert town.shape != "water"


def test_a_claim_about_a_town_and_a_river_is_badged_on_the_town(gazetteer):
    scene = _scene(gazetteer)
    town = next(m for m in scene.places if m.name == "Kherson")
    first = next(c for c in scene.claims if c.number == 1)
    assert (round(first.lat, 3), round(first.lon, 3)) == (round(town.lat, 3),
                                                         round(town.lon, 3))


def test_the_water_style_ignores_the_claim_status():
    for status in ("asserted", "denied", "confirmed"):
        style = shape_style("water", status)
        assert style["color"] == WATER_COLOR and style["fillColor"] == WATER_COLOR
    assert "geo-shape-water" in mark_icon("water", "#000")


def test_the_map_has_a_water_layer_and_legend_row(gazetteer):
    a = geo.analyze(TEXT, gazetteer=gazetteer)
    html = to_html(render(a, offline=True, gazetteer=gazetteer))
    assert "Water" in html and "sea, lake or river named" in html
    assert WATER_COLOR in html

"""The matplotlib figure of the static renderer (geo.render.figure): overlay geometry kinds.

The figure must draw every part of an overlay that the HTML map draws, and an
empty part of a collection must not stop the render.
"""

from __future__ import annotations

import pytest

from geo.render import export_svg
from geo.render.figure import _lines, _parts, _polygon_path, draw_figure
from geo.render.overlay import overlay_from_geojson

from .test_render import sample_analysis

pytest.importorskip("matplotlib")

SQUARE = [[[36.0, 50.0], [36.5, 50.0], [36.5, 50.5], [36.0, 50.5], [36.0, 50.0]]]


def overlay(*geometries):
    data = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": {}, "geometry": g} for g in geometries],
    }
    return overlay_from_geojson(data, name="mine", color="#123456")


def collection(*geometries):
    return {"type": "GeometryCollection", "geometries": list(geometries)}


def test_parts_flatten_nested_collections_and_drop_empty_parts():
    from shapely.geometry import GeometryCollection, LineString, Point, Polygon

    square = Polygon(SQUARE[0])
    g = GeometryCollection([Point(1, 2), LineString(), GeometryCollection([square, Point()])])
    assert [p.geom_type for p in _parts(g)] == ["Point", "Polygon"]
    assert list(_lines(g)) == [list(square.exterior.coords)]
    assert _polygon_path(g) is not None
    assert _polygon_path(LineString([(0, 0), (1, 1)])) is None
    assert list(_lines(LineString())) == []


def overlay_artists(fig, color_rgb):
    """(lines, patches) of the overlay colour in the figure's axes."""
    from matplotlib.colors import to_rgb

    (ax,) = fig.axes
    lines = [a for a in ax.lines if to_rgb(a.get_color()) == color_rgb]
    patches = [p for p in ax.patches if to_rgb(p.get_facecolor()[:3]) == color_rgb]
    return lines, patches


def test_overlay_collection_with_an_empty_part_is_drawn(mini_gazetteer, tmp_path):
    point = {"type": "Point", "coordinates": [36.1, 50.1]}
    empty = {"type": "LineString", "coordinates": []}
    ov = overlay(collection(point, empty))
    fig = draw_figure(sample_analysis(), overlays=[ov], gazetteer=mini_gazetteer)
    lines, _ = overlay_artists(fig, (0x12 / 255, 0x34 / 255, 0x56 / 255))
    assert [tuple(ln.get_xydata()[0]) for ln in lines] == [(36.1, 50.1)]
    svg = export_svg(sample_analysis(), tmp_path / "m.svg", overlays=[ov],
                     gazetteer=mini_gazetteer)
    assert svg.read_bytes().lstrip().startswith(b"<?xml")


def test_polygons_in_nested_collections_are_filled_like_polygons(mini_gazetteer):
    rgb = (0x12 / 255, 0x34 / 255, 0x56 / 255)
    nested = overlay(collection(collection({"type": "Polygon", "coordinates": SQUARE})))
    plain = overlay({"type": "Polygon", "coordinates": SQUARE})
    got = [
        overlay_artists(draw_figure(sample_analysis(), overlays=[ov], gazetteer=mini_gazetteer),
                        rgb)
        for ov in (nested, plain)
    ]
    (n_lines, n_patches), (p_lines, p_patches) = got
    assert len(n_patches) == len(p_patches) == 1
    assert len(n_lines) == len(p_lines) == 1
    assert (n_patches[0].get_path().vertices == p_patches[0].get_path().vertices).all()

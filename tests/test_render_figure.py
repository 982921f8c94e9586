"""The matplotlib figure of the static renderer (geo.render.figure): overlay geometry kinds.

The figure must draw every part of an overlay that the HTML map draws, and an
empty part of a collection must not stop the render.
"""

from __future__ import annotations

import pytest

from geo.render import export_svg
from geo.render.figure import draw_figure
from geo.render.figure_layers import geometry_parts, line_coords, polygon_path
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
    assert [p.geom_type for p in geometry_parts(g)] == ["Point", "Polygon"]
    assert list(line_coords(g)) == [list(square.exterior.coords)]
    assert polygon_path(g) is not None
    assert polygon_path(LineString([(0, 0), (1, 1)])) is None
    assert list(line_coords(LineString())) == []


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


@pytest.mark.gazetteer
def test_labels_cover_no_label_marker_or_badge(gazetteer):
    """Places close together: each label keeps clear (moved left or left out), and the
    title box stays inside the figure."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    import geo

    text = (
        "KYIV, Nov 28 (Reuters) - Russian forces pushed into the northern outskirts of "
        "Kupiansk in the Kharkiv region, the Defence Ministry in Moscow said. Ukraine's "
        "General Staff said its troops repelled attacks near Kupiansk and Petropavlivka "
        "and that fighting continued around Borova. A guided bomb struck Kharkiv; "
        "another strike damaged power lines in Chuhuiv, the governor said."
    )
    fig = draw_figure(geo.analyze(text, gazetteer=gazetteer), gazetteer=gazetteer)
    ax = fig.axes[0]
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    labels = [t for t in ax.texts if (t.get_gid() or "").startswith("label-") and t.get_visible()]
    boxes = [t.get_window_extent(renderer) for t in labels]
    assert len(boxes) >= 5
    for i, a in enumerate(boxes):
        assert not any(a.overlaps(b) for b in boxes[i + 1 :]), labels[i].get_text()
    badges = [
        ax.transData.transform(xy)
        for line in ax.lines
        if line.get_markersize() > 10 and line.get_linestyle() in ("None", "none")
        for xy in line.get_xydata()
    ]
    assert badges
    for box in boxes:
        assert not any(box.contains(x, y) for x, y in badges)
    (title,) = fig.texts[:1]
    t = title.get_bbox_patch().get_window_extent(renderer)
    assert t.x0 >= 0 and t.x1 <= fig.get_figwidth() * fig.dpi

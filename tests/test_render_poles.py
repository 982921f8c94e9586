"""A position at a pole or on the antimeridian is kept and drawn where the map can show it.

Web Mercator ends at 85.05° (a pole is at infinity): a point written "90N 180E" is
drawn at the edge the map shows (scene.DRAWN_LAT), on its meridian, its tooltip
saying so, and the view is kept within those latitudes (it sat under the title).
"""

from __future__ import annotations

import pytest

import geo
from geo.render import export_svg, render, to_html
from geo.render.scene import DRAWN_LAT, build_scene


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("A research ship reported its position as 90N 180E, officials said.", 90.0, 180.0),
        ("A research ship reported its position as 89.5S 179.9W, officials said.", -89.5,
         -179.9),
        ("A research ship reported its position as 86.2N 10.5E, officials said.", 86.2, 10.5),
    ],
)
def test_a_polar_point_is_kept_and_drawn_at_the_map_edge(text, lat, lon, mini_gazetteer,
                                                         tmp_path):
    analysis = geo.analyze(text, gazetteer=mini_gazetteer)
    (point,) = [f for f in analysis.features if f.kind == "point"]
    assert (point.geometry.y, point.geometry.x) == (lat, lon)  # the data as written
    scene = build_scene(analysis, gazetteer=mini_gazetteer)
    (mark,) = scene.points
    assert mark.lat == (DRAWN_LAT if lat > 0 else -DRAWN_LAT)
    assert (mark.lon - lon) % 360 == 0
    assert f"{abs(lat):g}°" in mark.tooltip and "where the map ends" in mark.tooltip
    assert all(abs(m.lat) <= DRAWN_LAT for m in scene.claims)
    s, _, n, _ = scene.frame
    assert -DRAWN_LAT <= s <= n <= DRAWN_LAT
    html = to_html(render(analysis, offline=True, gazetteer=mini_gazetteer), offline=True)
    assert f"{abs(lat):g}°" in html  # the tooltip's note reaches the page
    # the static figure's scale bar measures across the antimeridian (was an error)
    assert export_svg(analysis, tmp_path / "pole.svg").stat().st_size > 0


def test_an_ordinary_point_is_not_moved(mini_gazetteer):
    analysis = geo.analyze("Footage was geolocated to 48.5N 37.9E.", gazetteer=mini_gazetteer)
    (mark,) = build_scene(analysis, gazetteer=mini_gazetteer).points
    assert (mark.lat, mark.lon) == (48.5, 37.9) and "map ends" not in mark.tooltip

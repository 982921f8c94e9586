"""Offline basemap borders print clean (tester30 F11): no strokes round the sliver holes
a country made of its regions has (hundreds of short dashes over Russia and Kazakhstan),
and a border two neighbours share drawn once (Lebanon's and Syria's outlines part by up
to 2.5 km: two offset parallel lines), a region's outline along it left to it."""

from __future__ import annotations

import shapely
from shapely.geometry import LineString, Polygon, shape

from geo.render.basemap import build_basemap
from geo.render.basemap_shapes import SAME_BORDER_DEG, once, outline


def test_the_outline_leaves_out_sliver_holes_and_keeps_lakes():
    land = Polygon([(0, 0), (10, 0), (10, 10), (0, 10)],
                   [[(1, 1), (1.5, 1), (1.5, 1.01), (1, 1.01)],  # a sliver: 0.005 deg²
                    [(5, 5), (7, 5), (7, 7), (5, 7)]])  # a lake: 4 deg²
    rings = list(shapely.get_parts(outline(land)))
    assert len(rings) == 2 and sorted(round(r.length) for r in rings) == [8, 40]


def test_a_shared_border_is_drawn_once_and_other_lines_kept():
    a = LineString([(0, 0), (0, 5)])
    b = LineString([(0.02, 0), (0.02, 5), (3, 5)])  # a's border 0.02° off, then its own
    c = LineString([(1, 0), (1, 5)])  # a border of its own, 1° away
    kept = once([a, b, c])
    assert kept[0].equals(a) and kept[2].equals(c)
    assert 2.9 < kept[1].length < 3.1  # only b's own part beyond the shared border
    region = LineString([(0.01, 1), (0.01, 4)])  # a region's outline along the border
    assert once([region], [a])[0].is_empty
    assert SAME_BORDER_DEG >= 0.025


def _parts(collection: dict) -> list:
    return [p for f in collection["features"]
            for p in shapely.get_parts(shape(f["geometry"]))]


def test_russia_at_country_zoom_has_no_scattered_strokes(gazetteer):
    basemap = build_basemap(gazetteer, (44.0, 30.0, 58.0, 62.0))
    short = [p for p in _parts(basemap.borders) if p.length < 0.2]
    assert len(short) < 150, len(short)  # were 2,347 of 4,212 (holes between regions)


def test_lebanon_and_syria_share_one_border_line(gazetteer):
    basemap = build_basemap(gazetteer, (32.9, 35.1, 34.2, 36.6))
    # a transect across the Lebanon-Syria border in the Beqaa, at 33.8°N
    across = LineString([(35.85, 33.8), (36.25, 33.8)])
    hits = [p for p in _parts(basemap.borders) if p.intersects(across)]
    crossings = sum(len(shapely.get_parts(p.intersection(across))) for p in hits)
    assert crossings == 1, crossings

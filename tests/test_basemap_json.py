"""A basemap's JSON is encoded once: measured by size_bytes, then written into the page."""

from __future__ import annotations

import json
from unittest import mock

from geo.render import _html
from geo.render.basemap import Basemap
from geo.render.elements import BasemapLayer


def _basemap() -> Basemap:
    square = {"type": "Polygon", "coordinates": [[[30.0, 50.0], [31.0, 50.0], [31.0, 51.0],
                                                  [30.0, 50.0]]]}
    line = {"type": "LineString", "coordinates": [[30.0, 50.0], [31.5, 50.25]]}
    return Basemap(
        countries={"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"z": 1, "a": "Україна"}, "geometry": square}]},
        regions={"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {}, "geometry": line}]},
        labels=((50.5, 30.5, "Ukraine </script>"), (51.0, 31.0, "Belarus\u202e")),
        bounds=((49.0, 29.0), (52.0, 32.0)),
        tolerance_deg=0.01,
        borders={"type": "FeatureCollection", "features": []},
        world={"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {}, "geometry": square}]},
        world_borders={"type": "FeatureCollection", "features": []},
    )


def test_size_is_the_length_of_the_compact_json_in_any_key_order():
    b = _basemap()
    parts = (b.countries, b.regions, [list(label) for label in b.labels], b.borders, b.world,
             b.world_borders)
    assert b.size_bytes() == sum(
        len(json.dumps(x, separators=(",", ":"), ensure_ascii=False)) for x in parts)
    assert b.json_text("countries") == json.dumps(
        b.countries, separators=(",", ":"), ensure_ascii=False, sort_keys=True)
    assert b.json_text("labels").startswith('[[50.5,30.5,"Ukraine </script>"]')


def test_the_page_has_what_js_writes_and_encodes_each_part_once():
    b = _basemap()
    b.size_bytes()
    layer = BasemapLayer(b)
    layer._parent = mock.Mock(get_name=lambda: "group")
    encoded = []

    def compact_json(value):
        encoded.append(value)
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    with mock.patch.object(BasemapLayer, "_map_name", lambda self: "map"), \
            mock.patch("geo.render._html.compact_json", compact_json):
        script = layer.script_js()
    parts = [b.world, b.world_borders, b.countries, b.borders, b.regions]
    assert not [v for v in encoded if any(v is p for p in parts)]  # measured: not again
    for name in ("world", "countries", "regions", "borders"):
        assert _html.js(getattr(b, name)) in script
    assert "Україна" in script and "\u202e" not in script


def test_equal_basemaps_stay_equal_once_measured():
    a, b = _basemap(), _basemap()
    a.size_bytes()
    assert a == b and "_json" not in repr(a)

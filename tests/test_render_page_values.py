"""A long text's map writes each shared value once (``geo.render.page_values``).

Outlines, popups, tooltips, styles and icons that many items share are written once
on the page and numbered; the page's ``addShapes``/``addMarks`` put them back. These
tests read every call back as the page does and compare with the items the layers
built: nothing lost, nothing changed, and a region drawn for many statements about it
is written once. Copying a map before rendering shares the items instead of copying
them (``_Element.__deepcopy__``), and rendering twice gives the same bytes.
"""

from __future__ import annotations

import copy
import json
import random
import re

import pytest

import geo
from geo.render import render, to_html
from geo.render.elements import Marks, Shapes
from geo.render.page_values import SHARED_KEYS, PageValues, packed_geometry

from . import test_render_browser as _browser
from .test_render_browser import console_errors, open_map

chrome, loopback_only = _browser.chrome, _browser.loopback_only  # the fixtures

# Written for these tests: the same regions, rings and offsets stated again and again
# in different words, as a live blog does over a day.
ENTRIES = (
    "{t} GMT - Drones hit power lines in the Kharkiv region overnight, the governor said.",
    "{t} GMT - Russian troops are within {n} km of Kupiansk, Ukraine's army said.",
    "{t} GMT - Shelling was reported {n} kilometres north-east of Sumy, local officials said.",
    "{t} GMT - Moscow claimed its forces advanced in the Donetsk region; Kyiv denied it.",
    "{t} GMT - Air defences were active over the Kharkiv region again, officials said.",
)
CALL = re.compile(r"\.geo\.(addShapes|addMarks)\((\w+), (\[.*?\]), (\[.*?\])\);\n")


def live_blog(entries: int = 60) -> str:
    lines = ["Live: the front line, hour by hour", ""]
    for i in range(entries):
        t = f"{23 - i % 24:02d}:{(i * 7) % 60:02d}"
        lines += [ENTRIES[i % len(ENTRIES)].format(t=t, n=5 + (i // len(ENTRIES)) % 4), ""]
    return "\n".join(lines)


def unpack(d: list) -> list:
    """The page's ``unpack``: steps in whole 1e-5 degrees back to [x, y] points."""
    if d and not isinstance(d[0], int):
        return [unpack(part) for part in d]
    out, x, y = [], 0, 0
    for i in range(0, len(d), 2):
        x, y = x + d[i], y + d[i + 1]
        out.append([x / 1e5, y / 1e5])
    return out


def floats(coordinates: list) -> str:
    """Coordinates as one text, every number a float (the browser gives 50 for 50.0)."""
    def walk(v):
        return [walk(x) for x in v] if isinstance(v, list) else float(v)

    return json.dumps(walk(coordinates))


def page_items(page: str) -> list[tuple[str, list[dict]]]:
    """Every call's items with their values put back, as the page's script does."""
    values: list = []
    calls = []
    for kind, _, items, more in CALL.findall(page):
        values.extend({"type": v["type"], "coordinates": unpack(v["d"])}
                      if isinstance(v, dict) and "d" in v else v for v in json.loads(more))
        resolved = []
        for item in json.loads(items):
            for key in SHARED_KEYS:
                if isinstance(item.get(key), int):
                    item[key] = values[item[key]]
            resolved.append(item)
        calls.append((kind, resolved))
    return calls


def built_items(fmap) -> list[tuple[str, list[dict]]]:
    out = []

    def walk(element):
        for child in element._children.values():
            if isinstance(child, Shapes | Marks):
                kind = "addShapes" if isinstance(child, Shapes) else "addMarks"
                out.append((kind, json.loads(json.dumps(child.items))))
            walk(child)

    walk(fmap)
    return out


def test_page_values_number_each_value_once():
    values = PageValues()
    items, more = values.call_args([{"g": {"type": "Point", "coordinates": [1, 2]}, "p": "a"},
                                    {"g": {"type": "Point", "coordinates": [1, 2]}, "p": "b",
                                     "min": 11}])
    assert json.loads(items) == [{"g": 0, "p": 1}, {"g": 0, "p": 2, "min": 11}]
    assert json.loads(more) == [{"type": "Point", "coordinates": [1, 2]}, "a", "b"]
    # A later call on the same page numbers on, and writes only what is new.
    items, more = values.call_args([{"p": "b", "icon": {"html": "<i>"}}, {"p": None}])
    assert json.loads(items) == [{"p": 2, "icon": 3}, {"p": None}]
    assert json.loads(more) == [{"html": "<i>"}] and "<" not in more
    # A copy of a map is a page of its own: its table starts empty.
    assert copy.deepcopy(values).numbers == {}


def test_packed_outlines_give_the_same_floats_back():
    rng = random.Random(22)
    for kind, depth in (("LineString", 1), ("Polygon", 2), ("MultiPolygon", 3)):
        for _ in range(50):
            points = [[round(rng.uniform(-180, 180), 5), round(rng.uniform(-90, 90), 5)]
                      for _ in range(rng.randint(0, 40))]
            coordinates = points
            for _ in range(depth - 1):
                coordinates = [coordinates, coordinates[:3]]
            geometry = {"type": kind, "coordinates": coordinates}
            packed = packed_geometry(geometry)
            assert set(packed) == {"type", "d"} and unpack(packed["d"]) == coordinates
            assert len(json.dumps(packed)) <= len(json.dumps(geometry))
    # Anything the steps cannot hold exactly is written as it is.
    for other in ({"type": "LineString", "coordinates": [[30.123456, 50.0], [31.0, 51.0]]},
                  {"type": "LineString", "coordinates": [[30.0, 50.0, 1.0], [31.0, 51.0, 1.0]]},
                  {"type": "LineString", "coordinates": [[float("nan"), 50.0], [31.0, 51.0]]},
                  {"type": "Point", "coordinates": [30.0, 50.0]},
                  {"type": "GeometryCollection", "geometries": []}):
        assert packed_geometry(other) is other


@pytest.mark.gazetteer
def test_long_text_map_loses_nothing_and_writes_outlines_once(gazetteer):
    analysis = geo.analyze(live_blog(), gazetteer=gazetteer)
    fmap = render(analysis, offline=True, gazetteer=gazetteer)
    built = built_items(fmap)
    before = copy.deepcopy(built)
    page = to_html(fmap)
    assert page_items(page) == built
    regions = [it for kind, items in built if kind == "addShapes" for it in items
               if it["pane"] == "geo-regions"]
    assert len(regions) >= 20  # the Kharkiv region, stated a dozen times, and Donetsk's
    for outline in {json.dumps(packed_geometry(it["g"]), separators=(",", ":"),
                               sort_keys=True) for it in regions}:
        assert page.count(outline) == 1
    # Rendering neither changes the map's items nor gives other bytes the second time.
    assert built_items(fmap) == before
    assert to_html(fmap) == page


@pytest.mark.gazetteer
def test_rendered_copy_shares_items_and_keeps_ids(gazetteer):
    fmap = render(geo.analyze(live_blog(10), gazetteer=gazetteer), gazetteer=gazetteer,
        offline=False)
    shapes = next(c for g in fmap._children.values() for c in g._children.values()
                  if isinstance(c, Shapes))
    clone = copy.deepcopy(shapes._parent)
    twin = next(iter(clone._children.values()))
    assert twin is not shapes and twin.items is shapes.items
    assert twin._parent is clone and twin.get_name() == shapes.get_name()


@pytest.mark.browser
@pytest.mark.gazetteer
def test_long_text_map_draws_every_item_in_chromium(chrome, tmp_path, gazetteer):
    """In the browser every item is drawn with its own popup, tooltip and icon, the
    shared values put back (the popups of all layers, as Leaflet holds them, are the
    items' popups)."""
    from geo.render import save_html

    analysis = geo.analyze(live_blog(), gazetteer=gazetteer)
    path = save_html(analysis, tmp_path / "blog.html", offline=True, gazetteer=gazetteer)
    items = [it for _, call in page_items(path.read_text(encoding="utf-8")) for it in call]
    name = open_map(chrome, path)
    drawn = chrome.execute_script(
        "var out = {popups: [], shapes: [], marks: 0};"
        f"{name}.eachLayer(function (layer) {{"
        "  var pane = layer.options.pane || '';"
        "  if (layer instanceof L.GeoJSON && pane.indexOf('geo-basemap') !== 0) {"
        "    out.shapes.push(layer.toGeoJSON(6).features[0].geometry.coordinates); }"
        "  if (layer instanceof L.Marker && layer.options.icon instanceof L.DivIcon) {"
        "    out.marks++; }"
        "  if ((layer instanceof L.GeoJSON || layer instanceof L.Marker) && layer.getPopup()) {"
        "    out.popups.push(layer.getPopup().getContent()); }"
        "});"
        "return out;"
    )
    shapes = [it for it in items if "g" in it]
    marks = [it for it in items if "ll" in it]
    assert drawn["marks"] >= len(marks) > 0
    # Each outline is drawn at its own points (Leaflet's GeoJSON of each layer).
    assert sorted(map(floats, drawn["shapes"])) == sorted(
        floats(it["g"]["coordinates"]) for it in shapes)
    assert sorted(drawn["popups"]) == sorted(it["p"] for it in items if it.get("p"))
    assert console_errors(chrome) == []

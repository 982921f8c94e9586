"""The map renderer (issue 5): layers, styles, escaping, determinism, offline, outputs.

Analyses are built by hand (features and claims land in ``geo.analyze`` later),
with the mini gazetteer for region polygons and the offline basemap. Browser
checks live in ``test_render_browser.py``; they reuse the builders here.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from pathlib import Path

import folium
import folium.plugins
import pytest
from shapely.geometry import Point

import geo
from geo.errors import InputError, RenderError
from geo.geometry import distance_km, ring
from geo.model import Analysis, Claim, DateSpan, Feature, Place, Quantity, Toponym
from geo.render import (
    MapView,
    load_overlay,
    remote_resources,
    render,
    report_html,
    save_geojson,
    save_html,
    to_fragment,
    to_geojson,
    to_html,
    write_outputs,
)
from geo.render._html import css_length, esc, js
from geo.render.elements import LayerSwitch
from geo.render.scene import build_scene
from geo.render.styles import STATUS_STYLES, combined_status

from .conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"
UPDATE_GOLDEN = os.environ.get("GEO_UPDATE_GOLDEN") == "1"
EXAMPLE = ROOT / "data" / "examples" / "sumy-kursk-bodies.txt"

# Places as the mini gazetteer (tests/fixtures) has them.
SUMY = Place(692194, "Sumy", "place", "UA", 50.91741, 34.79906, "21", "Sumy", "Ukraine", 256474)
SUMY_OBLAST = Place(692196, "Sumy", "admin1", "UA", 51.09713, 34.10624, "21", "", "Ukraine")
KURSK_OBLAST = Place(538555, "Kursk", "admin1", "RU", 51.67572, 36.07572, "41", "", "Russia")
ISTANBUL = Place(745044, "Istanbul", "place", "TR", 41.01384, 28.94966, "34", "Istanbul", "Turkey",
                 15701602)
MOSCOW = Place(524901, "Moscow", "place", "RU", 55.75204, 37.61781, "48", "Moscow", "Russia",
               10381222)
UKRAINE = Place(690791, "Ukraine", "country", "UA", 50.28627, 30.45009, population=40000000)

ARTICLE = (
    "Moscow offers to return 3,000 more bodies\n\n"
    "Moscow said on Friday that it would return the bodies of 3,000 soldiers. "
    "Russia returned 6,000 bodies under an agreement reached on June 2 at talks in Istanbul. "
    "Officials said most bodies were found in the Kursk region, a claim Kyiv has not confirmed. "
    "Ukraine denied that it had refused the exchange. "
    "Russian troops are within about 10 miles (16 kilometers) of Sumy, officials said."
)


def toponym(text: str, surface: str, place: Place, nth: int = 0, cue: str = "") -> Toponym:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Toponym(start, start + len(surface), surface, place, 0.9, cue)


def sentence(text: str, start_words: str) -> tuple[int, int, str]:
    i = text.index(start_words)
    j = text.index(".", i) + 1
    return i, j, text[i:j]


def sample_analysis(text: str = ARTICLE) -> Analysis:
    """A hand-built analysis of ``ARTICLE``: a 16 km ring, a region, four claims."""
    tops = (
        toponym(text, "Moscow", MOSCOW, 0),
        toponym(text, "Moscow", MOSCOW, 1),
        toponym(text, "Istanbul", ISTANBUL),
        toponym(text, "Kursk", KURSK_OBLAST, cue="region"),
        toponym(text, "Ukraine", UKRAINE),
        toponym(text, "Sumy", SUMY),
    )
    s = text.index("within about 10 miles")
    e = text.index(" of Sumy") + len(" of Sumy")
    k = text.index("the Kursk region")
    features = (
        Feature("ring", s, e, text[s:e], ring((SUMY.lat, SUMY.lon), 16.0), anchor=5,
                radius_km=16.0, approximate=True, quantity_text="10 miles (16 kilometers)"),
        Feature("point", k, k + 16, text[k:k + 16],
                Point(36.2, 51.5), anchor=3),
    )
    claims = []
    i, j, t = sentence(text, "Moscow said")
    claims.append(Claim(i, j, t, "Moscow", "said", "asserted",
                        quantities=(Quantity(3000, "bodies", "3,000"),), toponyms=(1,)))
    i, j, t = sentence(text, "Russia returned")
    claims.append(Claim(i, j, t, None, None, "confirmed",
                        quantities=(Quantity(6000, "bodies", "6,000"),),
                        dates=(DateSpan("June 2", "2025-06-02", "2025-06-02"),), toponyms=(2,)))
    i, j, t = sentence(text, "Officials said")
    claims.append(Claim(i, j, t, "Officials", "said", "unverified", toponyms=(3,), features=(1,),
                        status_cue="has not confirmed"))
    i, j, t = sentence(text, "Ukraine denied")
    claims.append(Claim(i, j, t, "Ukraine", "denied", "denied", toponyms=(4,)))
    i, j, t = sentence(text, "Russian troops")
    claims.append(Claim(i, j, t, "officials", "said", "asserted", toponyms=(5,), features=(0,)))
    claims.append(Claim(0, 6, text[0:6], "nobody", "said", "disputed"))  # no place: unlocated
    return Analysis(text=text, toponyms=tops, features=features, claims=tuple(claims), id="t")


def example_analysis(gaz=None) -> Analysis:
    """The repository's example article with hand-made features and claims on its toponyms."""
    text = EXAMPLE.read_text(encoding="utf-8")
    tops = (
        toponym(text, "Moscow", MOSCOW, 0),
        toponym(text, "Kiev", Place(703448, "Kyiv", "place", "UA", 50.45466, 30.5238)),
        toponym(text, "Istanbul", ISTANBUL),
        toponym(text, "Kursk", KURSK_OBLAST, 0, "region"),
        toponym(text, "Ukraine", UKRAINE, 1),
        toponym(text, "Sumy", SUMY, 0),
        toponym(text, "Sumy", SUMY, 1),
        toponym(text, "Sumy", SUMY_OBLAST, 2, "region"),
    )
    s = text.index("within about 10 miles")
    e = s + len("within about 10 miles (16 kilometers) of Sumy")
    ring_feature = Feature("ring", s, e, text[s:e], ring((SUMY.lat, SUMY.lon), 16.0), anchor=6,
                           radius_km=16.0, approximate=True,
                           quantity_text="10 miles (16 kilometers)")
    claims = []
    i, j, t = sentence(text, "Putin also said")
    claims.append(Claim(i, j, t, "Vladimir Putin", "said", "asserted", toponyms=(5, 6),
                        features=(0,)))
    i, j, t = sentence(text, "President Vladimir Putin said")
    claims.append(Claim(i, j, t, "Vladimir Putin", "said", "unverified", toponyms=(3, 4),
                        quantities=(Quantity(76000, "troops", "76,000"),),
                        status_cue="has not confirmed"))
    i, j, t = sentence(text, "Ukrainian officials this week")
    claims.append(Claim(i, j, t, "Ukrainian officials", "accused", "denied", toponyms=(0,)))
    i, j, t = sentence(text, "The proposal comes")
    claims.append(Claim(i, j, t, None, None, "confirmed", toponyms=(2,),
                        quantities=(Quantity(6000, "bodies", "6,000"),),
                        dates=(DateSpan("June 2", "2025-06-02", "2025-06-02"),)))
    return Analysis(text=text, toponyms=tops, features=(ring_feature,), claims=tuple(claims))


HOSTILE = [
    "<script>document.documentElement.setAttribute('data-pwned','script');window.__pwned=1"
    "</script>",
    "\"><img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img');"
    "window.__pwned=2\">",
    "javascript:document.documentElement.setAttribute('data-pwned','js')",
    "`${document.documentElement.setAttribute('data-pwned','tpl')}`",
    "</script><script>window.__pwned=3</script>",
    "'-alert(1)-' \u2028 \u2029 </style><svg onload=\"window.__pwned=4\">",
]


def hostile_analysis() -> Analysis:
    """Every text field an attacker controls carries script payloads."""
    payload = " ".join(HOSTILE)
    text = f"{payload}\nNear Sumy {payload} troops advanced.\n{payload} said so."
    s = text.index("Sumy")
    evil_place = Place(1, f"Sumy {HOSTILE[0]}", "place", "UA", 50.9, 34.8,
                       admin1_name=HOSTILE[1], country_name=HOSTILE[3])
    tops = (Toponym(s, s + 4, "Sumy", evil_place, 0.5, HOSTILE[2]),)
    feature = Feature("ring", s, s + 4, text[s:s + 4], ring((50.9, 34.8), 5.0), anchor=0,
                      radius_km=5.0, approximate=True, quantity_text=payload, note=payload)
    point = Feature("offset", s, s + 4, text[s:s + 4], Point(35.0, 51.0),
                    anchor=0, distance_km=20.0, bearing_deg=45.0, uncertainty_km=3.0,
                    note=payload)
    claim = Claim(0, len(text), text, payload, payload, "disputed",
                  quantities=(Quantity(1, payload, payload),),
                  dates=(DateSpan(payload, None, None),), toponyms=(0,), features=(0, 1),
                  status_cue=payload)
    claim2 = Claim(0, 10, text[:10], HOSTILE[1], None, "asserted", toponyms=(0,))
    return Analysis(text=text, toponyms=tops, features=(feature, point), claims=(claim, claim2))


def hostile_overlay(tmp_path: Path) -> Path:
    path = tmp_path / "evil.geojson"
    path.write_text(json.dumps({
        "type": "FeatureCollection",
        "name": HOSTILE[0],
        "features": [{"type": "Feature",
                      "properties": {"name": HOSTILE[1], "date": HOSTILE[3],
                                     "description": HOSTILE[4], "stroke": "red;x:url(evil)"},
                      "geometry": {"type": "LineString",
                                   "coordinates": [[34.5, 50.5], [35.5, 51.2]]}}],
    }), encoding="utf-8")
    return path


def assert_golden(name: str, text: str) -> None:
    """Compare with tests/golden/NAME; GEO_UPDATE_GOLDEN=1 rewrites it instead."""
    path = GOLDEN / name
    if UPDATE_GOLDEN:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"golden file {path} is missing: run GEO_UPDATE_GOLDEN=1 pytest {__file__}")
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(True), text.splitlines(True), "golden", "now", n=1))
        pytest.fail(f"{name} differs from its golden file (GEO_UPDATE_GOLDEN=1 regenerates):\n"
                    + diff[:3000])


def strip_assets(html: str) -> str:
    return re.sub(r"<!-- geo:assets .*?<!-- /geo:assets -->", "<!-- geo:assets -->", html,
                  flags=re.S)


# --------------------------------------------------------------------------- escaping


def test_js_and_esc_are_script_safe():
    for payload in HOSTILE:
        out = js({"p": payload})
        assert "<" not in out and ">" not in out and "'" not in out
        assert "\u2028" not in out and "\u2029" not in out
        assert json.loads(out) == {"p": payload}
        assert "<" not in esc(payload) and '"' not in esc(payload)


def test_css_length_rejects_anything_but_lengths():
    assert css_length(480) == "480px"
    assert css_length("60vh") == "60vh"
    for bad in ("100%;background:url(x)", "1e3px", "", True, -1, float("nan")):
        with pytest.raises(InputError):
            css_length(bad)


def test_hostile_text_never_reaches_html_raw(mini_gazetteer, tmp_path):
    a = hostile_analysis()
    overlay = load_overlay(hostile_overlay(tmp_path))
    for offline in (False, True):
        page = to_html(render(a, offline=offline, gazetteer=mini_gazetteer, overlays=[overlay]))
        page = strip_assets(page)
        for needle in ("<script>document", "<img src=x", "onerror=\"document",
                       "<svg onload", "</script><script>window", "</style><svg"):
            assert needle not in page
        assert "url(evil)" not in page  # overlay colours must be #hex
        # Our own script and style elements only: every <script> is one we wrote.
        assert page.count("<script") == page.count("</script>")
    report = strip_assets(report_html(a, gazetteer=mini_gazetteer, offline=True))
    assert "<script>document" not in report and "<img src=x" not in report
    assert "&lt;script&gt;document" in report  # shown to the reader, as text


# --------------------------------------------------------------------------- the map


def test_layers_styles_popups_and_controls(mini_gazetteer):
    m = render(sample_analysis(), gazetteer=mini_gazetteer, date="2025-06-13", offline=False)
    page = to_html(m)
    children = list(m._children.values())
    assert isinstance(children[-1], LayerSwitch)  # the layer control comes last
    groups = [label for label, _ in children[-1].layers]
    assert groups == ["Regions", "Distance rings", "Offsets and lines", "Places", "Claims"]
    assert "L.control.scale()" in page  # scale bar
    assert ".fitBounds(" in page and "\"animate\":false" in page
    assert "Article date: 2025-06-13" in page
    assert "Moscow offers to return 3,000 more bodies" in page  # title: first line
    assert "GeoNames (geonames.org, CC BY 4.0)" in page
    assert "tile.openstreetmap.org" in page  # online: tiles with their attribution
    # Status styles: confirmed solid, asserted dashed + hatched, denied dotted, disputed dash-dot
    assert '"dashArray":"8 5"' in page and "url(#geo-fill-asserted)" in page
    assert '<pattern id="geo-fill-unverified"' in page
    # Popups quote the claim with source, status, numbers and dates.
    assert "Russia returned 6,000 bodies under an agreement reached on June 2" in page
    assert "June 2 (2025-06-02)" in page and "6,000 bodies" in page
    assert "has not confirmed" in page
    # The legend lists the statuses drawn and the claim without a place.
    for status in ("confirmed", "asserted", "unverified", "denied"):
        assert STATUS_STYLES[status].label in page
    assert "1 claim without a place on the map" in page
    assert "uncertainty band" in page


def test_scene_statuses_band_and_badges(mini_gazetteer):
    a = sample_analysis()
    scene = build_scene(a, gazetteer=mini_gazetteer)
    ring_shape = next(s for s in scene.shapes if s.kind == "ring" and s.role == "area")
    assert ring_shape.status == "asserted"
    band = next(s for s in scene.shapes if s.role == "band")
    # "about 16 km": a band 10 % either side, geodesic.
    outer = band.geometry.exterior.coords
    assert all(abs(distance_km((SUMY.lat, SUMY.lon), (y, x)) - 17.6) < 0.05 for x, y in outer)
    region = next(s for s in scene.shapes if s.role == "region")
    assert region.status == "unverified" and region.geometry.geom_type in ("Polygon",
                                                                           "MultiPolygon")
    assert [m.number for m in scene.claims] == [1, 2, 3, 4, 5]
    assert scene.unlocated_claims == (5,)
    assert [m.slot for m in scene.claims if (m.lat, m.lon) == (MOSCOW.lat, MOSCOW.lon)] == [0]
    places = {m.label or m.kind: m.status for m in scene.places}
    countries = {m.label: m.status for m in scene.places if m.kind == "country"}
    assert places["Istanbul"] == "confirmed" and list(countries.values()) == ["denied"]
    assert all(countries)  # a country's point is named (geo.render.placement.place_label)


def test_combined_status():
    assert combined_status(["asserted", "asserted"]) == "asserted"
    assert combined_status(["asserted", "unverified"]) == "asserted"
    assert combined_status(["denied", "asserted"]) == "disputed"
    assert combined_status([]) == "stated"


def test_render_works_with_whatever_analyze_returns(gazetteer):
    pytest.importorskip("xstatic.pkg.leaflet")
    a = geo.analyze(EXAMPLE.read_text(encoding="utf-8"), gazetteer=gazetteer)
    page = to_html(render(a, offline=True, gazetteer=gazetteer))
    assert "Places" in page and remote_resources(page) == []
    empty = to_html(render(Analysis(text=""), tiles=None, offline=False))
    assert "Article map" in empty


def test_render_rejects_non_analyses():
    with pytest.raises(InputError, match=r"geo\.Analysis"):
        render("just a string")


# --------------------------------------------------------------------------- reproducible


def test_same_input_same_bytes_and_no_random_ids(mini_gazetteer):
    pytest.importorskip("xstatic.pkg.leaflet")
    for offline in (False, True):
        pages = {to_html(render(sample_analysis(), offline=offline, gazetteer=mini_gazetteer))
                 for _ in range(2)}
        assert len(pages) == 1
        page = pages.pop()
        assert not re.search(r"_[0-9a-f]{32}\b", page)  # branca's random ids are gone
    # A map rendered twice (e.g. shown in Jupyter, then saved) stays the same.
    m = render(sample_analysis(), gazetteer=mini_gazetteer, offline=False)
    assert to_html(m) == to_html(m)
    # Different input, different element names (so fragments can share a page).
    other = render(Analysis(text="Elsewhere."), tiles=None, offline=False)
    assert other.get_name() != m.get_name()


def test_golden_online(mini_gazetteer):
    page = to_html(render(sample_analysis(), gazetteer=mini_gazetteer, tiles=None,
                          date="2025-06-13", offline=False))
    assert_golden("render_sample_online.html", page)


def test_golden_offline(mini_gazetteer):
    pytest.importorskip("xstatic.pkg.leaflet")
    page = to_html(render(sample_analysis(), gazetteer=mini_gazetteer, offline=True))
    assert_golden("render_sample_offline.html", strip_assets(page))


# --------------------------------------------------------------------------- offline


def test_offline_is_self_contained(mini_gazetteer):
    pytest.importorskip("xstatic.pkg.leaflet")
    page = to_html(render(sample_analysis(), offline=True, gazetteer=mini_gazetteer))
    assert remote_resources(page) == []
    assert "tile.openstreetmap.org" not in page and "{z}/{x}/{y}" not in page
    assert 'L.version="1.9.3"' in page or 't.version="1.9.3"' in page  # Leaflet inlined
    assert "jQuery v3.7.1" in page
    assert "sourceMappingURL" not in page
    assert "Basemap (Natural Earth)" in page
    assert "bootstrap" not in page.lower() and "font-awesome" not in page.lower()
    online = to_html(render(sample_analysis(), gazetteer=mini_gazetteer, offline=False))
    assert any("leaflet@1.9.3" in url for url in remote_resources(online))


def test_offline_example_size(gazetteer):
    pytest.importorskip("xstatic.pkg.leaflet")
    page = to_html(render(example_analysis(), offline=True, gazetteer=gazetteer))
    assert len(page.encode("utf-8")) <= 1_500_000
    assert remote_resources(page) == []


def test_offline_rejects_online_map_and_remote_plugins(mini_gazetteer):
    pytest.importorskip("xstatic.pkg.leaflet")
    online = render(sample_analysis(), gazetteer=mini_gazetteer, offline=False)
    with pytest.raises(RenderError, match="offline=True"):
        to_html(online, offline=True)
    m = render(sample_analysis(), gazetteer=mini_gazetteer, offline=True)
    folium.plugins.Fullscreen().add_to(m)  # a plugin that links its own CDN script
    with pytest.raises(RenderError, match="must not load"):
        to_html(m)


def test_missing_xstatic_says_what_to_install(monkeypatch):
    import geo.render.assets as assets

    def fail(name):
        raise ImportError(name)

    monkeypatch.setattr(assets, "import_module", fail)
    assets.offline_assets.cache_clear()
    try:
        with pytest.raises(RenderError, match="pip install 'xstatic-leaflet"):
            assets.offline_assets()
    finally:
        assets.offline_assets.cache_clear()


# --------------------------------------------------------------------------- overlays


def test_overlay_layer_and_legend(mini_gazetteer, tmp_path):
    path = tmp_path / "loc.geojson"
    path.write_text(json.dumps({
        "type": "FeatureCollection", "name": "Line of contact, 1 June",
        "features": [{"type": "Feature", "properties": {"name": "LoC", "date": "2025-06-01"},
                      "geometry": {"type": "LineString",
                                   "coordinates": [[35.0, 50.5], [36.5, 51.0]]}}]}))
    m = render(sample_analysis(), gazetteer=mini_gazetteer, overlays=[path], offline=False)
    switch = list(m._children.values())[-1]
    names = [label for label, _ in switch.layers]
    assert names[1] == "Line of contact, 1 June"
    page = to_html(m)
    assert "\\u003ch4\\u003eOverlays" in page and "2025-06-01" in page


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"type": "Topology"}', "is not one of FeatureCollection"),
        ('{"type": "FeatureCollection"}', '"features" list'),
        ('{"type": "FeatureCollection", "features": [{"type": "Feature"}]}', "no \"geometry\""),
        ('{"type": "FeatureCollection", "features": [1]}', "feature 1 is not a GeoJSON Feature"),
        ('{"type": "Point", "coordinates": [50.9, 134.8]}', "latitude 134.8"),
        ('{"type": "Point", "coordinates": [200, 10]}', "longitude 200"),
        ('{"type": "LineString", "coordinates": [[1]]}', "malformed coordinates"),
        ('{"type": "Polygon", "coordinates": "x"}', "malformed coordinates"),
        ('{"type": "FeatureCollection", "features": []}', "no feature"),
        ('{"type": "Circle", "coordinates": [1, 2]}', "is not one of"),
    ],
)
def test_malformed_overlays_give_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.geojson"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message)):
        load_overlay(path)


def test_overlay_file_errors(tmp_path):
    with pytest.raises(InputError, match="no such overlay file"):
        load_overlay(tmp_path / "missing.geojson")
    with pytest.raises(InputError, match="is a directory"):
        load_overlay(tmp_path)
    bad = tmp_path / "latin1.geojson"
    bad.write_bytes(b'{"name": "\xe9"}')
    with pytest.raises(InputError, match="not UTF-8"):
        load_overlay(bad)


# --------------------------------------------------------------------------- outputs


def test_save_html_is_atomic(mini_gazetteer, tmp_path, monkeypatch):
    a = sample_analysis()
    out = tmp_path / "map.html"
    save_html(a, out, gazetteer=mini_gazetteer, offline=False)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    before = out.read_bytes()

    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        save_html(Analysis(text="Other."), out, tiles=None, offline=False)
    assert out.read_bytes() == before  # the old file is intact
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]  # no temp file left
    with pytest.raises(InputError, match="does not exist"):
        save_html(a, tmp_path / "no" / "map.html", gazetteer=mini_gazetteer, offline=False)


def test_fragments_and_jupyter(mini_gazetteer):
    m = render(sample_analysis(), gazetteer=mini_gazetteer, offline=False)
    frame = to_fragment(m, height=400)
    assert frame.startswith('<iframe class="geo-map-frame"')
    assert 'sandbox="allow-scripts' in frame and "height:400px" in frame
    assert "<script" not in frame  # the page is inside srcdoc, escaped
    div = to_fragment(m, mode="div", height="50vh")
    assert div.startswith('<div class="geo-map-fragment"') and "<script>" in div
    assert "html, body" not in div and "<!DOCTYPE" not in div
    assert f'id="{m.get_name()}"' in div
    with pytest.raises(InputError):
        to_fragment(m, mode="svg")
    view = MapView(m, height=300)
    assert "height:300px" in view._repr_html_()
    assert m._repr_html_()  # folium's own display still works


def test_geojson_output(tmp_path):
    a = sample_analysis()
    data = to_geojson(a)
    layers = [f["properties"]["layer"] for f in data["features"]]
    assert layers.count("place") == len(a.toponyms) and layers.count("feature") == 2
    ring_props = next(f["properties"] for f in data["features"] if f["properties"].get("kind")
                      == "ring" and f["properties"]["layer"] == "feature")
    assert ring_props["statuses"] == ["asserted"] and ring_props["radius_km"] == 16.0
    out = save_geojson(a, tmp_path / "a.geojson")
    assert json.loads(out.read_text())["type"] == "FeatureCollection"


def test_report_table_links_rows_to_the_map(mini_gazetteer):
    page = report_html(sample_analysis(), gazetteer=mini_gazetteer, offline=False)
    assert page.count("data-geo-refs=") == 5  # the unlocated claim has no link
    assert '[[&quot;claims&quot;,4],[&quot;features&quot;,0],[&quot;places&quot;,5]]' in page
    assert "<th>Source</th><th>Status</th>" in page
    assert "map.geo.focus" in page


# --------------------------------------------------------------------------- static


def test_svg_png_pdf_with_matplotlib(mini_gazetteer, tmp_path):
    pytest.importorskip("matplotlib")
    a = hostile_analysis()
    svg = tmp_path / "m.svg"
    geo.render.export_svg(a, svg, gazetteer=mini_gazetteer, width=600, height=400)
    first = svg.read_bytes()
    geo.render.export_svg(a, svg, gazetteer=mini_gazetteer, width=600, height=400)
    assert svg.read_bytes() == first  # deterministic
    text = first.decode("utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    # article text stays text (the title is the text's first line with its markup left
    # out, geo.text.document.guess_title: what is left of the payload shows escaped)
    assert "<script" not in text and "<img" not in text and "&gt; javascript:" in text
    png = geo.render.export_png(a, tmp_path / "m.png", engine="matplotlib",
                                gazetteer=mini_gazetteer, width=600, height=400)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pdf = geo.render.export_pdf(a, tmp_path / "m.pdf", engine="matplotlib",
                                gazetteer=mini_gazetteer)
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_no_renderer_says_what_to_install(monkeypatch, tmp_path, mini_gazetteer):
    import geo.render.static as static

    monkeypatch.setattr(static, "find_chromium", lambda: None)
    monkeypatch.setattr(static, "_has_matplotlib", lambda: False)
    with pytest.raises(RenderError, match=r"apt-get install chromium.*pip install matplotlib"):
        static.export_png(sample_analysis(), tmp_path / "x.png", gazetteer=mini_gazetteer)
    html = tmp_path / "m.html"
    html.write_text("<html></html>")
    with pytest.raises(RenderError, match="needs headless Chromium"):
        static.export_pdf(html, tmp_path / "x.pdf")
    assert not (tmp_path / "x.png").exists()


def test_write_outputs_checks_before_writing(tmp_path, mini_gazetteer, monkeypatch):
    import geo.render.static as static

    monkeypatch.setattr(static, "find_chromium", lambda: None)
    monkeypatch.setattr(static, "_has_matplotlib", lambda: False)
    with pytest.raises(RenderError):
        write_outputs(sample_analysis(), html=tmp_path / "m.html", png=tmp_path / "m.png",
                      gazetteer=mini_gazetteer, offline=False)
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    written = write_outputs(sample_analysis(), html=tmp_path / "m.html",
                            geojson=tmp_path / "m.geojson", fragment=tmp_path / "m.frag.html",
                            gazetteer=mini_gazetteer, offline=False)
    assert [p.name for p in written] == ["m.html", "m.frag.html", "m.geojson"]

"""A map made with no option makes no request when it is opened (tester32 U5).

The API (render, to_html, save_html, to_fragment, write_outputs, MapView) and
``geo map`` (one article, several, --jsonl, --fragment) write self-contained
pages by default; ``offline=False`` / ``--online`` opt into the CDN and tiles.
"""

from __future__ import annotations

import html as _html
import json
import re
import subprocess
import sys

import folium
import pytest

from geo.render import MapView, remote_resources, render, save_html, to_fragment, to_html
from geo.render.batch import write_outputs

from .conftest import ROOT
from .test_render import sample_analysis, strip_assets
from .waiting import CHILD_TIMEOUT_S

EXAMPLE = ROOT / "data" / "examples" / "sumy-kursk-bodies.txt"
_URL = re.compile(r"""https?://[^\s"'<>)\\]+""")
_LINK = re.compile(r"""<a\b[^>]*\bhref\s*=\s*["']?(https?://[^"'\s>]+)""", re.IGNORECASE)
_SVG_NS = "http://www.w3.org/2000/svg"


def fetched_urls(page: str) -> list[str]:
    """Every http(s) URL of the page a browser could request: script and style sources,
    tile URL templates, anything in code. Only links to click (``<a href>``) and the SVG
    namespace are not; the inlined Leaflet and jQuery (a comment's bug-tracker link) are
    checked by :func:`remote_resources` instead."""
    page = _html.unescape(page)  # a fragment's srcdoc is escaped once
    assert remote_resources(page) == []
    rest = strip_assets(page)
    links = set(_LINK.findall(rest))
    return [u for u in _URL.findall(rest) if u not in links and u != _SVG_NS]


def test_the_scan_sees_what_an_online_map_loads(mini_gazetteer):
    page = to_html(render(sample_analysis(), gazetteer=mini_gazetteer, offline=False))
    assert remote_resources(page)  # CDN scripts and the stylesheet
    urls = [u for u in _URL.findall(page) if u not in set(_LINK.findall(page))]
    assert any("{z}/{x}/{y}" in u for u in urls)  # the tile template is in code, not a tag
    assert any("cdn.jsdelivr.net" in u for u in urls)


def test_api_defaults_are_self_contained(mini_gazetteer, tmp_path):
    pytest.importorskip("xstatic.pkg.leaflet")
    a = sample_analysis()
    m = render(a, gazetteer=mini_gazetteer)
    page = to_html(m)
    assert fetched_urls(page) == []
    assert "{z}/{x}/{y}" not in page and "Basemap (Natural Earth)" in page
    assert m._geo_render["offline"] is True
    assert to_html(a, gazetteer=mini_gazetteer) == page  # an analysis: rendered offline
    assert fetched_urls(save_html(a, tmp_path / "m.html", gazetteer=mini_gazetteer)
                        .read_text(encoding="utf-8")) == []
    assert fetched_urls(to_fragment(a, gazetteer=mini_gazetteer)) == []
    assert fetched_urls(to_fragment(m, mode="div")) == []
    assert fetched_urls(MapView(a, gazetteer=mini_gazetteer).to_html()) == []
    written = write_outputs(a, html=tmp_path / "w.html", fragment=tmp_path / "w.frag.html",
                            gazetteer=mini_gazetteer)
    for path in written:
        assert fetched_urls(path.read_text(encoding="utf-8")) == []


def test_online_is_asked_for_and_kept(mini_gazetteer):
    online = render(sample_analysis(), gazetteer=mini_gazetteer, offline=False)
    page = to_html(online)  # a map is written as it was rendered
    assert "tile.openstreetmap.org" in page and remote_resources(page)
    assert to_html(sample_analysis(), gazetteer=mini_gazetteer, offline=False) == page


def geo(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "geo.cli", *args], capture_output=True,
                          text=True, timeout=CHILD_TIMEOUT_S, cwd=cwd)


@pytest.mark.gazetteer
def test_geo_map_is_offline_unless_online(tmp_path, gazetteer):
    out, frag = tmp_path / "m.html", tmp_path / "m.frag.html"
    proc = geo("map", str(EXAMPLE), "-o", str(out), "--fragment", str(frag))
    assert proc.returncode == 0, proc.stderr
    for path in (out, frag):
        assert fetched_urls(path.read_text(encoding="utf-8")) == []
    # --offline is the default, still accepted: the same bytes
    same = tmp_path / "same.html"
    assert geo("map", str(EXAMPLE), "--offline", "-o", str(same)).returncode == 0
    assert same.read_bytes() == out.read_bytes()
    online = tmp_path / "online.html"
    assert geo("map", str(EXAMPLE), "--online", "-o", str(online)).returncode == 0
    assert "tile.openstreetmap.org" in online.read_text(encoding="utf-8")
    both = geo("map", str(EXAMPLE), "--online", "--offline", "-o", str(tmp_path / "x.html"))
    assert both.returncode == 2 and "not allowed with" in both.stderr


@pytest.mark.gazetteer
def test_geo_map_of_several_articles_is_offline(tmp_path, gazetteer):
    corpus = tmp_path / "c.jsonl"
    lines = [{"id": f"a{k}", "text": text, "date": f"2025-06-0{k + 1}"}
             for k, text in enumerate(["Drones struck Sumy overnight, officials said.",
                                       "Shelling hit Kharkiv on Tuesday, the governor said."])]
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "week.html"
    proc = geo("map", "--jsonl", str(corpus), str(EXAMPLE), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    page = out.read_text(encoding="utf-8")
    assert "3 articles" in page and fetched_urls(page) == []


def test_text_that_reads_like_css_loads_nothing_and_is_drawn(mini_gazetteer):
    """An article or overlay quoting "url(https://...)" is text, escaped: the offline
    check lets it through (it refused the whole map before), while CSS that loads is
    still refused."""
    from geo.errors import RenderError
    from geo.render import overlay_from_geojson, report_html
    from geo.render.output import page_loads

    quoted = "url(https://tracker.example/p.png) and style=\"x:url(//t.example/q)\""
    a = sample_analysis(sample_analysis().text + " " + quoted)
    overlay = overlay_from_geojson({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"name": quoted, "description": quoted},
        "geometry": {"type": "Point", "coordinates": [34.8, 50.9]}}]}, name=quoted)
    page = to_html(a, gazetteer=mini_gazetteer, overlays=[overlay], title=quoted)
    assert "tracker.example" in page and page_loads(page) == []
    assert "tracker.example" in report_html(a, None, gazetteer=mini_gazetteer, title=quoted)
    m = render(a, gazetteer=mini_gazetteer)
    m.get_root().header.add_child(
        folium.Element('<style>.x{background:url("https://cdn.example/bg.png")}</style>'))
    with pytest.raises(RenderError, match=r"cdn\.example"):
        to_html(m)
    m = render(a, gazetteer=mini_gazetteer)
    m.get_root().html.add_child(
        folium.Element('<div class="x" style="background:url(//cdn.example/i.png)"></div>'))
    with pytest.raises(RenderError, match=r"cdn\.example"):
        to_html(m)


def test_an_offline_page_locks_itself(mini_gazetteer):
    """The browser itself refuses what the page might still request at run time (a
    plugin's script adding tiles), and prefetches no DNS for the page's links; an online
    page, which needs the CDN and tiles, has no such lock."""
    from geo.render import report_html

    policy = ('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
              "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:;")
    a = sample_analysis()
    page = to_html(a, gazetteer=mini_gazetteer)
    assert policy in page and page.index(policy) < page.index("<!-- geo:assets")
    assert 'content="off"' in page  # x-dns-prefetch-control
    assert policy in report_html(a, None, gazetteer=mini_gazetteer)
    assert policy in _html.unescape(to_fragment(a, gazetteer=mini_gazetteer))
    online = to_html(a, gazetteer=mini_gazetteer, offline=False)
    assert "Content-Security-Policy" not in online

"""Maps in a real browser: headless Chromium (Debian's ``chromium`` + ``chromium-driver``).

The network is off for the browser (every host name resolves to nothing) and
the tests check that an offline map loads nothing remote, draws its layers,
toggles them, logs no console error and is not blank; that hostile article
text never runs; that report rows drive the map; and that PNG/PDF export works.

Skipped, saying why, where Chromium (or selenium and chromedriver) is absent;
``.ci/run`` installs them so CI runs every test here.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

import geo
from geo.render import export_pdf, export_png, find_chromium, report_html, save_html
from geo.render.static import CHROMIUM_NAMES, chromium_command

from .conftest import SHARED
from .test_render import (
    HOSTILE,
    example_analysis,
    hostile_analysis,
    hostile_overlay,
    sample_analysis,
)
from .waiting import CHILD_TIMEOUT_S

CHROMIUM = find_chromium()
CHROMEDRIVER = shutil.which("chromedriver")
# chromedriver drives the full browser, not the headless shell the exports prefer.
WEBDRIVER_BROWSER = next(
    (found for name in CHROMIUM_NAMES if "headless" not in name and (found := shutil.which(name))),
    None,
)
SEED = SHARED / "seeds" / "000_944e834f7d2eb772.txt"
# The real socket functions, before conftest's no-network guard patches them per test.
_REAL_CONNECT = socket.socket.connect
_REAL_CREATE_CONNECTION = socket.create_connection
_LOOPBACK = ("127.0.0.1", "::1", "localhost")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="headless Chromium is not installed (apt-get install chromium chromium-driver); "
        ".ci/run installs it for CI",
    ),
]


# --------------------------------------------------------------------------- helpers


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB(A) bytes) of an 8-bit, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and color in (2, 6) and interlace == 0, (depth, color, interlace)
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, [bytes(r) for r in rows]


def not_blank(data: bytes) -> tuple[float, int]:
    """(share of non-white sampled pixels, number of distinct sampled colours)."""
    width, height, rows = png_pixels(data)
    bpp = len(rows[0]) // width
    samples = [
        rows[y][x * bpp : x * bpp + 3]
        for y in range(0, height, max(height // 60, 1))
        for x in range(0, width, max(width // 80, 1))
    ]
    non_white = sum(1 for px in samples if min(px) < 245)
    return non_white / len(samples), len(set(samples))


@pytest.fixture
def loopback_only(monkeypatch):
    """Let the test talk to chromedriver on this machine, and to nothing else."""

    def connect(sock, address):
        host = address[0] if isinstance(address, tuple) else address
        if sock.family == getattr(socket, "AF_UNIX", None) or host in _LOOPBACK:
            return _REAL_CONNECT(sock, address)
        raise RuntimeError(f"tests must not use the network (tried {address!r})")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "create_connection", _REAL_CREATE_CONNECTION)


@pytest.fixture
def chrome(loopback_only, tmp_path):
    """Selenium driving headless Chromium with the network disabled."""
    webdriver = pytest.importorskip(
        "selenium.webdriver", reason="selenium is not installed (pip install selenium)"
    )
    from selenium.webdriver.chrome.service import Service

    if CHROMEDRIVER is None or WEBDRIVER_BROWSER is None:
        pytest.skip("chromedriver or chromium is not installed (apt-get install chromium "
                    "chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = WEBDRIVER_BROWSER
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1200,800",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={tmp_path / 'profile'}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def open_map(driver, path: Path) -> str:
    """Load a page; return the JavaScript name of its map once its layers are drawn."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(path.resolve().as_uri())
    name = driver.execute_script("return document.querySelector('.folium-map').id")
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script(f"return !!(window.{name} && window.{name}.geo)")
    )
    return name


def remote_requests(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if re.match(r"(?i)(https?|wss?|ftp)://", url):
                urls.append(url)
    return urls


def console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def layer_labels(driver) -> list[str]:
    return driver.execute_script(
        "return Array.prototype.map.call("
        "document.querySelectorAll('.leaflet-control-layers-overlays label'),"
        " function (l) { return l.textContent.trim(); });"
    )


def toggle(driver, label: str) -> None:
    driver.execute_script(
        "var labels = document.querySelectorAll('.leaflet-control-layers-overlays label');"
        "for (var i = 0; i < labels.length; i++) {"
        "  if (labels[i].textContent.trim() === arguments[0]) {"
        "    labels[i].querySelector('input').click(); return; } }"
        "throw new Error('no layer ' + arguments[0]);",
        label,
    )


def count(driver, selector: str) -> int:
    return driver.execute_script("return document.querySelectorAll(arguments[0]).length", selector)


def check_offline_map(driver, path: Path, expected_layers: list[str], toggled: str,
                      selector: str) -> None:
    name = open_map(driver, path)
    labels = layer_labels(driver)
    for layer in expected_layers:
        assert layer in labels, labels
    before = count(driver, selector)
    assert before > 0, f"nothing drawn for {selector}"
    toggle(driver, toggled)
    assert count(driver, selector) == 0
    assert driver.execute_script(
        f"return Object.keys({name}._layers).length") > 0  # the rest is still there
    toggle(driver, toggled)
    assert count(driver, selector) == before
    share, colours = not_blank(driver.get_screenshot_as_png())
    assert share > 0.5 and colours > 15, (share, colours)
    assert console_errors(driver) == []
    assert remote_requests(driver) == []


# --------------------------------------------------------------------------- tests


def test_offline_example_map_in_chromium(chrome, tmp_path, gazetteer):
    path = save_html(example_analysis(), tmp_path / "example.html", offline=True,
                     gazetteer=gazetteer)
    check_offline_map(
        chrome, path,
        ["Basemap (Natural Earth)", "Regions", "Distance rings", "Places", "Claims"],
        "Distance rings", ".leaflet-geo-areas-pane path",
    )
    # A claim badge opens its popup, quoting the claim with its source and status.
    chrome.execute_script("document.querySelector('.geo-claim-icon').click()")
    text = chrome.execute_script(
        "return document.querySelector('.leaflet-popup-content').textContent")
    assert "Vladimir Putin" in text and "Claimed (asserted)" in text
    assert console_errors(chrome) == []


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is absent")
def test_offline_seed_map_in_chromium(chrome, tmp_path, gazetteer):
    analysis = geo.analyze(SEED.read_text(encoding="utf-8"), gazetteer=gazetteer)
    path = save_html(analysis, tmp_path / "seed.html", offline=True, gazetteer=gazetteer)
    assert path.stat().st_size <= 1_500_000
    check_offline_map(chrome, path, ["Basemap (Natural Earth)", "Places"], "Places",
                      ".leaflet-marker-pane .geo-place-icon")


def test_hostile_text_does_not_run_in_chromium(chrome, tmp_path, mini_gazetteer):
    path = tmp_path / "hostile.html"
    report_html(hostile_analysis(), path, gazetteer=mini_gazetteer,
                overlays=[hostile_overlay(tmp_path)])
    name = open_map(chrome, path)
    # Show every popup and tooltip, and click every report row: all HTML gets inserted.
    opened = chrome.execute_script(
        f"var map = {name}, n = 0;"
        "map.eachLayer(function (layer) {"
        "  if (layer.getPopup && layer.getPopup()) { layer.openPopup(); n++; }"
        "  if (layer.getTooltip && layer.getTooltip()) { layer.openTooltip(); n++; }"
        "});"
        "document.querySelectorAll('tr[data-geo-refs]').forEach(function (r) { r.click(); });"
        "document.querySelectorAll('.geo-zoom').forEach(function (b) { b.click(); });"
        "return n;"
    )
    assert opened >= 5
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        chrome.switch_to.alert.text  # noqa: B018 - raises when no alert() ran
    assert chrome.execute_script("return window.__pwned === undefined")
    assert chrome.execute_script("return document.documentElement.getAttribute('data-pwned')") \
        is None
    assert count(chrome, "img[src='x'], svg[onload]") == 0
    # The payloads are on the page as text a reader sees.
    body = chrome.execute_script("return document.body.textContent")
    assert HOSTILE[0] in body and "javascript:" in body
    assert console_errors(chrome) == []


def test_hostile_text_dump_dom(tmp_path, mini_gazetteer):
    """Without selenium: Chromium's own DOM dump after the scripts ran."""
    path = tmp_path / "hostile.html"
    report_html(hostile_analysis(), path, gazetteer=mini_gazetteer)
    cmd = chromium_command(CHROMIUM, path.resolve().as_uri(), tmp_path / "profile", "--dump-dom")
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S,
                         stdin=subprocess.DEVNULL).stdout
    assert "geo-report" in dom and "leaflet-container" in dom  # the page and its map ran
    assert not re.search(r"<html[^>]*data-pwned", dom)
    assert "<img src=\"x\"" not in dom and "<svg onload" not in dom
    assert "&lt;script&gt;document.documentElement" in dom


def test_report_rows_show_their_claim(chrome, tmp_path, mini_gazetteer):
    path = tmp_path / "report.html"
    report_html(sample_analysis(), path, gazetteer=mini_gazetteer)
    name = open_map(chrome, path)
    zoom = chrome.execute_script(f"return {name}.getZoom()")
    toggle(chrome, "Distance rings")  # hidden: the row must show it again
    chrome.execute_script("document.querySelectorAll('tr[data-geo-refs]')[4].click()")
    from selenium.webdriver.support.ui import WebDriverWait

    text = WebDriverWait(chrome, 10).until(lambda d: d.execute_script(
        "var p = document.querySelector('.leaflet-popup-content');"
        "return p && p.textContent.indexOf('Claim 5') >= 0 && p.textContent;"))
    assert "Russian troops are within about 10 miles" in text
    assert chrome.execute_script(f"return {name}.getZoom()") >= zoom + 2  # framed closer now
    assert count(chrome, ".leaflet-geo-areas-pane path") > 0
    assert console_errors(chrome) == []


def test_png_and_pdf_export_through_chromium(tmp_path, mini_gazetteer):
    png = export_png(sample_analysis(), tmp_path / "map.png", width=900, height=600,
                     gazetteer=mini_gazetteer, engine="chromium")
    width, height, _ = png_pixels(png.read_bytes())
    assert (width, height) == (900, 600)
    share, colours = not_blank(png.read_bytes())
    assert share > 0.5 and colours > 15
    pdf = export_pdf(sample_analysis(), tmp_path / "map.pdf", gazetteer=mini_gazetteer,
                     engine="chromium")
    data = pdf.read_bytes()
    assert data[:5] == b"%PDF-" and len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    # An HTML file can be exported as it is.
    page = save_html(sample_analysis(), tmp_path / "m.html", offline=True,
                     gazetteer=mini_gazetteer)
    again = export_png(page, tmp_path / "again.png", width=400, height=300)
    assert png_pixels(again.read_bytes())[:2] == (400, 300)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.png", "m.html", "map.pdf",
                                                          "map.png"]


def test_template_payloads_stay_text_in_chromium(chrome, tmp_path, mini_gazetteer):
    """Jinja syntax in the article, title and an overlay reaches the page as text."""
    from .test_render_security import RCE, payload_analysis, payload_overlay

    payload = "{{7*7}} " + RCE + " \"'</script><script>window.__pwned=1</script>"
    path = tmp_path / "payload.html"
    report_html(payload_analysis(payload), path, gazetteer=mini_gazetteer,
                title="{{7*7}} {% for x in y %}", overlays=[payload_overlay(tmp_path, payload)])
    name = open_map(chrome, path)
    chrome.execute_script(
        f"{name}.eachLayer(function (l) {{"
        " if (l.getPopup && l.getPopup()) { l.openPopup(); }});")
    title = chrome.execute_script("return document.querySelector('.geo-title').textContent")
    assert title == "{{7*7}} {% for x in y %}"
    body = chrome.execute_script("return document.body.textContent")
    assert "Putin said {{7*7}} " + RCE in body
    assert "Putin said 49" not in body and not re.search(r"uid=\d+\(", body)
    assert chrome.execute_script("return window.__pwned === undefined")
    assert console_errors(chrome) == []


# --------------------------------------------------------------------------- issue 13


def screen_rects(driver, selector: str) -> list[dict]:
    return driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll(arguments[0]),"
        " function (e) { var r = e.getBoundingClientRect();"
        " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,"
        " width: r.width, height: r.height}; });", selector)


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is absent")
def test_seed_map_opens_on_the_front(chrome, tmp_path, gazetteer):
    chrome.set_window_size(1400, 900)
    analysis = geo.analyze(SEED.read_text(encoding="utf-8"), gazetteer=gazetteer)
    path = save_html(analysis, tmp_path / "seed.html", offline=True, gazetteer=gazetteer)
    name = open_map(chrome, path)
    inside = chrome.execute_script(
        f"var b = {name}.getBounds();"
        "return [b.contains([50.9174, 34.7991]), b.contains([51.73, 36.18]),"
        " b.contains([55.752, 37.618]), b.contains([41.014, 28.95])];")
    assert inside == [True, True, False, False]  # Sumy, Kursk in view; Moscow, Istanbul not
    areas = [r for r in screen_rects(chrome, ".leaflet-geo-areas-pane path") if r["width"]]
    assert areas and min(r["width"] for r in areas) >= 40, areas  # the 16 km ring
    inset = chrome.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('.geo-inset-label'),"
        " function (e) { return e.textContent; });")
    assert "Moscow" in inset and "Istanbul" in inset
    # Labels and badges on screen do not cover each other (the declutter pass).
    shown = chrome.execute_script(
        "return Array.prototype.filter.call(document.querySelectorAll("
        "'.geo-claim-icon, .geo-label, .geo-country-label'), function (e) {"
        " return getComputedStyle(e).visibility !== 'hidden'; }).map(function (e) {"
        " var r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; });")
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            overlap = min(a[2], b[2]) - max(a[0], b[0]), min(a[3], b[3]) - max(a[1], b[1])
            assert not (overlap[0] > 1 and overlap[1] > 1), (a, b)
    # A popup opens below the title box, never under it.
    title = screen_rects(chrome, ".geo-title")[0]
    chrome.execute_script("document.querySelector('.geo-claim-icon').click()")
    popup = screen_rects(chrome, ".leaflet-popup-content-wrapper")[0]
    assert popup["top"] >= title["bottom"] or popup["left"] >= title["right"] or (
        popup["right"] <= title["left"]), (popup, title)
    assert console_errors(chrome) == [] and remote_requests(chrome) == []


def test_speakers_get_no_badge_in_chromium(chrome, tmp_path, mini_gazetteer):
    from .test_render_frame import KYIV, MOSCOW, speaker_analysis

    path = save_html(speaker_analysis(), tmp_path / "speakers.html", offline=True,
                     gazetteer=mini_gazetteer)
    name = open_map(chrome, path)
    spots = chrome.execute_script(
        f"var out = []; var c = {name}.geo.claims;"
        "Object.keys(c).forEach(function (k) { c[k].forEach(function (l) {"
        " var ll = l.getLatLng(); out.push([ll.lat, ll.lng]); }); }); return out;")
    assert len(spots) == 2
    for lat, lon in spots:
        assert (round(lat, 3), round(lon, 3)) not in {(round(MOSCOW.lat, 3), round(MOSCOW.lon, 3)),
                                                       (round(KYIV.lat, 3), round(KYIV.lon, 3))}
    assert count(chrome, ".geo-speaker-icon") == 2
    chrome.execute_script("document.querySelectorAll('.geo-claim-icon')[1].click()")
    text = chrome.execute_script(
        "return document.querySelector('.leaflet-popup-content').textContent")
    assert "Moscow says" in text and "Kyiv denies" in text
    assert console_errors(chrome) == []


@pytest.mark.parametrize("kind", ["ring", "line"])
def test_dateline_geometry_is_whole_in_chromium(chrome, tmp_path, gazetteer, kind):
    from .test_render_frame import dateline_analysis

    path = save_html(dateline_analysis(kind), tmp_path / f"{kind}.html", offline=True,
                     gazetteer=gazetteer)
    name = open_map(chrome, path)
    # The view fits the geometry (not the whole world: zoom 1-2 would show both edges).
    assert chrome.execute_script(f"return {name}.getZoom()") >= 3
    pane = ".leaflet-geo-areas-pane path" if kind == "ring" else ".leaflet-geo-lines-pane path"
    rects = [r for r in screen_rects(chrome, pane) if r["width"]]
    box = screen_rects(chrome, ".folium-map")[0]
    assert rects
    for r in rects:  # one piece, inside the view
        assert r["width"] > 0.3 * box["width"], (r, box)
        assert r["left"] >= box["left"] - 1 and r["right"] <= box["right"] + 1
    assert len(rects) == 1  # one path: not two halves at opposite edges
    assert console_errors(chrome) == [] and remote_requests(chrome) == []


def test_time_control_shows_each_days_claims(chrome, tmp_path, mini_gazetteer):
    from .test_render_frame import estimated_analysis, speaker_analysis

    path = tmp_path / "days.html"
    save_html([speaker_analysis(), estimated_analysis()], path, offline=True,
              gazetteer=mini_gazetteer, titles=["Day one", "Day two"],
              dates=["2025-06-01", "2025-06-03"])
    name = open_map(chrome, path)
    assert count(chrome, ".geo-claim-icon") == 3

    def slide(i):
        chrome.execute_script(
            "var s = document.querySelector('.geo-time-slider'); s.value = arguments[0];"
            "s.dispatchEvent(new Event('input'));", i)
        return count(chrome, ".geo-claim-icon")

    assert slide(0) == 2  # 1 June: the first article's two claims
    head = chrome.execute_script("return document.querySelector('.geo-time-head').textContent")
    assert head == "Claimed up to 2025-06-01"
    assert count(chrome, ".leaflet-geo-areas-pane path") == 0  # the 3 June area is hidden
    assert slide(1) == 3
    chrome.execute_script("document.querySelectorAll('.geo-time-article')[0].click()")
    assert count(chrome, ".geo-claim-icon") == 1  # only the second article
    places = chrome.execute_script(
        f"var n = 0; {name}.eachLayer(function (l) {{ if (l.options && l.options.icon &&"
        " l.options.icon.options.className.indexOf('geo-place-icon') >= 0) { n++; } });"
        " return n;")
    assert places == 2  # Sumy (named by both) and the estimated place
    assert console_errors(chrome) == [] and remote_requests(chrome) == []


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is absent")
def test_offline_basemap_has_no_holes_when_zoomed_out(chrome, tmp_path, gazetteer):
    """Zoomed out from the seed's view, countries far from the front are still land."""
    analysis = geo.analyze(SEED.read_text(encoding="utf-8"), gazetteer=gazetteer)
    path = save_html(analysis, tmp_path / "seed.html", offline=True, gazetteer=gazetteer)
    name = open_map(chrome, path)
    chrome.execute_script(
        f"{name}.setView([50, 30], 4, {{animate: false}});"
        "document.querySelectorAll('.leaflet-control, .geo-title, .leaflet-marker-pane,"
        " .leaflet-tooltip-pane').forEach(function (e) { e.style.display = 'none'; });")
    inland = {"Paris": (48.85, 2.35), "Madrid": (40.42, -3.70), "Birmingham": (52.48, -1.90),
              "Astana": (51.17, 71.45), "Ankara": (39.93, 32.86)}
    points = chrome.execute_script(
        f"var m = {name}; return arguments[0].map(function (ll) {{"
        " var p = m.latLngToContainerPoint(ll); return [Math.round(p.x), Math.round(p.y)]; });",
        list(inland.values()))
    ratio = chrome.execute_script("return window.devicePixelRatio") or 1
    width, _, rows = png_pixels(chrome.get_screenshot_as_png())
    bpp = len(rows[0]) // width
    for (x, y), place in zip(points, inland, strict=True):
        x, y = int(x * ratio), int(y * ratio)
        r, g, b = rows[y][x * bpp: x * bpp + 3]
        assert abs(r - 0xF4) + abs(g - 0xF1) + abs(b - 0xEA) < 20, (place, (r, g, b))  # land
    assert console_errors(chrome) == []


def test_the_view_keeps_clear_of_the_legend_and_labels_move_aside(chrome, tmp_path, gazetteer):
    """No marker of the front lies under the legend or the inset; a label that would
    cover a neighbour's badge moves to the left of its marker instead of vanishing."""
    chrome.set_window_size(1200, 800)
    text = (
        "Russian forces pushed into Kupiansk, the Defence Ministry in Moscow said. "
        "Ukraine's General Staff said its troops repelled attacks near Kupiansk and "
        "Petropavlivka. Regional governor Oleh Syniehubov said a guided bomb struck "
        "Kharkiv. Another strike damaged power lines in Chuhuiv, he said."
    )
    analysis = geo.analyze(text, gazetteer=gazetteer)
    path = save_html(analysis, tmp_path / "front.html", offline=True, gazetteer=gazetteer)
    open_map(chrome, path)
    chrome.execute_script("window.dispatchEvent(new Event('resize'))")
    boxes = screen_rects(chrome, ".geo-legend") + screen_rects(chrome, ".geo-inset")
    markers = screen_rects(chrome, ".leaflet-marker-pane .geo-place-icon")
    markers = [r for r in markers if r["width"]]
    assert markers and boxes
    for m in markers:
        for b in boxes:
            assert not (m["left"] < b["right"] and m["right"] > b["left"]
                        and m["top"] < b["bottom"] and m["bottom"] > b["top"]), (m, b)
    # A badge put over the right of the Kharkiv label: the label moves aside (to its
    # left, or below or above it when a neighbour is there), still shown.
    name = chrome.execute_script("return document.querySelector('.folium-map').id")
    moved = chrome.execute_script(
        f"var map = window.{name};"
        "var label = Array.prototype.find.call(document.querySelectorAll('.geo-label'),"
        " function (e) { return e.textContent === 'Kharkiv'; });"
        "var r = label.getBoundingClientRect(), box = map.getContainer();"
        "var c = box.getBoundingClientRect(), badge = document.createElement('div');"
        "badge.className = 'geo-claim-icon';"
        "badge.style.cssText = 'position:absolute;z-index:1000;width:20px;height:20px;'"
        " + 'left:' + (r.left - c.left + 10) + 'px;top:' + (r.top - c.top - 3) + 'px';"
        "box.appendChild(badge); map.geo.declutter();"
        "var b = badge.getBoundingClientRect(), n = label.getBoundingClientRect();"
        "var apart = n.right <= b.left || n.left >= b.right || n.bottom <= b.top"
        " || n.top >= b.bottom;"
        "var away = n.left !== r.left || n.top !== r.top;"
        "return [getComputedStyle(label).visibility, apart, away];")
    assert moved == ["visible", True, True]

"""Template injection (issue 9): user text never becomes Jinja template source.

branca's ``MacroElement`` compiles the *output* of its macros as a new
template, so any element whose output carried an article's ``{{ ... }}`` ran
it. Every string a user controls (article text, title, date text, overlay
properties, overlay names and file names) goes through every output here: the
HTML map online and offline, the report, both fragment modes, Jupyter's
``_repr_html_`` and the command line. Nothing may be evaluated (no ``49``, no
``uid=``, no config dump) and nothing may crash.
"""

from __future__ import annotations

import html as _html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from geo.model import Analysis, Claim, Place, Toponym
from geo.render import MapView, load_overlay, render, report_html, to_fragment, to_html

from .conftest import ROOT
from .waiting import CHILD_TIMEOUT_S

RCE = "{{lipsum.__globals__.os.popen(dict(id=1)|first).read()}}"
PAYLOADS = [
    RCE,
    "{{7*7}}",
    "{{ config }}",
    "{% for x in y %}",
    "{#",
    "{{citation needed}}",
    "{%",
    "{{ self.__init__.__globals__ }}",
    "\"'</script><script>alert(1)</script>",
    "{{ '\"' ~ \"'\" }}",
]
#: Text that only an evaluated payload produces.
EVALUATED = re.compile(r"\buid=\d+\(|Putin said 49|&lt;Config|<Config|__builtins__|TemplateSyntax")

SUMY = Place(692194, "Sumy", "place", "UA", 50.91741, 34.79906, "21", "Sumy", "Ukraine", 256474)


def payload_analysis(payload: str) -> Analysis:
    text = f"{payload}\nPutin said {payload} troops died in Sumy. {payload}"
    s = text.index("Sumy")
    place = Place(SUMY.geonameid, f"Sumy {payload}", "place", "UA", SUMY.lat, SUMY.lon,
                  admin1_name=payload, country_name=payload)
    tops = (Toponym(s, s + 4, "Sumy", place, 0.9),)
    i = text.index("Putin")
    claim = Claim(i, len(text), text[i:], f"Putin {payload}", payload, "asserted",
                  toponyms=(0,), status_cue=payload)
    return Analysis(text=text, toponyms=tops, claims=(claim,), headline=None)


def payload_overlay(tmp_path: Path, payload: str) -> Path:
    safe = "".join(c if c.isalnum() or c in "{}%#*= ._'\"" else "_" for c in payload)
    path = tmp_path / f"{safe or 'x'}.geojson"
    path.write_text(json.dumps({
        "type": "FeatureCollection",
        "features": [{"type": "Feature",
                      "properties": {"name": payload, "date": payload,
                                     "description": payload, "source": payload},
                      "geometry": {"type": "LineString",
                                   "coordinates": [[34.5, 50.5], [35.5, 51.2]]}}],
    }), encoding="utf-8")
    return path


def assert_inert(page: str, payload: str) -> None:
    found = EVALUATED.search(page)
    assert found is None, (payload, page[found.start() - 80:found.end() + 80])
    if "<" not in payload and "\"" not in payload and "'" not in payload:
        assert payload in page or _html.escape(payload) in page, payload


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_stay_text_in_every_html_output(payload, tmp_path, mini_gazetteer):
    pytest.importorskip("xstatic.pkg.leaflet")
    a = payload_analysis(payload)
    overlay = load_overlay(payload_overlay(tmp_path, payload))
    named = load_overlay(payload_overlay(tmp_path, payload), name=payload)
    options = {"title": f"Title {payload}", "date": f"June {payload}",
               "overlays": [overlay, named], "gazetteer": mini_gazetteer}
    for offline in (False, True):
        m = render(a, offline=offline, **options)
        assert_inert(to_html(m), payload)
        assert_inert(to_fragment(m, offline=offline), payload)
        assert_inert(to_fragment(m, mode="div", offline=offline), payload)
        assert_inert(MapView(m)._repr_html_(), payload)
        assert_inert(m._repr_html_(), payload)  # folium's own display renders the same tree
    report = report_html(a, offline=True, **options)
    assert_inert(report, payload)
    assert f"Putin said {payload} troops" in report or _html.escape(payload) in report


def test_the_file_name_of_an_overlay_is_text(tmp_path, mini_gazetteer):
    path = tmp_path / "{{7*7}} {% if 1 %}x{% endif %}.geojson"
    path.write_text(json.dumps({"type": "LineString", "coordinates": [[34, 50], [35, 51]]}))
    overlay = load_overlay(path)
    assert overlay.name == path.stem
    page = to_html(render(payload_analysis("x"), overlays=[overlay], gazetteer=mini_gazetteer,
        offline=False))
    assert "{{7*7}} {% if 1 %}x{% endif %}" in page and "49 x" not in page


def geo_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo.cli", *args], capture_output=True,
                          text=True, timeout=CHILD_TIMEOUT_S, cwd=ROOT)


@pytest.mark.gazetteer
def test_cli_map_and_report_do_not_evaluate_articles(tmp_path, gazetteer):
    article = tmp_path / "a.txt"
    article.write_text(
        f"{RCE}\nPutin said {{{{7*7}}}} troops died in Sumy. {{{{citation needed}}}} "
        "{% for x in y %} {# {{ config }}\n", encoding="utf-8")
    overlay = payload_overlay(tmp_path, "{{7*7}}")
    outputs = []
    for extra in ([], ["--offline"]):
        out = tmp_path / f"map{len(extra)}.html"
        frag = tmp_path / f"frag{len(extra)}.html"
        proc = geo_cli("map", str(article), "-o", str(out), "--fragment", str(frag),
                       "--title", "{{7*7}} {{ config }}", "--overlay", str(overlay), *extra)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
        outputs += [out, frag]
    report = tmp_path / "r.html"
    proc = geo_cli("report", str(article), "-o", str(report), "--overlay", str(overlay),
                   "--title", "{% for x in y %}")
    assert proc.returncode == 0, proc.stderr
    outputs.append(report)
    for path in outputs:
        page = path.read_text(encoding="utf-8")
        assert_inert(page, "{{7*7}}")
        assert "{{citation needed}}" in page and "Putin said {{7*7}} troops" in page


def test_lone_surrogates_are_written_as_replacement_characters(tmp_path, mini_gazetteer):
    a = payload_analysis("\ud800 {{7*7}} \udfff")
    page = to_html(render(a, title="T \ud800", gazetteer=mini_gazetteer, tiles=None, offline=False))
    page.encode("utf-8")  # no lone surrogate left
    assert "\ufffd {{7*7}} \ufffd" in page
    report_html(a, tmp_path / "r.html", gazetteer=mini_gazetteer, offline=False)
    assert "\ufffd" in (tmp_path / "r.html").read_text(encoding="utf-8")


@pytest.mark.gazetteer
def test_cli_corpus_with_bad_lines_maps_the_good_ones(tmp_path, gazetteer):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "Troops near Sumy \\ud800 said {{7*7}}.", "date": "2025-06-01",'
        ' "title": "T \\udfff {% if %}"}\n'
        '{"id": "b", "text": "Shelling hit Kharkiv.", "date": ""}\n'
        "not json\n"
        '{"id": "c"}\n'
        '{"id": "d", "text": "Shelling hit Odesa.", "date": "not a date"}\n',
        encoding="utf-8")
    out = tmp_path / "c.html"
    proc = geo_cli("map", "--jsonl", str(corpus), "-o", str(out))
    assert proc.returncode == 1, proc.stderr  # some lines were skipped: the rest is mapped
    assert "Traceback" not in proc.stderr
    for line in (3, 4):  # as geo parse --jsonl refuses them
        assert f"c.jsonl:{line}: skipped" in proc.stderr
    # a bad date is left out, as by geo parse --jsonl: the article is mapped
    assert "c.jsonl:5 (id d): \"date\" must be" in proc.stderr and ":5: skipped" not in proc.stderr
    page = out.read_text(encoding="utf-8")
    assert "T \ufffd {% if %}" in page and "said {{7*7}}" in page and "Kharkiv" in page
    assert "Odesa" in page

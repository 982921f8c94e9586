"""`geo map` and `geo report` from the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

EXAMPLE = ROOT / "data" / "examples" / "sumy-kursk-bodies.txt"
pytestmark = pytest.mark.gazetteer


def geo(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "geo.cli", *args], capture_output=True,
                          text=True, timeout=300, cwd=cwd)


def test_map_offline_with_geojson_and_svg(tmp_path, gazetteer):
    out = tmp_path / "m.html"
    proc = geo("map", str(EXAMPLE), "--offline", "-o", str(out), "--geojson",
               str(tmp_path / "m.geojson"), "--svg", str(tmp_path / "m.svg"),
               "--date", "2025-06-20")
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    assert "<script src=\"http" not in html and "Natural Earth" in html and "GeoNames" in html
    gj = json.loads((tmp_path / "m.geojson").read_text(encoding="utf-8"))
    kinds = {f["properties"].get("kind") for f in gj["features"]}
    assert {"ring", "region"} <= kinds
    assert (tmp_path / "m.svg").read_text(encoding="utf-8").lstrip().startswith(("<?xml", "<svg"))
    again = tmp_path / "again.html"
    assert geo("map", str(EXAMPLE), "--offline", "-o", str(again), "--date",
               "2025-06-20").returncode == 0
    assert again.read_bytes() == out.read_bytes()  # byte-identical


def test_map_default_output_goes_to_maps(tmp_path, gazetteer):
    proc = geo("map", str(EXAMPLE), "--offline", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "maps" / "sumy-kursk-bodies.html").exists()


def test_report(tmp_path, gazetteer):
    out = tmp_path / "r.html"
    proc = geo("report", str(EXAMPLE), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    assert "Medinsky" in html and "denied" in html and "unverified" in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["map", "missing.txt"], "no such article file"),
        (["map", str(EXAMPLE), "--date", "June 2"], "YYYY-MM-DD"),
        (["map", str(EXAMPLE), "--overlay", "{overlay}"], "geometry"),
        (["report", str(EXAMPLE)], "required"),
    ],
)
def test_map_errors_are_one_line_and_write_nothing(tmp_path, gazetteer, args, message):
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature"}]}')
    out = tmp_path / "never.html"
    args = [a.replace("{overlay}", str(bad)) for a in args]
    proc = geo(*args, "-o", str(out)) if args[0] == "map" else geo(*args)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert message.lower() in proc.stderr.lower()
    assert not out.exists()

"""The `geo` command: output, exit status, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from geo.cli import main

from .waiting import CHILD_TIMEOUT_S


def run(*args):
    proc = subprocess.run(
        [sys.executable, "-m", "geo.cli", *args], capture_output=True, text=True,
        timeout=CHILD_TIMEOUT_S,
    )
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.gazetteer
def test_geocode_json_ranks_sumy_first(gazetteer, capsys):
    assert main(["geocode", "Sumy", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["geonameid"] == 692194 and rows[0]["country_code"] == "UA"
    assert "GeoNames" in rows[0]["attribution"]


@pytest.mark.gazetteer
def test_geocode_table_names_each_rows_admin1(gazetteer, capsys):
    """The admin-1 column names the region a place lies in (Paris: Île-de-France, not
    the département coded like it); a region shows none of its own."""
    assert main(["geocode", "Paris", "--limit", "1"]) == 0
    assert "Île-de-France" in capsys.readouterr().out
    assert main(["geocode", "Sumy", "--kind", "admin1", "--limit", "1"]) == 0
    row = capsys.readouterr().out.splitlines()[1].split()
    assert row[:4] == ["1", "Sumy", "admin1", "UA"] and row[4] != "21"


@pytest.mark.gazetteer
def test_geocode_region_reports_area(gazetteer, capsys):
    assert main(["geocode", "Kursk region", "--json", "--limit", "1"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["kind"] == "admin1" and abs(row["area_km2"] - 29_997) / 29_997 < 0.05
    assert "geometry" not in row
    assert main(["geocode", "Kursk region", "--json", "--limit", "1", "--geometry"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["geometry"]["type"] in ("Polygon", "MultiPolygon")


@pytest.mark.gazetteer
def test_geocode_table_credits_geonames(gazetteer, capsys):
    assert main(["geocode", "Kiev", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "Kyiv" in out.splitlines()[1] and "703448" in out
    assert "GeoNames" in out and "CC BY 4.0" in out


@pytest.mark.gazetteer
def test_no_match_exits_1(gazetteer, capsys):
    assert main(["geocode", "Qwxzvbnm"]) == 1
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize(
    "args",
    [
        ["geocode"],
        ["geocode", "Sumy", "--limit", "0"],
        ["geocode", "Sumy", "--limit", "many"],
        ["geocode", "Sumy", "--kind", "town"],
        ["geocode", "Sumy", "--country", "Ukraine"],
        ["geocode", "  "],
        ["frobnicate"],
    ],
)
def test_bad_arguments_one_line_exit_2(args):
    code, _, err = run(*args)
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("geo")


def test_index_prune_removes_only_other_versions(tmp_path, monkeypatch, capsys):
    from geo.gazetteer.build import FORMAT_VERSION, source_fingerprint

    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    current = tmp_path / f"index-v{FORMAT_VERSION}-{source_fingerprint()}"
    old = tmp_path / "index-v1-0123456789abcdef"
    building = tmp_path / ".building-abc"
    for d in (current, old, building):
        d.mkdir()
        (d / "meta.json").write_text("{}")
    assert main(["index", "prune"]) == 0  # used (built) seconds ago: kept
    assert "kept 1 stale index(es) in use or used in the last 5 minutes" in (
        capsys.readouterr().out
    )
    os.utime(old / "meta.json", (time.time() - 600,) * 2)
    assert main(["index", "prune"]) == 0
    assert f"removed {old}" in capsys.readouterr().out
    assert current.exists() and building.exists() and not old.exists()
    assert main(["index", "prune"]) == 0
    assert "no stale indexes" in capsys.readouterr().out


_SIGTERM_IN_A_CALLBACK = """
import os, signal, sys, time, weakref
from geo import cli
cli._exit_on_sigterm()
class X: pass
def cb(ref):
    signal.raise_signal(signal.SIGTERM)  # handled while a weakref callback runs
    time.sleep(0.01)
x = X(); r = weakref.ref(x, cb)
del x
time.sleep(300)  # the signal sent again lands here, however late a loaded machine runs it
print("carried on")
"""


def test_sigterm_inside_a_weakref_callback_still_stops_the_command():
    """Python ignores the SystemExit raised there: the signal is sent again, no traceback."""
    proc = subprocess.run([sys.executable, "-c", _SIGTERM_IN_A_CALLBACK], capture_output=True,
                          text=True, timeout=CHILD_TIMEOUT_S)
    assert proc.returncode == 143, proc.stderr
    assert "carried on" not in proc.stdout and "Traceback" not in proc.stderr


def test_escape_codes_in_a_file_name_never_reach_the_terminal(tmp_path):
    name = str(tmp_path / "no\x1b[31mRED\u202e.txt")
    code, _, err = run("parse", name)
    assert code == 2 and "\x1b" not in err and "\u202e" not in err
    assert "\\x1b[31mRED\\u202e.txt" in err


@pytest.mark.gazetteer
def test_a_single_articles_warnings_say_warning_as_a_batchs_do(gazetteer, tmp_path):
    """One article's unplaced-name warning reads "geo: warning: ...", as the same
    warning does in a --jsonl run, for scripts that look for it."""
    article = tmp_path / "a.txt"
    article.write_text("Aid trucks waited near Zzyxville, officials said.\n", encoding="utf-8")
    code, out, err = run("parse", str(article))
    assert code == 0 and json.loads(out)["toponyms"] == []
    said = [line for line in err.splitlines() if "Zzyxville" in line]
    assert said and all(line.startswith("geo: warning: '") for line in said), err
    lines = tmp_path / "a.jsonl"
    lines.write_text(json.dumps({"id": "a", "text": article.read_text()}) + "\n")
    code, out, err = run("parse", "--jsonl", str(lines), "-o", str(tmp_path / "o.jsonl"))
    said = [line for line in err.splitlines() if "Zzyxville" in line]
    assert code == 0 and said and said[0].startswith("geo: warning: line 1 (id a): "), err

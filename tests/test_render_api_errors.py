"""The Python API of geo.render refuses bad arguments with geo.InputError (as the
README promises), never IndexError, TypeError or an OSError naming a temporary file:
wrong lengths, wrong types, directories and missing folders as output paths."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest

import geo
from geo.errors import InputError
from geo.render import (
    MapView,
    export_pdf,
    export_png,
    export_svg,
    load_overlay,
    render,
    report_html,
    save_geojson,
    save_html,
    to_geojson,
    to_html,
    write_outputs,
)

from .test_render import sample_analysis


@pytest.fixture(scope="module")
def analysis():
    return sample_analysis()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"dates": ["2025-01-01"]}, "1 dates for 2 analyses"),
        ({"dates": ["2025-01-01", "2025-01-02", "2025-01-03"]}, "3 dates for 2"),
        ({"dates": ["x", "y"]}, "dates[0]"),
        ({"dates": ["2025-01-01", "June"]}, "dates[1]"),
        ({"dates": ["2025-01-01", 20250102]}, "dates[1]"),
        ({"dates": "2025-01-01"}, "must be a list"),
        ({"titles": ["one"]}, "1 titles for 2"),
        ({"titles": ["one", 2]}, "titles[1] must be a string"),
        ({"titles": 7}, "must be a list"),
        ({"title": 7}, "title must be a string"),
        ({"date": 20250101}, "render() date must be a string"),
        ({"overlays": "zones.geojson"}, "put one in a list"),
        ({"overlays": {"type": "FeatureCollection", "features": []}}, "put one in a list"),
        ({"overlays": 5}, "must be a list of overlays"),
    ],
)
def test_render_refuses_bad_per_article_arguments(analysis, mini_gazetteer, kwargs, message):
    with pytest.raises(InputError) as err:
        render([analysis, analysis], gazetteer=mini_gazetteer, tiles=None, **kwargs)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_render_accepts_dates_of_every_documented_kind(analysis, mini_gazetteer):
    dates = ["2025-01-01", datetime.date(2025, 1, 2), datetime.datetime(2025, 1, 3, 9), None]
    page = to_html(render([analysis] * 4, gazetteer=mini_gazetteer, tiles=None, dates=dates,
                          titles=["a", None, "c", "d"], offline=False))
    assert "2025-01-03" in page


def test_single_article_date_is_free_text_but_a_string(analysis, mini_gazetteer):
    with pytest.raises(InputError, match=r"render\(\) date must be a string"):
        render(analysis, gazetteer=mini_gazetteer, tiles=None, date=["2025-06-13"], offline=False)
    page = to_html(render(analysis, gazetteer=mini_gazetteer, tiles=None, date="June 2025",
        offline=False))
    assert "June 2025" in page
    with pytest.raises(InputError, match=r"render\(\) dates\[0\]"):  # the time control's
        render(analysis, gazetteer=mini_gazetteer, tiles=None, dates=["June 2025"], offline=False)


def _writers(analysis, gazetteer):
    fmap = render(analysis, gazetteer=gazetteer, tiles=None, offline=False)
    return {
        "save_html": lambda p: save_html(fmap, p),
        "report_html": lambda p: report_html(analysis, p, gazetteer=gazetteer),
        "save_geojson": lambda p: save_geojson(analysis, p),
        "MapView.save": lambda p: MapView(fmap).save(p),
        "export_svg": lambda p: export_svg(analysis, p, gazetteer=gazetteer),
        "export_png": lambda p: export_png(analysis, p, gazetteer=gazetteer, engine="matplotlib"),
        "export_pdf": lambda p: export_pdf(analysis, p, gazetteer=gazetteer, engine="matplotlib"),
    }


@pytest.mark.parametrize("writer", ["save_html", "report_html", "save_geojson", "MapView.save",
                                    "export_svg", "export_png", "export_pdf"])
def test_writers_refuse_a_directory_an_empty_name_and_a_non_path(
    analysis, mini_gazetteer, tmp_path, writer
):
    write = _writers(analysis, mini_gazetteer)[writer]
    with pytest.raises(InputError, match=f"cannot write {tmp_path}: it is a directory"):
        write(tmp_path)
    with pytest.raises(InputError, match="it is a directory"):
        write(str(tmp_path) + "/")
    with pytest.raises(InputError, match="empty file name"):
        write("")
    if writer != "report_html":  # report_html(analysis) returns the page
        with pytest.raises(InputError, match=r"must be a file name .* got NoneType"):
            write(None)
    with pytest.raises(InputError, match=r"must be a file name .* got int"):
        write(3)
    with pytest.raises(InputError, match="does not exist"):
        write(tmp_path / "missing" / "out.x")
    assert list(tmp_path.iterdir()) == []  # no temporary file left anywhere
    assert not [p for p in Path(tmp_path.anchor).glob(".tmp*.tmp")]


def test_writers_still_write_a_file(analysis, mini_gazetteer, tmp_path):
    for name, write in _writers(analysis, mini_gazetteer).items():
        if name.startswith("export_p"):
            continue  # the renderer is tested in test_render_static
        out = tmp_path / f"{name}.out"
        write(out)
        assert out.stat().st_size > 0


def test_write_outputs_checks_every_path_before_writing_any(analysis, mini_gazetteer, tmp_path):
    html = tmp_path / "map.html"
    for bad in ({"svg": tmp_path}, {"geojson": tmp_path / "no" / "x.geojson"}, {"png": ""},
                {"fragment": 12}):
        with pytest.raises(InputError):
            write_outputs(analysis, html=html, gazetteer=mini_gazetteer, **bad)
        assert not html.exists()
    with pytest.raises(InputError, match="put one in a list"):
        write_outputs(analysis, html=html, gazetteer=mini_gazetteer, overlays="a.geojson",
            offline=False)
    assert not html.exists()
    if os.path.exists("/dev/null"):
        assert write_outputs(analysis, geojson="/dev/null") == [Path("/dev/null")]


@pytest.mark.parametrize("value", [None, "Sumy", 5])
def test_analysis_arguments_of_another_type(value, tmp_path):
    for call in (lambda: to_geojson(value), lambda: save_geojson(value, tmp_path / "x.json"),
                 lambda: to_html(value), lambda: report_html(value)):
        with pytest.raises(InputError, match=r"needs a geo\.Analysis"):
            call()


def test_overlay_path_of_another_type(tmp_path):
    with pytest.raises(InputError, match="overlay path must be a file name"):
        load_overlay(None)
    with pytest.raises(InputError, match="is a directory"):
        load_overlay(tmp_path)


def test_input_error_is_also_value_error():
    assert issubclass(geo.InputError, ValueError)

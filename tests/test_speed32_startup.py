"""Cold start: data files found without importlib.resources (geo._data), the dump
reader's modules imported only where a dump is read or written."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from geo._data import package_file

from .test_cli_startup import ARTICLE, loaded_by


def test_package_file_is_the_file_importlib_resources_gives():
    path = package_file("data/first_names.txt")
    assert isinstance(path, Path)
    expected = resources.files("geo").joinpath("data/first_names.txt")
    assert path.read_bytes() == expected.read_bytes()


def test_reading_the_tables_imports_no_importlib_resources():
    code = ("import sys\n"
            "from geo.text.lexicon.people import first_names\n"
            "from geo.text.code_containers import iso_subdivisions\n"
            "first_names(); iso_subdivisions()\n"
            "print('importlib.resources' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.gazetteer
def test_cold_commands_load_no_dump_reader_or_resources_stack():
    """Listing the added dumps (every command, to find its index) imports no dump
    reader (csv, zipfile); the data tables are read by path."""
    stdlib = ["csv", "zipfile", "importlib.resources"]
    assert loaded_by(["geocode", "Sumy"], stdlib) == []
    assert loaded_by(["parse", str(ARTICLE)], ["csv", "zipfile", "importlib.resources"]) == []


@pytest.mark.gazetteer
def test_offline_geocode_loads_no_online_geocoders():
    assert loaded_by(["geocode", "Sumy"], ["geo.geocoders.online", "sqlite3"]) == []


def test_online_geocoder_names_are_there_when_asked_for():
    import geo.geocoders as geocoders
    from geo.geocoders import online

    assert geocoders.GeocoderChain is online.GeocoderChain
    assert geocoders.online_geocoder is online.online_geocoder
    with pytest.raises(AttributeError):
        geocoders.no_such_name  # noqa: B018


@pytest.mark.gazetteer
def test_offline_map_loads_no_urllib_request(tmp_path):
    out = str(tmp_path / "m.html")
    assert loaded_by(["map", str(ARTICLE), "--offline", "-o", out],
                     ["urllib.request", "http.client"]) == []


def test_folium_downloads_still_reach_urlopen():
    """branca's ``urlopen`` and xyzservices' ``urllib.request.urlopen`` forward to the
    real function (imported when called); a later ``import urllib.request`` gets it."""
    code = ("import sys\n"
            "from geo.render._folium import folium\n"
            "import branca.element, xyzservices.lib\n"
            "print('urllib.request' in sys.modules)\n"
            "print(branca.element.urlopen.__name__,\n"
            "      xyzservices.lib.urllib.request.urlopen.__name__)\n"
            "import urllib.request\n"
            "print(type(urllib.request).__name__, urllib.request.urlopen.__module__)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "urlopen", "urlopen", "module", "urllib.request"]


def test_geocode_keeps_its_patterns_apart(tmp_path, monkeypatch):
    """geo geocode reads and writes a patterns file of its own, not the pipeline's."""
    import re

    from geo._patterns import _read, patterns_file
    from geo.cli import _kept_patterns

    if patterns_file(tmp_path) is None:
        pytest.skip("patterns are kept only on CPython 3.11-3.13")
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    pattern = r"(?P<looked_up>kept by geocode)\s+\d+"
    with _kept_patterns(True, "geocode"):
        re.purge()
        re.compile(pattern)
    assert (pattern, 0) in _read(patterns_file(tmp_path, "geocode"))[1]
    assert not patterns_file(tmp_path).exists()
    assert patterns_file(tmp_path, "geocode") != patterns_file(tmp_path)

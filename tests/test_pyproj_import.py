"""pyproj is imported without urllib.request (its grid downloads) and importlib.metadata
(its version report), which still work when used (geo._pyproj)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

#: What ``import pyproj`` loads for pyproj.sync and pyproj.show_versions() alone.
DEFERRED = ["urllib.request", "importlib.metadata", "http.client", "ssl", "email.message"]


def _run(code: str) -> list:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_import_pyproj_loads_neither_downloads_nor_version_report_stack():
    seen = _run(
        "import json, sys\n"
        "from geo._pyproj import import_pyproj\n"
        "pyproj = import_pyproj()\n"
        "geod = pyproj.Geod(ellps='WGS84')\n"
        f"print(json.dumps([m for m in {DEFERRED!r} if m in sys.modules]\n"
        "                 + [sys.modules['pyproj'] is pyproj, geod.a]))\n"
    )
    assert seen == [True, 6378137.0]


def test_the_deferred_modules_are_the_real_ones_afterwards(tmp_path):
    """``import urllib.request`` after pyproj gives the module itself; pyproj.sync's
    ``urlretrieve`` (a forwarder) still downloads (a file: URL, offline);
    ``pyproj.show_versions()`` still reads the packages' versions."""
    source = tmp_path / "grid.txt"
    source.write_text("a grid\n", encoding="utf-8")
    target = tmp_path / "copy.txt"
    seen = _run(
        "import contextlib, io, json, sys, types\n"
        "from geo._pyproj import import_pyproj\n"
        "pyproj = import_pyproj()\n"
        "import pyproj.sync\n"
        f"pyproj.sync.urlretrieve({source.as_uri()!r}, {str(target)!r})\n"
        "import urllib.request\n"
        "import importlib.metadata\n"
        "real = [type(sys.modules[m]) is types.ModuleType\n"
        "        for m in ('urllib.request', 'importlib.metadata')]\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    pyproj.show_versions()\n"
        "print(json.dumps([*real, urllib.request.urlretrieve.__module__,\n"
        "                  importlib.metadata is sys.modules['importlib.metadata'],\n"
        "                  'pyproj: ' + pyproj.__version__ in out.getvalue()]))\n"
    )
    assert seen == [True, True, "urllib.request", True, True]
    assert target.read_text(encoding="utf-8") == "a grid\n"


def test_version_report_works_when_nothing_imported_the_real_module():
    """The stand-in is ``importlib.metadata`` (the package's attribute) until then."""
    seen = _run(
        "import contextlib, io, json, sys\n"
        "from geo._pyproj import import_pyproj\n"
        "pyproj = import_pyproj()\n"
        "before = 'importlib.metadata' in sys.modules\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    pyproj.show_versions()\n"
        "import importlib\n"
        "print(json.dumps([before, 'certifi:' in out.getvalue(),\n"
        "                  importlib.metadata is sys.modules['importlib.metadata']]))\n"
    )
    assert seen == [False, True, True]


def test_modules_imported_before_pyproj_are_used_as_they_are():
    seen = _run(
        "import json, sys, urllib.request\n"
        "from geo._pyproj import import_pyproj\n"
        "pyproj = import_pyproj()\n"
        "import pyproj.sync\n"
        "print(json.dumps([pyproj.sync.urlretrieve is urllib.request.urlretrieve,\n"
        "                  'importlib.metadata' in sys.modules]))\n"
    )
    assert seen == [True, False]


def test_pyproj_imported_before_is_returned_as_it_is():
    seen = _run(
        "import json, sys, pyproj\n"
        "from geo._pyproj import import_pyproj\n"
        "print(json.dumps([import_pyproj() is pyproj, 'urllib.request' in sys.modules]))\n"
    )
    assert seen == [True, True]


@pytest.mark.gazetteer
def test_geo_parse_of_an_article_stating_a_distance_defers_them():
    """ARTICLE's ring is computed in PROJ (pyproj loaded), without these stacks."""
    article = ROOT / "data" / "examples" / "sumy-kursk-bodies.txt"
    seen = _run(
        "import contextlib, io, json, sys\n"
        "from geo.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main(['parse', {str(article)!r}])\n"
        f"print(json.dumps([status, 'pyproj' in sys.modules,\n"
        f"                  [m for m in {DEFERRED!r} if m in sys.modules]]))\n"
    )
    assert seen == [0, True, []]

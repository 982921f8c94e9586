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
    """ARTICLE's ring is computed in PROJ (pyproj's geodesics loaded), without these
    stacks."""
    article = ROOT / "data" / "examples" / "sumy-kursk-bodies.txt"
    seen = _run(
        "import contextlib, io, json, sys\n"
        "from geo.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main(['parse', {str(article)!r}])\n"
        f"print(json.dumps([status, 'pyproj.geod' in sys.modules,\n"
        f"                  [m for m in {DEFERRED!r} if m in sys.modules]]))\n"
    )
    assert seen == [0, True, []]


#: What pyproj's package ``__init__`` imports beyond the geodesics.
PACKAGE_REST = ["pyproj.crs", "pyproj.transformer", "pyproj.database", "pyproj.proj",
                "pyproj.network", "pyproj._version"]


def test_import_geod_loads_the_geodesics_alone():
    """The same class, the same doubles as pyproj's Geod imported with its package."""
    seen = _run(
        "import json, sys\n"
        "from geo._pyproj import import_geod\n"
        "Geod = import_geod()\n"
        "g = Geod(ellps='WGS84')\n"
        f"print(json.dumps([[m for m in {PACKAGE_REST + DEFERRED!r} if m in sys.modules],\n"
        "                  Geod is sys.modules['pyproj.geod'].Geod, 'pyproj' in sys.modules,\n"
        "                  list(g.inv(30.5234, 50.4501, 36.2304, 49.9935)),\n"
        "                  list(g.fwd(34.8, 50.9, 45.0, 16000.0))]))\n"
    )
    full = _run(
        "import json, pyproj\n"
        "g = pyproj.Geod(ellps='WGS84')\n"
        "print(json.dumps([list(g.inv(30.5234, 50.4501, 36.2304, 49.9935)),\n"
        "                  list(g.fwd(34.8, 50.9, 45.0, 16000.0))]))\n"
    )
    assert seen[:3] == [[], True, False]
    assert seen[3:] == full


#: After import_geod, ways of asking for the rest of pyproj.
_ASKING = ["import pyproj", "from pyproj import CRS", "import pyproj.transformer",
           "from pyproj.transformer import Transformer",
           "from geo._pyproj import import_pyproj; import_pyproj()",
           "import importlib.util; importlib.util.find_spec('pyproj'); import pyproj"]


@pytest.mark.parametrize("asking", _ASKING)
def test_the_package_is_whole_when_asked_for_after_import_geod(asking):
    """The package imported as usual (its ``__init__`` run), with the geodesic modules
    already loaded as its attributes and its Geod the same class."""
    seen = _run(
        "import json, sys, types\n"
        "from geo._pyproj import import_geod\n"
        "Geod = import_geod()\n"
        f"{asking}\n"
        "import pyproj, pyproj.exceptions\n"
        "t = pyproj.Transformer.from_crs(4326, 3857, always_xy=True)\n"
        "print(json.dumps([type(pyproj) is types.ModuleType, pyproj.Geod is Geod,\n"
        "                  pyproj.geod.Geod is Geod, pyproj._geod.Geod is Geod.__base__,\n"
        "                  pyproj.exceptions.ProjError.__name__,\n"
        "                  pyproj.CRS(4326).name, pyproj.__version__,\n"
        "                  [round(v) for v in t.transform(30, 50)],\n"
        "                  type(pyproj.__loader__).__name__,\n"
        "                  any(type(f).__name__ == '_WholePackage' for f in sys.meta_path)]))\n"
    )
    import pyproj

    assert seen == [True, True, True, True, "ProjError", "WGS 84", pyproj.__version__,
                    [3339585, 6446276], "SourceFileLoader", False]


def test_import_pyproj_after_import_geod_still_defers_the_downloads_stack():
    seen = _run(
        "import json, sys\n"
        "from geo._pyproj import import_geod, import_pyproj\n"
        "import_geod()\n"
        "pyproj = import_pyproj()\n"
        f"print(json.dumps([[m for m in {DEFERRED!r} if m in sys.modules],\n"
        "                  pyproj is sys.modules['pyproj'], 'pyproj.crs' in sys.modules]))\n"
    )
    assert seen == [[], True, True]


def test_import_geod_after_pyproj_gives_its_geod():
    seen = _run(
        "import json, pyproj\n"
        "from geo._pyproj import import_geod\n"
        "print(json.dumps([import_geod() is pyproj.Geod]))\n"
    )
    assert seen == [True]


def test_import_geod_falls_back_to_the_whole_package():
    """A pyproj whose geodesics need its package's ``__init__`` (a later release, say):
    the half-loaded modules are forgotten and the whole package imported."""
    seen = _run(
        "import importlib, json, sys\n"
        "real = importlib.import_module\n"
        "def failing(name, package=None):\n"
        "    if name == 'pyproj.geod' and not hasattr(sys.modules.get('pyproj'), 'CRS'):\n"
        "        real('pyproj.enums')  # something loaded half-way\n"
        "        raise ImportError('needs the package')\n"
        "    return real(name, package)\n"
        "importlib.import_module = failing\n"
        "from geo._pyproj import import_geod\n"
        "Geod = import_geod()\n"
        "import pyproj\n"
        "print(json.dumps([Geod is pyproj.Geod, hasattr(pyproj, 'CRS'),\n"
        "                  round(Geod(ellps='WGS84').inv(30.5, 50.4, 36.2, 49.9)[2])]))\n"
    )
    assert seen[:2] == [True, True] and seen[2] > 400_000

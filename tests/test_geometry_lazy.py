"""pyproj is imported when a geodesic is first computed, not with geo.geometry."""

from __future__ import annotations

import json
import math
import subprocess
import sys

from .conftest import ROOT


def _run(code: str) -> list:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_the_ellipsoid_constants_are_pyprojs():
    from pyproj import Geod

    from geo.geometry import core

    geod = Geod(ellps="WGS84")
    assert (geod.a, geod.b, geod.es) == (core._A_M, core._B_M, core._ES)
    e = math.sqrt(geod.es)
    assert 2.0 * math.pi * (geod.a**2 + geod.b**2 * math.atanh(e) / e) == core._AREA0_M2


def test_geometry_imports_pyproj_when_a_geodesic_is_computed():
    seen = _run(
        "import json, sys\n"
        "import geo.geometry as g\n"
        "before = 'pyproj' in sys.modules\n"
        "d = g.distance_km((50.45, 30.52), (49.99, 36.23))\n"
        "after = 'pyproj.geod' in sys.modules\n"
        "from pyproj import Geod\n"
        "expected = Geod(ellps='WGS84').inv(30.52, 50.45, 36.23, 49.99)[2] / 1000\n"
        "print(json.dumps([before, after, d == expected]))\n"
    )
    assert seen == [False, True, True]


def test_proj_error_is_pyprojs_once_imported_and_never_raised_before():
    seen = _run(
        "import json, sys\n"
        "from geo.geometry.core import proj_error\n"
        "before, loaded = proj_error(), 'pyproj' in sys.modules\n"
        "import pyproj.exceptions\n"
        "print(json.dumps([before.__module__, loaded,\n"
        "                  proj_error() is pyproj.exceptions.ProjError]))\n"
    )
    assert seen == ["geo.geometry.core", False, True]


def test_pyprojs_errors_are_still_caught_as_geometry_errors():
    """A buffer pyproj refuses is caught as before (the except clause asks once pyproj
    is imported, which the failing call did)."""
    from pyproj.exceptions import ProjError

    from geo.geometry.core import proj_error

    try:
        raise ProjError("refused")
    except (ValueError, proj_error()) as err:
        assert isinstance(err, ProjError)

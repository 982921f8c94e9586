"""The text's area uses a median computed without numpy.ma: the same values as np.median."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.text.area import _median

_COORDINATES = st.lists(st.one_of(st.floats(min_value=-180.0, max_value=180.0,
                                             allow_nan=False), st.sampled_from([0.0, -0.0])),
                        min_size=1, max_size=40)


@settings(max_examples=500, deadline=None)
@given(_COORDINATES)
def test_median_is_numpys(values):
    """The same float, signed zeros included."""
    array = np.asarray(values, dtype=float)
    assert repr(_median(array)) == repr(float(np.median(array)))


def test_the_text_area_does_not_import_numpy_ma():
    code = (
        "import sys\n"
        "from geo.text.focus import text_area\n"
        "text_area([(48.59, 38.0), (48.53, 37.97), (48.28, 37.18), (55.2, 38.8)])\n"
        "print('numpy.ma' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"

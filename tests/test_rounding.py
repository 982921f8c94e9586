"""round_like_python: numpy's pass gives exactly the doubles of Python's round()."""

from __future__ import annotations

import math
import struct

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo._rounding import round_like_python


def _same(a: float, b: float) -> bool:
    """The same double (signed zeros told apart), or both NaN."""
    return struct.pack("<d", a) == struct.pack("<d", b) or (math.isnan(a) and math.isnan(b))


def _check(values: list[float], ndigits: int) -> None:
    got = round_like_python(np.array(values, dtype=np.float64), ndigits).tolist()
    for x, g in zip(values, got, strict=True):
        assert _same(g, round(x, ndigits)), (x, ndigits, g, round(x, ndigits))


def _nudged(x: float, ulps: int) -> float:
    for _ in range(abs(ulps)):
        x = math.nextafter(x, math.copysign(math.inf, ulps))
    return x


#: Decimals with a 5 one digit past the kept ones, as the nearest double and a few
#: doubles either side: the halves where a computed product may round the other way.
_halves = st.builds(
    lambda k, n, ulps: _nudged((k + 0.5) / 10**n, ulps),
    st.integers(-180 * 10**6, 180 * 10**6),
    st.sampled_from([2, 6]),
    st.integers(-2, 2),
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.floats(), st.floats(-180, 180), _halves), max_size=40),
    st.sampled_from([0, 1, 2, 6, 9, 15, 16, -1]),
)
def test_the_same_doubles_as_round(values, ndigits):
    _check(values, ndigits)


def test_halves_signed_zeros_and_non_finite_numbers():
    values = [0.5, 1.5, 2.5, -0.5, 2.675, 0.0000005, -0.0000004, -0.0, 0.0, 1e300, -1e-300,
              math.inf, -math.inf, math.nan, 30.1234565, 180.0, -179.9999995]
    for ndigits in (0, 2, 3, 6, 15):
        _check(values, ndigits)


@pytest.mark.parametrize("shape", [(0, 2), (5, 2), (3,), (2, 3, 2)])
def test_any_shape(shape):
    values = np.random.default_rng(7).uniform(-180, 180, size=shape)
    got = round_like_python(values, 6)
    assert got.shape == values.shape
    expected = np.array([round(float(v), 6) for v in values.reshape(-1)]).reshape(shape)
    assert got.tolist() == expected.tolist()

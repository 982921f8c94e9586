"""A smoke test of the fuzz harness (benchmarks/fuzz.py): it is reproducible, its
checks catch what they claim to, and a handful of its inputs analyse cleanly."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def fuzz():
    spec = importlib.util.spec_from_file_location("geo_fuzz", ROOT / "benchmarks" / "fuzz.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["geo_fuzz"] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("geo_fuzz", None)
    sys.modules.pop("fuzz_inputs", None)
    sys.path.remove(str(ROOT / "benchmarks"))


def test_inputs_are_reproducible_and_varied(fuzz):
    import fuzz_inputs as inputs

    first = [fuzz.make_input(7, i, 50)[0] for i in range(60)]
    assert first == [fuzz.make_input(7, i, 50)[0] for i in range(60)]
    assert first != [fuzz.make_input(8, i, 50)[0] for i in range(60)]
    big = [t for i, t in enumerate(first) if fuzz.make_input(7, i, 50)[1]]
    assert big and all(len(t) == 100_000 for t in big)
    joined = "".join(first)
    families = (inputs.PLACES, inputs.TEMPLATES, inputs.HTML, inputs.ODD_CHARS, inputs.COMPASS)
    for family in families:
        assert any(token in joined for token in family)


def test_strict_json_check(fuzz):
    assert fuzz.strict_problem(json.dumps({"v": 1.5, "s": "Kyiv"})) is None
    assert "Infinity" in fuzz.strict_problem(json.dumps({"v": float("inf")}))
    assert "NaN" in fuzz.strict_problem(json.dumps([float("nan")]))
    assert fuzz.strict_problem(json.dumps("\ud800", ensure_ascii=False)) == "lone surrogate"


def test_location_of_an_exception_is_inside_geo(fuzz):
    import geo

    with pytest.raises(geo.InputError) as info:
        geo.ring((50.0, 30.0), -1)
    assert fuzz.where(info.value).startswith("geo/geometry/circles.py:ring:")


def test_a_handful_of_inputs_run_end_to_end(fuzz, capsys):
    status = fuzz.main(["--seed", "3", "--analyze", "12", "--render", "2", "--big-every", "0"])
    out = capsys.readouterr().out
    assert "12 inputs analysed, 2 rendered" in out
    assert "non-strict outputs:" in out and "evaluated templates:" in out
    assert status in (0, 1)
    # analyse only: the analysis stage itself never raises on these inputs
    found = fuzz.Findings()
    import geo

    gaz = geo.load_gazetteer()
    for i in range(12):
        fuzz.run_analyze(i, fuzz.make_input(3, i, 0)[0], gaz, found, 60.0)
    assert not [k for k in found.exceptions if k[0] == "analyze"], found.messages

"""Straits Natural Earth's marine polygons lack, derived from the two bodies each joins
(``scripts/build_water.py``): "the Kerch Strait" and "the Strait of Hormuz" are water
bodies, placed on the line where the Black Sea meets the Sea of Azov and the Persian
Gulf the Gulf of Oman, not a town named in them."""

import importlib.util
import json
from pathlib import Path

import pytest
import shapely

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.water_table import water_table

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_water.py"


def _build_water():
    spec = importlib.util.spec_from_file_location("build_water", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("name", "word", "expected", "near"),
    [
        ("Kerch", "strait", "Kerch Strait", (45.35, 36.60)),
        ("Kerch", "straits", "Kerch Strait", (45.35, 36.60)),
        ("Hormuz", "strait", "Strait of Hormuz", (26.40, 56.60)),
    ],
)
def test_the_table_has_the_derived_straits(name, word, expected, near):
    body = water_table().find(name, word)
    assert body is not None and body.name == expected and body.kind == "strait"
    assert distance_km((body.lat, body.lon), near) < 60
    assert body.geometry.geom_type == "LineString"


@pytest.mark.gazetteer
def test_a_strait_is_water_and_no_town(gazetteer):
    text = (
        "A tanker was damaged in the Kerch Strait, Russia said. Two tankers left the "
        "Strait of Hormuz on Sunday."
    )
    found = {t.text: t for t in geoparse(text, gazetteer)}
    assert found["Kerch Strait"].water == "strait"
    assert found["Strait of Hormuz"].water == "strait"
    assert "Kerch" not in found and "Hormuz" not in found


def _square(x0, y0, x1, y1):
    return shapely.to_wkt(shapely.box(x0, y0, x1, y1), rounding_precision=3)


def _sea(name, wkt, rank=1.0):
    return {"name": name, "names": [], "kind": "sea", "rank": rank, "lat": 0.0, "lon": 0.0,
            "wkt": wkt}  # fmt: skip


def test_derive_straits_touching_and_apart():
    bw = _build_water()
    touching = [_sea("Persian Gulf", _square(0, 0, 2, 2)),
                _sea("Gulf of Oman", _square(2, 0, 4, 2), 3.0)]  # fmt: skip
    (rec,) = bw.derive_straits(touching)
    assert rec["name"] == "Strait of Hormuz" and rec["kind"] == "strait"
    assert (rec["lat"], rec["lon"], rec["rank"]) == (1.0, 2.0, 3.0)
    assert "Persian Gulf and Gulf of Oman" in rec["derived"]
    apart = [_sea("Black Sea", _square(0, 0, 2, 2)), _sea("Sea of Azov", _square(0, 3, 2, 5), 5.0)]
    (rec,) = bw.derive_straits(apart)
    assert rec["name"] == "Kerch Strait" and rec["lat"] == 2.5
    # once there, not derived again; a body missing, nothing derived
    assert bw.derive_straits([*apart, rec]) == []
    assert bw.derive_straits(apart[:1]) == []


def test_add_derived_is_deterministic_and_idempotent():
    bw = _build_water()
    gulfs = [_sea("Persian Gulf", _square(0, 0, 2, 2)), _sea("Gulf of Oman", _square(2, 0, 4, 2))]
    table = {"metadata": {"count": 2}, "bodies": gulfs}
    once = bw.add_derived(table)
    assert once["metadata"]["count"] == 3 and once["metadata"]["derived"] == ["Strait of Hormuz"]
    assert json.dumps(bw.add_derived(once)) == json.dumps(once)
    assert json.dumps(bw.add_derived(table)) == json.dumps(once)

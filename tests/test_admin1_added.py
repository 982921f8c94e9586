"""First-level units in force that Natural Earth lacks: the DR Congo's 2015 provinces,
West Kordofan, drawn from the provinces they were split from (geo/data/admin1_added.geojson)."""

import importlib.util
import json
from pathlib import Path

import pytest

from geo.gazetteer.sources import default_sources

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location(
        "build_admin1_added", ROOT / "scripts" / "build_admin1_added.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_file_is_the_scripts_output():
    paths = default_sources()
    built = _script().build(paths["admin1"], paths["cities"])
    shipped = json.loads(paths["admin1_added"].read_text(encoding="utf-8"))
    assert json.loads(json.dumps(built)) == shipped


def test_a_split_tiles_its_old_province_and_each_unit_holds_its_capital():
    from shapely.geometry import Point, shape

    paths = default_sources()
    added = json.loads(paths["admin1_added"].read_text(encoding="utf-8"))
    old = json.loads(paths["admin1"].read_text(encoding="utf-8"))
    units = {f["properties"]["name"]: shape(f["geometry"]) for f in added["features"]}
    orientale = next(
        shape(f["geometry"]) for f in old["features"] if f["properties"]["name"] == "Orientale"
    )
    parts = ("Ituri", "Haut-Uele", "Bas-Uele", "Tshopo")
    assert sum(units[p].area for p in parts) == pytest.approx(orientale.area, rel=0.01)
    capitals = {  # (lon, lat)
        "Ituri": (30.25, 1.56),  # Bunia
        "Haut-Uele": (27.62, 2.77),  # Isiro
        "Tshopo": (25.19, 0.52),  # Kisangani
        "Tanganyika": (29.19, -5.95),  # Kalemie
        "Haut-Katanga": (27.48, -11.66),  # Lubumbashi
        "West Kordofan": (28.39, 12.70),  # En Nahud
    }
    for name, xy in capitals.items():
        assert units[name].contains(Point(xy)), name
    # the north-west of North Kordofan, with no cities500 place, stays North Kordofan's
    assert not units["West Kordofan"].contains(Point(28.0, 15.5))


def test_the_units_are_regions_of_the_index_by_their_names(gazetteer):
    for name, lat, lon in (("Ituri", 1.6, 30.0), ("Tanganyika", -6.5, 28.0)):
        best = gazetteer.lookup(name)[0].record
        assert gazetteer.kind(best) == "admin1"
        assert gazetteer.country_code(best) == "CD"
        blat, blon = gazetteer.lat_lon(best)
        assert abs(blat - lat) < 1.5 and abs(blon - lon) < 1.5
    # Natural Earth's English label of West Darfur is "West Soudan"
    best = gazetteer.lookup("West Darfur")[0].record
    assert gazetteer.name(best) == "West Darfur"

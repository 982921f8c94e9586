"""Regions Natural Earth names in their own language are found by their English names
(geo/data/region_aliases.json): "Normandy", "Andalusia", "Flanders", "Siberia"; regions
made of provinces (geo.text.name_areas): "the Golan Heights", "the Ogaden"."""

import pytest

from geo.gazetteer.codes import QUALITY_ALIAS, QUALITY_PRIMARY
from geo.gazetteer.regions import grouped_region_records


def _province(name, region, x):
    ring = [[x, 0.0], [x + 1.0, 0.0], [x + 1.0, 1.0], [x, 1.0], [x, 0.0]]
    return {
        "type": "Feature",
        "properties": {"name": name, "country": "FR", "drawn_country": "FR",
                       "region": region, "unit": None},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


def test_a_dissolved_region_takes_its_english_names_as_aliases():
    admin1 = {"features": [_province("Calvados", "Normandie", 0.0),
                           _province("Manche", "Normandie", 1.0),
                           _province("Morbihan", "Bretagne", 3.0),
                           _province("Finistere", "Bretagne", 4.0)]}
    records = grouped_region_records(admin1, {"FR": {"Normandie": ["Normandy"]}})
    names = {r["name"]: r["names"] for r in records}
    assert names["Normandie"] == [(QUALITY_PRIMARY, ["Normandie"]), (QUALITY_ALIAS, ["Normandy"])]
    assert names["Bretagne"] == [(QUALITY_PRIMARY, ["Bretagne"])]  # none given: none made
    plain = {r["name"]: r["names"] for r in grouped_region_records(admin1)}
    assert plain["Normandie"] == [(QUALITY_PRIMARY, ["Normandie"])]


def test_a_grouping_named_as_one_of_its_provinces_is_left_to_the_province():
    """Sudan's former Kassala province (Kassala, Gedaref, Red Sea) is no region of its
    own: "Kassala" is the state that carries the name now."""
    admin1 = {"features": [_province("Kassala", "Kassala", 0.0),
                           _province("Gedarif", "Kassala", 1.0),
                           _province("Red Sea", "Kassala", 2.0),
                           _province("Calvados", "Normandie", 4.0),
                           _province("Manche", "Normandie", 5.0)]}
    assert [r["name"] for r in grouped_region_records(admin1)] == ["Normandie"]


def test_every_alias_names_a_region_the_builder_makes():
    """A key of region_aliases.json that Natural Earth does not write (a typo, a region
    renamed upstream) would give its names to nothing."""
    import json

    from geo.gazetteer.sources import default_sources

    sources = default_sources()
    aliases = json.loads(sources["region_aliases"].read_text(encoding="utf-8"))
    admin1 = json.loads(sources["admin1"].read_text(encoding="utf-8"))
    made = {(f["properties"]["country"], (f["properties"].get(k) or "").strip())
            for f in admin1["features"] for k in ("unit", "region")}
    for country, regions in aliases.items():
        if country.startswith("_"):
            continue
        for name in regions:
            assert (country, name) in made, (country, name)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was sent to a prison colony in Siberia.", [("Siberia", "RU")]),
        ("Floods hit Flanders and Wallonia on Sunday.", [("Flanders", "BE"), ("Wallonia", "BE")]),
        ("Wildfires spread across Andalusia and Catalonia.",
         [("Andalusia", "ES"), ("Catalonia", "ES")]),
        ("Storms lashed Normandy and Brittany.", [("Normandy", "FR"), ("Brittany", "FR")]),
        ("Tourists flocked to Tuscany and Lombardy.", [("Tuscany", "IT"), ("Lombardy", "IT")]),
        ("Rounds at Croft, Yorkshire and Snetterton, Norfolk.",
         [("Croft", "GB"), ("Yorkshire", "GB"), ("Snetterton", "GB"), ("Norfolk", "GB")]),
        # regions wider than one province, or lands the gazetteer names otherwise (name_areas)
        ("Israeli jets struck the Golan Heights and the Galilee.",
         [("Golan Heights", "SY"), ("Galilee", "IL")]),
        ("Clashes in the Ogaden and in Casamance.", [("Ogaden", "ET"), ("Casamance", "SN")]),
        ("Pilgrims sailed on the Sea of Galilee.", []),
        # "The D" (a nickname of Detroit) is no key: the anniversary is not in Michigan
        ("The D-Day anniversary drew veterans to Normandy on Thursday.", [("Normandy", "FR")]),
    ],
)
def test_english_names_of_regions_in_running_text(gazetteer, text, expected):
    from geo import analyze

    got = [(t.text, t.place.country_code) for t in analyze(text, gazetteer=gazetteer).toponyms
           if t.place is not None]
    assert got == expected


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "geonameid"),
    [
        ("Cholera cases rose in Kassala State, the ministry said.", 408663),
        ("Floods displaced families in Upper Nile state, near Nasir.", None),
    ],
)
def test_a_province_named_as_a_former_grouping_is_the_province(gazetteer, text, geonameid):
    from geo.text.geoparse import geoparse

    regions = [t.place for t in geoparse(text, gazetteer) if t.place and t.place.kind == "admin1"]
    assert regions and all(p.geonameid != 0 for p in regions)
    if geonameid:
        assert regions[0].geonameid == geonameid

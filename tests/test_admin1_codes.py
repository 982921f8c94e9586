"""Natural Earth regions take the GeoNames admin-1 codes of the places inside them."""

import pytest

from geo.gazetteer.admin1_codes import admin1_names, reconcile_admin1_codes


def square(x0, y0, size=1.0):
    ring = [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]
    return {"type": "Polygon", "coordinates": [ring]}


def region(name, code, x0, *, unit=None, group=None):
    return {
        "name": name,
        "country_code": "FR",
        "admin1_code": code,
        "geometry": square(x0, 0.0),
        "group_unit": unit,
        "group_region": group,
    }


def place(code, lon, lat=0.5, country="FR"):
    return {"kind": "place", "country_code": country, "admin1_code": code, "lat": lat, "lon": lon}


def test_a_finer_polygon_takes_the_code_of_its_places_and_a_colliding_code_is_not_a_name():
    # Two départements (codes "11" and "75") inside region "11"; a third polygon, coded
    # "75" by its source, holds the places GeoNames files under "75".
    regions = [
        region("Aude", "11", 0.0, group="Occitanie"),
        region("Paris", "75", 2.0, group="Île-de-France"),
        region("Essonne", "91", 3.0, group="Île-de-France"),
        region("Gironde", "33", 5.0, group="Nouvelle-Aquitaine"),
    ]
    places = (
        [place("76", 0.2 + i / 10) for i in range(4)]  # Aude's places are in region 76
        + [place("11", 2.2 + i / 10) for i in range(5)]
        + [place("11", 3.2 + i / 10) for i in range(3)]
        + [place("75", 5.1 + i / 10) for i in range(4)]
        + [place("11", 5.9)]  # one stray place does not outvote four
    )
    reconcile_admin1_codes(regions, places)
    assert [r["admin1_code"] for r in regions] == ["76", "11", "11", "75"]
    assert regions[0]["source_admin1_code"] == "11"
    names = admin1_names(regions)
    assert names[("FR", "11")] == "Île-de-France"  # shared by both polygons coded 11
    assert names[("FR", "75")] == "Gironde"  # the one polygon with that code
    assert names[("FR", "76")] == "Aude"


def test_too_few_places_or_no_majority_keeps_the_source_code():
    regions = [region("A", "01", 0.0), region("B", "02", 2.0)]
    places = [place("09", 0.5), place("09", 0.6)]  # two places: not enough evidence
    places += [place("07", 2.1), place("08", 2.2), place("07", 2.3), place("08", 2.4)]
    reconcile_admin1_codes(regions, places)
    assert [r["admin1_code"] for r in regions] == ["01", "02"]


def test_places_of_another_country_are_not_counted():
    regions = [region("A", "01", 0.0)]
    places = [place("09", 0.1 + i / 10, country="BE") for i in range(5)]
    reconcile_admin1_codes(regions, places)
    assert regions[0]["admin1_code"] == "01"


def test_a_shared_code_without_a_common_grouping_has_no_name_unless_geonames_names_it():
    regions = [region("A", "L", 0.0, group="X"), region("B", "L", 2.0, group="Y")]
    assert ("FR", "L") not in admin1_names(regions)
    unit = {"feature_code": "ADM1", "countrycode": "FR", "admin1code": "L", "name": "Leinster"}
    assert admin1_names(regions, [unit])[("FR", "L")] == "Leinster"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("query", "country", "admin1_name"),
    [
        ("Paris", "FR", "Île-de-France"),  # not Aude (département 11)
        ("Bordeaux", "FR", "Nouvelle-Aquitaine"),  # not Paris (département 75)
        ("Toulouse", "FR", "Occitanie"),
        ("Glasgow", "GB", "Scotland"),
        ("Antwerp", "BE", "Flemish Region"),
        ("Milan", "IT", "Lombardia"),
        ("Kharkiv", "UA", "Kharkiv"),  # one polygon per GeoNames code: unchanged
        ("Sumy", "UA", "Sumy"),
    ],
)
def test_real_index_names_the_admin1_of_big_cities(gazetteer, query, country, admin1_name):
    from geo.geocoders import GazetteerGeocoder

    raw = GazetteerGeocoder(gazetteer).geocode(query).raw
    assert (raw["country_code"], raw["admin1_name"]) == (country, admin1_name)


@pytest.mark.gazetteer
def test_a_region_names_the_admin1_it_lies_in_but_not_itself(gazetteer):
    def regions(name):
        return {
            gazetteer.place(m.record).admin1_name
            for m in gazetteer.lookup(name)
            if gazetteer.kind(m.record) == "admin1" and m.quality == 0
        }

    assert regions("Kent") == {"England"}
    assert regions("Sumy") == {""}  # Sumy Oblast is the admin-1 itself

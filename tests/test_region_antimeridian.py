"""Regions split at the antimeridian, and names Natural Earth lists under the wrong
region: Chukotka's point lies in Chukotka (not at 114 E, in Yakutia: the plain
centroid of its two parts at 170 E and 175 W), and "Chukotka" names Chukotka first,
not the Sakha Republic that Natural Earth gives it as an alias."""

from __future__ import annotations

import pytest
from shapely.geometry import MultiPolygon, Point, box

from geo.gazetteer.codes import QUALITY_ALIAS, QUALITY_ALTERNATE, QUALITY_PRIMARY
from geo.gazetteer.regions import _centre
from geo.gazetteer.split_aliases import drop_borrowed_aliases


def test_a_region_split_at_the_antimeridian_is_centred_across_it():
    split = MultiPolygon([box(170.0, 60.0, 180.0, 70.0), box(-180.0, 60.0, -175.0, 70.0)])
    lat, lon = _centre(split)
    assert lat == pytest.approx(65.0)
    assert lon == pytest.approx(177.5)  # 2/3 of the area west of 180
    west_heavy = MultiPolygon([box(178.0, 0.0, 180.0, 1.0), box(-180.0, 0.0, -170.0, 1.0)])
    assert _centre(west_heavy)[1] == pytest.approx(-176.0)


def test_a_polygon_round_the_pole_keeps_its_plain_centroid():
    cap = box(-180.0, -90.0, 180.0, -60.0)
    assert _centre(cap) == pytest.approx((cap.centroid.y, cap.centroid.x))


def _region(name, aliases, alternates=(), country="RU"):
    return {
        "name": name,
        "country_code": country,
        "names": [
            (QUALITY_PRIMARY, [name]),
            (QUALITY_ALIAS, list(aliases)),
            (QUALITY_ALTERNATE, list(alternates)),
        ],
    }


def test_an_alias_that_is_another_regions_own_name_is_dropped():
    sakha = _region("Sakha Republic", ["Yakutia", "Chukotka"])
    chukotka = _region("Chukotka Autonomous Okrug", [], ["Chukotka", "Tchoukotka"])
    namesake = _region("Chukotka", [], country="XX")  # another country: no bearing
    dropped = drop_borrowed_aliases([sakha, chukotka, namesake])
    assert dropped == [("Chukotka", "Sakha Republic")]
    assert sakha["names"][1] == (QUALITY_ALIAS, ["Yakutia"])


def test_an_alias_that_is_also_the_regions_own_name_stays():
    a = _region("Kyiv", ["Kiev"], ["Kiev"])
    b = _region("Kyiv Oblast", [], ["Kiev"], country="RU")
    assert drop_borrowed_aliases([a, b]) == []
    assert a["names"][1] == (QUALITY_ALIAS, ["Kiev"])


@pytest.mark.gazetteer
def test_chukotka_lies_in_chukotka_and_is_found_first(gazetteer):
    from geo.geocoders import GazetteerGeocoder

    (rec,) = gazetteer.regions("RU", "15")
    lat, lon = gazetteer.lat_lon(rec)
    assert lon > 160.0
    assert gazetteer.geometry(rec).buffer(0.01).contains(Point(lon, lat))
    first = GazetteerGeocoder().geocode("Chukotka")
    assert first is not None and first.longitude > 160.0

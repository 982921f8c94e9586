"""Which point a country gets: the conventional (GeoNames, Factbook) point where it
agrees with the country's shape, the midpoint with the centroid where it does not."""

import math

import pytest
from pyproj import Geod

from geo.gazetteer.countries import CONVENTION_AGREES_KM, _country_point

_GEOD = Geod(ellps="WGS84")


def _km(a, b):
    """Geodesic km between two (lat, lon) points."""
    return _GEOD.inv(a[1], a[0], b[1], b[0])[2] / 1000.0


@pytest.mark.parametrize(
    ("centre", "conventional"),
    [
        ((33.2, 43.6), (33.0, 44.0)),  # a country whose centroid lies 40 km from its point
        ((-0.5, 37.6), (1.0, 38.0)),  # astride the equator
        ((64.9, -18.6), (65.0, -18.0)),  # high latitude: 0.6 deg of longitude is 28 km
        ((-17.0, 179.8), (-17.5, 179.9)),  # near the antimeridian
    ],
)
def test_agreeing_conventional_point_is_the_country_point(centre, conventional):
    assert _km(centre, conventional) <= CONVENTION_AGREES_KM
    assert _country_point(centre, conventional) == conventional


def test_distance_is_geodesic_not_degrees():
    """3 degrees of longitude near the pole are under 200 km: they agree; the same
    3 degrees on the equator (334 km) do not."""
    assert _country_point((78.5, 16.0), (78.5, 19.0)) == (78.5, 19.0)
    lat, lon = _country_point((0.0, 16.0), (0.0, 19.0))
    assert (lat, lon) == (0.0, 17.5)


def test_disagreeing_points_meet_halfway():
    centre, conventional = (39.5, -99.0), (38.0, -97.0)
    assert _km(centre, conventional) > CONVENTION_AGREES_KM
    point = _country_point(centre, conventional)
    assert point not in (centre, conventional)
    assert math.isclose(_km(point, centre), _km(point, conventional), rel_tol=0.05)
    assert _km(point, centre) < 161 and _km(point, conventional) < 161


@pytest.mark.parametrize("conventional", [None, (33.0, -137.0)])
def test_missing_or_wrong_sign_conventional_point_keeps_the_centroid(conventional):
    assert _country_point((33.2, 43.6), conventional) == (33.2, 43.6)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("query", "lat", "lon"),
    [
        # Countries whose centroid and Factbook point agree take the Factbook point,
        # GeoNames' own point for them.
        ("Syria", 35.0, 38.0),
        ("Ukraine", 49.0, 32.0),
        ("Turkey", 39.0, 35.0),
    ],
)
def test_real_index_places_countries_at_their_conventional_point(gazetteer, query, lat, lon):
    from geo.geocoders import GazetteerGeocoder

    loc = GazetteerGeocoder(gazetteer).geocode(query)
    assert loc.raw["kind"] == "country"
    assert _km((loc.latitude, loc.longitude), (lat, lon)) < 1.0


def test_disagreeing_points_meet_halfway_to_the_equal_area_centre():
    """Where they disagree, the midpoint is taken with the landmass's equal-area centroid
    when given (a centroid in degrees lies poleward of it)."""
    centre, land, conventional = (58.0, -102.0), (56.8, -100.9), (60.0, -95.0)
    assert _country_point(centre, conventional, land) == (58.4, -97.95)
    assert _country_point(centre, conventional) == (59.0, -98.5)


def test_equal_area_centroid_is_the_centre_of_a_round_landmass():
    """A disc of 1,500 km radius around 60 N: in degrees it widens toward the pole and
    its centroid lies 79 km north of its centre; on the equal-area map it is the centre."""
    from shapely.geometry import Polygon

    from geo.gazetteer.countries import _equal_area_centroid

    lon, lat, _ = _GEOD.fwd([-100.0] * 72, [60.0] * 72, list(range(0, 360, 5)), [1.5e6] * 72)
    disc = Polygon(zip(lon, lat, strict=True))
    assert _km((disc.centroid.y, disc.centroid.x), (60.0, -100.0)) > 50
    assert _km(_equal_area_centroid(disc), (60.0, -100.0)) < 5


@pytest.mark.gazetteer
def test_canada_lies_within_161_km_of_the_factbook_point(gazetteer):
    """Canada's Factbook point (60 N, 95 W) and the equal-area centre of its main
    landmass disagree; their midpoint stays within 161 km of the Factbook's."""
    from geo.geocoders import GazetteerGeocoder

    loc = GazetteerGeocoder(gazetteer).geocode("Canada")
    assert _km((loc.latitude, loc.longitude), (60.0, -95.0)) < 161

"""A village of a "near" list the gazetteer lacks is estimated among the list's places,
not on the first of them (geo.text.list_reach.list_middle); "between A and B" with A so
estimated at B is the ground near A's estimate, not a line of no length
(geo.text.spatial.nearby).  Texts written for these tests.
"""

import pytest
from shapely.geometry import Point

import geo
from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.name_areas import geodesic_mean

pytestmark = pytest.mark.gazetteer

VOLODYMYRIVKA, UDACHNE, ZVIROVE = (48.439, 37.349), (48.241, 36.992), (48.251, 37.129)
KOTLYNE = (48.237, 37.049)  # published coordinates; the gazetteer lacks it
ZARICHNE, TORSKE = (49.023, 37.932), (49.017, 37.961)


def found(gazetteer, text):
    return {t.text: t for t in geoparse(text, gazetteer)}


def at(t):
    return (t.place.lat, t.place.lon)


def test_a_missing_village_lies_between_its_neighbours_in_the_list(gazetteer):
    # The tester's: Kotlyne was put on Volodymyrivka, 31.6 km from where it lies.
    text = ("In the Pokrovsk direction, our defenders stopped 52 assaults near Volodymyrivka, "
            "Udachne, Kotlyne and Zvirove.")
    kotlyne = found(gazetteer, text)["Kotlyne"]
    assert kotlyne.estimated
    assert distance_km(at(kotlyne), geodesic_mean([UDACHNE, ZVIROVE])) < 1.0
    assert distance_km(at(kotlyne), KOTLYNE) < 3.0
    # The uncertainty still holds every place of the list.
    area = kotlyne.uncertainty
    assert all(area.covers(Point(lon, lat)) for lat, lon in (VOLODYMYRIVKA, UDACHNE, ZVIROVE))


def test_missing_villages_before_the_placed_ones_lie_by_the_next(gazetteer):
    # Our own: two names the gazetteer lacks before two it has, 2 km apart.
    text = ("In the Lyman direction, the occupiers attacked near Novoiehorivka, Hrekivka, "
            "Zarichne and Torske.")
    places = found(gazetteer, text)
    for name in ("Novoiehorivka", "Hrekivka"):
        assert places[name].estimated
        assert distance_km(at(places[name]), ZARICHNE) < 1.0, name


def test_a_loose_list_places_no_missing_village_between_far_towns(gazetteer):
    # A list across a front (Siversk and Huliaipole, 190 km apart): no middle of theirs.
    text = "Russian forces attacked near Siversk, Kotlyne and Huliaipole."
    kotlyne = found(gazetteer, text).get("Kotlyne")
    assert kotlyne is None or kotlyne.place is None  # left out, with a warning


def test_between_an_estimated_village_and_its_neighbour_is_the_ground_near_it(gazetteer):
    a = geo.analyze("Fighting raged between Robotyne and Verbove, officials said.",
                    gazetteer=gazetteer)
    robotyne = next(t for t in a.toponyms if t.text == "Robotyne")
    assert robotyne.estimated
    (feature,) = a.features
    assert feature.kind == "near" and feature.geometry.covers(feature.geometry.centroid)

"""A river the water table has only far away is not the text's (the Litani of South
America in a story from south Lebanon); a river's sentence whose places lie far off its
course ("a figure Moscow did not confirm") does not move it up the river: it stays where
the text drew it before."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

KUPIANSK = (49.71, 37.62)


def _rivers(gazetteer, text):
    return [t for t in geoparse(text, gazetteer) if t.cue == "water"]


def test_a_river_known_only_an_ocean_away_gets_no_place(gazetteer):
    text = (
        "Shelling hit Tyre and Nabatieh overnight, and residents of villages south of "
        "the Litani River were told to leave for Sidon.\n"
    )
    (river,) = _rivers(gazetteer, text)
    assert river.place is None


def test_a_river_near_the_texts_places_keeps_its_place(gazetteer):
    text = "Floods hit Kherson and Mykolaiv as the Dnipro River rose.\n"
    (river,) = _rivers(gazetteer, text)
    assert river.place is not None


def test_a_sentence_naming_only_a_far_city_keeps_the_rivers_earlier_point(gazetteer):
    text = (
        "Russian troops crossed the Oskil river between Kupiansk and Borova, officials "
        "said.\n\nUkraine said Russian units held a strip on the east bank of the Oskil, "
        "a claim Moscow repeated.\n"
    )
    first, second = _rivers(gazetteer, text)
    assert distance_km((first.place.lat, first.place.lon), KUPIANSK) < 60
    assert (second.place.lat, second.place.lon) == (first.place.lat, first.place.lon)


def test_a_river_known_only_an_ocean_away_from_the_named_country_gets_no_place(gazetteer):
    text = "Israeli warplanes bombed hills south of the Litani River in Lebanon.\n"
    (river,) = _rivers(gazetteer, text)
    assert river.place is None


def test_one_stray_namesake_alone_does_not_unplace_a_river(gazetteer):
    (river,) = _rivers(gazetteer, "Canoes drifted down the White River.\n")
    assert river.place is not None


def test_a_river_an_ocean_away_from_the_town_and_demonym_named_gets_no_place(gazetteer):
    (river,) = _rivers(gazetteer, "Israeli shells hit Nabatieh, 12 km north of the Litani River.\n")
    assert river.place is None


def test_a_river_far_from_its_countrys_middle_but_inside_it_keeps_its_place(gazetteer):
    text = "Russian barges left Khabarovsk as ice closed the Amur River in Russia.\n"
    (river,) = _rivers(gazetteer, text)
    assert river.place is not None


def test_a_country_near_a_namesake_does_not_outweigh_the_towns_named(gazetteer):
    text = "Savannah and Pooler in Georgia, United States, lie near the tidal Burnside River.\n"
    (river,) = _rivers(gazetteer, text)
    assert river.place is None  # not the Burnside of Nunavut, 2,000 km from the US border

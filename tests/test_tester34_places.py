"""Places of tester34's findings, each a kind of input (texts written for these tests).

W2: a list's region stated after it outweighs a town's former name ("Novoalexandrovka",
Melitopol in 1816-42); "Battlegroup Center" names the Tsentr group of forces.
W11: a known town of the anchor's region keeps its place against a wrong stated distance.
"""

from __future__ import annotations

import pytest

from geo.geometry import distance_km
from geo.text.front import _group_regions
from geo.text.geoparse import geoparse

MELITOPOL = (46.847, 35.382)
KUPIANSK = (49.710, 37.616)
IZIUM = (49.207, 37.277)


def _toponym(gazetteer, text, name):
    return next(t for t in geoparse(text, gazetteer) if t.text == name)


@pytest.mark.gazetteer
def test_a_former_name_of_a_town_yields_to_the_lists_region(gazetteer):
    text = (
        "Russian units took Novoalexandrovka, Pokrovskoye and Troitskoye in the "
        "Dnepropetrovsk Region, the ministry said on Monday."
    )
    t = _toponym(gazetteer, text, "Novoalexandrovka")
    assert t.place is not None and t.place.admin1_code == "04"  # not Melitopol (26)
    assert distance_km((t.place.lat, t.place.lon), MELITOPOL) > 100


@pytest.mark.gazetteer
def test_a_town_by_its_own_name_keeps_its_place_in_a_list_of_another_region(gazetteer):
    text = "Drones hit Melitopol, Pokrovskoye and Troitskoye in the Dnepropetrovsk Region."
    t = _toponym(gazetteer, text, "Melitopol")
    assert distance_km((t.place.lat, t.place.lon), MELITOPOL) < 5


def test_battlegroup_with_an_english_name_is_a_group_of_forces():
    text = "Battlegroup Center units liberated two villages. Battlegroup West advanced."
    regions = [r for _, _, r in _group_regions(text)]
    assert regions[0] == frozenset({("UA", "05"), ("UA", "04")})
    assert ("UA", "07") in regions[1]
    assert _group_regions("The battlegroup commander said it was quiet.") == []


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "at"),
    [
        ("Heavy fighting went on near Kupiansk, roughly 40 km east of Kharkiv, the governor "
         "said.", "Kupiansk", KUPIANSK),
        ("Artillery pounded Izium, 5 km from Kharkiv, overnight.", "Izium", IZIUM),
    ],
)  # fmt: skip
def test_a_known_town_of_the_anchors_region_keeps_its_place_against_a_wrong_distance(
    gazetteer, text, name, at
):
    t = _toponym(gazetteer, text, name)
    assert not t.estimated
    assert distance_km((t.place.lat, t.place.lon), at) < 5


@pytest.mark.gazetteer
def test_a_village_the_gazetteer_lacks_is_still_estimated_by_its_distance(gazetteer):
    text = "Russian troops attacked Hlushkivka, 12 km west of Kupiansk, on Monday."
    t = _toponym(gazetteer, text, "Hlushkivka")
    assert distance_km((t.place.lat, t.place.lon), KUPIANSK) < 30


STARYTSIA = (50.29, 36.84)  # a village by Vovchansk, on the Siverskyi Donets


@pytest.mark.gazetteer
def test_a_place_named_after_its_river_far_from_it_is_estimated_on_the_river(gazetteer):
    text = (
        "KHARKOV, May 3. /TASS/. Fighting continued near Volchansk. Ukrainian units tried to "
        "cross the Seversky Donets River near Staritsa, the source said."
    )
    t = _toponym(gazetteer, text, "Staritsa")
    assert t.estimated and t.place.country_code == "UA"
    assert distance_km((t.place.lat, t.place.lon), STARYTSIA) < 20  # not Tver's, 700 km off


@pytest.mark.gazetteer
def test_a_place_named_after_its_river_and_on_it_keeps_its_reading(gazetteer):
    text = "Russian troops crossed the Oskil River near Kupiansk, the governor said."
    t = _toponym(gazetteer, text, "Kupiansk")
    assert not t.estimated and distance_km((t.place.lat, t.place.lon), KUPIANSK) < 5


@pytest.mark.gazetteer
def test_a_far_place_named_after_a_river_with_no_place_of_the_text_by_it_is_left_out(gazetteer):
    text = "Troops tried to cross the Seversky Donets River near Staritsa."
    t = _toponym(gazetteer, text, "Staritsa")
    assert t.place is None or distance_km((t.place.lat, t.place.lon), STARYTSIA) < 60


@pytest.mark.gazetteer
def test_two_names_joined_by_a_comma_and_are_no_list(gazetteer):
    from geo.text.recognition import find_mentions

    text = (
        "Russian troops had earlier cleared Ivanovskoye, on the road from Artemovsk, and "
        "Krasnaya Gora, north of the city. Shelling hit Kupiansk and Izium."
    )
    ms = {m.key: m for m in find_mentions(text, gazetteer)}
    assert not ms["krasnaya gora"].siblings and not ms["artemovsk"].siblings
    assert ms["izium"].siblings  # "Kupiansk and Izium" is a list


@pytest.mark.gazetteer
def test_a_name_the_text_defines_by_its_offset_is_still_estimated_there(gazetteer):
    text = "Soho is a district about 3 miles north-west of Birmingham, known for its works."
    t = _toponym(gazetteer, text, "Soho")
    assert distance_km((t.place.lat, t.place.lon), (52.50, -1.93)) < 20  # not London's


@pytest.mark.gazetteer
def test_a_riverside_name_whose_list_states_a_region_keeps_the_regions_uncertainty(gazetteer):
    from shapely.geometry import Point

    text = (
        "Clashes spread along the Sobat river near Nasir and Ulang, in Upper Nile state. "
        "Aid workers in Malakal said boats had stopped running."
    )
    t = _toponym(gazetteer, text, "Nasir")
    assert t.place is None or t.place.country_code == "SS"
    if t.place is not None and t.estimated:
        assert t.uncertainty.contains(Point(33.07, 8.6))  # the real Nasir, upstream

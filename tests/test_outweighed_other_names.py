"""A front-line town keeps its own name against a village that only once bore it
(geo.text.other_names.drop_outweighed_names).

"Kremennaya" is the Russian name of Kreminna (Luhansk Oblast, 18,000 people); GeoNames
also lists it for a village of 5,700 by Kurakhove.  However many of the text's places
lie by the village, the name is the town's.  Texts written for these tests.
"""

import pytest

from geo.text.geoparse import geoparse
from geo.text.sizes import town_keeps_own_name

KREMINNA, POKROVSK, TORETSK, MYRNOHRAD = 704138, 704422, 709354, 710035


def ids(gazetteer, text):
    """{surface: GeoNames id (0: estimated) or None} (the last mention of each)."""
    return {
        t.text: (t.place.geonameid if t.place is not None else None)
        for t in geoparse(text, gazetteer)
    }


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        # The tester's: a list of southern Donetsk towns.
        "Russian units repelled attacks near Ugledar, Kurakhovo and Kremennaya.",
        # Our own: a pair, a list of villages right by the namesake, a sentence of its own.
        "Russian units repelled attacks near Kurakhovo and Kremennaya.",
        "Russian units repelled attacks near Maryinka, Krasnogorovka and Kremennaya.",
        "Shelling hit Kurakhovo overnight. Assaults near Kremennaya were repelled.",
        "Russian units repelled attacks near Artyomovsk, Svatovo and Kremennaya.",
    ],
)
def test_a_front_town_keeps_its_name_against_a_village_once_so_called(gazetteer, text):
    assert ids(gazetteer, text)["Kremennaya"] == KREMINNA


@pytest.mark.gazetteer
def test_a_larger_place_of_the_old_name_is_still_read(gazetteer):
    # Pokrovsk (60,000) was Krasnoarmeysk: the town called so by Saratov (25,000) is off
    # the front and smaller; Toretsk, once Dzerzhinsk, against Nizhny Novgorod's city.
    found = ids(gazetteer, "Russian forces attacked near Krasnoarmeysk, Dimitrov and Dzerzhinsk.")
    assert found["Krasnoarmeysk"] == POKROVSK
    assert found["Dimitrov"] == MYRNOHRAD
    assert found["Dzerzhinsk"] == TORETSK


@pytest.mark.parametrize(
    ("town", "other", "keeps"),
    [(18_116, 5_740, True), (18_116, 9_058, True), (18_116, 9_059, False),
     (9_999, 100, False), (25_841, 60_127, False)],
)
def test_the_size_a_town_keeps_its_own_name_at(town, other, keeps):
    assert town_keeps_own_name(town, other) is keeps

"""A direction's own clause locates the names it puts "near": a town or city of the name
read over 100 km off, in another region, is a namesake of the village by the direction's
town ("In the Kreminna direction ... near Makiivka": not Donetsk's city), unless the
clause has ended ("in the Kupiansk direction and near Chasiv Yar").  A list closed by
"in the X direction" is X's, whatever list of an earlier sentence its hint came from."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

KUPIANSK = (49.71003, 37.61581)
KREMINNA = (49.04753, 38.21658)
KURAKHOVE = (47.98533, 37.28137)
CHASIV_YAR = (48.588, 37.834)


def _named(gazetteer, text, name):
    return next(t for t in geoparse(text, gazetteer) if t.text == name)


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        # a town of 27,000 in Luhansk Oblast, named alone in the direction's clause
        ("In the Kupiansk direction, our units held off six assaults near Holubivka.\n",
         "Holubivka", KUPIANSK),
        # a city of 340,000 in Donetsk Oblast, 125 km from Kreminna
        ("Russian forces pushed in the Kreminna direction near Makiivka overnight.\n",
         "Makiivka", KREMINNA),
        ("In the Kreminna direction, Russian troops tried to advance near Makiivka on "
         "Tuesday.\n", "Makiivka", KREMINNA),
        # ... and at the head of the direction's list
        ("Russian troops attacked in the Kreminna direction near Makiivka, Terny and "
         "Torske.\n", "Makiivka", KREMINNA),
    ],
)
def test_a_name_of_the_directions_clause_read_far_off_is_estimated_by_it(
    gazetteer, text, name, town
):
    t = _named(gazetteer, text, name)
    assert t.estimated
    assert distance_km((t.place.lat, t.place.lon), town) < 45


def test_a_town_after_the_directions_clause_keeps_its_reading(gazetteer):
    text = "Ukrainian forces regained positions in the Kupiansk direction and near Chasiv Yar.\n"
    t = _named(gazetteer, text, "Chasiv Yar")
    assert not t.estimated
    assert distance_km((t.place.lat, t.place.lon), CHASIV_YAR) < 10


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Russian forces attacked near Terny and Torske in the Lyman direction. Russian "
            "forces attacked near Pobieda and Zoria in the Kurakhove direction.\n",
            ("Pobieda", "Zoria"),
        ),
        (
            "Russian forces struck near Nevske and Torske on Friday. Russian troops assaulted "
            "near Zoria, Pobieda and Dachne in the Kurakhove direction.\n",
            ("Zoria", "Pobieda", "Dachne"),
        ),
    ],
)
def test_a_list_closed_by_its_direction_is_not_the_last_sentences(gazetteer, text, names):
    for name in names:
        t = _named(gazetteer, text, name)
        assert t.estimated
        assert distance_km((t.place.lat, t.place.lon), KURAKHOVE) < 45

"""A General Staff summary's directions: one named by a region's adjective ("the
Slobozhanskyi direction", "the Prydniprovske direction") is an operational area, not the
village of Slobozhanske or Prydniprovske; a list of directions ("In the Kharkiv, Lyman
and Novopavlivka directions") names one town of the front for each, not the Lyman by
Kharkiv."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

LYMAN = (48.9901, 37.8084)  # Donetsk Oblast, 20,000 people


def _places(gazetteer, text):
    return {
        t.text: (t.place.lat, t.place.lon)
        for t in geoparse(text, gazetteer)
        if t.place is not None
    }


@pytest.mark.parametrize(
    "text",
    [
        "In the Slobozhanskyi direction, the enemy attacked near Vovchansk.",
        "In the Prydniprovske direction, the occupiers made two attempts to advance.",
        "In the Kharkiv, Slobozhanske and Lyman directions, no attacks were recorded.",
        "Russia's Krasnolimansky direction saw fighting near Torske.",
    ],
)
def test_an_adjectives_direction_is_no_place(gazetteer, text):
    names = _places(gazetteer, text)
    assert not any(n.lower().startswith(("sloboz", "prydnipr", "krasnoliman")) for n in names)


def test_a_village_of_the_name_is_a_place_still(gazetteer):
    names = _places(gazetteer, "Shelling hit Slobozhanske and Chuhuiv overnight.")
    assert "Slobozhanske" in names


@pytest.mark.parametrize(
    "text",
    [
        "In the Kharkiv and Lyman directions, no enemy offensive actions were recorded.",
        "In the Kharkiv, Lyman, Slobozhanskyi and Novopavlivka directions, no attacks.",
    ],
)
def test_a_list_of_directions_names_front_towns(gazetteer, text):
    assert distance_km(_places(gazetteer, text)["Lyman"], LYMAN) < 5


def test_a_list_of_villages_is_not_a_list_of_directions(gazetteer):
    # "near Kharkiv and Lyman": the Lyman by Kharkiv may be meant; no direction says
    # otherwise (the reading is left to the list's own rules).
    from geo.text.direction_names import in_directions_list, list_ends
    from geo.text.recognition import find_mentions

    text = "Drones struck near Kharkiv and Lyman, in the Kupiansk direction."
    ms = find_mentions(text, gazetteer)
    ends = list_ends(text, ms)
    assert [in_directions_list(text, ms, k, ends) for k in range(len(ms))] == [False] * len(ms)


SIVERSK = (48.8648, 38.0968)


@pytest.mark.parametrize(
    "text",
    [
        "In the Siversk direction, Russian troops attacked Vyimka and Hryhorivka.",
        "Around Siversk, Russian troops attacked Vyimka and Hryhorivka.",
        "Near Siversk, Russian troops attacked Hryhorivka and Vyimka.",
    ],
)
def test_an_attacked_list_lies_by_the_direction_or_opener(gazetteer, text):
    # The gazetteer's Hryhorivkas lie in Zaporizhzhia, Kherson and Kirovohrad Oblasts.
    assert distance_km(_places(gazetteer, text)["Hryhorivka"], SIVERSK) < 45


def test_an_openers_scope_is_its_sentence(gazetteer):
    from geo.text.directions import direction_places
    from geo.text.recognition import find_mentions

    text = "Near Siversk, troops attacked Vyimka. Later, shelling hit Kherson and Beryslav."
    ms = find_mentions(text, gazetteer)
    ((k, end),) = direction_places(text, ms)
    assert ms[k].key == "siversk" and text[:end].endswith("Vyimka.")

""""south of the town near A and B", after another list of the sentence, is by the town
the sentence named ("near Kostiantynivka itself, southwest of the town near
Oleksandro-Shultyne and Yablunivka, and south of the town near Bila Hora and
Stupochky"), not by the last village of that other list."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

KOSTIANTYNIVKA = (48.5277, 37.7069)


@pytest.mark.parametrize(
    "text",
    [
        "Kostiantynivka direction: Russian forces attacked near Kostiantynivka itself, "
        "southwest of the town near Oleksandro-Shultyne and Yablunivka, and south of the "
        "town near Bila Hora and Stupochky.\n",
        "Russian troops struck Kostiantynivka, attacked west of the town near "
        "Oleksandro-Shultyne and Yablunivka and also pressed south of the city near "
        "Bila Hora and Stupochky.\n",
    ],
)
def test_a_list_of_the_town_is_by_the_town(gazetteer, text):
    found = {t.text: t for t in geoparse(text, gazetteer)}
    for name in ("Bila Hora", "Stupochky"):
        t = found[name]
        assert t.place is not None
        assert distance_km((t.place.lat, t.place.lon), KOSTIANTYNIVKA) < 30


BOROVA = (49.3805, 37.6193)


@pytest.mark.parametrize(
    "phrase", ["east of the settlement near", "east of it near", "east of the town near"]
)
def test_the_settlement_and_it_are_the_town_past_two_lists(gazetteer, phrase):
    # the third list's villages (Novoserhiivka and Hrekivka, which the gazetteer lacks)
    # lie east of Borova, not by Novoiehorivka, the last village of the list before
    text = (
        "Russian forces attacked northeast of Borova near Bohuslavka, Zahryzove and "
        "Kruhliakivka; north of the town near Novoplatonivka, Nadiia and Novoiehorivka; "
        f"and {phrase} Novoserhiivka and Hrekivka.\n"
    )
    found = {t.text: t for t in geoparse(text, gazetteer)}
    for name in ("Novoserhiivka", "Hrekivka"):
        t = found[name]
        assert t.place is not None and t.estimated, name
        assert distance_km((t.place.lat, t.place.lon), BOROVA) < 30, name

"""A place name used as a noun modifier after a demonym ("the Ukrainian Kurakhove
garrison") is a place; a demonym before a person's name is not."""

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    return {t.text: (t.place.name, t.place.admin1_code) for t in geoparse(text, gazetteer)
            if t.place}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The Ukrainian Kurakhove garrison's commander said the town held.", "Kurakhove",
         ("Kurakhove", "05")),
        ("The Ukrainian Vuhledar garrison withdrew on Tuesday.", "Vuhledar",
         ("Vuhledar", "05")),
        ("Russian Belgorod officials said drones hit a substation.", "Belgorod",
         ("Belgorod", "09")),
        ("Ukrainian Pokrovsk defenders repelled the assault.", "Pokrovsk",
         ("Pokrovsk", "05")),
    ],
)
def test_a_name_after_a_demonym_qualifying_a_noun_is_a_place(gazetteer, text, name, expected):
    assert places(gazetteer, text)[name] == expected


def test_a_demonym_before_a_persons_name_is_no_place(gazetteer):
    assert places(gazetteer, "Ukrainian Pavlo Kyrylenko said the town held.") == {}

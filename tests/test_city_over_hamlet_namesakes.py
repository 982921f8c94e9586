"""A city named among a front's towns keeps its name against a namesake beside them.

"Kramatorsk and Druzhkovka ... fuel depots near Nikopol" is Nikopol on the Dnieper
(105,000 people), not the hamlet of Nikopol (588) 36 km from Kramatorsk: the hamlet
is read only where the text places it (a place of the text within 25 km, its region
named), as resolution weighs it (:func:`geo.text.sizes.outweighs_village`).  And a
name that a place carries only as another name, a "-ka" apart from its own ("Nikolayev"
for Mykolaivka, Donetsk Oblast, whose own Russian name is Nikolayevka), is that
place's other name, not a spelling of it (:func:`geo.text.candidates.is_other_name`).
"""

import pytest

from geo.geometry import distance_km

pytestmark = pytest.mark.gazetteer

NIKOPOL = (47.57, 34.39)
MYKOLAIV = (46.98, 31.99)
MYKOLAIVKA = (48.86, 37.77)  # by Sloviansk


def where(gazetteer, text):
    from geo import analyze

    return {
        t.text: (t.place.lat, t.place.lon) if t.place is not None else None
        for t in analyze(text, gazetteer=gazetteer).toponyms
    }


@pytest.mark.parametrize(
    ("text", "name", "truth"),
    [
        (
            "Russian forces struck Kramatorsk and Druzhkovka overnight and fuel depots near "
            "Nikopol, the ministry said.",
            "Nikopol",
            NIKOPOL,
        ),
        (
            "Shelling was reported in Sloviansk and Kramatorsk. Across the front, artillery "
            "hit a school in Nikopol on Tuesday.",
            "Nikopol",
            NIKOPOL,
        ),
        (
            "Russian forces struck Kramatorsk and Druzhkovka overnight and fuel depots near "
            "Nikolayev, the ministry said.",
            "Nikolayev",
            MYKOLAIV,
        ),
        (
            "Air defences were active over Sloviansk and Kramatorsk. Missiles also hit the "
            "port of Nikolaev.",
            "Nikolaev",
            MYKOLAIV,
        ),
        (  # its own Russian name: the town by Sloviansk
            "Russian forces shelled Nikolayevka near Slavyansk and Kramatorsk.",
            "Nikolayevka",
            MYKOLAIVKA,
        ),
    ],
)
def test_a_city_keeps_its_name_against_a_namesake_near_the_front(gazetteer, text, name, truth):
    point = where(gazetteer, text)[name]
    assert point is not None and distance_km(point, truth) <= 20


def test_a_slavic_ka_suffix_makes_another_name():
    from geo.text.candidates import _diminutive_apart

    assert _diminutive_apart("nikolayev", "mykolaivka")
    assert _diminutive_apart("pokrovka", "pokrovsk")
    assert not _diminutive_apart("kremennaya", "kreminna")
    assert not _diminutive_apart("nikolayevka", "mykolaivka")

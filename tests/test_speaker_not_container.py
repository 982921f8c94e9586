"""A capital or country after a comma that then speaks is the speaker, not the place's
container: "Russian forces entered Pokrovsk, Moscow said" is Donetsk Oblast's Pokrovsk,
not Engels (called Pokrovsk until 1914) read inside Russia (tester33 V18)."""

from __future__ import annotations

import pytest

import geo

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian forces entered Pokrovsk, Moscow said.", "Pokrovsk"),
        ("Russian forces shelled Pokrov, Moscow said on Monday.", "Pokrov"),
        ("Russian troops captured Pervomaisk, Moscow claimed.", "Pervomaisk"),
    ],
)
def test_a_speaking_capital_after_a_comma_is_no_container(gazetteer, text, name):
    a = geo.analyze(text, gazetteer=gazetteer)
    (t,) = [t for t in a.toponyms if t.text == name]
    assert t.place is not None and t.place.country_code == "UA"


def test_a_region_container_followed_by_its_police_stays(gazetteer):
    a = geo.analyze("A cyclist was hurt near Guildford, Surrey Police said.", gazetteer=gazetteer)
    (t,) = [t for t in a.toponyms if t.text == "Guildford"]
    assert t.place.country_code == "GB"


@pytest.mark.parametrize(
    "text",
    [
        "Clashes erupted in Tripoli, Lebanon's second city, the army said.",
        "Shelling hit Tripoli, Lebanon's northern port city, overnight.",
    ],
)
def test_a_container_whose_possessive_describes_the_place_holds(gazetteer, text):
    a = geo.analyze(text, gazetteer=gazetteer)
    (t,) = [t for t in a.toponyms if t.text == "Tripoli"]
    assert t.place.country_code == "LB"  # not Libya's capital

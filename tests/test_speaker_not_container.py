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

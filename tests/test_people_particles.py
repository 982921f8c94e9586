"""A surname with a lower-case particle ("Alex de Waal", "Ursula von der Leyen") is a
person's, after a given name or a title, and so is its name alone later; a place named
with one ("Rio de Janeiro") is read whole."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse
from geo.text.people import particle_surname
from geo.text.tokens import tokenize

pytestmark = pytest.mark.gazetteer


def _names(gazetteer, text):
    return [t.text for t in geoparse(text, gazetteer) if t.place is not None]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Famine is spreading around El Fasher, said Alex de Waal of the World Peace "
            "Foundation. Waal said the siege was deliberate.",
            ["El Fasher"],
        ),
        ("Dr. de Waal, who has studied the war for decades, spoke in Nairobi.", ["Nairobi"]),
        ("Ursula von der Leyen flew to Kyiv on Tuesday.", ["Kyiv"]),
        ("Delegates met in Rio de Janeiro.", ["Rio de Janeiro"]),
        (
            "Track season.\nThe fastest man of the meeting in Andre De Grasse won in Toronto.",
            ["Toronto"],
        ),
        ("Delegates met in Rio De Janeiro.", ["Rio De Janeiro"]),
        ("Tourists flocked to Mar Del Plata.", ["Mar Del Plata"]),  # a name's own particle
        (
            "Hives are failing in Pennsylvania, said Dennis van Engelsdorp, a bee specialist.",
            ["Pennsylvania"],
        ),
        ("Fighting flared in Santiago de Cuba.", ["Santiago de Cuba"]),  # read whole
    ],
)
def test_a_particle_surname_is_no_place(gazetteer, text, places):
    assert _names(gazetteer, text) == places


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("said Alex de Waal", "Waal", True),
        ("said Mr. de Waal", "Waal", True),
        ("Ursula von der Leyen", "Leyen", True),
        ("the banks of the Waal", "Waal", False),  # no particle
        ("said Alex and de Waal", "Waal", False),  # the particle follows no given name
        ("floods in de Waal", "Waal", False),
        ("the sprinter Andre De Grasse", "Grasse", True),  # a capitalised particle
        ("the sprinter Andre De Grasse", "Andre", True),  # the given name before it
        ("the sprinter Andre De Grasse", "De", False),
        ("the town of De Grasse", "Grasse", False),  # no given name before the particle
        ("Andre DE GRASSE", "GRASSE", False),  # capitals: no particle's case to read
        ("floods in Santa Maria Da Feira", "Maria", False),  # a capitalised word before
        ("said Dennis van Engelsdorp", "Dennis", True),  # a given name before "van"
        ("said Dennis van der Berg", "Dennis", True),
        ("said Dennis van", "Dennis", False),  # no surname after the particle
        ("floods in Dennis and de Waal", "Dennis", False),  # no particle right after it
        ("said Laura Dennis van Berg", "Dennis", False),  # a capitalised word before
    ],
)
def test_particle_surname(text, word, expected):
    at = tokenize(text)
    i = next(k for k, t in enumerate(at) if t.text == word)
    assert particle_surname(text, at, i) is expected

"""A competition's name with a small word after its head ("the Vuelta a España", "Copa del
Rey", "the Coupe de France") names no place (geo.text.event_names).  Texts written for
these tests."""

import pytest

from geo.text.event_names import event_head, event_tail
from geo.text.geoparse import geoparse


def _names(gazetteer, text):
    return [t.text for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "name", "tail"),
    [
        ("He won the Vuelta a España last year.", "España", True),
        ("Lyon lifted the Coupe de France.", "France", True),
        ("She rode the Giro d'Italia twice.", "Italia", True),
        ("Juventus won the Coppa Italia.", "Italia", True),
        ("The Vuelta a Colombia passed Medellín.", "Colombia", True),
        ("They spent a holiday in España.", "España", False),
        ("A giro through Italia.", "Italia", False),  # lower case: no competition's head
    ],
)
def test_event_tail(text, name, tail):
    assert event_tail(text, text.index(name)) is tail


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        ("the Copa del Rey final", "Copa", True),
        ("the Copa America final", "Copa", True),
        ("the Giro d'Italia", "Giro", True),
        ("the Copa city council", "Copa", False),
        ("the Vuelta. Then", "Vuelta", False),
    ],
)
def test_event_head(text, head, expected):
    assert event_head(text, text.index(head) + len(head)) is expected


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He won the Vuelta a España last year.", []),
        ("Spain hosted the Copa del Rey final in Seville.", ["Spain", "Seville"]),
        ("The Vuelta a Colombia passed through Medellín.", ["Medellín"]),
        ("He rode the Giro d'Italia and finished in Verona.", ["Verona"]),
    ],
)
def test_a_competitions_name_is_no_place(gazetteer, text, expected):
    assert _names(gazetteer, text) == expected

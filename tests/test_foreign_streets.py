"""Streets named with their word first: French, Spanish, Italian, Catalan, Portuguese, and
Russian or Ukrainian in Cyrillic ("ул. Пушкина"): the name is no place of the text."""

import pytest

from geo.text.foreign_streets import in_foreign_street
from geo.text.geoparse import geoparse


def _in_street(text, name):
    start = text.index(name)
    return in_foreign_street(text, start, start + len(name), name.lower())


@pytest.mark.parametrize(
    ("text", "name", "street"),
    [
        ("Cafés line the Rue de Rivoli in Paris.", "Rivoli", True),
        ("Полтава, ул. Пушкина 64а", "Пушкина", True),
        ("Київ, вул.Хрещатик 22", "Хрещатик", True),  # no space after the abbreviation
        ("Офис на просп. Миру в Харькове.", "Миру", True),
        ("Обстрел по улица Сумская.", "Сумская", True),
        ("La rue du Stade est fermée.", "Stade", True),
        # the English order, a name before the street's word: the address's town after it
        ("Mail it to 80 Orchard Avenue Burlington, VT 05401.", "Burlington", False),
        # no street's word before the name: a place
        ("Ракета влучила в Пушкине.", "Пушкине", False),
        ("Полтава и Харьков", "Харьков", False),
    ],
)
def test_a_name_after_a_street_word(text, name, street):
    assert _in_street(text, name) is street


def test_a_cyrillic_street_name_is_no_town(gazetteer):
    """"ул. Пушкина": Pushkin Street of Poltava, not the town of Pushkin near St Petersburg."""
    tops = geoparse("Полтава, ул. Пушкина 64а", gazetteer)
    assert [t.text for t in tops] == ["Полтава"]
    assert [t.text for t in geoparse("Ракета влучила в Пушкине.", gazetteer)] == ["Пушкине"]

"""A name the text has placed stays a place when a body's or a person's name takes its
word up later ("Clifton is a city in Texas ... The Clifton Record ... Clifton was
founded"); a person read first keeps the word ("Shelby Foote ... Shelby said").

Every text here is written for these tests.
"""

import pytest

from geo.text.name_memory import NotPlaces
from geo.text.tokens import Mention


def test_placed_names_are_refused_by_the_memory():
    memory = NotPlaces()
    memory.add("smith")
    memory.placed_name("clifton")
    memory.add("clifton")
    assert "smith" in memory and "clifton" not in memory


def test_a_person_remembered_first_keeps_the_word():
    memory = NotPlaces()
    memory.add("shelby")
    memory.placed_name("shelby")
    assert "shelby" in memory  # only later words are refused


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("Clifton is a city in Bosque County, Texas.", True),  # a definition
        ("They moved to Belmont, North Carolina, in May.", True),  # a container after it
        ("Belmont Abbey College opened in May.", False),
        ("Clifton won the vote.", False),
    ],
)
def test_read_notes_a_definition_or_container(text, placed):
    memory = NotPlaces()
    at = text.index("Clifton") if "Clifton" in text else text.index("Belmont")
    name = text[at:].split()[0].strip(",")
    memory.read(text, Mention(at, at + len(name), name.lower(), 0, 0))
    memory.add(name.lower())
    assert (name.lower() not in memory) is placed


def test_read_notes_a_container():
    text = "They moved to Belmont, North Carolina, in May."
    at = text.index("Belmont")
    memory = NotPlaces()
    memory.read(text, Mention(at, at + 7, "belmont", 0, 0, containers=(("US", "NC"),)))
    memory.add("belmont")
    assert "belmont" not in memory


def _names(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [(t.text, t.start) for t in geoparse(text, gazetteer) if t.place is not None]


@pytest.mark.gazetteer
def test_a_town_stays_a_town_after_its_newspaper(gazetteer):
    text = (
        "Clifton is a city in Bosque County, Texas. The Clifton Record is its weekly "
        "newspaper. Clifton was founded in 1852 by families from Illinois."
    )
    found = [start for name, start in _names(gazetteer, text) if name == "Clifton"]
    assert text.rindex("Clifton") in found  # "Clifton was founded"


@pytest.mark.gazetteer
def test_a_town_stays_a_town_after_its_college(gazetteer):
    text = (
        "Belmont is a town in Gaston County, North Carolina. Belmont is home to "
        "Belmont Abbey College. Belmont lies between two rivers."
    )
    found = [start for name, start in _names(gazetteer, text) if name == "Belmont"]
    assert text.rindex("Belmont") in found  # "Belmont lies between two rivers"

"""A name the text has placed stays a place when a body's or a person's name takes its
word up later ("Gatesville is a city in Texas ... The Gatesville Messenger ...
Gatesville was settled"); a person read first keeps the word.

Every text here is written for these tests.
"""

import pytest

from geo.text.name_memory import NotPlaces
from geo.text.tokens import Mention


def test_placed_names_are_refused_by_the_memory():
    memory = NotPlaces()
    memory.add("smith")
    memory.placed_name("gatesville")
    memory.add("gatesville")
    assert "smith" in memory and "gatesville" not in memory


def test_a_person_remembered_first_keeps_the_word():
    memory = NotPlaces()
    memory.add("shelby")
    memory.placed_name("shelby")
    assert "shelby" in memory  # only later words are refused


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("Gatesville is a city in Coryell County, Texas.", True),  # a definition
        ("They moved to Mooresville, North Carolina, in May.", True),  # a container
        ("Mooresville Christian Academy opened in May.", False),
        ("Gatesville won the vote.", False),
    ],
)
def test_read_notes_a_definition_or_container(text, placed):
    memory = NotPlaces()
    at = text.index("Gatesville") if "Gatesville" in text else text.index("Mooresville")
    name = text[at:].split()[0].strip(",")
    memory.read(text, Mention(at, at + len(name), name.lower(), 0, 0))
    memory.add(name.lower())
    assert (name.lower() not in memory) is placed


def test_read_notes_a_container():
    text = "They moved to Mooresville in May."
    at = text.index("Mooresville")
    memory = NotPlaces()
    memory.read(text, Mention(at, at + 11, "mooresville", 0, 0, containers=(("US", "NC"),)))
    memory.add("mooresville")
    assert "mooresville" not in memory


def _names(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [(t.text, t.start) for t in geoparse(text, gazetteer) if t.place is not None]


@pytest.mark.gazetteer
def test_a_town_stays_a_town_after_its_newspaper(gazetteer):
    text = (
        "Gatesville is a city in Coryell County, Texas. The Gatesville Messenger is its "
        "weekly newspaper. Gatesville was settled in 1854."
    )
    found = [start for name, start in _names(gazetteer, text) if name == "Gatesville"]
    assert text.rindex("Gatesville") in found  # "Gatesville was settled"


@pytest.mark.gazetteer
def test_a_town_stays_a_town_after_its_paper_in_north_carolina(gazetteer):
    text = (
        "Mooresville is a town in Iredell County, North Carolina. The Mooresville "
        "Tribune covers it. Mooresville lies near a lake."
    )
    found = [start for name, start in _names(gazetteer, text) if name == "Mooresville"]
    assert text.rindex("Mooresville") in found  # "Mooresville lies near a lake"

"""A block of capitals (six letters or more) right before a name is no person's given
name ("AAAAAAAAAA Kharkiv was hit", a scraper's garble; "XINHUA Kherson", an agency's
name): the name is the place's. A name in capitals ("JOHN SMITH"), an acronym before a
site's name ("NASA Langley") and a given name before a name stay as they were; the town
of a country named after it stays a place; so does a country, a region or a city of
300,000 after an acronym, the body's branch there ("KPMG Ireland", "CTV Vancouver")."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def _names(gazetteer, text):
    return [t.text for t in geoparse(text, gazetteer) if t.place is not None]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("AAAAAAAAAA Kharkiv was hit by drones, the governor said.", ["Kharkiv"]),
        ("XINHUA Kherson came under shelling overnight.", ["Kherson"]),
        ("QQQQQQ Odesa port was struck by missiles.", ["Odesa"]),
        ("BREAKING Kharkiv was hit by drones.", ["Kharkiv"]),
        ("NATO Kharkiv was hit by drones.", ["Kharkiv"]),
        # an acronym's branch or seat named by its country, region or city
        ("A spokesman for KPMG Ireland said the deal was done.", ["Ireland"]),
        ("She told CTV Vancouver the road was shut.", ["Vancouver"]),
        ("Staff at UNHCR Kenya said more families arrived.", ["Kenya"]),
        ("He told ABC Chicago that the line was long.", ["Chicago"]),
    ],
)
def test_capitals_before_a_name_keep_the_place(gazetteer, text, places):
    assert _names(gazetteer, text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Michael Jordan scored 40 points in Chicago.", ["Chicago"]),
        ("JOHN SMITH said the shelling went on.", []),
        ("Fans cheered as JERRY Jones arrived.", []),  # a short block, a surname no place
        ("He was director of the NASA Langley Research Center.", []),  # an acronym's site
        ("Tickets went fast, JR Smith said.", []),  # initials before a surname
    ],
)
def test_a_person_stays_a_person(gazetteer, text, places):
    assert _names(gazetteer, text) == places


def test_capitals_inside_a_run_of_capitalised_words_are_a_name_s(gazetteer):
    """"Immokalee TIGER Grant Event": the capitals are inside a name (a grant's), so
    Grant is no place and Immokalee stays one."""
    text = "Diaz-Balart Speaks at Immokalee TIGER Grant Event. Immokalee won the grant."
    assert _names(gazetteer, text) == ["Immokalee", "Immokalee"]

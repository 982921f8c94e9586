"""A name read by spelling only, far from the story's places, stays unplaced
(geo.text.far_spellings)."""

from __future__ import annotations

import logging

import pytest

from geo.text.far_spellings import far_spellings
from geo.text.tokens import Mention


def record(gaz, name, kind, cc):
    for c in gaz.lookup(name):
        if gaz.kind(c.record) == kind and gaz.country_code(c.record) == cc:
            return c.record
    raise AssertionError(name)


def story(gaz, named, spelt):
    """Mentions and their readings: ``named`` read by their names, ``spelt`` by spelling
    (name, record)."""
    mentions, resolved = [], []
    for i, (name, kind, cc) in enumerate(named):
        mentions.append(Mention(i * 10, i * 10 + 5, name.lower(), i, i))
        resolved.append((record(gaz, name, kind, cc), 1.0))
    for j, (key, rec) in enumerate(spelt, start=len(named)):
        mentions.append(Mention(j * 10, j * 10 + 5, key, j, j, fuzzy=True))
        resolved.append((rec, 0.8))
    return mentions, resolved


INDIA = [("Leh", "place", "IN"), ("Ladakh", "admin1", "IN"), ("Tawang", "place", "IN")]


@pytest.mark.gazetteer
def test_a_spelling_far_from_the_story_is_left_unplaced_and_warned(gazetteer, caplog):
    far = record(gazetteer, "Nangong", "place", "CN")
    mentions, resolved = story(gazetteer, INDIA, [("pangong", far)])
    repeat = Mention(90, 95, "pangong", 9, 9, repeat=True)
    with caplog.at_level(logging.WARNING, logger="geo"):
        out = far_spellings(gazetteer, [*mentions, repeat], [*resolved, (far, 0.8)])
    assert out[3] == (None, 0.0) and out[4] == (None, 0.0)  # the repeat goes with it
    assert out[:3] == resolved[:3]
    assert any("'pangong' unplaced" in r.getMessage() for r in caplog.records)


@pytest.mark.gazetteer
def test_a_spelling_inside_a_region_the_text_names_keeps_its_place(gazetteer):
    near = record(gazetteer, "Kargil", "place", "IN")  # in Ladakh, 200 km from Leh
    mentions, resolved = story(gazetteer, INDIA, [("kargill", near)])
    assert far_spellings(gazetteer, mentions, resolved)[3] == (near, 0.8)


@pytest.mark.gazetteer
def test_capitals_and_world_cities_are_no_story_places(gazetteer):
    # A spelling near the capital where people speak, far from the story's places.
    gawan = record(gazetteer, "Gawan", "place", "IN")
    named = [*INDIA, ("New Delhi", "place", "IN"), ("Beijing", "place", "CN")]
    mentions, resolved = story(gazetteer, named, [("galwan", gawan)])
    assert far_spellings(gazetteer, mentions, resolved)[-1] == (None, 0.0)


@pytest.mark.gazetteer
def test_one_story_place_is_no_frame(gazetteer):
    far = record(gazetteer, "Nangong", "place", "CN")
    mentions, resolved = story(gazetteer, INDIA[:1], [("pangong", far)])
    assert far_spellings(gazetteer, mentions, resolved)[-1] == (far, 0.8)


@pytest.mark.gazetteer
def test_a_spelling_near_the_story_keeps_its_place(gazetteer):
    town = record(gazetteer, "Kramatorsk", "place", "UA")
    named = [("Sloviansk", "place", "UA"), ("Druzhkivka", "place", "UA")]
    mentions, resolved = story(gazetteer, named, [("kramatrosk", town)])
    assert far_spellings(gazetteer, mentions, resolved)[-1] == (town, 0.8)

"""The words read after a place name are written once: an outlet's head word
(geo.text.agents.OUTLET_HEADS, read by the metonymy rules and by claims.context) and a
city part's word (geo.text.city_openers.PART_WORDS, read by city_openers and city_parts).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from geo.text import city_openers, city_parts
from geo.text.agents import BUILDING_HEADS, OUTLET_HEADS, names_an_agent
from geo.text.claims.context import in_outlet_name


def _at(text, name):
    s = text.index(name)
    return s, s + len(name)


def _name(text):
    return text.split()[1] if text.startswith(("The ", "A ")) else text.split()[0]


@pytest.mark.parametrize(
    "text",
    [
        "Rossiya TV showed the footage.",  # a broadcaster: claims.context reads it too
        "The Kharkiv Insider said the power was out.",
        "The Kyiv Independent reported new strikes.",
    ],
)
def test_an_outlet_named_by_a_place_is_an_agent_and_no_place_of_a_claim(text):
    s, e = _at(text, _name(text))
    assert names_an_agent(text, s, e)
    assert in_outlet_name(text, SimpleNamespace(start=s, end=e))


@pytest.mark.parametrize(
    "text",
    [
        "The Moscow Times reported new strikes.",
        "A Kyiv Post reporter saw the damage.",
        "Visitors see the Eureka Sentinel Museum in the old newspaper building.",
    ],
)
def test_a_masthead_that_also_names_buildings_is_no_claims_place_but_stays_a_place(text):
    name = _name(text) if not text.startswith("Visitors") else "Eureka"
    s, e = _at(text, name)
    assert not names_an_agent(text, s, e)  # "the Eureka Sentinel Museum" lies in Eureka
    assert in_outlet_name(text, SimpleNamespace(start=s, end=e))


def test_the_head_words_are_one_list():
    assert len(set(OUTLET_HEADS)) == len(OUTLET_HEADS)
    assert set(OUTLET_HEADS) > BUILDING_HEADS


@pytest.mark.parametrize("word", ["district", "raion", "rayon", "neighborhood", "quarter"])
def test_a_city_parts_word_closes_a_list_and_follows_one_name(word):
    assert city_openers.PART_LIST_AFTER.match(f" and Saltivskyi {word}s")
    assert city_parts._PART_AFTER.match(f" {word}")


@pytest.mark.parametrize("word", ["suburb", "municipality", "refugee camp"])
def test_a_place_parts_word_follows_one_name_but_closes_no_list(word):
    assert city_parts._PART_AFTER.match(f" {word}")
    assert not city_openers.PART_LIST_AFTER.match(f" and Saltivskyi {word}s")

"""An everyday word is no large city for an alternate name of it: "Can" is Guangzhou,
"Got" Gothenburg, "Ask" Yamoussoukro only in other languages, so their population does
not keep the word a place where an everyday word would be dropped.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.candidates import own_population
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "“Can you fix the roof before winter?” she asked.",
        "Fans wore “Got milk?” shirts to the game.",
        "He stood beside an “Ask the Expert” sign all afternoon.",
    ],
)
def test_an_everyday_word_with_a_big_citys_other_name_is_no_place(gazetteer, text):
    assert [t.text for t in geoparse(text, gazetteer)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reading is a large town in Berkshire.", "Reading"),
        ("Flights to Seoul resumed on Monday.", "Seoul"),
    ],
)
def test_a_citys_own_name_stays(gazetteer, text, name):
    assert name in [t.text for t in geoparse(text, gazetteer)]


def test_own_population_counts_own_names_and_aliases_only(gazetteer):
    can = gazetteer.lookup_normalized("can")
    assert max(gazetteer.population(c.record) for c in can) > 1_000_000  # Guangzhou's
    assert own_population(gazetteer, can) < 100_000

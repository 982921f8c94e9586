"""A part of a city defined with a gloss after its word ("X is a barrio (a district) of
Montevideo") or as "the" part ("X is the inner city barrio of Montevideo") lies in
that city too.

Every text here is written for these tests.
"""

import pytest

from geo.text.suburbs import _DEFINED_PART


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Pocitos is a barrio (a district) of Montevideo, by the river.", "Montevideo"),
        ("Pocitos is the inner city barrio of Montevideo.", "Montevideo"),
        ("Pocitos was the oldest quarter (then a village) of Montevideo.", "Montevideo"),
    ],
)
def test_a_gloss_or_the_part_leads_up_to_the_city(text, city):
    found = _DEFINED_PART.match(text, len("Pocitos"))
    assert found is not None and text[found.end() :].startswith(city)


@pytest.mark.parametrize(
    "text",
    [
        "Pocitos is the capital of the department.",  # no part's word
        "Pocitos is the (old) seat of the county.",
    ],
)
def test_no_part_word_no_part(text):
    assert _DEFINED_PART.match(text, len("Pocitos")) is None

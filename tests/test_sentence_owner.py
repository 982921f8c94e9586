"""A landform-like "the X" read abroad while its sentence names only another country is
left without a place (geo.text.sentence_owner).

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

STORY = (
    "KINGSTON - Flooding cut roads between Mandeville and Montego Bay, and crews in "
    "Negril cleared fallen trees on Tuesday. The storm then crossed eastern Cuba near "
    "Santiago de Cuba, forecasters in Miami said, and aid came from Panama.\n\n"
)


def read(text, gazetteer):
    return {t.text: t for t in geoparse(text, gazetteer)}


@pytest.mark.gazetteer
def test_the_x_of_a_one_country_sentence_is_not_read_abroad(gazetteer):
    text = STORY + "Jamaica's weather office said rain in the Blue Mountains could top 30 inches."
    t = read(text, gazetteer)["Blue Mountains"]
    assert t.place is None or t.place.country_code == "JM"


@pytest.mark.gazetteer
def test_a_sentence_that_names_the_place_country_keeps_it(gazetteer):
    text = STORY + (
        "Hikers from Jamaica were lost in the Blue Mountains west of Sydney, Australian "
        "police said."
    )
    t = read(text, gazetteer)["Blue Mountains"]
    assert t.place is not None and t.place.country_code == "AU"

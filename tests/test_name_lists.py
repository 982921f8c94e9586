"""A name listed after a name that recognition read shorter than written is still listed
("through Kerem Shalom and Zikim": "Kerem" read alone, spelt like a place; Zikim the
index's Ziqim by its other romanisation; geo.text.name_lists).  Texts written for these
tests."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def test_a_name_after_a_two_word_name_the_index_lacks_is_listed(gazetteer):
    found = {
        t.text: t
        for t in geoparse(
            "Fuel trucks crossed through Kerem Shalom and Zikim before the gates shut.",
            gazetteer,
        )
    }
    assert found["Zikim"].place is not None
    assert found["Zikim"].place.country_code == "IL"


def test_a_name_after_a_persons_name_is_not_listed(gazetteer):
    # A capitalised run that is no place's name before the gap: no list of places.
    found = {t.text for t in geoparse("The talks between John Smith and Zikim stalled.", gazetteer)}
    assert "Zikim" not in found

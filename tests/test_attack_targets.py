"""What Russian forces shell lies in Ukraine (geo.text.attack_targets)."""

import pytest

from geo.text.attack_targets import mark_attack_targets
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def countries(gazetteer, text):
    """{surface: country code of its place} (the last mention of each)."""
    return {t.text: t.place and t.place.country_code for t in geoparse(text, gazetteer)}


def test_the_object_of_a_russian_attack_is_read_in_ukraine(gazetteer):
    # Semenovka of Bryansk Oblast is larger than Poltava Oblast's Semenivka.
    got = countries(gazetteer, "Russian forces shelled Semenovka and nearby villages on Monday.")
    assert got["Semenovka"] == "UA"


def test_the_names_listed_after_the_object_are_too(gazetteer):
    got = countries(
        gazetteer, "Russian drones struck Belogorye, Monastyrishche and Russkaya Polyana overnight."
    )
    assert got == {"Belogorye": "UA", "Monastyrishche": "UA", "Russkaya Polyana": "UA"}


def test_a_ukrainian_attack_or_no_attack_says_nothing(gazetteer):
    got = countries(gazetteer, "Ukrainian drones struck Belogorye and Monastyrishche overnight.")
    assert got["Monastyrishche"] != "UA"
    got = countries(gazetteer, "Officials in Monastyrishche said the harvest was good.")
    assert got["Monastyrishche"] != "UA"


def test_only_a_mention_with_candidates_elsewhere_is_marked(gazetteer):
    from geo.text.recognition import find_mentions

    text = "Russian troops attacked the village of Semenovka; Kramatorsk was quiet."
    mentions = find_mentions(text, gazetteer)
    mark_attack_targets(text, gazetteer, mentions)
    marked = {text[m.start : m.end]: m.front for m in mentions}
    assert marked["Semenovka"]
    assert all(gazetteer.country_code(r) == "UA" for r in marked["Semenovka"])
    assert not marked["Kramatorsk"]

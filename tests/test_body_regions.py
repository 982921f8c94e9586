"""A police force or fire service named with a region's bare name is the region's, and
the region is evidence for the text's other places (geo.text.body_regions).

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse


def read(text, gazetteer):
    return {t.text: t for t in geoparse(text, gazetteer)}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        ("A cyclist was hurt near Guildford, Surrey Police said on Friday.", "Guildford", "GB"),
        ("Surrey Constabulary officers searched woods outside Guildford.", "Guildford", "GB"),
        ("Victoria Police divers searched the river near Geelong.", "Victoria", "AU"),
        ("A spokesman for Victoria Police said the driver fled.", "Victoria", "AU"),
    ],
)
def test_a_force_named_after_a_region_reads_the_region(gazetteer, text, name, cc):
    assert read(text, gazetteer)[name].place.country_code == cc


@pytest.mark.gazetteer
def test_the_force_name_is_the_region(gazetteer):
    t = read("Kent Police closed the motorway overnight.", gazetteer)["Kent"]
    assert t.place.kind == "admin1" and t.place.country_code == "GB" and t.cue == "region"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        # a city's own force, named with a word of its own
        "Surrey Police Service officers attended a crash in Guildford.",
        # a city that lies in the region of its name: left to resolution
        "New York Police said a man was shot in Brooklyn.",
        # a city of the name in the region's country; a name placed by its container
        "London Police said the suspect fled on foot.",
        "LONDON, Ky. (AP) - London Police arrested two men after a store robbery.",
    ],
)
def test_a_city_force_is_left(gazetteer, text):
    for t in geoparse(text, gazetteer):
        if t.text.lower() in ("surrey", "new york", "london"):
            assert t.cue != "region" and t.place.kind != "admin1"

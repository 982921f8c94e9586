"""A name followed by its country ("X, Jamaica", "X in southwestern Jamaica") is read in
that country, the country's name is the country, and a state listed with countries is
the state (geo.text.stated_country_names, geo.text.country_lists).

Texts written for these tests.
"""

from __future__ import annotations

import logging

import pytest

from geo.text.geoparse import geoparse


def read(text, gazetteer):
    return {t.text: t for t in geoparse(text, gazetteer)}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "The storm came ashore near New Hope, Jamaica, early on Tuesday.",
        "The storm came ashore near New Hope in southwestern Jamaica on Tuesday.",
    ],
)
def test_a_name_the_country_lacks_is_estimated_in_the_stated_country(gazetteer, text):
    t = read(text, gazetteer)
    assert t["Jamaica"].place.kind == "country" and t["Jamaica"].place.country_code == "JM"
    hope = t["New Hope"]
    assert hope.estimated and hope.place.country_code == "JM"


@pytest.mark.gazetteer
def test_a_namesake_in_the_stated_country_is_taken(gazetteer):
    # Kingston is a place of Jamaica and of many other countries
    t = read("Crews restored power in Kingston, Jamaica, on Friday.", gazetteer)
    assert t["Kingston"].place.country_code == "JM" and not t["Kingston"].estimated


@pytest.mark.gazetteer
def test_a_large_country_leaves_the_name_unplaced_with_a_warning(gazetteer, caplog):
    with caplog.at_level(logging.WARNING):
        t = read("Flooding hit New Hope, Brazil, after days of rain.", gazetteer)
    assert t["Brazil"].place.kind == "country"
    hope = t.get("New Hope")
    assert hope is None or hope.place is None or hope.place.country_code == "BR"
    assert hope is None or hope.place is not None or "Brazil" in caplog.text


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Rain fell across northern Jamaica overnight.",
        "Aid reached families in south-western Jamaica and in Haiti.",
    ],
)
def test_a_country_after_a_compass_word_is_the_country(gazetteer, text):
    assert read(text, gazetteer)["Jamaica"].place.kind == "country"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        ("Shelling hit Kharkiv, Russia said on Monday.", "Kharkiv", "UA"),  # the country speaks
        ("Residents of Lebanon, Tennessee, voted on Tuesday.", "Lebanon", "US"),  # a state
        ("He moved from Lebanon in Ohio to Dayton.", "Lebanon", "US"),
    ],
)
def test_no_stated_country(gazetteer, text, name, cc):
    t = read(text, gazetteer)[name]
    assert t.place.country_code == cc and not t.estimated


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "kind", "cc"),
    [
        ("Crews from Oregon, Mexico and Canada joined the fight near Toledo in Ohio.",
         "Oregon", "admin1", "US"),
        ("Teams from Bavaria, Austria and Switzerland met in Munich.", "Bavaria", "admin1", "DE"),
        ("Delegates from Paris, Poland and Germany met.", "Paris", "place", "FR"),  # a city
    ],
)  # fmt: skip
def test_a_state_listed_with_countries_is_the_state(gazetteer, text, name, kind, cc):
    t = read(text, gazetteer)[name]
    assert t.place.kind == kind and t.place.country_code == cc


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Raka is a village in eastern Slovenia.", "Raka", "SI"),
        ("Bane is a village in Lebanon, high above the Qadisha valley.", "Bane", "LB"),
        ("Bane, a village in Lebanon, lies above the Qadisha valley.", "Bane", "LB"),
        ("Raka was a village in Slovenia until it merged with Krško.", "Raka", "SI"),
    ],
)
def test_a_definition_s_country_places_a_name_it_lacks(gazetteer, text, name, country):
    """A definition that states a country alone places the name there, estimated in a
    small country, never at a namesake abroad (Ar Raqqah, Syria; Baneh, Iran)."""
    t = read(text, gazetteer)[name]
    assert t.place is not None and t.place.country_code == country and t.estimated


@pytest.mark.gazetteer
def test_a_definition_s_large_country_leaves_a_name_it_lacks_unplaced(gazetteer):
    t = read("Ngoma is a town in Zambia.", gazetteer)["Ngoma"]
    assert t.place is None or t.place.country_code == "ZM"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Auburn is a city in Barrow County in the U.S. state of Georgia.", "Auburn", "US"),
        ("Gori is a city in Georgia, on the Mtkvari river.", "Gori", "GE"),
    ],
)
def test_a_definition_s_state_named_like_a_country_is_not_forced(gazetteer, text, name, region):
    assert read(text, gazetteer)[name].place.country_code == region


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "container", "country"),
    [
        ("Malaba, Uganda is a town in Tororo District, near Kenya.", "Uganda", "UG"),
        ("Paris, Texas is a city in Lamar County.", "Texas", "US"),
    ],
)
def test_a_container_before_a_definition_is_not_defined(gazetteer, text, container, country):
    """"Malaba, Uganda is a town in Tororo District": the town is in Tororo; Uganda
    stays the country."""
    t = read(text, gazetteer)[container]
    assert t.place is not None and t.place.country_code == country and not t.estimated

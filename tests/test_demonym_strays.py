"""A small place abroad that a name reaches only by another name, against the demonyms of
its paragraph (geo.text.demonym_strays), and a country name after which a region is
stated (geo.text.definitions).  Texts written for these tests."""

from __future__ import annotations

import pytest

from geo.text.demonym_strays import paragraph_demonyms
from geo.text.geoparse import geoparse


def places(gazetteer, text):
    """{surface: (kind, country code), or None when left without a place}."""
    return {
        t.text: ((t.place.kind, t.place.country_code) if t.place is not None else None)
        for t in geoparse(text, gazetteer)
    }


def test_paragraph_demonyms_reads_one_and_two_word_demonyms():
    text = "Israeli jets struck; Sri Lankan and Lebanese media said. Kyiv was calm."
    assert paragraph_demonyms(text, 0, len(text)) == frozenset({"IL", "LK", "LB"})
    assert paragraph_demonyms("Kyiv was calm.", 0, 14) == frozenset()


@pytest.mark.gazetteer
def test_a_far_village_reached_by_another_romanisation_is_no_reading(gazetteer):
    # GeoNames lacks Shebaa; its letters written the French way reach Tunisia's Chebba.
    text = "Israeli jets struck north of the river, near Khiam and Shebaa, Lebanese media said."
    found = places(gazetteer, text)
    assert found["Shebaa"] is None
    assert found.get("Khiam") is None  # not estimated beside Chebba either


@pytest.mark.gazetteer
def test_without_demonyms_the_reading_stays(gazetteer):
    # Nothing in the text speaks against the Tunisian town (the rule needs demonyms).
    assert places(gazetteer, "Shelling hit the outskirts of Shebaa overnight.")["Shebaa"] == (
        "place",
        "TN",
    )


@pytest.mark.gazetteer
def test_a_reading_in_a_neighbour_of_the_demonyms_country_stays(gazetteer):
    # Ukraine borders Russia: "Russian drones" speak for it, however far the town.
    found = places(gazetteer, "Russian drones struck Kharkov overnight, officials said.")
    assert found["Kharkov"] == ("place", "UA")


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "The TNLA said it had blocked the road between Mandalay and Muse, the main border "
        "crossing to China in northern Shan state.",
        "Muse is the main border crossing to China in northern Shan state.",
    ],
)
def test_a_country_before_a_stated_region_stays_the_country(gazetteer, text):
    assert places(gazetteer, text)["China"] == ("country", "CN")


@pytest.mark.gazetteer
def test_a_country_that_borders_no_country_of_the_region_is_not_kept(gazetteer):
    # "New Georgia in the Western Province of the Solomon Islands": no Caucasus country.
    text = (
        "Munda is the largest settlement on the island of New Georgia in the Western "
        "Province of the Solomon Islands."
    )
    assert places(gazetteer, text)["Georgia"] != ("country", "GE")


@pytest.mark.gazetteer
def test_an_everyday_word_is_left_to_the_everyday_rule(gazetteer):
    # "Duke" is a word first: the demonyms' rule leaves it to geo.text.everyday_strays.
    from geo.text.demonym_strays import _everyday
    from geo.text.tokens import Mention

    assert _everyday(gazetteer, Mention(0, 4, "duke", 0, 0))
    assert not _everyday(gazetteer, Mention(0, 6, "shebaa", 0, 0))

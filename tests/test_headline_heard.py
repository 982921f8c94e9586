"""A headline that hears explosions in a place names the city, whatever region of that
name the body names (geo.text.headline).  Every text here is written for these tests."""

import pytest

from geo.text.geoparse import geoparse


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ukraine war live: Kharkiv hit by glide bombs; explosions reported in Zaporizhzhia"
            "\n\nGlide bombs hit Kharkiv overnight. The governor of Zaporizhzhia Oblast said "
            "two people were injured in Polohy district.",
            "Zaporizhzhia",
        ),
        (
            "Blasts heard in Zaporizhzhia as drones target power grid\n\nAir defence was "
            "active over Zaporizhzhia Oblast overnight, the regional governor said.",
            "Zaporizhzhia",
        ),
        (
            "Explosions rock Kherson as Russia targets power grid\n\nAir defence was active "
            "over Kherson Oblast overnight, the regional governor said.",
            "Kherson",
        ),
        (
            "Odesa rocked by blasts; debris falls on port\n\nDrones attacked Odesa Oblast "
            "overnight, its governor said.",
            "Odesa",
        ),
    ],
)
def test_explosions_heard_in_a_headline_name_the_city(gazetteer, text, name):
    head = [t for t in geoparse(text, gazetteer) if t.text == name and t.end <= text.index("\n")]
    assert head and head[0].place and head[0].place.kind == "place"


@pytest.mark.gazetteer
def test_a_headline_region_without_explosions_follows_the_body(gazetteer):
    text = (
        "Governor warns of evacuations in Zaporizhzhia\n\nThe governor of Zaporizhzhia "
        "Oblast said families in frontline villages should leave."
    )
    head = [t for t in geoparse(text, gazetteer) if t.text == "Zaporizhzhia"]
    assert head and head[0].place and head[0].place.kind == "admin1"

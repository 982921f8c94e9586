"""Villages the gazetteer lacks on a front line: a sector named after a town places them
around a place its paragraph names near the town, not on the town (geo.text.direction_partners)."""

from __future__ import annotations

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

KRAMATORSK = (48.7311, 37.5678)
CHASIV_YAR = (48.5877, 37.8341)
KOSTIANTYNIVKA = (48.5277, 37.7069)
IVANOPILLIA = (48.4733, 37.7633)


def _places(gazetteer, text):
    return {
        t.text: (t.place.lat, t.place.lon) for t in geoparse(text, gazetteer) if t.place is not None
    }


@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        (
            "In the Kramatorsk direction, the enemy stormed Ukrainian lines near Stupochky and"
            " Predtechyne. Both villages are a short drive south of Chasiv Yar.",
            "Stupochky",
            CHASIV_YAR,
        ),
        (
            "On the Kramatorsk axis, Russian assault groups attacked Predtechyne and"
            " Markove. Chasiv Yar, to the north, was shelled all day.",
            "Predtechyne",
            CHASIV_YAR,
        ),
        (
            "On the Kostiantynivka axis, Ukrainian units repelled attacks near Pleshchiivka"
            " and Oleksandro-Shultyne, a few kilometres from Ivanopillia.",
            "Oleksandro-Shultyne",
            IVANOPILLIA,
        ),
    ],
)
def test_a_sectors_village_lies_by_its_paragraphs_place(gazetteer, text, name, near):
    where = _places(gazetteer, text)[name]
    assert distance_km(where, near) < 1
    assert distance_km(where, KRAMATORSK) > 15 or near == IVANOPILLIA


def test_a_districts_village_stays_by_the_districts_town(gazetteer):
    # "In Korenevo district": its villages lie in the district, not by the town its
    # sentence names next (Rylsk, outside it).
    text = (
        "In Korenevo district, fighting was reported near Olgovka and Nikolayevo-Darino,"
        " and a glide bomb fell on the outskirts of Rylsk."
    )
    assert distance_km(_places(gazetteer, text)["Olgovka"], (51.4106, 34.9001)) < 1


def test_a_sector_with_no_partner_keeps_its_town(gazetteer):
    text = "In the Kramatorsk direction, Russian troops attacked near Stupochky."
    assert distance_km(_places(gazetteer, text)["Stupochky"], KRAMATORSK) < 1


BERYSLAV = (46.8385, 33.4266)


@pytest.mark.parametrize(
    "text",
    [
        "Russian artillery shelled Zmiivka in the Beryslav district overnight.",
        "A tractor driver was wounded when mortars hit Zmiivka in Beryslav district.",
        "Drones dropped explosives on Zmiivka on the right bank in Beryslav district.",
        "Officials said Zmiivka, in the Beryslav raion, had no power.",
    ],
)
def test_a_lone_village_with_its_district_is_estimated_in_it(gazetteer, text):
    # The gazetteer lacks Zmiivka: estimated at its district's centre, not dropped.
    assert distance_km(_places(gazetteer, text)["Zmiivka"], BERYSLAV) < 1


def test_people_in_a_district_are_no_village(gazetteer):
    text = "Officials in the Beryslav district said Police in Beryslav district were busy."
    assert set(_places(gazetteer, text)) == {"Beryslav"}


DVORICHNA = (49.8510, 37.6848)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops shelled Dvorichna in Kharkiv Oblast on Monday. They also attacked"
        " Kolodiazne and Kamianka.",
        "A drone hit a shop in Dvorichna, the governor said. Assault groups tried to reach"
        " Kamianka and Kolodiazne overnight and were repelled.",
        "Fighting raged near Dvorichna all week; Russian infantry stormed Kolodiazne and"
        " Kamianka on Friday.",
    ],
)
def test_far_namesakes_of_a_pair_yield_to_the_place_before(gazetteer, text):
    # cities500 holds both names only in Crimea, 30 km apart and 500 km from Dvorichna.
    places = _places(gazetteer, text)
    assert distance_km(places["Kolodiazne"], DVORICHNA) < 40
    assert distance_km(places["Kamianka"], DVORICHNA) < 40


@pytest.mark.parametrize(
    "text",
    [
        # The text turns to Crimea itself.
        "Ukrainian drones hit Dvorichna overnight. In Crimea, explosions were heard near"
        " Kolodiazne and Kamianka.",
        # The place before is no front place ("Moscow's Defence Ministry").
        "Moscow's Defence Ministry said its troops had attacked Kolodiazne and Kamianka.",
    ],
)
def test_a_pair_the_text_puts_elsewhere_stays(gazetteer, text):
    places = _places(gazetteer, text)
    assert distance_km(places["Kolodiazne"], DVORICHNA) > 300

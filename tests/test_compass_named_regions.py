"""A region named by compass words alone ("the Northeast region", "Northeastern", "the
Northern Region") is the text's own part of its country, not the region of that name
abroad (Iceland's Northeastern Region, Ghana's Northern Region): a definition takes no
container from it unless a place follows it ("the Northern Region of Malta"), and the
toponym is dropped where the text speaks of nothing in that far country, cue or no cue."""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse
from geo.text.recognition import find_mentions

pytestmark = pytest.mark.gazetteer


def _read(gazetteer, text):
    return [
        (t.text, None if t.place is None else t.place.country_code)
        for t in geoparse(text, gazetteer)
    ]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Natal is a port city of Brazil. Natal is one of the larger cities in the "
            "Northeast region, with Recife and Maceio.",
            "Natal",
            "BR",
        ),
        (
            "Kumasi lies in Ghana. Kumasi is one of the oldest cities in the Southern "
            "Region beside Accra.",
            "Kumasi",
            "GH",
        ),
    ],
)
def test_a_definition_in_a_bare_compass_region_keeps_the_town(gazetteer, text, name, country):
    read = _read(gazetteer, text)
    assert [cc for t, cc in read if t == name] == [country, country]


def test_a_bare_compass_region_gives_a_definition_no_container(gazetteer):
    text = "Recife is one of the largest cities in the Northeast region of the coast."
    mention = next(m for m in find_mentions(text, gazetteer) if m.key == "recife")
    assert not mention.containers


def test_a_compass_region_followed_by_its_place_still_contains(gazetteer):
    text = "Dale is a village in Laurel County in the Eastern Region of Kentucky."
    mention = next(m for m in find_mentions(text, gazetteer) if m.key == "dale")
    assert {cc for cc, _ in mention.containers} == {"US"}


@pytest.mark.parametrize(
    "text",
    [
        "Salvador is the capital of Bahia, located in Northeastern Brazil.",
        "Mdina is a town in the Northern Region of Malta, near Rabat.",
        "Sobral grew quickly. Drought hit farms in the Northeast region of Brazil.",
    ],
)
def test_a_far_compass_region_with_a_cue_is_dropped(gazetteer, text):
    read = _read(gazetteer, text)
    assert all(cc not in ("IS", "GH") for _, cc in read), read
    assert all(cc in ("BR", "MT") for t, cc in read if t.startswith("North")), read


def test_a_compass_region_of_the_text_s_country_is_kept(gazetteer):
    text = "Tamale is the largest town of Ghana's Northern Region. Floods hit the Northern Region."
    read = _read(gazetteer, text)
    assert read.count(("Northern Region", "GH")) == 2


def test_a_region_named_upper_or_lower_is_no_compass_part(gazetteer):
    """"Upper East" is Ghana's region, not a compass part of the text's country."""
    text = "Navrongo is a small town in Upper East region, lying north of Bolgatanga."
    mention = next(m for m in find_mentions(text, gazetteer) if m.key == "navrongo")
    assert {cc for cc, _ in mention.containers} == {"GH"}

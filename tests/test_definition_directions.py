"""A definition's direction phrase names an anchor, not a container; a defined place's
later bare mentions stay that place; a metropolis's defined suburb may lie far out.

Every text here is written for these tests, in the style of an encyclopedia's opening
sentences.
"""

import pytest

from geo.text.definition_anchors import direction_before

pytestmark = pytest.mark.gazetteer


def _parse(gazetteer, text):
    from geo.text.geoparse import geoparse

    return geoparse(text, gazetteer)


@pytest.mark.parametrize(
    "words",
    [
        "located some 90 km north-west",
        "lying about 25 miles (40 km) southeast",
        "just west",
        "situated 12 kilometres south-southwest",
    ],
)
def test_a_distance_and_bearing_end_a_direction(words):
    assert direction_before(words)


@pytest.mark.parametrize(
    "words",
    [
        "the north",
        "the far east",
        "the extreme south-west",
        "the rural north east",
        "the mid north",
        "Lake County",
        "the town",
        "east",
    ],
)
def test_a_part_of_a_place_or_a_plain_name_is_no_direction(words):
    assert not direction_before(words)


def test_the_anchor_after_a_distance_is_no_container(gazetteer):
    # Baghdad read as a container (its governorate) left Karbala no candidate
    out = _parse(
        gazetteer,
        "Karbala is a holy city in Iraq, lying about 100 km (62 mi) southwest of "
        "Baghdad. Pilgrims crowd Karbala each year.",
    )
    first = out[0]
    assert first.text == "Karbala"
    assert not first.estimated
    assert first.place.country_code == "IQ" and first.place.kind == "place"


def test_a_compass_part_still_holds_the_place(gazetteer):
    # "the rural south west of Shropshire" is inside Shropshire, England
    out = _parse(gazetteer, "Clunton is a small village in the rural south west of Shropshire.")
    first = out[0]
    assert first.place is not None and first.place.country_code == "GB"


def test_the_anchors_region_after_it_is_still_read(gazetteer):
    # the region after the anchor ("Vancouver, British Columbia") holds the place too
    out = _parse(
        gazetteer,
        "Agassiz is a community located 120 kilometres east of Vancouver, British Columbia.",
    )
    first = out[0]
    assert first.place is not None
    assert (first.place.country_code, first.place.admin1_code) == ("CA", "02")


def test_later_bare_mentions_follow_the_definition(gazetteer):
    out = _parse(
        gazetteer,
        "Chuy is a border town in the far east of Uruguay, in the Rocha Department. "
        "Chuy's shops draw buyers from Brazil, and Chuy has a casino.",
    )
    chuy = [t for t in out if t.text == "Chuy"]
    assert len(chuy) == 3
    assert {t.place.country_code for t in chuy} == {"UY"}


def test_a_later_mention_beside_the_texts_own_country_is_left(gazetteer):
    # the definition's reading is not forced on a name read among the text's own places
    from geo.text.defined_repeats import follow_definitions
    from geo.text.tokens import Mention

    def mention(start, key, containers=()):
        return Mention(start, start + 1, key, 0, 0, containers=containers)

    def place(name, cc):
        return next(
            c.record
            for c in gazetteer.lookup(name)
            if gazetteer.country_code(c.record) == cc and gazetteer.is_place(c.record)
        )

    uy, kg = place("Montevideo", "UY"), place("Bishkek", "KG")
    ms = [mention(0, "x", (("UY", ""),)), mention(10, "x"), mention(20, "y")]
    # "x" read in Kyrgyzstan later, and another name of the text read there too: left
    assert follow_definitions(gazetteer, ms, [(uy, 1.0), (kg, 0.5), (kg, 0.9)])[1] == (kg, 0.5)
    # with no other name read there, the later "x" is the defined place
    assert follow_definitions(gazetteer, ms, [(uy, 1.0), (kg, 0.5), (uy, 0.9)])[1] == (uy, 0.5)


def test_a_metropolis_suburb_far_out_is_the_gazetteers_town(gazetteer):
    out = _parse(
        gazetteer,
        "Batavia is a suburb of Chicago on the Fox River. Batavia was founded in 1833.",
    )
    first = out[0]
    assert not first.estimated
    assert (first.place.country_code, first.place.admin1_code) == ("US", "IL")


def test_a_county_several_states_share_is_no_english_county(gazetteer):
    # "Somerset County" (four states) read as England's Somerset kept this Kingston abroad
    out = _parse(
        gazetteer,
        "Kingston is a hamlet at the edge of Rocky Hill in Somerset County and Plainsboro "
        "Township in Middlesex County, in New Jersey. Kingston has a historic mill.",
    )
    kingston = [t for t in out if t.text == "Kingston"]
    assert [(t.place.country_code, t.place.admin1_code) for t in kingston] == [("US", "NJ")] * 2

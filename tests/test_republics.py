"""The Donetsk and Luhansk "People's Republics" by their abbreviations are the oblasts
(geo.text.republics), in text and in the offline geocoder.  Texts written for these tests.
"""

import pytest

from geo.geocoders import GazetteerGeocoder, parse_region_query
from geo.text.geoparse import geoparse
from geo.text.republics import republic_region

DONETSK_OBLAST, LUHANSK_OBLAST = ("UA", "05"), ("UA", "14")


def regions(gazetteer, text):
    return {
        t.text: (t.place.kind, t.place.country_code, t.place.admin1_code)
        for t in geoparse(text, gazetteer)
        if t.place is not None
    }


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Russian troops liberated two villages in the DPR and one in the LPR, the ministry "
         "said.", "DPR", DONETSK_OBLAST),
        ("Russian troops liberated two villages in the DPR and one in the LPR, the ministry "
         "said.", "LPR", LUHANSK_OBLAST),
        ("Air defences downed 14 drones over the DNR overnight.", "DNR", DONETSK_OBLAST),
        ("Shelling was reported across the LNR on Tuesday.", "LNR", LUHANSK_OBLAST),
    ],
)
def test_an_abbreviated_republic_is_its_oblast(gazetteer, text, name, region):
    assert regions(gazetteer, text)[name] == ("admin1", *region)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "The DPR construction ministry said the school would reopen.",
        "The LPR's mission to the Joint Centre said two houses were hit.",
        "Food aid to DPR Korea was cut.",
    ],
)
def test_a_republics_body_is_no_place(gazetteer, text):
    assert not {"DPR", "LPR"} & set(regions(gazetteer, text))


@pytest.mark.parametrize(
    ("query", "name"),
    [("DPR", "Donetsk"), ("the LNR", "Luhansk"), ("Luhansk People's Republic", "Luhansk"),
     ("Donetsk People's Republic", "Donetsk"), ("Donetsk", None)],
)
def test_the_region_a_query_names(query, name):
    assert parse_region_query(query) == name


@pytest.mark.parametrize(("query", "name"), [("DNR", "Donetsk"), ("the LPR", "Luhansk"),
                                             ("DPRK", None), ("Luhansk", None)])
def test_the_oblast_an_abbreviation_names(query, name):
    assert republic_region(query) == name


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("query", "region"),
    [("DPR", DONETSK_OBLAST), ("LNR", LUHANSK_OBLAST),
     ("Luhansk People's Republic", LUHANSK_OBLAST)],
)
def test_the_geocoder_finds_the_oblast(gazetteer, query, region):
    loc = GazetteerGeocoder(gazetteer).geocode(query)
    assert loc.raw["kind"] == "admin1"
    assert (loc.raw["country_code"], loc.raw["admin1"]) == region


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В ДНР обстреляли Горловку, а в ЛНР тихо.", [DONETSK_OBLAST, LUHANSK_OBLAST]),
        ("Войска ДНР наступают.", []),  # a body's name, no preposition of place
        ("Глава ДНР Денис Пушилин заявил об этом.", []),
    ],
)
def test_russian_text_names_the_republics_by_their_own_letters(gazetteer, text, expected):
    from geo import analyze

    regions = [
        (t.place.country_code, t.place.admin1_code)
        for t in analyze(text, gazetteer=gazetteer).toponyms
        if t.place is not None and t.place.kind == "admin1"
    ]
    assert regions == expected

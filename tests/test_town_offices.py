"""A town's office ("X City Council", "the X City Manager", "X City Marshal") names the
town X: read alone, weighed by the document, whatever else X names; a given name before a
surname that towns bear; definitions as "one of the oldest towns".

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.definitions import is_definition
from geo.text.geoparse import geoparse
from geo.text.town_offices import town_office_after

pytestmark = pytest.mark.gazetteer


def readings(text, gazetteer):
    return [(t.text, t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)]


def place_of(text, gazetteer, name):
    found = [t for t in geoparse(text, gazetteer) if t.text == name]
    assert found, (name, readings(text, gazetteer))
    return found[0].place


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Lancaster City Council voted", 9, True),
        ("the Reno City Marshal", 8, True),
        ("Reno City Councilwoman Ann Lee", 4, True),
        ("Lancaster City voted", 9, False),
        ("Lancaster Council voted", 9, False),
        ("the Reno City Center", 8, False),
    ],
)
def test_town_office_after(text, end, expected):
    assert town_office_after(text, end) is expected


@pytest.mark.parametrize(
    ("text", "name", "cc", "admin1"),
    [
        # a name opening a sentence before its office is the town
        (
            "Lancaster City Council delayed the vote on Tuesday. Pennsylvania officials "
            "said the county would wait.",
            "Lancaster",
            "US",
            "PA",
        ),
        # "X City" the gazetteer has only as another name of a namesake abroad
        (
            "A Las Vegas City Marshal stopped the car on Friday, police in Nevada said.",
            "Las Vegas",
            "US",
            "NV",
        ),
        (
            "San Fernando City Councilwoman Ana Ruiz said the Los Angeles County road "
            "would reopen.",
            "San Fernando",
            "US",
            "CA",
        ),
        (
            "COLUMBUS, Ohio (AP) — The Dublin City Council in Franklin County approved "
            "the new library on Monday.",
            "Dublin",
            "US",
            "OH",
        ),
        # a name that starts with "The" stops inside the town's name
        (
            "The Rock Hill City Manager told South Carolina reporters the budget was balanced.",
            "Rock Hill",
            "US",
            "SC",
        ),
    ],
)
def test_an_office_names_its_town(gazetteer, text, name, cc, admin1):
    place = place_of(text, gazetteer, name)
    assert place is not None and place.country_code == cc
    assert place.admin1_code == admin1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place whose own name has "City" keeps it before an office
        ("The Kansas City Council met in Missouri on Monday.", "Kansas City"),
        ("Alexandria City Public Schools in Virginia closed on Monday.", "Alexandria"),
    ],
)
def test_a_city_named_with_city_keeps_its_reading(gazetteer, text, name):
    place = place_of(text, gazetteer, name)
    assert place is not None and place.country_code == "US"


def test_an_accentless_given_name_before_a_surname_is_a_person(gazetteer):
    found = readings("The singer Leon Jackson played two nights in Aberdeen.", gazetteer)
    assert not {"Leon", "Jackson", "Leon Jackson"} & {name for name, _ in found}
    # the place itself still reads
    assert ("Leon", "ES") in readings("The festival in Leon, Spain, opened.", gazetteer)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vaslui is one of the oldest municipality in the region", True),
        ("Vaslui is one of the largest towns of Moldavia", True),
        ("Vaslui was one of three villages in the valley", True),
        ("Vaslui is one of the best teams in the league", False),
        ("Vaslui is one of the reasons we left", False),
    ],
)
def test_one_of_the_towns_is_a_definition(text, expected):
    assert is_definition(text, len("Vaslui")) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Vaslui is one of the woredas in the Oromia Region",  # the region is no noun of it
        "Vaslui is one of many reasons the county voted no",
    ],
)
def test_one_of_needs_a_settlement_noun_next(text):
    assert not is_definition(text, len("Vaslui"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Budget news.\nRIVERTON — The City Council on Monday approved the loan.", []),
        ("Trees.\nThe City of Paris backs the new tree project, the mayor said.", ["Paris"]),
        ("Markets.\nThe City reacted calmly to the rate decision.", ["The City"]),
    ],
)
def test_the_city_before_an_office_is_no_place(gazetteer, text, expected):
    """'The City' before a town body's word or "of" and a name is the story's own town,
    not the City of London that the gazetteer calls so."""
    assert [t.text for t in geoparse(text, gazetteer) if t.text != "RIVERTON"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Schools.\nThe Rock Hill school board will hire teachers in York County.",
            [("Rock Hill", "US"), ("York County", "US")],
        ),
        ("Courts.\nLawyers flew to The Hague on Monday.", [("The Hague", "NL")]),
    ],
)
def test_a_name_after_the_article_runs_on_to_its_whole_name(gazetteer, text, expected):
    """'The Rock' (a town of Australia) stops inside 'Rock Hill': the longer name after
    the article is read; a name nothing runs on from keeps its article."""
    assert readings(text, gazetteer) == expected

"""A town named at the head of a local body's name ("the Nashville Film Festival",
"Amherst Redevelopment Authority", "the Lancaster City Council") is the place the body
serves, as readers and the news corpora's annotators take it; not where the name opens
with a given name ("the Percy French Hotel") or everyday words only ("Old Town Hall").

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse
from geo.text.name_words import acronym_after
from geo.text.people import body_after
from geo.text.tokens import _Tokens

pytestmark = pytest.mark.gazetteer


def _names(gazetteer, text):
    return [t.text for t in geoparse(text, gazetteer) if t.place is not None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tickets for the Chattanooga Film Festival sold out on Monday.", "Chattanooga"),
        ("The Allentown Redevelopment Authority approved the loan.", "Allentown"),
        ("A spokesman for the Scranton City Council declined to comment.", "Scranton"),
        ("Members of the Pennsylvania Kennel Association voted on Sunday.", "Pennsylvania"),
        ("Officers of the Houston Police Department closed the road.", "Houston"),
        ("The Mobile City Council met on Tuesday.", "Mobile"),
        # a town also a given name, before a body's word: the town, not a person's name
        ("Judges of the Nashville Film Festival picked six shorts.", "Nashville"),
        ("Nashville Arts Council Director Jane Roe spoke first.", "Nashville"),
        # fairgrounds, marinas, parks departments are a place's bodies too
        ("The fair opened at the Lancaster County Fairgrounds on Friday.", "Lancaster County"),
        ("Boats left the Oswego Marina before the storm.", "Oswego"),
        ("A Knoxville Parks and Recreation spokesman said the pool will open.", "Knoxville"),
    ],
)
def test_a_town_heading_a_local_bodys_name_is_a_place(gazetteer, text, name):
    assert name in _names(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Guests filled the Percy Grainger Hotel ballroom.", "Percy"),
        ("Donations went to the Inner City Outreach Center on Monday.", "Inner City"),
    ],
)
def test_a_given_name_or_everyday_words_head_no_place(gazetteer, text, name):
    assert name not in _names(gazetteer, text)


def test_body_after_reads_at_most_four_capitalised_words(gazetteer):
    toks = _Tokens("the Scranton Area Youth Soccer Fan Club met")
    n = len(toks.words)
    assert not body_after(gazetteer, toks.at, 2, n, "scranton")  # "Club" is the fifth
    toks = _Tokens("the Scranton Area Youth Club met")
    assert body_after(gazetteer, toks.at, 2, len(toks.words), "scranton")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She renewed her licence at the Sacramento DMV on Monday.", "Sacramento"),
        ("A spokesman for the Oakville OPP detachment said the road was shut.", "Oakville"),
        ("The Kharkiv SBU said two agents were detained overnight.", "Kharkiv"),
        ("The congressman spoke at the Immokalee TIGER meeting. Immokalee needs it.", "Immokalee"),
        ("In 2010 the population of the Eureka CDP was 610.", "Eureka"),
        ("The Austin ISD board met on Monday. Austin police were there.", "Austin"),
        ("Staff at the Denver TIGER office said Denver would benefit.", "Denver"),
        ("He spoke at the Naperville TIGER Grant Event. Naperville won.", "Naperville"),
        ("The Panthers beat Watertown-ML on Saturday; Watertown-ML had won before.", "Watertown"),
    ],
)
def test_a_place_before_an_acronym_is_the_place(gazetteer, text, name):
    # An acronym after a name ("the X DMV") is the body or scheme of the place, not a
    # person's surname; and the place's later bare mentions stay places.
    names = _names(gazetteer, text)
    assert name in names
    assert names.count(name) == text.count(name)


def test_acronym_after_needs_capitals_after_a_mixed_case_name():
    toks = _Tokens("the Sacramento DMV and the SACRAMENTO DMV and the Sacramento Dmv")
    assert acronym_after(toks.at, 2)
    assert not acronym_after(toks.at, 6)  # a line in capitals
    assert not acronym_after(toks.at, 10)  # a capitalised word, not an acronym


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He was born in Philadelphia PA and moved away.", "PA"),  # a state's own code
        ("Ferries leave Belfast UK daily.", "UK"),
    ],
)
def test_a_regions_own_abbreviation_after_a_name_stays_a_place(gazetteer, text, name):
    assert name in _names(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The medal was given by King George VI in 1942 to Malta.", ["Malta"]),
        ("The castle was built for Frederick II near Palermo.", ["Palermo"]),
        ("Hezbollah-run Al-Manar TV said the strikes hit Tyre.", ["Tyre"]),
        ("Shares of Lukoil PJSC fell in Moscow.", ["Moscow"]),
    ],
)
def test_a_rulers_number_or_a_company_suffix_is_no_acronym(gazetteer, text, kept):
    # Capitals that follow a name as a ruler's number or a broadcaster's or company's
    # suffix keep the name a person's or a body's.
    assert _names(gazetteer, text) == kept

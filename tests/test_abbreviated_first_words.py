"""A name's first word abbreviated as GeoNames never writes it: Spanish and Filipino
"Sta."/"Sto." for Santa/Santo ("Sta. Rosa, Laguna") and a compass letter for North,
South, East or West ("N Andover", "E Hampton"): a lookup that misses tries the word
spelt out (geo.gazetteer.lookups.other_key). Texts written for these tests."""

from __future__ import annotations

import pytest

from geo.gazetteer.lookups import _other_prefixes, other_key, other_keys


def test_other_key_spells_out_an_abbreviated_first_word():
    assert other_key("sta rosa") == "santa rosa"
    assert other_key("sto tomas") == "santo tomas"
    assert other_key("n andover") == "north andover"
    assert other_key("w peabody") == "west peabody"
    assert other_key("st wendel") == "sankt wendel"  # as before
    # A lone word is no name spelt out ("Sto" is not Santo), but may open a longer one.
    assert other_key("sto") == "" and other_key("n") == ""
    assert _other_prefixes("sto") == ("santo",) and _other_prefixes("stuttgart") == ()
    # A compass letter is tried as the plain word, then its "-ern" adjective.
    assert other_keys("n ireland") == ("north ireland", "northern ireland")
    # Only the first word: "rosa sta" is left alone.
    assert other_key("rosa sta") == ""


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Floods hit Sta. Rosa, Laguna, on Sunday.", ("Sta. Rosa", "Santa Rosa", "PH")),
        ("The mayor of Sto. Tomas, Batangas, resigned.", ("Sto. Tomas", "Santo Tomas", "PH")),
        ("Evacuees reached Sta Rosa in Laguna by noon.", ("Sta Rosa", "Santa Rosa", "PH")),
        ("She grew up in N Andover, Massachusetts.", ("N Andover", "North Andover", "US")),
        ("The fire started in E Hampton, N.Y., on Friday.", ("E Hampton", "East Hampton", "US")),
        ("Officials in N Ireland said the border stays open.",
         ("N Ireland", "Northern Ireland", "GB")),
    ],
)
def test_an_abbreviated_first_word_finds_the_town(gazetteer, text, expected):
    from geo.text.geoparse import geoparse

    found = [(t.text, t.place.name, t.place.country_code) for t in geoparse(text, gazetteer)]
    assert found[0] == expected


@pytest.mark.gazetteer
def test_a_street_after_a_compass_letter_stays_no_town(gazetteer):
    from geo.text.geoparse import geoparse

    text = "The office moved from 422 S Main St, Mt Prospect, IL to a new site."
    assert [t.text for t in geoparse(text, gazetteer)] == ["Mt Prospect", "IL"]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    ["The name honors O.W. Easton, land agent.", "George W. Easton spoke at the meeting."],
)
def test_a_compass_letter_among_initials_is_a_persons(gazetteer, text):
    from geo.text.geoparse import geoparse

    assert [t.text for t in geoparse(text, gazetteer)] == []


@pytest.mark.gazetteer
def test_initials_that_spell_a_country_stay_the_country(gazetteer):
    from geo.text.geoparse import geoparse

    found = [t.place.name for t in geoparse("The U. S. Army built Fort Towson.", gazetteer)]
    assert found[0] == "United States"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A saint's epithet after "de" (geo.text.saint_names): the saint, no town.
        ("Vicariate of Sto. Tomas de Aquino, of the Archdiocese.", []),
        # A town's own longer name is found whole; French "de la" is left alone.
        ("Tourists visited San Miguel de Allende.", ["San Miguel de Allende"]),
        ("Saint-Denis de la Réunion was calm.", ["Saint-Denis de la Réunion"]),
    ],
)
def test_a_saints_epithet_is_no_town(gazetteer, text, expected):
    from geo.text.geoparse import geoparse

    assert [t.text for t in geoparse(text, gazetteer)] == expected

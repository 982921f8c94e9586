"""Kinds from round 6 of the bug-report cases (``eval/bugs/cases.jsonl``, ``r6-``).

A preposition of German, French, Spanish or Italian opening a sentence before a place
("Zwischen München und ..."), a two-word town ending in a given name before its country
("Sao Paulo Brazil"), a small town's three-letter name ending a sentence after "in"
("a friendly in Aue."). Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [(t.text, t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zwischen Leipzig und Dresden fahren keine Busse.",
            [("Leipzig", "DE"), ("Dresden", "DE")],
        ),
        ("Nach Hamburg fahren heute keine Züge.", [("Hamburg", "DE")]),
        (
            "Entre Lyon et Marseille, les trains sont supprimés.",
            [("Lyon", "FR"), ("Marseille", "FR")],
        ),
        ("Desde Sevilla salen tres vuelos diarios.", [("Sevilla", "ES")]),
        ("Tra Bologna e Firenze la linea è chiusa.", [("Bologna", "IT"), ("Firenze", "IT")]),
    ],
)
def test_a_foreign_preposition_opening_a_sentence(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He moved to Sao Paulo Brazil in 1998.", [("Sao Paulo", "BR"), ("Brazil", "BR")]),
        (
            "Flights to Santa Maria Brazil were cancelled.",
            [("Santa Maria", "BR"), ("Brazil", "BR")],
        ),
        (
            "She moved from San Jose Costa Rica to Panama.",
            [("San Jose", "CR"), ("Costa Rica", "CR"), ("Panama", "PA")],
        ),
    ],
)
def test_a_town_ending_in_a_given_name_before_its_country(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


def test_a_given_name_before_a_country_is_still_a_persons(gazetteer):
    # No town "X Paulo" before it: Paulo is the given name, Brazil his surname.
    assert places(gazetteer, "Striker Paulo Brazil scored twice in Lisbon.") == [("Lisbon", "PT")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Borussia Dortmund will play their next friendly in Aue.", [("Aue", "DE")]),
        ("The delegation spent the night in Aue.", [("Aue", "DE")]),
    ],
)
def test_a_small_towns_short_name_ending_a_sentence_after_in(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The report was filed in Jan. Smith disputed it.",  # a month's abbreviation
        "Shares rose in Inc. filings this week.",
    ],
)
def test_abbreviations_after_in_stay_abbreviations(gazetteer, text):
    assert places(gazetteer, text) == []


def test_a_town_ending_in_a_given_name_only_before_its_own_country(gazetteer):
    from geo.text.name_words import ends_town
    from geo.text.tokens import tokenize

    def paulo_ends_a_town(text, following):
        prev = next(t for t in tokenize(text) if t.text == "Paulo")
        return ends_town(text, prev, gazetteer, following)

    assert paulo_ends_a_town("He moved to Sao Paulo Brazil.", "brazil")
    assert not paulo_ends_a_town("He moved to Sao Paulo Peru.", "peru")  # not its country
    assert not paulo_ends_a_town("Sao Paulo San Jose", "san jose")  # a run of a list's names
    assert not paulo_ends_a_town(
        "Striker Paulo Brazil scored.", "brazil"
    )  # no town "Striker Paulo"

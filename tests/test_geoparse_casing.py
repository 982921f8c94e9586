"""Caseless text: a text all in lower case, a line all in capitals.

Users paste chat messages and search boxes in lower case ("flights from london to
tashkent") and wire headlines in capitals ("STORM HITS MIAMI AS RESIDENTS FLEE"):
recognition reads them on a copy with the capitals of well-known names restored
(geo.text.casing), where everyday words that are also places stay words. Every text
here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [(t.text, t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("flights from london to tashkent were cancelled", [("london", "GB"), ("tashkent", "UZ")]),
        ("explosions heard in kyiv and lviv", [("kyiv", "UA"), ("lviv", "UA")]),
        ("i live in new york city now", [("new york city", "US")]),
        ("she moved to paris, france", [("paris", "FR"), ("france", "FR")]),
        ("rain in são paulo and bogotá", [("são paulo", "BR"), ("bogotá", "CO")]),
    ],
)
def test_lower_case_text_names_its_places(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the nice thing about reading is that it is mobile",
        "help us now, may is near",
        "split the bill in the bath",
        "the ga and ok buttons",
    ],
)
def test_lower_case_everyday_words_stay_words(gazetteer, text):
    assert places(gazetteer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("STORM HITS MIAMI AS RESIDENTS FLEE", [("MIAMI", "US")]),
        (
            "UKRAINE SAYS RUSSIA SHELLED ZAPORIZHZHIA",
            [("UKRAINE", "UA"), ("RUSSIA", "RU"), ("ZAPORIZHZHIA", "UA")],
        ),
        ("FLOODS NEAR SHEFFIELD, ENGLAND", [("SHEFFIELD", "GB"), ("ENGLAND", "GB")]),
        ("KANSAS CITY, MO. FIRE KILLS TWO", [("KANSAS CITY", "US"), ("MO.", "US")]),
        ("FANS IN THE USA AND THE UK CHEER", [("USA", "US"), ("UK", "GB")]),
    ],
)
def test_an_all_caps_line_names_its_places(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    "text",
    ["MAY DAY RALLIES TURN VIOLENT", "BREAKING: MARKETS RALLY AS PRICES FALL", "HELP US NOW"],
)
def test_all_caps_common_words_stay_words(gazetteer, text):
    assert places(gazetteer, text) == []


def test_an_all_caps_headline_over_a_body_keeps_the_body_as_it_is(gazetteer):
    text = "SHELLING IN KHARKIV\nRussian forces shelled Kharkiv and Reading was quiet."
    assert places(gazetteer, text)[:2] == [("KHARKIV", "UA"), ("Kharkiv", "UA")]


def test_restored_copy_has_the_same_length_and_leaves_cased_text_alone(gazetteer):
    from geo.text.casing import restore_case

    text = "Troops entered Sumy."
    assert restore_case(text, gazetteer) is text
    for caseless in ("STRASSE IN KÖLN, İSTANBUL AND MIAMI", "straße in köln and miami"):
        restored = restore_case(caseless, gazetteer)
        assert len(restored) == len(caseless)
        assert [c.lower() for c in restored] == [c.lower() for c in caseless]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters gathered in New\nYork on Sunday.", [("New\nYork", "US")]),
        ("Rain fell on Rio de\nJaneiro all week.", [("Rio de\nJaneiro", "BR")]),
        (
            "Snow in San\u00a0Francisco and Los\tAngeles.",
            [("San\u00a0Francisco", "US"), ("Los\tAngeles", "US")],
        ),
        ("Shelling hit Kharkiv\u2009and  Sumy.", [("Kharkiv", "UA"), ("Sumy", "UA")]),
        # A line break between two names keeps them two.
        ("Shelling in Kharkiv\nSumy was calm.", [("Kharkiv", "UA"), ("Sumy", "UA")]),
        # The no-break hyphen U+2011 of word processors joins a name as "-" does.
        ("A drone hit Bila\u2011Tserkva overnight.", [("Bila\u2011Tserkva", "UA")]),
        ("Sirens in Kryvyi\u2011Rih and Kyiv.", [("Kryvyi\u2011Rih", "UA"), ("Kyiv", "UA")]),
        ("Voting in Ceadîr\u2011Lunga, Moldova.", [("Ceadîr\u2011Lunga", "MD"), ("Moldova", "MD")]),
        # A terminal's escape sequence pasted with the text holds no name ("JTown").
        ("Shelling in Bbq\x1b[2JTown and Kyiv.", [("Kyiv", "UA")]),
        ("Near \x1b]0;x\x07Lviv, \x1b[1;31mSumy\x1b[0m said.", [("Lviv", "UA"), ("Sumy", "UA")]),
    ],
)
def test_line_breaks_and_odd_spaces_inside_a_name(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TROY, N.C. (AP) -- A FIRE DESTROYED A BARN", [("TROY", "US"), ("N.C.", "US")]),
        ("OGDENSBURG, N.Y.", [("OGDENSBURG", "US"), ("N.Y.", "US")]),
        ("WHITING, INDIANA", [("WHITING", "US"), ("INDIANA", "US")]),
        ("HELLO, WORLD", []),
    ],
)
def test_a_small_town_before_its_state_in_a_capitals_line(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "which US states border mexico",
            [("US", "US"), ("mexico", "MX")],
        ),
        ("I traveled to cyprus last summer", [("cyprus", "CY")]),
        ("i flew from the UK to lisbon", [("UK", "GB"), ("lisbon", "PT")]),
    ],
)
def test_lower_case_text_with_capitals_abbreviations(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


def test_a_cased_text_with_abbreviations_is_left_alone(gazetteer):
    from geo.text.casing import restore_case

    text = "The US and mexico"  # a capital starts a word: cased text
    assert restore_case(text, gazetteer) is text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("shipping to camas, wa next week", [("camas", "US"), ("wa", "US")]),
        ("send it to moscow, id 83843", [("moscow", "US"), ("id", "US")]),
        ("i was tired, or sleepy", []),  # an everyday word, not Oregon's code
    ],
)
def test_a_small_town_before_its_state_code_in_lower_case(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # testerB26 P5: an NGO update's heading, not the Republic of the Congo (1,038 km).
        (
            "DEMOCRATIC REPUBLIC OF THE CONGO\nIn North Kivu, fighting displaced 38,000 people.",
            [("DEMOCRATIC REPUBLIC OF THE CONGO", "CD"), ("North Kivu", "CD")],
        ),
        (
            "AID REACHES THE DEMOCRATIC REPUBLIC OF THE CONGO\nTrucks crossed near Goma.",
            [("DEMOCRATIC REPUBLIC OF THE CONGO", "CD"), ("Goma", "CD")],
        ),
        (
            "FLOODS IN SAINT VINCENT AND THE GRENADINES\nHeavy rain hit Kingstown.",
            [("SAINT VINCENT AND THE GRENADINES", "VC"), ("Kingstown", "VC")],
        ),
    ],
)
def test_an_all_caps_name_of_five_words_is_read_whole(gazetteer, text, expected):
    assert places(gazetteer, text) == expected

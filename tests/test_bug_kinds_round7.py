"""Kinds from round 7 of the bug-report cases (``eval/bugs/cases.jsonl``, ``r7-``) and the
old cases they reopened.

An ISO country or region code after a town ("Heerlen, NL", "Gravataí, RS, Brazil",
"heerlen, nl"), naming the town's namesake where it is not the biggest's ("Leek, GB");
a common word opening a sentence read as a small far-off town ("Cocoa prices rose ...
in Ivory Coast"); a big city's namesake abroad stated "in" its country ("Palma in
northern Mozambique"); an Arabic name's feminine ending written without its final h
("Hawija": Al Ḩawījah). Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [(t.text, t.place.name if t.place else None) for t in geoparse(text, gazetteer)]


def countries(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [(t.text, t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Floods hit Gravataí, RS, Brazil, on Monday.",
            [("Gravataí", "Gravataí"), ("RS", "Rio Grande do Sul"), ("Brazil", "Brazil")],
        ),
        (
            "Protests grew in Porto Alegre, RS.",
            [("Porto Alegre", "Porto Alegre"), ("RS", "Rio Grande do Sul")],
        ),
        (
            "Shipped from Kiel, SH, Germany.",
            [("Kiel", "Kiel"), ("SH", "Schleswig-Holstein"), ("Germany", "Germany")],
        ),
        (
            "The parcel was sent to Heerlen, NL last week.",
            [("Heerlen", "Heerlen"), ("NL", "The Netherlands")],
        ),
        ("KYIV, UA (Reuters) - Drones hit the city.", [("KYIV", "Kyiv"), ("UA", "Ukraine")]),
        ("Lviv, UA, 79000", [("Lviv", "Lviv"), ("UA", "Ukraine")]),
    ],
)
def test_an_iso_code_after_a_town_is_its_country_or_region(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A chapel in Leek, GB was restored.", [("Leek", "GB"), ("GB", "GB")]),
        (
            "Flooding in London, ON and Toronto.",
            [("London", "CA"), ("ON", "CA"), ("Toronto", "CA")],
        ),
        ("Ferries left Victoria, BC at dawn.", [("Victoria", "CA"), ("BC", "CA")]),
        (
            "Fans flew from Cardiff, AU to Sydney.",
            [("Cardiff", "AU"), ("AU", "AU"), ("Sydney", "AU")],
        ),
    ],
)
def test_an_iso_code_names_the_towns_namesake(gazetteer, text, expected):
    assert countries(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He lives in Toronto, CA now.", [("Toronto", "Toronto"), ("CA", "Canada")]),
        ("Shipped from Munich, DE on Monday.", [("Munich", "Munich"), ("DE", "Germany")]),
        (
            "Offices in Tel Aviv, IL and Haifa.",
            [("Tel Aviv", "Tel Aviv"), ("IL", "Israel"), ("Haifa", "Haifa")],
        ),
        ("Casablanca, MA", [("Casablanca", "Casablanca"), ("MA", "Morocco")]),
        # The state's own towns keep the state.
        ("Fresno, CA", [("Fresno", "Fresno"), ("CA", "California")]),
        ("Dover, DE", [("Dover", "Dover"), ("DE", "Delaware")]),
        ("Moscow, ID", [("Moscow", "Moscow"), ("ID", "Idaho")]),
    ],
)
def test_a_country_code_that_is_also_a_us_states(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the parcel was sent to heerlen, nl last week", [("heerlen", "NL"), ("nl", "NL")]),
        ("ordered from gdansk, pl yesterday", [("gdansk", "PL"), ("pl", "PL")]),
        # An everyday word is no code, in lower case: "in" is no India here.
        ("we met in delhi, in the rain", [("delhi", "IN")]),
        ("we drove to odesa, it was cold", [("odesa", "UA")]),
    ],
)
def test_a_lower_case_country_code_after_a_lower_case_town(gazetteer, text, expected):
    assert countries(gazetteer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "LONDON, ON MONDAY the markets fell.",  # capitals go on: no code ends there
        "Police in Leek, Staffordshire, said so.",  # a name, not a code
    ],
)
def test_no_iso_code_where_the_letters_do_not_end_there(gazetteer, text):
    from geo.text.geoparse import geoparse

    assert all(t.cue != "code" for t in geoparse(text, gazetteer))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cocoa prices rose after heavy rain in Ivory Coast.", [("Ivory Coast", "CI")]),
        ("Cocoa farmers in Ghana struck.", [("Ghana", "GH")]),
        ("Walnut growers in Chile expect a record crop.", [("Chile", "CL")]),
        ("Plum harvests in Serbia failed this year.", [("Serbia", "RS")]),
    ],
)
def test_a_common_word_opening_a_sentence_is_no_far_town(gazetteer, text, expected):
    assert countries(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The town itself, with its cue or its state, or near the text's places.
        ("Police in Cocoa, Florida, arrested two men.", [("Cocoa", "US"), ("Florida", "US")]),
        ("Storms hit Florida. Cocoa lost power.", [("Florida", "US"), ("Cocoa", "US")]),
    ],
)
def test_a_sentence_opening_town_the_text_supports_stays(gazetteer, text, expected):
    assert countries(gazetteer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents attacked Palma in northern Mozambique.",
        "Insurgents attacked Palma, in northern Mozambique.",
        "Insurgents raided Palma in Mozambique on Friday.",
    ],
)
def test_a_big_citys_name_stated_in_another_country_is_not_that_city(gazetteer, text):
    # The gazetteer has no Palma of Mozambique: no place (a warning), never Mallorca's.
    assert countries(gazetteer, text)[0] == ("Palma", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A region of the stated country, where no town of the name lies there.
        (
            "Pamplona is the historical capital of Navarre, in Spain.",
            [("Pamplona", "ES"), ("Navarre", "ES"), ("Spain", "ES")],
        ),
        ("It was named after Waterloo, in Belgium.", [("Waterloo", "BE"), ("Belgium", "BE")]),
    ],
)
def test_a_name_stated_with_in_and_its_country_lies_there(gazetteer, text, expected):
    assert countries(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv, Russia and Belarus met.", [("Kyiv", "UA"), ("Russia", "RU"), ("Belarus", "BY")]),
        ("Protests in Atlanta in Georgia grew.", [("Atlanta", "US"), ("Georgia", "US")]),
        ("Paris, in Texas, flooded.", [("Paris", "US"), ("Texas", "US")]),
    ],
)
def test_a_list_or_a_state_after_a_city_keeps_it(gazetteer, text, expected):
    assert countries(gazetteer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked a checkpoint near Hawija on Tuesday.", ("Hawija", "Al Ḩawījah")),
        ("Iraqi forces advanced on the town of Qayyara.", ("Qayyara", "Al Qayyārah")),
        ("A bomb exploded in a market in Muqdadiya, police said.", ("Muqdadiya", "Al Miqdādīyah")),
    ],
)
def test_an_arabic_feminine_ending_without_its_final_h(gazetteer, text, expected):
    assert places(gazetteer, text) == [expected]


def test_iso_subdivisions_table():
    from geo.text.code_containers import iso_subdivisions

    table = iso_subdivisions()
    assert table["BR"]["RS"] == "23"  # Rio Grande do Sul
    assert table["DE"]["SH"] == "10"  # Schleswig-Holstein
    assert all(2 <= len(k) <= 3 and k.isalpha() for codes in table.values() for k in codes)

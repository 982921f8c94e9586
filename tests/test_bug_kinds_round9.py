"""Kinds from round 9 of the bug-report cases (``eval/bugs/cases.jsonl``, ``r9-``).

A demonym beside a name states its country ("the Lebanese city of Tripoli", "Tripoli
on the Lebanese coast"), for that mention only, and not a border's ("Kamenka, on the
Ukrainian border"); an everyday word opening a sentence before its noun stays a word
though the text names the place later ("Nice weather in Nice", "Mobile users in Mobile,
Alabama"), while the place's people and bodies ("Mobile police", "Nice residents") and
a verb ("Union is a city") keep it a place; a name that is the whole text is a place
("Lyon?"); the names inside a lower-case hyphened word ("the ukraine-russia border",
"kyiv-based"), not a double name ("rene-levesque").  Every text here is written for
these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [
        (t.text, t.place.country_code if t.place else None) for t in geoparse(text, gazetteer)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Lebanese city of Tripoli was calm on Monday.", [("Tripoli", "LB")]),
        ("Boats left Tripoli, on the Lebanese coast, at dawn.", [("Tripoli", "LB")]),
        ("The northern Lebanese port of Tripoli reopened.", [("Tripoli", "LB")]),
        ("The Greek town of Tripoli hosted the fair.", [("Tripoli", "GR")]),
        ("Crowds gathered in the Syrian city of Homs.", [("Homs", "SY")]),
    ],
)
def test_a_demonym_beside_a_name_states_its_country(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


def test_a_demonym_without_a_namesake_there_changes_nothing(gazetteer):
    # No Paris in Lebanon: the demonym states nothing the name can take.
    assert places(gazetteer, "The Lebanese city of Paris was never built.") == [("Paris", "FR")]


def test_a_border_states_no_country(gazetteer):
    from geo.text.demonym_containers import demonym_country

    text = "Trucks moved toward Kamenka, on the Ukrainian border."
    start = text.index("Kamenka")
    assert demonym_country(text, start, start + len("Kamenka")) == ""
    text = "Shelling hit Sudzha, on the Russian side."
    start = text.index("Sudzha")
    assert demonym_country(text, start, start + len("Sudzha")) == "RU"


def test_a_demonym_is_the_mentions_own_not_its_repeats(gazetteer):
    text = (
        "Zamora de Hidalgo is a city in Michoacán, Mexico. The city of Zamora lies on "
        "the Tarascan Plateau. Zamora is surrounded by farms. It was named after the "
        "Spanish city of Zamora. Zamora exports berries to the United States."
    )
    found = [c for t, c in places(gazetteer, text) if t == "Zamora"]
    assert found[-2] == "ES"  # the Spanish city
    assert found[1] == "MX" and found[-1] == "MX"  # the town the text is about


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nice weather in Nice today.", [("Nice", "FR")]),
        ("Mobile users in Mobile, Alabama lost service.", [("Mobile", "US"), ("Alabama", "US")]),
        ("Mobile phones were banned in Mobile, Alabama.", [("Mobile", "US"), ("Alabama", "US")]),
    ],
)
def test_an_everyday_opener_before_its_noun_stays_a_word(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mobile police said the suspect fled Mobile.",
        "Nice residents said the storm hit Nice hard.",
    ],
)
def test_a_places_people_and_bodies_keep_the_opener_a_place(gazetteer, text):
    assert len(places(gazetteer, text)) == 2


def test_an_opener_before_its_verb_is_the_place(gazetteer):
    text = "Hope is a city in Hempstead County, Arkansas. Hope began as a railroad town."
    assert [t for t, _ in places(gazetteer, text)].count("Hope") == 2


@pytest.mark.parametrize("text", ["Lyon", "Lyon?", "Lyon.", " Lyon! "])
def test_a_name_that_is_the_whole_text_is_a_place(gazetteer, text):
    assert places(gazetteer, text) == [("Lyon", "FR")]


@pytest.mark.parametrize("text", ["Nice!", "Mobile?"])
def test_one_of_the_commonest_words_alone_stays_a_word(gazetteer, text):
    assert places(gazetteer, text) == []


def test_a_name_with_more_text_still_needs_its_context(gazetteer):
    assert places(gazetteer, "Lyon said he would stay.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the ukraine-russia border was closed", [("ukraine", "UA"), ("russia", "RU")]),
        ("talks with kyiv-based groups", [("kyiv", "UA")]),
        ("protest on boul rene-levesque ouest, montreal tonight", [("montreal", "CA")]),
    ],
)
def test_names_inside_a_lower_case_hyphened_word(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


def test_hyphened_parts_needs_every_part_a_name_or_a_compound_word():
    from geo.text.hyphened_case import hyphened_parts

    def known(word):
        return word in {"ukraine", "russia", "kyiv", "rene"}

    for text, want in (
        ("ukraine-russia", "Ukraine-Russia"),
        ("kyiv-based", "Kyiv-based"),
        ("rene-levesque", "rene-levesque"),
    ):
        chars = list(text)
        hyphened_parts(text, (0, len(text), text), chars, known)
        assert "".join(chars) == want

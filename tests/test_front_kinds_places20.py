"""Kinds found by front-line articles 122-127: a given name made a person's by its words,
a defence line named after a person, a sentence-opening word the text also writes in
lower case, "the port of X" as a town, a name read abroad by another language's name in
a sentence of one other country, and the warnings for names read as places but left
unplaced."""

import logging

import pytest

from geo.text.geoparse import geoparse
from geo.text.sentence_own_names import own_names_in_sentence
from geo.text.sentences import text_blocks
from geo.text.tokens import Mention


def _read(text, gazetteer):
    return {text[t.start : t.end]: t for t in geoparse(text, gazetteer)}


# --- a given name made a person's: "said Olena, a pensioner" -------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"They took everything," said Olena, a pensioner who lives near the port of Kherson.',
        "Olena, 67, said the shelling of Kherson had not stopped for a week.",
        "In Kherson, Oksana, who fled in March, said her flat had been looted.",
    ],
)
def test_given_name_by_its_words_is_no_place(gazetteer, text):
    read = _read(text, gazetteer)
    assert "Olena" not in read and "Oksana" not in read
    assert read["Kherson"].place.country_code == "UA"


def test_given_name_after_the_is_left_to_resolution():
    from geo.gazetteer.lookups import Candidate
    from geo.text.given_spellings import drop_given_spellings

    text = "She named it after a tribe, the Paloma, a term also Spanish for dove."
    start = text.index("Paloma")
    m = Mention(start, start + 6, "paloma", 7, 7, candidates=[Candidate(1, 2)])
    assert drop_given_spellings(text, [m]) == [m]


def test_place_of_a_given_names_spelling_stays_with_a_cue(gazetteer):
    read = _read("Residents of Riga and of Olaine said the plant in Olaine had closed.", gazetteer)
    assert read["Olaine"].place.country_code == "LV"


# --- a defence line named after a person -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Fighting continues west of Verbove in front of the so-called "Surovikin line."',
        "Ukrainian troops reached the Surovikin Line south of Robotyne and Verbove.",
    ],
)
def test_line_named_after_a_person_is_no_place(gazetteer, text):
    read = _read(text, gazetteer)
    assert "Surovikin" not in read
    assert read["Verbove"].place is not None


# --- a sentence-opening word the text writes in lower case --------------------------


def test_word_written_in_lower_case_elsewhere_is_no_place(gazetteer):
    text = (
        "Drones hit Sumy, and glide bombs hit Shostka almost daily. "
        "Glide bombs hit Zaporizhzhia twelve times, and Orikhiv was shelled."
    )
    read = _read(text, gazetteer)
    assert "Glide" not in read
    assert {"Shostka", "Zaporizhzhia", "Orikhiv"} <= set(read)


def test_capitalised_only_word_keeps_its_reading(gazetteer):
    # No lower-case "glide" in the text: the rule says nothing (the stray rules decide).
    read = _read("Police in Glide, Oregon, closed the road to Roseburg.", gazetteer)
    assert read["Glide"].place.country_code == "US"


# --- "the port of X": a town, not the region of that name -----------------------------


def test_port_of_a_name_is_the_town_not_the_region(gazetteer):
    # "Primorsk" is also an alias of Primorsky Krai: "the port of" makes it a town.
    read = _read("Ukraine hit the port of Primorsk on the Baltic.", gazetteer)
    assert read["Primorsk"].place.kind == "place"
    read = _read("Shipping resumed at the port of Odesa.", gazetteer)
    assert read["Odesa"].place.kind == "place"


# --- a name read abroad by another language's name ------------------------------------


def test_sentence_of_one_country_reads_the_own_name(gazetteer):
    text = (
        "Russian troops took Stepnohirsk and Kamianske. Ukraine in turn hit refineries in "
        "Saratov, Novokuibyshevsk and Tuapse, the port of Primorsk and a power plant in "
        "Belgorod."
    )
    place = _read(text, gazetteer)["Primorsk"].place
    assert place.country_code == "RU" and place.name == "Primorsk"


def test_sentence_of_two_countries_moves_nothing(mini_gazetteer):
    # A unit test of the stage: readings of two countries in the sentence, no move.
    gaz = mini_gazetteer
    text = "A, B and C."
    mentions = [Mention(0, 1, "a", 0, 0), Mention(3, 4, "b", 2, 2), Mention(10, 11, "c", 4, 4)]
    resolved = [(None, 0.0), (None, 0.0), (None, 0.0)]
    out = own_names_in_sentence(gaz, mentions, resolved, {}, text_blocks(text))
    assert out == resolved


# --- one warning per name read as a place and left unplaced --------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Only a few dozen people had returned to Malaya Loknya, he said.", "Malaya Loknya"),
        ("Residents of Sverdlikovo were allowed back to see their homes.", "Sverdlikovo"),
        ("Shelling hit the village of Mokri Yaly on Tuesday.", "Mokri Yaly"),
        ("The Kinburn spit became the next front line.", "Kinburn spit"),
        ("Thousands of refugees crossed into Renk from Sudan this week.", "Renk"),
        # ("Wyryki, a village in the Lublin province" is no longer left unplaced: it is
        # estimated in the province it states, tests/test_defined_unknown_names.py)
    ],
)
def test_unplaced_name_is_warned_about_once(gazetteer, caplog, text, name):
    with caplog.at_level(logging.WARNING, logger="geo.text.unplaced"):
        geoparse(text, gazetteer)
    warned = [r.getMessage() for r in caplog.records if r.name == "geo.text.unplaced"]
    assert len(warned) == 1 and warned[0].startswith(repr(name))


def test_everyday_words_after_the_new_cues_are_not_warned_about(gazetteer, caplog):
    text = "Residents of Kyiv returned to Parliament Street, and officials fled to Poland."
    with caplog.at_level(logging.WARNING, logger="geo.text.unplaced"):
        geoparse(text, gazetteer)
    assert not [r for r in caplog.records if r.name == "geo.text.unplaced"]


# --- a name's only place, far off, in a direction with no distance --------------------


def test_far_only_place_is_not_taken_where_places_are_many(gazetteer):
    # Pyatykhatky of Dnipropetrovsk Oblast lies 160 km north-west of Vasylivka: the
    # village meant is estimated there, not read as that town.
    text = (
        "Russian forces counterattacked near Piatykhatky (northwest of Vasylivka), which "
        "Ukrainian forces liberated in June."
    )
    t = _read(text, gazetteer)["Piatykhatky"]
    assert t.estimated and abs(t.place.lat - 47.44) < 0.4 and abs(t.place.lon - 35.28) < 0.5


def test_far_only_place_is_taken_where_places_are_few(gazetteer):
    t = _read("Rebels attacked Aguelhok, north of Kidal, on Sunday.", gazetteer)["Aguelhok"]
    assert not t.estimated and t.place.country_code == "ML"


# --- a capital read by the country the text names -------------------------------------


def test_capital_of_the_named_country(gazetteer):
    text = (
        "Police in Victoria arrested the men. The Seychelles coast guard said the skiff "
        "came from Somalia."
    )
    assert _read(text, gazetteer)["Victoria"].place.country_code == "SC"


@pytest.mark.parametrize(
    "text",
    [
        # Another place of the reading's country keeps it.
        "The governor of Victoria said fires near Melbourne were contained; the Seychelles "
        "offered aid.",
        # No country named: resolution's reading stands.
        "Police in Victoria said two men were arrested.",
    ],
)
def test_capital_rule_leaves_other_readings(gazetteer, text):
    assert _read(text, gazetteer)["Victoria"].place.country_code != "SC"

"""Front-line places of session 15's places brief: Russian adjectives that open a village's
name ("Kazachya Loknya"), French romanisations ("Droujkivka", "Tchassiv Iar"), "another
X" told apart from the name's earlier mentions, a region opener's villages against a
city called so by another name, and a town of the text's country far from its front.

Texts are written for these tests; the pure rules are tested without a gazetteer.
"""

from __future__ import annotations

import math

import pytest

from geo.text.another import mark_another
from geo.text.name_shapes import slavic_adjective
from geo.text.tokens import Mention
from geo.text.variants import french_variants


def _km(a, b):
    (la1, lo1), (la2, lo2) = (map(math.radians, p) for p in (a, b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(h))


# --- pure rules -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("droujkivka", "druzhkivka"),
        ("tchassiv iar", "chasiv yar"),
        ("lyssytchansk", "lysychansk"),
        ("kozatcha lopan", "kozacha lopan"),
        ("zaporijjia", "zaporizhzhia"),
        ("tchornomorsk", "chornomorsk"),
    ],
)
def test_french_romanisation_read_the_english_way(french, english):
    assert french_variants(french)[0] == english


@pytest.mark.parametrize("name", ["pokrovsk", "yaroun", "aitaroun", "kyiv", "marjayoun", "bakhmut"])
def test_names_with_no_french_mark_have_no_french_variant(name):
    assert french_variants(name) == []


@pytest.mark.parametrize("word", ["kazachya", "volchye", "krasnyy", "kozacha", "malaya", "velyka"])
def test_adjectives_that_open_a_name(word):
    assert slavic_adjective(word)


@pytest.mark.parametrize("word", ["loknya", "sudzha", "kyiv", "oblast", "donetsk"])
def test_nouns_are_no_adjective(word):
    assert not slavic_adjective(word)


def _mentions(text, name):
    out, at = [], text.find(name)
    while at >= 0:
        out.append(Mention(at, at + len(name), name.lower(), 0, 0))
        at = text.find(name, at + 1)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit Ivanivka. Another Ivanivka, near Izium, was shelled.",
        "Drones hit Ivanivka. Shells fell on a second Ivanivka in the east.",
        "Drones hit Ivanivka; the other Ivanivka was calm.",
        "Drones hit Ivanivka. Another village called Ivanivka lost power.",
    ],
)
def test_another_marks_only_the_later_namesake(text):
    ms = _mentions(text, "Ivanivka")
    assert mark_another(text, ms) == frozenset({1})
    assert [m.apart for m in ms] == [False, True]


def test_another_before_the_first_mention_marks_nothing():
    text = "Another day of shelling hit Ivanivka, officials said."
    ms = _mentions(text, "Ivanivka")
    assert mark_another(text, ms) == frozenset()
    assert not ms[0].apart


# --- with the real gazetteer --------------------------------------------------------


def _parse(text, gazetteer):
    from geo.text.geoparse import geoparse

    return {(t.text, t.start): t for t in geoparse(text, gazetteer)}


def _at(found, name, nth=0):
    hits = sorted((start, t) for (text, start), t in found.items() if text == name)
    return hits[nth][1]


@pytest.mark.gazetteer
def test_an_adjective_keeps_the_word_after_it_in_the_name(gazetteer):
    text = (
        "Russian troops advanced in eastern Volchya Gorka (north of Sudzha) and "
        "attacked near Kazachya Loknya, north of Sudzha, the ministry said."
    )
    found = _parse(text, gazetteer)
    names = {name for name, _ in found}
    assert {"Volchya Gorka", "Kazachya Loknya"} <= names
    assert "Kazachya" not in names and "Loknya" not in names
    sudzha = (51.191, 35.271)
    for name in ("Volchya Gorka", "Kazachya Loknya"):
        t = _at(found, name)
        assert t.estimated and _km((t.place.lat, t.place.lon), sudzha) < 45


@pytest.mark.gazetteer
def test_french_spellings_are_read_as_the_places(gazetteer):
    text = (
        "Soldiers rest in Droujkivka between rotations near Tchassiv Iar, while "
        "shelling hit Lyssytchansk, AFP reported."
    )
    found = _parse(text, gazetteer)
    assert (
        _km(
            (_at(found, "Droujkivka").place.lat, _at(found, "Droujkivka").place.lon), (48.62, 37.53)
        )
        < 5
    )
    assert (
        _km(
            (_at(found, "Tchassiv Iar").place.lat, _at(found, "Tchassiv Iar").place.lon),
            (48.59, 37.83),
        )
        < 5
    )
    assert _at(found, "Lyssytchansk").place.name == "Lysychansk"


@pytest.mark.gazetteer
def test_an_arabic_ou_is_no_french_mark(gazetteer):
    found = _parse("Shells fell near Rmeish and Yaroun in south Lebanon.", gazetteer)
    yaroun = [t for (name, _), t in found.items() if name == "Yaroun"]
    assert all(t.place is None or t.place.country_code in ("LB", "IL") for t in yaroun)


@pytest.mark.gazetteer
def test_another_namesake_is_not_the_first_ones_place(gazetteer):
    text = (
        "In Donetsk Oblast, a drone hit a shop in Mykolaivka, east of Sloviansk. "
        "Another Mykolaivka, a village beside Chasiv Yar, was shelled overnight."
    )
    found = _parse(text, gazetteer)
    first, second = _at(found, "Mykolaivka", 0), _at(found, "Mykolaivka", 1)
    assert _km((first.place.lat, first.place.lon), (48.86, 37.77)) < 10
    assert _km((second.place.lat, second.place.lon), (48.58, 37.80)) < 10


@pytest.mark.gazetteer
def test_the_earlier_mention_moves_when_another_is_located(gazetteer):
    text = (
        "In Kherson Oblast, the occupation authorities said drones struck Ivanivka. "
        "Ukrainian officials listed another Ivanivka, near Kramatorsk, among the "
        "villages shelled in Donetsk Oblast."
    )
    found = _parse(text, gazetteer)
    first, second = _at(found, "Ivanivka", 0), _at(found, "Ivanivka", 1)
    assert first.place is not None and first.place.admin1_code == "08"  # Kherson Oblast
    assert _km((second.place.lat, second.place.lon), (48.73, 37.57)) < 25


@pytest.mark.gazetteer
def test_a_region_opener_holds_its_village_against_a_city_of_another_name(gazetteer):
    text = (
        "In Odesa Oblast, drone debris damaged houses in Oleksandrivka and Velykodolynske, "
        "the governor said. In the Kharkiv region, a missile struck Kryvyi Rih, "
        "officials said."
    )
    found = _parse(text, gazetteer)
    oleksandrivka = _at(found, "Oleksandrivka")
    assert oleksandrivka.place.admin1_code == "17"  # Odesa Oblast, not Donetsk
    assert _km((oleksandrivka.place.lat, oleksandrivka.place.lon), (46.33, 30.64)) < 20
    kryvyi_rih = _at(found, "Kryvyi Rih")
    assert not kryvyi_rih.estimated and kryvyi_rih.place.population > 500_000


@pytest.mark.gazetteer
def test_a_far_town_of_the_texts_country_after_a_cue_stays(gazetteer):
    text = (
        "Russian forces attacked near Pokrovsk, Myrnohrad, Selydove, Kurakhove and "
        "Toretsk, and missiles struck an airfield near Starokonstantinov overnight."
    )
    t = _at(_parse(text, gazetteer), "Starokonstantinov")
    assert t.place is not None and _km((t.place.lat, t.place.lon), (49.76, 27.21)) < 5


def test_a_headline_name_takes_its_storys_reading():
    from geo.gazetteer.index import Candidate
    from geo.text.headline import as_in_body

    text = "Poland reopens Krynki talks\n\nWARSAW - Crossings near Krynki shut. Krynki waits.\n"
    ms = _mentions(text, "Krynki")
    for m in ms:
        m.candidates = [Candidate(7, 0), Candidate(9, 2)]  # the Polish town, Krynky
    resolved = [(9, 0.8), (7, 1.0), (7, 1.0)]
    assert as_in_body(text, ms, resolved, {}) == [(7, 0.8), (7, 1.0), (7, 1.0)]
    # A hint of its own, or a story that reads the name two ways: left as it is.
    assert as_in_body(text, ms, resolved, {0: object()}) == resolved
    split = [(9, 0.8), (7, 1.0), (9, 1.0)]
    assert as_in_body(text, ms, split, {}) == split


def test_a_first_line_that_is_a_sentence_is_no_headline():
    from geo.text.headline import headline_end

    assert headline_end("Shelling hit Krynki on Monday.\nMore followed.") == 0
    assert headline_end("Krynki counts losses\n\nWARSAW - Shops in Krynki ...") == 20
    assert headline_end("Krynki counts losses") == 0  # no story after it

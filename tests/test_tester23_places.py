"""Session 23 tester's place findings, each as a kind with sentences of our own wording.

- a first-level region stated after a name ("Tawila, North Darfur", "Tawila in North
  Darfur") rules out a namesake abroad: the name is estimated in the region
  (geo.text.containers.read_container reads the longest region, "North Darfur" not
  "North"; geo.text.definitions reads a bare "in REGION" too);
- a name the gazetteer lacks with ", REGION" after it ("Kiwanja, North Kivu") is estimated
  there (geo.text.bare_regions);
- a village of a list read in another country far from its partners' is estimated by
  them (geo.text.list_abroad);
- a hyphenated name the gazetteer writes as one word ("Petion-Ville") is that place with
  no cue before it, and in `geo geocode`;
- warnings name a hyphenated name whole ("Saut-d'Eau", "Pont-Sonde") and names after
  "seized", "control of", "crossed at";
- "Zeleny Hai (east of Huliaipole)": an adjective head without its final "i" opens a
  village name;
- a town of a tight "near" list read far from every partner yields to its namesake by
  them ("Kamenskoye" by Gulyaipole: not Kamianske city).
"""

from __future__ import annotations

import logging

import pytest

from geo.geometry import distance_km


def _found(gazetteer, text):
    from geo import analyze

    return {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Shells fell on Tawila, North Darfur, overnight, aid workers said.",
        "Displaced families walked to Tawila in North Darfur for days.",
        "A clinic in Tawila, North Darfur state, ran out of medicine.",
    ],
)
def test_a_name_with_its_region_after_it_is_not_a_namesake_abroad(gazetteer, text):
    t = _found(gazetteer, text)["Tawila"]
    assert t.place is not None and t.estimated
    assert (t.place.country_code, t.place.admin1_code) == ("SD", "55")


@pytest.mark.gazetteer
def test_a_known_place_with_its_region_keeps_its_reading(gazetteer):
    t = _found(gazetteer, "Families fled to Kutum, North Darfur, last week.")["Kutum"]
    assert not t.estimated and t.place.country_code == "SD"
    t = _found(gazetteer, "Drones struck Izium, Kharkiv region, at night.")["Izium"]
    assert not t.estimated and t.place.country_code == "UA"
    # a bare town's name after "in" is the town, no region of its name elsewhere
    t = _found(gazetteer, "She banks with Bank of America in Charlotte.")["America"]
    assert t.place is not None and t.place.country_code == "US"
    t = _found(gazetteer, "Warren County, North Carolina, voted early.")["Warren County"]
    assert t.place.admin1_code == "NC"  # "North Carolina" whole, not "North"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "M23 fighters entered Kiwanja, North Kivu, residents said.",
        "Fighting was reported in Kiwanja, North Kivu province, on Monday.",
        "Shops closed in Kiwanja, North Kivu.",
    ],
)
def test_an_unknown_name_with_a_comma_region_is_estimated_there(gazetteer, text):
    t = _found(gazetteer, text)["Kiwanja"]
    assert t.estimated and (t.place.country_code, t.place.admin1_code) == ("CD", "11")


def test_a_comma_region_is_not_the_next_name_of_a_list():
    from geo.text.bare_regions import _COMMA_BARE

    assert _COMMA_BARE.match("Kiwanja, North Kivu, residents said", 7).group("name") == (
        "North Kivu"
    )
    assert _COMMA_BARE.match("Kiwanja, Kherson and Odesa", 7) is None
    assert _COMMA_BARE.match("Kiwanja, Kherson, Odesa and Sumy", 7) is None


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Armed groups burned houses in Liancourt, Verrettes and Saint-Marc this week.",
         "Verrettes"),
        ("Floods hit Gonaives, Liancourt and Saint-Marc.", "Gonaives"),
        ("Police patrolled Saint-Marc, Liancourt and Verrettes after the raid.", "Saint-Marc"),
    ],
)  # fmt: skip
def test_a_village_of_a_list_is_not_read_abroad(gazetteer, text, partner):
    found = _found(gazetteer, text)
    t, p = found["Liancourt"], found[partner]
    assert t.place.country_code == "HT" and t.estimated
    assert distance_km((t.place.lat, t.place.lon), (p.place.lat, p.place.lon)) < 1.0


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided Liancourt, Saint-Marc and Petite-Riviere de l'Artibonite before dawn.",
        "Gunmen raided Liancourt, Saint-Marc and Petite-Riviere de l'Artibonite in Haiti.",
    ],
)
def test_two_strays_of_one_list_are_both_read_by_their_partner(gazetteer, text):
    found = _found(gazetteer, text)
    for name in ("Liancourt", "Petite-Riviere de l'Artibonite"):
        assert found[name].place.country_code == "HT" and found[name].estimated


@pytest.mark.gazetteer
def test_a_town_of_a_list_abroad_keeps_its_reading(gazetteer):
    found = _found(gazetteer, "The tour visited Lyon, Toronto and Vancouver.")
    assert found["Lyon"].place.country_code == "FR" and not found["Lyon"].estimated


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Gangs attacked Petion-Ville overnight.",
        "Petion-Ville was quiet on Sunday.",
        "Police said the roads out of Petion-Ville were blocked.",
    ],
)
def test_a_hyphenated_name_written_as_one_word_is_that_place(gazetteer, text):
    t = _found(gazetteer, text)["Petion-Ville"]
    assert t.place is not None and t.place.geonameid == 3719028  # Pétionville


@pytest.mark.gazetteer
@pytest.mark.parametrize("query", ["Petion-Ville", "Petion Ville"])
def test_geocode_finds_a_hyphenated_name_written_as_one_word(query):
    from geo.geocoders import GazetteerGeocoder

    loc = GazetteerGeocoder().geocode(query)
    assert loc is not None and loc.raw["geonameid"] == 3719028


def _warned(gazetteer, text, caplog):
    from geo import analyze

    with caplog.at_level(logging.WARNING):
        analyze(text, gazetteer=gazetteer)
    return " ".join(r.getMessage() for r in caplog.records)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "whole", "cut"),
    [
        ("Gangs attacked Mirebalais, Saut-d'Eau and Lascahobas, police said.",
         "\"Saut-d'Eau\"", "'Saut'"),
        ("Residents of Pont-Sonde and Saint-Marc fled.", "'Pont-Sonde'", "'Sonde'"),
        ("Gunmen hit Pont-Sonde, Liancourt and Saint-Marc in one night.", "'Pont-Sonde'",
         "'Sonde'"),
    ],
)  # fmt: skip
def test_a_warning_names_a_hyphenated_name_whole(gazetteer, caplog, text, whole, cut):
    messages = _warned(gazetteer, text, caplog)
    assert whole in messages and cut not in messages


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("M23 seized Masisi and Sake.", "'Masisi'"),
        ("Police regained control of Cite Soleil.", "'Cite Soleil'"),
        ("Aid trucks crossed at Kerem Shalom on Sunday.", "'Kerem Shalom'"),
    ],
)
def test_a_place_taken_or_crossed_at_is_warned_about(gazetteer, caplog, text, name):
    assert name in _warned(gazetteer, text, caplog)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "anchor"),
    [
        ("Zeleny Hai, east of Huliaipole, came under attack.", "Zeleny Hai", "Huliaipole"),
        ("Russian units entered Zeleny Hai (east of Huliaipole).", "Zeleny Hai", "Huliaipole"),
        ("Troops pushed into Chervony Yar (north of Lyman).", "Chervony Yar", "Lyman"),
    ],
)
def test_an_adjective_head_without_its_last_letter_opens_a_village(
    gazetteer, text, name, anchor
):
    found = _found(gazetteer, text)
    t, a = found[name], found[anchor]
    assert t.place is not None and t.estimated
    assert distance_km((t.place.lat, t.place.lon), (a.place.lat, a.place.lon)) < 45.0


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Russian forces attacked near Gulyaipole, Velikaya Novoselka and Kamenskoye.",
        "Fighting went on near Velikaya Novoselka, Gulyaipole and Kamenskoye, the ministry said.",
    ],
)
def test_a_town_of_a_tight_list_is_its_namesake_by_the_partners(gazetteer, text):
    t = _found(gazetteer, text)["Kamenskoye"]
    assert t.place is not None and t.place.admin1_code == "26"  # Zaporizhzhia, by Orikhiv


@pytest.mark.gazetteer
def test_a_town_of_a_tight_list_near_its_partners_keeps_its_reading(gazetteer):
    found = _found(gazetteer, "Russian forces attacked near Pokrovsk, Myrnohrad and Kramatorsk.")
    assert found["Kramatorsk"].place.geonameid == 704508

"""Wrong places of session 16's fresh-eyes tester, by kind: a namesake on another continent
in a one-country story, "the X district" of a city the text opened with or goes on to call
"the city", a raion named by its centre's Russian adjective, hyphenated region names of
French-speaking countries, "the border with X", rivers by their other spellings, a town
GeoNames files under another region's code, a town a rounded distance misses, a place of
a stated region near a partner of that region, a name written as one word in the
gazetteer, and a listed name left without a place warned about.

Texts are short sentences written for these tests; the pure rules are tested without a
gazetteer.
"""

from __future__ import annotations

import logging
import math

import pytest

from geo.gazetteer.index import Candidate
from geo.gazetteer.regions import _generic_region
from geo.text.city_parts import names_city_part
from geo.text.district_adjectives import adjective_stems
from geo.text.readings import mark_readings
from geo.text.tokens import Mention
from geo.text.water import find_water


def _km(a, b):
    (la1, lo1), (la2, lo2) = (map(math.radians, p) for p in (a, b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(h))


# --- pure rules -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Centre-Nord", "Centre-Est", "Sud-Ouest", "Centre-Sud"])
def test_hyphenated_foreign_direction_regions_are_proper_names(name):
    assert not _generic_region(name)


@pytest.mark.parametrize("name", ["North East", "South-West", "Central", "Nord", "Est"])
def test_direction_words_alone_stay_generic(name):
    assert _generic_region(name)


@pytest.mark.parametrize(
    ("adjective", "town"),
    [
        ("Belgorodsky", "Belgorod"),
        ("Shebekinsky", "Shebekino"),
        ("Sudzhansky", "Sudzha"),
        ("Rylsky", "Rylsk"),
        ("Glushkovskiy", "Glushkovo"),
        ("Kurchatovsky", "Kurchatov"),
    ],
)
def test_a_district_adjective_gives_its_town(adjective, town):
    assert town in adjective_stems(adjective)


@pytest.mark.parametrize("name", ["Kharkiv", "Kyivskyi", "Sudzha", "Sky"])
def test_other_words_are_no_district_adjective(name):
    assert adjective_stems(name) == []


def _two_readings(text, name):
    at = text.index(name)
    m = Mention(at, at + len(name), name.lower(), 0, 0)
    m.candidates = [Candidate(1, 0), Candidate(2, 0)]
    mark_readings(text, [m])
    return m.reading


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighters attacked Malam Fatori near the border with Niger, militia said.", "Niger"),
        ("The camp lies close to the frontier with Chad.", "Chad"),
        ("Refugees crossed the border of neighbouring Georgia overnight.", "Georgia"),
    ],
)
def test_the_border_with_a_name_reads_the_country(text, name):
    assert _two_readings(text, name) == "country"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen attacked a village in Niger on Sunday.", "Niger"),
        ("Storms crossed Florida's border with Georgia overnight.", "Georgia"),
        ("Troopers patrol the state's border with Georgia.", "Georgia"),
    ],
)
def test_no_country_reading_without_a_shared_border(text, name):
    assert _two_readings(text, name) == ""


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jubaland forces cleared villages along the Juba River north of Kismayo.", "Jubba"),
        ("Floods hit farms along the Shabelle River near Beledweyne.", "Shabeelle"),
        ("Around Kupiansk on the Oskil River Ukrainian troops held the bank.", "Oskol"),
    ],
)
def test_rivers_read_by_their_other_spellings(text, name):
    spans = find_water(text)
    assert [s.body.name for s in spans if s.body is not None] == [name]


def test_a_river_the_table_lacks_is_still_water():
    text = "Troops dug in along the Zvanivka River east of the town."
    (span,) = find_water(text)
    assert span.body is None and text[span.start : span.end] == "Zvanivka River"


def test_a_name_after_a_water_word_still_names_something_else():
    assert [s.body for s in find_water("The Black Sea Fleet moved ships.")] == []


def test_an_adjective_district_opening_a_list_is_a_city_part():
    text = "Drones struck Kherson, in particular the Dniprovskyi and Korabelnyi districts."
    start = text.index("Dniprovskyi")
    assert names_city_part(text, start, start + len("Dniprovskyi"), None)
    assert not names_city_part(
        "Troops held the Pokrovsk and Kramatorsk districts.", 15, 23, None
    )


# --- with the real gazetteer --------------------------------------------------------


def _parse(text, gazetteer):
    from geo.text.geoparse import geoparse

    return geoparse(text, gazetteer)


def _at(toponyms, name, nth=0):
    return [t for t in toponyms if t.text == name][nth]


def _point(t):
    return (t.place.lat, t.place.lon)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "country", "near"),
    [
        (
            "PEMBA, Mozambique — Insurgents raided Macomia in Cabo Delgado. Troops secured "
            "the road between Mocimboa da Praia and Palma, officials in Mozambique said.",
            "Palma",
            "MZ",
            (-10.78, 40.47),
        ),
        (
            "MAIDUGURI, Nigeria — Insurgents attacked Gwoza and Bama in Borno state. Troops "
            "secured the road between Konduga and Toledo, officials in Nigeria said.",
            "Toledo",
            "NG",
            (11.65, 13.42),
        ),
    ],
)
def test_a_namesake_on_another_continent_is_estimated_in_the_frame(
    gazetteer, text, name, country, near
):
    t = _at(_parse(text, gazetteer), name)
    assert t.estimated and t.place.country_code == country
    assert _km(_point(t), near) < 250


@pytest.mark.gazetteer
def test_a_world_city_keeps_its_place_in_a_framed_story(gazetteer):
    text = (
        "PEMBA, Mozambique — Insurgents attacked Macomia and Mocimboa da Praia in Cabo "
        "Delgado. Officials met in Madrid to discuss aid to Mozambique."
    )
    t = _at(_parse(text, gazetteer), "Madrid")
    assert not t.estimated and t.place.country_code == "ES"


@pytest.mark.gazetteer
def test_a_dateline_country_estimate_narrows_to_the_frame_region(gazetteer):
    text = (
        "PEMBA, Mozambique — Insurgents attacked villages in the Macomia district of Cabo "
        "Delgado province, and the Mocimboa da Praia district.\n\n"
        "The fighters entered the village of Chai, the official said."
    )
    t = _at(_parse(text, gazetteer), "Chai")
    assert t.estimated and _km(_point(t), (-11.98, 40.17)) < 150


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "part", "city"),
    [
        (
            "In the city of Taiz, besieged since 2015, sniper fire wounded two children in "
            "the Al-Qahira district, the health office said.",
            "Al-Qahira",
            (13.58, 44.02),
        ),
        (
            "Fighting went on near Kupyansk. Shelling killed three people in Kharkov on "
            "Wednesday night, the regional governor said. A building was struck in the "
            "Kiev district of the city.",
            "Kiev",
            (49.98, 36.25),
        ),
        (
            "Drones struck residential quarters of Kherson, in particular the Dniprovskyi "
            "and Korabelnyi districts.",
            "Dniprovskyi",
            (46.64, 32.61),
        ),
    ],
)
def test_a_district_of_the_city_the_text_names(gazetteer, text, part, city):
    t = _at(_parse(text, gazetteer), part)
    assert _km(_point(t), city) < 20


@pytest.mark.gazetteer
def test_the_city_anaphora_reads_the_name_as_the_city(gazetteer):
    text = (
        "Fighting went on near Kupyansk. Shelling killed three people in Kharkov on "
        "Wednesday night. A school was hit in the centre of the city."
    )
    t = _at(_parse(text, gazetteer), "Kharkov")
    assert t.place.kind == "place" and _km(_point(t), (49.98, 36.25)) < 5


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "village", "town"),
    [
        (
            "Governor Gladkov said Shebekino was shelled. In the village of Zhuravlyovka "
            "of Belgorodsky district a power line was cut.",
            "Zhuravlyovka",
            (50.60, 36.59),
        ),
        (
            "Shells hit Rylsk. A drone hit a car in Kremyanoye of Glushkovsky district.",
            "Kremyanoye",
            (51.34, 34.64),
        ),
    ],
)
def test_a_village_of_a_district_named_by_its_adjective(gazetteer, text, village, town):
    t = _at(_parse(text, gazetteer), village)
    assert t.place.country_code == "RU" and _km(_point(t), town) <= 45


@pytest.mark.gazetteer
def test_hyphenated_region_of_burkina_faso(gazetteer):
    text = "A bomb killed four people near Kaya, in the Centre-Nord region of Burkina Faso."
    t = _at(_parse(text, gazetteer), "Centre-Nord")
    assert t.place.country_code == "BF" and t.place.kind == "admin1"


@pytest.mark.gazetteer
def test_the_border_with_niger_is_the_country(gazetteer):
    text = "Fighters attacked Malam Fatori near the border with Niger, militia members said."
    t = _at(_parse(text, gazetteer), "Niger")
    assert t.place.kind == "country" and t.place.country_code == "NE"


@pytest.mark.gazetteer
def test_the_juba_river_is_no_town(gazetteer):
    text = "Jubaland forces said they had cleared villages along the Juba River north of Kismayo."
    found = _parse(text, gazetteer)
    assert all(t.place is None or t.place.country_code != "SS" for t in found)
    t = _at(found, "Juba River")
    assert t.place.kind == "water"


@pytest.mark.gazetteer
def test_a_town_filed_under_another_code_stays_in_its_stated_province(gazetteer):
    text = "Djibo, in the Soum province close to the border with Mali, is under blockade."
    t = _at(_parse(text, gazetteer), "Djibo")
    assert not t.estimated and _km(_point(t), (14.10, -1.63)) < 5


@pytest.mark.gazetteer
def test_a_rounded_distance_keeps_a_known_town(gazetteer):
    text = (
        "Russian forces are trying to cut the road between Pokrovsk and Dobropillia, "
        "about 20 miles to the north."
    )
    t = _at(_parse(text, gazetteer), "Dobropillia")
    assert not t.estimated and _km(_point(t), (48.47, 37.09)) < 5


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("gap", "near"),
    [(" ", (50.29, 36.94)), ("\n\n", (49.60, 36.49))],  # Vovchansk; else the region's point
)
def test_a_stated_region_place_is_estimated_by_its_paragraph_partner(gazetteer, gap, near):
    text = (
        f"Russian troops shelled Kupiansk and Vovchansk on Monday.{gap}The army said it "
        "took the village of Zarichnenske in the Kharkiv region."
    )
    t = _at(_parse(text, gazetteer), "Zarichnenske")
    assert t.estimated and _km(_point(t), near) < 1


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        ("Residents fled toward Petion-Ville, officials said.", "Petion-Ville", (18.51, -72.29)),
        ("Gangs set fire to houses in Carrefour-Feuilles.", None, None),
    ],
)
def test_a_name_written_as_one_word_in_the_gazetteer(gazetteer, text, name, near):
    found = _parse(text, gazetteer)
    if name is None:
        return  # no crash on a hyphenated name the gazetteer lacks in every form
    t = _at(found, name)
    assert _km(_point(t), near) < 5


@pytest.mark.gazetteer
def test_a_listed_name_left_without_a_place_is_warned_about(gazetteer, caplog):
    text = (
        "The enemy shelled settlements of Kherson region: Antonivka, Bilozerka, "
        "Dniprovske, Kizomys, Sadove and the city of Kherson."
    )
    with caplog.at_level(logging.WARNING):
        found = _parse(text, gazetteer)
    unplaced = [t.text for t in found if t.place is None]
    for name in unplaced:
        assert any(name in r.getMessage() for r in caplog.records)

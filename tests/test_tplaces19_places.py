"""Places a fresh-eyes tester found misread (session 19): a region its owner states
("India's Punjab"), a French or German spelling of a city its region shares
("Zaporijia"), a body named after a region's name ("Sumy State University"), and a
Spanish armed body's name ("Tren de Aragua")."""

import pytest

from geo.text.armed_names import armed_name
from geo.text.geoparse import geoparse
from geo.text.owned_regions import owner_country
from geo.text.region_after import region_word
from geo.text.regions_named import _spelling_of
from geo.text.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Shells fell in Indian-administered Kashmir", "Kashmir", "IN"),
        ("Shells fell in Pakistani-ruled Kashmir", "Kashmir", "PK"),
        ("Shells fell in the Indian Punjab", "Punjab", ""),
        ("Shells fell in Smith's Punjab", "Punjab", ""),
    ],
)
def test_the_owner_stated_before_a_name(text, name, code):
    assert owner_country(text, text.index(name), None, None, None) == code


def test_french_and_german_letters_spell_one_name():
    assert _spelling_of("zaporijia", "zaporizhzhia")
    assert not _spelling_of("zapolyarny", "zaporizhzhia")  # another name


def test_a_bodys_word_after_the_region_word():
    text = "staff of Kursk State Medical University and of Lagos State offices"
    words = tokenize(text)
    state = [w for w in words if w.text == "State"]
    assert not region_word(text, state[0]) and region_word(text, state[1])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police said members of Tren de Aragua were held", "Tren"),
        ("Police said members of Tren de Aragua were held", "Aragua"),
        ("a boss of the Cartel del Golfo was arrested", "Golfo"),
    ],
)
def test_a_spanish_armed_bodys_name(text, name):
    s = text.index(name)
    assert armed_name(text, s, s + len(name)) == "force"


def _read(gazetteer, text):
    found = geoparse(text, gazetteer)
    return [(t.text, t.place.kind, t.place.country_code) for t in found if t.place]


@pytest.mark.gazetteer
def test_each_owner_names_its_own_unit(gazetteer):
    text = (
        "Pakistan said its jets struck back over Pakistan's Punjab. Later, drones came "
        "down near Amritsar, in India's Punjab, and over Pakistan-administered Kashmir."
    )
    punjab = [c for n, k, c in _read(gazetteer, text) if n == "Punjab"]
    assert punjab == ["PK", "IN"]
    kashmir = [c for n, k, c in _read(gazetteer, text) if n == "Kashmir"]
    assert kashmir == ["PK"]


@pytest.mark.gazetteer
def test_the_town_of_a_possessive_stays_the_texts(gazetteer):
    text = "Russia's Pokrovsk offensive stalled west of Donetsk, in Ukraine."
    assert ("Pokrovsk", "place", "UA") in _read(gazetteer, text)


@pytest.mark.gazetteer
def test_a_french_spelling_of_the_city(gazetteer):
    got = _read(gazetteer, "Des drones ont frappé Zaporijia et Kharkiv dans la nuit.")
    assert ("Zaporijia", "place", "UA") in got and ("Kharkiv", "place", "UA") in got


@pytest.mark.gazetteer
def test_a_state_university_is_in_its_city(gazetteer):
    got = _read(gazetteer, "Students of Kharkiv State University sheltered in the metro.")
    assert got == [("Kharkiv", "place", "UA")]


@pytest.mark.gazetteer
def test_a_gangs_name_is_no_place(gazetteer):
    got = _read(gazetteer, "Colombia said the men belonged to Tren de Aragua, not to a cartel.")
    assert got == [("Colombia", "country", "CO")]


@pytest.mark.gazetteer
def test_a_region_named_by_its_seat(gazetteer):
    from geo.text.definitions import capital_regions

    assert ("admin1", "SY", "05") in capital_regions(gazetteer, "suwayda")
    assert capital_regions(gazetteer, "lee") == []  # no region spelt so


@pytest.mark.gazetteer
def test_a_village_of_a_province_named_by_its_seat_stays_in_it(gazetteer):
    text = "Herders from Al-Mazraa, a hamlet in Suwayda province, fled toward the city."
    found = {t.text: t.place for t in geoparse(text, gazetteer) if t.place}
    assert found["Al-Mazraa"].country_code == "SY"  # not El Mazra'a, Israel


@pytest.mark.gazetteer
def test_a_county_and_its_region_abroad_of_a_namesake(gazetteer):
    text = "Clashes in Nasir County, Upper Nile State, forced families across the river."
    found = {t.text: t for t in geoparse(text, gazetteer) if t.place}
    assert found["Nasir"].place.country_code == "SS" and found["Nasir"].estimated
    text = "Drones struck Bakhmut District, Donetsk Oblast, and Lee County, Florida."
    got = {(n, c) for n, k, c in _read(gazetteer, text)}
    assert {("Bakhmut", "UA"), ("Lee County", "US")} <= got


@pytest.mark.gazetteer
def test_a_river_a_region_is_named_after(gazetteer):
    def kinds(text):
        return {t.text: (t.place.kind, t.place.country_code) for t in geoparse(text, gazetteer)}

    got = kinds("Barges carried grain up the Blue Nile toward Sennar.")
    assert got["Blue Nile"][0] == "water"
    got = kinds("Relief convoys reached Kosti in White Nile State.")
    assert got["White Nile State"] == ("admin1", "SD")


def test_a_town_by_its_anchor_fits_a_loose_bearing():
    from geo.text.hinted import fits_known
    from geo.text.hints import Hint

    anchor = (48.57, 39.31)
    town = (48.66, 39.48)  # about 16 km east-north-east
    north = Hint(1, 0.0, 22.5, 2.0, 40.0, None, 0, 0)
    assert fits_known(north, anchor, town, 12_000)
    assert not fits_known(north, anchor, town, 900)  # a village there is a namesake
    far_town = (48.57, 40.40)  # 80 km east
    assert not fits_known(north, anchor, far_town, 12_000)


@pytest.mark.gazetteer
def test_a_town_stays_itself_by_a_loose_direction(gazetteer):
    text = "Shelling hit Shchastia and Stanytsia Luhanska, north of Luhansk, overnight."
    found = {t.text: t for t in geoparse(text, gazetteer) if t.place}
    assert not found["Stanytsia Luhanska"].estimated


def test_german_romanisation():
    from geo.text.variants import german_variants

    assert german_variants("swjatohirsk")[0] == "svyatohirsk"
    assert german_variants("charkiw")[0] == "kharkiv"
    assert german_variants("huliaipole") == []  # no German mark


@pytest.mark.gazetteer
def test_a_german_spelling_of_two_words_is_one_place(gazetteer):
    text = "Ukrainian units held out near Tschassiw Jar and Kostjantyniwka."
    found = {t.text: t.place for t in geoparse(text, gazetteer) if t.place}
    assert found["Tschassiw Jar"].name == "Chasiv Yar"
    assert "Jar" not in found


def test_a_listed_name_warned_about_already_is_not_warned_again(caplog):
    from geo.model import Toponym
    from geo.text.unplaced import warn_unplaced_listed

    bare = [Toponym(10, 16, "Zbruch", None, 0.0, "")]
    with caplog.at_level("WARNING"):
        warn_unplaced_listed(bare, {(10, 16)}, {"Zbruch"})
    assert "Zbruch" not in caplog.text
    with caplog.at_level("WARNING"):
        warn_unplaced_listed(bare, {(10, 16)})
    assert caplog.text.count("Zbruch") == 1


@pytest.mark.gazetteer
def test_a_news_outlets_name_is_no_far_place(gazetteer):
    text = "The mayor told the regional outlet Pepel that shelling hit Shebekino."
    assert [n for n, k, c in _read(gazetteer, text)] == ["Shebekino"]
    text = "Pepel, a port in Sierra Leone, was flooded, the outlet said."
    assert "Pepel" in [n for n, k, c in _read(gazetteer, text)]

"""Kinds found by front-line articles 128-133 and the known cases of session 21: a town
whose name ends with an area's ("Novyi Donbas"), a hint measured from "the capital" or
from "the city" after a place the text called a town, Ukrainian names in Polish
romanisation, a pipeline named after no place on it, and "the US State Department"."""

import pytest

from geo.text.geoparse import geoparse
from geo.text.polish_variants import polish_variants


def _read(text, gazetteer):
    return {text[t.start : t.end]: t for t in geoparse(text, gazetteer)}


def _km(t, lat, lon):
    from geo.geometry import distance_km

    return distance_km((t.place.lat, t.place.lon), (lat, lon))


# --- a town named with an area's name at its end ------------------------------------


def test_town_ending_with_an_areas_name_is_the_town(gazetteer):
    read = _read(
        "Drones hit Bilytske and Novyi Donbas overnight, and shelling across the Donbas "
        "went on.",
        gazetteer,
    )
    assert read["Novyi Donbas"].place.kind == "place"
    assert _km(read["Novyi Donbas"], 48.4495, 37.1796) < 5
    assert read["Donbas"].cue == "area"


# --- "south of the capital": the national capital named, not the last place ----------


def test_the_capital_is_the_capital_the_text_names(gazetteer):
    text = (
        "KYIV, Ukraine (AP) - Russia attacked power plants overnight. DTEK said its "
        "Dobrotvir plant in the Lviv region was hit. Centrenergo said the plant near "
        "Ukrainka, south of the capital, had stopped."
    )
    ukrainka = _read(text, gazetteer)["Ukrainka"]
    assert not ukrainka.estimated
    assert _km(ukrainka, 50.1432, 30.7461) < 5  # Kyiv Oblast's, not near Dobrotvir


def test_the_capital_with_no_capital_named_stays_as_read(gazetteer):
    from geo.text.capital_anchors import capital_anchors
    from geo.text.hints import Hint
    from geo.text.tokens import Mention

    text = "Shelling hit Kherson. Bucha, west of the capital, was calm."
    kherson = Mention(13, 20, "kherson", 2, 2)
    bucha = Mention(22, 27, "bucha", 3, 3)
    hint = Hint(0, 270.0, 45.0, 2.0, 40.0, None, 27, text.index("the capital"))
    assert capital_anchors(text, gazetteer, [kherson, bucha], {1: hint}) == {1: hint}


# --- "of the city" after a place the text called a town --------------------------------


def test_the_city_after_a_town_is_the_datelines_city(gazetteer):
    text = (
        "MYKOLAIV, Ukraine (AP) - Shelling hit Mykolaiv again on Sunday. Farther north, "
        "troops entered Bashtanka, a town on the Inhul river. In Kyselivka, 35 "
        "kilometres east of the city, a school was hit."
    )
    kyselivka = _read(text, gazetteer)["Kyselivka"]
    assert _km(kyselivka, 47.0020, 32.4700) < 5  # Mykolaiv Oblast's village


def test_the_city_after_a_place_not_called_a_town_is_that_place(gazetteer):
    from geo.text.capital_anchors import capital_anchors
    from geo.text.hints import Hint
    from geo.text.tokens import Mention

    text = "KYIV, Ukraine - Tawila lies west of El Fasher. Tawila, 60 km west of the city."
    kyiv = Mention(0, 4, "kyiv", 0, 0)
    kyiv.dateline = True
    fasher = Mention(text.index("El Fasher"), text.index("El Fasher") + 9, "el fasher", 8, 9)
    tawila = Mention(text.rindex("Tawila"), text.rindex("Tawila") + 6, "tawila", 11, 11)
    hint = Hint(1, 270.0, 22.5, 50.0, 70.0, 60.0, tawila.end, text.index("the city"))
    assert capital_anchors(text, gazetteer, [kyiv, fasher, tawila], {2: hint}) == {2: hint}


# --- Ukrainian names as Polish writes them ---------------------------------------------


@pytest.mark.parametrize(
    ("polish", "english"),
    [
        ("hulajpole", "huliaipole"),
        ("czasiw jar", "chasiv yar"),
        ("łysyczansk", "lysychansk"),
        ("toreck", None),  # no Polish mark: read as written
        ("wełyka nowosiłka", "velyka novosilka"),
        ("słowiansk", "sloviansk"),  # a hard "ł" is no soft "l"
    ],
)
def test_polish_variants(polish, english):
    found = polish_variants(polish)
    assert (english in found) if english else found == []


def test_polish_forms_of_front_towns(gazetteer):
    read = _read(
        "WARSAW - Fighting near Hulajpole and Orichiw went on, and Russian troops attacked "
        "near Awdijiwka and Łysyczańsk.",
        gazetteer,
    )
    assert _km(read["Hulajpole"], 47.6668, 36.2558) < 5
    assert _km(read["Awdijiwka"], 48.1402, 37.7501) < 5
    assert _km(read["Łysyczańsk"], 48.9121, 38.4209) < 5


# --- a pipeline named after no place on it ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit an oil pumping station near Unecha on the Druzhba pipeline.",
        "Hungary says supplies through the Druzhba oil pipeline resumed near Unecha.",
    ],
)
def test_named_pipeline_is_no_place(gazetteer, text):
    read = _read(text, gazetteer)
    assert "Druzhba" not in read
    assert read["Unecha"].place.country_code == "RU"


def test_town_named_like_a_pipeline_stays_a_town(gazetteer):
    read = _read("Shelling hit Druzhba, a town in the Sumy region, on Monday.", gazetteer)
    assert read["Druzhba"].place.country_code == "UA"


# --- "the US State Department" -------------------------------------------------------------


def test_state_department_is_no_state(gazetteer):
    read = _read("The US State Department said talks in Kano State would resume.", gazetteer)
    assert "US State" not in read
    assert read["US"].place.kind == "country"
    assert read["Kano State"].place.kind == "admin1"

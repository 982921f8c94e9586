"""Kinds found by front-line articles 250-256 (Russian, Soviet-era, German and Polish
spellings): a Russian soft sign before "и" written "y" ("Ilyinovka" for Ильиновка,
romanised "Ilinovka"), and Polish forms of Russian names, whose "ie" after a consonant is
a Russian "е" ("Dniepropetrowsk", "Siewierodonieck", "Bierdiańsk")."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.polish_variants import polish_variants
from geo.text.soft_sign_variants import soft_sign_variants

pytestmark = pytest.mark.gazetteer

ILLINIVKA = (48.4938, 37.6632)  # Kostiantynivka hromada, Donetsk Oblast
DNIPRO = (48.4666, 35.0407)
SIEVIERODONETSK = (48.9441, 38.4875)
BERDIANSK = (46.7558, 36.7882)


def _read(text, gazetteer):
    return {text[t.start : t.end]: t for t in geoparse(text, gazetteer)}


def _km(t, point):
    return distance_km((t.place.lat, t.place.lon), point)


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("ilyinovka", ["ilinovka"]),
        ("maryinka", ["marinka"]),
        ("ilyichevka", ["ilichevka"]),
        ("kyiv", []),
        ("novyi bug", []),  # a word's last "yi" is an adjective's ending, no soft sign
        ("mayivka", []),  # after a vowel: "й"
    ],
)
def test_soft_sign_variants(name, forms):
    assert soft_sign_variants(name) == forms


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("dniepropetrowsk", "dnepropetrovsk"),
        ("siewierodonieck", "severodonetsk"),
        ("bierdiansk", "berdiansk"),
    ],
)
def test_polish_soft_e(name, english):
    assert polish_variants(name)[0] == english


def test_polish_soft_e_needs_a_slavic_mark():
    # an "ie" alone is English ("Pierre", "Fielding"): no Polish form
    assert polish_variants("pierre") == []
    assert polish_variants("fielding") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops shelled Ilyinovka near Konstantinovka on Tuesday.",
        "The DPR's mission said two houses burned in Ilyinovka, west of Konstantinovka.",
        "Units of Battlegroup South improved their positions near Ilyinovka and Ivanopolye.",
    ],
)
def test_soft_sign_spelling_finds_the_village(text, gazetteer):
    t = _read(text, gazetteer)["Ilyinovka"]
    assert t.place is not None and _km(t, ILLINIVKA) <= 20


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        (
            "A convoy left Przemyśl for hospitals in Dniepropetrowsk and Kramatorsk.",
            "Dniepropetrowsk",
            DNIPRO,
        ),
        (
            "The towns of Siewierodonieck and Lisiczańsk were captured in 2022.",
            "Siewierodonieck",
            SIEVIERODONETSK,
        ),
        ("Drony zaatakowały port w Bierdiańsk, Polish radio reported.", "Bierdiańsk", BERDIANSK),
    ],
)
def test_polish_forms_of_russian_names(text, name, point, gazetteer):
    t = _read(text, gazetteer)[name]
    assert t.place is not None and _km(t, point) <= 20


@pytest.mark.parametrize(
    ("text", "people", "places"),
    [
        (
            "Shelling of left-bank Kakhovka - Balitsky, Saldo\n\nMELITOPOL, Oct 18 (Interfax) -"
            " Drones hit Akimovka, the Russian-installed governor Yevgeny Balitsky said."
            " Vladimir Saldo said Kakhovka was shelled.",
            ("Balitsky", "Saldo"),
            ("Kakhovka", "Akimovka"),
        ),
        (
            "Drones attack Shebekino and Grayvoron - Gladkov, Khinshtein\n\nGovernor Vyacheslav"
            " Gladkov said drones hit Shebekino. Kursk's governor Alexander Khinshtein said"
            " Rylsk was shelled.",
            ("Gladkov", "Khinshtein"),
            ("Shebekino", "Grayvoron", "Rylsk"),
        ),
        (
            "Power cut in Nova Kakhovka, Oleshky - Leontyev, Saldo\n\nKHERSON REGION (RIA) -"
            " The town's head Vladimir Leontyev said lines were down; Vladimir Saldo said"
            " repairs in Oleshky had begun.",
            ("Leontyev", "Saldo"),
            ("Nova Kakhovka", "Oleshky"),
        ),
    ],
)
def test_headline_sources_after_a_dash_are_people(text, people, places, gazetteer):
    read = _read(text, gazetteer)
    assert not set(people) & set(read)
    assert set(places) <= set(read)


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        ("Shells hit the Proletarsky district of Donetsk overnight.", "Proletarsky", "Donetsk"),
        (
            "In Donetsk, shells hit the Proletarsky and Kuibyshevsky districts.",
            "Proletarsky",
            "Donetsk",
        ),
        ("A school was damaged in the Tsentralny district of Mariupol.", "Tsentralny", "Mariupol"),
    ],
)
def test_russian_district_names_inside_their_city(text, name, city, gazetteer):
    read = _read(text, gazetteer)
    part, town = read[name], read[city]
    assert part.place is not None and not part.estimated
    assert _km(part, (town.place.lat, town.place.lon)) <= 20


def test_part_readings_of_a_short_adjective(gazetteer):
    from geo.text.part_readings import part_readings

    names = {gazetteer.name(c.record) for c in part_readings(gazetteer, "proletarsky")}
    assert "Chumakivskyi" in names
    assert part_readings(gazetteer, "krasnyi lyman") == []


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Fighting near Zelyony Gai in the Donetsk region continued.", "Zelyony Gai", "05"),
        ("Russian troops took Zelyony Gai in the Zaporozhye region.", "Zelyony Gai", "26"),
        ("Drones struck Zelyonoye in the Donetsk region overnight.", "Zelyonoye", "05"),
        ("Russian units advanced near Semyonovka, in the Zaporozhye region.", "Semyonovka", "26"),
    ],
)
def test_yo_spelling_finds_the_e_namesake_in_the_stated_region(text, name, region, gazetteer):
    # GeoNames writes most Russian "ё" as "е": the namesake in the region the text states
    # is found under "Zeleny Gai", "Zelenoye", "Semenovka" though others carry the "yo"
    t = _read(text, gazetteer)[name]
    assert t.place is not None and not t.estimated
    assert (t.place.country_code, t.place.admin1_code) == ("UA", region)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Ukrainian drones attacked Oktyabrsky in the Volgograd region.", "84"),
        ("Drones attacked Oktyabrsky in the Ryazan region overnight.", "62"),
        ("A drone fell near Oktyabrsky in the Bashkortostan republic.", "08"),  # its own
    ],
)
def test_short_sky_ending_finds_the_namesake_in_the_stated_region(text, region, gazetteer):
    # the press's "Oktyabrsky" is the Bashkir city's alternate; GeoNames writes the
    # Volgograd and Ryazan towns "Oktyabr'skiy"
    t = _read(text, gazetteer)["Oktyabrsky"]
    assert t.place is not None and not t.estimated
    assert (t.place.country_code, t.place.admin1_code) == ("RU", region)

"""Kinds found by front-line articles 210-219 (Russian, Soviet-era, German and Polish
spellings): a Russian "сч" written as heard ("Shchastye" for Счастье, romanised
"Schastye"), and a region's German form that GeoNames lists for the region only
("Mykolajiw", "Tscherniwzi"), which names the region's city as the English form does."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.variants import foreign_english_forms, heard_sch_variants

pytestmark = pytest.mark.gazetteer

SHCHASTIA = (48.7378, 39.2305)  # Luhansk Oblast
SHCHASLYVTSEVE = (46.0326, 34.8345)  # the Arabat Spit, Kherson Oblast
MYKOLAIV = (46.9763, 31.9930)
CHERNIVTSI = (48.2905, 25.9324)
ODESA = (46.4857, 30.7438)


def _read(text, gazetteer):
    return {text[t.start : t.end]: t for t in geoparse(text, gazetteer)}


def _km(t, point):
    return distance_km((t.place.lat, t.place.lon), point)


@pytest.mark.parametrize(
    ("name", "heard"),
    [("shchastye", ["schastye"]), ("shchastlivtsevo", ["schastlivtsevo"]), ("kyiv", [])],
)
def test_heard_sch_variants(name, heard):
    assert heard_sch_variants(name) == heard


def test_foreign_english_forms_of_german_names():
    assert foreign_english_forms("mykolajiw")[0] == "mykolayiv"
    assert "chernivtsi" in foreign_english_forms("tscherniwzi")
    assert foreign_english_forms("pokrovsk") == ()


# --- a Russian "сч" written as heard -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a place named before it: once estimated at Mariupol, 222 km off
        "Fighting spread to Shirokino east of Mariupol, and observers reported heavy "
        "shelling near Shchastye, where a power station supplies the region.",
        "Shelling hit Shchastye and Stanitsa Luganskaya overnight.",
        "The power plant in Shchastye was shut down again, the separatists said.",
    ],
)
def test_shchastye_is_shchastia(gazetteer, text):
    t = _read(text, gazetteer)["Shchastye"]
    assert t.place.kind == "place"
    assert _km(t, SHCHASTIA) < 5


def test_shchastlivtsevo_on_the_arabat_spit(gazetteer):
    read = _read("Ferries resumed between Genichesk and Shchastlivtsevo on Monday.", gazetteer)
    assert _km(read["Shchastlivtsevo"], SHCHASLYVTSEVE) < 5


# --- a region's German form names its city ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Black Sea port of Odessa and Mykolajiw reported no damage.",
        "Explosions were heard in Mykolajiw and Odessa overnight.",
        "In Mykolajiw, a missile hit the shipyard, the mayor said.",
    ],
)
def test_mykolajiw_is_the_city(gazetteer, text):
    read = _read(text, gazetteer)
    assert read["Mykolajiw"].place.kind == "place"
    assert _km(read["Mykolajiw"], MYKOLAIV) < 10
    if "Odessa" in read:  # its partner is the city too, not the oblast
        assert read["Odessa"].place.kind == "place"
        assert _km(read["Odessa"], ODESA) < 10


@pytest.mark.parametrize(
    "text",
    [
        "Explosions were heard in Tscherniwzi.",
        "Drones hit Tscherniwzi and Iwano-Frankiwsk overnight.",
    ],
)
def test_tscherniwzi_is_the_city(gazetteer, text):
    t = _read(text, gazetteer)["Tscherniwzi"]
    assert t.place.kind == "place"
    assert _km(t, CHERNIVTSI) < 10  # not the village of Vinnytsia Oblast so called


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian troops shelled the Mykolajiw region on Sunday.", "Mykolajiw"),
        ("Power cuts were reported across Transkarpatien and Wolhynien.", "Transkarpatien"),
        ("Power cuts were reported across Transkarpatien and Wolhynien.", "Wolhynien"),
    ],
)
def test_regions_stay_regions(gazetteer, text, name):
    assert _read(text, gazetteer)[name].place.kind == "admin1"


# --- a region's alias shared with its city: the city as well matched -------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trains ran from Kharkov to Lozovaya and Pavlograd.", "Kharkov"),
        ("Evacuees were taken by bus from Kharkov to Lozovaya.", "Kharkov"),
        ("Refugees left by train from Kharkov for Lozovaya and Barvenkovo.", "Kharkov"),
    ],
)
def test_russian_spelling_of_a_centre_is_the_city(gazetteer, text, name):
    assert _read(text, gazetteer)[name].place.kind == "place"


@pytest.mark.parametrize(
    ("russian", "ukrainian", "name"),
    [
        (
            "A convoy drove from Nikolayev to Pervomaisk on Tuesday.",
            "A convoy drove from Mykolaiv to Pervomaisk on Tuesday.",
            ("Nikolayev", "Mykolaiv"),
        ),
        (
            "Trains ran from Kharkov to Lozovaya and Pavlograd.",
            "Trains ran from Kharkiv to Lozova and Pavlohrad.",
            ("Kharkov", "Kharkiv"),
        ),
    ],
)
def test_russian_spelling_reads_as_the_ukrainian_one(gazetteer, russian, ukrainian, name):
    ru = _read(russian, gazetteer)[name[0]].place
    uk = _read(ukrainian, gazetteer)[name[1]].place
    assert (ru.kind, round(ru.lat, 2), round(ru.lon, 2)) == (
        uk.kind,
        round(uk.lat, 2),
        round(uk.lon, 2),
    )


def test_the_region_named_so_stays_the_region(gazetteer):
    read = _read("The Kharkov region's governor said Lozovaya was hit.", gazetteer)
    assert read["Kharkov"].place.kind == "admin1"


@pytest.mark.parametrize(
    ("query", "city"),
    [("kharkov", "Kharkiv"), ("nikolayev", "Mykolayiv"), ("mexico", None), ("shirvan", None)],
)
def test_which_city_takes_its_regions_match(gazetteer, query, city):
    from geo.text.regions_named import _region_cities

    found = _region_cities(gazetteer, query, gazetteer.lookup_normalized(query))
    # an alias of the oblast, an alternate of the city: the city as well matched; not
    # Mexico City by the Distrito Federal's alias "Mexico", nor Azerbaijan's Şirvan by
    # its region's own name (Iran's Shirvan bears it as its own)
    assert [gazetteer.name(c.record) for c in found] == ([city] if city else [])

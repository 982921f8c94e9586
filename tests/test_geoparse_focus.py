"""Front-line texts about one area: villages the gazetteer lacks are never a namesake
hundreds of kilometres away, list and route names are found, army groups are no places."""

import pytest

from geo.geometry import distance_km

pytestmark = pytest.mark.gazetteer


def toponyms(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer).toponyms


def where(gazetteer, text):
    """{surface: (lat, lon) or None} (the last mention of each surface)."""
    return {
        t.text: (t.place.lat, t.place.lon) if t.place is not None else None
        for t in toponyms(gazetteer, text)
    }


AVDIIVKA = (48.14, 37.75)
KUPIANSK = (49.71, 37.62)
SUDZHA = (51.19, 35.27)
LYMAN = (48.99, 37.81)


@pytest.mark.parametrize(
    ("text", "name", "area"),
    [
        (  # Pisky near Donetsk: GeoNames has only those of Poltava and Mykolaiv oblasts
            "Russian troops repelled attacks near Avdeyevka, Ocheretino and Krasnogorovka. "
            "The enemy lost up to 90 servicemen near Peski and Marinka, and artillery hit "
            "Kurakhovo and Selidovo.",
            "Peski",
            AVDIIVKA,
        ),
        (  # Orlivka west of Avdiivka: not Orlovka in Stavropol Krai or Crimea
            "Units repelled three attacks near Berdychi, Ocheretino and Orlovka, and hit "
            "enemy positions in Avdeyevka, Krasnogorovka and Selidovo.",
            "Orlovka",
            AVDIIVKA,
        ),
        (  # Hlyboke north of Kharkiv: not the one by the Danube
            "Russian forces attacked near Hlyboke and Lyptsi and in Vovchansk. Glide bombs "
            "hit Zolochiv, Kupiansk and Kharkiv.",
            "Hlyboke",
            (50.0, 36.5),
        ),
        (  # Pishchane near Kupiansk: not those of Poltava or Cherkasy oblasts
            "Russian forces attacked southeast of Kupiansk near Pishchane and Kruhliakivka. "
            "Shelling hit Borova, Izium and Kupiansk-Vuzlovyi.",
            "Pishchane",
            KUPIANSK,
        ),
        (  # Olgovka in Korenevo district: not Olhivka in Ukraine
            "Fighting was reported near Olgovka. Drones hit Sudzha, Korenevo, Rylsk and "
            "Glushkovo, and buses took residents to Lgov.",
            "Olgovka",
            SUDZHA,
        ),
    ],
)
def test_a_far_namesake_of_a_village_is_not_taken_in_a_text_about_one_area(
    gazetteer, text, name, area
):
    point = where(gazetteer, text).get(name)
    assert point is None or distance_km(point, area) < 150, point


def test_a_namesake_inside_the_area_is_taken_over_a_far_one(gazetteer):
    text = (
        "Russian forces attacked near Terny and Yampolivka. Fighting continued near "
        "Lyman, Torske, Siversk and Kreminna."
    )
    assert distance_km(where(gazetteer, text)["Terny"], LYMAN) < 20


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Another country the text names: it has turned to it.
        (
            "M23 rebels took Sake, west of Goma, and fighting went on near Rutshuru and "
            "Bukavu. In Myanmar, rebels said they had taken Myawaddy.",
            "Myawaddy",
        ),
        (
            "Shelling hit Kupiansk, Izium, Balakliia and Borova. In Russia, drones struck "
            "an airfield near Millerovo.",
            "Millerovo",
        ),
        # A container said with it.
        (
            "Shelling hit Kupiansk, Izium, Balakliia and Borova. Drones struck an airfield "
            "near Millerovo, Rostov Oblast.",
            "Millerovo",
        ),
        # Too few other places to speak of an area.
        ("Shelling hit Kupiansk and Izium, and drones struck Millerovo.", "Millerovo"),
    ],
)
def test_a_far_place_the_text_locates_or_turns_to_is_kept(gazetteer, text, name):
    assert where(gazetteer, text).get(name) is not None


def test_far_places_near_each_other_are_a_second_area(gazetteer):
    text = (
        "Shelling hit Kupiansk, Izium, Balakliia, Borova and Lyman. Overnight, drones "
        "struck oil depots in Millerovo and Kamensk-Shakhtinsky."
    )
    found = where(gazetteer, text)
    assert found.get("Millerovo") is not None
    assert found.get("Kamensk-Shakhtinsky") is not None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # Kurdyumivka has 821 people: a hamlet's name needs a cue, the list's "near"
            "Fighting continued near Klishchiivka, Kurdyumovka and Andreyevka.",
            ["Kurdyumovka"],
        ),
        (
            "Artillery hit Ukrainian units near Urozhaine, Staromaiorske and Velyka Novosilka.",
            ["Staromaiorske"],
        ),
        ("Russian troops attacked in Kurdyumivka or Zaitseve.", ["Kurdyumivka"]),
    ],
)
def test_later_names_of_a_list_after_a_place_cue_are_places(gazetteer, text, names):
    found = where(gazetteer, text)
    for name in names:
        assert found.get(name) is not None, found


@pytest.mark.parametrize(
    "text",
    [
        "Units of the Yug group of forces improved their tactical position.",
        "The Vostok group of forces repelled four counterattacks.",
        "Units of the Zapad grouping took more favourable lines.",
        "Shelling hit positions held by the Donetsk People's Republic's forces, the "
        "Republic's leader said.",
    ],
)
def test_army_groups_and_republic_are_no_places(gazetteer, text):
    named = ("Donetsk", "Donetsk People's Republic")  # the region so styled is a place
    assert [t.text for t in toponyms(gazetteer, text) if t.text not in named] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Russian forces attacked along the Borova-Lyman line. Fighting continued "
            "northeast of Lyman near Torske.",
            ["Borova", "Lyman", "Lyman", "Torske"],
        ),
        (
            "Drones hit cars on the Pokrovsk-Kostiantynivka highway and the Kupiansk-Svatove road.",
            ["Pokrovsk", "Kostiantynivka", "Kupiansk", "Svatove"],
        ),
    ],
)
def test_names_joined_by_hyphens_before_a_route_word_are_places(gazetteer, text, names):
    found = toponyms(gazetteer, text)
    assert [t.text for t in found] == names
    assert all(t.place is not None for t in found)


KHARKIV = (49.98, 36.25)
KREMINNA = (49.05, 38.22)


@pytest.mark.parametrize(
    ("text", "name", "anchor", "south"),
    [
        (
            "Russian forces attacked southeast of Kupiansk near Pishchane, Kruhliakivka "
            "and Kyslivka.",
            "Kyslivka",
            KUPIANSK,
            True,
        ),
        (
            "Russian forces attacked southeast of Kupiansk near Pishchane, Kruhliakivka "
            "and Kyslivka.",
            "Pishchane",  # GeoNames has only namesakes in Poltava and Cherkasy oblasts
            KUPIANSK,
            True,
        ),
        (
            "Russian forces attacked near Hlyboke and Lyptsi (both north of Kharkiv) on Tuesday.",
            "Hlyboke",
            KHARKIV,
            False,
        ),
        (
            "Russian forces attacked west of Kreminna near Nevske and Dibrova.",
            "Nevske",
            KREMINNA,
            None,
        ),
    ],
)
def test_a_direction_stated_for_a_whole_list_locates_each_name(
    gazetteer, text, name, anchor, south
):
    found = {t.text: t for t in toponyms(gazetteer, text)}
    place = found[name].place
    point = (place.lat, place.lon)
    assert distance_km(point, anchor) <= 45
    if south is not None:
        assert (point[0] < anchor[0]) is south


def test_a_known_village_that_fits_the_lists_direction_keeps_its_place(gazetteer):
    text = "Russian forces attacked northeast of Kupiansk near Petropavlivka and Synkivka."
    found = {t.text: t for t in toponyms(gazetteer, text)}
    assert found["Petropavlivka"].place.geonameid == 697421
    assert not found["Petropavlivka"].estimated


def test_near_without_a_direction_estimates_nothing(gazetteer):
    found = toponyms(gazetteer, "Talks near Geneva and Lausanne resumed on Monday.")
    assert [(t.text, t.estimated) for t in found] == [("Geneva", False), ("Lausanne", False)]


@pytest.mark.parametrize(
    ("text", "name", "truth"),
    [
        (  # Klishchiivka: not in GeoNames' cities500, located by its list partners
            "Units repelled four counterattacks near Kleshcheyevka, Kurdyumovka and Andreyevka.",
            "Kleshcheyevka",
            (48.533, 37.967),
        ),
        (  # Andriivka south of Klishchiivka: not the Andriivka near Mariupol, 110 km off
            "Units repelled four counterattacks near Kleshcheyevka, Kurdyumovka and "
            "Andreyevka. Artillery hit Artemovsk, Chasov Yar, Konstantinovka and Dzerzhinsk.",
            "Andreyevka",
            (48.496, 37.965),
        ),
        (  # Heorhiivka west of Marinka: not the Heorhiivka of Luhansk Oblast
            "Units struck manpower near Marinka, Georgiyevka and Pobeda, and hit Kurakhovo, "
            "Krasnogorovka, Ugledar and Selidovo.",
            "Georgiyevka",
            (47.955, 37.44),
        ),
        (  # Robotyne: not Rybotyn in Chernihiv Oblast
            "Units repelled attacks near Rabotino, Verbovoye and Malaya Tokmachka, and hit "
            "Orekhov, Tokmak, Polohy and Vasylivka.",
            "Rabotino",
            (47.444, 35.838),
        ),
    ],
)
def test_a_village_of_a_near_list_lies_near_its_partners(gazetteer, text, name, truth):
    found = {t.text: t for t in toponyms(gazetteer, text)}
    place = found[name].place
    assert distance_km((place.lat, place.lon), truth) <= 20


def test_a_partner_with_no_places_around_it_moves_nothing(gazetteer):
    # "near Gulyaipole and Kamenskoye" read as Kamianske on the Dnieper, 110 km off: the
    # known town keeps its place, it is not estimated at a partner nothing else is near.
    text = (
        "Aviation struck a command post near Orekhov and ammunition depots near Gulyaipole "
        "and Kamenskoye. Attacks were repelled near Rabotino, Verbovoye and Malaya Tokmachka."
    )
    found = {t.text: t for t in toponyms(gazetteer, text)}
    assert found["Gulyaipole"].place.geonameid == 707898


VOVCHANSK = (50.29, 36.94)


@pytest.mark.parametrize(
    ("text", "name", "truth"),
    [
        (  # GeoNames' cities500 has neither village
            "Russian forces attacked near Starytsia and Tykhe (both near Vovchansk).",
            "Tykhe",
            VOVCHANSK,
        ),
        (
            "Russian forces attacked near Starytsia and Tykhe (both near Vovchansk).",
            "Starytsia",
            VOVCHANSK,
        ),
        (  # Khiam, 6 km from Kfar Kila
            "Artillery shells landed on the outskirts of Khiam and Kfar Kila.",
            "Khiam",
            (33.33, 35.61),
        ),
    ],
)
def test_both_near_and_the_outskirts_of_a_list_locate_its_villages(gazetteer, text, name, truth):
    found = {t.text: t for t in toponyms(gazetteer, text)}
    assert found[name].estimated
    place = found[name].place
    assert distance_km((place.lat, place.lon), truth) <= 20

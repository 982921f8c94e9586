"""The front-line prior: in a text about fighting, a name with a town where the war is
fought among its namesakes names that town, unless the text says otherwise."""

import pytest

from geo.text.front import FRONT_REGIONS
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    return {t.text: (t.place.name, t.place.country_code, t.place.admin1_code)
            for t in geoparse(text, gazetteer) if t.place}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Soviet names of Donbas towns, which Russian towns still bear
        ("Fighting continues near Artemovsk.", {"Artemovsk": ("Bakhmut", "UA", "05")}),
        ("Russian troops advanced near Krasnoarmeysk and Dzerzhinsk, the ministry added.",
         {"Krasnoarmeysk": ("Pokrovsk", "UA", "05"), "Dzerzhinsk": ("Toretsk", "UA", "05")}),
        ("Russian artillery shelled Volchansk overnight.",
         {"Volchansk": ("Vovchansk", "UA", "07")}),
        # what the text says of the place wins
        ("Russian troops held exercises near Krasnoarmeysk in the Saratov region.",
         {"Krasnoarmeysk": ("Krasnoarmeysk", "RU", "67"), "Saratov": ("Saratov", "RU", "67")}),
        ("Drones were shot down over Dzerzhinsk in the Nizhny Novgorod region.",
         {"Dzerzhinsk": ("Dzerzhinsk", "RU", "51"),
          "Nizhny Novgorod": ("Nizhny Novgorod", "RU", "51")}),
        # a front-line village is no match for a city known the world over
        ("US troops returned to New York after the deployment.",
         {"US": ("United States", "US", ""), "New York": ("New York City", "US", "NY")}),
    ],
)
def test_a_text_about_fighting_reads_the_front_line_town(gazetteer, text, expected):
    assert places(gazetteer, text) == expected


def test_a_text_with_no_word_of_war_is_unchanged(gazetteer):
    assert places(gazetteer, "The mayor of Dzerzhinsk opened a new school.") == {
        "Dzerzhinsk": ("Dzerzhinsk", "RU", "51")}


def test_an_appositive_definition_states_the_container(gazetteer):
    """", a village in Donetsk region": the New York of Donetsk Oblast."""
    found = places(gazetteer, "Russia claimed to have captured New York, a village in "
                              "the Donetsk region.")
    assert found["New York"][1:] == ("UA", "05")
    found = places(gazetteer, "They searched Hamilton, a town in Skagit County, Washington.")
    assert found["Hamilton"] == ("Hamilton", "US", "WA")


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Units liberated Berdychi in the Donetsk People's Republic, the ministry said.",
         "Donetsk People's Republic", "05"),
        ("Shelling was reported in the Lugansk People’s Republic on Monday.",
         "Lugansk People’s Republic", "14"),
    ],
)
def test_a_peoples_republic_is_the_region_so_styled(gazetteer, text, name, region):
    found = {t.text: t.place for t in geoparse(text, gazetteer) if t.place}
    assert found[name].kind == "admin1" and found[name].admin1_code == region


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        # A village the gazetteer lacks there, with namesakes in Kherson Oblast and
        # Stavropol Krai: located in the region, never at a namesake.
        ("Units liberated the settlement of Novotroitskoye in the Donetsk People's "
         "Republic.", "Novotroitskoye", "05"),
        ("Russian forces took Makeyevka in the Lugansk People’s Republic.", "Makeyevka", "14"),
    ],
)  # fmt: skip
def test_a_peoples_republic_after_a_name_is_its_container(gazetteer, text, name, region):
    found = {t.text: t.place for t in geoparse(text, gazetteer) if t.place}
    assert (found[name].country_code, found[name].admin1_code) == ("UA", region)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a text that names Ukraine's war: a front-line town outweighs a larger namesake
        ("Russian troops shelled Seversk on Tuesday, the Ukrainian army said.",
         ("Siversk", "UA", "05")),
        ("Russian artillery shelled Seversk in Donbas overnight.", ("Siversk", "UA", "05")),
        ("Kyiv said Russian drones hit Seversk.", ("Siversk", "UA", "05")),
        # ... but not a city known the world over, nor a village a tenth its size
        ("Ukrainian troops trained with US troops in New York.",
         ("New York City", "US", "NY")),
        ("Ukrainian drones struck a tanker near Novorossiysk.",
         ("Novorossiysk", "RU", "38")),
        # no word of Ukraine: "Russian troops" fight Ukraine's war, and a regional town
        # (Seversk, Tomsk Oblast, 110,000) is no match for a front-line town anyway
        ("Russian troops shelled Seversk on Tuesday.", ("Siversk", "UA", "05")),
    ],
)
def test_a_text_naming_ukraines_war_reads_a_front_line_town(gazetteer, text, expected):
    name = next(n for n in ("Seversk", "New York", "Novorossiysk") if n in text)
    assert places(gazetteer, text)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a village of under 1,000 people named with no cue, in a text about fighting:
        # the gazetteer's only places of the name lie on the front
        ("Russian forces shelled Kondratovka on Monday.", "Kondratovka",
         ("Kindrativka", "UA", "21")),
        ("Russian forces struck Reznikovka overnight.", "Reznikovka",
         ("Riznykivka", "UA", "05")),
        ("Ukrainian troops shelled Kindrativka and Riznykivka.", "Riznykivka",
         ("Riznykivka", "UA", "05")),
    ],
)
def test_a_front_line_village_needs_no_cue_in_a_text_about_fighting(
    gazetteer, text, name, expected
):
    assert places(gazetteer, text)[name] == expected


def test_a_village_with_no_cue_in_a_text_with_no_word_of_war_is_no_place(gazetteer):
    assert "Reznikovka" not in places(gazetteer, "The Reznikovka choir sang on Sunday.")


@pytest.mark.parametrize(
    "text",
    [
        # no word of Ukraine: a front-line town against a regional town elsewhere
        "Heavy fighting continued near Seversk, where assault units advanced 300 metres.",
        "Fierce battles continue for Seversk, a Russian military blogger wrote.",
        # the Russian Defence Ministry's English names its groups "Southern", "Central"
        "Units of the Southern group of forces have improved their tactical position "
        "near Seversk, the Defense Ministry said.",
        "Russian troops repelled counterattacks near Seversk and Verkhnekamenskoye.",
    ],
)
def test_seversk_in_a_text_about_fighting_is_siversk(gazetteer, text):
    assert places(gazetteer, text)["Seversk"][1:] == ("UA", "05")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Police said a man was killed in a shooting in Seversk.", "Seversk", ("RU", "75")),
        ("Soldiers at the base in Seversk, Tomsk region, held drills.", "Seversk",
         ("RU", "75")),
        # the same rule leaves a larger city's own name alone without a word of the war
        ("Drones were shot down over Dzerzhinsk in the Nizhny Novgorod region.",
         "Dzerzhinsk", ("RU", "51")),
    ],
)
def test_the_front_prior_leaves_other_texts_alone(gazetteer, text, name, expected):
    assert places(gazetteer, text)[name][1:] == expected


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Units of the Central group of forces liberated Novoselovka, the ministry said.",
         "Novoselovka", "05"),
        ("Units of the Northern group of forces struck Ukrainian positions near Yunakovka.",
         "Yunakovka", "21"),
    ],
)
def test_english_adjective_names_of_groups_of_forces(gazetteer, text, name, admin1):
    assert places(gazetteer, text)[name][1:] == ("UA", admin1)


def test_a_name_only_spelt_like_places_outside_its_groups_regions_is_none_of_them(gazetteer):
    """"Vremevka" of the Vostok group is Vremivka by Velyka Novosilka (the gazetteer lacks
    it), not Poltava Oblast's Veremiivka, 300 km off: estimated by its list partner."""
    from geo.geometry import distance_km

    text = ("Units of the Vostok group struck Ukrainian forces near Velikaya Novoselka, "
            "Vremevka and Storozhevoye.")
    found = {t.text: t for t in geoparse(text, gazetteer)}
    there = found["Velikaya Novoselka"].place
    village = found["Vremevka"]
    assert village.estimated
    assert distance_km((village.place.lat, village.place.lon), (there.lat, there.lon)) <= 40


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Units of the Zapad group of forces liberated the settlement of Stelmakhovka in "
         "the Lugansk People's Republic.", "Stelmakhovka", "14"),
        ("Shelling hit the village of Hatyshche in the Kharkiv region.", "Hatyshche", "07"),
    ],
)  # fmt: skip
def test_a_name_the_gazetteer_lacks_with_its_region_is_estimated_there(
    gazetteer, text, name, region
):
    found = {t.text: t for t in geoparse(text, gazetteer)}
    assert found[name].estimated
    assert (found[name].place.country_code, found[name].place.admin1_code) == ("UA", region)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit Marhanets and Nikopol in the Dnipropetrovsk region.\n\n"
        "Assault groups pressed on toward Huliaipole, the General Staff said.",
        "Governor Lysak said Russian artillery shelled Nikopol overnight.\n\n"
        "The Russian MoD claimed its troops advanced 12 kilometres northeast of Huliaipole.",
    ],
)
def test_a_front_town_outweighs_its_village_namesake_on_the_front_too(gazetteer, text):
    # Both Hulyaipoles lie in front-line regions: the town of 13,000 by Zaporizhzhia, not
    # the village of 1,200 in Dnipropetrovsk Oblast that Nikopol's nearness would pull to.
    (hit,) = [t for t in geoparse(text, gazetteer) if t.text == "Huliaipole"]
    assert hit.place.admin1_code == "26"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, December 1. /TASS/. Units of the Battlegroup South have liberated Seversk, "
        "the Russian Defense Ministry said.",
        "MOSCOW, Dec 1. /TASS/. Russian troops completed the liberation of the town of Seversk.",
    ],
)
def test_a_place_taken_is_on_the_front_whatever_the_dateline(gazetteer, text):
    # The object of "liberated" is where the fighting is: Siversk (Donetsk Oblast), not
    # Seversk in Tomsk Oblast, ten times its size, which the MOSCOW dateline would favour.
    (hit,) = [t for t in geoparse(text, gazetteer) if t.text == "Seversk"]
    assert (hit.place.country_code, hit.place.admin1_code) == ("UA", "05")


@pytest.mark.gazetteer
def test_a_place_taken_elsewhere_keeps_its_reading(gazetteer):
    # no front-line namesake: the verb changes nothing
    (hit,) = [t for t in geoparse("Rebels captured Goma, the army said.", gazetteer)]
    assert hit.place.country_code == "CD"


@pytest.mark.gazetteer
def test_a_place_taken_is_no_village_of_crimea(gazetteer):
    # Crimea is struck, not fought over: "seized Dachne" in a text on the Toretsk front is
    # not the Crimean Dachne the gazetteer has (the Donetsk Oblast village it lacks)
    text = (
        "Russian forces attacked near Toretsk, Chasiv Yar, Kostiantynivka and Kramatorsk. "
        "The Russian Ministry of Defense claimed that Russian forces seized Dachne."
    )
    (hit,) = [t for t in geoparse(text, gazetteer) if t.text == "Dachne"]
    assert hit.place is None or hit.place.admin1_code != "11"


@pytest.mark.gazetteer
@pytest.mark.parametrize("name", ["Glubokoye", "Sadki"])
def test_a_village_taken_that_the_index_lacks_is_no_namesake_far_off(gazetteer, name):
    # Hlyboke (Kharkiv Oblast) and Sadky (Sumy Oblast) are not in the index: Kazakhstan's
    # Glubokoye and Moscow's Tekstilshchiki (once Sadki) are not what the MoD liberated
    text = f"MOSCOW, December 3. /TASS/. Russian troops have liberated {name}, the ministry said."
    (hit,) = [t for t in geoparse(text, gazetteer) if t.text == name]
    assert hit.place is None or (hit.place.country_code, hit.place.admin1_code) in FRONT_REGIONS


@pytest.mark.gazetteer
def test_a_taken_country_in_a_text_of_the_war_keeps_its_reading(gazetteer):
    text = "Russian troops, the ministry said, recalled the liberation of Poland in 1945."
    (hit,) = [t for t in geoparse(text, gazetteer) if t.text == "Poland"]
    assert hit.place is not None and hit.place.country_code == "PL"

"""Namesakes far from the text's places: a front-line town named among its neighbours is
that town, whatever the countries of the text's other places.

Russian border regions in the same text once pulled Pokrovsk to Engels (Saratov), and
Dzerzhinsk, Seversk and Krasnoarmeysk to Russian towns: the share of the text's places
in a country outweighed how many of them lie around each namesake.  The rule is
general: of a name's namesake places, those with fewer of the text's places around
them lose (:func:`geo.text.evidence.score_candidates`), unless the text names their
region or country, or they are large cities named for their own sake.
"""

import pytest

from geo.geometry import distance_km

pytestmark = pytest.mark.gazetteer

POKROVSK = (48.28, 37.18)
TORETSK = (48.39, 37.85)
SIVERSK = (48.86, 38.10)
LYMAN = (48.99, 37.81)
KAMIANSKE_ZP = (47.54, 35.37)  # the village by Vasylivka, not the city on the Dnieper
MYKOLAIV = (46.98, 31.99)


def where(gazetteer, text):
    """{surface: (lat, lon) or None} (the last mention of each surface)."""
    from geo import analyze

    return {
        t.text: (t.place.lat, t.place.lon) if t.place is not None else None
        for t in analyze(text, gazetteer=gazetteer).toponyms
    }


@pytest.mark.parametrize(
    ("text", "name", "truth"),
    [
        (  # Pokrovsk, not Engels (Saratov), whose old name it was: nearer the text's places
            "Drones hit Belgorod and Kursk overnight, the governors said. Russian forces "
            "pressed on Pokrovsk.",
            "Pokrovsk",
            POKROVSK,
        ),
        (  # Russian spellings with Russian regions around: still Donbas towns
            "MOSCOW, May 5. /TASS/. Drones were downed over the Kursk, Bryansk and Belgorod "
            "regions, and debris fell in Shebekino, Grayvoron and Valuyki. Units of the "
            "Center group advanced in the Krasnoarmeysk direction near Dimitrov and "
            "Rodinskoye.",
            "Krasnoarmeysk",
            POKROVSK,
        ),
        (  # Seversk, not the Siberian city near Tomsk
            "Drones were shot down over the Bryansk, Kursk and Belgorod regions, and a car "
            "was hit in Shebekino. In the Seversk direction, units struck positions near "
            "Verkhnekamenskoye and Krasny Liman.",
            "Seversk",
            SIVERSK,
        ),
        (  # Liman: not the village of Astrakhan Oblast, though its partner is misread too
            "Drones hit Kursk. Russian units attacked near Liman, Seversk and Kremennaya.",
            "Liman",
            LYMAN,
        ),
        (  # a village by its neighbours, not the city of 230,000 of the same name
            "Drones hit Vasylivka and Stepnohirsk, and shells fell on Kamianske and "
            "Orikhiv overnight.",
            "Kamianske",
            KAMIANSKE_ZP,
        ),
        (
            "Drones were downed over the Kursk and Belgorod regions, and debris fell in "
            "Shebekino and Valuyki. Units improved their positions near Artemovsk and "
            "Dzerzhinsk.",
            "Dzerzhinsk",
            TORETSK,
        ),
    ],
)
def test_a_town_among_its_neighbours_is_not_a_far_namesake(gazetteer, text, name, truth):
    point = where(gazetteer, text)[name]
    assert point is not None and distance_km(point, truth) <= 20


def test_a_large_city_keeps_its_name_against_a_village_near_the_texts_places(gazetteer):
    # Nikolayev is Mykolaiv, though Mykolaivka lies among the text's Donbas towns.
    text = (
        "Units fought near Artemovsk, Chasov Yar and Gorlovka. Missiles struck Nikolayev "
        "and Novaya Kakhovka."
    )
    assert distance_km(where(gazetteer, text)["Nikolayev"], MYKOLAIV) <= 20


@pytest.mark.parametrize(
    ("text", "name", "truth"),
    [
        (  # the region named in the sentence locates the town
            "Snow fell on Augusta, Waterville and Bangor. In neighboring New Hampshire, "
            "Concord and Manchester saw rain.",
            "Manchester",
            (42.99, -71.45),
        ),
        (  # a dateline's container locates the bare mention later on
            "NEWARK, N.J. (AP) - A firm based in Newark opened offices in San Francisco, "
            "Oakland and San Jose.",
            "Newark",
            (40.74, -74.17),
        ),
    ],
)
def test_a_namesake_in_a_named_region_keeps_its_place(gazetteer, text, name, truth):
    assert distance_km(where(gazetteer, text)[name], truth) <= 20


@pytest.mark.parametrize(
    ("text", "name", "truth"),
    [
        (
            "Russian forces attacked near Pokrovsk, Myrnohrad, Rodynske and Selydove. In "
            "Kursk Oblast, drones struck a substation in Kurchatov.",
            "Kurchatov",
            (51.65, 35.69),
        ),
        (
            "Fighting continued near Toretsk, Niu-York, Shcherbynivka and Kostiantynivka. "
            "In the Bryansk region, shells fell on Klimovo.",
            "Klimovo",
            (52.38, 32.20),
        ),
    ],
)
def test_a_far_place_in_a_region_the_text_names_stays(gazetteer, text, name, truth):
    point = where(gazetteer, text)[name]
    assert point is not None and distance_km(point, truth) <= 20


@pytest.mark.parametrize(
    ("text", "name", "truth"),
    [
        (  # 80 km apart: two towns of one front, not a namesake of a village
            "Units repelled attacks near Kupyansk and Krasny Liman, and struck positions "
            "near Seversk, Torske and Kremennaya.",
            "Kupyansk",
            (49.71, 37.62),
        ),
        (  # the Balakliia nearest its partner (not the village of Poltava Oblast)
            "Artillery hit positions near Balakleya and Krasny Liman, and near Seversk, "
            "Torske and Kremennaya.",
            "Balakleya",
            (49.46, 36.84),
        ),
        (
            "Artillery hit positions near Izyum and Krasny Liman, and near Seversk, Torske "
            "and Kremennaya.",
            "Izyum",
            (49.21, 37.28),
        ),
    ],
)
def test_a_town_far_from_its_near_partner_keeps_its_place(gazetteer, text, name, truth):
    # A town of the gazetteer 45-80 km from its partner, with no other place of the text
    # around it, is still that town: only villages are estimated at their partner.
    point = where(gazetteer, text)[name]
    assert point is not None and distance_km(point, truth) <= 20


@pytest.mark.parametrize(
    ("text", "name", "truth"),
    [
        (
            "MOSCOW, March 3. /TASS/. Drones were downed over the Belgorod, Kursk and Bryansk "
            "regions; debris fell in Shebekino, Valuyki, Rylsk and Lgov. Russian forces "
            "struck targets in Gulyaipole, the ministry said.",
            "Gulyaipole",
            (47.67, 36.26),
        ),
        (
            "Drones hit Belgorod, Shebekino, Valuyki and Grayvoron overnight. Missiles also "
            "struck a depot in Orikhiv.",
            "Orikhiv",
            (47.58, 35.78),
        ),
    ],
)
def test_a_far_town_with_no_namesake_in_the_area_stays(gazetteer, text, name, truth):
    # The text is about one area (the Belgorod border); a town far from it is still the
    # town: only villages, which may stand in for one the gazetteer lacks, are dropped.
    point = where(gazetteer, text)[name]
    assert point is not None and distance_km(point, truth) <= 20


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("MOSCOW, March 3. /TASS/. Drones were downed over Kursk.", "MOSCOW"),
        ("KYIV, Ukraine (AP) — Drones hit Kharkiv overnight.", "KYIV"),
        ("Strikes on the border\n\nBEIRUT, Dec 4 (Reuters) - Shells hit Khiam.", "BEIRUT"),
        ("Kyiv said drones hit Kharkiv overnight.", None),
        ("Drones hit KHARKIV, officials said.", None),
    ],
)
def test_the_dateline_is_the_first_capitalised_name_opening_a_line(gazetteer, text, dateline):
    from geo.text.geoparse import find_mentions

    marked = [text[m.start : m.end] for m in find_mentions(text, gazetteer) if m.dateline]
    assert marked == ([dateline] if dateline else [])


@pytest.mark.parametrize(
    ("text", "name", "truth"),
    [
        (  # not the Petrivka on the edge of Kyiv, where the story was filed
            "KYIV, Ukraine (AP) — Russian forces captured Petrivka, Russia's Defense Ministry "
            "said Sunday. Fighting continued near Toretsk.",
            "Petrivka",
            TORETSK,
        ),
        (
            "KYIV, Ukraine (AP) — Russian forces said they had captured Petrivka. Ukraine's "
            "military said fighting continued near Shcherbynivka and Niu-York.",
            "Petrivka",
            TORETSK,
        ),
    ],
)
def test_a_dateline_is_no_neighbour_of_the_places_reported(gazetteer, text, name, truth):
    point = where(gazetteer, text)[name]
    assert point is not None and distance_km(point, truth) <= 40


@pytest.mark.parametrize(
    ("text", "name", "area"),
    [
        (  # Vodiane of Zaporizhzhia Oblast, 220 km off: not the village near Pokrovsk
            "Russian forces attacked near Pokrovsk, Myrnohrad, Udachne, Kotlyne and "
            "Uspenivka on March 3. The Russian MoD claimed that Russian forces seized Vodyane.",
            "Vodyane",
            POKROVSK,
        ),
        (  # Kafr Laha in Syria, whose alternate name is Houla, 200 km off
            "Israeli shells hit Khiam, Kfar Kila, Odaisseh and Houla, and a house was "
            "destroyed in Bint Jbeil; sirens sounded in Kiryat Shmona and Metula.",
            "Houla",
            (33.21, 35.51),
        ),
        (  # Dniprovske of Dnipropetrovsk Oblast, 240 km off: not the village by Kherson
            "Russian forces shelled Kherson City, Antonivka, Bilozerka, Sadove, Dniprovske "
            "and Chornobaivka. Ukrainian forces struck Oleshky and Hola Prystan.",
            "Dniprovske",
            (46.64, 32.61),
        ),
    ],
)
def test_a_village_150_km_out_of_a_focused_text_is_no_namesake(gazetteer, text, name, area):
    point = where(gazetteer, text).get(name)
    assert point is None or distance_km(point, area) <= 60


def test_a_far_town_across_the_world_or_read_by_spelling_is_still_dropped(gazetteer):
    # People's names read as towns in an obituary about Paris, Texas: Tonya in Turkey,
    # "Nina" spelt like Neenah, Wisconsin, are strays, not a second area of the text.
    text = (
        "PARIS, Texas - She is survived by her children, Sam Haskins and wife, Tonya, all "
        "of Paris, Texas; Rodney Cox and wife, Nina, of Hugo, Oklahoma; and a brother of "
        "Ada, Oklahoma, and Powderly, Texas, and a sister of Detroit, Texas."
    )
    from geo import analyze

    found = {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}
    for name in ("Tonya", "Nina"):
        assert name not in found or found[name].place is None


def test_a_city_by_its_own_name_beats_a_town_once_so_called_in_the_named_region(gazetteer):
    """Yampil (Vinnytsia Oblast) lists "Kremenchuk" among its alternate names: naming
    Vinnytsia Oblast does not make it the city of 220,000 on the Dnieper."""
    from geo import analyze

    a = analyze(
        "Drones hit energy facilities in the Vinnytsia region and in Kremenchuk.",
        gazetteer=gazetteer,
    )
    got = {t.text: t.place.name for t in a.toponyms if t.place}
    assert got["Kremenchuk"] == "Kremenchuk"

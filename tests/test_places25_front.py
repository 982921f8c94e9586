"""Session 25's front-line kinds at the 20 km grain.

- a listed village's namesake next to one of its list's places, the list spread over
  15-30 km (geo/text/list_far.py: nearest_list_namesakes, ``SPREAD_KM``);
- a Russian town "X-on-Y" named in English for its river, which GeoNames holds as
  "X-na-Y" with the river in the prepositional case (geo/text/river_towns.py);
- a Russian soft sign before "i" written "y" ("Ilyichevsk": Il'ichevsk, Chornomorsk)
  (geo/text/soft_signs.py).
"""

import math

import pytest

from geo.text.river_towns import river_locatives
from geo.text.soft_signs import soft_sign_variant


def _km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _toponyms(gazetteer, text, name):
    from geo import analyze

    return [t for t in analyze(text, gazetteer=gazetteer).toponyms if t.text == name]


def _at(gazetteer, text, name, nth=0):
    got = _toponyms(gazetteer, text, name)
    assert len(got) > nth, f"{name!r} not read in {text!r}"
    t = got[nth]
    if t.place is not None:
        return t.place.lat, t.place.lon
    assert t.estimate is not None, f"{name!r} left without a place"
    return t.estimate.lat, t.estimate.lon


# GeoNames points (cities500) of the places meant.
_SONYACHNYI_KOST = (48.5081, 37.6805)  # by Illinivka, not Kramatorsk's district
_IVANIVKA_DNIPRO = (48.0997, 36.6349)  # by Zelenyi Hai, not Kramatorsk's
_SLAVYANSK_KUBAN = (45.2514, 38.1213)  # Slavyansk-na-Kubani, not Sloviansk
_NIKOLAYEVSK_AMUR = (53.1466, 140.7229)
_CHORNOMORSK = (46.2991, 30.6553)  # Il'ichevsk until 2016, not Sharur (Azerbaijan)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("The occupiers attacked 19 times near Illinivka, Shcherbynivka and Sonyachnyi in "
         "the Kostiantynivka direction, the General Staff said.", "Sonyachnyi",
         _SONYACHNYI_KOST),
        ("Russian troops shelled Shcherbynivka, Sonyachnyi and Illinivka overnight as "
         "the assaults south of the town went on.", "Sonyachnyi", _SONYACHNYI_KOST),
        ("In the Siversk direction, the enemy attacked near Serebrianka and Dronivka. In the "
         "Lyman direction, the defenders repelled attacks near Zarichne and Torske. In the "
         "Kostiantynivka direction, the occupiers attacked near Illinivka and Shcherbynivka."
         "\n\nIn the Oleksandrivka direction, Russian troops attacked near Zelenyi Hai, "
         "Ivanivka, Komar and Voskresenka.", "Ivanivka", _IVANIVKA_DNIPRO),
        ("In the Lyman direction, the enemy attacked near Zarichne and Torske. In the "
         "Kostiantynivka direction, the occupiers attacked near Shcherbynivka and Illinivka."
         "\n\nIn the Oleksandrivka direction, the enemy attacked near Voskresenka, Ivanivka "
         "and Zelenyi Hai.", "Ivanivka", _IVANIVKA_DNIPRO),
    ],
)  # fmt: skip
def test_a_listed_village_is_its_namesake_next_to_a_spread_list(gazetteer, text, name, where):
    assert _km(*_at(gazetteer, text, name), *where) <= 20


@pytest.mark.gazetteer
def test_a_list_far_from_a_namesake_keeps_its_reading(gazetteer):
    # Kramatorsk's Sonyachnyi lies by Kramatorsk and Druzhkivka: no move to the village
    # by Illinivka, 25 km off.
    text = (
        "Russian drones struck Kramatorsk, Sonyachnyi and Druzhkivka overnight, the "
        "regional governor said after the attack."
    )
    assert _km(*_at(gazetteer, text, "Sonyachnyi"), 48.7228, 37.5981) <= 5


def test_river_locatives():
    assert "kubani" in river_locatives("kuban")
    assert "amure" in river_locatives("amur")
    assert "donu" in river_locatives("don")
    assert "volge" in river_locatives("volga")
    assert river_locatives("ob") == []


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("Drones targeted the oil refinery in Slavyansk-on-Kuban overnight, regional "
         "officials said.", "Slavyansk-on-Kuban", _SLAVYANSK_KUBAN),
        ("A fire broke out at a fuel depot near Slavyansk-on-Kuban after debris fell, the "
         "Krasnodar authorities said.", "Slavyansk-on-Kuban", _SLAVYANSK_KUBAN),
        ("The shipyard at Nikolayevsk-on-Amur was closed for the winter.",
         "Nikolayevsk-on-Amur", _NIKOLAYEVSK_AMUR),
    ],
)  # fmt: skip
def test_a_town_on_its_river_in_english_is_the_na_form(gazetteer, text, name, where):
    got = _toponyms(gazetteer, text, name)
    assert got, f"{name!r} not read whole in {text!r}"
    assert not _toponyms(gazetteer, text, name.split("-")[-1])
    assert _km(*_at(gazetteer, text, name), *where) <= 20


@pytest.mark.gazetteer
def test_a_town_the_gazetteer_has_in_english_stays(gazetteer):
    text = "A drone attack hit the port of Rostov-on-Don on Monday."
    assert _km(*_at(gazetteer, text, "Rostov-on-Don"), 47.2200, 39.7077) <= 5


def test_soft_sign_variant():
    assert soft_sign_variant("ilyichevsk") == "ilichevsk"
    assert soft_sign_variant("maryinka") == "marinka"
    assert soft_sign_variant("khmelnytskyi") is None
    assert soft_sign_variant("kyiv") is None


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Russian missiles struck port facilities in Ilyichevsk and Yuzhny overnight.",
        "Drones hit the Ilyichevsk port, about 20 km south of Odessa, the agency said.",
        "The tanker left Ilyichevsk for Istanbul on Monday with a cargo of grain.",
    ],
)
def test_a_soft_sign_written_y_is_the_apostrophe_form(gazetteer, text):
    assert _km(*_at(gazetteer, text, "Ilyichevsk"), *_CHORNOMORSK) <= 20


_DOBROPILLIA_ZAP = (47.65, 36.10)  # the village west of Huliaipole (not in cities500)
_DOBROPILLIA_TOWN = (48.4667, 37.0857)  # the Donetsk Oblast town


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Russian troops advanced west of Huliaipole toward Dobropillia and Vozdvyzhivka, "
        "the assessment said.",
        "Assault groups attacked from Huliaipole toward Dobropillia and Vozdvyzhivka on "
        "Monday, a Ukrainian brigade said.",
        "Russian troops took fields west of Huliaipole and pushed toward Dobropillia and "
        "Vozdvyzhivka after heavy shelling, the military said.",
    ],
)
def test_a_town_moved_toward_far_from_its_partner_and_sentence(gazetteer, text):
    # The Donetsk Oblast town of the name lies 110-120 km from Huliaipole and its list
    # partner, which lie together: the village by them the gazetteer lacks is meant.
    assert _km(*_at(gazetteer, text, "Dobropillia"), *_DOBROPILLIA_ZAP) <= 20


@pytest.mark.gazetteer
def test_a_town_moved_toward_next_to_its_sentence_stays(gazetteer):
    text = "Russian troops advanced near Pokrovsk toward Dobropillia and Bilytske."
    assert _km(*_at(gazetteer, text, "Dobropillia"), *_DOBROPILLIA_TOWN) <= 5


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "In the Oleksandrivka direction, Russian forces attacked near Ivanivka.",
        "In the Oleksandrivka direction, Russian troops attacked 14 times near Zelenyi Hai, "
        "Ivanivka, Komar and Voskresenka.",
        "Fighting was heaviest in the Oleksandrivka and Huliaipole directions, the General "
        "Staff said.",
    ],
)
def test_a_direction_is_no_citys_old_name(gazetteer, text):
    # GeoNames lists "Oleksandrivka" as an old name of Donetsk; a sector of the front is
    # named after a place of that name as its own.
    got = _toponyms(gazetteer, text, "Oleksandrivka")
    assert got and got[0].place is not None
    assert got[0].place.name == "Oleksandrivka"


_PIVDENNE_ODESA = (46.6247, 31.1018)  # the port town by Odesa, not Kharkiv's Pivdenne


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Missiles hit a fuel depot near Zolochev and a repair base in Bogodukhov, west of "
         "Kharkov, and railway sidings at Lozovaya and Chuguyev.\n\nIn the south, strikes "
         "targeted port facilities in Ilyichevsk and Yuzhny, the agency said.", "Yuzhny"),
        ("Shelling hit Zolochiv, Bohodukhiv and Derhachi north-west of Kharkiv on Monday, "
         "the governor said.\n\nOvernight, drones hit port facilities in Chornomorsk and "
         "Pivdenne, the navy said.", "Pivdenne"),
        ("Missiles struck a depot near Zolochev and an airfield by Bogodukhov, west of "
         "Kharkov.\n\nStrikes also hit the ports of Chernomorsk and Yuzhny overnight, the "
         "ministry said.", "Yuzhny"),
    ],
)  # fmt: skip
def test_a_pairs_town_is_its_namesake_by_its_partner(gazetteer, text, name):
    # Kharkiv's Pivdenne, which the other paragraph's places favour, lies 560 km from
    # the pair's partner; the port town of the name lies 50 km from it.
    assert _km(*_at(gazetteer, text, name), *_PIVDENNE_ODESA) <= 20


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("Russian troops attacked in the Konstantinovka direction, the ministry said.",
         "Konstantinovka", (48.5273, 37.7059)),
        ("In the Zaporizhzhia direction, the occupiers attacked near Stepnohirsk and "
         "Kamianske.", "Zaporizhzhia", (47.8517, 35.1171)),
        ("Assault groups pressed on in the Zaporizhzhia and Huliaipole directions, the "
         "General Staff said.", "Zaporizhzhia", (47.8517, 35.1171)),
    ],
)  # fmt: skip
def test_a_direction_in_another_spelling_of_a_towns_name_stays_the_town(
    gazetteer, text, name, where
):
    # Kostyantynivka and Zaporizhzhya bear these spellings as alternates, villages as
    # their own: a spelling of the town's own name, not another name.
    assert _km(*_at(gazetteer, text, name), *where) <= 20


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "In the Siversk direction, the enemy attacked near Serebrianka and Dronivka. In the "
        "Lyman direction, the defenders repelled attacks near Zarichne and Torske. In the "
        "Kostiantynivka direction, the occupiers attacked near Illinivka and Shcherbynivka."
        "\n\nRussian forces also attacked near Zelenyi Hai, Andriivka-Klevtsove and Komar. "
        "Russian milbloggers claimed that Russian forces entered the eastern part of "
        "Ivanivka.",
        "Russian troops attacked near Serebrianka and Torske in the north, and near "
        "Illinivka west of Kostiantynivka.\n\nOn the Dnipropetrovsk border, Russian troops "
        "shelled Andriivka-Klevtsove and Zelenyi Hai overnight. A drone also hit a farm in "
        "Ivanivka, the brigade said.",
        "Russian forces attacked near Serebrianka, Dronivka and Zarichne, and near "
        "Illinivka and Shcherbynivka.\n\nFarther south, geolocated footage shows Russian "
        "troops near Zelenyi Hai and Piddubne. Ukrainian forces counterattacked in Ivanivka "
        "on Monday.",
    ],
)
def test_a_lone_village_is_its_namesake_by_its_paragraph(gazetteer, text):
    # Kramatorsk's Ivanivka, 94 km off, is what the other paragraph's places favour.
    assert _km(*_at(gazetteer, text, "Ivanivka"), *_IVANIVKA_DNIPRO) <= 20


@pytest.mark.gazetteer
def test_a_lone_village_by_its_paragraph_stays(gazetteer):
    text = (
        "Russian troops attacked near Kostiantynivka and Druzhkivka.\n\nIn the Kramatorsk "
        "district, shelling hit Sloviansk and Kramatorsk, and a drone struck a house in "
        "Ivanivka, the governor said."
    )
    assert _km(*_at(gazetteer, text, "Ivanivka"), 48.7044, 37.5169) <= 20

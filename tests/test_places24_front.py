"""Session 24's front-line kinds at the 20 km grain.

- a listed village's namesake next to its list's places, not a larger one 25-100 km off
  (geo/text/list_far.py: nearest_list_namesakes);
- other systems' spellings: German/Polish "Kharkiw" with no cue before it, Natural Earth's
  French "Zaporojie" for the city, a Russian given name's stem with a Ukrainian ending
  ("Konstantynivka"), a short Russian masculine ("Yuzhny": Pivdenne) (geo/text/variants.py,
  geo/text/stem_variants.py, geo/text/regions_named.py);
- "the city" after a list is no place of that list (geo/text/capital_anchors.py);
- a headline's bare name is not read as the body's "X region" (geo/text/headline.py);
- "Glide bombs" left without a place is no place (geo/text/everyday_strays.py);
- "Krynki on the left bank of the Dnieper" is the namesake on that river
  (geo/text/water_places.py: river_namesakes).
"""

import math

import pytest

from geo.text.stem_variants import ukrainian_stem_variants


def _km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _at(gazetteer, text, name, nth=0):
    from geo import analyze

    got = [t for t in analyze(text, gazetteer=gazetteer).toponyms if t.text == name]
    assert len(got) > nth, f"{name!r} not read in {text!r}"
    t = got[nth]
    if t.place is not None:
        return t.place.lat, t.place.lon
    assert t.estimate is not None, f"{name!r} left without a place"
    return t.estimate.lat, t.estimate.lon


# GeoNames points (cities500) of the places meant.
_SONYACHNYI_KOST = (48.5081, 37.6805)  # by Illinivka, not Kramatorsk's district
_MYKOLAIVKA_KOST = (48.5757, 37.7977)  # by Virolubivka, not Sloviansk's town
_IVANIVKA_DNIPRO = (48.0997, 36.6349)  # by Zelenyi Hai, not Kramatorsk's
_NOVOOLEKSANDRIVKA_ZAP = (47.7519, 35.3674)  # by Balabyne, not Melitopol (once so called)
_KHARKIV = (49.9818, 36.2548)
_ZAPORIZHZHIA = (47.8517, 35.1171)
_KOSTIANTYNIVKA = (48.5273, 37.7059)
_PIVDENNE = (46.6247, 31.1018)
_POKROVSK = (48.2801, 37.1771)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("Russian forces attacked near Kostiantynivka itself and near Sonyachnyi, Illinivka, "
         "Ivanopillia and Katerynivka on Monday, the military said.", "Sonyachnyi",
         _SONYACHNYI_KOST),
        ("Assault groups tried to advance toward Illinivka and Sonyachnyi, southwest of "
         "Kostiantynivka, the brigade said after heavy shelling.", "Sonyachnyi",
         _SONYACHNYI_KOST),
        ("Russian troops also attacked north of the city near Mykolaivka, Virolubivka and "
         "Bilokuzmynivka, the General Staff said of the fighting.", "Mykolaivka",
         _MYKOLAIVKA_KOST),
        ("Drones struck Bilokuzmynivka, Mykolaivka and Virolubivka overnight as the "
         "assaults went on, the military said.", "Mykolaivka", _MYKOLAIVKA_KOST),
        ("Russian forces attacked near Novopavlivka and, south of it, near Ivanivka and "
         "Zelenyi Hai, the assessment said of the fighting.", "Ivanivka", _IVANIVKA_DNIPRO),
        ("Troops fought off assaults on Zelenyi Hai and Ivanivka by the Dnipropetrovsk "
         "border, a brigade spokesman said.", "Ivanivka", _IVANIVKA_DNIPRO),
        ("In Zaporizhzhia, drones were shot down. Multiple rocket launchers targeted "
         "Novooleksandrivka and Balabyne, south of the regional centre, the governor said "
         "after the shelling.", "Novooleksandrivka", _NOVOOLEKSANDRIVKA_ZAP),
    ],
)  # fmt: skip
def test_a_listed_village_is_its_namesake_next_to_its_list(gazetteer, text, name, where):
    assert _km(*_at(gazetteer, text, name), *where) <= 20


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        # a city named for its own sake keeps its reading in a list of villages
        "Russian drones struck Kramatorsk, Illinivka and Katerynivka overnight, officials said.",
        # namesakes of a far list stay where their own list puts them
        "Shelling hit Sloviansk, Mykolaivka and Raihorodok on Monday, the military said.",
    ],
)
def test_a_list_keeps_readings_next_to_it(gazetteer, text):
    from geo import analyze

    places = {t.text: t.place for t in analyze(text, gazetteer=gazetteer).toponyms if t.place}
    if "Kramatorsk" in places:
        assert _km(places["Kramatorsk"].lat, places["Kramatorsk"].lon, 48.7311, 37.5678) <= 5
    if "Mykolaivka" in places:  # by Sloviansk and Raihorodok, not Kostiantynivka's
        assert _km(places["Mykolaivka"].lat, places["Mykolaivka"].lon, 48.8619, 37.7683) <= 5


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        # the German and Polish "w" for "v", with no cue before the name
        ("Drones hit the outskirts of Kharkiw overnight, officials said.", "Kharkiw", _KHARKIV),
        ("Shelling hit Kharkiw on Monday, killing two people.", "Kharkiw", _KHARKIV),
        ("Kharkiw's mayor said nine people were hurt after the strike.", "Kharkiw", _KHARKIV),
        # Natural Earth's French name of the oblast spells the city's Russian name
        ("Russian drones struck Zaporojie overnight, killing two, officials said.", "Zaporojie",
         _ZAPORIZHZHIA),
        ('A French agency reported strikes on "Zaporojie" after the drones attacked.',
         "Zaporojie", _ZAPORIZHZHIA),
        # a Russian given name's stem with the Ukrainian ending
        ("Russia said it had taken another village near Konstantynivka, where fighting raged.",
         "Konstantynivka", _KOSTIANTYNIVKA),
        ("Glide bombs hit Konstantynivka and Druzhkivka overnight, the governor said.",
         "Konstantynivka", _KOSTIANTYNIVKA),
        # the short Russian masculine of a town GeoNames names in the neuter
        ("A drone hit a grain terminal in the port of Yuzhny near Odessa overnight.", "Yuzhny",
         _PIVDENNE),
        ("The port of Yuzhny was hit by drones, the Odessa governor said.", "Yuzhny", _PIVDENNE),
    ],
)  # fmt: skip
def test_other_systems_spellings_are_the_town(gazetteer, text, name, where):
    assert _km(*_at(gazetteer, text, name), *where) <= 20


def test_ukrainian_stem_variants():
    assert ukrainian_stem_variants("konstantynivka") == ["kostiantynivka", "kostyantynivka"]
    assert ukrainian_stem_variants("nikolaivka") == ["mykolaivka"]
    assert ukrainian_stem_variants("georgiivka") == ["heorhiivka"]
    # a Russian name in full, or a name of no given name's stem, is left as it is
    assert ukrainian_stem_variants("konstantinovka") == []
    assert ukrainian_stem_variants("pokrovsk") == []


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Troops loyal to Zelensky and Syrsky held the line near Pokrovsk, officials said.",
        "The front is stable, according to Syrsky, who spoke in Kyiv on Monday.",
    ],
)
def test_a_surname_in_sky_is_still_no_town(gazetteer, text):
    from geo import analyze

    for t in analyze(text, gazetteer=gazetteer).toponyms:
        if t.text == "Syrsky" and t.place is not None:
            assert t.place.country_code == "UA"  # never Syrskoye by Lipetsk


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("The Pokrovsk direction saw 41 attacks. Russian infantry pressed toward Udachne and "
         "Kotlyne, west of the city, and toward Zvirove.", "Kotlyne", (48.2437, 37.0367)),
        ("In the Pokrovsk direction, troops repelled assaults near Udachne and Kotlyne, west "
         "of the city, a spokesman said.", "Kotlyne", (48.2437, 37.0367)),
    ],
)  # fmt: skip
def test_the_city_after_a_list_is_no_place_of_the_list(gazetteer, text, name, where):
    lat, lon = _at(gazetteer, text, name)
    assert _km(lat, lon, *where) <= 12
    assert _km(lat, lon, *_POKROVSK) <= 20


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Strikes hit Kharkov, Zaporozhye and Nikolayev\n\nMOSCOW, March 14 - Russian drones "
         "hit targets overnight. In the Zaporozhye region, power was cut to 40 villages.",
         _ZAPORIZHZHIA),
        ("Drones hit Zaporizhzhia and Dnipro\n\nKYIV, May 2 - Officials in the Zaporizhzhia "
         "region said two people were hurt when a drone struck a house.", _ZAPORIZHZHIA),
    ],
)  # fmt: skip
def test_a_headlines_bare_name_is_not_the_bodys_region(gazetteer, text, where):
    from geo import analyze

    name = "Zaporozhye" if "Zaporozhye" in text else "Zaporizhzhia"
    head = next(t for t in analyze(text, gazetteer=gazetteer).toponyms if t.text == name)
    assert head.place is not None and head.place.kind == "place"
    assert _km(head.place.lat, head.place.lon, *where) <= 20


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Glide bombs fell on the Orikhiv and Huliaipole hromadas, where no civilians remain "
        "in the town centres, and rocket launchers targeted Balabyne.",
        "Officials in Zaporizhzhia said the night was hard. Glide bombs fell on Orikhiv and "
        "Stepnohirsk again, and drones hit Prymorske.",
    ],
)
def test_glide_before_bombs_is_no_place(gazetteer, text):
    from geo import analyze

    assert "Glide" not in {t.text for t in analyze(text, gazetteer=gazetteer).toponyms}


_KRYNKY = (46.7331, 33.0807)  # Kherson Oblast, on the Dnipro's left bank
_KRYNKI_PL = (53.2644, 23.773)  # the Polish border town


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Ukrainian marines held a bridgehead at Krynki on the left bank of the Dnieper for "
         "months.", _KRYNKY),
        ("Krynki, a village on the Dnieper, lay in ruins after months.", _KRYNKY),
        ("The marines crossed to Krynki on the east bank of the Dnipro in the autumn.", _KRYNKY),
        # no river: the border town, by the Polish city named beside it
        ("The border town of Krynki, near Bialystok, reopened its crossing with Belarus.",
         _KRYNKI_PL),
    ],
)  # fmt: skip
def test_a_place_on_a_river_is_its_namesake_on_that_river(gazetteer, text, where):
    assert _km(*_at(gazetteer, text, "Krynki"), *where) <= 20


@pytest.mark.gazetteer
def test_a_headlines_lone_name_still_reads_the_bodys_region(gazetteer):
    from geo import analyze

    text = ("Drones hit refineries in Samara and Ryazan regions, airfield in Rostov\n\nMOSCOW, "
            "May 2 - Russian air defences downed 40 drones over the Rostov region, where an "
            "airfield was hit, officials said.")
    head = next(t for t in analyze(text, gazetteer=gazetteer).toponyms if t.text == "Rostov")
    assert head.place is not None and head.place.kind == "admin1"

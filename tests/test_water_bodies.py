"""Seas, gulfs, straits, rivers and reservoirs are read by their whole name, placed from
the water table, and never read as a land namesake."""

import json

import pytest
from shapely.geometry import Point

import geo
from geo.geometry.measures import distance_km
from geo.text.geoparse import geoparse
from geo.text.water import find_water
from geo.text.water_table import water_table


def _tops(gazetteer, sentence):
    return {t.text: t for t in geoparse(f"Shipping was disrupted.\n\n{sentence}\n", gazetteer)}


@pytest.mark.parametrize(
    ("sentence", "water", "name", "kind"),
    [
        ("Tankers crossed the Persian Gulf on Monday.", "Persian Gulf", "Persian Gulf", "gulf"),
        ("A cargo ship was struck in the Red Sea on Tuesday.", "Red Sea", "Red Sea", "sea"),
        ("Houthis fired at a ship in the Gulf of Aden.", "Gulf of Aden", "Gulf of Aden", "gulf"),
        ("A drone boat hit a ship in the Sea of Azov.", "Sea of Azov", "Sea of Azov", "sea"),
        ("A drone boat hit a ship in the Azov Sea.", "Azov Sea", "Sea of Azov", "sea"),
        ("Tankers waited in the Gulf of Oman.", "Gulf of Oman", "Gulf of Oman", "gulf"),
        ("Warships patrolled the Black Sea.", "Black Sea", "Black Sea", "sea"),
        ("The Black Sea was calm.", "Black Sea", "Black Sea", "sea"),
        ("Troops crossed the Dnipro River.", "Dnipro River", "Dnipro", "river"),
        ("Troops crossed the Dnieper river.", "Dnieper river", "Dnipro", "river"),
        ("Troops crossed the river Dnepr.", "river Dnepr", "Dnipro", "river"),
        ("Shelling across the Dnipro went on.", "Dnipro", "Dnipro", "river"),
        ("They hold the Dnipro's left bank.", "Dnipro", "Dnipro", "river"),
        ("Positions on the left bank of the Dnieper held.", "Dnieper", "Dnipro", "river"),
        ("The Kakhovka Reservoir drained.", "Kakhovka Reservoir", "Kakhovka Reservoir",
         "reservoir"),
        ("Units fell back along the Oskil river.", "Oskil river", "Oskol", "river"),
        ("Units fell back across the Oskol.", "Oskol", "Oskol", "river"),
        ("Fighting near the Siverskyi Donets.", "Siverskyi Donets", "Donets", "river"),
        ("Fighting near the Seversky Donets river.", "Seversky Donets river", "Donets", "river"),
        ("Ships gathered in the eastern Mediterranean.", "Mediterranean", "Mediterranean Sea",
         "sea"),
        ("Fishing on Lake Erie resumed.", "Lake Erie", "Lake Erie", "lake"),
        ("Aid came down the Euphrates River.", "Euphrates River", "Euphrates", "river"),
        ("Ships avoided the Bab el-Mandeb.", "Bab el-Mandeb", "Bab el Mandeb", "strait"),
        ("Houthis fired into the Bab al-Mandab Strait.", "Bab al-Mandab Strait",
         "Bab el Mandeb", "strait"),
        ("Tankers passed the Bosphorus.", "Bosphorus", "Bosporus", "strait"),
        ("The Kremenchuk reservoir rose.", "Kremenchuk reservoir", "Kremenchuk Reservoir",
         "reservoir"),
        ("Water rose in the Kyiv Reservoir.", "Kyiv Reservoir", "Kiev Reservoir", "reservoir"),
        # A sea's adjective before a word of its shore; Azov, a town's name alone, too.
        ("Fighting spread to Shyrokyne on the Azov coast.", "Azov", "Sea of Azov", "sea"),
        ("Resorts on the Azov shore emptied.", "Azov", "Sea of Azov", "sea"),
        ("Storms hit the Baltic coast on Monday.", "Baltic", "Baltic Sea", "sea"),
    ],
)
def test_a_water_body_is_placed_from_the_water_table(gazetteer, sentence, water, name, kind):
    top = _tops(gazetteer, sentence)[water]
    assert top.cue == "water" and top.water == kind
    assert top.place is not None and top.place.kind == "water" and top.place.name == name
    assert top.geometry is not None and not top.geometry.is_empty


def test_a_sea_point_lies_inside_its_polygon():
    for name, word in (("Black", "sea"), ("Azov", "sea"), ("Aden", "gulf"), ("Red", "sea"),
                       ("Kakhovka", "reservoir"), ("Mediterranean", "sea")):
        body = water_table().find(name, word)
        assert body.geometry.contains(Point(body.lon, body.lat)), body.name


def test_a_river_point_lies_on_the_river():
    body = water_table().find("Dnipro", "river")
    # on the river's line (its geometry is simplified to 0.02 deg, rounded to 0.001 deg)
    assert body.geometry.distance(Point(body.lon, body.lat)) < 0.03
    # midway: between Kyiv and Kremenchuk, not at a source or the mouth
    assert 48.5 < body.lat < 51.0


def test_two_seas_sharing_a_plural_word(gazetteer):
    tops = _tops(gazetteer, "Ports on the Black and Azov seas were mined.")
    assert tops["Black"].place.name == "Black Sea"
    assert tops["Azov"].place.name == "Sea of Azov"


@pytest.mark.parametrize(
    ("sentence", "water"),
    [
        ("Tankers crossed the Strait of Tiran.", "Strait of Tiran"),
        ("Traffic over the Menai Strait stopped.", "Menai Strait"),
    ],
)
def test_a_sea_the_table_lacks_is_still_water(gazetteer, sentence, water):
    top = _tops(gazetteer, sentence)[water]
    assert top.place is None and top.cue == "water" and top.water == "strait"


def test_the_city_a_gulf_is_named_after_stays_a_city_elsewhere(gazetteer):
    tops = geoparse(
        "ADEN, Yemen (AP) - Ships in the Gulf of Aden were hit; the port of Aden was calm.\n",
        gazetteer,
    )
    gulf = [t for t in tops if t.text == "Gulf of Aden"]
    assert gulf and gulf[0].place.kind == "water"
    city = [t for t in tops if t.text == "Aden" and t.start > gulf[0].end]
    assert city and city[0].place.country_code == "YE"


@pytest.mark.parametrize(
    ("sentence", "town", "country"),
    [
        ("Azov was shelled overnight.", "Azov", "RU"),
        ("Drones hit the port of Azov on the Don.", "Azov", "RU"),
        ("Missiles struck Dnipro overnight.", "Dnipro", "UA"),
        ("Talks were held in Oman.", "Oman", "OM"),
    ],
)
def test_a_namesake_alone_stays_the_land_place(gazetteer, sentence, town, country):
    top = _tops(gazetteer, sentence)[town]
    assert top.cue != "water" and top.place.kind != "water"
    assert top.place.country_code == country


@pytest.mark.parametrize(
    ("text", "not_water"),
    [
        ("Floods hit the Red Sea governorate of Egypt.", "Red Sea"),
        ("The Black Sea Fleet moved to Novorossiysk.", "Black Sea Fleet"),
        ("Aid reached the Republic of the Congo.", "Congo"),
        ("The Atlantic alliance met in Brussels.", "Atlantic"),
        ("The Don Cossacks rode on.", "Don"),
        ("Fighters of the Dnipro battalion said so.", "Dnipro"),
        ("He lives on River Avenue.", "River Avenue"),
    ],
)
def test_names_of_other_things_are_no_water(text, not_water):
    assert not_water not in {text[s.start : s.end] for s in find_water(text)}
    assert all(s.body is None or not_water not in s.body.name for s in find_water(text))


def test_the_land_region_named_after_a_sea_stays_the_region(gazetteer):
    top = _tops(gazetteer, "Floods hit the Red Sea governorate of Egypt.")["Red Sea"]
    assert top.place is not None and top.place.kind == "admin1"
    assert top.place.country_code == "EG"


def test_the_json_carries_the_water_kind_and_geometry(gazetteer):
    a = geo.analyze("Ships sank in the Sea of Azov near Berdyansk.", gazetteer=gazetteer)
    d = json.loads(json.dumps(a.to_dict()))
    sea = next(t for t in d["toponyms"] if t["cue"] == "water")
    assert (sea["kind"], sea["water"], sea["name"]) == ("water", "sea", "Sea of Azov")
    assert sea["geometry"]["type"] in ("Polygon", "MultiPolygon")
    town = next(t for t in d["toponyms"] if t["text"] == "Berdyansk")
    assert "water" not in town and "geometry" not in town  # others' JSON is unchanged


def test_a_river_moves_no_resolution(gazetteer):
    """A water body is no mention: the places around it resolve as without it."""
    text = "Troops crossed the Dnipro near Kherson and shelled Nova Kakhovka."
    bare = "Troops crossed near Kherson and shelled Nova Kakhovka."
    with_river = {t.text: t.place.geonameid for t in geoparse(text, gazetteer)
                  if t.cue != "water"}
    without = {t.text: t.place.geonameid for t in geoparse(bare, gazetteer)}
    assert with_river == without


def test_find_water_costs_nothing_without_water_words():
    assert find_water("Missiles struck Kharkiv and Sumy overnight.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Strikes hit Odesa, Azov, the Sea of Azov and Berdyansk.",
            [("Odesa", "place"), ("Azov", "place"), ("Sea of Azov", "water"),
             ("Berdyansk", "place")],
        ),
        (
            "Ports of Aden, the Gulf of Oman, Muscat and Sohar closed.",
            [("Aden", "place"), ("Gulf of Oman", "water"), ("Muscat", "place"),
             ("Sohar", "place")],
        ),
    ],
)
def test_a_water_body_in_a_list_of_towns(gazetteer, text, expected):
    """A name dropped inside a water body's leaves its list's other names linked by
    their new indexes (a list's siblings), and the towns of the list resolve."""
    assert [(t.text, t.kind) for t in geoparse(text, gazetteer)] == expected


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("He grew up in White River, South Dakota.", "White River", "place"),
        ("He moved to Elbow Lake, Minnesota.", "Elbow Lake", "place"),
        ("Canoes drifted down the White River.", "White River", "water"),
    ],
)
def test_a_town_named_after_its_water_stays_the_town(gazetteer, text, name, kind):
    """A name a water body shares with a town (recognition read it whole as one) is the
    town unless "the" comes before it."""
    tops = {t.text: t for t in geoparse(text, gazetteer)}
    assert tops[name].kind == kind


@pytest.mark.parametrize(
    ("text", "town", "within_km"),
    [
        ("Canoes drifted down the White River near Batesville, Arkansas.", "Batesville", 60),
        ("Gold seekers crossed the White River near Dawson City, Yukon.", "Dawson City", 150),
        ("Barges moved up the Dnepr near Smolensk.", "Smolensk", 150),
        ("Troops crossed the Dnieper near Kherson.", "Kherson", 10),
        ("Flooding on the Sacramento River near Sacramento.", "Sacramento", 10),
    ],
)
def test_a_river_is_placed_on_its_course_near_the_text_s_places(
    gazetteer, text, town, within_km
):
    """Of rivers sharing a name, the one near the text's places (the White River of
    Arkansas or of the Yukon), at the point of its course nearest them."""
    tops = {t.text: t for t in geoparse(text, gazetteer)}
    (water,) = [t for t in tops.values() if t.cue == "water"]
    assert water.geometry.distance(Point(water.lon, water.lat)) < 1e-3  # on its course
    place = tops[town].place
    assert distance_km((water.lat, water.lon), (place.lat, place.lon)) < within_km


@pytest.mark.parametrize(
    "text",
    [
        "Practice is at the Jordan middle school.",
        "Fans of the Don club cheered.",
        "The Atlantic alliance met.",
    ],
)
def test_a_name_alone_before_a_noun_is_no_water(text):
    assert find_water(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Water was warm in the eastern Pacific equatorial region.",
        "Storms formed over the tropical Atlantic hurricane belt.",
    ],
)
def test_a_part_of_a_sea_before_a_noun_is_the_sea(text):
    """A compass or climate word before a sea's adjective makes it a part of the sea,
    whatever noun follows (not so "the Atlantic alliance")."""
    (span,) = find_water(text)
    assert span.body.name.endswith("Ocean")


def test_an_ocean_named_whole():
    (span,) = find_water("Ships crossed the Pacific Ocean.")
    assert span.body.name == "North Pacific Ocean" and span.word == "ocean"


def test_a_water_body_the_table_lacks_still_says_where_the_text_is(gazetteer):
    """The names inside an unlocated water body's name stay evidence for the others."""
    text = "Kingston lies on the Delaware and Raritan Canal near Princeton."
    tops = {t.text: t for t in geoparse(text, gazetteer)}
    assert tops["Kingston"].place.country_code == "US"
    assert tops["Raritan Canal"].place is None and tops["Raritan Canal"].water == "canal"
    assert "Raritan" not in tops


@pytest.mark.parametrize(
    ("text", "water"),
    [
        ("The Jordan boys junior-varsity team will start.", []),
        ("The Don flows south.", []),  # a river alone is read where it is crossed or reached
        ("The Dnipro delta flooded.", ["Dnipro"]),
        ("The Dnipro’s right bank held.", ["Dnipro"]),
        ("Pilgrims bathed in the Jordan near Jericho.", ["Jordan"]),
        ("The White River railway station is the terminus.", []),
    ],
)
def test_a_river_named_alone_is_read_where_it_is_crossed_or_reached(text, water):
    assert [text[s.start : s.end] for s in find_water(text)] == water


@pytest.mark.parametrize(
    ("text", "head", "name"),
    [
        ("RED SEA — Houthi rebels fired two missiles at a tanker.", "RED SEA", "Red Sea"),
        ("BLACK SEA (Reuters) — A naval drone struck a patrol boat.", "BLACK SEA", "Black Sea"),
        ("GULF OF ADEN, Yemen (AP) — A freighter was set ablaze.", "GULF OF ADEN", "Gulf of Aden"),
        ("SEA OF AZOV — Ferries stopped running on Friday.", "SEA OF AZOV", "Sea of Azov"),
    ],
)
def test_a_dateline_naming_a_water_body_is_the_water_body(gazetteer, text, head, name):
    """A dateline in capitals that names a sea is the sea (not Egypt's Red Sea
    Governorate), and a dateline of a place stays the place."""
    top = {t.text: t for t in geoparse(text, gazetteer)}[head]
    assert top.place is not None and top.place.kind == "water" and top.place.name == name


@pytest.mark.parametrize(
    "text",
    [
        "RED SEA GOVERNORATE, Egypt — Floods hit Hurghada.",
        "NEW YORK (AP) — The Black and Azov seas were calm.",
        "ODESA, Ukraine — Ships left port.",
    ],
)
def test_a_dateline_of_a_place_is_no_water(text):
    assert not any(s.start == 0 or text[: s.start].strip() == "" for s in find_water(text))


@pytest.mark.parametrize(
    "text",
    [
        "The River.",
        "The Lake was frozen.",
        "Shelling was reported near the Gulf of",
        "Rivers. Lakes. The Sea Sea Sea.",
        "The the Strait Strait of of Sea Sea.",
        "They walked to the Canal.",
    ],
)
def test_a_bare_water_word_is_no_place(gazetteer, text):
    """A water word alone, or repeated, names no water body and no place (not New
    Brunswick's nickname, not Papua New Guinea's Gulf Province, no "Sea Sea")."""
    assert list(geoparse(text, gazetteer)) == []
    assert all(s.body is not None for s in find_water(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ships waited to enter the Suez Canal near Ismailia.", "Suez Canal"),
        ("The Caledonian Canal runs through Scotland.", "Caledonian Canal"),
    ],
)
def test_a_canal_the_table_draws_as_a_line_is_located(gazetteer, text, name):
    (top,) = [t for t in geoparse(text, gazetteer) if t.text == name]
    assert top.place is not None and top.water == "canal" and top.geometry is not None


@pytest.mark.parametrize(
    "text",
    [
        "Hurricane season in the Atlantic starts in June.",
        "Shear across the tropical Atlantic, experts said.",
        "The western tropical Atlantic is warmer than average.",
        "The Atlantic hurricane season lasts from June through November.",
        "Waters in the eastern Pacific will stay warm.",
    ],
)
def test_an_ocean_named_alone_before_a_verb_or_after_tropical(text):
    (span,) = find_water(text)
    assert span.body.kind == "ocean"


def test_a_canal_far_from_the_texts_towns_is_still_located(gazetteer):
    text = "Traders in Kyiv and Lviv said grain ships waited at the Suez Canal."
    (top,) = [t for t in geoparse(text, gazetteer) if t.text == "Suez Canal"]
    assert top.place is not None and top.water == "canal"

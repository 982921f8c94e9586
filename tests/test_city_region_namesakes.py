"""A city named like its first-level region: "near X", "N km south of X" and a list with
a town name the city; a list of region namesakes is read as one kind (tester15)."""

import pytest

from geo.gazetteer.index import Candidate
from geo.geometry import distance_km
from geo.text.geoparse import geoparse
from geo.text.list_kinds import same_kind_lists
from geo.text.readings import mark_readings, names_a_point
from geo.text.recognition import find_mentions
from geo.text.tokens import Mention

TIMBUKTU = (16.7735, -3.0074)
KIDAL = (18.4435, 1.4092)
KAYES = (14.4478, -11.4439)
GAO = (16.2717, -0.0447)
HERAT = (34.3482, 62.1997)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Near Timbuktu", True),
        ("units near Mozyr and Gomel", True),
        ("about 100 km south of Kidal", True),
        ("15 kilometres north-west of Kayes", True),
        ("some 40 miles from Gao", True),
        ("on the outskirts of Herat", True),
        ("a convoy between Gao and Menaka", True),
        ("officials in Kidal", False),
        ("the governor of Kidal", False),
        ("about 100 km south of the Kidal", False),
    ],
)
def test_words_before_a_name_that_make_it_a_point(text, expected):
    assert names_a_point(text, text.rindex(" ") + 1) is expected


def test_a_near_cue_gives_a_city_reading_to_a_name_with_a_preposition_cue():
    text = "Near Timbuktu, a convoy was ambushed."
    m = Mention(5, 13, "timbuktu", 1, 1, cue="in", candidates=[Candidate(1, 0), Candidate(2, 0)])
    mark_readings(text, [m])
    assert m.reading == "city"


def test_a_preposition_cue_alone_reads_no_words_after_the_name():
    text = "In Kherson, the city's mayor said."
    m = Mention(3, 10, "kherson", 1, 1, cue="in", candidates=[Candidate(1, 0), Candidate(2, 0)])
    mark_readings(text, [m])
    assert m.reading == ""



def _read(gazetteer, text):
    return [(t.text, t.place) for t in geoparse(text, gazetteer)]


def _near(place, point, km=20.0):
    return place is not None and distance_km((place.lat, place.lon), point) < km


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        ("Near Timbuktu, a convoy was ambushed on the road to Goundam.", "Timbuktu", TIMBUKTU),
        (
            "The rebels hold Tessalit in the Kidal region. They shot down a drone over "
            "Anefis, about 100 km south of Kidal.",
            "Kidal",
            KIDAL,
        ),
        ("JNIM fighters have blockaded Nioro du Sahel and Kayes in western Mali.", "Kayes", KAYES),
        ("Troops blockaded Menaka and Gao last week.", "Gao", GAO),
        (
            "Militants control villages in the Herat province. A checkpoint about 50 km "
            "south of Herat was attacked.",
            "Herat",
            HERAT,
        ),
    ],
)
def test_the_city_not_its_region(gazetteer, text, name, point):
    places = [p for t, p in _read(gazetteer, text) if t == name]
    last = places[-1]
    assert last.kind == "place" and _near(last, point)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Jihadists attacked Timbuktu on Monday. Goundam and Niafunke were also hit.",
        "Jihadists have besieged Timbuktu for months; Goundam and Niafunke are cut off.",
    ],
)
def test_a_city_its_region_only_lists_among_the_regions_towns(gazetteer, text):
    # The Tombouctou region lists "Timbuktu" among its names: its towns around the city
    # are no reason to read the name as the region.
    first = _read(gazetteer, text)[0][1]
    assert first.kind == "place" and _near(first, TIMBUKTU)


@pytest.mark.gazetteer
def test_the_region_named_outright_stays_the_region(gazetteer):
    found = _read(
        gazetteer,
        "The rebels hold Tessalit in the Kidal region. They shot down a drone over "
        "Anefis, about 100 km south of Kidal.",
    )
    assert found[1][1].kind == "admin1"


def _records(gazetteer, name):
    found = {gazetteer.kind(c.record): c.record for c in gazetteer.lookup(name)[:2]}
    return found["admin1"], found["place"]


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        (("admin1", "place"), "place"),  # a tie: a bare name is the city
        (("place", "admin1"), "place"),
        (("admin1", "admin1", "place"), "admin1"),  # most of the list
    ],
)
def test_a_list_of_region_namesakes_is_read_as_one_kind(gazetteer, kinds, expected):
    names = ["Kursk", "Voronezh", "Belgorod"][: len(kinds)]
    text = "Conscripts from " + ", ".join(names[:-1]) + " and " + names[-1] + " were sent."
    mentions = find_mentions(text, gazetteer)
    assert [m.key for m in mentions] == [n.lower() for n in names]
    records = [_records(gazetteer, n) for n in names]
    resolved = [(pair[k == "place"], 0.9) for pair, k in zip(records, kinds, strict=True)]
    out = same_kind_lists(gazetteer, mentions, resolved)
    assert [gazetteer.kind(r) for r, _ in out] == [expected] * len(names)
    assert [s for _, s in out] == [0.9] * len(names)


@pytest.mark.gazetteer
def test_a_list_with_a_name_of_one_reading_is_left_alone(gazetteer):
    text = "Conscripts from Sudzha and Voronezh were sent."
    mentions = find_mentions(text, gazetteer)
    sudzha = gazetteer.lookup("Sudzha")[0].record
    region = _records(gazetteer, "Voronezh")[0]
    resolved = [(sudzha, 0.9), (region, 0.9)]
    assert same_kind_lists(gazetteer, mentions, resolved) == resolved


@pytest.mark.gazetteer
def test_a_list_of_regions_with_a_plural_stays_regions(gazetteer):
    found = _read(gazetteer, "Drones were downed over the Kursk and Voronezh regions.")
    assert [p.kind for _, p in found] == ["admin1", "admin1"]


@pytest.mark.parametrize(
    "text",
    [
        "Mali's army said it killed 60 fighters near Segou. Residents of Gao say it is calmer.",
        "Clashes near Mopti. In Gao, residents said the market reopened.",
    ],
)
def test_a_city_beats_its_region_when_a_foreign_namesake_lies_nearer(gazetteer, text):
    # A smaller Gao in Burkina Faso lies nearer Ségou and Mopti than the city of Gao: the
    # country's share decays for the region as for its city (testerB26 P9).
    gao = dict(_read(gazetteer, text))["Gao"]
    assert gao.kind == "place" and _near(gao, GAO)


def test_a_region_called_so_keeps_its_reading_by_a_foreign_namesake(gazetteer):
    text = "Troops clashed near Segou. Fighting spread across the Gao region, officials said."
    assert dict(_read(gazetteer, text))["Gao"].kind == "admin1"

"""Parts of the city a sentence opens with, and wire datelines in capitals read whole.

"In Kharkiv, ... the Kyivskyi district": a district of Kharkiv, not the Kyivskyi district
of Donetsk (geo.text.city_openers); "Gaza City's Shati refugee camp": a part of Gaza
City (geo.text.city_parts); "MAARAT AL-NUMAN, Syria (AP) —": the town, not a word of it
(geo.text.dateline_names).
"""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

KHARKIV = (49.98, 36.25)
ODESA = (46.48, 30.73)
DNIPRO = (48.46, 35.04)
ZAPORIZHZHIA = (47.84, 35.14)
KUPIANSK = (49.71, 37.62)
GAZA_CITY = (31.50, 34.47)
MAARAT = (35.65, 36.68)
BANI_SUHAILA = (31.34, 34.32)
DEIR_AL_BALAH = (31.42, 34.35)


def found(gazetteer, text):
    """{surface: toponym} (the last mention of each)."""
    return {t.text: t for t in geoparse(text, gazetteer)}


def at(t):
    return (t.place.lat, t.place.lon)


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        (
            "In Kharkiv, drones hit the Nemyshlianskyi and Kyivskyi districts, the mayor said.",
            "Kyivskyi",
            KHARKIV,
        ),
        ("In Odesa, a missile struck the Prymorskyi district on Sunday.", "Prymorskyi", ODESA),
        (
            "Debris fell in two cities. In Dnipro, a fire broke out in the Shevchenkivskyi "
            "district, and in Zaporizhzhia a drone hit the Oleksandrivskyi district.",
            "Shevchenkivskyi",
            DNIPRO,
        ),
        (
            "Debris fell in two cities. In Dnipro, a fire broke out in the Shevchenkivskyi "
            "district, and in Zaporizhzhia a drone hit the Oleksandrivskyi district.",
            "Oleksandrivskyi",
            ZAPORIZHZHIA,
        ),
        (
            "In Kharkiv, guided bombs fell overnight. A house in the Shevchenkivskyi district "
            "burned down, officials said.",
            "Shevchenkivskyi",
            KHARKIV,
        ),
    ],
)
def test_a_district_of_the_city_a_sentence_opens_with(gazetteer, text, name, city):
    t = found(gazetteer, text)[name]
    assert distance_km(at(t), city) < 20


def test_a_raion_named_after_a_town_of_the_citys_region_keeps_its_town(gazetteer):
    got = found(gazetteer, "In Kharkiv, officials said shelling hit the Kupiansk district.")
    assert distance_km(at(got["Kupiansk"]), KUPIANSK) < 20


def test_a_district_after_a_town_is_not_a_citys(gazetteer):
    # The nearest "in X" is a town, not a city: its district is not Kharkiv's.
    got = found(
        gazetteer,
        "In Kharkiv, the mayor spoke. In Chuhuiv, a drone hit the Kyivskyi district.",
    )
    t = got["Kyivskyi"]
    assert t.place is None or distance_km(at(t), KHARKIV) > 20


def test_a_camp_of_a_city_named_with_it(gazetteer):
    got = found(gazetteer, "Israeli tanks moved into Gaza City's Shati refugee camp on Tuesday.")
    t = got["Shati"]
    assert t.place.country_code == "PS" and distance_km(at(t), GAZA_CITY) < 20


@pytest.mark.parametrize(
    ("text", "surface", "where"),
    [
        ("MAARAT AL-NUMAN, Syria (AP) — Airstrikes hit the town.", "MAARAT AL-NUMAN", MAARAT),
        ("BANI SUHAILA, Gaza Strip (AP) — Families fled.", "BANI SUHAILA", BANI_SUHAILA),
    ],
)
def test_a_dateline_in_capitals_is_read_whole(gazetteer, text, surface, where):
    toponyms = geoparse(text, gazetteer)
    first = toponyms[0]
    assert first.text == surface and first.start == 0
    assert distance_km(at(first), where) < 20


@pytest.mark.parametrize(
    ("text", "surface", "where"),
    [
        ("Israeli strikes kill 12 in Gaza\n\nDEIR AL-BALAH, Gaza Strip (AP) — Strikes hit "
         "the camp.", "DEIR AL-BALAH", DEIR_AL_BALAH),
        ("Israeli strikes kill 12\n\nBy Jane Roe\n\nDEIR AL BALAH, Gaza Strip (AP) — Strikes "
         "hit the camp.", "DEIR AL BALAH", DEIR_AL_BALAH),
        ("Families flee the south\n\nBANI SUHAILA, Gaza Strip (AP) — Families fled.",
         "BANI SUHAILA", BANI_SUHAILA),
    ],
)
def test_a_dateline_after_a_headline_and_a_byline_is_read_whole(gazetteer, text, surface, where):
    (t,) = [t for t in geoparse(text, gazetteer) if t.text == surface]
    assert text.index(surface) == t.start and distance_km(at(t), where) < 20


@pytest.mark.parametrize(
    "text",
    [
        "In Kherson, the Dniprovskyi district was shelled, the governor said.",
        "In Kherson, Russian artillery hit the Korabelnyi district overnight.",
        "In Kherson, a drone dropped explosives on the Dniprovskyi and Korabelnyi districts.",
    ],
)
def test_a_district_of_a_regional_centre_the_gazetteer_counts_small(gazetteer, text):
    """Kherson's count in the gazetteer is under CITY_POPULATION, and Kyiv has a
    Dniprovskyi district 420 km off: "the X district" by its adjective's form is
    Kherson's."""
    got = found(gazetteer, text)
    kherson = at(got["Kherson"])
    for name in ("Dniprovskyi", "Korabelnyi"):
        if name in got:
            t = got[name]
            assert t.place is not None and distance_km(at(t), kherson) < 20, (name, at(t))


CULIACAN = (24.80, -107.39)


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        # A neighbourhood named like a town abroad (Três Rios, Brazil): the city's.
        ("In Culiacan, gunmen torched cars overnight and shops across the Tres Rios area "
         "stayed closed on Monday.", "Tres Rios", CULIACAN),
        ("In Kharkiv, the night was quiet; in the Tres Rios neighbourhood, by contrast...",
         "Tres Rios", KHARKIV),
    ],
)  # fmt: skip
def test_an_area_named_like_a_town_abroad_is_a_part_of_the_city(gazetteer, text, name, city):
    t = found(gazetteer, text)[name]
    assert t.estimated and distance_km(at(t), city) < 25


def test_an_area_named_like_a_town_of_the_country_keeps_the_town(gazetteer):
    t = found(gazetteer, "In Kharkiv, officers said fighting in the Kupiansk area eased.")
    assert t["Kupiansk"].place is not None
    assert distance_km(at(t["Kupiansk"]), KUPIANSK) < 10

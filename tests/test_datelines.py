"""A wire dateline's region or country holds the villages its copy names."""

from __future__ import annotations

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse


def _by_text(text, gazetteer):
    return {t.text: t for t in geoparse(text, gazetteer)}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("VOLCHANSK, Kharkov Region, May 14 (RIA Novosti) - Russian troops took control of "
         "Lukyantsy and Starytsa, the Russian Defense Ministry said.", "Starytsa", "07"),
        ("KUPYANSK, Kharkiv Region, June 2 (RIA Novosti) - Fighting went on near Starytsa.",
         "Starytsa", "07"),
        ("TOKMAK, Zaporozhye Region, May 3 (RIA Novosti) - Units entered Starytsa.",
         "Starytsa", "26"),
    ],
)
def test_far_foreign_namesake_gives_way_to_the_dateline_region(gazetteer, text, name, admin1):
    t = _by_text(text, gazetteer)[name]
    assert t.estimated and t.place.country_code == "UA" and t.place.admin1_code == admin1
    assert t.uncertainty is not None and t.uncertainty.area > 0


@pytest.mark.gazetteer
def test_a_place_of_the_datelines_country_stays_itself(gazetteer):
    text = "TOKMAK, Zaporozhye Region, May 3 (RIA Novosti) - Units entered Pogrebishche."
    t = _by_text(text, gazetteer)["Pogrebishche"]
    assert not t.estimated and t.place.geonameid == 696771  # Pohrebyshche, Vinnytsia


@pytest.mark.gazetteer
def test_country_dateline_keeps_the_name_in_the_country(gazetteer):
    t = _by_text("KHARKIV, Ukraine (AP) — Russian troops took control of Starytsa.",
                 gazetteer)["Starytsa"]
    assert t.estimated and t.place.country_code == "UA"


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        # No dateline: the only reading stays.
        ("Russian troops took control of Starytsa.", "Starytsa", "RU"),
        # A dateline in the namesake's own country.
        ("MOSCOW, May 3 (Reuters) - Troops took Starytsa.", "Starytsa", "RU"),
        # A city's foreign name is the city, wherever the copy was filed.
        ("KYIV, Ukraine (AP) — Officials in Moskva met.", "Moskva", "RU"),
        # The place's own name: the text means it.
        ("KYIV, Ukraine (AP) — Officials from Staritsa met.", "Staritsa", "RU"),
    ],
)
def test_readings_the_dateline_leaves_alone(gazetteer, text, name, cc):
    t = _by_text(text, gazetteer)[name]
    assert not t.estimated and t.place.country_code == cc


@pytest.mark.gazetteer
def test_unknown_name_listed_with_the_regions_places_is_located_there(gazetteer):
    text = ("VOLCHANSK, Kharkov Region, May 14 (RIA Novosti) - Russian troops took control "
            "of Lukyantsy, Gatishche and Starytsa, the Russian Defense Ministry said.")
    found = _by_text(text, gazetteer)
    assert found["Lukyantsy"].place.admin1_code == "07" and not found["Lukyantsy"].estimated
    # In the region, by the place of it it is listed with (a disc around Lukyantsy,
    # inside the region's polygon, not the polygon: geo.text.introduced.near_hint_first).
    village, partner = found["Gatishche"], found["Lukyantsy"].place
    assert village.estimated and village.place.country_code == "UA"
    assert (village.place.lat, village.place.lon) == (partner.lat, partner.lon)


@pytest.mark.gazetteer
def test_unknown_listed_name_without_a_dateline_lies_by_its_list_partner(gazetteer):
    # No dateline's region: the front-line place it is listed with locates it
    # (geo.text.list_partners), not the far town the list ends with (Izium).
    found = _by_text("Russian troops took control of Lukyantsy, Gatishche and Izium.", gazetteer)
    village, partner = found["Gatishche"].place, found["Lukyantsy"].place
    assert found["Gatishche"].estimated
    assert (village.lat, village.lon) == (partner.lat, partner.lon)


@pytest.mark.gazetteer
def test_a_bureaus_copy_on_another_country_is_not_located_by_its_dateline(gazetteer):
    text = ("NAIROBI, Kenya (AP) — Fighters stormed a camp in Sudan's Darfur region. Sudan's "
            "foreign ministry called it a massacre. A woman fled to Starytsa.")
    t = _by_text(text, gazetteer).get("Starytsa")
    assert t is None or t.place is None or t.place.country_code != "KE"


@pytest.mark.gazetteer
def test_a_country_dateline_locates_no_unknown_listed_name(gazetteer):
    text = "KHARKIV, Ukraine (AP) — Troops took control of Lukyantsy, Gatishche and Izium."
    found = _by_text(text, gazetteer)
    # Not the country's estimate: its list partner's.
    village, partner = found["Gatishche"].place, found["Lukyantsy"].place
    assert (village.lat, village.lon) == (partner.lat, partner.lon)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ON THE FRONT LINE NEAR BAKHMUT, Ukraine (AP) — Soldiers dug in.", "BAKHMUT"),
        ("NEAR POKROVSK, Ukraine (Reuters) - Troops held.", "POKROVSK"),
        ("OUTSIDE KHERSON, Ukraine (AP) -- Boats crossed.", "KHERSON"),
        ("ALONG THE BORDER NEAR SUDZHA, Russia (AP) — Guns fired.", "SUDZHA"),
        ("ON THE FRONT LINE IN ZAPORIZHZHIA REGION, Ukraine (AP) — Mines.", "ZAPORIZHZHIA"),
    ],
)
def test_dateline_lead_ends_before_the_place(text, place):
    from geo.text.datelines import dateline_lead, lower_dateline_lead

    lead = dateline_lead(text)
    assert text[lead:].startswith(place)
    lowered, start = lower_dateline_lead(text)
    assert start == lead and len(lowered) == len(text) and lowered[:lead].islower()


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, Ukraine (AP) — Drones hit Kharkiv.",
        "IN SALAH, Algeria (AP) — A heat wave.",  # a place that starts with a lead word
        "NEAR EAST TALKS RESUME\nDiplomats met in Cairo.",  # no dateline
        "Near Pokrovsk, soldiers dug in.",
    ],
)
def test_no_dateline_lead(text):
    from geo.text.datelines import dateline_lead

    assert dateline_lead(text) == 0


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "geonameid"),
    [
        ("ON THE FRONT LINE NEAR BAKHMUT, Ukraine (AP) — The soldiers came out at dusk. "
         "They hold a forest south of Bakhmut.", "Bakhmut", 713174),
        ("NEAR POKROVSK, Ukraine (Reuters) - Russian troops pressed attacks on Wednesday "
         "around Pokrovsk and Myrnohrad.", "Pokrovsk", 704422),
        ("ON THE FRONT LINE NEAR KUPIANSK, Ukraine (AP) — Shells fell all night on "
         "Kupiansk, officials said.", "Kupiansk", 703656),
    ],
)
def test_dateline_lead_keeps_its_place_and_later_mentions(gazetteer, text, name, geonameid):
    found = [t for t in geoparse(text, gazetteer) if t.place is not None]
    dateline = found[0]
    assert dateline.start == text.index(name.upper())
    assert dateline.place.geonameid == geonameid
    later = [t for t in found if t.text == name]
    assert later and all(t.place.geonameid == geonameid for t in later)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "ON THE FRONT LINE NEAR BAKHMUT, Ukraine (AP) — From their trenches the men "
            "can see the smoke over Andriivka.",
            "Andriivka",
            "BAKHMUT",
        ),
        # Matched only as another place's other name, 40-odd km and more away.
        ("NEAR BAKHMUT, Ukraine (Reuters) - Shelling hit Shumy overnight.", "Shumy", "BAKHMUT"),
        ("OUTSIDE BAKHMUT, Ukraine (AP) — Drones circled over Druzhba.", "Druzhba", "BAKHMUT"),
    ],
)
def test_a_village_of_copy_filed_near_a_town_lies_by_it(gazetteer, text, name, town):
    from geo.text.datelines import NEAR_DATELINE_KM

    found = _by_text(text, gazetteer)
    village, there = found[name], found[town].place
    assert village.estimated
    assert distance_km((village.place.lat, village.place.lon), (there.lat, there.lon)) <= (
        NEAR_DATELINE_KM
    )


@pytest.mark.gazetteer
def test_a_town_of_copy_filed_near_another_keeps_its_place(gazetteer):
    found = _by_text(
        "NEAR BAKHMUT, Ukraine (AP) — Wounded men are taken to Kramatorsk and Dnipro.",
        gazetteer,
    )
    assert not found["Kramatorsk"].estimated and not found["Dnipro"].estimated


def test_a_dateline_with_a_triple_dash(gazetteer):
    from geo.text.geoparse import geoparse

    text = "Governor rejects the aid. COLUMBIA --- The governor said Friday he won't take it."
    names = [t.text for t in geoparse(text, gazetteer) if t.place is not None]
    assert names == ["COLUMBIA"]

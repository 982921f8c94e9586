"""A wire dateline's region or country holds the villages its copy names."""

from __future__ import annotations

import pytest

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
    assert found["Gatishche"].estimated and found["Gatishche"].place.admin1_code == "07"
    assert found["Lukyantsy"].place.admin1_code == "07" and not found["Lukyantsy"].estimated


@pytest.mark.gazetteer
def test_unknown_listed_name_without_a_dateline_is_dropped(gazetteer):
    found = _by_text("Russian troops took control of Lukyantsy, Gatishche and Izium.", gazetteer)
    assert "Gatishche" not in found and "Lukyantsy" in found


@pytest.mark.gazetteer
def test_a_bureaus_copy_on_another_country_is_not_located_by_its_dateline(gazetteer):
    text = ("NAIROBI, Kenya (AP) — Fighters stormed a camp in Sudan's Darfur region. Sudan's "
            "foreign ministry called it a massacre. A woman fled to Starytsa.")
    t = _by_text(text, gazetteer).get("Starytsa")
    assert t is None or t.place is None or t.place.country_code != "KE"


@pytest.mark.gazetteer
def test_a_country_dateline_locates_no_unknown_listed_name(gazetteer):
    text = "KHARKIV, Ukraine (AP) — Troops took control of Lukyantsy, Gatishche and Izium."
    assert "Gatishche" not in _by_text(text, gazetteer)

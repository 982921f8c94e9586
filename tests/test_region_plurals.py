"""A list closed by a plural region word names regions, with or without "the", after
"in" or any cue, in any spelling ("in Zaporozhye and Kharkov regions")."""

from __future__ import annotations

import pytest

from geo import analyze


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Drones struck fuel depots in Zaporozhye and Kharkov regions.", {"26", "07"}),
        ("Drones struck fuel depots in the Zaporozhye and Kharkov regions.", {"26", "07"}),
        ("Strikes hit Kherson, Mykolaiv and Odessa oblasts overnight.", {"08", "16", "17"}),
        ("Air raid alerts sounded in Kursk and Belgorod regions.", {"41", "09"}),
        ("Strikes hit Zaporizhzhia and Dnipropetrovsk provinces.", {"26", "04"}),
        ("Blackouts were reported near Sumy and Chernigov regions.", {"21", "02"}),
    ],
)
def test_every_name_of_a_plural_region_list_is_a_region(gazetteer, text, codes):
    a = analyze(text, gazetteer=gazetteer)
    regions = [t.place for t in a.toponyms if t.place is not None]
    assert all(p.kind == "admin1" for p in regions)
    assert {p.admin1_code for p in regions} == codes
    # Each region of the list gets its own polygon.
    assert len([f for f in a.features if f.kind == "region"]) == len(codes)


@pytest.mark.gazetteer
def test_a_city_in_a_list_without_a_plural_region_word_stays_a_city(gazetteer):
    a = analyze("Drones struck fuel depots in Zaporozhye and Kharkov.", gazetteer=gazetteer)
    assert [t.place.kind for t in a.toponyms] == ["place", "place"]


@pytest.mark.gazetteer
def test_a_region_of_a_plural_list_is_no_container_of_the_one_before(gazetteer):
    # "Dnepropetrovsk, Poltava" inside "the Dnepropetrovsk, Poltava, Sumy and Kharkov
    # regions" is two regions, not a town and its region: the later bare city stays the city.
    text = (
        "Russian forces struck sites in the Dnepropetrovsk, Poltava, Sumy and Kharkov"
        " regions. A fuel depot burned on the outskirts of Dnepropetrovsk."
    )
    a = analyze(text, gazetteer=gazetteer)
    kinds = [t.place.kind for t in a.toponyms if t.place is not None]
    assert kinds == ["admin1"] * 4 + ["place"]
    assert a.toponyms[-1].place.name == "Dnipro"

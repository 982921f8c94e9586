"""A stated container is the region or country that holds the name before it, whatever
the text's other mentions of the container's name were read as ("BATUMI, Georgia ...
Savannah, Georgia"; "near Diffa in Niger ... In Nigeria")."""

from __future__ import annotations

import pytest

from geo import analyze

pytestmark = pytest.mark.gazetteer


def _readings(text, name):
    return [
        (t.place.kind, t.place.country_code) if t.place else None
        for t in analyze(text).toponyms
        if t.text == name
    ]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "BATUMI, Georgia (AP) — Police detained dozens of protesters in Batumi on "
            "Saturday. In an unrelated event, a tornado hit Savannah, Georgia, and Augusta.",
            "Georgia",
            [("country", "GE"), ("admin1", "US")],
        ),
        (
            "TBILISI, Georgia (Reuters) - Protesters gathered in Tbilisi for a fifth night. "
            "Separately, in Georgia, U.S. state, officials in Athens and Macon said the "
            "storm knocked out power.",
            "Georgia",
            [("country", "GE"), ("admin1", "US")],
        ),
        (
            "Floods hit Lahore, Punjab, and Ludhiana, Punjab, on Sunday, officials said.",
            "Punjab",
            [("admin1", "PK"), ("admin1", "IN")],
        ),
        (
            "Gunmen attacked a market near Tillaberi in Niger, while in Nigeria troops "
            "patrolled Minna and Kano.",
            "Niger",
            [("country", "NE")],
        ),
    ],
)
def test_a_container_holds_the_name_before_it(text, name, expected):
    assert _readings(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Islamic State group claimed an attack on an army post near Diffa in Niger. "
            "In Nigeria, the group also claimed a raid on Malam Fatori.",
            "Diffa",
            "NE",
        ),
        (
            "A convoy was ambushed near Agadez in Niger. Nigeria's army said Borno and Yobe "
            "were calm.",
            "Agadez",
            "NE",
        ),
    ],
)
def test_in_a_country_named_like_a_region_keeps_the_country_town(text, name, country):
    (t,) = [t for t in analyze(text).toponyms if t.text == name]
    assert t.place is not None and t.place.country_code == country and not t.estimated


@pytest.mark.parametrize(
    ("text", "name", "lat_range"),
    [
        (
            "Newburgh is a small village in Lancashire, England, near Ormskirk.",
            "Newburgh",
            (53, 54.5),
        ),
        (
            "Linton is a hamlet in the Scottish Borders area of Scotland, north of Morebattle.",
            "Linton",
            (55, 56),
        ),
    ],
)
def test_a_region_and_its_own_country_do_not_widen_to_the_country(text, name, lat_range):
    # the country named after its own region holds no namesake outside that region
    t = next(t for t in analyze(text).toponyms if t.text == name)
    assert t.place is None or lat_range[0] < t.place.lat < lat_range[1]


def test_a_list_of_towns_keeps_its_city_no_container():
    # tester34 W16: "..., Nioro du Sahel, Kayes and Tessit" lists the city of Kayes.
    text = "Gunmen hit Ansongo, Gao, Nioro du Sahel, Kayes and Tessit, Mali's army said."
    assert _readings(text, "Kayes") == [("place", "ML")]

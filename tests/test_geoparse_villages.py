"""A name the text calls a village is no city of 300,000 nor a province elsewhere.

GeoNames' cities500 lacks Lebanon's Blida; its Blida is Algeria's city and province.
"in Blida, a village close to the border" then has no reading: no pin beats one 3,000 km
off.  A village of a city's name that the gazetteer holds is read as the village.
"""

import pytest

from geo.text.geoparse import geoparse
from geo.text.sizes import VILLAGE, mark_villages
from geo.text.tokens import Mention

pytestmark = pytest.mark.gazetteer


def readings(gazetteer, text):
    return {
        t.text: ((t.place.name, t.place.country_code) if t.place else None)
        for t in geoparse(text, gazetteer)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Israeli strikes hit Khiam and Kfar Shouba. Two people were killed in Blida, a "
        "village close to the border, and shells fell near Hasbaya, Nabatieh and Tyre.",
        "Demolitions went on in the village of Blida, residents of Marjayoun and Hasbaya "
        "said; a drone struck a car near Nabatieh.",
    ],
)
def test_a_village_is_not_a_far_city_of_its_name(gazetteer, text):
    found = readings(gazetteer, text)
    assert "Blida" in found and found["Blida"] is None
    assert found["Nabatieh"] is not None and found["Nabatieh"][1] == "LB"


def test_a_village_of_a_citys_name_is_the_village(gazetteer):
    found = readings(
        gazetteer,
        "Russian shells hit the village of Zaporizhzhia in the Vasylivka district, "
        "officials in Enerhodar said.",
    )
    assert found["Zaporizhzhia"] == ("Zaporizhzhia", "UA")


def test_a_city_called_a_city_keeps_its_reading(gazetteer):
    found = readings(gazetteer, "Police in Blida, a city south of Algiers, arrested two men.")
    assert found["Blida"] is not None and found["Blida"][1] == "DZ"


@pytest.mark.parametrize(
    ("text", "name", "village"),
    [
        ("Shelling hit Kurylivka, a frontline village, overnight.", "Kurylivka", True),
        ("Troops entered the hamlet of Dronivka.", "Dronivka", True),
        ("Shelling hit Kurylivka, a frontline town, overnight.", "Kurylivka", False),
        ("A village near Kurylivka was hit.", "Kurylivka", False),
    ],
)
def test_mark_villages(text, name, village):
    start = text.index(name)
    m = Mention(start, start + len(name), name.lower(), 0, 0)
    mark_villages(text, [m])
    assert (m.reading == VILLAGE) is village


def test_every_mention_of_a_village_is_the_village(gazetteer):
    # The headline and a later sentence name Blida bare; the text calls it a village once.
    text = (
        "Israeli strikes flatten homes in Blida\n\n"
        "A drone destroyed two houses in the border village of Blida, the agency said. "
        "The army said it hit targets in Blida and in Aitaroun, near Bint Jbeil.\n"
    )
    found = [t for t in geoparse(text, gazetteer) if t.text == "Blida"]
    assert len(found) == 3
    assert all(t.place is None or t.place.country_code == "LB" for t in found)


def test_a_place_by_a_named_countrys_border_is_no_far_namesake(gazetteer):
    # Two places and a country named outright: Tina is by the Chad border, not Ecuador's.
    text = "Fighting raged in Tina, on the Chad border. Refugees crossed to Adre.\n"
    found = readings(gazetteer, text)
    assert "Tina" in found and (found["Tina"] is None or found["Tina"][1] in ("SD", "TD"))


def test_a_bare_first_name_stays_no_place(gazetteer):
    # No cue marks Viktor a place: the stages telling names from places drop it.
    found = readings(gazetteer, "Viktor was wounded near Kherson, Ukraine.\n")
    assert "Viktor" not in found and found["Kherson"][1] == "UA"


def test_the_villages_of_a_region_are_in_the_region(gazetteer):
    # Written for this test: "the villages of" before one name, no list after it, names
    # the villages in the area so called (a Nigerian state), not a village of that name.
    text = "Health workers said few children were left in the villages of Zamfara."
    [top] = geoparse(text, gazetteer)
    assert top.text == "Zamfara" and top.lat is not None
    assert abs(top.lat - 12.1) < 1.0 and abs(top.lon - 6.2) < 1.0

"""A reading far from a text about one country (or two) is a namesake it lacks.

A wire story about Darfur's towns names Tawila, which the gazetteer lacks; its only
Tawila lies in Yemen, 3,000 km off in a country the text never speaks of: no pin beats
a wrong one.  A large city keeps a name the text gives it in passing (a Texas family
flying to Cancún, Beijing called Peking), unless the name also has a place among the
text's (Konstantinopol by Kurakhove, not Istanbul).
"""

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


def places(gazetteer, text):
    """{surface: (country code, GeoNames id) or None} (the last mention of each)."""
    return {
        t.text: ((t.place.country_code, t.place.geonameid) if t.place is not None else None)
        for t in geoparse(text, gazetteer)
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aid groups said families who fled El Fasher walked to Tawila, while others "
         "reached Kutum, Mellit and Kabkabiya; the UN sent trucks from Nyala and Geneina.",
         "Tawila"),
        ("Shelling hit Khiam, Kfar Shouba and Hasbaya, and a drone struck a car near "
         "Nabatieh, Tyre and Sidon, officials said. A house was hit in Suba.", "Suba"),
    ],
)
def test_far_namesake_in_a_country_the_text_never_names_is_no_reading(gazetteer, text, name):
    found = places(gazetteer, text)
    assert name in found and found[name] is None


def test_a_namesake_among_the_texts_places_beats_a_far_city_of_that_old_name(gazetteer):
    found = places(
        gazetteer,
        "Russian units advanced near Kurakhovo, Konstantinopol and Uspenovka, west of "
        "Donetsk, and shelled Selidovo and Krasnogorovka.",
    )
    assert found["Konstantinopol"] == ("UA", 705122)  # Kostiantynopil, not Istanbul
    assert found["Kurakhovo"] == ("UA", 695357)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The family flew from Dallas to Cancun after the wedding in Fort Worth; relatives "
         "drove in from Arlington, Irving, Plano and Grand Prairie.", "Cancun", "MX"),
        ("The Dallas couple honeymooned in Peking before returning to Fort Worth, "
         "Arlington, Irving and Plano.", "Peking", "CN"),
        # A text about two countries keeps its places in both.
        ("Fighting was reported near Sotk, Vardenis, Jermuk and Goris, Armenian officials "
         "said, and Azerbaijan said its positions near Kalbajar and Lachin were shelled.",
         "Kalbajar", "AZ"),
    ],
)
def test_places_named_in_passing_keep_their_reading(gazetteer, text, name, country):
    found = places(gazetteer, text)
    assert found[name] is not None and found[name][0] == country

"""A namesake across a border that the name's own sentence speaks for: "Ust-Luga ... the
port of Primorsk" in a story of Ukraine's ports is Leningrad Oblast's Primorsk, not
Zaporizhzhia's Prymorsk (geo.text.sentence_abroad).

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

UKRAINE = (
    "Ships loaded grain in Odesa, Chornomorsk and Izmail this week, and insurers in Kyiv "
    "said rates for Mykolaiv and Kherson had fallen.\n\n"
)


def read(text, gazetteer):
    return {t.text: t for t in geoparse(text, gazetteer)}


@pytest.mark.gazetteer
def test_the_sentence_speaks_for_a_namesake_abroad(gazetteer):
    text = UKRAINE + (
        "Drones also hit a refinery in Tuapse. Loading at Ust-Luga on the Gulf of Finland "
        "stopped, and drones struck the port of Primorsk."
    )
    t = read(text, gazetteer)["Primorsk"]
    assert t.place.country_code == "RU" and t.place.lat > 59


@pytest.mark.gazetteer
def test_a_reading_near_its_sentence_stays(gazetteer):
    # Prymorsk by Berdiansk: its sentence's places lie in Ukraine
    text = UKRAINE + "Shelling hit Berdiansk and Primorsk on the Azov coast overnight."
    t = read(text, gazetteer)["Primorsk"]
    assert t.place.country_code == "UA"


@pytest.mark.gazetteer
def test_a_sentence_of_two_countries_decides_nothing(gazetteer):
    text = UKRAINE + "Drones flew from Ust-Luga past Odesa toward Primorsk, officials said."
    t = read(text, gazetteer)["Primorsk"]
    assert t.place is not None  # left to resolution: the sentence names two countries


@pytest.mark.gazetteer
def test_a_foreign_alias_far_from_its_paragraph_is_no_reading(gazetteer):
    text = (
        "Rescuers in Mandalay searched collapsed monasteries. The Ava Bridge across the "
        "Irrawaddy between Sagaing and Mandalay was badly damaged."
    )
    t = read(text, gazetteer).get("Ava")
    assert t is None or t.place is None or t.place.country_code == "MM"

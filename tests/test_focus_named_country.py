"""A far small place of a country the text names is a second area of the text only when
the text has not already placed that country inside its area, or names another place of
it out there (geo.text.focus.refocus). Texts written for these tests."""

from __future__ import annotations

import pytest

import geo

KHARKIV_BORDER = (
    "Russian troops hold Volchansk and Liptsy, from which Kharkov is 25 km away. Guided"
    " bombs hit Tsirkuny and Zolochev, and Ukraine's forces were shelling the Russian"
    " border town of Shebekino from positions near Staritsa."
)


@pytest.mark.gazetteer
def test_a_far_namesake_in_a_country_already_inside_the_area_is_dropped(gazetteer):
    # Russia is inside the text's area (Shebekino): Tver Oblast's Staritsa, 700 km off,
    # is no second area but a namesake of the Kharkiv Oblast village the index lacks.
    a = geo.analyze(KHARKIV_BORDER, gazetteer=gazetteer)
    staritsa = next(t for t in a.toponyms if t.text == "Staritsa")
    assert staritsa.place is None
    shebekino = next(t for t in a.toponyms if t.text == "Shebekino")
    assert shebekino.place is not None and shebekino.place.country_code == "RU"


@pytest.mark.gazetteer
def test_a_second_area_of_a_country_inside_the_area_stays(gazetteer):
    # Syria is inside the area (Quneitra, Daraa) and the text turns to its north with
    # several places: Ras al-Ain stays in Syria.
    text = (
        "Israeli troops raided villages near Quneitra, and residents of Daraa reported"
        " clashes, while in Gaza strikes hit Khan Younis and Rafah and in the West Bank"
        " troops raided Jenin and Tulkarm. In Syria's north, Turkish drones struck near"
        " Manbij, Tell Abyad and Ras al-Ain, the SDF said."
    )
    a = geo.analyze(text, gazetteer=gazetteer)
    ras = next(t for t in a.toponyms if t.text == "Ras al-Ain")
    assert ras.place is not None and ras.place.country_code == "SY"

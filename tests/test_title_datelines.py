"""A wire dateline is never the title of the map or the report (tester32 U12)."""

from __future__ import annotations

import pytest

from geo.text.document import guess_title
from geo.text.title_datelines import title_dateline_end

BODY = " Drones struck an oil depot on the city's edge overnight, the governor said. " \
       + "More text follows in the next sentence of the lead, as it does in wire copy. " * 2


@pytest.mark.parametrize(
    "dateline",
    [
        "BEIRUT (AP) —",
        "KHERSON, Ukraine (Reuters) -",
        "MOSCOW, November 3. /TASS/.",
        "MOSCOW, December 1, 2026. /TASS/.",
        "МОСКВА, 1 декабря. /ТАСС/.",
        "КИЇВ, 1 грудня /Укрінформ/.",
        "МОСКВА, 3 ноя — РИА Новости.",
        "MELITOPOL, Zaporozhye Region, December 2. /TASS/.",
        "Kyiv (AFP) -",
        "Port Sudan (AFP) –",
        "Kherson (Ukraine) (AFP) -",  # tester34 W24: AFP's country in brackets
        "Goma (DR Congo) (AFP) -",
        "Feb 3 (Reuters) -",
        "KYIV, Dec 2 -",
    ],
)
def test_the_title_leaves_the_dateline_out(dateline):
    text = dateline + BODY
    assert guess_title(text).startswith("Drones struck an oil depot")


@pytest.mark.parametrize(
    "line",
    [
        "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .",
        "Kharkiv (again) under fire as drones return",
        "Kharkiv (Ukraine) under fire as drones return",
        "KANSAS CITY, MO. FIRE KILLS TWO",
        "Ukraine, Russia trade blame for strike on dam",
        "Troops Advance Toward the City of Sumy",
    ],
)
def test_a_headline_is_no_dateline(line):
    assert title_dateline_end(line) == 0

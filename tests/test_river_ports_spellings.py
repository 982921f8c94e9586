"""A river's ports ("Ukraine's Danube ports") and the Polish and German spellings of the
Dnipro ("the left bank of the Dniepr") are the river, not a district or city named
after it (geo.text.water, geo.text.water_table).

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.water import find_water


@pytest.mark.parametrize(
    ("text", "name", "river"),
    [
        ("Grain shipments from Ukraine's Danube ports rose in May.", "Danube", "Danube"),
        ("Danube ports busy as insurers raise rates", "Danube", "Danube"),
        ("Barges waited at the Volga ports for a week.", "Volga", "Volga"),
        ("Shelling from the left bank of the Dniepr went on.", "Dniepr", "Dnipro"),
        ("Russian troops crossed the Dnjepr near Krynky.", "Dnjepr", "Dnipro"),
    ],
)
def test_a_river_named_so_is_water(text, name, river):
    spans = find_water(text)
    assert [(text[s.start : s.end], s.body.name) for s in spans if s.body] == [(name, river)]


@pytest.mark.parametrize(
    "text",
    [
        "Kherson ports were shelled overnight.",  # a city's ports
        "The Odesa ports reopened on Monday.",
        "Troops left Dnipro on Friday.",  # the city
    ],
)
def test_a_city_before_ports_is_no_water(text):
    assert not find_water(text)

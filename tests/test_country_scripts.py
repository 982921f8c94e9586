"""Countries named in Arabic and Cyrillic script: Arabic wire copy's "لبنان" is the
country Lebanon (it was Lebanon, Tennessee, by an alternate name), Russian "Израиль" and
"Ливана" (Lebanon's genitive) are Israel and Lebanon (tester33 V24)."""

from __future__ import annotations

import pytest

import geo

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("قالت الوكالة إن غارة استهدفت بلدة في لبنان.", "لبنان", "LB"),
        ("وقالت وزارة الخارجية في سوريا إن الوفد وصل.", "سوريا", "SY"),
        ("Израиль нанес удары по югу Ливана.", "Израиль", "IL"),
        ("Израиль нанес удары по югу Ливана.", "Ливана", "LB"),
        ("Делегация прибыла в Египет во вторник.", "Египет", "EG"),
    ],
)
def test_a_country_named_in_its_regions_scripts_is_the_country(gazetteer, text, name, code):
    a = geo.analyze(text, gazetteer=gazetteer)
    (t,) = [t for t in a.toponyms if t.text == name]
    assert t.place.kind == "country" and t.place.country_code == code

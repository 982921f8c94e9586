"""An armed group's name is no place, nor a warning about one: "al-Shabab fighters"
(as "Hamas", "Hezbollah").  Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabab fighters seized a town near Baidoa on Friday.",
        "The army said al-Shabaab had withdrawn from villages outside Baidoa.",
    ],
)
def test_shabab_is_no_place(gazetteer, text):
    names = [t.text for t in geoparse(text, gazetteer)]
    assert not any("Shabaa" in n or "Shabab" in n for n in names)
    assert "Baidoa" in names

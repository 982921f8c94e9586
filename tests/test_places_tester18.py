"""Places of the eighteenth tester's kinds, with examples of our own: a name that runs on
past a hyphen is no place spelt like its first part (geo.text.spellings)."""

import logging

import pytest

from geo.text.geoparse import geoparse


def _found(gazetteer, text):
    return {t.text: t.place for t in geoparse(text, gazetteer) if t.place}


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (
            "SSC-Khatumo said it captured the village of Dhabar-dalool, which Hargeisa "
            "denied. Fighting continued near Erigavo and Las Anod.",
            "Dhabar",
        ),
        ("Shelling hit the village of Kurakhiv-ka near Pokrovsk on Monday.", "Kurakhiv"),
    ],
)
def test_a_name_running_on_past_a_hyphen_is_no_namesake_of_its_part(gazetteer, text, cut, caplog):
    with caplog.at_level(logging.WARNING):
        found = _found(gazetteer, text)
    assert cut not in found
    assert f"{cut}-" in caplog.text  # warned about, whole

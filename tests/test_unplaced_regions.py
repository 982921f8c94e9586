"""A region the index lacks, named like one it has ("East Kordofan" beside South
Kordofan), is warned about as a region, not as a village to download
(geo.text.unplaced)."""

import logging

import pytest

from geo.text.unplaced import _sibling_region


class _Gaz:
    """An index with one first-level region, South Kordofan."""

    def lookup_normalized(self, key):
        return [type("C", (), {"record": 1})()] if key == "south kordofan" else []

    def kind(self, record):
        return "admin1"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("West Kordofan", "South Kordofan"),
        ("North Kordofan", "South Kordofan"),
        ("West Darfur", None),  # no region of the name's rest
        ("Babanusa", None),  # no compass word
        ("South Kordofan", None),  # only another compass word counts
    ],
)
def test_a_sibling_region(name, expected):
    assert _sibling_region(name, _Gaz()) == expected


@pytest.mark.gazetteer
def test_a_missing_region_is_warned_as_a_region(gazetteer, caplog):
    from geo.text.geoparse import geoparse

    text = "Fighting continued around Babanusa in East Kordofan and near Kadugli, the UN said."
    with caplog.at_level(logging.WARNING, logger="geo.text"):
        geoparse(text, gazetteer)
    assert "'East Kordofan'" in caplog.text and "first-level region" in caplog.text

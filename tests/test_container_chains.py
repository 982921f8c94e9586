"""A name, its region and the region's country joined by commas ("Bagdad, Tamaulipas,
Mexico") are one place, not a list of three.

Every text here is written for these tests.
"""

import pytest

from geo.text import container_chains
from geo.text.container_chains import is_container_chain
from geo.text.tokens import Mention

#: (kind, country code, admin-1 code) readings of a few names.
_READINGS = {
    "mexico": [("country", "MX", "")],
    "tamaulipas": [("admin1", "MX", "28")],
    "sonora": [("admin1", "MX", "26")],
    "chihuahua": [("admin1", "MX", "06")],
    "peru": [("country", "PE", "")],
    "ontario": [("admin1", "CA", "08")],
}


@pytest.fixture
def stub(monkeypatch):
    monkeypatch.setattr(
        container_chains, "region_readings", lambda gaz, key: _READINGS.get(key, [])
    )


def _chain(text, names):
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(Mention(start, start + len(name), name.lower(), 0, 0))
    return is_container_chain(text, mentions, list(range(len(mentions))), None)


def test_town_region_country_is_a_chain(stub):
    assert _chain("Smugglers crossed at Bagdad, Tamaulipas, Mexico, on Tuesday.",
                  ["Bagdad", "Tamaulipas", "Mexico"])
    assert _chain("It happened in Bagdad, Tamaulipas, Mexico.", ["Bagdad", "Tamaulipas", "Mexico"])


def test_a_region_of_another_country_is_no_chain(stub):
    assert not _chain("Trucks left Bagdad, Ontario, Mexico.", ["Bagdad", "Ontario", "Mexico"])


def test_three_regions_or_a_longer_list_are_a_list(stub):
    assert not _chain("Rain fell on Sonora, Chihuahua, Mexico.", ["Sonora", "Chihuahua", "Mexico"])

    # The country goes on into a list: "..., Mexico, Peru and ...".
    assert not _chain("Visits to Bagdad, Tamaulipas, Mexico, Peru and Chile.",
                      ["Bagdad", "Tamaulipas", "Mexico"])
    # The country acts: "..., Mexico said".
    assert not _chain("Aid reached Bagdad, Tamaulipas, Mexico said.",
                      ["Bagdad", "Tamaulipas", "Mexico"])


def test_a_first_name_called_a_region_is_no_chain(stub):
    text = "the province of Bagdad, Tamaulipas, Mexico."
    mentions = [
        Mention(text.index(n), text.index(n) + len(n), n.lower(), 0, 0)
        for n in ("Bagdad", "Tamaulipas", "Mexico")
    ]
    mentions[0].cue = "region"  # "the province of X": recognition's region cue
    assert not is_container_chain(text, mentions, [0, 1, 2], None)


def test_joined_otherwise_is_no_chain(stub):
    assert not _chain("Bagdad and Tamaulipas, Mexico.", ["Bagdad", "Tamaulipas", "Mexico"])
    assert not _chain("Bagdad, Tamaulipas.", ["Bagdad", "Tamaulipas"])


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Smugglers crossed the river at Bagdad, Tamaulipas, Mexico, on Tuesday.", "Bagdad", "MX"),
        ("The family moved to Cordoba, Veracruz, Mexico, last year.", "Veracruz", "MX"),
    ],
)
def test_real_gazetteer_reads_the_chain(gazetteer, text, name, code):
    from geo.text.geoparse import geoparse

    found = {t.text: t for t in geoparse(text, gazetteer)}
    assert found[name].place.country_code == code
    if name == "Veracruz":
        assert found[name].place.kind == "admin1"  # the state, not its port city

"""Kinds found by front-line articles 479-488 (copy in Russian spellings): a town renamed
from a Soviet adjective, named by it ("Pervomaisky": Zlatopil, Kharkiv Oblast), while
the same word after a first name stays a surname."""

import pytest

from geo.geometry import distance_km
from geo.gazetteer.candidate import Candidate
from geo.text.geoparse import geoparse
from geo.text.variants import former_adjective_name

pytestmark = pytest.mark.gazetteer

ZLATOPIL = (49.3765, 36.2185)


def _read(text, gazetteer):
    return {text[t.start : t.end]: t for t in geoparse(text, gazetteer)}


def test_renamed_town_read_by_its_soviet_adjective(gazetteer):
    got = _read("Drones hit a chemical plant in Pervomaisky overnight.", gazetteer)
    t = got["Pervomaisky"]
    assert t.place is not None and distance_km((t.place.lat, t.place.lon), ZLATOPIL) < 5


def test_soviet_adjective_after_a_first_name_is_a_surname(gazetteer):
    got = _read("Shelling hit Kupyansk, deputy Andrei Pervomaisky said.", gazetteer)
    assert "Pervomaisky" not in got and "Kupyansk" in got


def test_former_adjective_name_wants_a_renamed_town(gazetteer):
    def hits(key):
        return [
            gazetteer.name(c.record)
            for c in gazetteer.lookup_normalized(key)
            if former_adjective_name(gazetteer, Candidate(c.record, c.quality))
        ]

    assert "Zlatopil" in hits("pervomaiskyi")
    assert hits("syrskiy") == []  # a surname's form: no town of note
    assert not any(n.endswith(("skiy", "skyi")) for n in hits("pervomayskiy"))

"""Kinds found by front-line articles 479-488 (copy in Russian spellings): a town renamed
from a Soviet adjective, named by it ("Pervomaisky": Zlatopil, Kharkiv Oblast), while
the same word after a first name stays a surname."""

import pytest

from geo.gazetteer.candidate import Candidate
from geo.geometry import distance_km
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


VOVCHANSK = (50.2908, 36.9411)
SYNELNYKOVE = (48.3236, 35.5261)


def test_raion_adjective_finds_its_town_by_its_russian_name(gazetteer):
    from geo.text.district_adjectives import adjective_town

    rec = adjective_town(gazetteer, "Volchansky", {"UA", "RU"})
    assert distance_km(gazetteer.lat_lon(rec), VOVCHANSK) < 5  # not Russia's Volchansk
    rec = adjective_town(gazetteer, "Sinelnikovsky", {"UA"})
    assert distance_km(gazetteer.lat_lon(rec), SYNELNYKOVE) < 5


def test_villages_of_a_raion_named_by_a_russian_adjective(gazetteer):
    text = (
        "Units struck near Volchansk and Vilcha of the Volchansky rayon of the "
        "Kharkovskaya oblast, and near Tetkino of the Kurskaya oblast."
    )
    got = _read(text, gazetteer)
    for name in ("Volchansk", "Vilcha"):
        t = got[name]
        assert distance_km((t.place.lat, t.place.lon), VOVCHANSK) < 10


def test_uncued_name_before_its_new_name(gazetteer):
    text = "Pervomaisky, which the Ukrainian authorities renamed Zlatopil, lies south of Kharkov."
    t = _read(text, gazetteer)["Pervomaisky"]
    assert distance_km((t.place.lat, t.place.lon), ZLATOPIL) < 5


def test_given_name_before_a_city_named_after_the_person(gazetteer):
    text = "Kirovograd was named after the Soviet leader Sergei Kirov in 1939."
    got = _read(text, gazetteer)
    assert "Kirov" not in got and "Kirovograd" in got
    got = _read("Sydney Melbourne flights resumed on Monday.", gazetteer)
    assert "Melbourne" in got  # a given name that is a city's: a pair of places


def test_raion_adjective_outside_the_texts_countries(gazetteer):
    from geo.text.district_adjectives import adjective_town

    rec = adjective_town(gazetteer, "Belgorodsky", {"UA"})  # a Crimean misreading's text
    assert gazetteer.name(rec) == "Belgorod"
    assert adjective_town(gazetteer, "Kharkiv", {"UA"}) is None  # no adjective

"""A clause opened by a country places its list's names there ("in Mali, fighters hit
A, B, C and D": no Nigerian namesake; tester34 W1); a unit word after a name ("Kani
township") makes a reading in a country far from the text's others a namesake."""

from __future__ import annotations

import pytest

import geo

pytestmark = pytest.mark.gazetteer


def _place(gazetteer, text, name):
    (t,) = [t for t in geo.analyze(text, gazetteer=gazetteer).toponyms if t.text == name]
    return t.place


def test_a_clause_country_drops_a_listed_namesake_abroad(gazetteer):
    text = (
        "Rebels raided Goma and Bukavu, and drones struck Kharkiv. In Mali, gunmen "
        "stormed Gao, Lere, Timbuktu and Mopti on Tuesday."
    )
    assert _place(gazetteer, text, "Lere") is None
    assert _place(gazetteer, text, "Gao").country_code == "ML"


def test_a_lower_case_clause_after_a_semicolon_counts(gazetteer):
    text = (
        "Strikes hit Sumy and Odesa. In Niger, troops held Tillaberi; in Mali, "
        "gunmen stormed Gao, Lere, Timbuktu and Mopti."
    )
    assert _place(gazetteer, text, "Lere") is None


def test_without_the_clause_country_the_reading_stays(gazetteer):
    text = "Rebels raided Goma and Bukavu. Gunmen stormed Lere and Kano, police said."
    place = _place(gazetteer, text, "Lere")
    assert place is not None and place.country_code == "NG"


def test_a_unit_word_drops_a_far_namesake(gazetteer):
    text = "Resistance fighters in Sagaing said troops burned homes in Kani township."
    assert _place(gazetteer, text, "Kani") is None


def test_a_unit_word_keeps_a_reading_in_the_texts_country(gazetteer):
    text = "Flooding hit Nagoya, and roads closed in Kani township, officials said."
    place = _place(gazetteer, text, "Kani")
    assert place is not None and place.country_code == "JP"


def test_a_country_closing_a_list_drops_an_alternate_name_next_door(gazetteer):
    # Syria borders Lebanon, but its Kafr Laha is called Houla by an alternate name only.
    text = "Drones struck Kfar Kila, Houla and Kfarchouba in south Lebanon overnight."
    place = _place(gazetteer, text, "Houla")
    assert place is None or place.country_code == "LB"


def test_a_neighbours_own_name_stays_in_a_closed_list(gazetteer):
    text = "Shelling hit Belgorod, Sumy and Kharkiv in Ukraine, officials said."
    place = _place(gazetteer, text, "Belgorod")
    assert place is not None and place.country_code == "RU"

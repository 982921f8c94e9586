"""A caseless rare word right before "near" and a place it lies close to (real gazetteer)."""

from geo.text.casing import restore_case
from geo.text.geoparse import geoparse


def test_a_lower_case_district_before_near_its_city_is_capitalised(gazetteer):
    text = "we stayed two nights in drongen near ghent"
    restored = restore_case(text, gazetteer)
    assert restored == "we stayed two nights in Drongen near Ghent"
    places = {t.text: t.place for t in geoparse(text, gazetteer) if t.place is not None}
    assert places["drongen"].country_code == "BE"


def test_an_everyday_word_or_a_far_namesake_before_near_stays_small(gazetteer):
    assert restore_case("a cafe near ghent was closed", gazetteer) == "a cafe near Ghent was closed"
    # Drongen lies in Belgium, far from Paris: no town of that name near it.
    assert restore_case("a drongen near paris", gazetteer) == "a drongen near Paris"

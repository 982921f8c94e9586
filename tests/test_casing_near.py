"""Caseless names: a rare word before "near" a place, a route's small end, a country's name
with its last word typed small (real gazetteer)."""

import pytest

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


def test_a_small_end_of_a_route_near_its_other_end_is_capitalised(gazetteer):
    text = "buses between orleans and chateauroux are cancelled today"
    assert restore_case(text, gazetteer).startswith("buses between Orleans and Chateauroux")
    places = {t.text: t.place for t in geoparse(text, gazetteer) if t.place is not None}
    assert places["orleans"].country_code == "FR"


def test_an_everyday_word_or_a_far_town_at_a_routes_end_stays_small(gazetteer):
    assert restore_case("from work to london", gazetteer) == "from work to London"
    # Nancy lies 740 km from Berlin: no route's end it names there.
    assert restore_case("flights between nancy and berlin", gazetteer).startswith(
        "flights between nancy"
    )


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("He moved to New zealand in May.", "New zealand", "NZ"),
        ("Shipping costs to the United states doubled.", "United states", "US"),
        ("Cruise ships returned to the US Virgin islands.", "US Virgin islands", "VI"),
    ],
)
def test_a_countrys_name_with_its_last_word_typed_small_is_the_country(gazetteer, text, name, code):
    places = {t.text: t.place for t in geoparse(text, gazetteer) if t.place is not None}
    assert places[name].country_code == code, places


def test_a_capitalised_word_before_an_everyday_word_stays_no_country(gazetteer):
    assert not [t for t in geoparse("The United nations met on Monday.", gazetteer) if t.place]


def test_a_demonym_before_an_english_noun_stays_words(gazetteer):
    text = "Flash update issued by the office for the occupied Palestinian territory"
    assert not [t for t in geoparse(text, gazetteer) if t.place]
    places = {t.text: t.place for t in geoparse("Prices rose in Saudi arabia.", gazetteer)}
    assert places["Saudi arabia"].country_code == "SA"

"""Diseases and relief bodies named like places (geo.text.disease_names).

Every text here is written for these tests.
"""

import geo


def _names(text, gazetteer):
    return [t.text for t in geo.analyze(text, gazetteer=gazetteer).toponyms]


def test_a_disease_named_bare_after_its_word_is_no_place(gazetteer):
    text = ("Doctors said the Marburg virus was spreading in the north. "
            "Marburg kills more slowly than its cousin, they added.")
    assert _names(text, gazetteer) == []


def test_the_disease_s_place_stays_after_a_preposition_or_with_its_container(gazetteer):
    text = ("The Marburg virus was first isolated in Marburg in 1967. "
            "Marburg, Germany, is a university town.")
    assert _names(text, gazetteer) == ["Marburg", "Marburg", "Germany"]


def test_a_large_city_keeps_its_name_whatever_disease_bears_it(gazetteer):
    text = "Papers called it the Wuhan flu. Wuhan closed its markets on Monday."
    assert _names(text, gazetteer) == ["Wuhan"]


def test_relief_bodies_are_no_places(gazetteer):
    assert _names("The Red Cross is helping families who fled the floods.", gazetteer) == []
    text = "Volunteers of the Uganda Red Cross handed out tents."
    assert _names(text, gazetteer) == ["Uganda"]
    assert _names("The Palestine Red Crescent said two medics were hurt.", gazetteer) == [
        "Palestine"
    ]


def test_a_place_named_red_cross_stays_where_the_text_places_it(gazetteer):
    text = "She grew up in Red Cross, North Carolina, a farming hamlet."
    assert _names(text, gazetteer) == ["Red Cross", "North Carolina"]


def test_a_name_listed_with_diseases_is_a_disease(gazetteer):
    text = "Returning troops are screened for HIV, Chagas and hepatitis B."
    assert _names(text, gazetteer) == []
    text = "The clinic in Kano treats Lassa, cholera and measles."
    assert _names(text, gazetteer) == ["Kano"]


def test_places_listed_near_a_disease_stay(gazetteer):
    text = "Cholera and malaria spread in Haiti and Yemen last year."
    assert _names(text, gazetteer) == ["Haiti", "Yemen"]

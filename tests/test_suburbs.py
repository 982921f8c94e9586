"""A place the text defines as a part of a city lies in that city: "Penha is a
neighborhood in the city of Rio de Janeiro", "Westbrook is a suburb of Palmerston North".

Every text here is written for these tests.
"""

import pytest

from geo.text.suburbs import _DEFINED_PART


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Penha is a neighborhood in the city of Rio de Janeiro.", "Rio de Janeiro"),
        ("Westbrook is a suburb of Palmerston North, west of it.", "Palmerston North"),
        ("Ostend (Dutch: Oostende) is an old quarter of Antwerp.", "Antwerp"),
        ("Hillcrest was a residential ward of the town of Durban.", "Durban"),
        ("Mile End is one of the neighbourhoods of Montreal.", "Montreal"),
    ],
)
def test_the_definition_leads_up_to_the_city(text, city):
    name_end = text.index(" ") if not text.startswith("Mile End") else len("Mile End")
    found = _DEFINED_PART.match(text, name_end)
    assert found is not None and text[found.end() :].startswith(city)


@pytest.mark.parametrize(
    "text",
    [
        "Penha is a village in the state of Bahia.",  # a village, not a part of a city
        "Penha is a town near Rio de Janeiro.",
        "Penha said the suburb of Rio was quiet.",
    ],
)
def test_other_sentences_define_no_part(text):
    assert _DEFINED_PART.match(text, len("Penha")) is None


def _placed(gazetteer, text, name):
    from geo.text.geoparse import geoparse

    return [
        (t.place.country_code, t.cue, t.estimated, (t.place.lat, t.place.lon))
        for t in geoparse(text, gazetteer)
        if t.text == name and t.place is not None
    ]


@pytest.mark.gazetteer
def test_a_neighbourhood_the_gazetteer_lacks_is_estimated_in_its_city(gazetteer):
    text = "Penha is a neighborhood in the city of Rio de Janeiro. Penha has a church."
    found = _placed(gazetteer, text, "Penha")
    assert len(found) == 2
    assert all(cc == "BR" and estimated for cc, _, estimated, _ in found)


@pytest.mark.gazetteer
def test_a_suburb_is_not_a_namesake_across_the_world(gazetteer):
    text = "Westbrook is a suburb of Palmerston North. Westbrook has a school."
    found = _placed(gazetteer, text, "Westbrook")
    assert [cc for cc, *_ in found] == ["NZ", "NZ"]


@pytest.mark.gazetteer
def test_an_area_named_like_a_small_town_is_no_city(gazetteer):
    """ "the Moreton Bay Region" is no city: the suburb keeps its own reading."""
    text = "Clontarf is a bayside suburb in the Moreton Bay Region. Clontarf has a jetty."
    found = _placed(gazetteer, text, "Clontarf")
    assert found and not found[0][2]

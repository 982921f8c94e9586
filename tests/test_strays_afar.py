"""A small place read in another part of the world than every place of a short text is
left without a place (geo.text.strays_afar): a village near El Fasher is no Belarusian
Korma, a range by Kadugli no West Bank Nuba, a town near the Chadian border no Tena of
Ecuador; the same names keep their places where the text is about them."""

import logging

import pytest

from geo.text.geoparse import geoparse
from geo.text.strays_afar import demonym_codes

pytestmark = pytest.mark.gazetteer


def _named(gazetteer, text, name):
    return [t for t in geoparse(text, gazetteer) if t.text == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Refugees who reached camps near El Fasher said gunmen shot at them near Korma.", "Korma"),
        ("Shelling was reported in Kadugli and Dilling and across the Nuba hills.", "Nuba"),
        ("Residents of Nyala said militiamen had burned markets in Korma and Kutum.", "Korma"),
    ],
)
def test_a_village_on_another_continent_is_left_out_or_estimated(gazetteer, caplog, text, name):
    with caplog.at_level(logging.WARNING, logger="geo"):
        (found,) = _named(gazetteer, text, name)
    assert found.place is None or found.place.country_code == "SD"
    if found.place is None:  # left out, not silently
        assert any(f"'{name.lower()}'" in r.getMessage().lower() for r in caplog.records)


def test_a_spelling_variant_abroad_loses_to_the_countries_the_text_names(gazetteer):
    text = "Armed men crossed the Chadian border at dawn and fighting broke out in Tina."
    (tina,) = _named(gazetteer, text, "Tina")
    assert tina.place is None or tina.place.country_code in {"SD", "TD"}


@pytest.mark.parametrize(
    "text",
    [
        "Storms cut power to Korma and Gomel overnight, Belarusian officials said.",
        "In Belarus, farmers near Korma said the harvest was late.",
        "The mayor of Korma, a village of the Gomel region, opened a school.",
    ],
)
def test_the_same_village_keeps_its_place_where_the_text_is(gazetteer, text):
    (korma,) = _named(gazetteer, text, "Korma")
    assert korma.place is not None and korma.place.country_code == "BY"


def test_a_text_naming_the_country_keeps_a_far_village_of_it(gazetteer):
    text = "Officials in Khartoum said aid had reached Korma, in Belarus, by air."
    (korma,) = _named(gazetteer, text, "Korma")
    assert korma.place is not None and korma.place.country_code == "BY"


def test_demonyms_give_their_countries():
    assert demonym_codes("Ugandan troops and Congolese police met.") == {"UG", "CD"}
    assert demonym_codes("No country here.") == frozenset()

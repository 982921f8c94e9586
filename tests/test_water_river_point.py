"""A river's point is where the places its own sentence (else paragraph) names lie:
"marines who crossed the Dnieper River still hold ground in Krynki" draws the Dnipro by
Krynky, though the story's other places (Kyiv, Chernihiv, Sumy) lie 400 km up it."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

KRYNKY = (46.7331, 33.0807)
KYIV = (50.4547, 30.5238)

TEXT = (
    "KYIV, Ukraine (AP) - President Volodymyr Zelenskyy met officials in Kyiv on Tuesday "
    "after visiting Chernihiv and Sumy, where he promised more air defence.\n\n"
    "In the south, Ukrainian marines who crossed the Dnieper River last year still hold "
    "a sliver of ground in Krynki, officials said.{}\n"
)


def _river(gazetteer, text):
    t = next(t for t in geoparse(text, gazetteer) if t.water == "river")
    return t.place.lat, t.place.lon


def test_a_river_is_drawn_by_its_sentences_places(gazetteer):
    assert distance_km(_river(gazetteer, TEXT.format("")), KRYNKY) < 20


def test_a_river_in_a_sentence_with_no_place_takes_its_paragraphs(gazetteer):
    text = TEXT.replace("in Krynki, officials said.", "there, officials said.").format(
        " The village of Krynki lies in ruins."
    )
    assert distance_km(_river(gazetteer, text), KRYNKY) < 20


def test_a_river_with_no_place_near_it_takes_the_texts(gazetteer):
    text = "Officials in Kyiv and Chernihiv met on Tuesday.\n\nThe Dnieper River froze early.\n"
    assert distance_km(_river(gazetteer, text), KYIV) < 150

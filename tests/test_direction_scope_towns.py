"""A direction's scope runs over the sentences after it, but a later sentence's lone
name of a town the gazetteer has far from the direction's place is that town: "in the
Siversk direction near Bilohorivka. ... a brigade operating near Vovchansk" is
Vovchansk in Kharkiv Oblast, not an estimate by Siversk 180 km off."""

import pytest

from geo.geometry import distance_km
from geo.text.geoparse import geoparse

pytestmark = pytest.mark.gazetteer

VOVCHANSK = (50.29078, 36.94108)


def _named(gazetteer, text, name):
    return [t for t in geoparse(text, gazetteer) if t.text == name]


def test_a_later_sentences_town_is_not_moved_to_the_direction(gazetteer):
    text = (
        "Fighting went on in the Siversk direction near Bilohorivka and Verkhnokamianske. "
        "A battalion commander serving near Vovchansk said Russian infantry was massing "
        "across the border.\n"
    )
    (t,) = _named(gazetteer, text, "Vovchansk")
    assert not t.estimated
    assert distance_km((t.place.lat, t.place.lon), VOVCHANSK) < 5


def test_the_directions_own_sentence_still_anchors_its_list(gazetteer):
    text = "In the Siversk direction, Russian troops attacked near Bilohorivka.\n"
    (t,) = _named(gazetteer, text, "Bilohorivka")
    assert distance_km((t.place.lat, t.place.lon), (48.86476, 38.09683)) < 40

"""A name put next to the one before it ("Debaltseve and the nearby village of
Lohvynove") is located there: estimated near it when the gazetteer lacks it
(geo.text.hints.directed, geo.text.spellings).  Every text here is written for these
tests."""

import pytest

from geo.geometry.measures import distance_km
from geo.text.geoparse import geoparse
from geo.text.hints import nearby_before

_DEBALTSEVE = (48.34, 38.40)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled Debaltseve and the nearby village of Lohvynove overnight.",
        "Ukrainian military spokesman Andriy Lysenko said rebels had shelled Debaltseve and "
        "the nearby village of Lohvynove 20 times in a day.",
        "Separatist artillery hit Debaltseve as well as neighbouring Lohvynove, a Kyiv "
        "official said.",
    ],
)
def test_a_village_next_to_a_town_is_estimated_there(gazetteer, text):
    found = {t.text: t for t in geoparse(text, gazetteer)}
    village = found.get("Lohvynove")
    assert village is not None and village.place is not None
    assert village.estimated
    assert distance_km((village.place.lat, village.place.lon), _DEBALTSEVE) < 20


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("shelled Kherson and nearby Bilozerka", "Bilozerka", True),
        ("around Avdiivka and the neighbouring town of Yasynuvata", "Yasynuvata", True),
        ("shelled Kherson and Bilozerka", "Bilozerka", False),
        ("the nearby village, Lohvynove", "Lohvynove", False),
    ],
)
def test_the_words_that_put_a_name_next_to_another(text, name, expected):
    assert nearby_before(text, text.index(name)) is expected

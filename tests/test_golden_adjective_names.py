"""A village whose name opens with the adjective "Golden" (Ukrainian "Zolotyi", Russian
"Zolotoy") that the gazetteer lacks is read whole and estimated by its list partner, as
"Stepova Novoselivka" is (geo.text.lexicon ADJECTIVE_HEADS).

Every text here is written for these tests.
"""

import pytest

from geo.geometry import distance_km
from geo.text.name_shapes import slavic_adjective

SHAKHOVE = (48.4604, 37.3498)


@pytest.mark.parametrize("word", ["zolotyi", "zolota", "zolote", "zolotoy", "zolotaya"])
def test_golden_opens_a_place_name(word):
    assert slavic_adjective(word)


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        "Russian forces advanced near Zolotyi Kolodiaz and Shakhove.",
        "The enemy attacked 11 times near Shakhove, Zolotyi Kolodiaz and Bilytske.",
    ],
)
def test_zolotyi_kolodiaz_is_read_whole_by_its_partner(gazetteer, text):
    from geo import analyze

    found = {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}
    village = found["Zolotyi Kolodiaz"]
    assert village.place is not None and village.estimated
    assert distance_km((village.place.lat, village.place.lon), SHAKHOVE) < 40

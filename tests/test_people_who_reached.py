"""People who left or reached a place, or live in a list of places, speak; the place is a
location: "People who reached Zaporizhzhia told", "Troops who entered Kupiansk said",
"Residents of Kherson and nearby Bilozerka said"."""

import pytest

from geo import analyze

pytestmark = pytest.mark.gazetteer


@pytest.mark.parametrize(
    ("text", "speaker", "place"),
    [
        ("People who reached Zaporizhzhia told AFP that the road was mined.", "people",
         "Zaporizhzhia"),
        ("Soldiers who left Avdiivka told reporters the order came late.", "soldiers",
         "Avdiivka"),
        ("Troops who entered Kupiansk said the town was empty.", "troops", "Kupiansk"),
        ("Residents of Kherson and nearby Bilozerka said the shelling lasted all night.",
         "residents of Kherson and nearby Bilozerka", "Bilozerka"),
        ("Villagers in nearby Bilozerka said the shelling lasted all night.",
         "villagers in nearby Bilozerka",
         "Bilozerka"),
    ],
)
def test_the_people_speak_and_the_place_stays_a_location(gazetteer, text, speaker, place):
    a = analyze(text, gazetteer=gazetteer)
    assert [c.source for c in a.claims] == [speaker]
    toponym = next(t for t in a.toponyms if t.text == place)
    assert not toponym.metonymic and toponym.place is not None


def test_a_government_still_speaks(gazetteer):
    a = analyze("Moscow and Kyiv said the talks failed.", gazetteer=gazetteer)
    assert all(t.metonymic for t in a.toponyms)

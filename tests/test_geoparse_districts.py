"""A district named with a village picks its namesake; an offset from "the city" after a
place with its own offset is measured from the city, not that place."""

import pytest

from geo.geometry import distance_km
from geo.text.district_anchors import district_anchors
from geo.text.geoparse import geoparse
from geo.text.hints import read_hints
from geo.text.tokens import Mention

MYKHAILIVKA_ZAPORIZHZHIA = (47.9537, 35.2570)  # by the city, not Vasylivka's town
NOVOMYKOLAIVKA = (47.9736, 35.8981)
ANDRIIVKA_BALAKLIIA = (49.5354, 36.6264)
MALOKATERYNIVKA = (47.6557, 35.2573)


def _m(text, name, start=0):
    i = text.index(name, start)
    return Mention(i, i + len(name), name.lower(), i, i)


def test_district_after_a_name_and_after_a_list():
    t = "Shelling hit Ivanivka and Mykolaivka in the Kramatorsk district on Monday."
    ms = [_m(t, "Ivanivka"), _m(t, "Mykolaivka"), _m(t, "Kramatorsk")]
    ms[1] = Mention(ms[1].start, ms[1].end, "mykolaivka", 1, 1, siblings=(0,))
    assert district_anchors(t, ms) == {0: 2, 1: 2}


def test_a_sentence_opening_with_its_district_locates_its_names_only():
    t = "In the Izium district, a farm burned in Andriivka. Drones hit Sumy."
    ms = [_m(t, "Izium"), _m(t, "Andriivka"), _m(t, "Sumy")]
    assert district_anchors(t, ms) == {1: 0}


@pytest.mark.parametrize(
    "text",
    [
        "Hits on Ivanivka in the city's Kyivskyi district.",  # no district centre follows
        "Fighting in Kramatorsk, the district centre, went on.",  # no district word
        "Troops near Ivanivka and the Kramatorsk districts.",  # plural: no district named
    ],
)
def test_no_district_anchor(text):
    names = [w for w in ("Ivanivka", "Kramatorsk", "Kyivskyi") if w in text]
    ms = sorted((_m(text, w) for w in names), key=lambda m: m.start)
    assert district_anchors(text, ms) == {}


@pytest.mark.gazetteer
def test_namesakes_read_by_their_district(gazetteer):
    text = (
        "A man was injured in Mykhailivka in the Zaporizhzhia district, and a kindergarten "
        "was damaged in Novomykolaivka, also in the Zaporizhzhia district. Power lines "
        "were cut near Andriivka in the Izium district."
    )
    found = {t.text: t.place for t in geoparse(text, gazetteer)}
    for name, gold in (
        ("Mykhailivka", MYKHAILIVKA_ZAPORIZHZHIA),
        ("Novomykolaivka", NOVOMYKOLAIVKA),
        ("Andriivka", ANDRIIVKA_BALAKLIIA),  # not Sukhanivka of Donetsk Oblast, once Andriivka
    ):
        assert distance_km((found[name].lat, found[name].lon), gold) < 20, name


@pytest.mark.gazetteer
def test_an_offset_from_the_city_after_a_described_place(gazetteer):
    from geo.text.recognition import find_mentions

    text = (
        "Shells hit Huliaipole, roughly 90 kilometers east of the regional capital, and "
        "Malokaterynivka, about 25 kilometers south of the city, Gov. Ivan Fedorov said."
    )
    mentions = find_mentions(text, gazetteer)
    names = [text[m.start : m.end] for m in mentions]
    hints = read_hints(text, mentions)
    # Huliaipole is described, not the city: no anchor is named, so no hint at all.
    assert names.index("Malokaterynivka") not in hints
    found = {t.text: t.place for t in geoparse(text, gazetteer)}
    place = found["Malokaterynivka"]
    assert distance_km((place.lat, place.lon), MALOKATERYNIVKA) < 20


@pytest.mark.gazetteer
def test_the_city_is_the_anchor_a_described_place_names(gazetteer):
    from geo.text.recognition import find_mentions

    text = (
        "Drones hit Chuhuiv, about 35 kilometers east of Kharkiv, and Zolochiv, "
        "some 50 kilometers northwest of the city, officials said."
    )
    mentions = find_mentions(text, gazetteer)
    names = [text[m.start : m.end] for m in mentions]
    hint = read_hints(text, mentions)[names.index("Zolochiv")]
    assert names[hint.anchor] == "Kharkiv"


@pytest.mark.gazetteer
def test_a_governors_region_never_outvotes_the_towns_dateline(gazetteer):
    text = (
        "KHARKIV, Ukraine (AP) — Russian bombs hit Kupiansk on Monday, Kharkiv Gov. Oleh "
        "Syniehubov said.\n\nDrones also hit Borova, about 130 kilometers southeast of Kharkiv."
    )
    found = [(t.text, t.place.kind) for t in geoparse(text, gazetteer) if t.place]
    kharkiv = [kind for name, kind in found if name.lower() == "kharkiv"]
    # The dateline and the offset's anchor are the city, whatever "Kharkiv Gov." is read as.
    assert len(kharkiv) == 3 and kharkiv[0] == kharkiv[2] == "place"


@pytest.mark.gazetteer
def test_a_district_names_its_village_by_its_own_name(gazetteer):
    # Sukhanivka, 10 km from Kramatorsk, lists "Andriivka" only as another name.
    found = {t.text: t.place for t in geoparse(
        "Shelling damaged houses in Andriivka in the Kramatorsk district on Monday.", gazetteer
    )}  # fmt: skip
    assert found["Andriivka"].name == "Andriyivka"
    assert distance_km((found["Andriivka"].lat, found["Andriivka"].lon), (48.6174, 37.2868)) < 5


def test_a_bracketed_district():
    t = "Shells hit Ivanivka (Kramatorsk district) and Kupiansk (Kharkiv Oblast)."
    ms = [_m(t, "Ivanivka"), _m(t, "Kramatorsk"), _m(t, "Kupiansk"), _m(t, "Kharkiv")]
    assert district_anchors(t, ms) == {0: 1}

"""Front-line places of session 17's places brief: a "near" pair's village the gazetteer
has once in its partner's region, a namesake across a border its sentence speaks for, a
name followed by its other spelling in brackets ("n.p. Ilyinovka (Illinivka)"), a
regional digest's list read inside the region it frames, and "the Nord region of
Burkina Faso" read in Burkina Faso.

Texts are written for these tests; the pure rules are tested without a gazetteer.
"""

from __future__ import annotations

import math

import pytest

from geo.model import Place, Toponym
from geo.text.paren_aliases import paren_aliases
from geo.text.region_country import _OF_COUNTRY


def _km(a, b):
    (la1, lo1), (la2, lo2) = (map(math.radians, p) for p in (a, b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(h))


# --- pure rules -------------------------------------------------------------------

_ILLINIVKA = Place(
    11876375, "Illinivka", "place", "UA", 48.49382, 37.66321, alternatives=("Il'inovka",)
)
_KHERSON = Place(706448, "Kherson", "place", "UA", 46.63, 32.61)


def _bracketed(text, inner, place):
    at = text.index(f"({inner})") + 1
    return Toponym(at, at + len(inner), inner, place, 0.9, "")


def test_a_name_before_its_other_spelling_in_brackets_takes_its_place():
    text = "Fighting goes on in the n.p. Ilyinovka (Illinivka), the channel said."
    out = paren_aliases(text, [_bracketed(text, "Illinivka", _ILLINIVKA)])
    assert [t.text for t in out] == ["Ilyinovka", "Illinivka"]
    assert out[0].place == _ILLINIVKA and out[0].cue == "alias"


def test_a_name_read_elsewhere_moves_to_its_bracketed_spelling():
    text = "Drones hit Ilyinovka (Illinivka) overnight."
    far = Place(1, "Ilyinovka", "place", "RU", 55.0, 40.0)
    first = Toponym(11, 20, "Ilyinovka", far, 0.8, "")
    out = paren_aliases(text, [first, _bracketed(text, "Illinivka", _ILLINIVKA)])
    assert out[0].place == _ILLINIVKA


@pytest.mark.parametrize(
    "text",
    [
        "The head of the region, Vladimir Saldo (Kherson), said so.",  # a person and a city
        "Russian forces took Artemovsk (Kherson) in May.",  # not spelt alike
        "The city (Kherson) was shelled.",  # no name before the brackets
    ],
)
def test_a_bracketed_place_spelt_otherwise_is_no_second_name(text):
    out = paren_aliases(text, [_bracketed(text, "Kherson", _KHERSON)])
    assert [t.text for t in out] == ["Kherson"]


def test_a_bracketed_region_is_a_container_not_a_second_name():
    text = "Shelling hit Pokrovske (Pokrovske Oblast) overnight."
    region = Place(5, "Pokrovske Oblast", "admin1", "UA", 48.0, 36.2)
    out = paren_aliases(text, [_bracketed(text, "Pokrovske Oblast", region)])
    assert len(out) == 1


@pytest.mark.parametrize(
    ("after", "matches"),
    [
        (" region of Burkina Faso", True),
        (" province of the Philippines", True),
        (" Governorate of Syria", True),
        (" and Burkina Faso", False),
        (", Burkina Faso", False),
    ],
)
def test_a_region_of_a_country_phrase(after, matches):
    assert (_OF_COUNTRY.match(after) is not None) is matches


# --- with the real gazetteer --------------------------------------------------------


def _parse(text, gazetteer):
    from geo.text.geoparse import geoparse

    return {(t.text, t.start): t for t in geoparse(text, gazetteer)}


def _at(found, name, nth=0):
    hits = sorted((start, t) for (text, start), t in found.items() if text == name)
    return hits[nth][1]


def _point(t):
    return (t.place.lat, t.place.lon)


@pytest.mark.gazetteer
def test_a_pairs_village_the_gazetteer_has_once_in_the_region_is_that_village(gazetteer):
    text = (
        "The occupation authorities said Ukrainian drones cut power lines near Kakhovka "
        "and Chaplinka overnight; crews were sent from Henichesk."
    )
    t = _at(_parse(text, gazetteer), "Chaplinka")
    assert not t.estimated and _km(_point(t), (46.365, 33.541)) < 5


@pytest.mark.gazetteer
def test_a_border_namesake_its_sentence_speaks_for(gazetteer):
    text = (
        "Kyiv said Russian troops had massed on its borders. In Transnistria, people in "
        "Rybnitsa said a column of trucks had driven north toward Kamenka on Tuesday."
    )
    t = _at(_parse(text, gazetteer), "Kamenka")
    assert t.place.country_code == "MD" and _km(_point(t), (48.03, 28.70)) < 10


@pytest.mark.gazetteer
def test_a_bracketed_ukrainian_spelling_places_the_russian_one(gazetteer):
    text = (
        "In the Konstantinovka direction, our units advanced in the area of the "
        "n.p. Ilyinovka (Illinivka), west of Konstantinovka."
    )
    t = _at(_parse(text, gazetteer), "Ilyinovka")
    assert t.place is not None and _km(_point(t), (48.494, 37.663)) < 5


@pytest.mark.gazetteer
def test_a_digests_village_is_read_inside_the_region_it_frames(gazetteer):
    text = (
        "Kherson Oblast military administration: over the past day Russian forces shelled "
        "32 settlements of Kherson Oblast.\n\n"
        "Shells and drones hit Kizomys, Dniprovske, Bilozerka, Antonivka, Chornobaivka, "
        "Tiahynka and Beryslav; two people were wounded."
    )
    t = _at(_parse(text, gazetteer), "Dniprovske")
    assert t.place is not None and t.place.admin1_code == "08"  # Kherson, not Dnipropetrovsk
    assert _km(_point(t), (46.596, 32.398)) < 30


@pytest.mark.gazetteer
def test_a_village_read_in_its_lists_region_keeps_its_reading(gazetteer):
    text = (
        "In Kherson Oblast, Russian artillery hit Bilozerka, Antonivka, Chornobaivka, "
        "Tiahynka and Beryslav overnight, the governor said."
    )
    found = _parse(text, gazetteer)
    assert all(_at(found, n).place.admin1_code == "08" for n in ("Bilozerka", "Tiahynka"))
    assert not any(_at(found, n).estimated for n in ("Bilozerka", "Beryslav"))


@pytest.mark.gazetteer
def test_a_region_of_the_country_the_text_states_is_in_that_country(gazetteer):
    text = "Gunmen killed 12 soldiers at a post in the Nord region of Burkina Faso, the army said."
    t = _at(_parse(text, gazetteer), "Nord")
    assert t.place is not None and t.place.country_code == "BF"


@pytest.mark.gazetteer
def test_a_region_its_direction_puts_elsewhere_is_a_village_there(gazetteer):
    text = (
        "Geolocated footage indicates that Russian forces recently advanced in western "
        "Zaporizhzhia (east of Mezhova), the assessment said."
    )
    t = _at(_parse(text, gazetteer), "Zaporizhzhia")
    assert t.estimated and t.place.kind == "place"
    assert _km(_point(t), (48.254, 36.732)) < 45  # east of Mezhova, not the oblast's middle


@pytest.mark.gazetteer
def test_a_region_its_direction_reaches_stays_a_region(gazetteer):
    text = "Drones were launched from Belgorod Oblast, north of Kharkiv, the air force said."
    t = _at(_parse(text, gazetteer), "Belgorod Oblast")
    assert t.place.kind == "admin1" and not t.estimated


def test_a_direction_after_its_list_anchors_the_list():
    from geo.text.hints import Hint
    from geo.text.tokens import Mention
    from geo.text.trailing_directions import trailing_directions

    text = (
        "Russian forces attacked near Torske in the Lyman direction, and near Vyimka "
        "(Vyemka) and Hryhorivka in the Siversk direction."
    )
    names = ["Torske", "Lyman", "Vyimka", "Vyemka", "Hryhorivka", "Siversk"]
    ms = []
    for name in names:
        at = text.index(name)
        ms.append(Mention(at, at + len(name), name.lower(), 0, 0))
    lyman = {j: Hint(1, None, 180.0, 0.0, 40.0, None, ms[j].start, ms[j].end) for j in (2, 4)}
    partner = {3: Hint(2, None, 180.0, 0.0, 40.0, None, ms[2].start, ms[4].end)}
    out = trailing_directions(text, ms, {**lyman, **partner})
    assert {j: out[j].anchor for j in (2, 3, 4)} == {2: 5, 3: 5, 4: 5}
    assert out[0].anchor == 1  # "near Torske in the Lyman direction"


def test_a_list_near_its_own_place_keeps_its_hint():
    from geo.text.hints import Hint
    from geo.text.tokens import Mention
    from geo.text.trailing_directions import trailing_directions

    text = "Troops attacked Vyimka and Hryhorivka near Siversk in the Lyman direction."
    ms = []
    for name in ("Vyimka", "Hryhorivka", "Siversk", "Lyman"):
        at = text.index(name)
        ms.append(Mention(at, at + len(name), name.lower(), 0, 0))
    hints = {j: Hint(2, None, 180.0, 0.0, 40.0, None, ms[0].start, ms[2].end) for j in (0, 1)}
    out = trailing_directions(text, ms, hints)
    assert out[0].anchor == 2 and out[1].anchor == 2


@pytest.mark.gazetteer
def test_a_list_closed_by_its_direction_is_read_around_that_direction(gazetteer):
    text = (
        "The General Staff said Russian forces attacked near Zarichne and Torske in the "
        "Lyman direction, and near Vyimka and Hryhorivka in the Siversk direction."
    )
    found = _parse(text, gazetteer)
    for name in ("Vyimka", "Hryhorivka"):
        t = _at(found, name)
        assert t.place is not None and _km(_point(t), (48.865, 38.097)) < 25  # Siversk


@pytest.mark.gazetteer
def test_the_region_after_a_facility_named_after_a_place_is_its_container(gazetteer):
    text = (
        "Ukraine said its drones had hit Russian airfields overnight: the Marinovka "
        "airbase in the Volgograd region and the Savasleyka airbase in the Nizhny "
        "Novgorod region, far from the front in Kherson and Zaporizhzhia."
    )
    t = _at(_parse(text, gazetteer), "Marinovka")
    assert t.place is not None and t.place.country_code == "RU"  # not Mykolaiv Oblast's


@pytest.mark.gazetteer
def test_a_list_name_the_gazetteer_has_once_anywhere_stays_far_from_its_partners(gazetteer):
    text = (
        "MINSK (AP) - Belarusian troops began drills in the south of the Gomel region, "
        "near Lelchitsy, Khoiniki, Bragin and Narovlya, officials said."
    )
    t = _at(_parse(text, gazetteer), "Lelchitsy")
    assert not t.estimated and _km(_point(t), (51.786, 28.328)) < 5

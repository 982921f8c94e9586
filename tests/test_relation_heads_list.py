"""A relation after a listed name that heads the next list: "attacked north of Kupiansk
near A and B, northeast of the town near C" locates C, not B (analysts' daily style).

Every text here is written for these tests.
"""

import pytest

from geo.text.hints import read_hints
from geo.text.hints.directed import heads_list
from geo.text.tokens import Mention


def _mention(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name.lower(), 0, 0)


@pytest.mark.parametrize(
    ("text", "anchor_end", "expected"),
    [
        ("near Hlyboke, north of the city near Lyptsi", " near L", True),
        ("near Hlyboke, north of the city around Vovchansk", " around V", True),
        ("near Hlyboke, north of the city, and near Lyptsi", ", and", False),
        ("near Hlyboke, north of the city near the border", " near t", False),
        ("near Hlyboke (north of the city near Lyptsi)", " near L", False),
    ],
)
def test_heads_list(text, anchor_end, expected):
    m = _mention(text, "Hlyboke")
    assert heads_list(text, m, text.index(anchor_end)) is expected


def test_the_town_after_a_list_is_not_the_last_names_anchor():
    text = ("Russian forces attacked north of Kupiansk near Synkivka and Radkivka, "
            "northeast of the town near Petropavlivka.")
    names = ["Kupiansk", "Synkivka", "Radkivka", "Petropavlivka"]
    mentions = [_mention(text, n) for n in names]
    hints = read_hints(text, mentions)
    assert hints.get(2) is None or hints[2].anchor != 1


def test_a_named_anchor_heading_a_list_is_not_the_names():
    text = ("Russian forces attacked near Synkivka, northeast of Kupiansk near Petropavlivka "
            "and Kurylivka.")
    names = ["Synkivka", "Kupiansk", "Petropavlivka", "Kurylivka"]
    mentions = [_mention(text, n) for n in names]
    hints = read_hints(text, mentions)
    assert 0 not in hints or hints[0].bearing_deg is None


def test_a_relation_of_its_own_still_locates_the_name():
    text = "Russian forces attacked Synkivka, 10 km northeast of Kupiansk, on Monday."
    mentions = [_mention(text, n) for n in ("Synkivka", "Kupiansk")]
    hints = read_hints(text, mentions)
    assert hints[0].anchor == 1 and hints[0].bearing_deg == 45.0


@pytest.mark.gazetteer
def test_radkivka_is_estimated_by_kupiansk_not_by_a_far_spelling(gazetteer):
    from geo import analyze
    from geo.geometry import distance_km

    text = ("Russian forces attacked north of Kupiansk near Synkivka and Radkivka, northeast of "
            "the town near Petropavlivka, and southeast of it near Kurylivka.")
    found = {t.text: t for t in analyze(text, gazetteer=gazetteer).toponyms}
    radkivka = found["Radkivka"]
    assert radkivka.place is not None
    assert distance_km((radkivka.place.lat, radkivka.place.lon), (49.71, 37.62)) < 30

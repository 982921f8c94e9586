"""An analyst's direction anchors the "near" lists that follow it.

"In the Kupiansk direction, Russian forces attacked near Pishchane and Kucherivka": the
gazetteer lacks Kupiansk's Pishchane and Kucherivka and holds a Pishchane of Poltava
Oblast 300 km off; the names are Kupiansk's villages, read (or estimated) around it,
never around the far namesake.  Other directions, other spellings, other lists.
"""

import pytest

from geo.geometry import distance_km
from geo.text.directions import anchor_directions, direction_before, direction_places
from geo.text.geoparse import geoparse
from geo.text.hints import read_hints
from geo.text.recognition import find_mentions

pytestmark = pytest.mark.gazetteer

KUPIANSK = (49.7100, 37.6158)
SIVERSK = (48.8648, 38.0968)
POKROVSK = (48.2801, 37.1771)
KURAKHOVE = (47.9847, 37.2807)


def points(gazetteer, text):
    """{surface: (lat, lon) or None} (the last mention of each)."""
    return {
        t.text: ((t.place.lat, t.place.lon) if t.place is not None else None)
        for t in geoparse(text, gazetteer)
    }


@pytest.mark.parametrize(
    ("text", "names", "around"),
    [
        (
            "In the Kupiansk direction, Russian forces attacked near Pishchane and Kucherivka.",
            ("Pishchane", "Kucherivka"),
            KUPIANSK,
        ),
        (
            # The direction in the paragraph's first sentence, the list in the next one.
            "Russian forces continued offensive operations in the Kupiansk direction on "
            "March 3 but did not advance. Russian forces attacked near Pishchane.",
            ("Pishchane",),
            KUPIANSK,
        ),
        (
            # Dnipropetrovsk Oblast named before: its Petropavlivka must not pull the list.
            "Russian missiles struck Dnipro and Pavlohrad. In the Kupiansk direction, Russian "
            "forces attacked near Petropavlivka, Pishchane and Kucherivka.",
            ("Petropavlivka", "Pishchane", "Kucherivka"),
            KUPIANSK,
        ),
        (
            # Names the gazetteer lacks altogether, one of them hyphenated.
            "In the Siversk direction, Russian forces attacked near Ivano-Darivka and Vyimka.",
            ("Ivano-Darivka", "Vyimka"),
            SIVERSK,
        ),
        (
            "Russian forces continued offensive operations in the Siversk direction on "
            "March 3. Russian forces attacked near Vyimka but did not advance.",
            ("Vyimka",),
            SIVERSK,
        ),
        (
            # A district of the Kursk border, villages the gazetteer lacks.
            "In Korenevo district, fighting was reported near Olgovka and Nikolayevo-Darino, "
            "and a glide bomb fell on the outskirts of Rylsk.",
            ("Olgovka", "Nikolayevo-Darino"),
            (51.4106, 34.9001),
        ),
        (
            "Shelling continued in the Kupiansk area, where Russian troops attacked near "
            "Pishchane and Kucherivka.",
            ("Pishchane", "Kucherivka"),
            KUPIANSK,
        ),
        (
            # Russian spellings, the direction phrase the other way round.
            "Units of the Battlegroup Center liberated Selidovo and fought in the direction "
            "of Krasnoarmeysk near Novotroitskoye and Udachnoye.",
            ("Novotroitskoye", "Udachnoye"),
            POKROVSK,
        ),
    ],
)
def test_a_direction_anchors_the_lists_after_it(gazetteer, text, names, around):
    found = points(gazetteer, text)
    for name in names:
        assert found.get(name) is not None, name
        assert distance_km(found[name], around) < 40, (name, found[name])


def test_a_list_read_around_the_direction_keeps_its_own_anchor(gazetteer):
    text = "In the Kurakhove direction, Russian forces attacked near Kostiantynopil and Rozlyv."
    mentions = find_mentions(text, gazetteer)
    hints = read_hints(text, mentions)
    assert anchor_directions(text, gazetteer, mentions, hints) == hints
    found = points(gazetteer, text)
    assert distance_km(found["Rozlyv"], KURAKHOVE) < 40


HULIAIPOLE = (47.6668, 36.2558)


def test_the_direction_decides_for_a_name_near_it_over_a_far_partner(gazetteer):
    # Zaporizhzhia's Uspenivka lies 16 km from Huliaipole; the list partner's namesake
    # (Donetsk's Zelenyi Hai) 55 km off pairs with Donetsk's Uspenivka by Pokrovsk,
    # which the paragraph before would favour.
    text = (
        "In the Pokrovsk direction, the occupiers attacked 46 times near Rodynske and "
        "Udachne. In the Huliaipole direction, the enemy attacked near Uspenivka and "
        "Zelenyi Hai."
    )
    found = points(gazetteer, text)
    assert distance_km(found["Uspenivka"], HULIAIPOLE) < 20
    assert distance_km(found["Rodynske"], POKROVSK) < 20


def test_directed_hints_and_lists_anchored_after_are_kept(gazetteer):
    text = (
        "In the Kupiansk direction, Russian forces attacked southeast of Kupiansk near "
        "Kruhliakivka and Zahryzove, and near Pishchane and Kyslivka near Borova."
    )
    mentions = find_mentions(text, gazetteer)
    hints = read_hints(text, mentions)
    out = anchor_directions(text, gazetteer, mentions, hints)
    names = [text[m.start : m.end] for m in mentions]
    for name in ("Kruhliakivka", "Zahryzove"):
        j = names.index(name)
        assert out[j] == hints[j] and out[j].bearing_deg is not None


def test_a_place_outside_any_near_list_keeps_its_reading(gazetteer):
    # A city struck in the same paragraph is no village of the direction.
    text = "In the Kupiansk direction, fighting continued. Russian drones also struck Lviv."
    found = points(gazetteer, text)
    assert distance_km(found["Lviv"], (49.8383, 24.0232)) < 20


def test_scopes_end_at_the_paragraph_the_next_direction_or_a_few_sentences():
    from geo.text.tokens import Mention

    t = "In the Lyman direction, A. B. C. D. E. F. G.\nIn the Toretsk and Pokrovsk directions, H."
    ms = [Mention(7, 12, "lyman", 2, 2), Mention(52, 59, "toretsk", 20, 20)]
    [(k, end)] = direction_places(t, ms)
    assert k == 0 and t[:end].endswith("E.")  # its own sentence and four more
    assert direction_places("The Lyman direction, near X.", [Mention(4, 9, "lyman", 1, 1)])
    # "the direction" of a road or a wind is no direction of the front without a name.
    assert not direction_before("Near Vyimka, the wind changed.", 5)


def test_a_single_unknown_name_needs_a_direction_to_be_a_place(gazetteer):
    assert "Vyimka" not in points(gazetteer, "Russian forces attacked near Vyimka.")


def test_cost_is_linear_in_the_mentions(gazetteer, monkeypatch):
    import geo.text.directions as directions

    calls = []
    real = directions._has_place_near
    monkeypatch.setattr(directions, "_has_place_near", lambda *a: calls.append(1) or real(*a))
    searches = []
    near = directions._NEAR

    class Counting:
        def search(self, *args):
            searches.append(1)
            return near.search(*args)

    monkeypatch.setattr(directions, "_NEAR", Counting())
    villages = ", ".join(f"Selo{chr(97 + k % 26)}{chr(97 + k // 26)}ka" for k in range(300))
    text = f"In the Kupiansk direction, Russian forces attacked near Pishchane, {villages}."
    geoparse(text, gazetteer)
    assert len(calls) <= 2 * 302
    assert len(searches) <= 2 * 302  # each name's list read once, not walked back each time


TORETSK = (48.3948, 37.8478)


@pytest.mark.parametrize(
    ("text", "names", "around"),
    [
        (
            "Russian forces continued attacks in the Toretsk direction near Toretsk itself "
            "and Dyliivka.",
            ("Dyliivka",),
            TORETSK,
        ),
        (
            "In the Pokrovsk direction, Russian forces attacked near Pokrovsk itself, Lysivka "
            "and Kotlyne.",
            ("Lysivka", "Kotlyne"),
            POKROVSK,
        ),
        # No direction: the town the list starts with still anchors it (not Poltava's
        # Lysivka).
        ("Russian forces attacked near Pokrovsk itself and Lysivka.", ("Lysivka",), POKROVSK),
    ],
)
def test_a_list_after_a_town_itself_goes_on(gazetteer, text, names, around):
    found = points(gazetteer, text)
    for name in names:
        assert found.get(name) is not None, name
        assert distance_km(found[name], around) < 40, (name, found[name])


def test_a_list_with_a_town_away_from_the_direction_is_not_anchored_on_it(gazetteer):
    """"near Volchansk and Liptsy" after "the Zaporozhye direction": Volchansk (a town)
    lies nowhere near Zaporizhzhia, so its list is elsewhere; Liptsy is Kharkiv
    Oblast's Lyptsi, not a village estimated at Zaporizhzhia."""
    from geo.text.geoparse import geoparse

    text = ("In the Zaporozhye direction, Russian troops repelled attacks near Rabotino, "
            "Orekhov and Gulyaipole. Fighting raged near Volchansk and Liptsy north of "
            "Kharkov.")
    found = {t.text: t for t in geoparse(text, gazetteer)}
    liptsy = found["Liptsy"]
    assert not liptsy.estimated and liptsy.place.admin1_code == "07"
    assert found["Rabotino"].place.lat < 48.0  # the direction's own list is still read there


@pytest.mark.parametrize(
    ("text", "name", "partner"),
    [
        (
            # "toward" opens a direction's list too; the village lies by the last place
            # its sentence names, 50 km from the direction's city.
            "In the Kharkiv direction, the enemy attacked near Vovchansk and Vilcha and "
            "toward Starytsia.",
            "Starytsia",
            "Vilcha",
        ),
        (
            "In the Pokrovsk direction, the enemy attacked near Myrnohrad, Rodynske and "
            "Novoekonomichne.",
            "Novoekonomichne",
            "Myrnohrad",  # a near list's own anchor, its first name (placed by the
            # list's names next to it, list_reach.list_middle: Rodynske, 5 km away)
        ),
        (
            "In the Siversk direction, Russian forces attacked near Bilohorivka and "
            "Verkhnokamianske.",
            "Verkhnokamianske",
            "Bilohorivka",
        ),
    ],
)
def test_a_village_to_estimate_lies_by_its_sentences_last_place(gazetteer, text, name, partner):
    tops = {t.text: t for t in geoparse(text, gazetteer)}
    village, there = tops[name], tops[partner].place
    assert village.estimated  # by its sentence's places, not the direction's city
    assert distance_km((village.place.lat, village.place.lon), (there.lat, there.lon)) < 10


def test_with_no_place_in_its_sentence_the_direction_anchors_the_village(gazetteer):
    text = "In the Siversk direction, fighting went on. The enemy attacked near Vyimka."
    tops = {t.text: t for t in geoparse(text, gazetteer)}
    assert distance_km((tops["Vyimka"].place.lat, tops["Vyimka"].place.lon), SIVERSK) < 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Crimea's Yantarnoye, 280 km off, is the name's only place and lies in the front's
        # regions, yet no village of the Kurakhove direction.
        ("In the Kurakhove direction, Russian forces attacked near Yantarne.", "Yantarne"),
        ("In the Kurakhove direction, Russian forces attacked near Dachne and Yantarne.",
         "Yantarne"),
    ],
)  # fmt: skip
def test_a_lone_front_place_far_from_the_direction_is_not_its_village(gazetteer, text, name):
    found = points(gazetteer, text)
    assert distance_km(found[name], KURAKHOVE) < 40, found[name]


@pytest.mark.parametrize(
    ("text", "names", "around"),
    [
        (
            # The direction's own sentence binds its list, although one name (Novotroitske)
            # is also a town far off, and an attribution ends the sentence.
            "In the Pokrovsk direction, the enemy attacked 17 times near Promin and "
            "Novotroitske, the General Staff reported.",
            ["Promin", "Novotroitske"],
            (48.28, 37.18),
        ),
        (
            "On the Pokrovsk direction, the occupiers stormed our positions "
            "near Promin, Ukraine's army said.",
            ["Promin"],
            (48.28, 37.18),
        ),
        (
            # A capture or a side of a village in a sector label's scope.
            "Kupiansk direction: Russian troops captured Vyshneve.",
            ["Vyshneve"],
            (49.71, 37.61),
        ),
        (
            "Fighting continued in the Pokrovsk direction. Russian troops advanced "
            "northwest of Pishchane on Monday.",
            ["Pishchane"],
            (48.28, 37.18),
        ),
    ],
)
def test_a_direction_list_after_attacks_or_captures_is_near_its_place(
    gazetteer, text, names, around
):
    found = points(gazetteer, text)
    for name in names:
        assert found.get(name) is not None, name
        assert distance_km(found[name], around) < 40, (name, found[name])


def test_a_compass_phrase_does_not_take_any_of():
    """ "the city of X" opens no list; "east of X" does."""
    from geo.text.directions import _NEAR

    assert _NEAR.search("the city of ") is None
    assert _NEAR.search("advanced southeast of ") is not None


def test_a_district_locating_a_name_heads_no_list(gazetteer):
    # "in the Synelnykove district" locates Petropavlivka; the town named after it in
    # its sentence keeps its own place, 200 km off.
    text = (
        "Drones also attacked Petropavlivka in the Synelnykove district, not the village "
        "of the same name near Kupiansk."
    )
    found = points(gazetteer, text)
    assert distance_km(found["Kupiansk"], KUPIANSK) < 20
    # A district heading its sentence still anchors the villages after it.
    found = points(gazetteer, "In Korenevo district, fighting was reported near Olgovka.")
    assert distance_km(found["Olgovka"], (51.4106, 34.9001)) < 40


def test_district_of_name_reads_only_a_district_after_a_name():
    from geo.text.direction_partners import district_of_name
    from geo.text.tokens import Mention

    text = "Petropavlivka in the Synelnykove district, near Kupiansk."
    ms = [Mention(0, 13, "petropavlivka", 0, 0), Mention(21, 32, "synelnykove", 3, 3),
          Mention(48, 56, "kupiansk", 7, 7)]
    assert district_of_name(text, ms, 1)
    assert not district_of_name(text, ms, 0)
    text = "In the Synelnykove district, near Kupiansk."
    ms = [Mention(7, 18, "synelnykove", 2, 2), Mention(34, 42, "kupiansk", 5, 5)]
    assert not district_of_name(text, ms, 0)

"""Front-line reporting in PDF-extracted text and threads (session 18's places kinds).

- a name hyphenated across a line break ("Druzh-\\nkivka") read whole;
- a town's name in an adjective's form before "axis" kept where the text also names the
  town ("the Pokrovske axis ... Orikhiv - Pokrovske");
- a compass point in capitals paired with another ("from the E and NE") is no state.

Every text here is written for these tests.
"""

import pytest

from geo.gazetteer.lookups import Candidate
from geo.text.compass_points import is_compass_point
from geo.text.direction_names import outside_regional_directions
from geo.text.hyphenated import hyphenated_names
from geo.text.tokens import Mention

_NAMES = {
    "druzhkivka": 1,
    "velykyi burluk": 2,
    "however": 3,
    "kupiansk vuzlovyi": 4,
    "kryvyi rih": 5,
}


class _Gaz:
    """Knows 'druzhkivka', 'velykyi burluk' and 'however' (an everyday word)."""

    def lookup_normalized(self, key):
        return [Candidate(_NAMES[key], 9)] if key in _NAMES else []

    def kind(self, record):
        return "place"

    def common_rank(self, word):
        return 150 if word == "however" else None


def _spans(text, mentions=()):
    return [(text[m.start : m.end], m.key) for m in hyphenated_names(text, _Gaz(), mentions)]


def test_a_name_hyphenated_at_a_line_end_is_read_whole():
    text = "The station serving Druzh-\nkivka was hit."
    assert _spans(text) == [("Druzh-\nkivka", "druzhkivka")]


def test_the_capitalised_word_before_joins_a_longer_name():
    text = "Shelling hit Velykyi Bur-\r\nluk overnight."
    assert _spans(text) == [("Velykyi Bur-\r\nluk", "velykyi burluk")]


def test_lines_joined_by_a_space_a_capital_second_part_and_the_word_after():
    assert _spans("From Druzh- kivka to Kry-\nvyi Rih.") == [
        ("Druzh- kivka", "druzhkivka"),
        ("Kry-\nvyi Rih", "kryvyi rih"),
    ]
    assert _spans("Drones hit Kupiansk-\nVuzlovyi.") == [
        ("Kupiansk-\nVuzlovyi", "kupiansk vuzlovyi")
    ]


def test_unknown_or_everyday_joins_and_capitalised_second_parts_are_left():
    assert _spans("Howev-\ner, the Druzh-\nKivka road is shut.") == []
    assert _spans("The Sumy- and Druzh- based units") == []
    assert _spans("Nothing broken here.") == []


def test_mentions_inside_the_span_give_way_and_others_keep_their_place():
    text = "Near Sumy and Druzh-\nkivka."
    inside = Mention(14, 19, "druzh", 3, 3)
    before = Mention(5, 9, "sumy", 1, 1)
    out = hyphenated_names(text, _Gaz(), [before, inside])
    assert [(m.key, m.first, m.last) for m in out] == [("sumy", 1, 1), ("druzhkivka", 3, 4)]


def test_a_direction_named_after_a_town_the_text_names_again_is_kept():
    text = "On the Pokrovske axis, RU gained. The line runs Orikhiv - Pokrovske."
    ms = [Mention(7, 16, "pokrovske", 2, 2), Mention(48, 55, "orikhiv", 9, 9),
          Mention(58, 67, "pokrovske", 10, 10)]  # fmt: skip
    assert [m.start for m in outside_regional_directions(text, ms)] == [7, 48, 58]


def test_a_regional_direction_named_only_as_a_direction_is_still_dropped():
    text = "In the Prydniprovske direction and the Prydniprovske axis, two attacks."
    ms = [Mention(7, 20, "prydniprovske", 2, 2), Mention(39, 52, "prydniprovske", 6, 6)]
    assert outside_regional_directions(text, ms) == []


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("inside the town from the E and NE.", 31, True),
        ("pushing N/NE of the town", 10, True),
        ("shelled from NE or E overnight", 13, True),
        ("Voters in NE and IA went to the polls.", 10, False),
        ("Omaha, NE, is home.", 7, False),
    ],
)
def test_compass_points_in_pairs(text, start, expected):
    mention = Mention(start, start + 2, text[start : start + 2].lower(), 0, 0)
    assert is_compass_point(text, mention) is expected


@pytest.mark.gazetteer
def test_pdf_text_thread_and_axes_with_the_real_gazetteer(gazetteer):
    from geo.text.geoparse import geoparse

    text = (
        "Evacuations from Kostiantyniv-\nka and Slo-\nviansk continue.\n"
        "2/ RU groups entered Huliaipole from the E and NE. On the Pokrovske axis, RU "
        "is 12 km SE of Pokrovske."
    )
    got = {t.text: (t.place.name if t.place else None) for t in geoparse(text, gazetteer)}
    assert got.get("Kostiantyniv-\nka") == "Kostyantynivka"
    assert got.get("Slo-\nviansk") == "Slovyansk"
    assert "NE" not in got and "E" not in got
    pokrovske = [t for t in geoparse(text, gazetteer) if t.text == "Pokrovske"]
    assert len(pokrovske) == 2 and all(t.place is not None for t in pokrovske)


_FIGHTING = "Russian forces attacked Ukrainian positions; fighting continued. "


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("sentence", "name", "admin1"),
    [
        # The village beside two places of its sentence, the city 83 km from the third.
        (
            "On the Zaporizhzhia front, watch Stepnohirsk and Prymorske: RU has been "
            "probing from Kamianske for a month.",
            "Kamianske",
            "Zaporizhzhia",
        ),
        # A sentence place within 80 km of the city: the city stays.
        (
            "Drones struck Kamianske and Dnipro, and shelling hit Nikopol.",
            "Kamianske",
            "Dnipropetrovsk",
        ),
        # Zaporizhzhia's village namesake lies beside only one of these towns.
        ("Strikes hit Zaporizhzhia, Tokmak, Polohy and Vasylivka.", "Zaporizhzhia", "Zaporizhzhia"),
    ],
)
def test_a_front_namesake_beside_two_places_of_its_sentence(gazetteer, sentence, name, admin1):
    from geo.text.geoparse import geoparse

    found = [t for t in geoparse(_FIGHTING + sentence, gazetteer) if t.text == name]
    assert found and found[0].place.admin1_name == admin1
    if name == "Zaporizhzhia":
        assert found[0].place.population > 500_000


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "text",
    [
        # Russian towns are called Andreyevka too: the opener's region still holds it.
        "In the Sumy region, Russian troops took Yunakovka and Andreyevka.",
        "In the Sumy region, Russian shelling from Belgorod hit Andreyevka.",
    ],
)
def test_an_openers_name_borne_by_towns_abroad_lies_in_its_region(gazetteer, text):
    from geo.text.geoparse import geoparse

    got = {t.text: t for t in geoparse(text, gazetteer)}
    assert got["Andreyevka"].estimated and got["Andreyevka"].place.admin1_code == "21"  # Sumy
    if "Belgorod" in got:  # a city abroad keeps its country
        assert got["Belgorod"].place.country_code == "RU"


@pytest.mark.gazetteer
def test_another_region_ends_an_openers_reach(gazetteer):
    from geo.text.geoparse import geoparse

    text = (
        "In the Kursk Region, debris damaged a power line near Kurchatov, while in the "
        "Bryansk Region the village of Klimovo came under mortar fire."
    )
    klimovo = next(t for t in geoparse(text, gazetteer) if t.text == "Klimovo")
    assert klimovo.place.admin1_name == "Bryansk"


@pytest.mark.gazetteer
def test_repelled_attacks_is_fighting(gazetteer):
    from geo.text.front import about_fighting
    from geo.text.geoparse import geoparse

    assert about_fighting("Ukrainian forces repelled two attacks.")
    assert not about_fighting("An insect repellent was sold.")
    text = "Ukrainian forces repelled attacks near Borova, the General Staff said."
    borova = next(t for t in geoparse(text, gazetteer) if t.text == "Borova")
    assert borova.place.admin1_name == "Kharkiv"  # the front's, not Kyiv Oblast's (larger)

"""Session 28 (claims28): a body placed by "in the ..." keeps its whole name as speaker,
COGAT speaks for Israel, a volunteer or medics' network tied to a party takes its side."""

import pytest

pytestmark = pytest.mark.gazetteer


@pytest.fixture
def claim(gazetteer):
    from geo import analyze

    def first(text: str):
        (found,) = [c for c in analyze(text, gazetteer=gazetteer).claims if c.source is not None]
        return found

    return first


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "The Coordination of Government Activities in the Territories stated that 300 "
            "trucks entered Gaza.",
            "the Coordination of Government Activities in the Territories",
        ),
        (
            "The Ministry of Internal Affairs in the Republic said five people died.",
            "the Ministry of Internal Affairs in the Republic",
        ),
        ("The Red Cross in Gaza said four people died.", "the Red Cross in Gaza"),
    ],
)
def test_a_body_placed_in_a_place_is_the_speaker_not_the_place(claim, text, source):
    assert claim(text).source == source


def test_a_person_placed_in_a_city_is_not_joined_to_it():
    from geo.text.claims.phrase_parts import placed_body
    from geo.text.claims.segmentation import tokenize

    assert not placed_body(tokenize("Zelensky in Kyiv said"), 2)
    assert not placed_body(tokenize("Officials in Kyiv said"), 2)


@pytest.mark.parametrize(
    "text",
    [
        "The Coordination of Government Activities in the Territories stated that 300 trucks "
        "entered Gaza.",
        "COGAT said 200 trucks entered the territory through Kerem Shalom.",
    ],
)
def test_cogat_speaks_for_israel(claim, text):
    assert claim(text).side == "IL"


@pytest.mark.parametrize(
    "text, side",
    [
        (
            "PORT SUDAN, Sudan (AFP) - Shelling killed 14 people in the Abu Shouk camp, the "
            "army-aligned Sudan Doctors Network said.",
            "SD",
        ),
        (
            "PORT SUDAN, Sudan (AFP) - Shelling killed 14 people in the Abu Shouk camp, the "
            "Sudan Doctors Network said.",
            None,
        ),
    ],
)
def test_a_network_tied_to_the_army_takes_its_side(claim, text, side):
    assert claim(text).side == side


def test_a_network_tied_to_a_group_takes_the_group_as_party(claim):
    found = claim(
        "KHARTOUM, Sudan (AP) - Army drones hit a market in Nyala, killing 9 people, an "
        "RSF-backed resistance committee said."
    )
    assert (found.side, found.party) == (None, "Rapid Support Forces")


@pytest.mark.parametrize(
    "text, source",
    [
        ("Two residents reached by Reuters said they heard gunfire near the airport.", "residents"),
        ("Residents reached by AFP said they heard gunfire near the airport.", "residents"),
        ("Ukrainian officials quoted by Interfax said five people died in Kharkiv.", "officials"),
    ],
)
def test_the_outlet_that_reached_a_speaker_is_not_the_speaker(claim, text, source):
    assert claim(text).source.lower().endswith(source)


def test_a_name_inside_a_longer_phrase_is_no_placed_body():
    from geo.text.claims.phrase_parts import placed_body
    from geo.text.claims.segmentation import tokenize

    toks = tokenize("a call from the 1300 block of Avenue Q in Huntsville reporting")
    assert not placed_body(toks, 9)
    toks = tokenize("chair of Medicine at Vanderbilt University in Nashville told")
    assert not placed_body(toks, 7)
    toks = tokenize("COGAT, the Coordination of Government Activities in the Territories, said")
    assert placed_body(toks, 8)

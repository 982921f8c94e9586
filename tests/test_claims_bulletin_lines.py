"""A military bulletin's lines are its speaker's words, though they carry no cue.

A general staff's summary axis by axis ("Kupiansk direction: ..."), a defence
ministry's groups of forces ("Units of the Yug group of forces liberated ..."):
each line is a claim of the body that issued the bulletin, and a state's group of
forces is that state's party even when no body is named.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def analyze(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer).claims


SUMMARY = (
    "Over the past day, 140 clashes took place. The enemy launched 2 missile strikes and "
    "60 air strikes, according to the General Staff of the Armed Forces of Ukraine.\n\n"
    "Kupiansk direction: the enemy attacked five times near Petropavlivka and Kurylivka.\n\n"
    "Lyman direction: the occupiers attacked near Torske and Zarichne.\n\n"
    "Pokrovsk direction: 37 attacks were repelled near Myrnohrad and Rodynske. According "
    "to preliminary estimates, 95 occupiers were killed in this direction.\n\n"
    "In the Huliaipole direction, the enemy shelled Huliaipole and Zaliznychne.\n"
)


def test_a_general_staffs_sector_lines_are_its_own(gazetteer):
    claims = analyze(gazetteer, SUMMARY)
    for anchor in (
        "attacked five times near Petropavlivka",
        "the occupiers attacked near Torske",  # no number: still a line of the bulletin
        "37 attacks were repelled",
        "95 occupiers were killed",  # "preliminary estimates" speak for no one
        "the enemy shelled Huliaipole",
    ):
        at = SUMMARY.index(anchor)
        (c,) = [c for c in claims if c.start <= at < c.end]
        assert c.source == "the General Staff of the Armed Forces of Ukraine", anchor
        assert (c.side, c.party) == ("UA", "Ukraine"), anchor
        assert c.status == "asserted"


def test_a_bulletins_opening_count_is_its_speakers_claim(gazetteer):
    first = analyze(gazetteer, SUMMARY)[0]
    assert first.text.startswith("Over the past day, 140 clashes took place.")
    assert [q.value for q in first.quantities] == [140, 2, 60]
    assert first.source == "the General Staff of the Armed Forces of Ukraine"


@pytest.mark.parametrize(
    "counted",
    [
        "Kharkiv is a city of 1.4 million people.",  # a description
        "Two drones hit Kharkiv overnight.",  # a count at a place: an event of its own
    ],
)
def test_a_sentence_that_is_no_bulletin_count_stays_apart(gazetteer, counted):
    text = f"{counted} The enemy launched 40 drones, according to the Air Force of Ukraine."
    claims = analyze(gazetteer, text)
    assert not claims[-1].text.startswith(counted)


@pytest.mark.parametrize(
    "estimate", ["preliminary estimates", "the latest data", "initial figures"]
)
def test_an_estimate_is_no_speaker(gazetteer, estimate):
    (c,) = analyze(gazetteer, f"According to {estimate}, 40 soldiers were killed near Lyman.")
    assert c.source is None


def test_sector_lines_without_a_body_before_are_the_articles_own(gazetteer):
    (c,) = analyze(gazetteer, "Lyman direction: the enemy attacked near Torske.")
    assert c.source is None and c.side == "independent"


MINISTRY = (
    "MOSCOW, November 14 (RIA Novosti) - Units of the Tsentr group of forces have liberated "
    "the settlement of Rodinskoye, the Russian Defence Ministry said on Friday.\n\n"
    "Units of the Yug group of forces liberated Seversk and struck Ukrainian formations near "
    "Konstantinovka.\n\n"
    "The Vostok group of forces continued its advance in the Zaporozhye region, hitting "
    "enemy manpower near Gulyaipole.\n"
)


@pytest.mark.parametrize(
    "anchor", ["liberated Seversk", "continued its advance in the Zaporozhye region"]
)
def test_a_ministrys_groups_of_forces_go_on_with_its_bulletin(gazetteer, anchor):
    at = MINISTRY.index(anchor)
    (c,) = [c for c in analyze(gazetteer, MINISTRY) if c.start <= at < c.end]
    assert c.source == "the Russian Defence Ministry"
    assert (c.side, c.party) == ("RU", "Russia")


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Units of the Yug group of forces liberated Seversk.", "RU"),
        ("Battlegroup Center units liberated Rodinskoye.", "RU"),
        ("Over the past day, the Dnepr group of forces struck boats near Kherson.", "RU"),
        ("Units of the Khortytsia group of forces repelled 12 attacks near Kupiansk.", "UA"),
    ],
)
def test_a_group_of_forces_alone_is_its_states_party(gazetteer, sentence, side):
    (c,) = analyze(gazetteer, sentence)
    assert c.source is None and c.kind == "reported"
    assert c.side == side  # never "independent": the state's own account


def test_a_group_of_forces_after_the_other_sides_body_keeps_its_own_side(gazetteer):
    text = (
        "Ukraine's air force said it downed 20 drones over Kharkiv. "
        "Units of the Zapad group of forces liberated Kurilovka."
    )
    _, c = analyze(gazetteer, text)
    assert c.source is None and c.side == "RU"


def test_a_group_of_forces_acting_is_a_line_even_without_a_known_place(gazetteer):
    text = (
        "Units of the Tsentr group of forces have liberated Rodinskoye, the Russian Defence "
        "Ministry said.\n\nUnits of the Dnepr group of forces struck Ukrainian boats near the "
        "old ferry crossing."
    )
    _, c = analyze(gazetteer, text)
    assert c.source == "the Russian Defence Ministry" and c.side == "RU"


def test_sector_labels_of_several_axes_and_dashes_go_on_with_a_body_of_unknown_side(gazetteer):
    text = (
        "The General Staff said 120 clashes took place on Tuesday.\n\n"
        "Toretsk and Pokrovsk directions: the enemy attacked 31 times near Shcherbynivka.\n\n"
        "Kupiansk axis — Russian troops attacked near Kindrashivka.\n"
    )
    first, *lines = analyze(gazetteer, text)
    assert len(lines) == 2
    assert all(c.source == first.source == "the General Staff" for c in lines)
    assert all(c.side == first.side for c in lines)  # never "independent"


def test_an_analysts_institute_lends_no_voice_to_sector_lines(gazetteer):
    text = (
        "ISW said Russian forces advanced near Pokrovsk.\n\n"
        "Lyman direction: the enemy attacked near Torske.\n"
    )
    _, line = analyze(gazetteer, text)
    assert line.source is None


def test_a_paragraph_opened_by_an_axis_goes_on_with_the_bulletin(gazetteer):
    text = (
        "A total of 90 clashes took place, the General Staff of Ukraine's Armed Forces said.\n\n"
        "On the Kurakhove axis, defenders repelled 17 assaults near Dachne. According to "
        "updated information, the enemy lost 48 soldiers there.\n"
    )
    *_, last = analyze(gazetteer, text)
    assert last.text.startswith("According to updated information")
    assert last.source == "the General Staff of Ukraine's Armed Forces" and last.side == "UA"


@pytest.mark.parametrize(
    "speaker",
    [
        "A Ukrainian brigade operating in the Pokrovsk direction stated",
        "The 47th Mechanised Brigade said",
        "A Ukrainian drone battalion reported",
    ],
)
def test_a_fighting_unit_lends_no_voice_to_sector_lines(gazetteer, speaker):
    text = (
        f"{speaker} that Russian forces are attacking in small groups near Pokrovsk.\n\n"
        "Kupiansk direction: Russian forces attacked near Kupiansk and Petropavlivka."
    )
    first, line = analyze(gazetteer, text)
    assert first.source is not None
    assert line.source is None and line.cue is None


def test_a_general_staff_still_lends_its_voice_to_sector_lines(gazetteer):
    text = (
        "The General Staff of the Armed Forces of Ukraine said Russian forces attacked "
        "near Pokrovsk.\n\n"
        "Kupiansk direction: Russian forces attacked near Kupiansk and Petropavlivka."
    )
    first, line = analyze(gazetteer, text)
    assert line.source == first.source
    assert line.side == "UA"

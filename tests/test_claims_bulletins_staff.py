"""Claims in military bulletins and the summaries that retell them: a bare "the General
Staff", a count per front "direction", "the enemy", a defence ministry's stock subjects
and a passive downing going on with the report before.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

from geo.text.claims import extract_claims

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2026, 12, 13)).claims


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Russian forces attacked 120 times along the front, the General Staff said.", "UA"),
        ("According to the General Staff, Ukrainian units repelled 30 assaults.", "UA"),
        ("The General Staff said Ukrainian drones hit a refinery in Saratov.", "UA"),
        # Russia's General Staff named in the text: the bare name is Russia's.
        ("Valery Gerasimov met commanders on Friday. The General Staff said Russian troops "
         "had taken two villages in Ukraine.", "RU"),
        ("The Russian General Staff held a briefing. Later the General Staff said troops "
         "had advanced near Kupiansk in Ukraine.", "RU"),
        ("MOSCOW, Dec 13 (Reuters) - Russian forces took two villages in Ukraine, the "
         "General Staff said.", "RU"),
    ],
)  # fmt: skip
def test_a_bare_general_staff_is_ukraines_unless_russias_is_named(text, side):
    c = extract_claims(text, [])[-1]
    assert c.source is not None and c.source.endswith("General Staff")
    assert c.side == side


def test_a_bare_general_staff_in_no_war_of_ukraine_has_no_side():
    (c,) = extract_claims("Troops entered the border zone, the General Staff said.", [])
    assert c.side is None


@pytest.mark.parametrize(
    ("text", "continued"),
    [
        # a count per front direction, in the next paragraph
        ("Russian forces attacked 150 times over the past day, the General Staff said.\n\n"
         "In the Lyman direction, Russian troops attacked 11 times near Torske.",
         "In the Lyman direction"),
        # "the enemy" is a party's word for the other side
        ("Ukrainian forces repelled 40 assaults near Pokrovsk, the General Staff said. "
         "The enemy also dropped 90 guided bombs.", "The enemy also"),
        ("Russian air defences destroyed 30 drones, the Russian Defence Ministry said. "
         "Operational-tactical aviation and artillery hit Ukrainian positions in 120 areas.",
         "Operational-tactical"),
        # a passive downing naming no forces, in a state agency's copy
        ("MOSCOW, December 9. /TASS/. Russian air defenses shot down 64 Ukrainian drones "
         "over the Belgorod Region overnight, the Russian Defense Ministry reported. "
         "Another drone was downed over the Kursk Region.", "Another drone"),
        ("Air defence units shot down 41 drones, Ukraine's air force said. Two missiles "
         "were also intercepted over Kharkiv.", "Two missiles"),
        ("MOSCOW, December 9. /TASS/. Russian air defenses shot down 64 Ukrainian drones "
         "over the Belgorod Region overnight, the Russian Defense Ministry reported. Two "
         "more were downed over the Kursk Region.", "Two more"),
        ("MOSCOW, December 9. /TASS/. Russian air defenses shot down 64 Ukrainian drones "
         "over the Belgorod Region overnight, the Russian Defense Ministry reported. Over "
         "the Kursk Region, another UAV was destroyed.", "Over the Kursk"),
        ("Ukrainian forces held the line near Kupiansk, Ukraine's General Staff said. "
         "Ukrainian defenders repelled 18 assaults.", "Ukrainian defenders"),
    ],
)  # fmt: skip
def test_a_bulletin_going_on_keeps_its_speaker(gazetteer, text, continued):
    cs = claims(gazetteer, text)
    first, last = cs[0], cs[-1]
    assert text[last.start :].startswith(continued)
    assert last.source == first.source
    assert last.side == first.side is not None


@pytest.mark.parametrize(
    "text",
    [
        # the article's own account of a side's forces, named by their nationality
        "Air defence units shot down 41 drones, Ukraine's air force said. Russian forces "
        "are within 16 km of Sumy.",
        # the article's own background after a bulletin: no bulletin voice
        "Russian forces attacked 150 times, the General Staff said.\n\nKotlyne lies about "
        "10 km west of Pokrovsk.",
        # two sentences on: too far for a bulletin going on (a sector label, "In the
        # Lyman direction, ...", is a line of the bulletin however far: bulletin_lines)
        "Russian forces attacked 150 times, the General Staff said. Fighting continued. "
        "The reporter left.\n\nRussian troops attacked 11 times near Torske.",
    ],
)
def test_no_bulletin_speaker_for_other_sentences(gazetteer, text):
    cs = claims(gazetteer, text)
    assert all(c.source is None or c.start < text.find(". ") + 1 for c in cs[1:])


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Russian milbloggers claimed gains near Vyimka. One milblogger claimed that Russian "
         "troops seized Vyimka, but another milblogger claimed that Ukrainian forces still "
         "hold the village.", "another milblogger"),
        ("A Russian war correspondent claimed that Russian forces entered Kupiansk, while "
         "another correspondent claimed that Ukrainian troops still control the town.",
         "another correspondent"),
        ("A Russian milblogger claimed on May 3 that Russian forces seized Shakhove, but "
         "another milblogger stated that Ukrainian forces still hold the settlement.",
         "another milblogger"),
    ],
)  # fmt: skip
def test_two_milbloggers_joined_by_but_are_two_claims_the_first_disputed(text, second):
    first, other = extract_claims(text, [])[-2:]
    assert other.source == second
    assert text[other.start :].startswith(second)
    assert first.side == other.side == "RU"
    assert first.status == "disputed"
    assert other.responds_to is not None


def test_one_milblogger_agreeing_with_another_disputes_nothing():
    text = ("A Russian milblogger claimed that Russian forces seized Shakhove, and another "
            "milblogger claimed that Russian forces advanced near Zolotyi Kolodiaz.")  # fmt: skip
    assert all(c.status == "asserted" for c in extract_claims(text, []))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The DeepState monitoring project said Russian forces had advanced near Pokrovsk.",
         "the DeepState monitoring project"),
        ("The Ukrainian monitoring project DeepState said Russian forces had advanced.",
         "DeepState"),
        ("The pro-Russian Telegram channel Rybar said Russian forces had entered Kupiansk.",
         "Rybar"),
        ("The open-source mapping project Lostarmour said 12 tanks were destroyed.",
         "Lostarmour"),
    ],
)  # fmt: skip
def test_a_project_or_channel_speaks_by_its_name(text, source):
    (c,) = extract_claims(text, [])
    assert c.source == source


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("BBC Verify has geolocated footage of a strike on an oil depot in Novorossiysk, "
         "which Ukraine's navy says it carried out with sea drones.",
         ["BBC Verify", "Ukraine's navy"]),
        ("Reuters has verified two videos of the blast at the port, which local officials "
         "say killed 3 people.", ["Reuters", "local officials"]),
        ("The Associated Press has authenticated photos of the damaged bridge.",
         ["The Associated Press"]),
    ],
)  # fmt: skip
def test_an_outlet_that_checked_evidence_speaks_and_which_x_says_is_another_claim(text, sources):
    cs = extract_claims(text, [])
    assert [c.source for c in cs] == [s[:1].lower() + s[1:] if s.startswith("The ") else s
                                      for s in sources]  # fmt: skip
    assert cs[0].side == "independent"


@pytest.mark.parametrize(
    "text",
    [
        "Geolocated footage shows Russian troops in the village.",
        "Russia said it took the village. The claim could not be verified by Reuters.",
        "The video, verified by BBC Verify, shows a burning tank.",
    ],
)
def test_verify_verbs_that_are_no_perfect_tense_name_no_checker(text):
    assert all(c.cue not in ("geolocated", "verified") for c in extract_claims(text, []))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Russian forces attacked 168 times over the past 24 hours, the General Staff said.",
         [168]),
        ("The enemy lost up to 1,450 servicemen in the last 24 hours, the ministry said.",
         [1450]),
        ("Ukraine's General Staff put Russian losses over the previous two days at 2,100.",
         [2100]),
        # a duration that is what the claim measures stays
        ("The army said the siege of the town had lasted 40 days.", [40]),
    ],
)  # fmt: skip
def test_a_reporting_period_is_no_count(text, values):
    (c,) = extract_claims(text, [])
    assert [q.value for q in c.quantities] == values


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army said it had repelled an attack on Babanusa, while the RSF said its "
        "fighters had taken the army's headquarters there.",
        "The RSF said it had seized the army base in Babanusa, but Sudan's army said it had "
        "repelled the assault on the base.",
        "Mali's army said it had thwarted an attack on the camp near Boulkessi, while JNIM "
        "said its fighters had captured the camp.",
    ],
)
def test_holding_and_taking_in_one_sentence_dispute_each_other(text):
    first, second = extract_claims(text, [])
    assert first.status == second.status == "disputed"
    assert second.responds_to == 0


@pytest.mark.parametrize(
    "text",
    [
        # a day's tally of assaults says nothing of one place's fall
        "Russia's Defence Ministry said it had captured Novoivanivka, while Ukraine's "
        "military said its troops had repelled 18 assaults in the area.",
        # two sentences: each account stands as sure as its caveats make it
        "Sudan's army said it had repelled an attack on Babanusa. The RSF said its fighters "
        "had taken the army's headquarters there.",
        # one party
        "Sudan's army said it had repelled an attack on Babanusa, while Sudan's army chief "
        "said the troops had taken the hills east of the town.",
    ],
)
def test_no_competing_accounts_otherwise(text):
    assert all(c.status == "asserted" for c in extract_claims(text, []))


@pytest.mark.parametrize(
    "answer",
    [
        "COGAT said the U.N. figures were misleading.",
        "Israel said the figures were inaccurate and that 600 trucks had entered.",
        "The ministry said the report was distorted.",
    ],
)
def test_calling_a_figure_misleading_disputes_it(answer):
    text = "OCHA said only 41 of 98 aid missions in Gaza had been facilitated. " + answer
    first, second = extract_claims(text, [])
    assert first.status == "disputed"
    assert second.responds_to == 0


def test_denying_being_the_origin_answers_the_accusation_not_the_claim_before(gazetteer):
    text = (
        "Poland's defence minister said a Russian drone had entered Polish airspace from "
        "Belarus overnight. Ukraine's air force said Russia had launched 94 drones at "
        "the Lviv region. Belarus's defence ministry denied that any drone had crossed "
        "into Poland from its territory."
    )
    cs = claims(gazetteer, text)
    assert cs[0].status == "denied"
    assert cs[1].status == "asserted"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ukraine and Russia traded strikes overnight. State media reported 12 drones were "
         "downed over Kursk.", "RU"),
        ("An Israeli drone strike on a car in the southern Lebanese town of Aitaroun killed "
         "a man on Friday, the state-run National News Agency reported.", "LB"),
        ("Ukraine and Russia traded strikes overnight. A missile hit a school in Kharkiv, "
         "killing 2 people, state television said.", "UA"),
    ],
)  # fmt: skip
def test_state_media_named_without_the_state_speak_for_the_state_reported_on(gazetteer, text, side):
    c = claims(gazetteer, text)[-1]
    assert c.side == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Jihadists attacked an army post near Djibo in northern Burkina Faso on Friday, "
         "security sources told AFP. One source said the assailants had arrived on 100 "
         "motorbikes.", "BF"),
        ("Russian officials said 30 drones were downed. Another official said 2 hit a depot.",
         "RU"),
    ],
)  # fmt: skip
def test_one_of_the_sources_named_before_is_on_their_side(gazetteer, text, side):
    c = claims(gazetteer, text)[-1]
    assert c.side == side


def test_an_agency_named_after_its_kind_is_no_place(gazetteer):
    # "Suna" is also a village in Karelia: the agency's name is no place of the claim
    text = (
        "CAIRO, Dec 14 (Reuters) - Sudan's army repelled an attack on the city of El Obeid "
        "on Sunday, state news agency SUNA reported."
    )
    (c,) = claims(gazetteer, text)
    assert c.source == "SUNA"
    assert c.side == "SD"


def test_a_bulletins_report_speaks_for_the_body_that_spoke_last(gazetteer):
    text = (
        "Russian troops launched 152 attacks over the past day, Ukraine's General Staff "
        "reported. The enemy also struck Kramatorsk with four guided bombs, the report said."
    )
    last = claims(gazetteer, text)[-1]
    # "the report" is the General Staff's (its author, :mod:`.document_authors`)
    assert (last.source, last.side) == ("Ukraine's General Staff", "UA")


def test_a_caveat_over_the_claims_of_the_sentence_before_leaves_earlier_ones(gazetteer):
    text = (
        "The enemy struck Kramatorsk with four guided bombs, Ukraine's General Staff said.\n\n"
        "DeepState said on Dec. 13 that Russian forces had advanced near Stupochky, while "
        "the Russian Defense Ministry claimed that its troops had taken the village. "
        "The Kyiv Independent could not verify the claims."
    )
    cs = claims(gazetteer, text)
    assert [c.status for c in cs] == ["asserted", "unverified", "unverified"]


def test_harm_on_the_ground_after_a_bulletin_is_no_downing(gazetteer):
    text = (
        "MOSCOW, December 9. /TASS/. Russian air defenses shot down 64 Ukrainian drones over "
        "the Belgorod Region overnight, the Russian Defense Ministry reported. Three houses "
        "were destroyed in the Kursk Region."
    )
    last = claims(gazetteer, text)[-1]
    assert last.text.startswith("Three houses")
    assert last.source is None

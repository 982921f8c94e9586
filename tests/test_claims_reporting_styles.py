"""Claims in real-reporting styles a tester found wrong: a governor's words after a
ministry's, a bare army in a clause set in a country, non-state groups as speakers,
staff at a place, "it added", a bulletin's continuation, interceptions, contrary
claims in a relative clause, and disputes about one named place.

Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer).claims


@pytest.mark.parametrize(
    ("second", "source"),
    [
        ("Belgorod Gov. Vyacheslav Gladkov said a drone hit a bus in Shebekino.", "Gladkov"),
        ("Kursk Gov. Alexander Khinshtein said two people were hurt in Rylsk.", "Khinshtein"),
        ("Russian Sen. Andrei Klishas said the strikes on Kherson were justified.", "Klishas"),
        ("Regional Gov. Vitaliy Kim said a missile hit Mykolaiv port.", "Kim"),
    ],
)
def test_an_official_with_an_abbreviated_title_speaks_for_themselves(gazetteer, second, source):
    text = (
        "Russia's Defence Ministry said its forces had taken the village of Novoselivka in "
        f"the Donetsk region. {second}"
    )
    out = claims(gazetteer, text)
    assert out[0].source == "Russia's Defence Ministry"
    assert len(out) == 2 and source in out[1].source
    assert "Novoselivka" not in out[1].text


@pytest.mark.parametrize(
    ("opening", "side"),
    [
        ("In neighbouring Niger, the army", "NE"),
        ("Meanwhile, in neighbouring Burkina Faso, the military", "BF"),
        ("In Chad, the government", "TD"),
    ],
)
def test_a_bare_state_body_in_a_clause_set_in_a_country_is_that_country_s(
    gazetteer, opening, side
):
    text = (
        "The Malian army said it had repelled an attack on a base near Gao. "
        f"{opening} said 15 soldiers were killed in an ambush on Sunday."
    )
    out = claims(gazetteer, text)
    assert [c.side for c in out] == ["ML", side]


def test_a_bare_army_with_no_country_of_its_own_keeps_the_army_named_before(gazetteer):
    text = (
        "The Malian army said it had repelled an attack near Gao. The army said 10 "
        "soldiers were killed in an ambush near Menaka."
    )
    assert [c.side for c in claims(gazetteer, text)] == ["ML", "ML"]


@pytest.mark.parametrize(
    ("text", "source", "party"),
    [
        (
            "The Houthis in Yemen claimed a drone attack on a ship in the Red Sea on Tuesday.",
            "the Houthis in Yemen",
            "Houthis",
        ),
        (
            "Hamas in Gaza said 12 of its fighters were killed in Rafah on Monday.",
            "Hamas in Gaza",
            "Hamas",
        ),
        (
            "JNIM in the Sahel claimed an attack on an army convoy near Djibo on Tuesday.",
            "JNIM in the Sahel",
            "JNIM",
        ),
        (
            "U.S. jets struck the Houthi-held port of Hodeidah on Monday, killing 9 people, "
            "the rebels' health ministry said.",
            "the rebels' health ministry",
            "Houthis",
        ),
        (
            "Israeli jets struck 20 Hezbollah sites near Tyre on Friday. The group's media "
            "office said 3 fighters were killed.",
            "media office",
            "Hezbollah",
        ),
    ],
)
def test_a_non_state_group_is_its_own_party_not_its_host_country(gazetteer, text, source, party):
    out = claims(gazetteer, text)[-1]
    assert source in out.source
    assert (out.side, out.party) == (None, party)


def test_the_rebels_body_with_no_group_named_has_no_party(gazetteer):
    text = "The rebels' health ministry said 9 people were killed in strikes on Hodeidah."
    out = claims(gazetteer, text)[0]
    assert out.party is None and out.side != "YE"


@pytest.mark.parametrize(
    ("sentence", "speaker", "not_the_speaker"),
    [
        (
            "Medics at Nasser Hospital in Khan Younis said a drone strike killed two men.",
            "medics at Nasser Hospital",
            "Khan Younis",
        ),
        (
            "Doctors at Al-Aqsa Martyrs Hospital in Deir al-Balah said 11 people were killed.",
            "doctors at Al-Aqsa Martyrs Hospital",
            "Deir al-Balah",
        ),
        (
            "A nurse at Okhmatdyt Hospital in Kyiv said 2 children were hurt on Monday.",
            "a nurse at Okhmatdyt Hospital",
            "Kyiv",
        ),
    ],
)
def test_staff_placed_at_a_place_in_a_town_are_the_speaker_not_the_town(
    gazetteer, sentence, speaker, not_the_speaker
):
    source = claims(gazetteer, sentence)[0].source
    assert source.startswith(speaker) and source != not_the_speaker


@pytest.mark.parametrize(
    "added",
    [
        "Over the past day the enemy lost more than 300 soldiers in the Kursk area, it added.",
        "Air defences shot down 41 drones over the Belgorod region overnight, it added.",
    ],
)
def test_it_added_goes_on_with_the_last_speaker(gazetteer, added):
    text = (
        "Units of the Battlegroup North continue to advance toward Sudzha, the Defence "
        f"Ministry said. {added}"
    )
    assert [c.source for c in claims(gazetteer, text)] == ["the Defence Ministry"] * 2


def test_it_said_after_a_sentence_about_a_body_is_still_that_body(gazetteer):
    text = (
        "Russia's Defense Ministry made no mention of the depot. In its daily briefing it "
        "said its forces had hit 3 Ukrainian airfields."
    )
    assert claims(gazetteer, text)[0].source == "Russia's Defense Ministry"


_BULLETIN = (
    "MOSCOW, December 3. /TASS/. Units of the Battlegroup West liberated the village of "
    "Kurylivka in the Kharkov Region, the Russian Defense Ministry reported on Wednesday.\n\n"
    "{follow}"
)


@pytest.mark.parametrize(
    "follow",
    [
        "Russian air defenses shot down 74 Ukrainian drones over the Kursk Region overnight.",
        "In the Zaporozhye area, Russian forces struck 3 fuel depots near Orekhov overnight.",
        "Air defense forces downed 12 guided bombs over the Belgorod Region over the past day.",
    ],
)
def test_a_state_agency_s_copy_goes_on_with_the_ministry_s_bulletin(gazetteer, follow):
    out = claims(gazetteer, _BULLETIN.format(follow=follow))
    assert [(c.source, c.side) for c in out][-1] == ("the Russian Defense Ministry", "RU")


@pytest.mark.parametrize(
    ("follow", "count"),
    [
        ("Ukrainian forces shelled 4 villages in the Belgorod Region over the past day.", 2),
        ("Kharkov is a city of 1.4 million people about 30 km from the border.", 1),
    ],
)
def test_the_other_side_s_forces_or_background_stay_the_agency_s_own(gazetteer, follow, count):
    out = claims(gazetteer, _BULLETIN.format(follow=follow))
    assert len(out) == count and all(c.source is None for c in out[1:])


def test_outside_agency_copy_only_the_next_sentence_of_the_paragraph_goes_on(gazetteer):
    text = (
        "Russian forces launched 52 drones and two Iskander-M missiles at Ukraine overnight, "
        "the Air Force reported. Air defense units downed 38 drones over northern Ukraine.\n\n"
        "Air defense units in Poland were placed on alert after 2 drones crossed the border."
    )
    out = claims(gazetteer, text)
    assert [(c.source, c.side) for c in out[:2]] == [("the Air Force", "UA")] * 2
    assert all(c.source != "the Air Force" for c in out[2:])


def test_outside_agency_copy_forces_named_by_nationality_are_the_article_s_own(gazetteer):
    text = (
        "Russian forces launched 52 drones at Ukraine overnight, the Air Force reported. "
        "Russian forces are within 16 kilometers of Sumy in some areas."
    )
    out = claims(gazetteer, text)
    assert [c.source for c in out] == ["the Air Force", None]


@pytest.mark.parametrize(
    "answer",
    [
        "The Israeli military said the missile was intercepted.",
        "Israel's army said it had been shot down over the Negev.",
        "The Israeli military said it intercepted the missile before it entered Israeli airspace.",
    ],
)
def test_an_interception_by_the_other_side_disputes_the_claim_of_firing(gazetteer, answer):
    text = f"The Houthis said they had fired a ballistic missile at Ben Gurion Airport. {answer}"
    out = claims(gazetteer, text)
    assert [c.status for c in out] == ["disputed", "asserted"]
    assert out[1].responds_to == 0


def test_drones_shot_down_that_may_be_others_answer_nothing(gazetteer):
    text = (
        "Israel's military said it had struck military targets in Iran after a missile "
        "attack last week. Iran's state TV said several hostile drones were shot down."
    )
    assert [c.status for c in claims(gazetteer, text)] == ["asserted", "asserted"]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "Separately, the Houthis in Yemen claimed a drone attack on Eilat, which the "
            "Israeli military said had been intercepted.",
            "the Houthis in Yemen",
            "the Israeli military",
        ),
        (
            "Geolocated footage shows Russian troops in the centre of Kupiansk, which "
            "Ukraine's army says remains under its control.",
            "Geolocated footage",
            "Ukraine's army",
        ),
    ],
)
def test_another_speaker_in_a_relative_clause_answers_what_was_said(
    gazetteer, sentence, first, second
):
    out = claims(gazetteer, sentence)
    assert [c.source for c in out] == [first, second]
    assert out[0].status == "disputed" and out[1].responds_to == 0
    assert "which" not in out[1].text


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ('Ukraine\'s army called the claim "a fake".', "denied"),
        ("Ukraine's army said the claim was false.", "denied"),
        ("Ukraine's army dismissed the report as fabricated.", "denied"),
        ("Ukraine's army denied the report.", "denied"),
        ("Ukraine's army called the figure exaggerated.", "disputed"),
        ("Ukraine's army dismissed the claim as propaganda.", "disputed"),
    ],
)
def test_calling_a_claim_untrue_denies_it_calling_it_overstated_disputes_it(
    gazetteer, answer, status
):
    text = (
        "Russia's Defence Ministry said its forces had killed 400 Ukrainian soldiers near "
        f"Kurakhove. {answer}"
    )
    assert claims(gazetteer, text)[0].status == status


@pytest.mark.parametrize(
    ("listed", "answered"),
    [
        ("seized Yablukove (southeast of Huliaipole) and Zatyshshia", "Zatyshshia"),
        ("captured Pishchane, Novoselivka and Kurylivka", "Kurylivka"),
    ],
)
def test_an_answer_about_one_listed_place_disputes_only_that_part(gazetteer, listed, answered):
    text = (
        f"The Russian Defense Ministry claimed that Russian forces {listed}. "
        f"ISW assesses that the Russian MoD's claim about {answered} is premature."
    )
    out = claims(gazetteer, text)
    kept, part, isw = out
    assert (kept.status, part.status) == ("asserted", "disputed")
    assert part.text.startswith(answered) and answered not in kept.text
    assert kept.source == part.source and isw.responds_to == 1


def test_an_answer_about_the_whole_claim_disputes_all_of_it(gazetteer):
    text = (
        "The Russian Defense Ministry claimed that Russian forces captured Pishchane and "
        "Kurylivka. ISW assesses that the Russian MoD's claim is premature."
    )
    first, isw = claims(gazetteer, text)
    assert first.status == "disputed" and "Kurylivka" in first.text
    assert isw.responds_to == 0

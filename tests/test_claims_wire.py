"""Claims in wire copy: speakers named after their description, officials of a place,
what a "has not commented on ..." is about, and what a denier says besides.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2026, 3, 3)).claims


@pytest.mark.parametrize(
    ("text", "source", "side"),
    [
        ("The UN refugee agency, UNHCR, said 4,000 people had fled Bara.", "UNHCR", "independent"),
        (
            "The U.N. agency for Palestinian refugees, UNRWA, said 70% of its schools were hit.",
            "UNRWA",
            "independent",
        ),
        ("Sudan's army spokesman, Nabil Abdallah, said the troops held the town.", None, "SD"),
        ("UNDP said unemployment in Gaza had reached 51 percent.", "UNDP", "independent"),
    ],
)
def test_a_name_after_its_description_speaks(gazetteer, text, source, side):
    (c,) = claims(gazetteer, text)
    if source is not None:
        assert c.source == source
    else:
        assert c.source == "Nabil Abdallah"
    assert c.side == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ukrainian military observer Kostyantyn Mashovets stated that the troops held on.", "UA"),
        ("Russian war commentator Yuri Podolyaka said the village had fallen.", "RU"),
        ("An Israeli researcher, Dana Levi, said the strike hit a depot.", "IL"),
    ],
)
def test_a_national_title_before_a_name_gives_the_side(gazetteer, text, side):
    (c,) = claims(gazetteer, text)
    assert c.side == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "A glide bomb struck a shopping centre in Kharkiv, killing six people, regional "
            "governor Oleh Syniehubov said.",
            "UA",
        ),
        (
            "KHERSON, Ukraine — Shelling hit a market. The mayor said rescuers were at work.",
            "UA",
        ),
        ("Two civilians were hurt near Shebekino, the regional governor said.", "RU"),
        (
            "The Moscow-installed governor of the Zaporizhzhia region, Yevgeny Balitsky, said "
            "two people were killed in Enerhodar.",
            "RU",
        ),
        ("Denis Pushilin, head of the Donetsk People's Republic, said Avdiivka had fallen.", "RU"),
    ],
)
def test_an_official_of_a_place_speaks_for_its_country(gazetteer, text, side):
    assert claims(gazetteer, text)[-1].side == side


def test_no_comment_on_a_figure_is_about_the_claim_that_states_it(gazetteer):
    text = (
        "MOSCOW, October 5. /TASS/. According to the ministry, the Ukrainian army lost up to "
        "510 servicemen near Kupyansk over the past day.\n\n"
        "Belgorod Region Governor Vyacheslav Gladkov said two civilians were injured near "
        "Shebekino.\n\n"
        "Denis Pushilin said Russian troops were clearing positions in Artemovsk.\n\n"
        "The Ukrainian side has not commented on the reported losses."
    )
    losses, injured, clearing = claims(gazetteer, text)
    assert losses.status == "unverified"
    assert "has not commented" in losses.status_cue
    assert injured.status == clearing.status == "asserted"


def test_no_comment_on_a_countrys_statement_is_about_that_countrys_claim(gazetteer):
    text = (
        "Russia's Defence Ministry said its troops had repelled attacks near Martynovka. "
        "Ukraine's air force said it had shot down 20 drones. "
        "Kyiv did not comment on the Russian statement."
    )
    russian, ukrainian = claims(gazetteer, text)
    assert russian.status == "unverified"
    assert ukrainian.status == "asserted"


def test_no_comment_without_an_object_is_about_the_claim_before(gazetteer):
    text = (
        "Russia's Defence Ministry said its troops had captured Kruglyakovka. "
        "Ukraine's military has not commented."
    )
    (c,) = claims(gazetteer, text)
    assert c.status == "unverified"


@pytest.mark.parametrize(
    ("text", "denier", "cue"),
    [
        (
            "The Kremlin denied that Ukrainian troops had captured the town of Sudzha, saying "
            "fighting was continuing on its outskirts.",
            "the Kremlin",
            "saying",
        ),
        (
            "Hamas denied that the school was used for military purposes, calling the "
            "accusation a pretext for killing civilians.",
            "Hamas",
            "calling",
        ),
        (
            "Kyiv denied that its troops had left Kupiansk, describing the report as propaganda.",
            "Kyiv",
            "describing",
        ),
    ],
)
def test_what_a_denier_says_besides_is_its_own_claim(gazetteer, text, denier, cue):
    denied, said = claims(gazetteer, text)
    assert (denied.source, denied.status) == (denier, "denied")  # the denier's own
    assert (said.source, said.cue, said.status) == (denier, cue, "asserted")
    assert text[said.start : said.end].startswith(cue)


@pytest.mark.parametrize(
    "text",
    [
        "Settlers built a mill here in 1833, calling it Goodwinville.",
        "Spanish conquerors used the area for cattle, calling it El aguaje de San Jorge.",
        "Residents gathered in the square, calling for calm.",
    ],
)
def test_naming_or_asking_is_no_claim(gazetteer, text):
    assert all(c.cue not in ("calling", "describing") for c in claims(gazetteer, text))


def test_a_reported_that_clause_keeps_its_frame(gazetteer):
    # "saying" after "reported that Yulia had phoned ..." may be Yulia's: one claim.
    text = (
        "State TV reported that Yulia had phoned her cousin in Moscow, saying she was "
        "recovering."
    )
    (c,) = claims(gazetteer, text)
    assert c.cue == "reported"


def test_the_town_of_a_name_is_no_reference_back(gazetteer):
    # The denial names its own town: it does not answer the claim before about nothing
    # of the kind.
    text = (
        "He said Ukraine had no interest in taking Russian land. The Kremlin denied that "
        "Ukrainian troops had captured the town of Sudzha, saying fighting continued on its "
        "outskirts."
    )
    first = claims(gazetteer, text)[0]
    assert first.status == "asserted"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("M23 rebels said they had captured the town of Walikale.", "M23 rebels"),
        ("Two residents reached by phone said they heard gunfire near the airport.", "residents"),
        ("A United Nations expert panel said Rwanda had 4,000 troops in Congo.", "expert panel"),
        ("The plant's Russian-installed management said drones hit the reactor.", "management"),
        ("Lebanon's state-run National News Agency reported strikes on Aita al-Shaab.", "Lebanon"),
    ],
)
def test_more_speakers(gazetteer, text, source):
    (c,) = claims(gazetteer, text)
    assert source in c.source


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "A spokesperson for the U.N. peacekeeping force UNIFIL, Andrea Tenenti, said "
            "peacekeepers had recorded 100 projectiles.",
            "independent",
        ),
        (
            "The country's deputy ambassador to the UN, Joseph Malok, said aid was coming.",
            None,
        ),
        (
            "Ukraine's navy said it had struck a landing ship near Feodosia. Navy spokesman "
            "Dmytro Pletenchuk said the ship had been badly damaged.",
            "UA",
        ),
        ("Satellite images taken by Planet Labs show the ship listing at a pier.", "independent"),
    ],
)
def test_sides_from_descriptions_and_evidence(gazetteer, text, side):
    assert claims(gazetteer, text)[-1].side == side


def test_another_sides_contradiction_answers_the_capture_of_its_place(gazetteer):
    text = (
        "Russia's Defence Ministry said its forces had captured the town of Kupyansk. "
        "Chief of the General Staff Valery Gerasimov said 100 soldiers had been surrounded. "
        "Ukraine's General Staff rejected the claim, saying its forces continued to hold "
        "positions in the northern part of Kupiansk."
    )
    capture, surrounded, answer = claims(gazetteer, text)
    assert capture.status == "disputed"
    assert surrounded.status == "disputed"
    assert answer.responds_to is not None


@pytest.mark.parametrize(
    "answer",
    [
        "Congo's army said it was still fighting for control of the area.",
        "Congo's army said government troops continued to hold the airport.",
    ],
)
def test_still_fighting_disputes_a_capture(gazetteer, answer):
    text = f"M23 rebels said on Monday they had captured the town of Walikale. {answer}"
    assert claims(gazetteer, text)[0].status == "disputed"


def test_a_coordinated_denial_of_a_capture_denies_it(gazetteer):
    text = (
        "GOMA, Congo (Reuters) - M23 rebels said on Monday they had captured the town of "
        "Rutshuru in North Kivu.\n\n"
        '"The town is under our control," M23 spokesman Lawrence Kanyuka said.\n\n'
        "Army spokesman Sylvain Ekenge said government troops had repelled the rebels and "
        "denied that Rutshuru had fallen."
    )
    capture, quote, army = claims(gazetteer, text)
    assert capture.status == quote.status == "denied"
    assert "denied that Rutshuru had fallen" in capture.status_cue
    assert army.status == "asserted"


def test_a_denial_before_a_claim_of_control_disputes_it(gazetteer):
    text = (
        "The Kremlin denied that Ukrainian troops had captured the town of Sudzha, saying "
        "fighting was continuing on its outskirts. Ukraine's top commander, Oleksandr "
        "Syrskyi, said last week that Sudzha was fully under Ukrainian control."
    )
    *_, syrskyi = claims(gazetteer, text)
    assert syrskyi.source == "Oleksandr Syrskyi"
    assert syrskyi.status == "disputed"
    assert syrskyi.status_cue == (
        "The Kremlin denied that Ukrainian troops had captured the town of Sudzha"
    )


def test_a_denial_answers_every_claim_of_its_sentence_by_the_same_side(gazetteer):
    text = (
        "The plant's Russian-installed management said Ukrainian forces had launched the "
        "drone, and Russia's state nuclear company Rosatom accused Kyiv of nuclear terrorism. "
        "Ukraine's military intelligence agency denied any involvement."
    )
    management, rosatom = claims(gazetteer, text)
    assert management.status == rosatom.status == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces recently advanced in the Pokrovsk direction on March 2.",
        "Ukrainian drones struck an oil refinery in Ryazan overnight.",
        "Russian troops have entered the outskirts of Kupiansk.",
    ],
)
def test_an_act_of_armed_forces_at_a_place_is_reported(gazetteer, text):
    (c,) = claims(gazetteer, text)
    assert (c.kind, c.source, c.side) == ("reported", None, "independent")


@pytest.mark.parametrize(
    "text",
    [
        "It is named for a young U.S. Army officer killed at the Battle of Horseshoe Bend.",
        "Sudzha lies about 10 km from the border and is home to a gas station.",
        "German troops were pushed out of Lapland.",
    ],
)
def test_no_act_of_armed_forces(gazetteer, text):
    assert claims(gazetteer, text) == ()


def test_no_evidence_observed_leaves_a_claim_unverified(gazetteer):
    text = (
        "Russian sources claimed that Russian forces still control the north of Kupiansk. "
        "ISW has not observed evidence supporting these Russian claims."
    )
    # The caveat sets the status and is no claim of its own.
    (c,) = claims(gazetteer, text)
    assert c.status == "unverified"
    assert c.status_cue == "ISW has not observed evidence supporting these Russian claims"


def test_a_speaker_placed_by_a_participle(gazetteer):
    text = (
        "The commander of a Ukrainian brigade operating in the Kupiansk direction said that "
        "Russian forces are infiltrating the town in small groups."
    )
    (c,) = claims(gazetteer, text)
    assert c.source.lower().startswith("the commander of a ukrainian brigade")
    assert c.side == "UA"


def test_an_act_in_a_clause_of_time_is_background(gazetteer):
    text = "Rafah has been largely emptied since Israeli forces took control of the city."
    assert claims(gazetteer, text) == ()


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "The Britain-based Syrian Observatory for Human Rights said strikes hit Kobani.",
            "independent",
        ),
        (
            "The United Kingdom Maritime Trade Operations centre said a ship was struck off "
            "Hodeidah.",
            "GB",
        ),
    ],
)
def test_monitors(gazetteer, text, side):
    (c,) = claims(gazetteer, text)
    assert c.source is not None and c.side == side


def test_another_sides_retreat_is_no_concession(gazetteer):
    text = (
        "Russia's Defence Ministry said its forces had liberated the village of Kurilovka. "
        "A Ukrainian spokesman, Nazar Voloshyn, said Russian troops had entered Kurylivka. "
        "Russian war correspondent Alexander Kots wrote that Ukrainian units had mined the "
        "approaches to the village before withdrawing."
    )
    _, voloshyn, _ = claims(gazetteer, text)
    assert voloshyn.status != "confirmed"


@pytest.mark.parametrize(
    ("last", "unverified"),
    [
        ("Neither side's losses can be independently verified.", [False, True, False]),
        ("Reuters could not verify the tolls given by either side.", [True, True, False]),
    ],
)
def test_a_figure_that_cannot_be_checked(gazetteer, last, unverified):
    text = (
        "JNIM said it had killed 40 soldiers near Boulkessi. "
        "Mali's army said the enemy lost up to 30 fighters and that several soldiers were "
        "killed. Local residents said the market in Boulkessi had reopened. "
        f"{last}"
    )
    found = claims(gazetteer, text)
    assert [c.status == "unverified" for c in found] == unverified


def test_a_contradiction_naming_places_leaves_a_count_alone(gazetteer):
    text = (
        '"Over the past day, the enemy lost up to 1,450 servicemen," the Russian ministry '
        "said. A Ukrainian spokesman said Russian troops had entered Kurylivka but were "
        "being pushed back."
    )
    count, _ = claims(gazetteer, text)
    assert count.status == "asserted"


def test_a_un_office_is_independent(gazetteer):
    text = "Fighting has displaced 400,000 people, according to the U.N. humanitarian office."
    (c,) = claims(gazetteer, text)
    assert c.side == "independent"


def test_a_name_after_abbreviated_ranks_speaks(gazetteer):
    text = (
        "The RSF said it had repelled an army attack east of El Fasher. An army spokesman, "
        'Brig. Gen. Nabil Abdallah, said the paramilitary\'s claims were "lies".'
    )
    rsf, army = claims(gazetteer, text)
    assert army.source == "Nabil Abdallah"
    assert rsf.status == "denied"  # "the claims were lies": untrue, a denial


def test_a_relative_clause_and_for_fear_of(gazetteer):
    text = (
        "A resident of Lashio, who spoke on condition of anonymity for fear of arrest, said "
        "soldiers had entered the town."
    )
    (c,) = claims(gazetteer, text)
    assert c.source == "a resident of Lashio" and c.cue == "said"


def test_the_speakers_own_retreat_confirms_anothers_capture(gazetteer):
    text = (
        "Myanmar's military government said its troops had recaptured the town of Lashio. "
        "The MNDAA said in a statement that it had withdrawn from Lashio under pressure, but "
        "denied that its fighters had been defeated."
    )
    junta, mndaa = claims(gazetteer, text)
    assert junta.status == "confirmed"
    assert mndaa.status == "asserted"  # its own denial is part of what it says


@pytest.mark.parametrize(
    "text",
    [
        "Donetsk's Russian-installed mayor, Alexei Kulemzin, said shelling killed two people.",
        "Luhansk's Moscow-backed leader Leonid Pasechnik said the region was calm.",
        "The Russian-appointed head of occupied Zaporizhzhia, Yevgeny Balitsky, said power "
        "was restored.",
    ],
)
def test_who_installed_an_official_is_their_side(gazetteer, text):
    (c,) = claims(gazetteer, text)
    assert c.side == "RU"


@pytest.mark.parametrize(
    ("text", "side", "party"),
    [
        ("The Arakan Army said it had captured a base.", None, "Arakan Army"),
        ("The Syrian Democratic Forces said drones struck Kobani.", None,
         "Syrian Democratic Forces"),
        ("The Russian Army said it repelled attacks.", "RU", "Russia"),
        ("The Lebanese Army said it deployed troops in the south.", "LB", "Lebanon"),
        ("Israel Defense Forces said it struck a launcher.", "IL", "Israel"),
    ],
)
def test_armed_groups_and_state_armies(gazetteer, text, side, party):
    (c,) = claims(gazetteer, text)
    assert (c.side, c.party) == (side, party)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The junta said its troops had retaken Lashio.", "the junta"),
        ("M23 said it had taken Minova.", "M23"),
        ("The M23, which Rwanda backs, said it had taken Minova.", "the M23"),
        (
            "Kiev regularly accuses Russia of shelling the plant, calling the accusation a "
            "pretext, Kremlin spokesman Dmitry Peskov said.",
            "Dmitry Peskov",
        ),
    ],
)
def test_more_speakers_found(gazetteer, text, source):
    (c,) = claims(gazetteer, text)
    assert c.source == source


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The Israeli military said it had struck a Hamas command centre in the school. "
            "Hamas called the accusation a pretext for killing civilians.",
            "disputed",
        ),
        (
            "Peskov claimed Ukrainian drones hit the plant, which Ukrainian officials called a "
            "lie.",
            "denied",  # calling a claim untrue denies it (geo.text.claims.untruth)
        ),
    ],
)
def test_a_rebuttal_by_characterisation(gazetteer, text, status):
    assert claims(gazetteer, text)[0].status == status


def test_calling_a_meeting_is_no_rebuttal(gazetteer):
    text = "Russia said its forces had captured Kurakhove. Officials called a meeting in Kyiv."
    assert claims(gazetteer, text)[0].status == "asserted"


def test_a_reaction_naming_whose_claim_it_answers(gazetteer):
    text = (
        "Russian sources claimed that Russian forces seized Kotlyne. A Ukrainian brigade "
        "commander said his troops repelled three assaults near Pokrovsk. ISW has not "
        "observed evidence to confirm the Russian claim."
    )
    # The caveat is no claim of its own (its "observed" is part of the status words).
    russian, ukrainian = claims(gazetteer, text)
    assert russian.status == "unverified"
    assert ukrainian.status == "asserted"


def test_footage_of_another_place_confirms_nothing(gazetteer):
    text = (
        "Russian forces recently advanced northeast of Kupyansk near Petropavlovka. "
        "Geolocated footage published on June 11 indicates that Russian forces advanced "
        "west of Kremennaya near Torskoye."
    )
    assert claims(gazetteer, text)[0].status == "asserted"


def test_a_tass_dateline_without_a_full_stop_after_the_date(gazetteer):
    text = (
        "MOSCOW, June 13 /TASS/. Units liberated Stepnaya Novoselovka in the Kharkov "
        "Region, the Defense Ministry said."
    )
    (c,) = claims(gazetteer, text)
    assert c.side == "RU"

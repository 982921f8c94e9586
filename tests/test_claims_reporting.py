"""Claims in kinds of reporting the first development set lacked: a statement's medium
before its author, evidence nobody provided or could geolocate, contradicting and
confirming imagery, second attributions in subordinate clauses, passive attributions,
pronouns after quoted titles, denials that answer a claim further back.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2026, 12, 5)).claims


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Air defence units shot down 41 drones overnight, according to a statement by "
            "the Air Force.",
            "the Air Force",
        ),
        (
            "According to a post on Telegram by the regional military administration, two "
            "people were wounded in Nikopol.",
            "the regional military administration",
        ),
        ("According to figures from the UN, 3,000 people fled Tawila in a week.", "the UN"),
    ],
)
def test_the_medium_of_a_statement_is_not_its_speaker(gazetteer, text, source):
    (c,) = claims(gazetteer, text)
    assert c.source == source
    assert c.cue == "according to"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Russia's Defence Ministry said its forces had struck an arms depot near Kramatorsk. "
            "It did not provide evidence.",
            "It did not provide evidence",
        ),
        (
            "The Israeli army said the building was used by Hamas. The army has not presented "
            "any evidence.",
            "The army has not presented any evidence",
        ),
        (
            "Pro-Russian military bloggers said Russian units had reached the Oskil River, but "
            "the footage they posted could not be geolocated.",
            "the footage they posted could not be geolocated",
        ),
    ],
)
def test_evidence_not_provided_or_not_geolocated_leaves_a_claim_unverified(gazetteer, text, cue):
    c = claims(gazetteer, text)[0]
    assert c.status == "unverified"
    assert c.status_cue == cue


def test_the_ministry_specified_is_a_cue(gazetteer):
    (c,) = claims(
        gazetteer,
        "Air defence forces downed 96 drones overnight, 31 of them over the Bryansk region, "
        "the ministry specified.",
    )
    assert (c.source, c.cue) == ("the ministry", "specified")


@pytest.mark.parametrize(
    "evidence",
    [
        "Satellite images taken on Tuesday and reviewed by Reuters showed the bridge intact.",
        "Photographs published by the regional administration on Tuesday show the bridge "
        "still standing.",
    ],
)
def test_evidence_showing_the_target_intact_disputes_a_strike(gazetteer, evidence):
    text = (
        "Russia's Defence Ministry said on Monday that its troops had destroyed a road bridge "
        "across the Oskil River used to supply Ukrainian units. " + evidence
    )
    c = claims(gazetteer, text)[0]
    assert c.status == "disputed"


def test_imagery_that_confirms_confirms_the_claim_before(gazetteer):
    c = claims(
        gazetteer,
        "Ukraine's navy said its sea drones had struck a Russian patrol ship near Novorossiysk "
        "overnight. Satellite imagery from Planet Labs confirmed that the vessel was listing at "
        "its berth on Tuesday morning.",
    )
    assert c[0].status == "confirmed"
    assert c[1].responds_to == 0


@pytest.mark.parametrize(
    ("forces", "status"),
    [("Ukrainian", "disputed"), ("Russian", "confirmed")],
)
def test_footage_of_the_other_side_in_a_claimed_village_disputes_its_capture(
    gazetteer, forces, status
):
    c = claims(
        gazetteer,
        "The Russian Ministry of Defense claimed on December 1 that Russian forces seized "
        f"Pereizne. Geolocated footage published on November 29 shows {forces} forces "
        "operating in central Pereizne.",
    )
    assert c[0].status == status


def test_an_analysts_verdict_naming_whose_claim_answers_not_the_footage(gazetteer):
    c = claims(
        gazetteer,
        "The Russian Ministry of Defense claimed that Russian forces seized Pereizne. "
        "Geolocated footage shows Ukrainian forces operating in central Pereizne, however, "
        "and ISW assesses that the Russian MoD's claim is premature.",
    )
    assert c[0].status == "disputed"
    assert all(d.status != "disputed" for d in c[1:])


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "MOSCOW, Nov 22 (Reuters) - President Vladimir Putin said on Friday that Russian "
            "forces had taken the town of Kupiansk in Ukraine.",
            "RU",
        ),
        (
            "KYIV, Nov 22 (Reuters) - President Volodymyr Zelenskiy said on Friday that "
            "Ukrainian forces still held Kupiansk.",
            "UA",
        ),
        (
            "KYIV, Dec 9 (Reuters) - Chief of the General Staff Valery Gerasimov told Russian "
            "President Vladimir Putin on Monday that Russian troops had taken Kupiansk.",
            "RU",
        ),
    ],
)
def test_a_president_speaks_for_the_dateline_unless_reporting_to_another(gazetteer, text, side):
    (c,) = claims(gazetteer, text)
    assert c.side == side


@pytest.mark.parametrize(
    "dateline",
    ["KYIV, Dec 9 (Reuters) - ", "BEIRUT (AP) — ", "MOSCOW, December 2. /TASS/. "],
)
def test_a_dateline_is_no_part_of_the_first_claim(gazetteer, dateline):
    text = dateline + "Ukraine's General Staff said 212 combat clashes took place overnight."
    (c,) = claims(gazetteer, text)
    assert c.text.startswith("Ukraine's General Staff said")
    assert text[c.start : c.end] == c.text


@pytest.mark.parametrize(
    "title",
    [
        'at a concert billed as "We Are Together with Russia"',
        "for the public movement We Are Together with Russia",
        "at a rally called “Glory To Our Heroes”",
    ],
)
def test_he_said_after_a_title_is_the_last_named_person(gazetteer, title):
    c = claims(
        gazetteer,
        f"Vladimir Rogov, speaking {title}, said Ukrainian troops had shelled Enerhodar. "
        "The shelling damaged a substation, he said.",
    )
    assert c[-1].source == "Vladimir Rogov"


def test_an_apposition_closing_inside_a_quoted_title_keeps_its_speaker(gazetteer):
    c = claims(
        gazetteer,
        "Israeli Prime Minister Benjamin Netanyahu, speaking at a ceremony for the campaign "
        'Israel calls "Northern Arrows," said his country would not allow Hezbollah to rearm. '
        '"We will act wherever and whenever we need to," he said.',
    )
    assert [(d.source, d.side) for d in c] == [("Benjamin Netanyahu", "IL")] * 2


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "An Israeli airstrike on a house in Deir al-Balah killed at least nine people, "
            "hospital officials said Thursday, after the Israeli military said it had targeted "
            "a Hamas commander.",
            "hospital officials",  # the institution kept before "officials"
            "the Israeli military",
        ),
        (
            "Israeli strikes on southern Lebanon killed four people on Sunday, Lebanon's Health "
            "Ministry said, as Israel's military said it had hit Hezbollah weapons depots.",
            "Lebanon's Health Ministry",
            "Israel's military",
        ),
        (
            "Two people were wounded in Kherson, the governor said, hours before Russia's "
            "Defence Ministry said its forces had struck Ukrainian positions across the river.",
            "the governor",
            "Russia's Defence Ministry",
        ),
    ],
)
def test_a_second_attribution_in_a_subordinate_clause_is_a_claim(gazetteer, text, first, second):
    c = claims(gazetteer, text)
    assert [d.source for d in c] == [first, second]
    assert c[1].text.startswith(second)


def test_a_denial_answers_the_claim_it_repeats_not_the_one_just_before(gazetteer):
    c = claims(
        gazetteer,
        "Israel's military said it had hit a launcher used to fire rockets toward the Galilee. "
        "Lebanon's National News Agency reported that one of the strikes hit a house in "
        "Yohmor, wounding a woman. Hezbollah denied that it had fired any rockets since the "
        "ceasefire took effect.",
    )
    assert c[0].status == "denied"
    assert c[1].status == "asserted"


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("“", "”")])
def test_a_quotation_after_its_speaker_keeps_all_its_sentences(gazetteer, opening, closing):
    text = (
        f"Kharkiv Mayor Ihor Terekhov said: {opening}The city was attacked by guided bombs for "
        "the third night in a row. Two high-rise buildings were damaged in the Saltivskyi "
        f"district. Utilities are already working at the site.{closing}"
    )
    (c,) = claims(gazetteer, text)
    assert c.source == "Ihor Terekhov"
    assert c.end == len(text)


def test_a_closed_quotation_does_not_swallow_the_next_sentence(gazetteer):
    c = claims(
        gazetteer,
        'Terekhov said: "The city was attacked again." Russian forces launched 54 drones at '
        "Ukraine overnight on Dec. 5.",
    )
    assert c[0].text == 'Terekhov said: "The city was attacked again."'


@pytest.mark.parametrize(
    ("text", "source", "side"),
    [
        (
            "Progress toward the second phase of the ceasefire was reported by Egyptian state "
            "media on Wednesday.",
            "Egyptian state media",
            "EG",
        ),
        (
            "The attack on Dnipro was also reported by the head of the regional council, "
            "Mykola Lukashuk, who said a private enterprise had caught fire.",
            "Mykola Lukashuk",
            "UA",
        ),
        (
            "Heavy shelling of Kupiansk overnight was reported by the Ukrainian military.",
            "the Ukrainian military",
            "UA",
        ),
    ],
)
def test_the_agent_of_a_passive_cue_speaks(gazetteer, text, source, side):
    (c,) = claims(gazetteer, text)
    assert (c.source, c.side) == (source, side)


@pytest.mark.parametrize(
    "passive",
    ["Shelling was reported in the town.", "The village was shelled by Russian forces overnight."],
)
def test_a_passive_without_a_speaker_has_none(gazetteer, passive):
    assert all(c.source is None for c in claims(gazetteer, passive))


def test_an_event_confirmed_by_the_other_side_confirms_the_claim_before(gazetteer):
    c = claims(
        gazetteer,
        "Ukraine's military intelligence agency said its drones hit an oil depot in Russia's "
        "Bryansk region. The attack was confirmed by Bryansk Governor Alexander Bogomaz, who "
        "said a fire had broken out at an industrial facility.",
    )
    assert c[0].status == "confirmed"
    assert (c[1].source, c[1].side, c[1].status) == ("Alexander Bogomaz", "RU", "asserted")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A medical source at the town's only functioning hospital told AFP that 14 "
            "civilians had been killed since Tuesday.",
            "a medical source at the town's only functioning hospital",
        ),
        (
            "An official with knowledge of the talks, who spoke on condition of anonymity "
            "because he was not authorized to brief reporters, said the sides remained divided.",
            "an official with knowledge of the talks",
        ),
        (
            "A source familiar with the matter said the talks had stalled.",
            "a source familiar with the matter",
        ),
    ],
)
def test_a_speaker_placed_by_a_longer_phrase_speaks(gazetteer, text, source):
    (c,) = claims(gazetteer, text)
    assert c.source == source


def test_a_plural_body_is_no_person_for_he_said(gazetteer):
    c = claims(
        gazetteer,
        "The Qassam Brigades said their fighters had targeted an enemy force. An official "
        'said the talks were stuck. "The maps are the problem," he said.',
    )
    assert c[-1].source != "Qassam Brigades"


def test_he_said_after_an_unnamed_official_is_that_official(gazetteer):
    c = claims(
        gazetteer,
        "The Qassam Brigades said their fighters had targeted an enemy force. An official with "
        "knowledge of the talks said the sides remained divided over the withdrawal lines. "
        '"There is progress, but the maps are still the problem," he said.',
    )
    assert c[-1].source == "an official with knowledge of the talks"


def test_a_named_armed_wing_in_apposition_speaks(gazetteer):
    (c,) = claims(
        gazetteer,
        "Hamas's armed wing, the Qassam Brigades, claimed responsibility in a statement on "
        "Telegram, saying its fighters had targeted an enemy force east of Khan Younis.",
    )
    assert (c.source, c.party) == ("Qassam Brigades", "Hamas")


def test_its_spokesperson_speaks_for_the_organisation_before(gazetteer):
    c = claims(
        gazetteer,
        "The UN humanitarian office OCHA said around 7,000 people had fled Babanusa. Its "
        "spokesperson, Jens Laerke, told reporters in Geneva that aid convoys had been unable "
        'to reach the area. "Access is the single biggest problem we face," he said.',
    )
    assert [(d.source, d.side) for d in c[1:]] == [("Jens Laerke", "independent")] * 2


@pytest.mark.parametrize(
    ("speaker", "harm", "side"),
    [
        ("The governor of Kharkov region, Oleg Sinegubov,", "Russian strikes had damaged "
         "energy facilities in the city of Kharkov", "UA"),
        ("Sumy region governor Oleg Grigorov", "two people were killed in a Russian drone "
         "attack on the town of Shostka", "UA"),
        ("Governor of the Belgorod region Vyacheslav Gladkov", "a Ukrainian drone had attacked "
         "a minibus in the town of Graivoron", "RU"),
        ("Head of the Zaporozhye region Yevgeny Balitsky", "Ukrainian shelling had damaged a "
         "substation in Energodar", "RU"),
    ],
)  # fmt: skip
def test_a_local_head_in_agency_copy_does_not_report_his_own_sides_strikes(
    gazetteer, speaker, harm, side
):
    (c,) = claims(gazetteer, f"MOSCOW, December 2. /TASS/. {speaker} said {harm}.")
    assert c.side == side


def test_one_party_name_for_a_states_speakers(gazetteer):
    c = claims(
        gazetteer,
        "The Sudanese Armed Forces (SAF) said in a statement that its 22nd Infantry Division "
        "had repelled an attack on the garrison in Babanusa. Sudan's Foreign Ministry said the "
        "militia had shelled homes in the town. Army chief Abdel Fattah al-Burhan said the "
        "army would retake Bara.",
    )
    assert {(d.side, d.party) for d in c} == {("SD", "Sudan")}


def test_a_body_described_by_a_relative_clause_between_commas_speaks(gazetteer):
    (c,) = claims(
        gazetteer,
        "The RSF-led Tasis coalition, which has formed a rival government in Nyala, said its "
        "forces had shot down two army drones over Kordofan.",
    )
    assert (c.source, c.party) == ("the RSF-led Tasis coalition", "Rapid Support Forces")


def test_a_river_is_no_person_for_he_noted(gazetteer):
    c = claims(
        gazetteer,
        "Viktor Trehubov said Russian troops were trying to cross the Oskil River on small "
        'boats. "Most of these groups are destroyed before they reach the bank," he noted.',
    )
    assert [d.source for d in c] == ["Viktor Trehubov"] * 2


def test_a_condemnation_is_a_claim(gazetteer):
    (c,) = claims(
        gazetteer,
        "Sudan's Foreign Ministry condemned what it called \"the militia's crimes\" and called on "
        "the international community to designate the RSF a terrorist organisation.",
    )
    assert (c.source, c.cue, c.side) == ("Sudan's Foreign Ministry", "condemned", "SD")


@pytest.mark.parametrize(
    "check",
    [
        "The claims by both sides could not be independently verified.",
        "Reports from the two warring parties could not be verified.",
    ],
)
def test_claims_by_both_sides_unverified_reaches_each_sides_claim(gazetteer, check):
    c = claims(
        gazetteer,
        "Sudan's Rapid Support Forces said on Friday they had shot down an army drone over "
        "Babanusa. The Sudanese Armed Forces said its 22nd Infantry Division had repelled an "
        f"attack on the garrison. {check}",
    )
    assert [d.status for d in c] == ["unverified", "unverified"]


@pytest.mark.parametrize(
    "text",
    [
        "The judge is taking testimony from the execution team to determine whether condemned "
        "killer Kenneth Biros can prove his case.",
        "Bingham specified a novelty item known as a love rose.",
        "At the end of the debate, a vote was called by Leader of the House Lakshman Kiriella.",
        "Duley submitted documents to the court which show a history of threats.",
    ],
)
def test_words_that_are_no_cue_here_give_no_speaker(gazetteer, text):
    assert all(c.source is None for c in claims(gazetteer, text))


def test_told_a_foreign_president_keeps_the_speakers_side_unknown(gazetteer):
    (c,) = claims(
        gazetteer,
        "In a phone call last week, Peres told Egyptian President Hosni Mubarak that the "
        "agreements signed by Israel contain an obligation to promote peace.",
    )
    assert c.side != "EG"


def test_status_words_inside_a_continued_quotation_are_the_speakers(gazetteer):
    (c,) = claims(
        gazetteer,
        'Klotzback said: "I see nothing that would warm the sea. Anything else is '
        'unconfirmed speculation, and the sea may surprise us."',
    )
    assert c.status == "asserted"


def test_he_said_after_a_one_word_name_is_that_person(gazetteer):
    c = claims(
        gazetteer,
        "A relative of the third man, who gave only his first name, Mahmoud, told the AP that "
        'his cousin was a taxi driver. "He never carried a weapon in his life," he said.',
    )
    assert [d.source for d in c] == ["Mahmoud", "Mahmoud"]


def test_the_source_speaks_for_the_side_of_the_last_source(gazetteer):
    c = claims(
        gazetteer,
        "PORT SUDAN, Sudan (AFP) - A drone strike on a fuel depot in Port Sudan sparked a huge "
        "fire on Wednesday, a military source told AFP. The source, who was not authorised to "
        "speak to the media, blamed the Rapid Support Forces.",
    )
    assert [d.side for d in c] == ["SD", "SD"]


def test_a_milblogger_who_complained_speaks(gazetteer):
    (c,) = claims(
        gazetteer,
        "A Russian milblogger complained that Russian forces in the area lack electronic "
        "warfare systems.",
    )
    assert (c.source, c.cue, c.side) == ("a Russian milblogger", "complained", "RU")


def test_she_said_after_an_unnamed_woman_is_that_woman(gazetteer):
    c = claims(
        gazetteer,
        "An army spokesman, Brig. Gen. Nabil Abdallah, said troops were preparing a "
        "counteroffensive. A displaced woman who fled to Tawila told the AP by phone that "
        'fighters went from house to house. "They shot my brother in front of us," she said.',
    )
    assert c[-1].source == "a displaced woman"


def test_a_name_after_a_title_ending_in_a_body_is_the_speaker(gazetteer):
    c = claims(
        gazetteer,
        "KYIV, December 12 (Ukrinform) - Spokesperson for the Joint Forces Task Force Viktor "
        "Trehubov said Russian troops were trying to cross the Oskil River on small boats. "
        '"Most of these groups are destroyed before they reach the bank," he noted.',
    )
    assert [(d.source, d.side) for d in c] == [("Viktor Trehubov", "UA")] * 2


def test_a_denial_after_its_own_sides_words_answers_the_claim_it_repeats(gazetteer):
    c = claims(
        gazetteer,
        "According to the regional military administration, a Russian glide bomb hit an "
        "apartment block in Zaporizhzhia overnight, killing three people. Governor Ivan "
        "Fedorov said rescuers were still searching the rubble.\n\nKremlin spokesman Dmitry "
        "Peskov said Moscow's aims in Ukraine had not changed. The Russian Defence Ministry "
        "denied that its forces had struck residential buildings, saying it had hit a "
        "temporary deployment point of Ukrainian units.",
    )
    assert c[0].status == "denied"
    assert c[2].status == "asserted"
    assert any(d.responds_to == 0 for d in c[3:])


def test_a_finding_a_speaker_reports_is_what_they_say(gazetteer):
    (c,) = claims(
        gazetteer,
        "UNIFIL, the U.N. peacekeeping force in southern Lebanon, said its patrols had found "
        "no evidence of rocket launches from the area in recent weeks.",
    )
    assert c.status == "asserted"


@pytest.mark.parametrize("verb", ["has found no evidence of", "has not observed evidence of"])
def test_an_analyst_finding_no_evidence_leaves_the_claim_before_unverified(gazetteer, verb):
    c = claims(
        gazetteer,
        f"Russian milbloggers claimed that Russian forces seized Vyimka. ISW {verb} Russian "
        "forces in Vyimka.",
    )
    assert c[0].status == "unverified"


@pytest.mark.parametrize(
    ("text", "source", "side"),
    [
        (
            "Magen David Adom, Israel's national emergency service, said a woman was lightly "
            "hurt while running to a shelter.",
            "Magen David Adom",
            "IL",
        ),
        (
            "Jihadists linked to Al-Qaeda said they had killed dozens of soldiers in central Mali.",
            "Jihadists linked to Al-Qaeda",
            None,
        ),
        ("The outlets said the real number is likely much higher.", "the outlets", "independent"),
    ],
)
def test_more_speaker_phrases(gazetteer, text, source, side):
    (c,) = claims(gazetteer, text)
    assert (c.source, c.side) == (source, side)


def test_one_of_them_speaks(gazetteer):
    c = claims(
        gazetteer,
        "Two local officials told Reuters that soldiers had fled south overnight. One of them, "
        "speaking on condition of anonymity for fear of reprisals, said rebel fighters were "
        "patrolling the port.",
    )
    assert c[1].source == "One of them"


def test_pictures_a_person_shared_speak_not_the_person(gazetteer):
    c = claims(
        gazetteer,
        "Odesa's regional governor, Oleh Kiper, said a port warehouse had been hit. Pictures "
        "he shared on Telegram showed firefighters spraying water on a burning building.",
    )
    assert (c[1].source, c[1].cue) == ("Pictures", "showed")


def test_according_to_a_title_then_a_name_is_the_person(gazetteer):
    c = claims(
        gazetteer,
        "At least four people were killed in the overnight strike on Kharkiv, according to "
        "the regional governor, Oleh Syniehubov. He said a guided bomb had hit the block.",
    )
    assert [(d.source, d.side) for d in c] == [("Oleh Syniehubov", "UA")] * 2


@pytest.mark.parametrize(
    ("reaction", "status"),
    [
        ("The Kremlin has not confirmed the deployment.", "unverified"),
        ("The Kremlin has not confirmed the presence of any foreign troops.", "asserted"),
    ],
)
def test_not_confirming_the_deployment_answers_the_claim_before(gazetteer, reaction, status):
    c = claims(
        gazetteer,
        "Russia has moved several hundred North Korean troops to the Kursk region, according "
        f"to two Western officials familiar with intelligence assessments. {reaction}",
    )
    assert c[0].status == status


def test_another_speaker_denying_in_a_but_clause_has_a_claim_of_their_own(gazetteer):
    c = claims(
        gazetteer,
        "A Russian milblogger claimed on December 21 that Russian forces seized the Kupiansk "
        "railway station, but another prominent milblogger denied this claim and stated that "
        "fighting continues near the station.",
    )
    assert (c[0].source, c[0].status) == ("a Russian milblogger", "denied")
    assert (c[1].source, c[1].status, c[1].responds_to) == (
        "another prominent milblogger",
        "asserted",
        0,
    )


@pytest.mark.parametrize(
    "background",
    [
        "Kupiansk, a railway hub in the Kharkiv region, had about 27,000 residents before the war.",
        "Before the invasion, Vovchansk had some 17,000 residents.",
        "The town has roughly 4,500 people living in it.",
    ],
)
def test_how_many_live_in_a_place_is_background_not_a_claim(gazetteer, background):
    text = "Russian forces shelled Kupiansk on Monday, the governor said. " + background
    found = claims(gazetteer, text)
    assert [c.text for c in found] == [
        "Russian forces shelled Kupiansk on Monday, the governor said."
    ]


def test_residents_who_fled_or_were_evacuated_are_an_event(gazetteer):
    text = "About 300 residents were evacuated from Vovchansk on Tuesday."
    assert [c.kind for c in claims(gazetteer, text)] == ["reported"]


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        ("Houthi forces said they attacked a bulk carrier in the Gulf of Aden, the UKMTO said.",
         "the UKMTO"),
        ("Hamas said its fighters destroyed an Israeli tank in Rafah, Israeli media reported.",
         "Israeli media"),
        ("The RSF said it had seized two army bases near El Obeid, the Sudanese army said on "
         "Monday.", "the Sudanese army"),
    ],
)  # fmt: skip
def test_the_speaker_closing_a_sentence_reports_a_speaker_inside_it(text, reporter):
    from geo import analyze

    (c,) = analyze(text).claims
    assert c.source == reporter
    assert c.text == text  # the first speaker's claim is nested in the reporter's


def test_a_speaker_not_closing_the_sentence_reports_nothing_before_it():
    from geo import analyze

    text = (
        "Russian troops said they captured Pishchane, the Russian Defence Ministry said, and "
        "Ukraine's army said fighting continued."
    )
    assert analyze(text).claims[0].source == "Russian troops"

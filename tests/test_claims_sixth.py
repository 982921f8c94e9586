"""Claims in the kinds of reporting of the sixth batch of claims articles: bodies named
with "of" and later by their head noun, "another" of a kind of speaker, a regional head
in another state's agency copy, ...

Every text here is written for these tests.
"""

import datetime as dt

import pytest

from geo.text.claims import extract_claims


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2026, 3, 3)).claims


def holding(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    ("text", "words", "side"),
    [
        ("The Israeli Ministry of Foreign Affairs said the talks had failed. The ministry "
         "said a delegation would return home on Monday.", "delegation would return", "IL"),
        ("The General Staff of the Ukrainian Armed Forces said 140 clashes took place. "
         "The staff said most were near Pokrovsk.", "most were near", "UA"),
        ("The Turkish Ministry of National Defence said two soldiers were wounded. "
         "The ministry added that the attackers had fled across the border.",
         "attackers had fled", "TR"),
    ],
)  # fmt: skip
def test_a_body_named_with_of_is_known_later_by_its_head_noun(text, words, side):
    assert holding(extract_claims(text, []), words).side == side


def test_a_person_titled_head_of_is_no_body_for_later_heads():
    text = ("The head of the Russian delegation said the talks were over. The head said "
            "nothing more.")
    *_, last = extract_claims(text, [])
    # "the head" alone is not the Russian delegation's head by its head noun "head of".
    assert last.source == "the head"


@pytest.mark.parametrize(
    ("text", "words", "side"),
    [
        ("A Ukrainian soldier said the bridge was destroyed. Another soldier said the "
         "river was too deep to ford.", "too deep to ford", "UA"),
        ("A Russian war correspondent claimed the village had fallen. Another correspondent "
         "claimed fighting went on in its centre.", "fighting went on", "RU"),
    ],
)  # fmt: skip
def test_another_speaker_of_a_kind_takes_the_side_of_the_last_one(text, words, side):
    assert holding(extract_claims(text, []), words).side == side


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "words", "side"),
    [
        # a Ukrainian agency's copy quoting a Russian regional head: Russia's official
        ("KYIV, March 3 (Ukrinform) - Ukrainian drones struck a fuel depot overnight, the "
         "General Staff said. The governor of Belgorod region, Vyacheslav Gladkov, said "
         "two people were injured.", "two people were injured", "RU"),
        # a Russian agency's copy quoting the head of a region Russia claims: Russia's
        ("MOSCOW, March 3. /TASS/. Head of the Kherson Region Vladimir Saldo said that "
         "three civilians were wounded in Aleshki.", "three civilians were wounded", "RU"),
    ],
)  # fmt: skip
def test_a_regional_head_in_agency_copy_speaks_for_the_regions_holder(
    gazetteer, text, words, side
):
    assert holding(claims(gazetteer, text), words).side == side


def test_a_speaker_of_the_same_side_denying_this_claim_answers_it():
    text = ("A Russian war correspondent claimed that Russian troops entered Siversk, but "
            "a Russian milblogger rejected the claim and said fighting continues outside "
            "the town.")
    first, second = extract_claims(text, [])
    assert first.side == second.side == "RU"
    assert second.responds_to == 0
    assert first.status in ("denied", "disputed")


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "words", "source", "side"),
    [
        ("State Department spokesperson Laura Dover said the embassy would stay open. Asked "
         "about the evacuation, Dover said no decision had been made.", "no decision",
         "Laura Dover", "US"),
        ("Ukrainian navy spokesman Petro Odessa said two drones were shot down. Odessa said "
         "the port was working normally.", "working normally", "Petro Odessa", "UA"),
    ],
)  # fmt: skip
def test_a_person_named_again_by_a_surname_that_is_a_town_keeps_name_and_side(
    gazetteer, text, words, source, side
):
    c = holding(claims(gazetteer, text), words)
    assert (c.source, c.side) == (source, side)


@pytest.mark.parametrize(
    ("text", "source", "descriptor_side"),
    [
        ("State television quoted the regional governor, Ivan Petrov, as saying that 12 "
         "people were hurt in the attack.", "Ivan Petrov", None),
        ("Izvestia cited Defence Minister Andrei Belousov as saying the front had "
         "stabilised.", "Andrei Belousov", None),
        ("The newspaper quoted residents as saying they heard explosions near the port.",
         "residents", None),
        ("Russian state media quoted the Moscow-installed head of the occupied district, "
         "Yuri Balakin, as saying that Ukrainian troops had used a school as a base.",
         "Yuri Balakin", "RU"),
    ],
)  # fmt: skip
def test_the_one_quoted_as_saying_is_the_speaker(text, source, descriptor_side):
    (c,) = extract_claims(text, [])
    assert (c.source, c.cue) == (source, "saying")
    if descriptor_side:
        assert c.side == descriptor_side


def test_a_rejection_after_a_quoted_speaker_answers_them():
    text = ("Russian state media quoted the Moscow-installed head of the occupied district, "
            "Yuri Balakin, as saying that Ukrainian troops had used a school as a base. "
            "Ukrainian officials have repeatedly rejected such claims.")
    (c,) = extract_claims(text, [])
    assert c.source == "Yuri Balakin"
    assert c.status in ("denied", "disputed")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Iranian embassy in Baghdad dismissed the report as fabricated.",
         "the Iranian embassy in Baghdad"),
        ("The Chinese Embassy in Washington said the accusations were baseless.",
         "the Chinese Embassy in Washington"),
        ("A Russian consulate in Istanbul said two sailors had been freed.",
         "a Russian consulate in Istanbul"),
    ],
)  # fmt: skip
def test_an_embassy_in_a_capital_is_the_speaker_not_the_capital(text, source):
    (c,) = extract_claims(text, [])
    assert c.source == source


@pytest.mark.gazetteer
def test_an_embassy_speaks_for_its_state_not_its_host(gazetteer):
    text = ("Britain said Russian losses had risen sharply. Russia's embassy in London "
            "dismissed the figures as propaganda and said they came from Kyiv.")
    c = holding(claims(gazetteer, text), "came from Kyiv")
    assert (c.source, c.side) == ("Russia's embassy in London", "RU")


def test_no_comment_on_a_named_place_reaches_the_claim_naming_it():
    text = ("The Defense Ministry said its forces had taken the village of Lozove. It said "
            "Ukrainian forces had lost up to 90 servicemen in the area. Kyiv has not "
            "commented on the fall of Lozove.")
    taken, lost = extract_claims(text, [])
    assert taken.status == "unverified"
    assert "Lozove" in taken.status_cue
    assert lost.status == "asserted"


def test_no_comment_on_an_owners_claim_is_no_name_to_look_for():
    text = ("The Defense Ministry said its forces had taken the village of Lozove. "
            "Pro-Kremlin bloggers said Kyiv's troops were retreating. Kyiv has not "
            "commented on Moscow's claim.")
    _taken, bloggers = extract_claims(text, [])
    assert bloggers.status == "unverified"  # the claim just before, as without a name


@pytest.mark.parametrize(
    ("text", "words", "side"),
    [
        ("Russian forces hit two depots, the Russian Defence Ministry said. Air defences "
         "downed 40 drones, according to the department.", "downed 40 drones", "RU"),
        ("The Ukrainian Emergency Service said 12 people were rescued. The service said "
         "two were in hospital.", "two were in hospital", "UA"),
    ],
)  # fmt: skip
def test_a_body_named_by_a_generic_word_is_the_body_that_spoke_last(text, words, side):
    assert holding(extract_claims(text, []), words).side == side


@pytest.mark.parametrize(
    ("text", "words", "side"),
    [
        # a name with no description after a role with no name
        ("Russian shelling damaged a school, the Ukrainian head of the district "
         "administration said. Mykola Ivanenko wrote that two teachers were hurt.",
         "two teachers", "UA"),
        # a role after a name
        ("Russian police chief Igor Sokolov said the fire was put out. The official also "
         "said that nobody was hurt.", "nobody was hurt", "RU"),
    ],
)  # fmt: skip
def test_the_same_speaker_named_the_other_way_keeps_the_side(text, words, side):
    assert holding(extract_claims(text, []), words).side == side


def test_a_described_person_after_an_unnamed_role_is_someone_else():
    text = ("Russian shelling damaged a school, the Ukrainian head of the district "
            "administration said. Local activist Mykola Ivanenko wrote that two teachers "
            "were hurt.")
    assert holding(extract_claims(text, []), "two teachers").side is None


@pytest.mark.parametrize(
    "reaction",
    [
        "The rebels rejected the army's account, saying they still held the bridge.",
        "The rebels dismissed the ministry's figures.",
        "M23 disputed the government's version of events.",
    ],
)
def test_rejecting_a_bodys_account_by_its_possessive_answers_its_claim(reaction):
    text = f"The Congolese army said on Monday it had retaken the town of Rubaya. {reaction}"
    first, *_ = extract_claims(text, [])
    assert first.status in ("denied", "disputed")


def test_either_sides_account_reaches_the_whole_exchange_before_it():
    text = ("Ukrainian governor Ivan Fedorov said a Russian missile had hit a warehouse, "
            "killing two workers. The Russian Defence Ministry said it had struck an arms "
            "depot in the city. Fedorov called the claim a lie and said the warehouse "
            "stored grain. The claims of either side could not be verified.")
    hit, depot, grain = extract_claims(text, [])
    assert hit.status == "unverified"  # the exchange's first claim, before the pair
    assert depot.status in ("unverified", "disputed", "denied")  # "a lie": a denial
    assert grain.status == "unverified"


def test_either_sides_account_leaves_claims_after_the_exchange_alone():
    text = ("The Russian Defence Ministry said its troops had taken the village of Lozove. "
            "A Ukrainian army spokesman said the attackers had been pushed back. "
            "Ukrainian governor Oleh Hrytsenko said a drone had hit a school in the city. "
            "Neither side's account of the fighting could be verified.")
    taken, pushed, school = extract_claims(text, [])
    assert taken.status in ("unverified", "disputed")
    assert pushed.status == "unverified"
    assert school.status == "asserted"


@pytest.mark.parametrize(
    ("text", "first_status"),
    [
        # the accused named by its head noun, the act denied coordinated with a claim
        ("Aid workers said the militia burned three villages near Kalma. The militia said "
         "it had driven out bandits and denied burning any homes.", "denied"),
        # a denial of a position of the speaker's own answers nothing
        ("Aid workers said the militia burned three villages near Kalma. The militia said "
         "it had driven out bandits and denied any plans to enter the camp.", "asserted"),
        # no accusation of the denier before
        ("Aid workers said floods cut the road to Kalma. The militia said it had driven "
         "out bandits and denied burning any homes.", "asserted"),
    ],
)  # fmt: skip
def test_a_coordinated_denial_of_an_act_answers_the_accusation_before(text, first_status):
    first, second = extract_claims(text, [])
    assert first.status == first_status
    assert (second.responds_to == 0) == (first_status == "denied")
    assert second.status == "asserted"


@pytest.mark.gazetteer
def test_a_coordinated_denial_answers_an_accusation_naming_the_deniers_country(gazetteer):
    text = ("Ukrainian officials said Russian forces shelled a market in Kherson, killing "
            "12 people. Russia's Defence Ministry said it had struck a Ukrainian command "
            "post and denied targeting civilians.")
    first, second = claims(gazetteer, text)
    assert first.status == "denied"
    assert second.responds_to == 0


def test_no_comment_reaches_every_claim_of_the_speakers_run_in_the_paragraph():
    text = ("Local officials said a convoy was hit. \n\nThe Russian Defence Ministry said its "
            "forces had captured the village of Lozove. It also said air defences had "
            "downed 30 Ukrainian drones. Kyiv has not commented.")
    convoy, lozove, drones = extract_claims(text, [])
    assert lozove.status == drones.status == "unverified"
    assert convoy.status == "asserted"  # another paragraph, another speaker


def test_no_comment_on_an_object_reaches_that_claim_only():
    text = ("The Russian Defence Ministry said its forces had captured the village of "
            "Lozove. It also said Ukrainian forces had lost up to 90 servicemen. Kyiv has "
            "not commented on the losses.")
    lozove, losses = extract_claims(text, [])
    assert (lozove.status, losses.status) == ("asserted", "unverified")


def test_no_evidence_reaches_the_claim_just_before():
    text = ("The Russian Defence Ministry said its forces had captured the village of "
            "Lozove. It also said its forces had destroyed a Ukrainian ammunition depot. "
            "It did not provide evidence.")
    lozove, depot = extract_claims(text, [])
    assert (lozove.status, depot.status) == ("asserted", "unverified")


@pytest.mark.parametrize(
    ("text", "words", "side"),
    [
        ("The Kremlin does not publish casualty figures. Asked about them, spokesman "
         "Dmitry Peskov said the ministry was the only source.", "the only source", "RU"),
        ("The Pentagon has not released a damage assessment. Press secretary Sabrina Hale "
         "said the strike had hit its targets.", "hit its targets", "US"),
        ("Kremlin officials said the talks had failed. Spokesman Dmitry Peskov told "
         "reporters that no delegation would go.", "no delegation", "RU"),
    ],
)  # fmt: skip
def test_a_spokesperson_named_without_a_body_speaks_for_the_party_before(text, words, side):
    assert holding(extract_claims(text, []), words).side == side


@pytest.mark.parametrize(
    ("text", "second_source"),
    [
        ("The army said it had retaken Rubaya, but rebel spokesman Lawrence Kanyuka "
         "rejected the claim, saying fighters still held the hills.", "Lawrence Kanyuka"),
        ("The junta said its jets had hit a rebel camp, but the Arakan Army dismissed the "
         "report, saying only a school was hit.", "the Arakan Army"),
        ("Police said the march was peaceful, but rights groups disputed that account, "
         "saying officers had fired tear gas.", "rights groups"),
    ],
)  # fmt: skip
def test_a_second_speakers_rejection_in_the_sentence_is_their_own_claim(text, second_source):
    first, second = extract_claims(text, [])
    assert first.status in ("denied", "disputed")
    assert (second.source, second.status, second.responds_to) == (
        second_source, "asserted", 0
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A source close to the group said two fighters were killed.",
         "a source close to the group"),
        ("Officials familiar with the talks said a deal was close.",
         "officials familiar with the talks"),
        ("The ship's manager said the crew was safe.", "the ship's manager"),
        ("The tanker's captain told reporters the hull was intact.", "the tanker's captain"),
    ],
)  # fmt: skip
def test_speakers_placed_by_a_body_or_a_ship(text, source):
    (c,) = extract_claims(text, [])
    assert c.source == source


def test_a_rejection_after_a_non_confirmation_answers_the_claim_it_names():
    text = ("The Israeli military said it had killed a Hezbollah commander near Tyre. "
            "Hezbollah did not confirm his death, and a source close to the group dismissed "
            "the Israeli account as fake, saying the men in the car were civilians.")
    israeli, *rest = extract_claims(text, [])
    assert israeli.status == "denied"  # "dismissed ... as fake": untrue, a denial
    assert all(c.status == "asserted" for c in rest)


def test_a_denial_answers_the_recent_claim_about_the_same_ship():
    text = ("Houthi spokesman Yahya Saree said the ship belonged to a company trading with "
            "Israeli ports. A British maritime agency said a vessel had been hit west of "
            "Hodeida. The ship's Greek manager denied that the vessel had any link to Israel.")
    saree, agency = extract_claims(text, [])
    assert saree.status == "denied"
    assert agency.status == "asserted"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A spokesperson for the U.N. peacekeeping force in southern Lebanon, UNIFIL, told "
         "reporters that peacekeepers had found a new position.", "UNIFIL"),
        ("The U.N. mission in Sudan, UNITAMS, said fighting had resumed.", "UNITAMS"),
        ("The governor of Kursk, Alexander Khinshtein, said two people died.",
         "Alexander Khinshtein"),
    ],
)  # fmt: skip
def test_a_name_after_a_body_placed_somewhere_speaks(text, source):
    (c,) = extract_claims(text, [])
    assert c.source == source


def test_rejecting_a_speakers_claims_reaches_each_of_them():
    text = ("The army said its troops had killed 40 fighters near Kalma. It said the "
            "fighters had used a school as a base. The rebels rejected the army's claims, "
            "saying their fighters had left the area.")
    killed, school, rebels = extract_claims(text, [])
    assert killed.status in ("denied", "disputed")
    assert school.status in ("denied", "disputed")
    assert rebels.status == "asserted"


def test_rejecting_the_claim_reaches_the_last_one_only():
    text = ("The army said its troops had killed 40 fighters near Kalma. It said the "
            "fighters had used a school as a base. The rebels rejected the claim, saying "
            "the school had been empty.")
    killed, school, _rebels = extract_claims(text, [])
    assert killed.status == "asserted"
    assert school.status in ("denied", "disputed")


@pytest.mark.gazetteer
def test_a_partys_silence_reaches_the_claim_that_names_it(gazetteer):
    text = ("A Russian drone hit a bus in Kherson, killing two people, governor Oleksandr "
            "Prokudin said. Ukraine's prosecutor general's office said it had opened an "
            "investigation. Russia's Defence Ministry did not respond to a request for "
            "comment.")
    bus, investigation = claims(gazetteer, text)
    assert (bus.status, investigation.status) == ("unverified", "asserted")


@pytest.mark.gazetteer
def test_a_partys_silence_stays_with_the_claim_before_about_its_land(gazetteer):
    text = ("Russia's Defence Ministry said air defences shot down 30 Ukrainian drones "
            "overnight. \n\nThe ministry said its forces had captured Lozove in the Kharkiv "
            "region. Kyiv has not commented.")
    drones, lozove = claims(gazetteer, text)
    assert (drones.status, lozove.status) == ("asserted", "unverified")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Sudan's electricity company said parts of the state were without power.",
         "Sudan's electricity company"),
        ("Gaza's civil defence agency said 12 bodies were recovered.",
         "Gaza's civil defence agency"),
        ("Yesterday's strikes killed 12 people, officials said.", "officials"),
    ],
)  # fmt: skip
def test_a_body_named_by_what_it_does_after_its_owner(text, source):
    (c,) = extract_claims(text, [])
    assert c.source == source


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Gov. Vyacheslav Gladkov said a drone hit a car in the city of Belgorod.", "RU"),
        ("Regional Gov. Oleh Kiper said two people were wounded in Chornomorsk.", "UA"),
    ],
)
def test_an_abbreviated_governor_speaks_for_the_country_of_the_place(gazetteer, text, side):
    (c,) = claims(gazetteer, text)
    assert c.side == side


@pytest.mark.gazetteer
def test_a_silent_party_with_no_country_reaches_the_claim_naming_it(gazetteer):
    text = ("The Israeli military said troops had raided a Hezbollah depot in the village "
            "of Aita al-Shaab. \n\nLebanon's army said it was following up on the "
            "incursion. Hezbollah did not comment.")
    raid, army = claims(gazetteer, text)
    assert (raid.status, army.status) == ("unverified", "asserted")


@pytest.mark.gazetteer
def test_it_did_not_provide_evidence_stays_with_the_claim_before(gazetteer):
    text = ("Medics said a strike on a house in Gaza killed six people, after the Israeli "
            "military said it had targeted a Hamas commander. \n\nThe military said the "
            "strike hit a militant who was preparing an attack. It did not provide "
            "evidence.")
    *_, commander, militant = claims(gazetteer, text)
    assert (commander.status, militant.status) == ("asserted", "unverified")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Satellite images taken on Saturday and reviewed by Reuters showed scorch marks "
         "near a hangar.", "Satellite images"),
        ("Drone footage filmed at dawn and verified by the BBC shows smoke over the depot.",
         "Drone footage"),
    ],
)  # fmt: skip
def test_evidence_made_then_checked_by_an_outlet_speaks_itself(text, source):
    (c,) = extract_claims(text, [])
    assert (c.source, c.side) == (source, "independent")


def test_a_denial_after_a_that_clause_answers_the_accusation_naming_the_group():
    text = ("Monitors said Rapid Support Forces fighters had burned a market in Tawila. "
            "The RSF said in a statement that its units had secured the town and denied "
            "burning any property.")
    market, rsf = extract_claims(text, [])
    assert market.status == "denied"
    assert rsf.responds_to == 0


def test_a_denial_inside_a_that_clause_about_something_else_answers_nothing():
    text = ("Monitors said a flood had cut the road to Tawila. The RSF said in a statement "
            "that its units had secured the town and denied burning any property.")
    flood, _rsf = extract_claims(text, [])
    assert flood.status == "asserted"


@pytest.mark.gazetteer
def test_an_official_answering_another_partys_claim_is_no_spokesperson_of_the_body_before(
    gazetteer,
):
    text = ("Russian President Vladimir Putin said his forces had taken Siversk. \n\n"
            "Ukraine's General Staff said its troops still held Siversk. Andriy Kovalenko, "
            "head of Ukraine's Center for Countering Disinformation, called Putin's claim "
            "a lie.")
    cs = claims(gazetteer, text)
    staff = holding(cs, "still held Siversk")
    assert "General Staff" in staff.source
    assert "Kovalenko" not in staff.text


def test_no_comment_on_the_reports_reaches_the_speakers_claims_across_paragraphs():
    text = ("Units of the Dnepr group have liberated the village of Lozove, the Russian "
            "Defense Ministry said. \n\n\"The enemy is retreating,\" the ministry said, "
            "adding that 90 servicemen were killed. \n\nThe Kiev regime has not commented "
            "on the reports.")
    village, retreating = extract_claims(text, [])
    assert village.status == retreating.status == "unverified"


def test_no_comment_on_the_report_reaches_the_last_claim_only():
    text = ("Units of the Dnepr group have liberated the village of Lozove, the Russian "
            "Defense Ministry said. \n\n\"The enemy is retreating,\" the ministry said, "
            "adding that 90 servicemen were killed. \n\nThe Kiev regime has not commented "
            "on the report.")
    village, retreating = extract_claims(text, [])
    assert (village.status, retreating.status) == ("asserted", "unverified")


@pytest.mark.gazetteer
def test_a_capital_named_in_passing_does_not_decide_a_local_officials_side(gazetteer):
    text = ("Russian drones hit a school in Kharkiv on Sunday, wounding four people, Mayor "
            "Igor Terekhov said, as Moscow pressed its offensive. Regional police said "
            "a second strike hit a power line.")
    mayor, police = claims(gazetteer, text)
    assert (mayor.side, police.side) == ("UA", "UA")


@pytest.mark.gazetteer
@pytest.mark.parametrize(
    "line", ["14 марта 2025 г.", "3 Juni 2025", "Kharkiv, 12 photos"],
)
def test_a_date_line_or_caption_states_no_event(gazetteer, line):
    """A saved page's date line (a number read as counting the month's name) or a
    caption of a few words is no claim; the sentence after it is."""
    found = claims(gazetteer, f"{line}\n\nRussian forces struck Kharkiv on Friday, the "
                              "governor said.")
    assert [c.text.split(",")[0] for c in found] == ["Russian forces struck Kharkiv on Friday"]

"""Claims in the styles of the tenth batch: standing positions that answer nothing,
eyewitnesses and reporters who saw something, state bodies and leaders named without a
country, reactions joined by a semicolon, counter-claims after "but".

Every text here is written for these tests.
"""

import pytest

from geo.text.claims import extract_claims
from geo.text.claims.same_places import standing_position

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return [(c.source, c.status) for c in analyze(text, gazetteer=gazetteer).claims]


@pytest.mark.parametrize(
    "position",
    [
        "Moscow denies targeting civilians.",
        "Russia rejects accusations of war crimes and says it hits only military targets.",
        "The Kremlin has dismissed Western casualty estimates as propaganda.",
        "Russia does not publish its losses and has rejected Ukrainian figures as inflated.",
        "Israel has denied targeting aid workers.",
    ],
)
def test_a_standing_position_leaves_the_claim_before_as_it_was(gazetteer, position):
    text = (
        "A missile hit a clinic in Sumy on Tuesday, killing three people, the regional "
        f"administration said. {position}"
    )
    assert claims(gazetteer, text)[0] == ("the regional administration", "asserted")


@pytest.mark.parametrize(
    "answer",
    [
        "Moscow denies the claim.",
        "Moscow denied targeting the clinic.",
        "Russia has denied responsibility for the strike.",
        "Moscow has rejected the report as a provocation.",
    ],
)
def test_an_answer_in_the_present_or_perfect_still_answers(gazetteer, answer):
    text = (
        "A missile hit a clinic in Sumy on Tuesday, killing three people, the regional "
        f"administration said. {answer}"
    )
    assert claims(gazetteer, text)[0][1] in ("denied", "disputed")


@pytest.mark.parametrize(
    ("text", "verb", "standing"),
    [
        ("Moscow denies targeting civilians.", "denies", True),
        ("Moscow denies the claim.", "denies", False),
        ("The army has long rejected such reports.", "rejected", False),
        ("The army has long rejected accusations of abuses.", "rejected", True),
        ("The army has rejected claims that it shelled the town.", "rejected", False),
        ("The army has rejected Western estimates as inflated.", "rejected", True),
        ("The army denied targeting civilians.", "denied", False),
    ],
)
def test_standing_position(text, verb, standing):
    at = text.index(verb)
    assert standing_position(text, at, at + len(verb)) is standing


def test_a_standing_denial_is_no_answer_without_the_gazetteer():
    text = (
        "Shelling killed two people in Kherson, the regional governor said. "
        "Moscow denies targeting civilians."
    )
    first = extract_claims(text, [])[0]
    assert (first.source, first.status) == ("the regional governor", "asserted")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("BBC reporters in the village counted 14 fresh graves.", "BBC reporters in the village"),
        ("A Reuters cameraman heard several blasts near the airfield.", "a Reuters cameraman"),
        ("Eyewitnesses saw armoured vehicles on the bridge at dawn.", "eyewitnesses"),
        ("An AP photographer at the scene saw two burned cars.", "an AP photographer at the scene"),
    ],
)
def test_what_an_observer_saw_is_their_claim(text, source):
    (c,) = extract_claims(text, [])
    assert c.source == source
    assert c.cue in ("saw", "heard", "counted")


@pytest.mark.parametrize(
    "text",
    [
        "Residents saw their homes burn.",
        "The town saw heavy fighting in 2023.",
        "She heard nothing from her son.",
    ],
)
def test_a_sight_verb_of_anyone_else_is_no_attribution(text):
    assert all(c.cue not in ("saw", "heard") for c in extract_claims(text, []))


def test_an_agency_journalist_who_saw_speaks_independently(gazetteer):
    from geo import analyze

    text = (
        "Russia's defence ministry said it had destroyed a Ukrainian command post in "
        "Kupiansk. AFP journalists in the town saw no sign of a strike on the building."
    )
    _, seen = analyze(text, gazetteer=gazetteer).claims
    assert (seen.cue, seen.side) == ("saw", "independent")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Zelenskyy said on Monday that air defences needed more missiles.", "UA"),
        ("Putin said the talks in Istanbul had achieved nothing.", "RU"),
        ("Kherson region governor Vladimir Saldo said shelling had damaged a school in "
         "Nova Kakhovka.", "RU"),
        ("Abdel Fattah al-Burhan told troops in Omdurman that the siege would be broken.", "SD"),
    ],
)  # fmt: skip
def test_a_public_figure_named_without_a_title_has_their_side(gazetteer, text, side):
    from geo import analyze

    (c,) = analyze(text, gazetteer=gazetteer).claims
    assert c.side == side


def test_a_figure_of_an_armed_group_has_its_party_and_no_country():
    (c,) = extract_claims("Mohamed Hamdan Dagalo said his forces controlled the city.", [])
    assert (c.side, c.party) == (None, "Rapid Support Forces")


def test_a_surname_not_in_the_table_gets_no_side():
    (c,) = extract_claims("Petrenko said the bridge had been closed.", [])
    assert c.side is None


@pytest.mark.parametrize(
    "speaker",
    ["Army spokesman Brig. Gen. Tarek Osman", "Army spokesman Lt. Col. Tarek Osman"],
)
def test_abbreviated_ranks_stay_in_the_speaker_phrase(speaker):
    text = (
        "The Sudanese army said it had retaken a bridge north of the city. "
        f"{speaker} said the paramilitary had lost 40 vehicles."
    )
    _, c = extract_claims(text, [])
    assert c.source == "Tarek Osman"
    assert c.side == "SD"  # the army the text tied to Sudan


@pytest.mark.parametrize("joint", ["; ", ", and ", ", while "])
def test_a_confirmation_joined_to_the_claim_confirms_it(joint):
    text = (
        "The Ukrainian navy said it had hit a Russian patrol boat near Sevastopol"
        f"{joint}Russian officials confirmed the attack."
    )
    first, second = extract_claims(text, [])
    assert (first.source, first.status) == ("the Ukrainian navy", "confirmed")
    assert second.responds_to == 0


def test_a_confirmation_in_the_next_paragraph_leaves_earlier_claims_alone():
    text = (
        "A drone hit a fuel depot in Kursk, killing one person, the governor said.\n\n"
        "Kyiv said it had struck an airfield near Saky; Russian officials confirmed the "
        "strike but said no aircraft were lost."
    )
    first, second, _ = extract_claims(text, [])
    assert first.status == "asserted"
    assert second.status in ("confirmed", "disputed")  # "but said no aircraft were lost"


@pytest.mark.parametrize(
    "text",
    [
        "In a video posted on Telegram, a Wagner commander claimed that 40 soldiers had fled.",
        "In footage released on Monday, a Wagner commander claimed that 40 soldiers had fled.",
    ],
)
def test_a_participle_in_a_prepositional_phrase_is_no_cue(text):
    (c,) = extract_claims(text, [])
    assert (c.source, c.cue) == ("a Wagner commander", "claimed")


def test_a_posted_video_is_still_a_cue_with_its_poster():
    (c,) = extract_claims("The governor posted a video of the damage in Sumy.", [])
    assert (c.source, c.cue) == ("the governor", "posted")


def test_a_movement_is_a_speaker():
    (c,) = extract_claims("The Houthi movement said it had fired missiles at a tanker.", [])
    assert c.source == "the Houthi movement"
    assert (c.side, c.party) == (None, "Houthis")


@pytest.mark.parametrize("verb", ["foiled", "thwarted"])
def test_an_attack_said_to_be_foiled_disputes_the_attack(verb):
    text = (
        "The Houthis said they had attacked a U.S. destroyer in the Red Sea, but the U.S. "
        f"military said the attack had been {verb}."
    )
    first, second = extract_claims(text, [])
    assert first.status == "disputed"
    assert second.responds_to == 0


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("The Kremlin said in a readout of the call that the talks had been useful.",
         "The leaders also discussed prisoner exchanges, according to the readout."),
        ("Britain's defence ministry said in its daily update that Russia had lost 900 troops.",
         "Russian forces have likely advanced near Lyman, the update said."),
    ],
)  # fmt: skip
def test_the_medium_a_speaker_spoke_in_speaks_for_them_later(gazetteer, first, later):
    from geo import analyze

    a, b = analyze(f"{first} {later}", gazetteer=gazetteer).claims
    assert a.side is not None
    assert b.side == a.side


def test_a_person_or_their_office_has_the_country_of_their_first_title(gazetteer):
    from geo import analyze

    text = (
        "Putin spoke by phone with Hungarian Prime Minister Viktor Orban on Monday. "
        "Orban's office said the two had discussed gas supplies. "
        "Orban later said he would visit Moscow in March."
    )
    office, orban = analyze(text, gazetteer=gazetteer).claims
    assert office.side == "HU"
    assert orban.side == "HU"


@pytest.mark.parametrize(
    "clause",
    [
        "a day after the army warned residents to leave",
        "hours after the governor announced an evacuation",
    ],
)
def test_a_cue_in_a_temporal_clause_leaves_the_sentence_to_the_speaker_at_its_end(clause):
    text = f"Shelling hit the village of Vovchansk on Sunday, {clause}, local media reported."
    (c,) = extract_claims(text, [])
    assert (c.source, c.cue) == ("local media", "reported")


def test_two_speakers_joined_by_and_speak_together():
    text = "Two blasts shook the port, a Reuters witness and local residents said."
    (c,) = extract_claims(text, [])
    assert c.source == "a Reuters witness and local residents"


def test_a_victim_joined_to_a_speaker_by_and_is_no_speaker():
    text = "The strike killed two soldiers and officials said more were missing."
    (c,) = extract_claims(text, [])
    assert c.source == "officials"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The health ministry put the death toll at 52.", "the health ministry"),
        ("Ukraine's General Staff put Russian losses over the past day at about 1,100.",
         "Ukraine's General Staff"),
    ],
)  # fmt: skip
def test_putting_a_figure_at_a_number_is_a_claim(text, source):
    (c,) = extract_claims(text, [])
    assert (c.source, c.cue) == (source, "put")


@pytest.mark.parametrize(
    "text",
    [
        "The siege put pressure on 40 hospitals in the region.",
        "The toll was put at 52 by local officials on Monday.",
    ],
)
def test_put_without_a_figure_or_in_the_passive_is_no_cue(text):
    assert all(c.cue != "put" for c in extract_claims(text, []))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Shelling continued along the front, the statement read.", "the statement"),
        ("Troops were redeployed near the river, the bulletin reads.", "the bulletin"),
    ],
)
def test_a_document_that_reads_is_a_speaker(text, source):
    (c,) = extract_claims(text, [])
    assert (c.source, c.cue) == (source, "read" if "read." in text else "reads")


def test_a_statement_read_on_television_is_no_cue():
    text = "In a statement read on state television, the army said its troops held the town."
    (c,) = extract_claims(text, [])
    assert (c.source, c.cue) == ("the army", "said")


def test_a_statement_that_follows_a_body_speaks_for_it(gazetteer):
    from geo import analyze

    text = (
        "Russia launched 80 drones overnight, Ukraine's Air Force said. "
        "Air defence downed 52 of them, the statement read."
    )
    first, second = analyze(text, gazetteer=gazetteer).claims
    assert second.side == first.side == "UA"


@pytest.mark.parametrize(
    "tail",
    ["proceeding according to plan", "carried out according to international law"],
)
def test_according_to_a_plan_is_no_speaker(tail):
    text = f"The defence minister told reporters the operation was {tail}."
    (c,) = extract_claims(text, [])
    assert (c.source, c.cue) == ("the defence minister", "told")


def test_still_in_our_hands_contradicts_a_capture():
    text = (
        "The rebels said they had seized the airport. A military source told AFP the "
        'airport was "still in our hands."'
    )
    first, _ = extract_claims(text, [])
    assert first.status == "disputed"


def test_a_private_security_firm_is_independent():
    (c,) = extract_claims("The maritime security firm Ambrey said a tanker was hit.", [])
    assert c.side == "independent"


def test_a_denial_of_harm_answers_the_accusation_of_a_group_with_no_side(gazetteer):
    from geo import analyze

    text = (
        "Shelling of a market in Kadugli killed at least nine people, a local monitoring "
        "group said, blaming the army. The army said it had targeted fighters' positions. "
        "An army spokesman denied that civilians had been hurt."
    )
    first = analyze(text, gazetteer=gazetteer).claims[0]
    assert first.status == "denied"


def test_an_unverifiable_claim_after_a_semicolon_is_this_sentences_claim():
    text = (
        "The army said it had retaken a bridge near the town. The militia said its fighters "
        "had shot down a helicopter; the claim could not be independently verified."
    )
    first, second = extract_claims(text, [])
    assert first.status == "asserted"
    assert second.status == "unverified"


def test_a_confirmation_naming_a_place_confirms_the_claim_about_it(gazetteer):
    from geo import analyze

    text = (
        "Drones hit an oil depot in Luhansk overnight, the Russian-installed head of the "
        "region said. In Kharkiv, the mayor said a missile had damaged a school. "
        "Ukraine's General Staff confirmed the strike on the Luhansk depot."
    )
    claims = analyze(text, gazetteer=gazetteer).claims
    assert claims[0].status == "confirmed"
    assert claims[1].status == "asserted"


def test_a_retreat_from_one_place_confirms_no_capture_of_another(gazetteer):
    from geo import analyze

    text = (
        "Russia's Defence Ministry said its troops had captured the village of Dobropillia. "
        "Ukraine's army said its units had pulled back from two positions near Huliaipole."
    )
    capture, _ = analyze(text, gazetteer=gazetteer).claims
    assert capture.status != "confirmed"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The president told his French counterpart that the talks would resume in Geneva, "
         "presidential aide Anna Kovac said.", "Anna Kovac"),
        ("The minister told parliament that 40 drones had been downed, the ministry's press "
         "office said on Monday.", "the ministry's press office"),
    ],
)  # fmt: skip
def test_the_speaker_closing_a_sentence_reports_a_told_that_clause(text, source):
    (c,) = extract_claims(text, [])
    assert c.source == source


def test_a_told_that_clause_without_a_closing_speaker_is_the_tellers():
    text = "The president told his French counterpart that the talks would resume in Geneva."
    (c,) = extract_claims(text, [])
    assert (c.source, c.cue) == ("the president", "told")


def test_evidence_of_the_other_side_advancing_disputes_a_repelled_attack():
    text = (
        "The Russian Ministry of Defense claimed that Russian forces repelled Ukrainian "
        "attacks near Zarichne. Geolocated footage published on May 3 indicates that "
        "Ukrainian forces recently advanced in northern Zarichne."
    )
    claimed, _ = extract_claims(text, [])
    assert claimed.status == "disputed"


def test_evidence_of_an_advance_elsewhere_disputes_nothing():
    text = (
        "The Russian Ministry of Defense claimed that Russian forces repelled Ukrainian "
        "attacks near Zarichne. Geolocated footage published on May 3 indicates that "
        "Ukrainian forces recently advanced in northern Torske."
    )
    claimed, _ = extract_claims(text, [])
    assert claimed.status != "disputed"


def test_city_officials_speak_for_their_citys_country(gazetteer):
    from geo import analyze

    text = "A drone hit a house in Odesa overnight, wounding two people, city officials said."
    (c,) = analyze(text, gazetteer=gazetteer).claims
    assert c.side == "UA"


def test_ukmto_speaks_for_britain():
    (c,) = extract_claims("UKMTO said a vessel had reported a blast near its hull.", [])
    assert (c.side, c.party) == ("GB", "United Kingdom")


def test_a_miss_disputes_a_claimed_hit_but_not_a_near_miss_report():
    hit = (
        "The rebels said their missile had struck a tanker off Hodeida. A U.S. official "
        "said the missile had missed."
    )
    near = (
        "UKMTO said a missile had landed a mile from a tanker off Hodeida. A U.S. official "
        "said the missile had missed."
    )
    assert extract_claims(hit, [])[0].status == "disputed"
    assert extract_claims(near, [])[0].status == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis did not immediately claim the attack.",
        "The ministry has not yet said whether the bridge was hit.",
        "Kyiv never announced the operation.",
    ],
)
def test_a_negated_cue_is_no_attribution(text):
    assert extract_claims(text, []) == ()


def test_a_negated_confirmation_is_still_read():
    text = "Russia said it had captured the village. Kyiv did not confirm the claim."
    (c,) = extract_claims(text, [])
    assert c.status == "unverified"


def test_claims_after_a_nationality_are_a_noun():
    text = (
        "The plant's management said radiation levels were normal. Ukraine's energy "
        'ministry called the Russian claims "cynical lies."'
    )
    first, *rest = extract_claims(text, [])
    assert first.status == "denied"  # "cynical lies": untrue, a denial
    assert all(c.source != "the Russian" for c in rest)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Occupation authorities in Mariupol said the water supply had been restored.", "RU"),
        ("Ukrainian officials in occupied Kherson said the ferry had stopped.", "UA"),
    ],
)
def test_occupation_authorities_speak_for_the_occupier(gazetteer, text, side):
    from geo import analyze

    (c,) = analyze(text, gazetteer=gazetteer).claims
    assert c.side == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Defence Intelligence assessed that Russia had lost 40 tanks.", "GB"),
        ("Ukraine's Defence Intelligence said its drones hit a radar.", "UA"),
        ("The Defense Intelligence Agency said the missile was new.", None),
    ],
)
def test_defence_intelligence_is_britains_unless_named_otherwise(text, side):
    (c,) = extract_claims(text, [])
    assert c.side == side


def test_a_party_unaware_of_the_strike_disputes_it():
    text = (
        "An Israeli strike killed five people in Deir al-Balah, hospital officials said. "
        "The Israeli army said it was not aware of a strike in the area."
    )
    first, second = extract_claims(text, [])
    assert first.status == "disputed"
    assert second.responds_to == 0


def test_no_response_to_the_accusation_leaves_only_the_accusation_unverified():
    text = (
        "Governor Adam Musa said his fighters had withdrawn from the town to protect "
        "civilians. He accused the militia of killing dozens of people. The militia has not "
        "responded to the accusation."
    )
    withdrawn, accusation = extract_claims(text, [])
    assert withdrawn.status == "asserted"
    assert accusation.status == "unverified"


def test_no_response_to_a_request_for_comment_covers_the_speakers_run():
    text = (
        "Governor Adam Musa said his fighters had withdrawn from the town. He accused the "
        "militia of killing dozens of people. The militia did not respond to a request for "
        "comment."
    )
    assert [c.status for c in extract_claims(text, [])] == ["unverified", "unverified"]


def test_a_secretary_named_by_title_speaks_for_the_datelines_country(gazetteer):
    from geo import analyze

    text = (
        "WASHINGTON (AP) — Defense Secretary Pete Hegseth said Monday that U.S. strikes had "
        "hit radar sites in Yemen. American officials said more strikes were planned."
    )
    first = analyze(text, gazetteer=gazetteer).claims[0]
    assert first.side == "US"


@pytest.mark.parametrize(
    "position",
    [
        "Moscow has denied such attacks in the past.",
        "Russia, which denies targeting civilians, did not comment.",
    ],
)
def test_a_past_habit_or_a_partys_relative_clause_is_a_standing_position(position):
    text = f"A missile hit a school in Sumy, killing two, the governor said. {position}"
    assert extract_claims(text, [])[0].status in ("asserted", "unverified")


def test_an_allegation_the_party_has_repeatedly_denied_is_denied():
    text = (
        "The government said the militia had used foreign-supplied drones in the attack, "
        "an allegation the neighbouring state has repeatedly denied."
    )
    assert extract_claims(text, [])[0].status == "denied"


def test_a_confirmation_of_its_own_content_confirms_nothing_before():
    text = (
        "Russia's Defense Ministry claimed its troops had taken the village of Pishchane. "
        "An independent outlet has confirmed the names of more than 90,000 soldiers killed, "
        "a count it says is far below the real toll."
    )
    claimed, counted = extract_claims(text, [])
    assert claimed.status == "asserted"
    assert (counted.cue, counted.status) == ("confirmed", "confirmed")

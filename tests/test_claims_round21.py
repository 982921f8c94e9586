"""Claims after the twenty-first round's held-out articles (346-353): speakers listed or
described by a relative clause, a fact check's "We rate this claim False.", evidence
contradicting a claim named by its owner, answers past the answerer's own side's claim,
a headline's claim told again in the lead, reactions naming "the accusations".

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=dt.date(2026, 10, 16)):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    ("text", "source", "side"),
    [
        (
            "A Ukrainian soldier who identified himself as a sergeant of the brigade said in "
            "a video that his unit had no ammunition.",
            "a Ukrainian soldier",
            "UA",
        ),
        (
            "A Russian officer who described himself as a deputy commander of the regiment "
            "told a state channel that the bridge had been cut.",
            "a Russian officer",
            "RU",
        ),
        (
            "The Kharkiv crisis centre said two people were wounded.",
            "the Kharkiv crisis centre",
            "UA",
        ),
        (
            "The Mexican attorney general's office said it had no record of any seizure.",
            "the Mexican attorney general's office",
            "MX",
        ),
        (
            "The governments of Lithuania, Latvia, Estonia and Poland said in a joint statement "
            "that Russian aircraft had violated their airspace.",
            "the governments of Lithuania, Latvia, Estonia and Poland",
            None,
        ),
        (
            "Lithuania, Latvia and Estonia said in a joint statement that Russian aircraft had "
            "violated their airspace.",
            "Lithuania, Latvia and Estonia",
            None,
        ),
        (
            '"These incursions are deliberate," the four governments said.',
            "the four governments",
            None,
        ),
    ],
)
def test_speakers_listed_or_described(gazetteer, text, source, side):
    (c,) = analysed(gazetteer, text)
    assert (c.source, c.side) == (source, side)


def test_a_list_of_places_struck_is_no_speaker(gazetteer):
    claims = analysed(gazetteer, "Drones hit Kyiv, Odesa and Kharkiv overnight, officials said.")
    assert [c.source for c in claims] == ["officials"]


def test_an_open_source_group_of_a_country_is_independent(gazetteer):
    (c,) = analysed(
        gazetteer,
        "Footage geolocated by the Finnish open-source group Black Bird Group shows Russian "
        "soldiers raising a flag in Robotyne.",
    )
    assert c.side == "independent"


def test_we_rate_this_claim_false_denies_it(gazetteer):
    claims = analysed(
        gazetteer,
        "Fact check: No, Ukraine did not sell howitzers to a cartel\n\n"
        "Posts shared on Telegram claim that Ukrainian officers sold six howitzers to a "
        'cartel. One post, from an account calling itself "Frontline Z", says the deal was '
        "worth 12 million dollars.\n\nWe rate this claim False.",
    )
    assert [c.status for c in claims] == ["denied", "denied"]
    assert claims[1].source == "One post"
    assert not any("We rate" in c.text for c in claims)


def test_we_rate_in_a_news_story_rates_nothing(gazetteer):
    claims = analysed(
        gazetteer,
        "The army said it had repelled an attack near Bakhmut. We rate this claim False.",
    )
    assert claims[0].status == "asserted"


def test_evidence_contradicting_a_claim_named_by_its_owner(gazetteer):
    text = (
        "Ukraine's General Staff said on Wednesday that its forces had recaptured positions "
        "south of Robotyne. Footage geolocated by analysts shows Russian soldiers raising a "
        "flag over the same positions on Thursday, contradicting the Ukrainian claim."
    )
    claims = analysed(gazetteer, text)
    staff = claim_of(claims, "recaptured")
    assert staff.status == "disputed"
    assert staff.status_cue == "contradicting the Ukrainian claim"
    footage = claim_of(claims, "raising a flag")
    assert footage.responds_to == claims.index(staff)


def test_evidence_confirming_a_claim_named_by_its_owner(gazetteer):
    claims = analysed(
        gazetteer,
        "Russia's Defence Ministry said its troops had entered Dachne. Footage geolocated "
        "by analysts shows Russian soldiers in the village centre, confirming Moscow's claim.",
    )
    assert claim_of(claims, "entered Dachne").status == "confirmed"


def test_an_answer_past_the_answerers_own_side(gazetteer):
    text = (
        "Russia's Defence Ministry said its forces had encircled units of a Ukrainian brigade "
        "west of Kupiansk and cut their last supply road.\n\n"
        "A Ukrainian soldier said in a video that his unit had no food.\n\n"
        "Ukraine's Joint Forces Task Force said the supply road remained open and that "
        'reports of an encirclement were "enemy propaganda".'
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "encircled").status == "disputed"
    assert claim_of(claims, "no food").status == "asserted"


def test_no_answer_past_an_ally_in_the_allys_paragraph(gazetteer):
    text = (
        "RIA Novosti, citing the defence ministry, reported that Russian troops had captured "
        "the village of Dobropillia. Reuters could not independently verify the reports.\n\n"
        "Ukrainska Pravda reported that Ukrainian units had pulled back from two positions "
        "near Huliaipole. The Ukrainian southern command said fighting was continuing in the area."
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "Dobropillia").status == "unverified"


def test_remaining_open_to_talks_contradicts_nothing(gazetteer):
    claims = analysed(
        gazetteer,
        "The Russian Ministry of Defense claimed that Russian forces captured Pishchane. "
        "Ukrainian officials said Kyiv remains open to negotiations.",
    )
    assert claim_of(claims, "Pishchane").status == "asserted"


def test_a_headline_claim_shares_its_leads_status(gazetteer):
    text = (
        "Russia says it encircled Ukrainian brigade near Kupiansk\n\n"
        "KHARKIV, Ukraine, Jan 20 - Russia's Defence Ministry said on Monday its forces had "
        "encircled units of a Ukrainian mechanised brigade west of Kupiansk.\n\n"
        "Ukraine's Joint Forces Task Force said reports of an encirclement were false."
    )
    claims = analysed(gazetteer, text, dt.date(2027, 1, 20))
    assert claims[0].text.startswith("Russia says")
    assert claims[0].status == claims[1].status == "denied"


def test_rejecting_the_accusations_answers_the_claim_its_words_repeat(gazetteer):
    text = (
        "The governments of Lithuania, Latvia, Estonia and Poland said in a joint statement "
        "that Russian military aircraft had violated their airspace at least 14 times.\n\n"
        "Finland and Sweden said they had detected Russian drones over the Gulf of Finland.\n\n"
        "Russia's Defence Ministry rejected the accusations, saying its aircraft had flown "
        "over neutral waters."
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "violated").status == "disputed"
    assert claim_of(claims, "detected").status == "asserted"


def test_the_commission_named_again_keeps_its_side(gazetteer):
    claims = analysed(
        gazetteer,
        "The U.N. Independent International Commission of Inquiry on Ukraine said it had "
        "found evidence of torture in Kherson region. In its report, the commission said it "
        "had documented 41 cases.",
    )
    assert claim_of(claims, "41 cases").side == "independent"


def test_a_mutual_accusation_is_both_sides_and_disputed(gazetteer):
    (c,) = analysed(gazetteer, "Each side accused the other of shelling the plant.")
    assert (c.source, c.side, c.status) == ("each side", None, "disputed")


def test_a_one_sided_accusation_keeps_its_speaker(gazetteer):
    (c,) = analysed(gazetteer, "The army accused the rebels of shelling the market.")
    assert (c.source, c.status) == ("the army", "asserted")


def test_a_denier_after_but_who_blames_another_has_a_claim_of_their_own(gazetteer):
    claims = analysed(
        gazetteer,
        "Alexander Zakharchenko told reporters that rebels had launched an offensive on "
        "Mariupol, but the rebels later denied firing on the city and blamed Ukrainian forces.",
    )
    assert [c.source for c in claims] == ["Alexander Zakharchenko", "the rebels"]
    assert claims[0].status == "asserted"
    assert "blamed Ukrainian forces" in claims[1].text


def test_an_answer_reaches_the_partys_earlier_capture_claim(gazetteer):
    claims = analysed(
        gazetteer,
        "M23 rebels said on Wednesday they had taken control of the town of Pinga in "
        "North Kivu province.\n\n"
        '"Our forces have liberated Pinga," M23 spokesman Lawrence Kanyuka said.\n\n'
        "Congo's army spokesman said the rebels had been pushed back from the town.",
    )
    assert [c.status for c in claims[:2]] == ["disputed", "disputed"]


def test_the_court_named_again_speaks_for_the_court_named_before(gazetteer):
    (c,) = analysed(
        gazetteer,
        "Judges of the International Criminal Court found that two commanders were "
        "responsible for strikes on power plants, the court said in a statement.",
    )
    # the court's statement of its judges' finding ("found that" cues the finder too)
    assert c.source in ("the court", "judges of the International Criminal Court")
    assert c.side == "independent"


def test_a_court_never_named_has_no_side(gazetteer):
    (c,) = analysed(gazetteer, "The court said the two men were responsible for the fire.")
    assert c.side is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Both sides accused each other of violating the ceasefire near Kherson.", "both sides"),
        ("The two sides blamed each other for the collapse of the truce.", "the two sides"),
    ],
)
def test_mutual_accusations_in_other_words(gazetteer, text, source):
    (c,) = analysed(gazetteer, text)
    assert (c.source, c.side, c.status) == (source, None, "disputed")


def test_each_side_speaking_keeps_each(gazetteer):
    (c,) = analysed(gazetteer, "Each side said it had repelled attacks near the village.")
    assert (c.source, c.status) == ("Each side", "asserted")


def test_a_speaker_described_only_by_a_relative_clause(gazetteer):
    (c,) = analysed(
        gazetteer,
        "A man who identified himself as a Russian conscript told the BBC that his unit had "
        "been sent to Kursk without training.",
    )
    assert c.source == "a man"

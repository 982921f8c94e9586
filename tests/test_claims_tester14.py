"""Claims after a fourteenth tester's texts: a place inside a speaker's phrase, the
sides of rebels against a state, denials that call a claim false, withdrawals that
confirm nothing, no-comment lines that verify nothing, and speakers' names kept whole.

Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=None):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A spokesman for a Ukrainian battalion operating near Kupiansk said that Russian"
            " troops were massing armour.",
            "a spokesman for a Ukrainian battalion",
        ),
        ("Residents who fled to Sumy said shelling went on all night.", "residents"),
        ("A medic working outside Pokrovsk said the road was cut.", "a medic"),
    ],
)
def test_a_place_placing_the_speaker_is_not_the_speaker(gazetteer, text, source):
    (c,) = analysed(gazetteer, text)
    assert c.source == source


def test_a_place_after_of_in_a_title_still_belongs_to_it(gazetteer):
    (c,) = analysed(gazetteer, "The mayor of Kherson said two people were wounded.")
    assert c.source == "the mayor of Kherson"
    assert c.side == "UA"


@pytest.mark.parametrize(
    ("speaker", "party"),
    [
        ("Rebels in Ethiopia's Amhara region", "rebels"),
        ("An alliance of ethnic armed groups in Myanmar", "ethnic armed groups"),
        ("Insurgents in northern Mozambique", "insurgents"),
    ],
)
def test_fighters_of_no_state_take_no_country_side(gazetteer, speaker, party):
    # A country named beside rebels is where they fight, not whom they speak for.
    (c,) = analysed(gazetteer, f"{speaker} said they had captured a town near the border.")
    assert c.side is None
    assert c.party == party


def test_fighters_a_state_backs_are_not_taken_for_its_enemies(gazetteer):
    (c,) = analysed(gazetteer, "Pro-government militias in Sudan said they had retaken Bara.")
    assert c.party != "militias"


@pytest.mark.parametrize("request_words", ["", " to a request for comment on the talks"])
def test_a_party_silent_about_nothing_claimed_verifies_nothing(gazetteer, request_words):
    # Kyiv's words on its own needs name no Russian act: the Kremlin's silence answers none.
    text = (
        "Ukrainian President Volodymyr Zelenskiy said in his evening address that Ukraine"
        " needed more air defence systems to protect Odesa. The Kremlin did not immediately"
        f" respond{request_words}."
    )
    (c,) = analysed(gazetteer, text)
    assert c.status == "asserted"


def test_a_party_silent_about_a_claim_naming_it_leaves_it_unverified(gazetteer):
    text = (
        "Ukraine's air force said Russian drones hit a grain terminal in Izmail. The Kremlin"
        " did not immediately respond to a request for comment on the strike."
    )
    (c,) = analysed(gazetteer, text)
    assert c.status == "unverified"


def test_a_retreat_while_fighting_goes_on_disputes_a_capture(gazetteer):
    text = (
        "Russia's defence ministry said its troops had captured Kurakhove. Ukraine's army said"
        " its units had withdrawn from several streets of Kurakhove and that fighting"
        " continued in the town."
    )
    c = claim_of(analysed(gazetteer, text), "captured Kurakhove")
    assert c.status == "disputed"


def test_a_plain_retreat_still_concedes_a_capture(gazetteer):
    text = (
        "Russia's defence ministry said its troops had captured Kurakhove. Ukraine's army said"
        " its units had withdrawn from Kurakhove to save soldiers' lives."
    )
    c = claim_of(analysed(gazetteer, text), "captured Kurakhove")
    assert c.status == "confirmed"


def test_denying_an_encirclement_disputes_a_capture_it_does_not_deny(gazetteer):
    text = (
        "Russia's General Staff said Russian troops had taken Sudzha. Ukraine's military"
        " denied its forces were encircled, saying troops were moving to better lines."
    )
    claims = analysed(gazetteer, text)
    c = claim_of(claims, "had taken Sudzha")
    assert c.status == "disputed"
    assert claim_of(claims, "denied its forces").source == "Ukraine's military"


def test_denying_a_stated_encirclement_still_denies_it(gazetteer):
    text = (
        "Russia's General Staff said Russian troops had encircled Ukrainian units near Sudzha."
        " Ukraine's military denied its forces were encircled."
    )
    c = claim_of(analysed(gazetteer, text), "had encircled")
    assert c.status == "denied"


@pytest.mark.parametrize(
    ("call", "status"),
    [('"a lie"', "denied"), ("fabricated", "denied"), ('"pure propaganda"', "disputed")],
)
def test_calling_claims_that_something_happened_untrue_answers_them(gazetteer, call, status):
    text = (
        "Fighting went on near Huliaipole, a Ukrainian army spokesman told reporters. He called"
        f" Russian reports that Huliaipole had fallen {call}."
    )
    c = claim_of(analysed(gazetteer, text), "had fallen")
    assert c.side == "RU"
    assert c.status == status
    assert c.status_cue.startswith("He called Russian reports")


def test_calling_a_claim_named_before_untrue_is_still_the_callers_claim(gazetteer):
    text = (
        "Putin said his troops had taken Kupiansk. A Ukrainian army spokesman called Putin's"
        ' claim "a fantasy for television".'
    )
    c = claim_of(analysed(gazetteer, text), "a fantasy")
    assert c.side == "UA"


@pytest.mark.parametrize(
    ("text", "source", "side"),
    [
        (
            "The Lebanese transport minister said flights would resume at Beirut airport.",
            "the Lebanese transport minister",
            "LB",
        ),
        (
            "The Ukrainian energy minister said power was back in Kharkiv.",
            "the Ukrainian energy minister",
            "UA",
        ),
        (
            "Roads near Dayton flooded overnight, the weather service said.",
            "the weather service",
            None,
        ),
    ],
)
def test_a_portfolio_stays_in_the_speakers_phrase(gazetteer, text, source, side):
    (c,) = analysed(gazetteer, text)
    assert c.source == source
    assert c.side == side


@pytest.mark.parametrize(
    ("told", "side"),
    [("told TASS", "RU"), ("told the state news agency RIA Novosti", "RU"), ("told Reuters", None)],
)
def test_an_unnamed_source_speaks_for_the_state_whose_agency_it_told(gazetteer, told, side):
    (c,) = analysed(
        gazetteer, f"A source in law enforcement {told} that two drones fell in Tuapse."
    )
    assert c.side == side


def test_a_quote_said_by_a_retired_officer_is_a_claim(gazetteer):
    text = '"The front will not move this winter," said a retired NATO general.'
    (c,) = analysed(gazetteer, text)
    assert c.source == "a retired NATO general"


def test_it_said_after_a_plural_subject_is_the_body_that_spoke_before(gazetteer):
    text = (
        "The British agency UKMTO said a tanker was hit by a missile southeast of Aden. The crew"
        " were fighting a fire, it said."
    )
    c = claim_of(analysed(gazetteer, text), "fighting a fire")
    assert c.source == "UKMTO"


def test_a_no_comment_closing_the_claims_sentence_is_its_own_cue(gazetteer):
    text = "Israel said it struck a Hezbollah depot in Nabatieh; Hezbollah did not comment."
    (c,) = analysed(gazetteer, text)
    assert c.status == "unverified"
    assert c.status_cue == "Hezbollah did not comment"


def test_a_body_of_rebels_or_a_place_they_hold_is_not_the_rebels(gazetteer):
    text = "Officials in the rebel-held city of Hodeidah said 9 people were killed in strikes."
    (c,) = analysed(gazetteer, text)
    assert c.party != "rebel"

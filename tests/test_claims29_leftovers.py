"""Session 29 (claims29): a caveat over both sides' figures before a clause of its own
speaker; "believed by X to be" ends the agent at "to"; a sentence that only names its
speaker ("Lysak wrote on Telegram.") gives them the sentences around it; an owner's claim
rated in one sentence ("A Ukrainian channel's claim that ... is unconfirmed")."""

import pytest

from geo.text.claims.extract import extract_claims


def _claims(text: str):
    return extract_claims(text, [])


def test_a_caveat_over_both_sides_reaches_them_before_another_speakers_clause():
    text = (
        "Ukraine's General Staff said 1,020 Russian soldiers were killed over the past day. "
        "Russia's Ministry of Defence said its forces had killed up to 1,300 Ukrainian "
        "servicemen. Neither side's figures for the other's losses can be verified, and "
        "both are believed by Western analysts to be inflated."
    )
    claims = _claims(text)
    assert [c.status for c in claims[:2]] == ["unverified", "unverified"]
    assert claims[2].source == "Western analysts"


def test_a_passive_agent_ends_before_to_be():
    (c,) = _claims("The figures are believed by Western officials to be inflated.")
    assert c.source == "Western officials"


def test_a_sentence_naming_only_its_speaker_takes_the_sentences_around_it():
    text = (
        "A missile hit an apartment building in Dnipro, killing three people, Governor "
        "Serhii Lysak said. Rescue workers pulled two residents from the rubble alive. "
        "Lysak wrote on Telegram. Another 11 people were injured, including two children."
    )
    claims = _claims(text)
    assert [c.source for c in claims] == ["Serhii Lysak"] * 3
    assert claims[1].text.startswith("Rescue workers")
    assert claims[2].text.startswith("Another 11")


def test_a_sentence_naming_its_speaker_after_a_claim_adds_nothing():
    text = (
        "A missile hit an apartment building in Dnipro, Governor Serhii Lysak said. "
        "He wrote on Telegram."
    )
    claims = _claims(text)
    assert (
        claims[0].text
        == "A missile hit an apartment building in Dnipro, Governor Serhii Lysak said."
    )


@pytest.mark.parametrize(
    "text, source, status",
    [
        (
            "A Ukrainian channel's claim that Russian forces lost 40 soldiers near Sumy is "
            "unconfirmed.",
            "A Ukrainian channel",
            "unverified",
        ),
        (
            "Rybar's claim that two trucks were on the bridge is not supported by the footage.",
            "Rybar",
            "disputed",
        ),
        ("WarGonzo's report that the dam was hit is false.", "WarGonzo", "denied"),
    ],
)
def test_an_owners_claim_rated_in_its_sentence_is_the_owners(text, source, status):
    (c,) = _claims(text)
    assert (c.source, c.status) == (source, status)


def test_an_owners_claim_not_rated_is_no_claim_of_the_owner():
    claims = _claims("The ministry's claim that the dam was hit was repeated on television.")
    assert all(c.source != "The ministry" for c in claims)


def test_it_was_reported_by_an_agent_is_the_agents_report():
    (c,) = _claims(
        "It was reported by the Russian channel Astra that a fuel depot in Kursk had been hit."
    )
    assert (c.source, c.status) == ("Astra", "asserted")


def test_it_was_reported_without_an_agent_stays_a_hedge():
    (c,) = _claims("It was reported that a depot in Kursk had been hit.")
    assert (c.source, c.status) == (None, "unverified")


def test_the_words_after_an_apposed_denial_are_the_deniers():
    text = (
        "Russia's Defence Ministry said its troops had captured the village of Zelenyi Hai, "
        "a claim Ukraine's military rejected, saying the assault had been beaten back."
    )
    first, second = _claims(text)
    assert (first.source, first.status) == ("Russia's Defence Ministry", "disputed")
    assert first.text.endswith("rejected")
    assert second.source == "Ukraine's military"
    assert second.text.startswith("saying the assault")


def test_an_apposed_denial_without_words_of_its_own_stays_one_claim():
    text = (
        "Russia's Defence Ministry said its troops had captured the village of Zelenyi Hai, "
        "a claim Ukraine's military rejected."
    )
    (c,) = _claims(text)
    assert c.status in ("disputed", "denied")


def test_a_negated_withdrawal_concedes_nothing():
    text = (
        "The Israeli military said two projectiles had crossed from Lebanon and fallen in open "
        "areas. A Lebanese official told Reuters that a Hezbollah commander had told mediators "
        "that the group would not withdraw from the border area."
    )
    claims = _claims(text)
    assert claims[0].status != "confirmed"


def test_a_partys_confirmation_of_its_own_strike_stays_under_the_caveat():
    text = (
        "The General Staff confirmed that Ukrainian drones had struck an oil refinery in "
        "Russia's Samara region. Russia's Defence Ministry claimed it had destroyed 75 "
        "Ukrainian drones overnight. The claims of either side could not be independently "
        "verified."
    )
    claims = _claims(text)
    assert [c.status for c in claims[:2]] == ["unverified", "unverified"]


def test_an_outlets_confirmation_keeps_the_claim_out_of_the_caveat():
    text = (
        "Ukraine's air force said it shot down a Russian Su-34 jet over Kharkiv region. "
        "Reuters was able to confirm the downing. Russia's Defence Ministry claimed it had "
        "destroyed 75 Ukrainian drones overnight. Reuters could not independently verify "
        "the claims of either side."
    )
    assert _claims(text)[0].status == "confirmed"


def test_a_sentence_with_a_speaker_of_its_own_stays_out_of_the_run():
    text = (
        'In May, the singer tweeted, "Where is the convoy?" The Kyiv Post reported. '
        'The singer added hours later, "call me back in the next 24 hours."'
    )
    claims = _claims(text)
    assert [c.source for c in claims] == ["the Kyiv Post"]
    assert claims[0].text.startswith("In May")


@pytest.mark.parametrize(
    "answer",
    [
        "Ukraine's military spokesman called it 'fake news'.",
        '"It\'s fake news," said Viktor Trehubov, a Ukrainian military spokesman.',
        "Ukrainian officials described his statement as fake news.",
    ],
)
def test_fake_news_denies_the_claim_before(answer):
    text = "Russia's Defence Ministry spokesman said its forces had captured Bilozerske. " + answer
    assert _claims(text)[0].status == "denied"


def test_a_caveat_on_these_figures_reaches_the_speakers_counts_of_its_paragraph():
    text = (
        "The health ministry said 64 people were killed and 203 injured between 9 and 12 "
        "May. The health ministry also reported that 12 health workers were killed.\n\n"
        "OCHA is not able to independently verify these figures."
    )
    assert [c.status for c in _claims(text)] == ["unverified", "unverified"]


def test_a_caveat_on_these_figures_stays_in_the_paragraph_of_the_latest():
    text = (
        "The General Staff said its forces repelled 14 assaults near Pokrovsk.\n\n"
        "Russian losses amounted to about 1,020 personnel, the General Staff said. "
        "The figures could not be independently verified."
    )
    assert [c.status for c in _claims(text)] == ["asserted", "unverified"]


def test_an_assessment_that_a_side_does_not_hold_a_place_disputes_its_capture():
    text = (
        "A Russian milblogger claimed that Russian forces seized Novopavlivka. ISW assesses "
        "that Russian forces likely do not control the entire settlement."
    )
    assert _claims(text)[0].status == "disputed"


def test_an_assessment_about_the_other_side_leaves_the_capture_alone():
    text = (
        "A Russian milblogger claimed that Russian forces seized Novopavlivka. ISW assesses "
        "that Ukrainian forces likely do not control the nearby heights."
    )
    assert _claims(text)[0].status == "asserted"


def test_calling_them_something_not_untrue_points_back_at_nothing():
    text = (
        "Earlier this week, the senator poured scorn on intelligence claims that hackers "
        "helped swing the vote. The Kremlin denies US claims that Russia hacked official "
        'emails, and has called them "indecent".'
    )
    assert _claims(text)[0].status == "asserted"


def test_evidence_shared_widely_on_platforms_is_the_speaker():
    (c,) = _claims(
        "A video shared widely on X and Telegram shows a drone strike collapsing a bridge."
    )
    assert c.source == "a video"

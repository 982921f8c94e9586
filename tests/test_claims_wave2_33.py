"""Claims speakers and statuses from tester33's second wave: a relative clause about a
subject is no speaker of the subject's own cue (V3), a speaker looking into reports in
its own sentence is no caveat on its words (V7), the sides of the Tatmadaw and of the
Azov brigade (V30).

Every text here is written for these tests; no gazetteer is needed.
"""

from __future__ import annotations

import pytest

from geo.text.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "subject", "status"),
    [
        (
            "The FDLR, which Kigali and several analysts say is armed by Kinshasa, denied "
            "attacking the camp.",
            "the FDLR",
            "denied",
        ),
        (
            "The ADF, which Uganda says has bases in the forest, said it had taken the ridge.",
            "the ADF",
            "asserted",
        ),
        (
            "Russia, which Kyiv says has lost a thousand troops a day, has repeatedly denied "
            "heavy losses.",
            "Russia",
            "denied",
        ),
    ],
)
def test_a_relative_clause_about_the_subject_is_not_its_speaker(text, subject, status):
    inner, main = extract_claims(text, [])
    assert (main.source, main.status) == (subject, status)
    # the clause is its own speaker's claim about the subject, not denied by the subject
    assert inner.text.startswith(text[:6]) and "which" in inner.text and main.start > inner.end
    assert (inner.source != subject, inner.status) == (True, "asserted")


def test_a_relative_clause_of_a_speaker_after_the_main_clause_still_speaks():
    text = "Rebels shot down a drone, which the army said had been unarmed."
    claims = extract_claims(text, [])
    assert "the army" in [c.source for c in claims]


def test_a_relative_speaker_with_a_closing_speaker_leaves_the_sentence_to_the_closer():
    text = "The bridge, which officials said was rebuilt in May, collapsed, residents said."
    (claim,) = extract_claims(text, [])
    assert claim.source == "residents"


@pytest.mark.parametrize("verb", ["reviewing", "examining", "looking into"])
def test_a_speaker_looking_into_reports_leaves_its_own_claim_asserted(verb):
    text = (
        "The army said it hit a launch site near the coast, and that it was "
        f"{verb} the reports of casualties."
    )
    (claim,) = extract_claims(text, [])
    assert (claim.source, claim.status) == ("the army", "asserted")


def test_another_partys_silence_in_the_sentence_still_leaves_the_claim_unverified():
    text = "The army said it hit a launch site near the coast, but the rebels did not comment."
    claims = extract_claims(text, [])
    assert claims[0].status == "unverified"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The Tatmadaw said its troops retook the town on Monday.", "MM"),
        ("The Azov brigade said it held its positions near the river.", "UA"),
        ("The 12th Azov special forces brigade said it repelled three assaults.", "UA"),
    ],
)
def test_named_forces_have_their_states_side(text, side):
    (claim,) = extract_claims(text, [])
    assert claim.side == side


def test_the_sea_of_azov_names_no_party():
    from geo.text.claims.parties import named_party

    assert named_party("the Sea of Azov port authority") is None
    assert named_party("the Azov Sea coast") is None


def test_a_relative_clause_about_the_subject_is_no_description_of_its_side():
    text = "Rwanda, which U.N. experts say arms the M23 rebels, has denied supporting them."
    claim = extract_claims(text, [])[-1]
    assert claim.source == "Rwanda"
    assert claim.party != "M23"


@pytest.mark.parametrize("negation", ["did not confirm", "has not confirmed", "has yet to confirm"])
def test_a_party_not_confirming_what_a_relative_clause_says_is_no_speaker(negation):
    text = (
        f"Moscow {negation} the attack on the Kherson bridge, which Ukrainian officials "
        "said had cut the road."
    )
    (claim,) = extract_claims(text, [])
    assert (claim.source, claim.status) == ("Ukrainian officials", "unverified")
    assert claim.text.startswith("Moscow")


def test_a_confirmation_with_a_relative_clause_keeps_both_speakers():
    text = "The army confirmed the strike on the depot, which residents said caused a fire."
    assert [c.source for c in extract_claims(text, [])] == ["the army", "residents"]

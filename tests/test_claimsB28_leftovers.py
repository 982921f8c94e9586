"""Session 28 (claimsB28): the teller of "told X" speaks, not the one told; "denied Russian
claims that" takes the claims as an object and what the denier calls them is the denier's
claim; a post rated in the sentence that names it takes the verdict."""

import pytest

from geo.text.claims.extract import extract_claims


def _claims(text: str):
    return extract_claims(text, [])


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "An official of the Greek shipping company that manages the tanker, speaking on "
            "condition of anonymity because he was not authorized to talk to reporters, told "
            "The Associated Press that the crew of 23 was unharmed.",
            "an official of the Greek shipping company that manages the tanker",
        ),
        (
            "A senior officer of the brigade that holds the bridgehead, who asked not to be "
            "named because he was not cleared to brief the media, told AFP that the "
            "crossing was shelled twice.",
            "a senior officer of the brigade that holds the bridgehead",
        ),
    ],
)
def test_the_teller_speaks_not_the_outlet_told(text, source):
    (c,) = _claims(text)
    assert c.source == source


def test_an_inverted_speaker_after_said_is_still_read():
    (c,) = _claims("Two people were killed in the strike, said Ihor Prokudin, the governor.")
    assert c.source == "Ihor Prokudin"


def test_no_teller_before_told_gives_no_outlet_as_speaker():
    claims = _claims("In the village, told by neighbours to leave, residents told AFP they stayed.")
    assert all(c.source not in ("AFP",) for c in claims)


@pytest.mark.parametrize("verb", ["denied", "rejected", "dismissed"])
def test_claims_after_a_denial_verb_and_a_demonym_are_a_noun(verb):
    from geo.text.claims.cue_words import _cue_here
    from geo.text.claims.segmentation import tokenize_between

    text = f"Trehubov {verb} Russian claims that the town fell."
    toks = tokenize_between(text, 0, len(text))
    lows = [t.text.lower() for t in toks]
    assert not _cue_here(toks, lows, lows.index("claims"))


def test_the_russians_claim_is_still_a_cue():
    (c,) = _claims("The Russians claim they took the town.")
    assert c.source == "the Russians"


def test_what_the_denier_calls_the_denied_claim_is_the_deniers():
    text = (
        "Trehubov denied Russian claims that Russian forces had encircled Ukrainian units "
        'in Myrnohrad, calling them "fiction."'
    )
    first, frame = _claims(text)
    assert first.source.startswith("Russia") and first.status == "denied"
    assert "encircled" in first.text and "fiction" not in first.text
    assert frame.source == "Trehubov" and frame.text.startswith("calling them")
    assert frame.responds_to == 0


def test_a_denial_with_no_frame_stays_one_claim():
    text = "Voloshyn also denied Russian claims that Russian forces had crossed the river."
    (c,) = _claims(text)
    assert c.source.startswith("Russia") and c.status == "denied"


@pytest.mark.parametrize(
    "text, status",
    [
        (
            "A widely shared post claiming that Ukrainian forces had withdrawn from "
            "Kostiantynivka is false: footage shows soldiers in the city centre.",
            "denied",
        ),
        ("A viral video claiming that the dam was blown up is misleading.", "disputed"),
        ("A post alleging that the mayor fled the city is accurate.", "confirmed"),
    ],
)
def test_a_post_rated_in_its_sentence_takes_the_verdict(text, status):
    (c,) = _claims(text)
    assert c.status == status


def test_a_post_not_rated_stays_asserted():
    (c,) = _claims("A post claiming that the bridge was destroyed was shared 10,000 times.")
    assert c.status == "asserted"


def test_a_split_verdict_confirms_one_claim_and_leaves_the_other_unverified():
    text = (
        "Mrochko said a man and a woman were killed when shells hit the district. Another "
        "three people were wounded, he said, adding that a school had been damaged.\n\n"
        "The army said it had repelled an attack near the island.\n\n"
        "Reuters confirmed the two deaths from hospital records but was unable to verify "
        "the damage to the school."
    )
    deaths, damage, army = _claims(text)
    assert deaths.status == "confirmed" and deaths.status_cue.startswith("Reuters confirmed")
    assert damage.status == "unverified" and "school" in damage.status_cue
    assert army.status == "asserted"


def test_a_split_verdict_with_nothing_told_of_its_halves_changes_nothing():
    text = (
        "The governor said a drone attack caused a fire at a depot.\n\n"
        "Reuters confirmed the two deaths but could not verify the damage to the school."
    )
    claims = _claims(text)
    assert claims[0].status != "confirmed"


def test_the_targets_side_reporting_no_damage_disputes_the_hit():
    text = (
        "The Houthis claimed they had hit a tanker with two missiles, but the U.S. military "
        "said the vessel had reported no damage."
    )
    hit, answer = _claims(text)
    assert hit.status == "disputed" and "no damage" in hit.status_cue
    assert answer.responds_to == 0


def test_an_unharmed_crew_answers_the_hit_past_a_claim_of_no_hit():
    text = (
        "Saree said the rebels had struck the tanker Aegean Star.\n\n"
        "The security firm Ambrey said the ship had been targeted because its owner traded "
        "with Israel.\n\n"
        "A company official told Reuters that the crew was unharmed."
    )
    hit, motive, crew = _claims(text)
    assert hit.status == "disputed"
    assert motive.status == "asserted"
    assert crew.responds_to == 0


def test_no_damage_said_by_the_hitters_own_side_disputes_nothing():
    text = (
        "The ministry said its forces had struck a depot near the town.\n\n"
        "The ministry added that its own aircraft had suffered no damage."
    )
    first, _ = _claims(text)
    assert first.status == "asserted"


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "A member of the local emergency response room, a volunteer group that runs "
            "communal kitchens in the camp, told AFP that shells had fallen.",
            "a member of the local emergency response room",
        ),
        (
            "A spokesman for the port operator, speaking on condition of anonymity because "
            "the inquiry was not finished, told Reuters that two cranes were damaged.",
            "a spokesman for the port operator",
        ),
        (
            "Two members of the neighbourhood resistance committee said shells had fallen.",
            "two members of the neighbourhood resistance committee",
        ),
    ],
)
def test_the_person_of_a_body_speaks_not_the_body(text, source):
    (c,) = _claims(text)
    assert c.source == source


def test_a_body_after_a_verb_and_of_is_not_joined_to_it():
    (c,) = _claims("Drones hit the edge of the river port terminal, the governor said.")
    assert c.source == "the governor"


def test_a_caveat_on_this_information_covers_the_speakers_claims_of_the_paragraph():
    text = (
        "The governor said two drones were downed over the city.\n\n"
        "A source in the security services told TASS that Ukrainian commanders had started "
        "withdrawing units from the town. The source added that mercenaries had been seen "
        "leaving the city. There has been no official confirmation of this information."
    )
    governor, first, second = _claims(text)
    assert first.status == second.status == "unverified"
    assert governor.status == "asserted"


def test_a_caveat_on_one_claim_stops_at_another_speaker():
    text = (
        "The army said it had repelled an attack near the village. A source told TASS that "
        "units had withdrawn from the town. There has been no official confirmation of this "
        "information."
    )
    army, source = _claims(text)
    assert source.status == "unverified" and army.status == "asserted"


def test_a_denial_of_presence_answers_the_claim_of_use_not_the_toll_before():
    text = (
        "A strike hit a residential building in the town, killing four members of one "
        "family, the Red Cross reported. The army said the building was used by the group "
        "to store weapons; the group denied that it had any presence in the building."
    )
    toll, use, denial = _claims(text)
    assert toll.status == "asserted"
    assert use.status == "denied"
    assert denial.responds_to == 1


def test_a_denial_of_presence_with_no_claim_of_presence_keeps_its_target():
    text = (
        "A strike hit a residential building, killing four people, the Red Cross reported. "
        "The group said it had lost two men; the army denied that it had any presence in "
        "the building."
    )
    toll, lost, denial = _claims(text)
    # No claim tells presence in a building: the denial keeps the target the other
    # readings give it (the claim of its own sentence before the semicolon,
    # unanswered_denials.clause_answered), and the toll is not made denied.
    assert denial.responds_to == 1 and lost.status == "denied"
    assert toll.status == "asserted"


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Out on bond since his arrest in October, Moore, 19, told the judge at first that "
            "he was clean, but after testing positive, offered that he may have used drugs.",
            "Moore",
        ),
        (
            "Representative Thomas Washburne, Republican, 54, told Wikinews that he "
            "was involved in the talks.",
            "Thomas Washburne",
        ),
    ],
)
def test_the_name_before_short_asides_tells(text, source):
    (c,) = _claims(text)
    assert c.source == source


def test_a_place_opening_the_sentence_is_no_teller():
    assert all(c.source != "In Kyiv" for c in _claims("In Kyiv, Ukraine, told reporters that X."))


def test_everything_a_party_says_judged_is_no_claim_of_that_party_and_disputes_its_claim():
    text = (
        "The army spokesman said soldiers had pushed the rebels out of positions near the "
        "village of Kamanyola.\n\n"
        '"Everything Kinshasa says about Kamanyola is pure propaganda. Our forces have not '
        'moved one metre," Lawrence Kanyuka, a spokesman for the alliance, told Reuters.'
    )
    army, rebels = _claims(text)
    assert rebels.source == "Lawrence Kanyuka"
    assert army.status == "disputed" and rebels.responds_to == 0


@pytest.mark.parametrize(
    "text, source",
    [
        ("What the army said was that the town fell.", "the army"),
        ("A fire broke out after what Ukraine says was a drone attack.", "Ukraine"),
        ("His parents ran what Wess said was the largest bicycle shop in the county.", "Wess"),
        ("Russia says the town fell.", "Russia"),
    ],
)
def test_a_pseudo_cleft_or_a_plain_cue_keeps_its_speaker(text, source):
    (c,) = _claims(text)
    assert c.source == source

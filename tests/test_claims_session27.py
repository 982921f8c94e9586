"""Claims in session 27's wire copy and explainers: ages are no counts, explainers'
section headings are no claims, an outlet "was able to confirm" a claim (and a later
general caveat leaves it confirmed), ranks head a speaker's phrase, "denied 9 of 17
missions" is a refusal, a party that "did not name ... or provide evidence", a checker's
"no visible evidence" after its own images, and denials of presence in a building.

Every text here is written for these tests.
"""

import pytest

from geo.text.claims import extract_claims


def claims(text):
    return extract_claims(text, [])


def claim_with(text, words):
    return next(c for c in claims(text) if words in c.text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The governor said the bomb wounded six people, among them a 73-year-old woman "
         "and a 12-year-old boy.", [6]),
        ("Police said a seventy-three-year-old man and two children were killed.", [2]),
        ("The ministry said 14 people were hurt, including a 5-year-old girl.", [14]),
    ],
)  # fmt: skip
def test_ages_are_no_quantities(text, values):
    (c,) = claims(text)
    assert sorted(q.value for q in c.quantities) == values


@pytest.mark.parametrize(
    "heading", ["What the sides say", "What officials said", "What the footage shows",
                "How Kyiv reported", "What did the Kremlin say?"],
)  # fmt: skip
def test_explainer_headings_are_no_claims(heading):
    text = (
        "Kupiansk: what we know\n\n" + heading + "\n\n"
        "Russia's defence ministry said on Wednesday that its troops had taken the town.\n"
    )
    found = claims(text)
    assert [c.source for c in found] == ["Russia's defence ministry"]


def test_a_sentence_opening_with_what_stays_a_claim():
    (c,) = claims("What Russia says is that its troops took the town, the analyst said.")
    assert c.source == "the analyst"


@pytest.mark.parametrize("verb", ["was able to confirm", "managed to confirm", "confirmed"])
def test_an_outlet_able_to_confirm_confirms(verb):
    text = (
        "KYIV (Reuters) - Ukrainian air defences shot down a Russian drone over the "
        "Zaporizhzhia region on Wednesday, the regional military administration said.\n\n"
        f"Reuters {verb} the downing from photographs of the wreckage.\n"
    )
    assert claim_with(text, "shot down").status == "confirmed"


def test_a_confirmation_yet_to_come_confirms_nothing():
    text = (
        "The regional military administration said air defences shot down a drone. "
        "Investigators are working to confirm the downing."
    )
    assert claim_with(text, "shot down").status != "confirmed"


def test_a_later_general_caveat_leaves_a_confirmed_claim_confirmed():
    text = (
        "KYIV (Reuters) - Ukrainian air defences shot down a Russian drone over the "
        "Zaporizhzhia region on Wednesday, the regional military administration said.\n\n"
        "Reuters was able to confirm the downing from photographs of the wreckage.\n\n"
        "Russia's defence ministry said its forces had taken control of the village of "
        "Stepnohirsk.\n\n"
        "Reuters was not able to verify the battlefield accounts of either side.\n"
    )
    assert claim_with(text, "shot down").status == "confirmed"
    assert claim_with(text, "Stepnohirsk").status == "unverified"


@pytest.mark.parametrize("rank", ["sergeant", "lieutenant", "colonel", "corporal"])
def test_a_rank_heads_a_speaker(rank):
    text = (
        f"A Ukrainian {rank} serving with a brigade near the village told Reuters by "
        "telephone that his unit still held positions on the northern edge of the town."
    )
    (c,) = claims(text)
    assert c.source == f"a Ukrainian {rank}"
    assert c.side == "UA"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Israeli authorities denied 9 of 17 coordinated humanitarian missions to "
        "northern Gaza during the reporting period, according to OCHA.",
        "The authorities denied the convoys access to the north, according to OCHA.",
    ],
)
def test_a_refusal_is_no_denial(sentence):
    text = "Humanitarian partners report that 140 trucks entered Gaza. " + sentence
    assert claim_with(text, "140 trucks").status == "asserted"
    assert claim_with(text, "authorities denied").source == "OCHA"


def test_a_denial_that_names_missions_stays_a_denial():
    text = (
        "Aid groups said the army had blocked three missions. "
        "The army denied that any missions had been blocked."
    )
    assert claim_with(text, "blocked three").status in ("denied", "disputed")


@pytest.mark.parametrize(
    "caveat",
    ["It did not name the militant or provide evidence.",
     "It did not identify the building or publish any evidence."],
)  # fmt: skip
def test_withholding_a_name_or_evidence_leaves_unverified(caveat):
    text = "The Israeli military said it had struck a Hamas militant in the building. " + caveat
    assert claim_with(text, "struck").status == "unverified"


def test_no_visible_evidence_after_own_images_is_about_the_party():
    text = (
        "The Russian defence ministry said its aircraft had destroyed a deployment point "
        "of drone units in Kharkiv.\n\n"
        "Satellite images from Monday show a crater about 15 metres wide in the car park.\n\n"
        "We found no visible evidence of military equipment or vehicles at the site.\n"
    )
    assert claim_with(text, "deployment point").status == "unverified"
    assert claim_with(text, "crater").status == "asserted"
    assert not any(c.text.startswith("We found") for c in claims(text))


@pytest.mark.parametrize(
    ("claim", "answer"),
    [
        ('The Israeli military said it had struck "a Hamas militant operating from the '
         'building".', "Hamas said no fighters had been in the house."),
        ("The Russian defence ministry said its aircraft had destroyed a deployment point of "
         "drone units in Kharkiv.",
         "A Ukrainian official said drone units had not been stationed in the shopping "
         "centre."),
    ],
)  # fmt: skip
def test_a_denial_of_presence_disputes_a_claim_of_presence(claim, answer):
    c = claim_with(claim + " " + answer, claim[:30])
    assert c.status == "disputed"


def test_a_denial_of_presence_leaves_a_witness_account_alone():
    text = (
        "Israeli troops raided a hospital on Tuesday, the director of the hospital said. "
        "Hamas said no fighters were in the hospital."
    )
    assert claim_with(text, "raided").status == "asserted"


def test_one_of_them_with_a_role_is_that_person():
    text = (
        "Residents who fled told us they heard artillery.\n\n"
        "One of them, a 68-year-old retired teacher, said the last bus had left on Tuesday.\n\n"
        "One of them, speaking on condition of anonymity, said the town was empty.\n"
    )
    assert claim_with(text, "last bus").source == "a 68-year-old retired teacher"
    assert claim_with(text, "town was empty").source == "One of them"


def test_a_gerund_denial_of_another_matter_answers_nothing():
    text = (
        "A U.N. official said the wreckage appears consistent with a small drone. "
        "Rwanda has denied supporting the rebels."
    )
    assert claim_with(text, "wreckage").status == "asserted"
    assert claim_with(text, "Rwanda").status == "denied"


def test_a_gerund_denial_of_the_act_still_answers():
    text = (
        "Volunteers said RSF artillery fire on a crowded market killed 11 people. "
        "The RSF denied targeting civilians."
    )
    assert claim_with(text, "market").status == "denied"


@pytest.mark.parametrize(
    ("text", "source", "side"),
    [
        ("Rebels said they had shot down two drones, while the governor the rebels "
         "appointed for the province said the attack had killed three civilians.",
         "the governor the rebels appointed for the province", None),
        ("The governor Moscow installed in the region said the attack had killed three "
         "civilians.", "the governor Moscow installed in the region", "RU"),
        ("Partners on the ground report that families are collecting water.", "partners",
         None),
    ],
)  # fmt: skip
def test_a_reduced_relative_stays_in_the_speakers_phrase(text, source, side):
    c = claim_with(text, "killed three" if "killed" in text else "families")
    assert c.source == source
    assert c.side == side


def test_either_sides_accounts_skip_a_speaker_of_no_party_between_them():
    text = (
        "KYIV (Reuters) - Russian troops pressed assaults on a dozen villages on Wednesday, "
        "the Ukrainian General Staff said.\n\n"
        '"They come in small groups," said a sergeant whose unit holds positions outside '
        "the town.\n\n"
        "The Russian Defence Ministry said its forces had taken two villages. Reuters could not "
        "independently verify either side's battlefield accounts.\n"
    )
    assert claim_with(text, "pressed assaults").status == "unverified"
    assert claim_with(text, "taken two villages").status == "unverified"


def test_an_account_of_two_things_reaches_each_speaker_of_its_owner():
    text = (
        "Rebels said they had shot down two army drones, while the governor the rebels "
        "appointed for the province said the attack had killed three civilians.\n\n"
        "Reuters was not able to confirm the rebels' account of the drone downings or the "
        "deaths.\n"
    )
    assert claim_with(text, "shot down").status == "unverified"
    assert claim_with(text, "three civilians").status == "unverified"


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_caveat_stops_at_a_heading_in_either_newline_mode(gap):
    text = gap.join([
        "Key highlights",
        "Humanitarian partners report that at least 140 trucks entered Gaza this week.",
        "Gaza Strip",
        "According to the Ministry of Health, 38 Palestinians were killed and 112 injured. "
        "OCHA is unable to independently verify these figures.",
    ]) + "\n"  # fmt: skip
    assert claim_with(text, "140 trucks").status == "asserted"
    assert claim_with(text, "38 Palestinians").status == "unverified"

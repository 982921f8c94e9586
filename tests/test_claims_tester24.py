"""Claims after the twenty-fourth round's fresh-eyes tester: a denial of the denier's own
forces that answers no claim about them, a denial of an act that answers the claim
accusing the denier further back, a cue inside a noun phrase when the sentence names its
speaker at its end (and a dateline before it).

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=dt.date(2026, 11, 30)):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    ("text", "kept", "denial", "source", "side"),
    [
        (
            "Armenia's defence ministry said its troops had pulled back from positions near "
            "Sotk. Azerbaijan denied that its forces had fired on villages.",
            "pulled back",
            "Azerbaijan denied",
            "Azerbaijan",
            "AZ",
        ),
        (
            "The Congolese army said the soldiers had fallen back to Fizi, south of Baraka. "
            "Rwanda denied that its troops had crossed into the province.",
            "fallen back",
            "Rwanda denied",
            "Rwanda",
            "RW",
        ),
        (
            "Ukraine's General Staff said its units had withdrawn from two villages near "
            "Siversk. Russia denied that its soldiers had used chemical munitions there.",
            "withdrawn from",
            "Russia denied",
            "Russia",
            "RU",
        ),
        (
            "Sudan's army said its troops had fallen back from Bara after fierce fighting. "
            "Chad denied that its soldiers had taken part in the battle.",
            "fallen back",
            "Chad denied",
            "Chad",
            "TD",
        ),
    ],
)
def test_denial_of_own_forces_is_its_own_claim(gazetteer, text, kept, denial, source, side):
    claims = analysed(gazetteer, text)
    assert claim_of(claims, kept).status == "asserted"
    own = claim_of(claims, denial)
    assert (own.source, own.status, own.side) == (source, "denied", side)


def test_denial_of_own_withdrawal_still_answers_a_capture(gazetteer):
    claims = analysed(
        gazetteer,
        "Russia's defence ministry said its forces had captured Kurakhove. Ukraine's army "
        "denied that its troops had withdrawn from the town.",
    )
    assert claim_of(claims, "captured Kurakhove").status == "denied"


@pytest.mark.parametrize(
    ("text", "accusation", "middle"),
    [
        (
            "Thai and Cambodian soldiers clashed along the border overnight, the Thai army "
            "said, accusing Cambodia of a ceasefire violation. Villagers in Surin said shells "
            "fell near a school. Cambodia denied starting the clash.",
            "clashed along",
            "Villagers in Surin",
        ),
        (
            "Ethiopian and Eritrean forces fought near Zalambessa on Sunday, Ethiopia's "
            "government said, accusing Eritrea of an unprovoked attack. A farmer in Adigrat "
            "said artillery was heard all night. Eritrea denied launching the attack.",
            "fought near",
            "A farmer in Adigrat",
        ),
    ],
)
def test_denial_of_an_act_answers_the_accusation(gazetteer, text, accusation, middle):
    claims = analysed(gazetteer, text)
    assert claim_of(claims, accusation).status == "denied"
    assert claim_of(claims, middle).status == "asserted"


def test_denial_of_an_act_named_by_nobody_answers_the_claim_before(gazetteer):
    claims = analysed(
        gazetteer,
        "A shell hit a market in Kotli, killing two, residents said. Pakistan's army "
        "said India fired first. India denied shelling the market.",
    )
    assert claim_of(claims, "A shell hit").status == "denied"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "PARIS (AP) — The French navy boarded a tanker it said was part of a shadow fleet, "
            "President Emmanuel Macron said on Thursday.",
            "Emmanuel Macron",
        ),
        (
            "WASHINGTON (AP) — The U.S. Coast Guard seized a vessel it said was carrying "
            "cocaine off Ecuador, Homeland Security Secretary Kristi Noem said Tuesday.",
            "Kristi Noem",
        ),
        (
            "The Polish army shot down a drone it said had crossed from Belarus, Defence "
            "Minister Wladyslaw Kosiniak-Kamysz said Friday.",
            "Wladyslaw Kosiniak-Kamysz",
        ),
    ],
)
def test_speaker_named_after_a_nested_cue(gazetteer, text, source):
    (claim,) = analysed(gazetteer, text)
    assert claim.source == source


def test_nested_cue_with_no_speaker_after_is_the_subjects(gazetteer):
    (claim,) = analysed(
        gazetteer, "The Israeli military struck sites it said were used by Hezbollah in Tyre."
    )
    assert claim.source == "the Israeli military"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Al-Shabaab said its fighters attacked a base near Baidoa. Somalia's army said it "
            "repelled the assault. In Kenya, the group also claimed a roadside bomb near Mandera.",
            "SO",
        ),
        (
            "The Islamic State group claimed a raid near Menaka. Mali's army said it killed 20 "
            "militants. The group also said it seized weapons in the area.",
            "ML",
        ),
    ],
)
def test_the_group_is_not_the_state_body_before(gazetteer, text, state):
    claims = analysed(gazetteer, text)
    assert claims[1].side == state
    assert claims[2].source == "the group"
    assert claims[2].side is None


def test_the_group_after_an_organisation_is_that_organisation(gazetteer):
    claims = analysed(
        gazetteer,
        "Human Rights Watch said drones struck a market in Mopti. The group said at least "
        "nine people were killed.",
    )
    assert [c.side for c in claims] == ["independent", "independent"]


@pytest.mark.parametrize(
    "text",
    [
        "A woman was injured in Marhanets.",
        "The village of Bilozerka came under drone attack.",
        "In Kharkiv Oblast, Kupiansk has been shelled again.",
    ],
)
def test_passive_event_at_a_place_is_reported(gazetteer, text):
    (claim,) = analysed(gazetteer, text)
    assert (claim.source, claim.kind, claim.status) == (None, "reported", "asserted")


def test_passive_event_after_a_claim_is_its_own(gazetteer):
    claims = analysed(
        gazetteer,
        "Kupiansk was shelled again on Sunday, the governor said. Another man was wounded in "
        "Balakliia.",
    )
    assert [c.source for c in claims] == ["the governor", None]


@pytest.mark.parametrize(
    "text",
    [
        "The church in Kherson was destroyed in 2022.",
        "The bridge near Kherson was built in 1961.",
        "Residents of Kherson were expected to leave.",
        "The square in Kherson is named after a poet who was killed at the front.",
        "Viktor was wounded near Kherson.",
        "A monument in Kherson marks where a general was killed on June 4, 1920.",
    ],
)
def test_no_event_no_claim(gazetteer, text):
    assert not analysed(gazetteer, text)


def test_passive_event_at_a_settlement_the_index_lacks(gazetteer):
    claims = analysed(
        gazetteer,
        "The village of Kamanyola came under shelling. A man was killed in the city of "
        "Bakhmut in 2023.",
    )
    assert [c.text for c in claims] == ["The village of Kamanyola came under shelling."]


@pytest.mark.parametrize(
    "text",
    [
        "DAMASCUS, Dec 1, 2026 (Reuters) - Gunmen attacked a checkpoint near Jableh, the "
        "interior ministry said.",
        "KYIV, Nov 30, 2026 (Reuters) - Russian drones hit a power substation in Odesa, the "
        "regional governor said.",
    ],
)
def test_dateline_with_a_year_is_no_part_of_the_claim(gazetteer, text):
    (claim,) = analysed(gazetteer, text)
    assert claim.text.startswith(("Gunmen", "Russian drones"))


def test_dateline_with_a_year_ends_where_the_body_starts():
    from geo.text.claims.segmentation import dateline_end

    text = "KYIV, Nov 30, 2026 (Reuters) - Russian drones hit Odesa."
    assert text[dateline_end(text) :] == "Russian drones hit Odesa."

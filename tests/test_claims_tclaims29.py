"""Session 29 (tclaims29): evidence confirms the claim it matches and disputes a denial it
contradicts; confirmation by checked evidence outweighs a party's denial; a standing
denial right after the accusation answers it; a dismissal 'as "absolutely false"' of a
named report; a live blog's entry heading is no part of the claim under it."""

import pytest

pytestmark = pytest.mark.gazetteer


def _claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer).claims


def _of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    "strike, denial, finding",
    [
        (
            "Ukrainian forces struck the Novoshakhtinsk oil refinery in Rostov Oblast overnight, "
            "according to the Ukrainian General Staff.",
            "Rostov Oblast Governor Yuri Slyusar claimed that Russian air defenses downed 12 "
            "drones over the region and denied that the refinery was damaged.",
            "Geolocated footage confirms a fire at the refinery.",
        ),
        (
            "Ukraine's navy said its sea drones hit a fuel depot in Feodosia.",
            "Sergei Aksyonov, the Russian-installed head of Crimea, said debris had started a "
            "small fire and rejected claims that the depot was destroyed.",
            "Satellite images reviewed by Reuters confirmed that the depot was destroyed.",
        ),
    ],
)
def test_evidence_confirms_the_claim_not_the_denial_before_it(gazetteer, strike, denial, finding):
    claims = _claims(gazetteer, " ".join((strike, denial, finding)))
    strike_claim = claims[0]
    denier = claims[1]
    evidence = claims[2]
    assert strike_claim.status == "confirmed"
    assert denier.status == "disputed"
    assert evidence.responds_to == 0


def test_evidence_against_the_only_denial_confirms_nothing(gazetteer):
    claims = _claims(
        gazetteer,
        "Rostov Oblast Governor Yuri Slyusar said that air defenses downed 12 drones over the "
        "region and denied that the refinery was damaged. Geolocated footage confirms a fire "
        "at the refinery.",
    )
    assert claims[0].status == "disputed"
    assert claims[1].responds_to == 0


@pytest.mark.parametrize(
    "denial",
    [
        "Krasnodar regional officials denied the refinery was damaged.",
        "Russia's Defence Ministry rejected the claim.",
    ],
)
def test_checked_evidence_outweighs_a_partys_denial(gazetteer, denial):
    claims = _claims(
        gazetteer,
        "Ukraine's General Staff said its drones struck an oil refinery in Tuapse overnight. "
        + denial
        + " Satellite images reviewed by Reuters confirm a large fire at the site.",
    )
    assert claims[0].status == "confirmed"


@pytest.mark.parametrize(
    "claim, denial, status",
    [
        (
            "Russian forces killed 12 civilians in a strike on Dobropillia, Donetsk Governor "
            "Vadym Filashkin said.",
            "Russia denies targeting civilians.",
            "denied",
        ),
        (
            "In Sudan, RSF fighters shelled El Fasher, killing at least 15 civilians, according "
            "to local activists.",
            "The RSF denies targeting civilians.",
            "denied",
        ),
        # told of the past: a position of its own
        (
            "Medical sources said at least 30 civilians were killed by RSF shelling on the "
            "city's markets.",
            "The RSF has previously denied attacking civilians.",
            "asserted",
        ),
        # no accusation of the denier, nothing of what it denies
        (
            "A missile struck a hospital in Kharkiv, Mayor Ihor Terekhov said.",
            "Moscow denies targeting civilians.",
            "asserted",
        ),
    ],
)
def test_a_standing_denial_answers_the_accusation_just_before(gazetteer, claim, denial, status):
    claims = _claims(gazetteer, claim + " " + denial)
    assert claims[0].status == status


def test_a_standing_denial_in_another_paragraph_answers_nothing(gazetteer):
    claims = _claims(
        gazetteer,
        "Russian forces killed 12 civilians in a strike on Dobropillia, Donetsk Governor Vadym "
        "Filashkin said.\n\nRussia denies targeting civilians.",
    )
    assert claims[0].status == "asserted"
    assert claims[1].status == "denied"


@pytest.mark.parametrize(
    "dismissal",
    [
        'dismissed as "absolutely false" a report by the Financial Times that',
        "dismissed as 'completely false' a report by the Financial Times that",
        "dismissed as false a report by the Financial Times that",
    ],
)
def test_a_dismissed_report_is_the_reporters_claim_denied(gazetteer, dismissal):
    claims = _claims(
        gazetteer,
        f"Kremlin spokesman Dmitry Peskov {dismissal} Moscow was preparing a new offensive "
        "toward Zaporizhzhia.",
    )
    assert claims[0].source == "Financial Times"
    assert claims[0].status == "denied"
    assert "Peskov" in claims[0].status_cue


@pytest.mark.parametrize("heading", ["13:40 GMT - Kremlin rejects report", "Kremlin reacts"])
def test_an_entry_heading_is_no_part_of_the_claim_under_it(gazetteer, heading):
    text = (
        "Ukraine war live\n\n"
        f"{heading}\n"
        "Kremlin spokesman Dmitry Peskov said Moscow was not preparing a new offensive.\n"
    )
    claim = _of(_claims(gazetteer, text), "Peskov said")
    assert claim.text.startswith("Kremlin spokesman")
    assert claim.source == "Dmitry Peskov"


def test_heading_line():
    from geo.text.claims.section_headings import heading_line

    text = "13:40 GMT - Kremlin rejects report\nPeskov said it was false.\nHe said more."
    assert heading_line(text, 0, 34)
    assert not heading_line(text, 35, 60)  # a sentence closed by its full stop
    assert not heading_line("Kremlin rejects report\n\nPeskov said.", 0, 22)  # own paragraph


@pytest.mark.parametrize(
    "claim, rebuttal, caveat",
    [
        (
            "Russia's Defence Ministry said its troops had captured the village of Novopavlivka "
            "in the Dnipropetrovsk region.",
            'Ukraine\'s military spokesman Viktor Trehubov called the claim "a lie" and said '
            "fighting was ongoing in the area.",
            "The claim could not be independently verified.",
        ),
        (
            "The Houthis said they had struck a U.S. destroyer in the Red Sea.",
            "The Pentagon rejected the report, saying no ship had been hit.",
            "The report could not be independently verified.",
        ),
    ],
)
def test_the_claim_after_a_rebuttal_is_the_claim_rebutted(gazetteer, claim, rebuttal, caveat):
    claims = _claims(gazetteer, " ".join((claim, rebuttal, caveat)))
    assert claims[1].responds_to == 0
    assert claims[1].status == "asserted"  # the rebuttal is not "the claim"
    assert claims[0].status in ("denied", "disputed")


def test_the_claim_after_a_rebuttal_that_names_none_is_the_rebuttal(gazetteer):
    claims = _claims(
        gazetteer,
        "Sudan's army said it had repelled an attack by the Rapid Support Forces on Babanusa. "
        "The RSF rejected the army's account, saying its fighters had seized the army's 22nd "
        "Division headquarters in the city. The claim could not be independently verified.",
    )
    assert claims[1].status == "unverified"


def test_the_claim_after_a_claim_that_answers_nothing_is_that_claim(gazetteer):
    claims = _claims(
        gazetteer,
        "Russia's Defence Ministry said its troops had captured Novopavlivka. Ukraine's "
        "military said its forces repelled 12 attacks near Pokrovsk. The claim could not be "
        "independently verified.",
    )
    assert claims[1].status == "unverified"


@pytest.mark.parametrize(
    "title",
    [
        "The operational information as of 08:00 on 21.09.2026 regarding the Russian invasion",
        "Operational information as of 08:00 on 21.09.2026 regarding the Russian invasion",
        "The operational update as of 16:00 on 3.10.2026 regarding the full-scale invasion",
    ],
)
def test_a_staff_title_voices_its_summary(gazetteer, title):
    text = (
        f"{title}\n\nOver the past day, 164 combat engagements took place. The enemy used "
        "4,870 kamikaze drones.\n\nIn the Pokrovsk direction, our defenders stopped 40 "
        "assaults near Udachne and Zvirove.\n"
    )
    claims = _claims(gazetteer, text)
    assert [c.side for c in claims] == ["UA"] * 3
    assert all("General Staff" in (c.source or "") for c in claims)


@pytest.mark.parametrize(
    "retreat, status",
    [
        ("confirmed on Thursday that its troops had withdrawn from parts of the town.", "asserted"),
        ("said its troops had pulled back from some positions in the town.", "asserted"),
        ("said its troops had withdrawn from the town.", "confirmed"),
    ],
)
def test_a_retreat_from_part_of_a_town_concedes_nothing(gazetteer, retreat, status):
    claims = _claims(
        gazetteer,
        "Russia's Defence Ministry said its forces had taken full control of Chasiv Yar. "
        "Ukraine's Khortytsia group of forces " + retreat,
    )
    assert claims[0].status == status

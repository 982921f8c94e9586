"""What a denial, a caveat or a no comment is about: the claim it answers, not another.

A unit named with its ordinal ("Ukraine's 2nd Corps") speaks as a whole; a denial
in the perfect of an act in the claim's country answers it; a caveat over "either
side's accounts" reaches both sides' claims; a no comment by a party the claim
does not name leaves it alone.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def analyze(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer).claims


@pytest.mark.parametrize(
    ("joint", "denier", "side"),
    [
        ("; ", "Ukraine's 2nd Corps", "UA"),
        (". ", "Ukraine's 2nd Corps", "UA"),
        ("; ", "Ukraine's 3rd Separate Assault Brigade", "UA"),
        (". ", "Russia's 20th Guards Army", "RU"),
    ],
)
def test_a_unit_named_by_its_ordinal_denies_the_claim_before(gazetteer, joint, denier, side):
    other = "Ukrainian" if side == "RU" else "Russian"
    claimant = f"the {other} defence ministry"
    text = (
        f"{other} forces have entered Kupiansk, {claimant} claimed{joint}"
        f"{denier} said the claim was not true."
    )
    first, answer = analyze(gazetteer, text)
    assert first.status == "denied"
    assert answer.source == denier
    assert answer.side == side
    assert answer.responds_to == 0


def test_a_unit_without_a_country_keeps_its_ordinal(gazetteer):
    text = "Russia said it had taken Siversk. The 47th Mechanized Brigade said the claim was false."
    first, answer = analyze(gazetteer, text)
    assert answer.source == "the 47th Mechanized Brigade"
    assert first.status == "denied"


@pytest.mark.parametrize(
    ("claim", "denial"),
    [
        (
            "Moldova says fragments of a Russian drone fell near Ceadîr-Lunga, in Gagauzia.",
            "Moscow has denied sending drones into Moldovan airspace.",
        ),
        (
            "Poland's army said a Russian drone crashed in a field near Przewodów.",
            "Moscow has denied flying drones over Poland.",
        ),
        (
            "Ukraine's air force said Russian missiles struck an energy plant near Burshtyn.",
            "Moscow has denied striking the plant near Burshtyn, calling it a provocation.",
        ),
    ],
)
def test_a_perfect_denial_of_an_act_in_the_claims_country_answers_it(gazetteer, claim, denial):
    first, answer = analyze(gazetteer, f"{claim} {denial}")
    assert first.status == "denied"
    assert answer.source == "Moscow"
    assert answer.responds_to == 0


@pytest.mark.parametrize(
    "denial",
    [
        "Moscow has repeatedly denied sending drones into Moldovan airspace.",  # a habit
        "Moscow has denied targeting civilians.",  # a kind of act, nowhere
        "Moscow has denied sending troops to Africa.",  # somewhere else
    ],
)
def test_a_standing_denial_in_the_perfect_answers_nothing(gazetteer, denial):
    claim = "Moldova says fragments of a Russian drone fell near Ceadîr-Lunga, in Gagauzia."
    first, answer = analyze(gazetteer, f"{claim} {denial}")
    assert first.status == "asserted"
    assert answer.responds_to is None


@pytest.mark.parametrize(
    ("sentence", "owner", "side"),
    [
        (
            "ISW assesses that Russian forces are unlikely to seize Kostyantynivka soon, despite "
            "Russian milbloggers' claims that Russian forces have entered the city's outskirts.",
            "Russian milbloggers",
            "RU",
        ),
        (
            "The analysts said Ukrainian troops still held Kupiansk, contrary to claims by "
            "Russia's Defence Ministry that the town had fallen.",
            "Russia's Defence Ministry",
            "RU",
        ),
        (
            "ISW assessed that Russian forces have not crossed the Vovcha River, in spite of "
            "Ukrainian officials' reports that fighting was under way in Novopavlivka.",
            "Ukrainian officials",
            "UA",
        ),
    ],
)
def test_a_claim_set_against_an_assessment_is_its_owners_own(gazetteer, sentence, owner, side):
    text = f"{sentence} ISW has not observed confirmation of these claims."
    outer, inner = analyze(gazetteer, text)
    assert inner.source == owner and inner.side == side
    assert inner.status == "unverified"  # "these claims": the owner's, not the assessment
    assert outer.status == "asserted" and outer.end <= inner.start


def test_a_silent_party_the_analysts_claim_does_not_name_leaves_it_alone(gazetteer):
    text = (
        "Rob Lee, a senior fellow at the Foreign Policy Research Institute in Philadelphia, "
        "said the fall of Pokrovsk would open the road to Kramatorsk.\n\n"
        "The Pentagon declined to comment."
    )
    (c,) = analyze(gazetteer, text)
    assert c.status == "asserted"
    assert c.side == "independent"  # a think tank's scholar, not the city's country


@pytest.mark.parametrize(
    "speaker",
    [
        "Jane Doe, a professor at the University of Toronto,",
        "Michael Kofman, a senior fellow at the Carnegie Endowment in Washington,",
    ],
)
def test_a_scholar_at_an_institution_is_independent(gazetteer, speaker):
    (c,) = analyze(gazetteer, f"{speaker} said Russia would keep attacking Pokrovsk.")
    assert c.side == "independent"


def test_a_silence_about_a_partys_claim_still_reaches_it(gazetteer):
    text = (
        "Ukraine's air force said it shot down 40 Russian drones over Kharkiv.\n\n"
        "Russia's Defence Ministry did not respond to a request for comment."
    )
    (c,) = analyze(gazetteer, text)
    assert c.status == "unverified"


@pytest.mark.parametrize(
    "caveat",
    [
        "Reuters could not independently verify either side's battlefield accounts.",
        "Neither side's frontline claims could be independently confirmed.",
        "The AP could not verify both sides' accounts.",
    ],
)
def test_a_caveat_over_both_sides_accounts_reaches_both_claims(gazetteer, caveat):
    text = (
        "Russia said on Friday its forces had captured the village of Novoselivka, while Kyiv "
        "said its troops had pushed Russian units back from the outskirts of Huliaipole.\n\n"
        f"{caveat}"
    )
    claims = analyze(gazetteer, text)
    assert [(c.source, c.status) for c in claims] == [
        ("Russia", "unverified"),
        ("Kyiv", "unverified"),
    ]


def test_a_caveat_over_battlefield_accounts_leaves_a_strike_report_alone(gazetteer):
    text = (
        "Russian missiles hit a power plant in Kharkiv overnight, Mayor Ihor Terekhov said. "
        "Russia's Defence Ministry said its forces had captured Kurylivka. Ukraine's army "
        "said it had repelled 20 attacks near Kurylivka.\n\n"
        "Neither side's battlefield reports could be independently verified."
    )
    mayor, *fighting = analyze(gazetteer, text)
    assert mayor.status == "asserted"
    assert all(c.status == "unverified" for c in fighting)


@pytest.mark.parametrize(
    ("opening", "code"),
    [("In Burkina Faso,", "BF"), ("Meanwhile, in neighbouring Niger,", "NE")],
)
def test_a_national_source_speaks_for_the_country_its_claim_opens_in(gazetteer, opening, code):
    text = (
        "PORT SUDAN, Sudan (AP) — The RSF said it had taken Babanusa.\n\n"
        f"{opening} an attack on an army post killed at least 50 soldiers, according to "
        "security sources."
    )
    _, c = analyze(gazetteer, text)
    assert c.side == code


def test_a_datelines_country_is_no_place_a_silent_party_is_named_by(gazetteer):
    text = (
        "WASHINGTON (AP) — Dara Massicot, a senior fellow at the Carnegie Endowment in "
        "Washington, said Russia was trading heavy losses for small gains near Pokrovsk.\n\n"
        "The State Department declined to comment."
    )
    (c,) = analyze(gazetteer, text)
    assert c.status == "asserted" and c.side == "independent"


def test_a_local_official_speaks_for_the_country_of_the_claims_places(gazetteer):
    text = (
        "N'DJAMENA, Chad (AFP) — Chad's army said it had repelled an attack near Lake Chad.\n\n"
        "In Mali, an ambush near Gao left 15 soldiers dead, according to a local official."
    )
    _, c = analyze(gazetteer, text)
    assert c.side == "ML"


@pytest.mark.parametrize(
    "agency",
    ["The U.N. migration agency", "The UN refugee agency", "The EU border agency"],
)
def test_a_bodys_initials_and_what_it_does_name_it_whole(gazetteer, agency):
    (c,) = analyze(gazetteer, f"{agency} said 300 people had crossed near Kassala.")
    assert c.source == agency.replace("The", "the", 1)


def test_a_no_comment_on_a_sides_claims_reaches_its_run(gazetteer):
    text = (
        "Russia's Defence Ministry said its forces had taken Pishchane. It said its air "
        "defences downed 40 drones over the Bryansk region.\n\n"
        "Kyiv has not commented on the Russian claims."
    )
    assert [c.status for c in analyze(gazetteer, text)] == ["unverified", "unverified"]


@pytest.mark.parametrize(
    ("opening", "side"),
    [
        ("According to Yan Gagin, adviser to the head of the DPR,", "RU"),
        ("According to Dara Massicot, a fellow at an institute in Washington,", "independent"),
    ],
)
def test_a_description_after_an_according_to_name_tells_the_side(gazetteer, opening, side):
    (c,) = analyze(gazetteer, f"{opening} Ukrainian units are regrouping near Kurakhove.")
    assert c.side == side


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        (
            "Russian forces have not advanced in Kostyantynivka, despite Russian milbloggers' "
            "claims that they entered the city.",
            "Russian milbloggers",
        ),
        ("Ukrainian forces still hold Pokrovsk despite Moscow's claims that it fell.", "Moscow"),
    ],
)
def test_a_claim_set_against_the_articles_own_account_is_its_owners(gazetteer, sentence, owner):
    own, theirs = analyze(gazetteer, sentence)
    assert own.source is None and own.side == "independent"
    assert theirs.source == owner and theirs.side == "RU"
    assert own.end <= theirs.start

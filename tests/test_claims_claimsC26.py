"""A fresh reader's claims findings, each a kind: a caveat on "the battlefield
accounts" does not reach an official's report of what "the attack" damaged, and an
expert quoted by a state's outlet ("told RT") speaks for that state.

Every text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def analyze(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer).claims


# 1. "the attack damaged ..." is the aftermath of a strike, not a battlefield account.
@pytest.mark.parametrize(
    ("report", "front", "caveat"),
    [
        (
            "Lysak said the attack also damaged a school in Dnipro.",
            "Russia's defence ministry said its forces had taken control of Kindrashivka, "
            "north of Kupiansk.",
            "Reuters could not independently verify the battlefield accounts.",
        ),
        (
            "The overnight drone attack killed two people and damaged a clinic in Sumy, "
            "the regional governor said.",
            "Ukraine's General Staff said its troops had repelled 20 assaults near Pokrovsk.",
            "The AP was unable to verify the battlefield claims.",
        ),
        (
            "Mayor Ihor Terekhov said an attack on Kharkiv had injured five residents.",
            "The Russian Defence Ministry claimed its forces had advanced near Vovchansk.",
            "Reuters could not independently confirm the front-line reports.",
        ),
    ],
)
def test_battlefield_caveat_spares_an_attacks_aftermath(gazetteer, report, front, caveat):
    first, second = analyze(gazetteer, f"{report}\n\n{front} {caveat}")
    assert first.status == "asserted"
    assert second.status == "unverified"


def test_battlefield_caveat_still_reaches_an_attack_of_forces(gazetteer):
    text = (
        "Ukraine's army said its attack near Robotyne had pushed Russian troops back.\n\n"
        "Russia's defence ministry said its forces had captured Krynky. "
        "Reuters could not independently verify the battlefield accounts."
    )
    first, second = analyze(gazetteer, text)
    assert first.status == "unverified"
    assert second.status == "unverified"


# 2. An expert or commentator telling a state's outlet speaks for that state.
@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        (
            "Ukrainian troops have lost Yampil, retired colonel Viktor Baranets told RIA Novosti.",
            "RU",
        ),
        (
            "Russian forces are pushing toward Kramatorsk, military expert Andrey Marochko "
            "told RT.",
            "RU",
        ),
        ("Kyiv has run out of reserves near Kupiansk, a military analyst told TASS.", "RU"),
        (
            "Ukrainian troops have lost Yampil, political scientist Sergei Markov told "
            "RIA Novosti.",
            "RU",
        ),
        (
            "Russian forces are pushing toward Kramatorsk, military expert Michael Kofman "
            "told Reuters.",
            "independent",
        ),
    ],
)
def test_expert_quoted_by_a_state_outlet(gazetteer, sentence, side):
    (claim,) = analyze(gazetteer, sentence)
    assert claim.side == side


# 3. A head of government named by the title alone ("Germany's chancellor", "the Italian
# premier") is a speaker: the second speaker of a "while" sentence keeps a claim.
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Hungary's foreign minister said Budapest would not support new sanctions, while "
            "Germany's chancellor said in Berlin that the bloc should move ahead regardless.",
            [("Hungary's foreign minister", "HU"), ("Germany's chancellor", "DE")],
        ),
        (
            "Poland's prime minister said Warsaw would send no troops, while the Italian "
            "premier said Rome was ready to help.",
            [("Poland's prime minister", "PL"), ("the Italian premier", "IT")],
        ),
        (
            "The Austrian chancellor said Vienna would stay neutral.",
            [("the Austrian chancellor", "AT")],
        ),
    ],
)
def test_head_of_government_by_title_is_a_speaker(gazetteer, text, speakers):
    claims = analyze(gazetteer, text)
    assert [(c.source, c.side) for c in claims] == speakers


# 4. A denial of the denier's own losses answers a claim of killing its fighters.
@pytest.mark.parametrize(
    "text",
    [
        "The army said it had killed 60 fighters near Segou. A JNIM statement relayed by the "
        "SITE Intelligence Group denied that its fighters had suffered losses.",
        "Burkina Faso's army said its soldiers had killed dozens of militants near Djibo. "
        "The group denied that its fighters had suffered heavy casualties.",
        "Nigeria's army said troops had killed 35 insurgents near Damboa. Boko Haram denied "
        "that its fighters had suffered losses.",
    ],
)
def test_denied_losses_answer_the_killing(gazetteer, text):
    (claim,) = analyze(gazetteer, text)
    assert claim.status == "denied"


def test_denied_losses_leave_a_killing_of_civilians(gazetteer):
    text = (
        "Congo's army said the troops had killed 20 civilians near Uvira. "
        "Burundi denied that its soldiers had suffered losses."
    )
    first, second = analyze(gazetteer, text)
    assert first.status == "asserted"
    assert second.source == "Burundi"

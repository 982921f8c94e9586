"""Claims answered in other words (articles 430-439): a capture answered by "had not
fallen", "no soldier has entered", "were still in", "the village is ours"; a side's
account named by one of its bodies ("rejected the army's account") reaching a ministry or
a spokesman; "a claim the junta has not disputed" disputing nothing; and the same words
about another place leaving the claim alone.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=dt.date(2027, 6, 1)).claims


def holding(found, words):
    return next(c for c in found if words in c.text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Russia's Defence Ministry said its troops had entered the village of Ivanopillia.\n\n"
            '"No Russian soldier has entered Ivanopillia," a Ukrainian army spokesman, '
            "Viktor Trehubov, said.",
            "entered the village of Ivanopillia",
        ),
        (
            "Congo's army said on Sunday it had recaptured the town of Minova from the rebels.\n\n"
            "M23 spokesman Willy Ngoma said the rebels' fighters were still in Minova.",
            "recaptured the town of Minova",
        ),
        (
            "The Arakan Army said it had overrun an army base in Ponnagyun township.\n\n"
            "A junta spokesman, Zaw Min Tun, said the base had not fallen.",
            "overrun an army base",
        ),
        (
            "Russia's Defence Ministry said its forces had captured the village of Hryhorivka. "
            "\n\nThe village is ours, a Ukrainian brigade commander, Ivan Hrebin, said.",
            "captured the village of Hryhorivka",
        ),
    ],
)
def test_a_holding_answer_disputes_a_capture(gazetteer, text, claim):
    assert holding(claims(gazetteer, text), claim).status == "disputed"


@pytest.mark.parametrize(
    ("text", "claim", "count"),
    [
        (
            "The Arakan Army said it had overrun a regional command headquarters in Ann "
            "township. The group said its fighters had captured more than 300 soldiers.\n\n"
            "A junta spokesman, Zaw Min Tun, said the headquarters had not fallen.",
            "overrun a regional command headquarters",
            "captured more than 300 soldiers",
        ),
        (
            "The M23 said it had seized the city of Goma. The rebels said they had taken "
            "40 government soldiers prisoner.\n\n"
            "An army spokesman, Sylvain Ekenge, said no rebel fighter had set foot in the city.",
            "seized the city of Goma",
            "taken 40 government soldiers",
        ),
    ],
)
def test_a_holding_answer_reaches_the_capture_past_a_count(gazetteer, text, claim, count):
    found = claims(gazetteer, text)
    assert holding(found, count) is not holding(found, claim)  # two claims
    assert holding(found, claim).status == "disputed"


@pytest.mark.parametrize(
    "text",
    [
        "Russia's Defence Ministry said its forces had captured the village of Hryhorivka."
        "\n\nUkrainian troops remained in Siversk, a Ukrainian brigade commander, Ivan Hrebin, "
        "said.",
        "Congo's army said on Sunday it had recaptured the town of Minova.\n\n"
        "M23 spokesman Willy Ngoma said no government soldier had set foot in Bukavu.",
    ],
)
def test_a_holding_answer_about_another_place_disputes_nothing(gazetteer, text):
    found = claims(gazetteer, text)
    assert found[0].status == "asserted"


@pytest.mark.parametrize(
    ("text", "claims_of_side"),
    [
        (
            "Sudan's Ministry of Defence said the army had repelled an RSF assault on El "
            "Fasher.\n\nThe RSF dismissed the army's statement as lies.",
            ("repelled an RSF assault",),
        ),
        (
            "Sudan's army said its forces had broken the siege of Babanusa. Army spokesman "
            "Nabil Abdallah said troops had cleared three villages.\n\n"
            "The RSF rejected the army's account.",
            ("broken the siege of Babanusa", "cleared three villages"),
        ),
        (
            "Myanmar's military government said troops had retaken Hpakant. A junta "
            "spokesman said 40 rebels had been killed.\n\n"
            "The Kachin Independence Army rejected the junta's account.",
            ("retaken Hpakant", "40 rebels had been killed"),
        ),
    ],
)
def test_a_sides_account_is_its_bodies_claims(gazetteer, text, claims_of_side):
    found = claims(gazetteer, text)
    for words in claims_of_side:
        assert holding(found, words).status in ("disputed", "denied"), words


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The Arakan Army said it had captured the town of Kyauktaw last month, a claim "
            "the junta has not disputed.",
            "captured the town of Kyauktaw",
        ),
        (
            "The M23 said it had taken Nyabiondo, which the army did not contest.",
            "taken Nyabiondo",
        ),
        (
            "Russia's Defence Ministry said its forces had taken Kurdiumivka, a claim Kyiv "
            "hasn't disputed.",
            "taken Kurdiumivka",
        ),
    ],
)
def test_a_negated_dispute_disputes_nothing(gazetteer, text, claim):
    assert holding(claims(gazetteer, text), claim).status != "disputed"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "A gang leader said in a video that his men had freed about 500 inmates from the "
            "prison. The police said officers had pulled back to a base. A police spokesman "
            'said the figure of escaped inmates was "grossly inflated."',
            "freed about 500 inmates",
        ),
        (
            "JNIM said its fighters had killed 60 soldiers in Djibo. The army said it had "
            "sent reinforcements to the town. An army spokesman said the number of soldiers "
            "killed was exaggerated.",
            "killed 60 soldiers",
        ),
        (
            "The RSF said it had captured 200 army soldiers near Bara. Sudan's army said its "
            "aircraft had struck RSF convoys. A military spokesman said the number of "
            "soldiers captured was false.",
            "captured 200 army soldiers",
        ),
    ],
)
def test_a_figure_named_by_its_noun_answers_the_claim_giving_it(gazetteer, text, claim):
    # "false" denies, "inflated" and "exaggerated" dispute
    assert holding(claims(gazetteer, text), claim).status in ("disputed", "denied")


def test_a_figure_of_something_else_answers_no_count(gazetteer):
    text = (
        "A gang leader said in a video that his men had freed about 500 inmates from the "
        "prison. The police said officers had pulled back to a base. A police spokesman said "
        "the number of officers wounded was exaggerated."
    )
    assert holding(claims(gazetteer, text), "freed about 500 inmates").status == "asserted"


@pytest.mark.parametrize(
    ("text", "party", "witness"),
    [
        (
            "JNIM said its fighters had killed dozens of soldiers at an army post in northern "
            "Burkina Faso. A resident of Djibo said the shooting lasted four hours. Burkina "
            "Faso's ruling junta has not commented on the attack.",
            "killed dozens of soldiers",
            "the shooting lasted four hours",
        ),
        (
            "The Islamic State Sahel Province said its fighters had ambushed a Malian army "
            "convoy near Menaka. Villagers said they heard explosions for an hour. Mali's army "
            "has not commented on the ambush.",
            "ambushed a Malian army convoy",
            "heard explosions for an hour",
        ),
    ],
)
def test_a_partys_silence_answers_the_party_not_the_witness(gazetteer, text, party, witness):
    found = claims(gazetteer, text)
    assert holding(found, party).status == "unverified"
    assert holding(found, witness).status == "asserted"


def test_a_partys_silence_after_a_witness_alone_marks_the_witness(gazetteer):
    text = (
        "A resident of Djibo said soldiers had fired on a market in northern Burkina Faso. "
        "Burkina Faso's ruling junta has not commented on the shooting."
    )
    assert holding(claims(gazetteer, text), "fired on a market").status == "unverified"

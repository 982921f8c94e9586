"""Session 34 (second claims round): a closing "..., it said" speaks for the body that
spoke last, "pro-Russian" names a patron, Myanmar's People's Defence Force is no state
body, a no comment about another theatre."""

from __future__ import annotations

import pytest

import geo


def _claims(text, gazetteer):
    return geo.analyze(text, gazetteer=gazetteer).claims


def test_a_closing_it_said_is_the_body_that_spoke_before(gazetteer):
    text = ("Russia's Defence Ministry said its troops had captured the village of "
            "Dvorichna. The Ukrainian army lost as many as 90 soldiers near the river, it said.")
    claims = _claims(text, gazetteer)
    assert [c.source for c in claims] == ["Russia's Defence Ministry"] * 2
    assert claims[1].side == "RU"


def test_a_closing_it_said_with_no_body_before_is_the_subject(gazetteer):
    text = ("The regional energy company restored power to 4,000 homes in Kharkiv "
            "overnight, it said.")
    (claim,) = _claims(text, gazetteer)
    assert claim.source == "the regional energy company"


def test_a_closing_it_said_does_not_reach_into_another_paragraph(gazetteer):
    text = ("Russia's Defence Ministry said its troops had captured Dvorichna.\n\n"
            "The Ukrainian border guard service evacuated 70 residents from Vovchansk, it "
            "said.")
    claims = _claims(text, gazetteer)
    assert claims[-1].source != "Russia's Defence Ministry"


def test_a_pro_russian_administration_is_russias_side(gazetteer):
    text = ("Shelling damaged a school in Vasylivka, said Andrei Petrenko, the head of "
            "the Zaporizhzhia region's pro-Russian administration.")
    (claim,) = _claims(text, gazetteer)
    assert claim.side == "RU"


def test_peoples_defence_force_is_no_state_side(gazetteer):
    text = "The Magway People's Defence Force said junta troops set fire to 60 houses."
    (claim,) = _claims(text, gazetteer)
    assert claim.side is None
    assert claim.party == "People's Defence Force"


def test_a_ugandan_peoples_defence_force_stays_a_state(gazetteer):
    from geo.text.claims.parties import named_party

    assert named_party("the Uganda People's Defence Force") != (None, "People's Defence Force")


def test_a_silence_about_another_theatre_leaves_the_claim(gazetteer):
    text = ("The Israeli military said it intercepted a drone launched from Yemen. The RSF "
            "did not comment on the report that its gunmen looted a market in Nyala.")
    claims = _claims(text, gazetteer)
    assert claims[0].status == "asserted"


def test_a_silence_in_the_same_theatre_still_leaves_it_unverified(gazetteer):
    text = ("Russia's Defence Ministry said its air defences downed 25 drones over the "
            "Kursk region. Kyiv did not comment on the drones over Kursk.")
    claims = _claims(text, gazetteer)
    assert claims[0].status == "unverified"


def test_a_bare_army_claiming_the_strike_is_the_strikers(gazetteer):
    text = ("In Lebanon, an Israeli drone strike hit a car near Tyre, the state news agency "
            "said. The army said it had targeted a Hezbollah commander in the car.")
    claims = _claims(text, gazetteer)
    assert claims[-1].side == "IL"


@pytest.mark.parametrize(
    ("target", "side"),
    [("Russian positions near Vovchansk", None),  # a reply: the attacker its target
     ("two launch sites in the Belgorod region", None),  # the attacker's region (review34b)
     ("an ammunition depot", "RU")],
)
def test_a_bare_army_answering_a_strike_is_not_the_strikers(gazetteer, target, side):
    text = f"Russian missiles hit Kharkiv overnight. The army said it struck {target}."
    (army,) = [c for c in _claims(text, gazetteer) if c.source == "the army"]
    assert army.side == side if side else army.side != "RU"


def test_a_figure_said_to_be_invented_is_denied(gazetteer):
    text = ("Moscow said its air defences had downed 70 Ukrainian drones over Crimea, while "
            "Kyiv said the number was invented.")
    claims = _claims(text, gazetteer)
    assert claims[0].status == "denied"
    assert claims[1].responds_to == 0


def test_a_denial_after_a_relative_clause_answers_that_clause(gazetteer):
    text = ("Ukraine's military said its troops still held the village of Nelipivka.\n\n"
            "Belarus, which Western officials say lets Russian troops train on its soil, "
            "denied any involvement.")
    claims = _claims(text, gazetteer)
    assert claims[0].status == "asserted"
    officials = next(c for c in claims if c.source == "Western officials")
    assert officials.status == "denied"


def test_a_signed_post_speaks_for_its_signatory(gazetteer):
    text = ("Sumy region: overnight the enemy shelled Bilopillia with artillery. A house "
            "was damaged, nobody was hurt.\n\n"
            "Oleh Hryhorov, head of Sumy Regional Military Administration\n")
    claims = _claims(text, gazetteer)
    assert claims and all(c.source == "Oleh Hryhorov" for c in claims)
    assert all(c.side == "UA" for c in claims)


def test_a_reporters_credit_signs_nothing(gazetteer):
    text = ("Overnight shelling damaged a house in Bilopillia, in the Sumy region.\n\n"
            "Reporting by Anna Kovalenko, Kyiv newsroom\n")
    claims = _claims(text, gazetteer)
    assert all(c.source is None for c in claims)


@pytest.mark.parametrize("sign_off", ["John Smith, chief correspondent in Kyiv",
                                      "Maria Lopez, bureau chief, Kyiv",
                                      "Anna Kovalenko, director of photography"])
def test_a_reporters_sign_off_signs_nothing(gazetteer, sign_off):
    """A role that names no body of a state or region is a newsroom's (review34b)."""
    text = f"Russian forces shelled Kupiansk overnight, killing two civilians.\n\n{sign_off}\n"
    assert all(c.source is None for c in _claims(text, gazetteer))


def test_a_towns_population_is_no_number_of_the_claim(gazetteer):
    text = ("Russia's Defence Ministry said its troops had taken Kurakhove, a town of about "
            "18,000 people before the war, and captured 12 Ukrainian soldiers.")
    (claim,) = _claims(text, gazetteer)
    assert [q.value for q in claim.quantities] == [12]


def test_nautical_miles_are_one_unit():
    from geo.text.numbers import find_quantities

    (q,) = find_quantities("a tanker was hit 40 nautical miles off Aden")
    assert (q.value, q.unit) == (40, "nautical miles")

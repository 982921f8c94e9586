"""Session 26 (claimsB26): a briefing's bullets are items of their own; milbloggers'
sides; an outlet's confirmation; border guards; volunteer networks; a denial of content
answering the claim it matches."""

from __future__ import annotations

import pytest

import geo


def _by_source(text, gazetteer):
    return {c.source: c for c in geo.analyze(text, gazetteer=gazetteer).claims}


@pytest.mark.parametrize(
    ("first", "second", "caveat"),
    [
        ("- Russian drones hit port infrastructure in Odesa overnight, injuring four people, "
         "the regional governor, Oleh Kiper, said on Telegram.",
         "- Ukraine's military said its troops had pushed Russian forces out of parts of "
         "Kupiansk.", "The claims could not be independently verified."),
        ("• The mayor of Kharkiv, Ihor Terekhov, said a guided bomb had damaged a school.",
         "• Russia's defence ministry said its forces had captured two villages near Lyman.",
         "Reuters could not verify the reports."),
        ("1) The governor of Belgorod, Vyacheslav Gladkov, said a drone had hit a car in "
         "Shebekino.", "2) Ukraine's general staff said its forces repelled 40 assaults near "
         "Pokrovsk.", "None of these accounts could be independently verified."),
    ],
)
def test_a_caveat_inside_a_bullet_stays_in_its_bullet(gazetteer, first, second, caveat):
    text = f"Key developments:\n{first}\n{second} {caveat}\n"
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    statuses = [c.status for c in claims if c.source]
    assert statuses[0] == "asserted"
    assert statuses[-1] == "unverified"


def test_a_caveat_after_two_claims_of_one_paragraph_still_reaches_both(gazetteer):
    text = ("The governor said a drone had hit a car in Shebekino. Ukraine's general staff "
            "said its forces repelled 40 assaults near Pokrovsk. The claims could not be "
            "independently verified.")
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [c.status for c in claims] == ["unverified", "unverified"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Rybar wrote that Russian troops had advanced near Siversk.", "Rybar"),
        ("The Telegram channel WarGonzo said Russian units had crossed the Oskil river.",
         "WarGonzo"),
        ("Military Informant claimed Russian forces had captured Torske.", "Military Informant"),
        ("The channel Two Majors said Ukrainian drones had struck a depot in Belgorod.",
         "Two Majors"),
    ],
)
def test_a_russian_war_channel_by_its_name_speaks_for_russia(gazetteer, text, source):
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [(c.source, c.side) for c in claims] == [(source, "RU")]


def test_deepstate_stays_independent(gazetteer):
    claims = geo.analyze("DeepState said Russian forces had advanced near Pokrovsk.",
                         gazetteer=gazetteer).claims
    assert [c.side for c in claims] == ["independent"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Ukraine's navy said it struck four targets in Crimea. Reuters confirmed the strikes.",
         "confirmed"),
        ("Russia's defence ministry said its forces had hit two fuel depots near Odesa. AFP "
         "confirmed the attacks through satellite images.", "confirmed"),
        ("Ukraine's navy said it struck five targets in Crimea. Reuters confirmed two of the "
         "five strikes, but could not verify the others.", "unverified"),
    ],
)
def test_an_outlets_confirmation_answers_the_claim_before(gazetteer, text, status):
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [c.status for c in claims] == [status]


def test_a_part_confirmed_leaves_the_claim_as_it_was(gazetteer):
    text = ("Ukraine's navy said it struck five targets in Crimea. Reuters confirmed two of "
            "the five strikes.")
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [(c.source, c.status) for c in claims] == [
        ("Ukraine's navy", "asserted"), ("Reuters", "confirmed")]


@pytest.mark.parametrize(
    "second",
    [
        "Border guard spokesman Andriy Demchenko said about 20 soldiers took part.",
        "A spokesman for the border guards, Andriy Demchenko, said 12 villages were hit.",
    ],
)
def test_a_border_guard_spokesman_speaks_for_the_service_before(gazetteer, second):
    text = ("Russian troops tried to cross the border near Sumy, Ukraine's State Border Guard "
            f"Service said. {second}")
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [c.side for c in claims] == ["UA", "UA"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In Sudan, the Emergency Response Rooms in Omdurman said shelling of a market had "
         "killed 14 people.", "the Emergency Response Rooms in Omdurman"),
        ("The Khartoum Emergency Response Rooms, a network of volunteers, said 9 civilians "
         "were killed.", "the Khartoum Emergency Response Rooms"),
        ("The Sudan Doctors Network said 20 people were killed in El Fasher.",
         "the Sudan Doctors Network"),
    ],
)
def test_a_volunteer_network_speaks_for_no_side(gazetteer, text, source):
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [(c.source, c.side) for c in claims] == [(source, None)]


def test_a_network_its_phrase_ties_to_the_army_keeps_the_armys_side(gazetteer):
    text = "The Sudanese army-aligned Sudan Doctors Network said 20 people were killed."
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [c.side for c in claims] == ["SD"]


@pytest.mark.parametrize(
    "denial",
    [
        "Russia denied that its soldiers were in the area.",
        "Moscow denied that any of its troops had entered the village.",
    ],
)
def test_a_denial_answers_the_claim_it_matches_a_paragraph_up(gazetteer, denial):
    text = ("Small groups of Russian soldiers crossed the border north of Vovchansk overnight, "
            "Ukraine's State Border Guard Service said.\n\n"
            "Border guard spokesman Andriy Demchenko said five Russian soldiers had been "
            f"killed.\n\n{denial}")
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert [c.status for c in claims][:2] == ["denied", "asserted"]

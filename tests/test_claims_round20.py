"""Claims after the twentieth round's held-out articles (334-341): armed groups taking
credit, figures put by one party and reported by another, abbreviated armies, bloc
monitors placed in a country, list items, bylines' capitals, unanswered and withdrawn
claims, a country opening a sentence of two clauses, dismissals in words of their own.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=dt.date(2026, 9, 8)):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Al-Shabaab took credit for a roadside bomb near Afgoye on Sunday.", "Al-Shabaab"),
        ("The Pakistani Taliban took responsibility for the attack on a police post.",
         "the Pakistani Taliban"),
    ],
)  # fmt: skip
def test_taking_credit_is_a_claim_of_the_group(gazetteer, text, source):
    assert analysed(gazetteer, text)[0].source == source


def test_taking_a_town_is_no_cue(gazetteer):
    claims = analysed(gazetteer, "Rebels took the town of Pinga on Monday, residents said.")
    assert [c.source for c in claims] == ["residents"]


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers put the toll at 12, the emergency service said.",
        "Volunteers raised the death toll to 31 from 18, the emergency service said on Monday.",
    ],
)
def test_a_speaker_closing_a_figure_sentence_says_it(gazetteer, text):
    assert analysed(gazetteer, text)[0].source == "the emergency service"


def test_a_figure_put_with_no_closing_speaker_stays_its_putter(gazetteer):
    c = analysed(gazetteer, "The governor put the toll at nine dead, and later raised it.")[0]
    assert c.source == "the governor"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The SSPDF (South Sudan People's Defence Forces) said it had repelled an attack "
         "on Nasir.", "SS"),
        ("The SSPDF said it had retaken Ulang.", "SS"),
        ("The SPLM-IO said its forces had captured Nasir.", None),
        ("The FARDC said it had pushed the rebels back from Masisi.", "CD"),
    ],
)  # fmt: skip
def test_armies_and_armed_groups_by_abbreviation(gazetteer, text, side):
    assert analysed(gazetteer, text)[0].side == side


def test_a_blocs_monitors_placed_in_a_country_are_independent(gazetteer):
    text = ("The EU monitoring mission in Georgia said its patrols had seen no troop "
            "movements near the boundary line.")  # fmt: skip
    assert analysed(gazetteer, text)[0].side == "independent"


@pytest.mark.parametrize("marker", ["-", "•", "1."])
def test_a_spokesman_in_the_next_list_item_is_a_claim_of_his_own(gazetteer, marker):
    second = "2." if marker == "1." else marker
    text = (f"Recent fighting:\n{marker} The Chadian army said it had killed 96 militants "
            f"near Bol.\n{second} Army spokesman Azem Agouna said 17 soldiers were wounded.")
    claims = analysed(gazetteer, text)
    assert [(c.source, c.side) for c in claims] == [
        ("the Chadian army", "TD"), ("Azem Agouna", "TD")
    ]


def test_a_handle_bylines_author_keeps_its_capitals(gazetteer):
    text = ("Ministry of Defence (@DefenceHQ) on X, 4 December 2026\n\n"
            "Russia has highly likely lost 1,100 soldiers a day this week.\n\n"
            "Russian forces have almost certainly advanced near Siversk.")
    assert {c.source for c in analysed(gazetteer, text)} == {"Ministry of Defence"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Georgia's interior ministry said Russian troops had moved the boundary fence near "
         "Khurvaleti, a claim Moscow did not address.", "unverified"),
        ("Georgia's interior ministry said Russian troops had moved the boundary fence near "
         "Khurvaleti, a claim that Moscow has not addressed.", "unverified"),
        ("Georgia's interior ministry said Russian troops had moved the boundary fence near "
         "Khurvaleti. It did not address reports of arrests.", "asserted"),
    ],
)  # fmt: skip
def test_a_claim_left_unaddressed(gazetteer, text, status):
    assert analysed(gazetteer, text)[0].status == status


def test_a_withdrawn_figure_is_disputed(gazetteer):
    text = ("The health ministry said the strike on the market in Deir al-Balah had killed "
            "38 people. The ministry later withdrew the figure, saying in a new statement "
            "that 19 people had been killed.")
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "38 people").status in ("disputed", "denied")
    assert claim_of(claims, "19 people").status == "asserted"


def test_a_bare_army_in_a_later_clause_of_a_sentence_set_in_a_country(gazetteer):
    text = ("Congo's army said M23 rebels had been pushed back from Masisi.\n\n"
            "In Sudan, the RSF said it had shot down a drone over Nyala, while the army said "
            "its jets had struck RSF positions in the city.")
    assert claim_of(analysed(gazetteer, text), "its jets").side == "SD"


def test_the_intelligence_community_speaks(gazetteer):
    text = ("Iran is likely to rebuild its missile stocks within a year, the U.S. "
            "intelligence community said in its annual threat assessment.")
    c = analysed(gazetteer, text)[0]
    assert (c.source, c.side) == ("the U.S. intelligence community", "US")


def test_a_dismissal_in_quoted_words_of_its_own_is_a_claim(gazetteer):
    text = ("The report said Iran had supplied drones to Russia. Iran's foreign ministry "
            "dismissed the report as \"baseless and politically motivated\".")
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "baseless").source == "Iran's foreign ministry"
    assert claim_of(claims, "supplied drones").status in ("disputed", "denied")


def test_one_more_of_a_kind_keeps_the_kinds_side(gazetteer):
    text = ("Several Russian milbloggers claimed that Ukrainian drones hit a depot near "
            "Melitopol.\n\nThe depot's commander was killed, one milblogger wrote.")
    assert claim_of(analysed(gazetteer, text), "commander").side == "RU"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a denial of another act than the claim's: no status of it
        ("The group's commander told reporters that his fighters had launched an assault on "
         "Kidal, but the group later denied shelling the town's market.", "asserted"),
        # a denial of the act the claim states, or of giving ground the claim says was taken
        ("The army said the rebels had shelled the market, but the rebels denied shelling "
         "civilians.", "denied"),
        ("The army said it had taken the airport, but the RSF later denied losing it.",
         "denied"),
    ],
)  # fmt: skip
def test_a_denial_in_an_apposition_of_another_act(gazetteer, text, status):
    assert analysed(gazetteer, text)[0].status == status


def test_a_relative_clause_opening_another_speakers_words(gazetteer):
    text = ("Al-Shabaab took credit for a raid on a base near Jowhar on Sunday in which "
            "district officials said nine soldiers were killed.")
    claims = analysed(gazetteer, text)
    assert [c.source for c in claims] == ["Al-Shabaab", "district officials"]
    assert "nine soldiers" in claims[1].text and "nine" not in claims[0].text

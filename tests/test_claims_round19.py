"""Claims after the nineteenth round's held-out articles (326-333): units named with their
kind, number words before a hyphened compound, tolls put and revised, no-comment lines,
a news agency of a movement with no state.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

from geo.text.numbers import find_quantities

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=dt.date(2026, 9, 8)):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("They fired three one-way attack drones at the base.", [3]),
        ("Two nine-storey blocks were hit.", [2, 9]),
        ("One hundred twenty-five people were hurt.", [125]),
        ("A twenty-five-year-old man was hurt.", [25]),
        ("Three hundred and twenty one-way drones were launched.", [320]),
    ],
)
def test_a_number_word_before_a_hyphened_compound_stands_alone(text, values):
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "source", "side"),
    [
        ("Ukraine's 57th separate motorised infantry brigade said it had repelled four "
         "assaults near Vovchansk.", "Ukraine's 57th separate motorised infantry brigade", "UA"),
        ("Kyiv's 47th mechanised brigade said it had held the line near Avdiivka.",
         "Kyiv's 47th mechanised brigade", "UA"),
        ("The 3rd separate assault brigade said it had destroyed a tank near Kupiansk.",
         "the 3rd separate assault brigade", None),
        ("For the 5th time, officials said the bridge near Kupiansk was hit.", "officials", None),
    ],
)  # fmt: skip
def test_a_unit_named_by_its_ordinal_and_kind(gazetteer, text, source, side):
    c = analysed(gazetteer, text)[-1]
    assert (c.source, c.side) == (source, side)


@pytest.mark.parametrize(
    ("text", "source", "side"),
    [
        # a movement with no state and its agency: no state's side (not Algeria's)
        ("The Sahrawi Press Service, the official news agency of the Algeria-based Polisario "
         "Front, said fighters had attacked a Moroccan base near Smara.",
         "the Sahrawi Press Service", None),
        ("The Algeria-based Polisario Front said its fighters had shelled Moroccan positions "
         "near Mahbes.", "the Algeria-based Polisario Front", None),
        # Kyiv's command in Donbas in 2014-2018 copy
        ("The ATO headquarters said the rockets had been fired from the area of Zaichenko.",
         "the ATO headquarters", "UA"),
    ],
)  # fmt: skip
def test_sides_of_a_stateless_movement_and_of_the_ato(gazetteer, text, source, side):
    c = analysed(gazetteer, text)[-1]
    assert (c.source, c.side) == (source, side)


@pytest.mark.parametrize(
    "silence",
    [
        "Moscow has not commented publicly on the loss of the ship.",
        "The Kremlin has not commented on the report.",
        "Russia's Defence Ministry has not commented.",
    ],
)
def test_a_no_comment_with_no_claim_before_it_is_no_claim(gazetteer, silence):
    assert not analysed(gazetteer, silence)


def test_a_no_comment_after_the_claim_naming_a_figure_of_the_silent_party(gazetteer):
    text = (
        "Ukraine's Southern Defence Forces said Russian troops had been pushed back from "
        "Stepnohirsk.\n\nTwo people familiar with the matter told Reuters that Belousov was "
        "expected to visit the command post next week. The Kremlin declined to comment.\n"
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "Belousov was expected").status == "unverified"
    assert claim_of(claims, "pushed back").status == "asserted"


@pytest.mark.parametrize(
    ("text", "source", "values"),
    [
        ("Ukrainian officials raised the death toll from the strike on Dnipro to 14 from 9 on "
         "Friday.", "Ukrainian officials", [14, 9]),
        ("Gaza's health ministry revised its count of the dead to 31 from 40.",
         "Gaza's health ministry", [31, 40]),
        ("Earlier in the day the governor of Dnipro had put the toll at nine dead.",
         "the governor of Dnipro", [9]),
    ],
)  # fmt: skip
def test_a_figure_put_or_revised_is_a_claim(gazetteer, text, source, values):
    c = analysed(gazetteer, text)[-1]
    assert c.source == source
    assert sorted(q.value for q in c.quantities) == sorted(values)


@pytest.mark.parametrize(
    "text",
    [
        "The strike on Dnipro raised concerns about air defences.",
        "Soldiers raised the flag over Kupiansk on Friday.",
        "The ministry revised its plans for the winter.",
    ],
)
def test_raised_or_revised_without_a_figure_is_no_cue(gazetteer, text):
    assert not analysed(gazetteer, text)


def test_a_post_under_a_byline_naming_the_account_handle(gazetteer):
    text = (
        "Ministry of Defence (@DefenceHQ) on X, 3 December 2026\n\n"
        "Latest Defence Intelligence update on the situation in Ukraine.\n\n"
        "Russian forces have almost certainly captured the village of Ivanopillia.\n\n"
        "Russia's Defence Ministry claimed that its forces had taken Kurakhove.\n"
    )
    claims = analysed(gazetteer, text)
    assert not [c for c in claims if "Latest" in c.text]
    c = claim_of(claims, "Ivanopillia")
    assert ("defence" in c.source.lower(), c.side) == (True, "GB")
    assert claim_of(claims, "Kurakhove").side == "RU"


@pytest.mark.parametrize(
    "line",
    [
        "The ministry (@DefenceHQ) said on X, 3 December 2026",  # a cue: an attribution
        "Ministry of Defence (@DefenceHQ) on X thinks that Russian forces are tired",
    ],
)
def test_no_handle_byline_with_a_verb(line):
    from geo.text.claims.handle_bylines import handle_bylines

    assert handle_bylines(f"{line}\n\nRussian forces captured Ivanopillia.\n") == []


def test_partners_report_that(gazetteer):
    c = analysed(gazetteer, "Humanitarian partners report that the main water point in "
                            "the camp near El Fasher was damaged.")[-1]
    assert c.source == "Humanitarian partners"


def test_a_third_country_denial_with_words_on_the_reports_answers_the_claim(gazetteer):
    text = (
        "Moroccan media said the vehicles had crossed from Algeria near Tindouf.\n\n"
        "Algeria's foreign ministry denied that its territory had been used to launch "
        'attacks, calling the reports "baseless fabrications" aimed at dragging Algiers '
        "into the conflict.\n"
    )
    c = claim_of(analysed(gazetteer, text), "crossed from Algeria")
    assert c.status == "disputed"  # its ground, not the act the claim tells of


def test_a_name_after_a_possessive_role_keeps_its_side(gazetteer):
    text = (
        "Russia struck the city of Kharkiv with drones overnight, the city's mayor said on "
        "Sunday.\n\nIhor Terekhov said the bomb hit an industrial enterprise.\n"
    )
    assert claim_of(analysed(gazetteer, text), "industrial enterprise").side == "UA"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Ukraine's army said it shot down 20 drones near Kursk. Russia's Defence Ministry, "
         "which did not comment on the Ukrainian claim, said its forces had taken Pishchane.",
         "unverified", "asserted"),
        ("Ukraine's army said it shot down 20 drones near Kursk. Moscow, which has not "
         "commented, rarely reports its losses.", "unverified", "asserted"),
    ],
)  # fmt: skip
def test_a_no_comment_on_the_subject_is_about_the_claim_before(gazetteer, text, first, second):
    claims = analysed(gazetteer, text)
    assert (claims[0].status, claims[-1].status) == (first, second)


def test_a_party_silent_after_the_outlets_own_finding_naming_nothing_of_its(gazetteer):
    text = (
        "Satellite images reviewed by our team show a new crater at the airfield near "
        "Berdiansk. Russia's Defence Ministry has not commented.\n"
    )
    assert claim_of(analysed(gazetteer, text), "new crater").status == "asserted"


def test_a_separatist_agency_of_2015_copy(gazetteer):
    text = "The separatist Donetsk News Agency said two civilians had been killed in Gorlovka."
    assert analysed(gazetteer, text)[-1].side == "RU"

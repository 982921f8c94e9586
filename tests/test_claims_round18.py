"""Claims after the eighteenth round's held-out articles (318-325): a correction notice,
spans of time and a thread's post numbers, a claim its speaker withdrew, a transcript's
bare "No." and "That is propaganda.".

Every text here is written for these tests.
"""

import datetime as dt

import pytest

from geo.text.claims.time_spans import without_time_spans
from geo.text.numbers import find_quantities

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=dt.date(2026, 9, 8)):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    "notice",
    [
        "Correction: An earlier version of this story misstated the number of drones the "
        "air force said it had shot down. It was 41, not 14.",
        "An earlier version of this article misstated the number of drones the air force "
        "said it had shot down.",
        "This story has been corrected to show that the governor said two people were hurt.",
    ],
)
def test_a_correction_notice_is_no_claim(gazetteer, notice):
    text = (
        "Ukraine's air force said it had shot down 41 of the 58 drones Russia launched "
        "overnight.\n\n"
        f"{notice}\n"
    )
    claims = analysed(gazetteer, text)
    assert [c.source for c in claims] == ["Ukraine's air force"]
    assert claims[0].status == "asserted"


def test_a_sentence_about_a_correction_elsewhere_stays_a_claim(gazetteer):
    text = "The ministry said the earlier version of the report was wrong about 12 drones.\n"
    assert analysed(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Police said the men shot them two days later near Bucha.", []),
        ("Police said the bodies were found three weeks after the town was retaken.", []),
        ("Police said 4 men were detained two hours earlier.", [4]),
        ("The ministry said 2 days of talks had ended.", [2]),
        ("1/ Russian forces have advanced, the ministry said, killing 3 soldiers.", [3]),
    ],
)
def test_spans_of_time_and_post_numbers_count_nothing(gazetteer, text, counts):
    (c,) = analysed(gazetteer, text)
    assert [q.value for q in c.quantities] == counts


def test_a_thread_numbered_mid_line_keeps_its_number():
    t = "Officials said 4/5 of the town was destroyed."
    assert [q.text for q in without_time_spans(t, find_quantities(t))] == [
        q.text for q in find_quantities(t)
    ]


@pytest.mark.parametrize("when", ["on Nov. 18", "on Monday", "later"])
def test_a_claim_walked_back_is_its_speakers_and_disputed(gazetteer, when):
    text = (
        f"Ukraine's Defense Ministry {when} walked back its claim that Ukrainian forces had "
        "liberated the village of Novoselivka in Zaporizhzhia Oblast.\n\n"
        "A ministry spokesperson told reporters that the information had been premature.\n"
    )
    claims = analysed(gazetteer, text)
    c = claim_of(claims, "liberated")
    assert c.source == "Ukraine's Defense Ministry" and c.side == "UA"
    assert c.status == "disputed"
    assert claim_of(claims, "premature").side == "UA"


@pytest.mark.parametrize(
    "retraction",
    [
        "The ministry later deleted the statement, and the governor said the fire had been "
        "caused by a technical fault.",
        "It later deleted the post.",
        "The ministry's post was later deleted.",
        "The ministry retracted the report on Tuesday.",
    ],
)
def test_a_deleted_statement_disputes_the_speakers_claim(gazetteer, retraction):
    text = (
        "Russia's Emergency Situations Ministry said a Ukrainian drone had hit an oil depot "
        f"in Bryansk Oblast, starting a fire. {retraction}\n"
    )
    c = claim_of(analysed(gazetteer, text), "oil depot")
    assert c.status == "disputed"


def test_a_deletion_by_another_speaker_disputes_nothing(gazetteer):
    text = (
        "Russia's Emergency Situations Ministry said a Ukrainian drone had hit an oil depot "
        "in Bryansk Oblast. The governor said he had deleted the post about the curfew.\n"
    )
    c = claim_of(analysed(gazetteer, text), "oil depot")
    assert c.status == "asserted"


@pytest.mark.parametrize(
    ("reply", "status"),
    [
        ("No.", "denied"),
        ("No. Our units hold the northern part of the city.", "denied"),
        ("That is propaganda.", "disputed"),
        ("That is not true.", "denied"),
    ],
)
def test_a_labelled_reply_answers_the_quoted_claim(gazetteer, reply, status):
    text = (
        "Transcript of an interview with Oleksandr Syrskyi, commander-in-chief of Ukraine's "
        "armed forces.\n\n"
        "HOST: Russia's defence ministry says its troops now control Pokrovsk. Is that true?\n\n"
        f"SYRSKYI: {reply}\n"
    )
    claims = analysed(gazetteer, text)
    assert claim_of(claims, "now control").status == status
    if len(reply) > 20:
        own = claim_of(claims, "northern part")
        assert own.source == "Oleksandr Syrskyi" and own.status == "asserted"


def test_a_bare_no_to_another_question_denies_nothing(gazetteer):
    text = (
        "Transcript of an interview with Oleksandr Syrskyi, commander-in-chief of Ukraine's "
        "armed forces.\n\n"
        "HOST: Russia's defence ministry says its troops now control Pokrovsk. Did you "
        "expect the attack?\n\n"
        "SYRSKYI: No.\n"
    )
    assert claim_of(analysed(gazetteer, text), "now control").status == "asserted"

"""Claims in transcripts: a news conference or an interview printed as questions and
answers, each answer after its speaker's label ("Zelenskyy: Our forces are holding ...").

Every text here is written for these tests.
"""

import pytest

from geo.text.claims import extract_claims

OPENING = (
    "At a news conference in Kyiv, Ukrainian President Volodymyr Zelenskyy and Finnish "
    "President Alexander Stubb answered questions.\n\n"
)


def test_a_labelled_answer_is_the_speakers_claim():
    text = OPENING + (
        "Question: Is Pokrovsk still under Ukrainian control?\n\n"
        "Zelenskyy: Our forces hold the northern part of the city. We lost two positions "
        "there last week.\n\n"
        "STUBB: Finland will send 12 more air defence systems."
    )
    cs = extract_claims(text, [])
    by_text = {text[c.start : c.end].split(":")[-1].strip()[:12]: c for c in cs}
    ours, lost, finland = by_text["Our forces h"], by_text["We lost two "], by_text["Finland will"]
    assert ours.source == lost.source == "Volodymyr Zelenskyy"
    assert ours.cue == ":" and ours.kind == "attributed"
    assert ours.side == lost.side == "UA"
    assert finland.source == "Alexander Stubb"
    assert not any("Is Pokrovsk" in c.text for c in cs)  # the question is no claim


def test_a_full_name_label_needs_no_introduction():
    (c,) = extract_claims("Kaja Kallas: Europe will pay for 20 more air defence systems.", [])
    assert c.source == "Kaja Kallas"
    assert c.cue == ":"


def test_a_question_in_an_answer_is_no_claim():
    text = OPENING + "Zelenskyy: Why would we withdraw? Our troops hold the city."
    cs = [c for c in extract_claims(text, []) if c.start >= len(OPENING)]
    assert [c.text for c in cs] == ["Our troops hold the city."]


def test_labels_that_name_no_person_give_no_speaker():
    text = OPENING + (
        "Update: Russian forces struck 14 buildings in Sumy on Sunday.\n\n"
        "Kharkiv: Two people were killed in 3 strikes on Sunday.\n\n"
        "Q: Will you send 20 more systems?"
    )
    cs = [c for c in extract_claims(text, []) if c.start >= len(OPENING)]
    assert all(c.source is None and c.cue != ":" for c in cs)
    assert not any("Will you" in c.text for c in cs)


def test_an_attribution_inside_a_labelled_paragraph_keeps_its_own_speaker():
    text = OPENING + (
        "Zelenskyy: Russia's Defence Ministry said it destroyed 3 launchers. Our air defence "
        "shot down 8 missiles."
    )
    cs = [c for c in extract_claims(text, []) if c.start >= len(OPENING)]
    assert [c.source for c in cs] == ["Russia's Defence Ministry", "Volodymyr Zelenskyy"]


def test_an_untrue_reply_denies_the_claim_the_answer_quoted():
    text = OPENING + (
        "Zelenskyy: Our forces hold the north of Pokrovsk. The Russians have been claiming "
        "for weeks that they took the city. That is not true."
    )
    cs = [c for c in extract_claims(text, []) if c.start >= len(OPENING)]
    assert [(c.source, c.status) for c in cs] == [
        ("Volodymyr Zelenskyy", "asserted"),
        ("the Russians", "denied"),
    ]
    assert cs[1].side == "RU"


def test_an_untrue_reply_to_the_speakers_own_words_is_no_denial():
    text = OPENING + "Zelenskyy: Our forces hold the north of Pokrovsk. That is not true."
    cs = [c for c in extract_claims(text, []) if c.start >= len(OPENING)]
    assert cs[0].status == "asserted"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Russians said that they took Pokrovsk.", "the Russians"),
        ("The Israelis claimed that 30 rockets were fired at Haifa.", "the Israelis"),
        ("Ukrainian officials have been saying for weeks that Pokrovsk holds.",
         "Ukrainian officials"),
        ("The army is claiming that it retook 3 villages near Bara.", "the army"),
    ],
)  # fmt: skip
def test_a_people_or_a_progressive_cue_speaks(text, source):
    (c,) = extract_claims(text, [])
    assert c.source == source


def test_a_nationality_before_a_noun_cue_is_still_no_speaker():
    (c,) = extract_claims("Kyiv called the Russian claims lies.", [])
    assert c.source is None or c.source == "Kyiv"


def test_an_untrue_reply_answers_the_claim_the_question_quoted():
    text = (
        "Ukraine's commander-in-chief, Oleksandr Syrskyi, spoke to reporters.\n\n"
        "Reporter: Moscow says it has taken Huliaipole.\n\n"
        "Syrskyi: That is a lie. Our units still hold the western part of the town."
    )
    cs = extract_claims(text, [])
    moscow = next(c for c in cs if c.source == "Moscow")
    assert moscow.status == "denied"
    assert cs[-1].source == "Oleksandr Syrskyi"
    assert not any(c.text.endswith("That is a lie.") for c in cs)


@pytest.mark.gazetteer
def test_a_heading_that_names_a_place_of_the_analysis_is_no_speaker(gazetteer):
    from geo import analyze

    for text in (
        "Kherson Oblast: Russian troops shelled Antonivka, Bilozerka and Dniprovske.",
        "Velyka Novosilka: Russian troops attacked near Vremivka and Makarivka.",
        "Velyka Pysarivka: Russian artillery shelled Krasnopillia and Myropillia.",
        "Donetsk Region: Russian troops shelled Kostiantynivka and Druzhkivka.",
        "Kupiansk Axis: Russian troops attacked near Petropavlivka.",
        "Southern Front: Russian drones hit Nikopol and Marhanets.",
    ):
        (c,) = analyze(text, gazetteer=gazetteer).claims
        assert c.source is None and c.side != "UA", text


def test_a_person_label_stays_a_speaker_beside_a_place_heading():
    text = "Kaja Kallas: Europe will pay for 20 more air defence systems."
    (c,) = extract_claims(text, [])
    assert c.source == "Kaja Kallas"


@pytest.mark.gazetteer
@pytest.mark.parametrize("heading", ["Kherson Oblast:", "Kherson Region:", "Kherson Oblast —"])
def test_a_region_heading_goes_on_with_the_bulletins_speaker(gazetteer, heading):
    from geo import analyze

    text = (
        "Russian forces attacked 120 times over the past day, the General Staff of the Armed "
        f"Forces of Ukraine said.\n\n{heading} Russian troops shelled Antonivka and Bilozerka."
    )
    staff, line = analyze(text, gazetteer=gazetteer).claims
    assert line.source == staff.source
    assert line.side == "UA"

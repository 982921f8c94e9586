"""A second tester's findings (round 28): plural office holders as speakers, a reply in
kind as narration, a body's name with a hyphenated head word, a denial that answers the
claim of its own sentence or list item, and more."""

from __future__ import annotations

import pytest

import geo


def _claims(text, gazetteer):
    return geo.analyze(text, gazetteer=gazetteer).claims


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Russian drones struck Kherson overnight, the regional governors said.",
         "the regional governors"),
        ("Shelling hit Nikopol and Marhanets on Sunday, the mayors of Nikopol and Marhanets "
         "said.", "the mayors of Nikopol and Marhanets"),
        ("Two drones were downed over Sumy, the regional military administrations said.",
         "the regional military administrations"),
        ("The governors of Belgorod and Kursk said 40 drones were shot down overnight.",
         "The governors of Belgorod and Kursk"),
    ],
)  # fmt: skip
def test_plural_office_holders_are_speakers(gazetteer, text, source):
    claims = _claims(text, gazetteer)
    assert [c.source.lower() for c in claims] == [source.lower()]


@pytest.mark.parametrize(
    "text",
    [
        "Russia has responded with massive attacks on Ukraine's power grid, most recently on "
        "Saturday.",
        "Moscow replied with a wave of 300 drones against Kyiv on Sunday.",
        "Ukraine retaliated by striking a refinery in Saratov on Sunday.",
    ],
)
def test_a_reply_in_kind_has_no_speaker(gazetteer, text):
    assert all(c.source is None and c.cue is None for c in _claims(text, gazetteer))


def test_a_reply_with_words_keeps_its_speaker(gazetteer):
    text = ("The ministry responded with a statement saying the strikes hit military targets "
            "in Odesa on Friday.")  # fmt: skip
    assert [c.source for c in _claims(text, gazetteer)] == ["the ministry"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Sudan People's Liberation Movement-North (SPLM-N) denied responsibility for the "
         "Kadugli strike.", "the Sudan People's Liberation Movement-North"),
        ("The Kachin Independence Army-North said it shelled Bhamo on Monday.",
         "the Kachin Independence Army-North"),
    ],
)  # fmt: skip
def test_a_hyphenated_head_word_keeps_a_body_whole(gazetteer, text, source):
    assert [c.source for c in _claims(text, gazetteer)] == [source]


@pytest.mark.parametrize(
    "text",
    [
        # a factbox: the bullet before is about another war
        "* Israel's military said it struck a Hezbollah depot near Nabatieh.\n"
        "* Rebels took Bunia in Ituri province, a rebel commander said; Congo's army denied "
        "the town had fallen.\n",
        "* Rebels took Bunia in Ituri province, a rebel commander said; Congo's army denied "
        "the town had fallen.\n",
        "Israel's military said it struck a Hezbollah depot near Nabatieh. Rebels took Bunia in "
        "Ituri province, a rebel commander said; Congo's army denied the town had fallen.",
    ],
)
def test_a_denial_answers_the_claim_of_its_own_sentence_first(gazetteer, text):
    claims = _claims(text, gazetteer)
    rebel = next(i for i, c in enumerate(claims) if c.source == "a rebel commander")
    army = next(c for c in claims if c.source == "Congo's army")
    assert claims[rebel].status == "denied"
    assert army.responds_to == rebel
    assert all(c.status == "asserted" for c in claims if c.source == "Israel's military")


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("The British military's United Kingdom Maritime Trade Operations (UKMTO) agency said a "
         "vessel had reported an explosion about 40 nautical miles west of Hodeidah. Ambrey, a "
         "British maritime security firm, said the ship was not damaged.",
         ["the British military's United Kingdom Maritime Trade Operations (UKMTO) agency",
          "Ambrey"]),
        ("Ukraine's air force said it downed 60 drones over Kyiv overnight. Ukrenergo, a "
         "Ukrainian grid operator, said power was cut in three districts of Kyiv.",
         ["Ukraine's air force", "Ukrenergo"]),
    ],
)  # fmt: skip
def test_a_name_described_as_a_body_is_no_spokesperson(gazetteer, text, sources):
    assert [c.source for c in _claims(text, gazetteer)] == sources


def test_a_denial_of_damage_answers_the_other_side_s_claim_of_a_hit(gazetteer):
    text = ("Ukraine's General Staff said the Syzran refinery was hit by drones overnight.\n\n"
            "Samara governor Vyacheslav Fedorishchev said that one person was wounded in Syzran."
            "\n\nThe Russian defence ministry said air defences had destroyed 80 Ukrainian drones "
            "overnight, including 20 over the Samara region. It denied that any refinery had been "
            "damaged.\n")  # fmt: skip
    claims = _claims(text, gazetteer)
    assert claims[0].status == "denied"
    assert [c.status for c in claims[1:]] == ["asserted", "asserted"]


def test_a_reply_by_saying_keeps_its_speaker(gazetteer):
    text = "The crew responded by saying that the tanker near Hodeidah had not been hit."
    assert [c.source for c in _claims(text, gazetteer)] == ["the crew"]


def test_the_border_states_are_no_speech_verb(gazetteer):
    text = ("Troops will deploy to the frontier on Monday in conjunction with the governors of "
            "the four border states.")  # fmt: skip
    assert all(c.source is None for c in _claims(text, gazetteer))


def test_a_confirmation_after_a_semicolon_stays_a_finding_of_its_own(gazetteer):
    text = "Ukraine says it hit four targets in Crimea on Monday; satellite images confirm two."
    claims = _claims(text, gazetteer)
    assert claims[-1].status == "confirmed"

"""Answers in wire copy that are none: a place "still controlled" in a relative clause
answers no claim of a strike's toll, and a speaker's own silence ("It did not comment on
the individual strikes") leaves its own words alone. Every text here is written for these
tests."""

from __future__ import annotations

from geo import analyze


def _statuses(text: str) -> list[tuple[str | None, str]]:
    return [(c.source, c.status) for c in analyze(text).claims]


def test_a_place_still_held_answers_no_strikes_toll():
    text = (
        "Another strike in the Bureij refugee camp killed three people, Al-Aqsa Martyrs "
        "Hospital said. The Israeli military said it had struck militants near the line "
        "which marks the area Israeli forces still control."
    )
    assert _statuses(text) == [
        ("Al-Aqsa Martyrs Hospital", "asserted"),
        ("the Israeli military", "asserted"),
    ]


def test_a_place_still_held_answers_a_capture():
    text = (
        "Russia's Defence Ministry said its forces had captured Kupiansk. Ukraine's General "
        "Staff said its troops still control the town."
    )
    assert _statuses(text)[0] == ("Russia's Defence Ministry", "disputed")
    advance = (
        "Russia's Defence Ministry said its forces had advanced into Kupiansk. Ukraine's "
        "General Staff said its troops still hold the town."
    )
    assert _statuses(advance)[0] == ("Russia's Defence Ministry", "disputed")


def test_a_speakers_silence_leaves_its_own_words_alone():
    text = (
        "A strike on a tent in Muwasi killed four people, Nasser Hospital said. The Israeli "
        "military said it had struck militants. It said it took steps to reduce harm to "
        "civilians. It did not comment on the individual strikes."
    )
    assert _statuses(text) == [
        ("Nasser Hospital", "unverified"),
        ("the Israeli military", "asserted"),
        ("the Israeli military", "asserted"),
    ]
    alone = "Ukraine's air force said it downed 30 drones. It did not comment."
    assert _statuses(alone) == [("Ukraine's air force", "asserted")]


def test_another_speakers_silence_still_leaves_the_claim_unverified():
    text = (
        "Russia's Defence Ministry said its forces shot down 40 drones over Bryansk. Kyiv "
        "did not comment."
    )
    assert _statuses(text) == [("Russia's Defence Ministry", "unverified")]

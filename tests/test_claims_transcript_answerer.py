"""A transcript's answerer labelled by an upper-case surname the text never introduces
("PARNELL:" answering "Q:" lines) speaks; greetings are no claims; a heading is no one."""

from __future__ import annotations

import geo

BRIEFING = (
    "Transcript: ministry briefing, 19 November 2025 (excerpt)\n\n"
    "HALVORSEN: Good afternoon. I can confirm that our forces struck a depot near Sumy "
    "last night.\n\n"
    "Q: The other side says it was a grain store. Is that true?\n\n"
    "HALVORSEN: That is not true. We have video of the munitions.\n"
)


def test_the_answering_label_speaks_and_denies_what_the_question_quoted(mini_gazetteer):
    claims = geo.analyze(BRIEFING, gazetteer=mini_gazetteer).claims
    by = [(c.source, c.status) for c in claims]
    assert ("Halvorsen", "asserted") in by
    quoted = next(c for c in claims if c.source == "the other side")
    assert quoted.status == "denied"
    assert not any(c.text.strip().endswith("Good afternoon.") for c in claims)


def test_a_heading_label_without_questions_is_no_speaker(mini_gazetteer):
    text = ("UPDATE: Shelling hit Sumy overnight, the governor said.\n\n"
            "UPDATE: Power was restored by morning.\n")
    sources = {c.source for c in geo.analyze(text, gazetteer=mini_gazetteer).claims}
    assert "Update" not in sources

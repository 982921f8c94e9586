"""Wire datelines whose country has several words, and titles that never keep a dateline
(tester31 T7, T9)."""

from __future__ import annotations

import pytest

from geo.text.document import lead_title
from geo.text.wire_dateline import dateline_span


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "GOMA, Democratic Republic of Congo, Nov 27, 2026 (Reuters) - M23 seized Uvira.",
            "GOMA, Democratic Republic of Congo, Nov 27, 2026 (Reuters) - ",
        ),
        (
            "GOMA, Democratic Republic of the Congo, Nov 27 (Reuters) - M23 seized Uvira.",
            "GOMA, Democratic Republic of the Congo, Nov 27 (Reuters) - ",
        ),
        (
            "SARAJEVO, Bosnia and Herzegovina (AP) — Police.",
            "SARAJEVO, Bosnia and Herzegovina (AP) — ",
        ),
        (
            "BANGUI, Central African Republic (AP) — Gunmen.",
            "BANGUI, Central African Republic (AP) — ",
        ),
        ("KURSK, Russia, Nov 25, 2026 - Drones hit Rylsk.", "KURSK, Russia, Nov 25, 2026 - "),
    ],
)
def test_a_dateline_with_a_country_of_several_words_is_read_whole(text, dateline):
    start, end = dateline_span(text)
    assert text[start:end] == dateline


def test_a_name_and_a_dash_stay_no_dateline():
    assert dateline_span("NATO - US talks resumed in Geneva.") == (0, 0)


@pytest.mark.parametrize(
    "line",
    [
        "MOSCOW, December 1, 2026. /TASS/. Russian troops have taken Seversk, a source said.",
        "KYIV, Nov 30, 2026 (Reuters) - Russian troops have taken Seversk, a source said.",
        "GOMA, Democratic Republic of Congo, Nov 27 (Reuters) - "
        "Russian troops have taken Seversk, a source said.",
    ],
)
def test_a_short_lead_gives_its_title_without_the_dateline(line):
    assert lead_title(line + "\n", line) == "Russian troops have taken Seversk, a source said."


def test_a_line_that_is_only_a_dateline_stays_the_title():
    assert lead_title("KYIV (AP) —\nStrikes hit.", "KYIV (AP) —") == "KYIV (AP) —"


@pytest.mark.gazetteer
def test_a_headline_claim_before_a_dateline_keeps_its_places():
    from geo import analyze

    text = (
        "Blast at fuel depot in eastern Congo kills four, army says\n\n"
        "GOMA, Democratic Republic of Congo (Reuters) - An explosion at a fuel depot near "
        "Sake killed four workers on Tuesday, Congo's army said.\n"
    )
    a = analyze(text)
    named = [[a.toponyms[i].text for i in c.toponyms] for c in a.claims]
    assert named == [["Congo"], ["Sake"]]
    assert a.claims[1].text.startswith("An explosion")

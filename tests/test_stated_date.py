"""An article's own date (wire dateline, time stamp) anchors it when none is given."""

from __future__ import annotations

import json

import pytest

import geo
from geo.text.stated_date import stated_date

STATED = [
    ("KYIV, Nov 3, 2025 (Reuters) - Drones struck Sumy on Friday.", "2025-11-03"),
    ("MOSCOW, March 3, 2025. /TASS/. Units advanced.", "2025-03-03"),
    ("WASHINGTON, Nov. 3, 2025 — The Pentagon said.", "2025-11-03"),
    ("PARIS, Texas, Nov. 26, 2024 (AP) — Police said.", "2024-11-26"),
    ("Kyiv, 3 November 2025 (Ukrinform) - Russia attacked.", "2025-11-03"),
    ("Drones hit Sumy\nBy Jane Doe | 3 November 2025\n\nThe governor said.", "2025-11-03"),
    ("Drones hit Sumy\nJane Doe, Reuters · 3 Nov 2025 10:12 GMT\n\nBody.", "2025-11-03"),
    ("Drones hit Sumy\nMonday, 3 March 2025\n\nDrones struck on Friday.", "2025-03-03"),
    ("Drones hit Sumy\nUpdated: Nov. 3, 2025 10:12 AM EST\nBody.", "2025-11-03"),
    ("Drones hit Sumy\nPosted on November 3, 2025 by admin\nBody.", "2025-11-03"),
    ("Drones hit Sumy\n2025-11-03T10:12:00Z\nBody.", "2025-11-03"),
    ("Drones hit Sumy\n**Published:** 3 November 2025, 10:12 Kyiv time\nBody.", "2025-11-03"),
    ("# Drones hit Sumy\n\n*Published 3 November 2025*\n\nDrones struck Sumy.", "2025-11-03"),
    ("Drones hit Sumy\nPublished 3 November 2025\nUpdated 4 November 2025\n\nBody.", "2025-11-03"),
    ("Drones hit Sumy\nMonday, 3 November 2025\n\nDrones struck Sumy on Friday.", "2025-11-03"),
    # a country's name of several words, with its particles
    ("UVIRA, Democratic Republic of Congo, Feb 16, 2025 (Reuters) - Rebels came.", "2025-02-16"),
    ("BUKAVU, Democratic Republic of the Congo, 9 May 2025 (AFP) - Shots.", "2025-05-09"),
    ("SAN FERNANDO, Trinidad and Tobago, Jan. 4, 2025 (AP) — Police said.", "2025-01-04"),
    # two datelines' places joined by a slash
    ("JERUSALEM/BEIRUT, Nov 27, 2026 (AP) — A strike killed 11.", "2026-11-27"),
    ("KYIV/MOSCOW, 2 December 2026 (Reuters) - Talks resumed.", "2026-12-02"),
    # a recurring report's title closed by its issue's date
    ("Russian Offensive Campaign Assessment, October 14, 2025\n\nOn Monday, ...", "2025-10-14"),
    ("Iran Update — 14 October 2025\n\nBody.", "2025-10-14"),
    ("**Sudan Situation Report: 3 Nov 2025**\n\nBody.", "2025-11-03"),
    # an outlet's date line: its name, the date and the time it was posted
    ("Ukrainska Pravda, 21 November 2026, 09:40\n\nStrikes on Friday.", "2026-11-21"),
    ("Kyiv Independent, Nov 21, 2026 10:12 GMT\nBody.", "2026-11-21"),
    # a title on where things stand at its date (a wire slug's, or its own "stand on")
    ("FACTBOX-Where the world's wars stand on Nov 25, 2026\n\nBody.", "2026-11-25"),
    ("EXPLAINER: Talks so far, 3 March 2026\nBody.", "2026-03-03"),
    ("Where the ceasefire talks stand as of 3 March 2026\nBody.", "2026-03-03"),
]

NOT_STATED = [
    "On March 3, 2022, Russian forces took Kherson.",  # an event's date, in the story
    "KYIV, Nov 3 (Reuters) - Drones struck.",  # no year written
    "Feb. 24, 2022\nRussia invades.\n\nMarch 2, 2022\nKherson falls.",  # a chronology
    "Drones hit Sumy\nThe attack on 3 November 2025 killed two.\nBody.",  # a sentence
    "Drones hit Sumy\nSeptember 2025\nBody.",  # no day
    "Talks in Geneva, 3 March 2025\nBody.",  # a headline's date, no dateline
    "Kyiv Talks, 3 March 2025\nBody.",  # a name and a date, no time stamp
    "Kharkiv, 21 November 2026, 3 killed\nBody.",  # words after the date
    "FACTBOX-Clashes on 3 March 2026 and after\nBody.",  # a date inside the title
    "Where talks stood on 3 March 2026, a year on\nBody.",  # not closed by the date
    "Ceasefire report, rejected. Talks, 3 March 2025\nBody.",  # a sentence before it
    "Drones hit Sumy\nBody one.\nBody two.\nBody three.\nBody four.\nBody five.\n3 March 2025",
    "",
]


@pytest.mark.parametrize(("text", "day"), STATED)
def test_a_dateline_or_time_stamp_states_the_date(text, day):
    date, start, end = stated_date(text)
    assert date.isoformat() == day
    assert text[start:end].strip() and text[start].isalnum()


@pytest.mark.parametrize("text", NOT_STATED)
def test_no_date_is_read_from_a_story_or_a_chronology(text):
    assert stated_date(text) is None


def test_the_stated_date_anchors_relative_dates(mini_gazetteer):
    text = "KYIV, Nov 3, 2025 (Reuters) - Drones struck Sumy on Friday, the governor said."
    a = geo.analyze(text, gazetteer=mini_gazetteer)
    assert a.date.isoformat() == "2025-11-03" and a.date_offsets == (6, 17)
    out = json.loads(json.dumps(a.to_dict()))
    assert out["date"] == "2025-11-03" and out["date_offsets"] == [6, 17]
    friday = [d for c in a.claims for d in c.dates if d.text == "on Friday"]
    assert [d.start for d in friday] == ["2025-10-31"]


def test_a_given_date_wins_and_says_nothing_of_offsets(mini_gazetteer):
    text = "KYIV, Nov 3, 2025 (Reuters) - Drones struck Sumy on Friday, the governor said."
    a = geo.analyze(text, gazetteer=mini_gazetteer, date="2025-11-10")
    assert a.date.isoformat() == "2025-11-10" and a.date_offsets is None
    assert "date_offsets" not in a.to_dict()
    none = geo.analyze("Drones struck Sumy on Friday.", gazetteer=mini_gazetteer)
    assert none.date is None and "date" not in none.to_dict()


def test_a_two_place_dateline_is_no_claims_event_date(gazetteer):
    """"JERUSALEM/BEIRUT, Nov 27, 2026 (AP) —" dates the article (Thursday is the 26th)
    and is no date of the claim it opens, as a one-place dateline is not."""
    text = (
        "JERUSALEM/BEIRUT, Nov 27, 2026 (AP) — An airstrike on a house in Khan Younis "
        "killed 11 people, the Gaza Health Ministry said Thursday."
    )
    a = geo.analyze(text, gazetteer=gazetteer)
    assert str(a.date) == "2026-11-27"
    (claim,) = a.claims
    assert [d.text for d in claim.dates] == ["Thursday"]
    assert str(claim.dates[0].start) == "2026-11-26"

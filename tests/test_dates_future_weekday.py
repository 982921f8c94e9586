"""A bare weekday in a clause in the future tense is the coming one, not the last.

"Zelenskyy will travel to Ankara on Saturday", filed on Friday 14 November 2025, is
Saturday the 15th; "Zelenskyy travelled to Ankara on Saturday" is the 8th.  Texts are
written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from geo.text.dates import find_dates
from geo.text.dates.resolution import future_tense

FRIDAY = dt.date(2025, 11, 14)


def first_date(text, ref=FRIDAY):
    (span,) = find_dates(text, article_date=ref)
    return span.start


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Zelenskyy will travel to Ankara on Saturday, a Turkish official said.", "2025-11-15"),
        ("Talks are due to resume on Monday.", "2025-11-17"),
        ("The minister plans to visit Kyiv on Tuesday.", "2025-11-18"),
        ("The summit is expected to open on Thursday.", "2025-11-20"),
        ("He is scheduled to speak on Sunday.", "2025-11-16"),
        ("The talks, scheduled for Wednesday, will be held in Geneva.", "2025-11-19"),
        ("On Saturday, talks are due to resume.", "2025-11-15"),
        ("The vote will take place Thursday.", "2025-11-20"),
        ("Envoys say they'll meet again on Monday.", "2025-11-17"),
        ("The delegation will arrive on Friday.", "2025-11-14"),  # today: the coming Friday
    ],
)
def test_a_future_clause_takes_the_coming_weekday(text, day):
    assert first_date(text) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Zelenskyy travelled to Ankara on Saturday, a Turkish official said.", "2025-11-08"),
        ("Russia attacked Kharkiv on Tuesday.", "2025-11-11"),
        ("On Saturday, Russia launched 50 drones.", "2025-11-08"),
        ("Kyiv said on Monday it will retaliate.", "2025-11-10"),
        ("Russia attacked Kharkiv on Tuesday and will strike again.", "2025-11-11"),
        ("Shelling hit the city on Friday.", "2025-11-14"),
        ("The talks will resume, officials said on Wednesday.", "2025-11-12"),
    ],
)
def test_a_past_or_plain_clause_keeps_the_last_weekday(text, day):
    assert first_date(text) == day


def test_next_and_last_are_unchanged_by_the_tense():
    assert first_date("The envoy will return next Saturday.") == first_date("Next Saturday.")
    assert first_date("The envoy will return next Friday.") == "2025-11-21"
    assert first_date("The envoy will describe what he saw last Saturday.") == "2025-11-08"


def test_without_an_article_date_a_future_weekday_stays_relative():
    (span,) = find_dates("Zelenskyy will travel to Ankara on Saturday.")
    assert span.start is None and span.precision == "relative"


def test_the_tense_is_read_within_the_weekdays_sentence():
    text = "Troops will rotate soon. Shelling hit the city on Tuesday."
    at = text.index("Tuesday")
    assert not future_tense(text, at, at + len("Tuesday"))
    assert first_date(text) == "2025-11-11"


def test_the_cli_dates_a_future_trip_forward(capsys, tmp_path):
    from geo.cli import main

    path = tmp_path / "a.txt"
    path.write_text("Zelenskyy will travel to Ankara on Saturday, a Turkish official said.\n")
    assert main(["parse", "--date", "2025-11-14", "--only", "claims", str(path)]) == 0
    claims = json.loads(capsys.readouterr().out)["claims"]
    assert [d["start"] for c in claims for d in c["dates"]] == ["2025-11-15"]


TUESDAY = dt.date(2024, 11, 26)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The school district said classes would resume Wednesday.", "2024-11-27", "2024-11-27"),
        ("Forecasters said more rain could fall on the hills by Sunday.", None, "2024-12-01"),
        ("Officials said the bridge might reopen on Friday.", "2024-11-29", "2024-11-29"),
        ("The vote will be held on Thursday.", "2024-11-28", "2024-11-28"),
        ("Engineers said the line would be repaired by Saturday.", None, "2024-11-30"),
    ],
)
def test_a_modal_or_passive_future_takes_the_coming_weekday(text, start, end):
    (span,) = find_dates(text, article_date=TUESDAY)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The claim could not be verified on Monday.", "2024-11-25"),
        ("Troops may have advanced on Sunday.", "2024-11-24"),
        ("The town was captured on Sunday.", "2024-11-24"),
        ("The bridge had been repaired by Friday.", "2024-11-22"),
    ],
)
def test_a_negated_or_perfect_modal_keeps_the_last_weekday(text, day):
    (span,) = find_dates(text, article_date=TUESDAY)
    assert (span.end) == day


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Ukrainian troops crossed into the Kursk region last August, officials said.",
         "2024-08-01"),
        ("Last March the talks failed.", "2024-03-01"),  # said in March: a year before
        ("The offensive began this past January.", "2025-01-01"),
        ("Talks resumed last December 5.", "2024-12-05"),
        ("The minister will return next March.", "2026-03-01"),
        ("Elections are due next May 20.", "2025-05-20"),
        ("The coming June will test the lines.", "2025-06-01"),
    ],
)
def test_last_and_next_put_a_month_on_their_side_of_the_article_date(text, start):
    # The nearest August to March 2025 is the coming one; "last August" is the one before.
    (span,) = find_dates(text, article_date=dt.date(2025, 3, 10))
    assert span.start == start

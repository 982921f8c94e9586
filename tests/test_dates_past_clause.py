"""A year-less month in a clause in the past tense is the last one, not the coming one."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.text.dates import find_dates

NOV_21 = dt.date(2025, 11, 21)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The video was filmed in Vovchansk, 70 km to the north-west, in March.", "2025-03-01"),
        ("The strike hit the port in December.", "2024-12-01"),
        ("Russia said it took the village in early March.", "2025-03-01"),
        ("Talks resumed on March 3.", "2025-03-03"),
        ("Officials said elections in March would be postponed.", "2026-03-01"),  # a future
        ("Talks will resume in March.", "2026-03-01"),
        ("Talks in March.", "2026-03-01"),  # no tense: the nearest
        ("The port was shelled in October.", "2025-10-01"),  # already behind: unchanged
    ],
)
def test_a_past_clause_takes_the_last_month(text, start):
    (span,) = find_dates(text, article_date=NOV_21)
    assert span.start == start

"""No date period ever ends before it starts.

"displaced since July" in a story filed on 10 June 2025 is July 2024 to the filing
date, not July 2025 to June 2025; "since 2027" said in 2025 keeps its start and leaves
the end open.  Texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from geo.text.dates import MONTHS, find_dates

JUNE_10 = dt.date(2025, 6, 10)


def only(text, ref=JUNE_10):
    (span,) = find_dates(text, article_date=ref)
    return span.start, span.end


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("About 40,000 people have been displaced since July.", "2024-07-01", "2025-06-10"),
        ("The road has been closed since June 15.", "2024-06-15", "2025-06-10"),
        ("Fighting has raged since late November.", "2024-11-21", "2025-06-10"),
        # a month already begun or past this year stays in this year
        ("The town has been besieged since March.", "2025-03-01", "2025-06-10"),
        ("Shelling has gone on since June 2.", "2025-06-02", "2025-06-10"),
        ("The curfew has held since June.", "2025-06-01", "2025-06-10"),
        # a stated year is kept; a period not yet begun has no end
        ("The plan runs since 2027, officials said.", "2027-01-01", None),
    ],
)
def test_since_a_month_after_the_article_date_is_last_years(text, start, end):
    assert only(text) == (start, end)


WORDS = [
    *(f"since {m}" for m in MONTHS),
    *(f"since {m} 20" for m in list(MONTHS)[:12]),
    *(f"since early {m}" for m in list(MONTHS)[:12]),
    "since 2030", "from 2025 to 2023", "between 2024 and 2021", "from July to March",
    "from December 2025 to January 2024", "since last week", "since Friday",
    "from June 20 to June 3", "since next month",
]
REFS = [dt.date(2025, 1, 1), dt.date(2025, 6, 10), dt.date(2025, 12, 31), None]


@pytest.mark.parametrize(("words", "ref"), list(itertools.product(WORDS, REFS)))
def test_no_period_ends_before_it_starts(words, ref):
    text = f"Officials said the fighting had gone on {words}, residents said."
    for span in find_dates(text, article_date=ref):
        if span.start is not None and span.end is not None:
            assert span.start <= span.end, (words, ref, span)

"""Feasts named instead of a date: movable ones computed for their year, fixed ones,
independence days of a country named; bare names only after a preposition."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.text.dates import find_dates


def _dates(text, date=None):
    return [(d.text, d.start, d.end) for d in find_dates(text, article_date=date)]


@pytest.mark.parametrize(
    ("text", "date", "day"),
    [
        ("A strike on Palm Sunday killed 35 civilians.", dt.date(2025, 7, 10), "2025-04-13"),
        ("Drones hit Odesa on Good Friday.", dt.date(2024, 4, 20), "2024-03-29"),
        ("Churches were shelled on Easter Sunday.", dt.date(2023, 4, 12), "2023-04-09"),
        ("Churches were shelled over Orthodox Easter.", dt.date(2024, 5, 20), "2024-05-05"),
        ("A truce on Orthodox Easter Monday held.", dt.date(2021, 5, 10), "2021-05-03"),
        ("The village was shelled on Maundy Thursday.", dt.date(2022, 4, 30), "2022-04-14"),
        ("The attack came on Christmas Day.", dt.date(2025, 1, 3), "2024-12-25"),
        ("Fighting continued over Orthodox Christmas.", dt.date(2025, 1, 9), "2025-01-07"),
        ("Shelling began on New Year's Eve.", dt.date(2025, 1, 2), "2024-12-31"),
        ("Russia struck Kyiv on Ukraine's Independence Day.", dt.date(2025, 8, 30), "2025-08-24"),
        ("Crowds gathered on Indian Independence Day.", dt.date(2024, 9, 1), "2024-08-15"),
        ("Parades marked the Independence Day of Kosovo.", dt.date(2024, 3, 1), "2024-02-17"),
    ],
)
def test_a_feast_is_its_day_in_the_nearest_year(text, date, day):
    (found,) = _dates(text, date)
    assert found[1] == found[2] == day


def test_a_stated_year_fixes_the_feast():
    assert _dates("Kyiv was hit on Good Friday 2023.") == [
        ("on Good Friday 2023", "2023-04-07", "2023-04-07")
    ]
    assert _dates("The ceasefire of Orthodox Easter 2024 was broken.")[0][1] == "2024-05-05"


def test_the_side_word_chooses_the_year():
    (last,) = _dates("Since last Easter, 300 people were killed.", dt.date(2025, 7, 1))
    assert last[1] == "2025-04-20"
    (coming,) = _dates("Talks may resume by next Christmas.", dt.date(2025, 7, 1))
    assert coming[2] == "2025-12-25"


def test_without_an_article_date_the_documents_year():
    found = _dates("Talks in April 2025 will resume after Easter.")
    assert found[-1] == ("after Easter", "2025-04-21", None)
    assert _dates("Talks will resume after Easter.") == [("after Easter", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "He visited a Christmas market in Kyiv.",
        "Children painted Easter eggs in the shelter.",
        "Parades were held on Independence Day.",  # whose?
        "Easter Island lies in the Pacific.",
    ],
)
def test_no_feast_date_without_a_day(text):
    assert _dates(text, dt.date(2025, 5, 1)) == []


def test_the_weekday_of_a_feast_is_not_read_alone():
    found = _dates("On Palm Sunday and on Easter Monday the city was shelled.", dt.date(2025, 6, 1))
    assert [t for t, _, _ in found] == ["On Palm Sunday", "on Easter Monday"]

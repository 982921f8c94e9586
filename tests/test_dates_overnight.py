"""Session 28: "overnight" dates the night before the article's date, as "last night" does,
unless a date or weekday names the night; an "as of" title's time may be a bare hour."""

import datetime as dt

import pytest

from geo.text.dates import find_dates
from geo.text.stated_date import stated_date

_DAY = dt.date(2027, 5, 6)


def _dates(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, d.start, d.end) for d in find_dates(text, article_date=_DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched 50 drones overnight, the air force said.",
        "Overnight, drones struck the port of Izmail.",
        "The city came under an overnight attack by Shahed drones.",
    ],
)
def test_overnight_is_the_night_before_the_article_date(text):
    (found,) = _dates(text)
    assert found[1:] == ("2027-05-05", "2027-05-05")
    assert found[0].lower() == "overnight"


@pytest.mark.parametrize(
    "text, stated",
    [
        ("Drones hit Odesa overnight on May 4.", "on May 4"),
        ("The attack came overnight into Tuesday.", "Tuesday"),
        ("On Tuesday overnight, drones hit Kharkiv.", "On Tuesday"),
    ],
)
def test_a_date_naming_the_night_is_its_only_date(text, stated):
    assert [d[0] for d in _dates(text)] == [stated]


def test_a_name_holding_the_word_is_no_date():
    assert _dates("He hosted The Overnight Show on state radio.") == []


@pytest.mark.parametrize(
    "title, day",
    [
        ("Lebanon and Gaza: Flash Update #12 (as of 3 pm on 13 May 2027)", dt.date(2027, 5, 13)),
        ("Flash Update #3 (as of 2 p.m. on 5 December 2025)", dt.date(2025, 12, 5)),
        ("Situation report (as of noon on 5 December 2025)", dt.date(2025, 12, 5)),
        (
            "Operational information as of 8 am on 28.11.2026 regarding the invasion",
            dt.date(2026, 11, 28),
        ),
    ],
)
def test_an_as_of_title_with_a_bare_hour_dates_the_article(title, day):
    found = stated_date(title + "\n\nThe army said it struck the depot.")
    assert found is not None and found[0] == day


def test_a_bare_number_before_on_is_no_time():
    assert stated_date("Casualties as of 3 on 5 December 2025 rose\n\nText.") is None

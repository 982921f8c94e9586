"""A Markdown table's rows are data, never the headline; a briefing's greeting ("Good
morning.") opening its lead is no title, the news after it is (geo.text.document).
Texts written for these tests."""

from __future__ import annotations

import pytest

from geo.text.document import guess_title

_TABLE = (
    "| Oblast | Town | Shells | Reported by |\n"
    "|:---|---|--:|---|\n"
    "| Zaporizhzhia | Orikhiv | 40 | regional military administration |\n"
    "| Kherson | Beryslav | 25 | the city's mayor |\n"
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Shelling across the south, 2 December\n\n" + _TABLE + "\nTotals rose.",
         "Shelling across the south, 2 December"),
        ("Shelling across the south\n" + _TABLE, "Shelling across the south"),
        (_TABLE + "\nRussian forces shelled Orikhiv and Beryslav overnight, officials said "
         "on Tuesday in their morning report to the press.",
         "| Oblast | Town | Shells | Reported by |"),
    ],
)  # fmt: skip
def test_a_table_row_is_no_headline(text, title):
    # (a text that is only a table falls back to its first line, as any text does)
    assert guess_title(text) == title


_NEWS = (
    "Drones struck the port of Izmail overnight, the regional governor said, as talks "
    "resumed in Geneva on the grain corridor and the fate of the Black Sea shipping."
)


@pytest.mark.parametrize(
    "greeting",
    ["Good morning.", "Good evening!", "Hello and welcome back.", "Welcome to the briefing."],
)
def test_a_greeting_is_no_title(greeting):
    title = guess_title(f"{greeting} {_NEWS} More follows here.\n\nA second paragraph.")
    assert title.startswith("Drones struck the port of Izmail")


def test_a_lead_that_opens_with_good_news_keeps_it():
    text = "Goodwill convoys reached Kherson. " + _NEWS
    assert guess_title(text) == "Goodwill convoys reached Kherson."

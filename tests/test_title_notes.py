"""A guessed headline passes over the notes above a story (geo.text.document.guess_title)."""

from __future__ import annotations

import pytest

from geo.text.document import guess_title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a translator's note and dateline above a story with no headline: its lead
        ("Translated from the German. Berlin, 3 March 2025.\n\nRussian drones hit Kharkiv "
         "overnight. Seven people were hurt, the regional administration said.",
         "Russian drones hit Kharkiv overnight. Seven people were hurt, the regional "
         "administration said."),
        ("By Olena Petrenko\nUpdated 14:05 GMT\nStrikes hit Sumy\n\nBody.", "Strikes hit Sumy"),
        ("Monday, 3 March 2025\nShelling hits Kherson\nBody.", "Shelling hits Kherson"),
        ("Posted: March 3, 2025\n2025-03-03\nShelling hits Kherson\nBody.",
         "Shelling hits Kherson"),
        ("Editor's note: some names are changed.\nNikopol lives under fire\nBody.",
         "Nikopol lives under fire"),
        # a headline that starts as a note would is kept
        ("Translation errors mar Kyiv talks\nBody is here.", "Translation errors mar Kyiv talks"),
        ("By the numbers: the war in Sumy\nBody is here.", "By the numbers: the war in Sumy"),
        # a Markdown file's title: its heading's words
        ("# Weekly world digest — 5 September\n\n## Pakistan\nFloods receded in Swat.",
         "Weekly world digest — 5 September"),
        # notes only: the first line, as before
        ("Photo: AP\n", "Photo: AP"),
    ],
)
def test_notes_above_the_story_are_no_title(text, title):
    assert guess_title(text) == title

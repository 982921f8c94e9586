"""A story's credit lines name newsrooms, not places of the story (tester32 U19)."""

from __future__ import annotations

import pytest

import geo
from geo.text.credit_lines import credit_spans

AP_TAIL = (
    "Drones hit the port of Odesa\n\nBy JANE ROE\n\n"
    "KYIV, Ukraine (AP) — Russian drones hit a grain terminal in Odesa overnight, "
    "the regional governor said.\n\n___\n\n"
    "Associated Press writers John Doe in Kyiv, Ukraine, and Anna Smith in Tallinn, "
    "Estonia, contributed to this report.\n"
)
REUTERS_TAIL = (
    "Russian missiles struck Kharkiv on Friday, the mayor said.\n\n"
    "(Reporting by John Doe in Kyiv; Additional reporting by Anna Smith in Warsaw; "
    "Editing by Mark Roe)\n"
)


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Strikes hit Sumy. Jane Roe in Riga contributed reporting.",
         "Jane Roe in Riga contributed reporting."),
        ("Strikes hit Sumy.\nJane Roe contributed reporting from Riga.\nMore news.",
         "Jane Roe contributed reporting from Riga."),
        ("Strikes hit Sumy.\nReporting by Jane Roe in Riga; editing by John Doe",
         "Reporting by Jane Roe in Riga; editing by John Doe"),
    ],
)
def test_credit_spans(text, credit):
    assert [text[s:e] for s, e in credit_spans(text)] == [credit]


@pytest.mark.parametrize(
    "text",
    [
        "Shelling of Kharkiv was reported by the governor.",
        "Volunteers contributed money to rebuild the school in Izium.",
        "The regional council, editing by hand its lists, named Sumy.",
    ],
)
def test_no_credit_in_a_story_sentence(text):
    assert credit_spans(text) == []


@pytest.mark.gazetteer
@pytest.mark.parametrize(("text", "gone", "kept"), [
    (AP_TAIL, {"Tallinn", "Estonia"}, {"Odesa"}),
    (REUTERS_TAIL, {"Warsaw"}, {"Kharkiv"}),
])
def test_credit_places_are_not_mapped(gazetteer, text, gone, kept):
    a = geo.analyze(text, gazetteer=gazetteer)
    names = {t.text for t in a.toponyms}
    assert kept <= names and not gone & names
    assert not any("Smith" in name for name in names)  # a reporter is no unknown place


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said so.\nReporting by the Kyiv Independent showed troops near Pokrovsk.",
        "Kyiv said so.\nResearch by the Institute for the Study of War places them near Siversk.",
    ],
)
def test_a_sentence_opening_like_a_credit_is_the_story(text):
    assert credit_spans(text) == []


def test_an_unbracketed_reuters_credit_line():
    text = "Kyiv said so.\nReporting by Jane Roe in Kyiv; Editing by John Doe."
    assert [text[s:e] for s, e in credit_spans(text)] == [text.split("\n")[1]]

"""Claims after a thirteenth tester's texts: status cues that answer another event,
a general staff's dated bulletin, sides in a new paragraph, section headings, and
quantities with their qualifiers and ranges.

Every text here is written for these tests.
"""

import datetime as dt

import pytest

pytestmark = pytest.mark.gazetteer


def analysed(gazetteer, text, date=None):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer, date=date).claims


def claim_of(claims, words):
    return next(c for c in claims if words in c.text)


@pytest.mark.parametrize(
    "label", ["Key Takeaways", "Main Developments", "Latest Updates", "Background"]
)
def test_a_section_heading_label_is_no_speaker(gazetteer, label):
    # A report's section heading before a colon: the report's own words, no speaker.
    text = f"{label}: Russian forces recently advanced near Toretsk and Chasiv Yar."
    (c,) = analysed(gazetteer, text)
    assert c.source is None
    assert c.kind == "reported"


def test_a_two_word_name_label_is_still_a_speaker(gazetteer):
    (c,) = analysed(gazetteer, "Kaja Kallas: Europe will pay for air defence in Kharkiv.")
    assert c.source == "Kaja Kallas"

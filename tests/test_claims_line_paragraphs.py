"""Texts whose paragraphs are single lines (extracted web pages, newsroom exports, pasted
wire copy: no blank line anywhere): each line is a paragraph for the claims stages, as a
blank line would make it (:func:`geo.text.sentences.lines_are_paragraphs`)."""

from geo import analyze
from geo.text.claims.segmentation import split_sentences

LINES = (
    "Units took the settlement of Kleshcheyevka, the Russian Defence Ministry said on Monday.\n"
    "Troops repelled three counterattacks near Dimitrov, the ministry said. Over the past day "
    "the Ukrainian army lost up to 410 servicemen in this area.\n"
    "Air defences shot down 41 drones overnight, the ministry added.\n"
)


def test_each_line_is_a_paragraph_when_no_line_is_blank():
    assert [s.paragraph for s in split_sentences(LINES)] == [0, 1, 1, 2]
    blank = LINES.replace("\n", "\n\n")
    assert [s.paragraph for s in split_sentences(blank)] == [0, 1, 1, 2]
    # with a blank line in the text, lines within a block stay one paragraph
    mixed = "Kyiv under fire\n\n" + LINES
    assert {s.paragraph for s in split_sentences(mixed)} == {0, 1}


def test_a_wrapped_line_stays_in_its_paragraph():
    text = (
        "Russian troops repelled three counterattacks near Dimitrov and\n"
        "Rodinskoye, the ministry said.\nAir defences shot down 41 drones, it added.\n"
    )
    assert [s.paragraph for s in split_sentences(text)] == [0, 1]


def test_a_count_opens_no_claim_of_the_next_line():
    claims = analyze(LINES, date="2025-12-01").claims
    texts = [LINES[c.start : c.end] for c in claims]
    assert all("\n" not in t.strip() for t in texts), texts
    last = next(c for c in claims if "41 drones" in LINES[c.start : c.end])
    assert LINES[last.start : last.end].startswith("Air defences")

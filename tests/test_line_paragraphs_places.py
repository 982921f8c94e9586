"""Texts whose paragraphs are single lines (no blank line anywhere: extracted web pages,
newsroom exports, pasted wire copy): the toponym stages that read a name's paragraph
(a group of forces' regions, a city's districts, the paragraphs of
:func:`geo.text.sentences.text_blocks`) end it at a line's end there, so such a text
maps as its blank-line form does."""

import re

import pytest

from geo import analyze
from geo.text.sentences import paragraph_break, text_blocks

_BLANK = re.compile(r"\n(?:[ \t]*\n)+")

# Own examples: a group of forces in one paragraph, a namesake in the next; a city
# district in a paragraph after another city's.
TEXTS = (
    (
        "MOSCOW, May 5. /TASS/. Forces of the Dnepr group hit Ukrainian artillery near "
        "Kamenskoye and Stepnogorsk, the ministry said.\n\nThe town of Vasilyevka in the "
        "Zaporozhye region was shelled overnight, governor Yevgeny Balitsky said.\n\n"
        "A boiler house in Kirovskoye near Donetsk was damaged by a drone, local "
        "authorities reported.\n",
        {"Vasilyevka": "Vasylivka", "Kirovskoye": "Khrestivka"},
    ),
    (
        "Russian shelling hit Mykolaiv on Sunday, the mayor said.\n\nIn the Kherson region, "
        "artillery struck Kherson city 40 times, wounding a man in the Korabelnyi district, "
        "the regional administration said.\n",
        {"Korabelnyi": (46.6, 32.6)},
    ),
    (
        "Drones attacked Mykolaiv overnight, damaging a port warehouse.\n\nKherson came under "
        "fire again on Monday: a shell hit a house in the Korabelnyi district, the city "
        "military administration said.\n",
        {"Korabelnyi": (46.6, 32.6)},
    ),
)


def _places(text, gazetteer):
    return [(t.text, t.place.name if t.place else None, t.place and (t.place.lat, t.place.lon))
            for t in analyze(text, gazetteer=gazetteer, date="2026-03-02").toponyms]


@pytest.mark.gazetteer
@pytest.mark.parametrize("text, want", TEXTS)
def test_single_line_paragraphs_map_as_blank_line_ones(gazetteer, text, want):
    blank, single = _places(text, gazetteer), _places(_BLANK.sub("\n", text), gazetteer)
    assert [p[:2] for p in single] == [p[:2] for p in blank]
    for name, where in want.items():
        for form in (blank, single):
            got = next(p for p in form if p[0] == name)
            if isinstance(where, str):
                assert got[1] == where, got
            else:
                assert abs(got[2][0] - where[0]) < 0.15 and abs(got[2][1] - where[1]) < 0.15, got


def test_a_line_is_a_paragraph_only_in_a_text_with_no_blank_line():
    lines = "Drones hit Kyiv.\nKharkiv was calm.\nSumy was shelled."
    assert text_blocks(lines).paragraphs == (0, 17, 35)
    assert text_blocks(lines.replace("\n", "\n\n", 1)).paragraphs == (0, 18)
    blank = re.compile(r"\n\s*\n")
    assert paragraph_break(lines, blank).search(lines).start() == 16
    assert paragraph_break("A.\n\nB.\nC.", blank) is blank

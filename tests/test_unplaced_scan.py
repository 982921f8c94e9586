"""The scan for names called places (``unplaced._called_a_place``): the same matches as
``_CALLED_A_PLACE.finditer`` over every character, tried only where a match can start."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.text.unplaced import _CALLED_A_PLACE, _called_a_place

#: Pieces of text that open, continue, break or end the names the pattern reads.
_PIECES = [
    "town", "village", "city", "settlement", "hamlet", "port", "report", "of", "Of",
    "district", "District", "Districts", "raion", "Raion", "region", "subregion",
    "oblast", "Oblast", "province", "Spit", "Peninsula", "Island", "Islands",
    "Kinburn", "Lake", "McDonald", "O'Neill", "Saint-Denis", "Kyiv’s", "the", "The",
    "Zaporizhzhia", "X", "a", "É", "Ǆ", "_", "9", "²", "ﾀ", "-", "’", "'",
    " ", "  ", "\n", "\t", "\u00a0", "\u2028", "\x1c", ",", ".", "(", ")",
]

texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=600, deadline=None)
@given(texts)
def test_same_matches_as_the_scan_of_every_character(text):
    assert _spans(_called_a_place(text)) == _spans(_CALLED_A_PLACE.finditer(text))


def test_names_before_head_words_and_after_opening_words():
    text = ("In the town of Maungdaw and the Kinburn Spit, the city's Saltivskyi district "
            "and the Lake District Council; a report of the Farallon Islands.")
    found = [m.group(0) for m in _called_a_place(text)]
    assert found == [m.group(0) for m in _CALLED_A_PLACE.finditer(text)]
    assert found == ["town of Maungdaw", "Kinburn Spit", "Saltivskyi district",
                     "Lake District", "Farallon Islands"]


def test_a_long_chain_of_head_words_is_walked_once():
    text = "Island " * 5_000 + "of the Spit"
    assert _spans(_called_a_place(text)) == _spans(_CALLED_A_PLACE.finditer(text))


def test_nothing_to_find_without_the_words():
    assert list(_called_a_place("Kyiv and Kharkiv were shelled overnight.")) == []


def test_digits_apostrophes_and_other_spaces_inside_names():
    for text in ("the Block9 district", "Zone² \u00a0raion", "the Saint-Denis Spit",
                 "O'Neill\x1cIsland", "Kyiv’s Obolon district", "McDonald\u2028Islands",
                 "the Ǆemal Island", "a report of Sumy"):
        assert _spans(_called_a_place(text)) == _spans(_CALLED_A_PLACE.finditer(text)), text
        # [A-Z] is ASCII: no name opens with "Ǆ"; "report" is no "port"
        assert bool(_spans(_called_a_place(text))) is ("Ǆ" not in text and "report" not in text)

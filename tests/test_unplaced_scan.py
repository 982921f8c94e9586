"""The warning's scan for names the words call a place (geo.text.unplaced.called_places)
tries its pattern only where a match can start, and finds what a scan of every
character finds."""

from __future__ import annotations

import logging

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.text import unplaced
from geo.text.unplaced import _CALLED_A_PLACE, called_places, warn_unnamed

#: Pieces of text: the words the pattern is built on, names, everyday words and the
#: characters that bound a name (spaces of several kinds, punctuation, apostrophes).
_PIECES = st.sampled_from(
    [
        *unplaced._OPENING_WORDS,
        *unplaced._CLOSING_WORDS,
        "Islands", "Districts", "report", "support", "cityscape", "Newtown", "portside",
        "of", "the", "The", "Kinburn", "Lake", "Maungdaw", "O'Brien", "Zaporizhzhia’s",
        "Novo-Kyiv", "McHenry", "aB", "Élan", "north", "X", "7",
        " ", " ", " ", "  ", "\n", "\n\n", "\t", "\xa0", "\u2009", "\x1c",
        ",", ".", ";", "(", ")", "'", "’", "-", "—", "“",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_the_gated_scan_finds_what_the_full_scan_finds(pieces):
    text = "".join(pieces)
    full = [(m.span(), m.groupdict()) for m in unplaced._CALLED_A_PLACE.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in called_places(text)] == full


def test_a_long_run_before_a_head_word_gives_the_last_words_of_a_name():
    # A run of capitalised words far longer than a name: the name is its last four words
    # and the head word (the pattern reads at most four, so a run is never re-read).
    text = "Boats reached " + " ".join(["Nova"] * 60) + " Island."
    assert [m.group("head") for m in called_places(text)] == ["Nova Nova Nova Nova Island"]
    assert called_places("No name here, only a report.") == []


class _Gazetteer:
    """Knows how common a word is, and no place."""

    def common_rank(self, key):
        return {"the": 1, "lake": 900}.get(key)

    def lookup_normalized(self, key):
        return []  # has no place of any name


def test_each_name_is_warned_about_once_and_a_covered_one_not(caplog):
    text = "Rebels seized the town of Bwambalu. The town of Bwambalu fell; the Lake District."
    with caplog.at_level(logging.WARNING, logger="geo.text.unplaced"):
        warn_unnamed(text, _Gazetteer(), [])
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2
    assert "'Bwambalu' (characters 26-34)" in messages[0]
    assert "'Lake District'" in messages[1]


# -- speed14's cases for the same scan (written in parallel): odd spaces and word characters

#: Pieces of text that open, continue, break or end the names the pattern reads.
_SPEED_PIECES = [
    "town", "village", "city", "settlement", "hamlet", "port", "report", "of", "Of",
    "district", "District", "Districts", "raion", "Raion", "region", "subregion",
    "oblast", "Oblast", "province", "Spit", "Peninsula", "Island", "Islands",
    "Kinburn", "Lake", "McDonald", "O'Neill", "Saint-Denis", "Kyiv’s", "the", "The",
    "Zaporizhzhia", "X", "a", "É", "Ǆ", "_", "9", "²", "ﾀ", "-", "’", "'",
    " ", "  ", "\n", "\t", "\u00a0", "\u2028", "\x1c", ",", ".", "(", ")",
]

texts = st.lists(st.sampled_from(_SPEED_PIECES), max_size=40).map("".join)


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=600, deadline=None)
@given(texts)
def test_same_matches_as_the_scan_of_every_character_odd_pieces(text):
    assert _spans(called_places(text)) == _spans(_CALLED_A_PLACE.finditer(text))


def test_names_before_head_words_and_after_opening_words():
    text = ("In the town of Maungdaw and the Kinburn Spit, the city's Saltivskyi district "
            "and the Lake District Council; a report of the Farallon Islands.")
    found = [m.group(0) for m in called_places(text)]
    assert found == [m.group(0) for m in _CALLED_A_PLACE.finditer(text)]
    assert found == ["town of Maungdaw", "Kinburn Spit", "Saltivskyi district",
                     "Lake District", "Farallon Islands"]


def test_a_long_chain_of_head_words_is_walked_once():
    text = "Island " * 5_000 + "of the Spit"
    assert _spans(called_places(text)) == _spans(_CALLED_A_PLACE.finditer(text))


def test_nothing_to_find_without_the_words():
    assert list(called_places("Kyiv and Kharkiv were shelled overnight.")) == []


def test_digits_apostrophes_and_other_spaces_inside_names():
    for text in ("the Block9 district", "Zone² \u00a0raion", "the Saint-Denis Spit",
                 "O'Neill\x1cIsland", "Kyiv’s Obolon district", "McDonald\u2028Islands",
                 "the Ǆemal Island", "a report of Sumy"):
        assert _spans(called_places(text)) == _spans(_CALLED_A_PLACE.finditer(text)), text
        # [A-Z] is ASCII: no name opens with "Ǆ"; "report" is no "port"
        assert bool(_spans(called_places(text))) is ("Ǆ" not in text and "report" not in text)

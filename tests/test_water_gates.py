"""find_water's scans run only when their water word occurs: the same spans as always
running every scan (texts drawn from water words, names, spaces and punctuation)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.text import water

_ALL = water._AFTER_WORDS | water._OF_WORDS | water._BEFORE_WORDS | water._PLURAL_WORDS
_PIECES = [
    *sorted(_ALL),
    *(w.upper() for w in sorted(_ALL)),
    "of", "the", "and", "Black", "Azov", "Red", "Dnipro", "Aden", "Kakhovka", "Hormuz",
    "Erie", "over", "Chel", "s", "_", "1", "al-", "’s", "'s", "bank", "left",
]  # fmt: skip
_GAPS = [" ", "  ", "\n", "\t", "", "-", "(", ", ", ". ", "\u00a0", "_", "’"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), max_size=12))
def test_gated_scans_find_what_every_scan_finds(parts):
    text = "".join(p + g for p, g in parts)
    gated = water.find_water(text)
    real = water._water_words
    try:
        water._water_words = lambda t: (set(_ALL), set(_ALL))  # every scan runs
        every = water.find_water(text)
    finally:
        water._water_words = real
    assert gated == every


def test_a_water_word_inside_a_word_opens_no_scan():
    words, spaced = water._water_words("Overseas Chelsea Bayern rivers")
    assert words == spaced == {"rivers"}
    words, spaced = water._water_words("(Sea of Azov) and_river")
    assert words == {"Sea"} and spaced == set()

"""mark_villages' early exits (the words looked for once per text) change no reading:
it marks exactly what a look around every mention marks (and every other mention of a
name it marks)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.text import sizes
from geo.text.sizes import VILLAGE, mark_villages
from geo.text.tokens import Mention

_NAMES = ["Blida", "Khiam", "Houla", "Kfar Kila", "Tyre"]
_FILLER = [
    " ", ", ", " and ", " the village of ", " the Villages of ", ", a small border village",
    ", the HAMLET", " hamlets of ", " shelling hit ", " a village ", "x" * 130, ". ",
    " VILLAGES OF ", ", a remote mountain village", " the vİllage of ", ", a vıllage",
    " the ViLLaGeS of ", ", the Hamlet",
]


def _reference(text: str, mentions: list[Mention]) -> list[str]:
    """The readings a look around every mention gives (no early exit)."""
    out = []
    for m in mentions:
        before = text[max(0, m.start - sizes._REACH) : m.start]
        found = sizes._BEFORE.search(before)
        # "the villages of X" with no list after X: the villages in the area X
        alone = found and sizes._PLURAL_OF.search(found.group()) and not (
            sizes._LIST_AFTER.match(text, m.end)
        )
        hit = not m.demonym_country and (
            sizes._AFTER.match(text, m.end) or (found and not alone)
        )
        out.append(VILLAGE if hit else "")
    # a village's name is the village in every mention of it
    called = {m.key for m, r in zip(mentions, out, strict=True) if r}
    return [VILLAGE if m.key in called and not m.demonym_country else r
            for m, r in zip(mentions, out, strict=True)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_FILLER), st.sampled_from(_NAMES)), max_size=8))
def test_same_readings_as_a_look_around_every_mention(parts):
    text, mentions = "", []
    for filler, name in parts:
        text += filler
        mentions.append(Mention(len(text), len(text) + len(name), name.lower(), 0, 0))
        text += name
    mark_villages(text, mentions)
    fresh = [Mention(m.start, m.end, m.key, 0, 0) for m in mentions]
    assert [m.reading for m in mentions] == _reference(text, fresh)


def test_no_village_word_marks_nothing():
    text = "Shelling hit Blida and Tyre."
    ms = [Mention(13, 18, "blida", 0, 0), Mention(23, 27, "tyre", 0, 0)]
    mark_villages(text, ms)
    assert [m.reading for m in ms] == ["", ""]


def test_a_list_reaching_back_to_its_word():
    names = ", ".join(f"Name{k}" for k in range(8))
    text = f"Strikes on the villages of {names} and Houla."
    start = text.index("Houla")
    ms = [Mention(start, start + 5, "houla", 0, 0)]
    mark_villages(text, ms)
    expected = VILLAGE if re.search("village", text[max(0, start - 120) : start]) else ""
    assert ms[0].reading == expected

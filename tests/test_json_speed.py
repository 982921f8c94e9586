""":func:`geo._json.scrub_text` tests for a surrogate by encoding the text (a fast scan
in C): the same text as the plain replacement of every surrogate."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from geo._json import scrub_text

_PLAIN = re.compile("[\ud800-\udfff]")


_PIECES = st.sampled_from(
    ["a", " ", "é", "Київ", "\ud800", "\udfff", "\ud83d", "\ude00", "😀", "\ufffd", "\x00"]
)


@given(st.lists(_PIECES, max_size=20).map("".join))
@example("Sumy \ud800!")
@example("a\ud83d\ude00b")
def test_scrubbed_text_is_the_plain_replacement(text):
    out = scrub_text(text)
    assert out == _PLAIN.sub("\ufffd", text)
    assert len(out) == len(text)
    out.encode("utf-8")  # always writable

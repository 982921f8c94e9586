"""The sentence around a spatial phrase is found by bisection over the text's sentence
ends, found once (no scan from the text's start for every phrase), with the bounds the
definition gives: from the end of the last sentence end before the phrase."""

from __future__ import annotations

import random

from geo.text.spatial.context import Context
from geo.text.spatial.vocabulary import _SENTENCE_END


def _scanned(text: str, start: int) -> int:
    s = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        s = m.end()
    return s


def test_sentence_start_is_the_scan_of_its_definition():
    rng = random.Random(27)
    for _ in range(3000):
        text = "".join(rng.choice("ab .!?\n\tU.S") for _ in range(rng.randint(0, 40)))
        ctx = Context(text, (), None)
        for start in range(len(text) + 1):
            assert ctx.sentence(start, start)[0] == _scanned(text, start), (text, start)


def test_sentence_bounds_of_a_phrase():
    text = "Drones hit Sumy. The city lies about 30 km from the border. Power is out."
    ctx = Context(text, (), None)
    start = text.index("The city")
    assert ctx.sentence(start, start + 8) == (16, text.index(" Power"))

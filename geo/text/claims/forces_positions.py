"""Claims stage 4, linking: where armed forces stand, told by the article itself.

"Russian troops were about half a kilometre from Avdiivka.", "Ukrainian forces remained
in northern Kupiansk.", "Russian tanks were spotted near Kreminna." A position of armed
forces at a place the sentence names is front-line reporting, as an act of theirs is
("Russian forces advanced near Pokrovsk", :mod:`~geo.text.claims.linking`) and as
"Elements of the 2nd Combined Arms Army are reportedly operating near Rodynske" is: an
unattributed claim (``kind`` ``reported``). Not a position in a clause that sets the
scene ("when Russian troops were near Kyiv"); the caller checks that the sentence
describes no place ("lies 10 km from") and tells no history (a year long ago).
Linear: a substring gate, then one search of the sentence.
"""

from __future__ import annotations

import re

from .context import _Context
from .segmentation import Sentence

__all__ = ["forces_placed"]


#: Armed forces of a side ("Russian troops", "RSF fighters", "enemy units"), then a
#: verb of being or staying (a few adverbs), a verb of being seen or stationed at most,
#: a distance at most ("about half a kilometre", "3 km"), then the preposition that
#: places them: "troops were about half a kilometre from", "forces remained in", "tanks
#: were spotted near", "units are still operating outside".
_POSITION = re.compile(
    r"(?:\b[A-Z][\w-]*|\b(?i:enemy|government|opposition|allied|our|their))\s+(?i:(?:forces|"
    r"troops|units|soldiers|servicemen|fighters|militants|rebels|tanks|columns?)\s+"
    r"(?:(?:were|was|are|is|remained|remain|remains|stayed|(?:had|have|has)\s+been|still|"
    r"now|also|reportedly|already|then)\s+){1,3}(?:(?:spotted|seen|operating|positioned|"
    r"stationed|deployed|entrenched|dug\s+in|massing|massed|present)\s+)?(?:(?:about|"
    r"around|some|roughly|approximately|nearly|almost|just|only|barely|less\s+than|within)"
    r"\s+)?(?:(?:[\w-]+\s+){0,3}?(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\s+)?"
    r"(?:from|of|near|in|inside|outside|around|at|on\s+the\s+outskirts\s+of)\s)"
)
#: Substrings (lower case) every ``_POSITION`` match holds one of.
_GATE = ("forces", "troops", "units", "soldiers", "servicemen", "fighters", "militants",
         "rebels", "tanks", "column")  # fmt: skip
#: A clause of time or a relative clause the position sits in: background, no report.
_SCENE = re.compile(
    r"\b(?:since|after|before|when|until|while|as|once|where|which|that|who|if)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)


def forces_placed(ctx: _Context, sent: Sentence) -> bool:
    """Whether ``sent`` (not a line) places armed forces at a place it names after them,
    in its main clause (see the module docstring).

    >>> from geo.text.claims.segmentation import split_sentences
    >>> class C:  # the context's text and places (one toponym: Avdiivka)
    ...     text = "Russian troops were about half a kilometre from Avdiivka."
    ...     def literal_places(self, s, e):
    ...         return ["Avdiivka"] if s <= 48 < e else []
    >>> forces_placed(C(), split_sentences(C.text)[0])
    True
    """
    text, s, e = ctx.text, sent.start, sent.end
    low = text[s:e].lower()
    if sent.line or not any(map(low.__contains__, _GATE)):
        return False
    for m in _POSITION.finditer(text, s, e):
        if _SCENE.search(text, max(s, m.start() - 40), m.start()):
            continue  # "when Russian troops were near Kyiv"
        if ctx.literal_places(m.end(), e):
            return True
    return False

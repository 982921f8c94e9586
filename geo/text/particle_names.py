"""Recognition, people: surnames written with a particle ("Alex de Waal", "Ursula von
der Leyen") are a person's, not the place or river their last word names.  Used by the
context rules (:mod:`geo.text.context_rules`) through :mod:`geo.text.people`.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import lexicon as lx
from .tokens import Token

__all__ = ["SURNAME_PARTICLES", "particle_surname"]

#: Lower-case particles of a surname: "Alex de Waal", "Ursula von der Leyen", "Rafael van
#: der Vaart", "Mohammed bin Salman".  (A place named with one, "Rio de Janeiro", is
#: read whole by the gazetteer: its last word is never a mention of its own.)
SURNAME_PARTICLES = frozenset("de del della der den di du da dos van von ter ten bin ibn".split())
#: The most particles one surname carries before its name ("van der", "de la").
_MAX_PARTICLES = 2


def particle_surname(text: str, at: Sequence[Token], i: int) -> bool:
    """Whether the name at token ``i`` ends a person's surname: after one or two
    lower-case particles (:data:`SURNAME_PARTICLES`) that follow a given name or a title
    ("Alex de Waal", "Mr. de Waal", "Ursula von der Leyen"): not the Waal river, nor
    Leyen.  ``at``: the text's tokens, in order."""
    k, n = i - 1, 0
    while (
        k >= 0
        and n < _MAX_PARTICLES
        and not at[k].capitalized
        and at[k].norm in SURNAME_PARTICLES
        and text[at[k].end : at[k + 1].start] == " "
    ):
        k, n = k - 1, n + 1
    if not n or k < 0 or not at[k].capitalized:
        return False
    gap = text[at[k].end : at[k + 1].start]
    word = at[k].norm
    return (gap == " " and word in lx.first_names()) or (
        gap in (" ", ". ") and word in lx.PERSON_TITLES
    )

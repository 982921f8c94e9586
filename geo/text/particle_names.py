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


def particle_surname(text: str, at: Sequence[Token], i: int, j: int | None = None) -> bool:
    """Whether the name at token ``i`` ends a person's surname: after one or two
    lower-case particles (:data:`SURNAME_PARTICLES`) that follow a given name or a title
    ("Alex de Waal", "Mr. de Waal", "Ursula von der Leyen"): not the Waal river, nor
    Leyen; or after one capitalised particle that follows a given name ("Andre De Grasse",
    "Jean-Claude Van Damme": not Grasse in Provence).  So is a given name before such a
    capitalised particle and a capitalised word ("the sprinter Andre De Grasse": not
    Andre), where the name is that one word (``j``, its last token, is ``i`` or None) and
    no capitalised word runs into it: "Mar Del Plata", "Santa Maria Da Feira" are places.
    ``at``: the text's tokens, in order."""
    if (j is None or j == i) and _given_before_particle(text, at, i):
        return True
    k, n = i - 1, 0
    while (
        k >= 0
        and n < _MAX_PARTICLES
        and not at[k].capitalized
        and at[k].norm in SURNAME_PARTICLES
        and text[at[k].end : at[k + 1].start] == " "
    ):
        k, n = k - 1, n + 1
    if not n:
        return _capital_particle(text, at, i - 1) and text[at[i - 2].end : at[i - 1].start] == " "
    if k < 0 or not at[k].capitalized:
        return False
    gap = text[at[k].end : at[k + 1].start]
    word = at[k].norm
    return (gap == " " and word in lx.first_names()) or (
        gap in (" ", ". ") and word in lx.PERSON_TITLES
    )


def _capital_particle(text: str, at: Sequence[Token], k: int) -> bool:
    """Is token ``k`` a capitalised particle ("De", "Van") between a given name before it
    and a capitalised word after it, each one space away?"""
    if k < 1:
        return False
    try:  # (``at`` may build its tokens on demand: no len())
        particle, given, name = at[k], at[k - 1], at[k + 1]
    except IndexError:
        return False
    return (
        particle.text[:1].isupper()
        and not particle.text.isupper()
        and particle.norm in SURNAME_PARTICLES
        and name.capitalized
        and text[particle.end : name.start] == " "
        and given.capitalized
        and text[given.end : particle.start] == " "
        and given.norm in lx.first_names()
    )


def _given_before_particle(text: str, at: Sequence[Token], i: int) -> bool:
    """Is token ``i`` a given name before a capitalised particle and a capitalised word
    ("Andre" in "Andre De Grasse"), or before one or two lower-case particles and a
    capitalised word ("Dennis" in "Dennis van Engelsdorp", "Ursula von der Leyen"), with
    no capitalised word just before it ("Santa Maria Da Feira")?  (A place so named,
    "Santiago de Cuba", is read whole by the gazetteer: its first word is no name alone.)"""
    if i > 0 and at[i - 1].capitalized and text[at[i - 1].end : at[i].start] == " ":
        return False
    return _capital_particle(text, at, i + 1) or _lower_particles_after(text, at, i)


def _lower_particles_after(text: str, at: Sequence[Token], i: int) -> bool:
    """Is token ``i`` a given name (:func:`lexicon.first_names`) followed, one space
    apart each, by one or two lower-case particles and a capitalised word?"""
    try:  # (``at`` may build its tokens on demand: no len())
        given = at[i]
        k = i + 1
        while k - i <= _MAX_PARTICLES and not at[k].capitalized:
            if at[k].norm not in SURNAME_PARTICLES or text[at[k - 1].end : at[k].start] != " ":
                return False
            k += 1
        name = at[k]
    except IndexError:
        return False
    return (
        k > i + 1
        and name.capitalized
        and text[at[k - 1].end : name.start] == " "
        and given.capitalized
        and given.norm in lx.first_names()
    )

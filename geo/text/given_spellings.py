"""Given names read by another language's name of a place: "said Olena, a pensioner".

A single capitalised word that is a given name (:func:`geo.text.lexicon.first_names`:
"Olena", "Oksana") that the gazetteer holds only as an alternate or foreign-language
name, or a close spelling, of some place (no place has it as its own name or alias:
"Olena" is a name of Olaine, Latvia), is a person's where the words around it make it
one: a verb of speech right before it ("said Olena"), or after it an apposition of a
person ("Olena, a pensioner", "Olena, 67,", "Olena, who fled").  Nothing else (no cue
such as "in", no container, no list of places) makes it a place.
:func:`drop_given_spellings` leaves such mentions out before resolution, so that they are
neither read as a far namesake nor reported as a place left unplaced.

Cost: a set lookup per mention and two anchored matches per given name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE
from . import lexicon as lx
from .tokens import Mention, without_mentions

__all__ = ["drop_given_spellings"]

#: Right before the name: a verb of speech ("said Olena", "told Oksana").
_SPEECH_BEFORE = re.compile(
    r"(?<![\w'’-])(?:said|says|told|asked|added|recalled|explained|wrote)[ \t]+$"
)
_BEFORE_CHARS = 12
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+$")
#: Right after the name: a person's apposition ("Olena, a pensioner", "Olena, 67,", "Olena,
#: who fled").
_PERSON_AFTER = re.compile(r",[ \t]+(?:an?[ \t]+[a-z]|\d{1,3}[ \t]*,|who\b|whose\b)")


def _given_spelling(text: str, m: Mention) -> bool:
    """Is ``m`` a lone given name, no place's own name, that its words make a person's?"""
    if (
        m.first != m.last
        or m.unknown
        or m.cue
        or m.containers
        or m.siblings
        or m.dateline
        or m.reading
        or m.key not in lx.first_names()
        or any(c.quality < QUALITY_ALTERNATE for c in m.candidates)
    ):
        return False
    if _THE_BEFORE.search(text, max(0, m.start - 5), m.start):
        return False  # "the Paloma, a term ...": no person's name takes "the"
    return bool(
        _SPEECH_BEFORE.search(text, max(0, m.start - _BEFORE_CHARS), m.start)
        or _PERSON_AFTER.match(text, m.end)
    )


def drop_given_spellings(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the given names made a person's (module docstring); the kept
    mentions' lists renumbered.

    Examples
    --------
    >>> from geo.gazetteer.lookups import Candidate
    >>> text = "said Olena, a pensioner in Kyiv"
    >>> olena = Mention(5, 10, "olena", 1, 1, candidates=[Candidate(7, QUALITY_ALTERNATE)])
    >>> kyiv = Mention(27, 31, "kyiv", 6, 6, cue="in")
    >>> [m.key for m in drop_given_spellings(text, [olena, kyiv])]
    ['kyiv']
    """
    drop = {k for k, m in enumerate(mentions) if _given_spelling(text, m)}
    return without_mentions(mentions, drop)

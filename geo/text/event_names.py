"""Competitions' names that open with or hold a place's name.

"Copa America", "Copa del Rey": the first word opens the name of a competition, no
town of that word (:func:`event_head`); "the Vuelta a España", "the Coupe de France",
"the Giro d'Italia", "the Coppa Italia": the name after a competition's head and its
small word is the competition's, no place the text speaks of (:func:`event_tail`).
Read by :func:`geo.text.name_words.not_a_name_word`.  Cost: one anchored match at the
name's end, one look-behind of 16 characters at its start.
"""

from __future__ import annotations

import re

from .lexicon import EVENT_HEADS

__all__ = ["event_head", "event_tail"]

#: A small word between a competition's head and the rest of its name ("Vuelta a España",
#: "Copa del Rey", "Coupe de France", "Giro d'Italia").
_LINKS = r"a|al|de|del|della|di|du|do|da"
#: After a competition's head: maybe its small word, then a capital ("Copa |del Rey").
_REST = re.compile(r"[ \t]+(?:(?:" + _LINKS + r")[ \t]+|d['’])?[A-Z]")
#: Before a name: a competition's head, maybe with its small word ("the Vuelta a |España").
_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(w.capitalize() for w in EVENT_HEADS)) + r")"
    r"[ \t]+(?:(?:" + _LINKS + r")[ \t]+|d['’])?$"
)
_LOOK_BEHIND = 16  # characters: the longest head and small word, with their spaces


def event_head(text: str, end: int) -> bool:
    """Does a competition's name go on after its head ending at ``end`` ("Copa| America",
    "Copa| del Rey", "Giro| d'Italia"; not "the Copa| city council")?

    >>> event_head("the Copa del Rey final", 8), event_head("the Copa city council", 8)
    (True, False)
    """
    return _REST.match(text, end) is not None


def event_tail(text: str, start: int) -> bool:
    """Does a competition's head (:data:`~geo.text.lexicon.places.EVENT_HEADS`) and maybe
    its small word come right before ``start`` ("the Vuelta a |España", "the Coupe de
    |France", "the Giro d'|Italia", "the Coppa |Italia")?  The name there is the
    competition's, no place the text speaks of.

    >>> event_tail("He won the Vuelta a España.", 20), event_tail("a holiday in España", 13)
    (True, False)
    """
    return _BEFORE.search(text[max(0, start - _LOOK_BEHIND) : start]) is not None

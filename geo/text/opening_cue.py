"""A sentence's opening "In" as a place cue for a name read by its spelling.

"In Qalqilya, the municipality said": the gazetteer has Qalqīlyah in another
romanisation, and a lower-case "in" before the name is a place cue
(:func:`geo.text.spellings.unknown_name`); the capitalised "In" opening the sentence is
one too, before a first mention of a name that a comma closes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["opening_in"]


def opening_in(text: str, prev: Any, end: int, mentions: Sequence[Any]) -> bool:
    """Whether ``prev`` (the token before a name ending at ``end``) is a sentence's
    opening "In" that cues the name: a comma closes the name ("In Qalqilya, ..."), and no
    mention in ``mentions`` (those read so far) has read the same words (a repeat keeps
    its cue); a name a clause runs on from ("In Glotovo a drone fell") gets no cue (a
    name the gazetteer lacks stays unread).

    >>> from types import SimpleNamespace as T
    >>> text = "In Qalqilya, the municipality said."
    >>> opening_in(text, T(initial=True, norm="in", end=2), 11, [])
    True
    >>> opening_in("In Glotovo a drone fell.", T(initial=True, norm="in", end=2), 10, [])
    False
    """
    if not (prev.initial and prev.norm == "in" and text[end : end + 1] == ","):
        return False
    name = text[prev.end : end].strip().lower()
    return not any(text[m.start : m.end].lower() == name for m in mentions)

"""Claims stage 3 helper, an answer about other people than the claim's.

"Russia's Defence Ministry said its strike killed 50 Ukrainian soldiers in Kharkiv.
Kharkiv governor Oleh Syniehubov said no civilians were killed in Kharkiv." The governor
tells of civilians, the ministry of soldiers: his "no civilians were killed" does not
dispute the ministry's claim, though both are about Kharkiv. :func:`about_other_people`
tells such an answer: "no <people> were killed/wounded/hurt" where the people are of
one kind (civilians, residents, children; soldiers, troops, servicemen, crew) and the
claim answered tells only of people of the other kind. "No one was killed" and "no
people were hurt" answer any toll. Reads the two claims' spans once.
"""

from __future__ import annotations

import re

from .context import _Draft

__all__ = ["about_other_people"]

_CIVIL = frozenset(
    "civilian civilians resident residents child children women passengers patients "
    "worker workers".split()
)
_ARMED = frozenset(
    "soldier soldiers troops serviceman servicemen fighter fighters personnel militant "
    "militants sailor sailors crew mercenaries".split()
)
#: "no civilians were killed", "no Ukrainian soldiers had been wounded".
_NONE_HARMED = re.compile(
    r"\bno\s+(?:[\w-]+\s+){0,2}?(?P<who>[a-z]+)\s+(?:was|were|had\s+been|has\s+been|have\s+been)"
    r"\s+(?:killed|injured|wounded|hurt|harmed)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+")


def about_other_people(text: str, d: _Draft, before: _Draft) -> bool:
    """Whether ``d``'s "no <people> were killed" tells of people of another kind than
    every person ``before`` tells of (see the module docstring).

    >>> t = ("The ministry said its strike killed 50 soldiers in Kharkiv. "
    ...      "The governor said no civilians were killed in Kharkiv.")
    >>> a = _Draft(0, 59, "the ministry", "said", "org", "", 0, 0, 0)
    >>> b = _Draft(60, len(t), "The governor", "said", "person", "", 1, 1, 0)
    >>> about_other_people(t, b, a)
    True
    """
    m = _NONE_HARMED.search(text, d.start, d.end)
    if m is None:
        return False
    who = m.group("who").lower()
    kind = _CIVIL if who in _CIVIL else _ARMED if who in _ARMED else None
    if kind is None:
        return False  # "no one was killed", "no people were hurt": any toll
    told = set(_WORD.findall(text[before.start : before.end].lower()))
    other = _ARMED if kind is _CIVIL else _CIVIL
    return bool(told & other) and not told & kind

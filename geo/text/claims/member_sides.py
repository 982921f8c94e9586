"""Claims stage 2c, a member of the body that spoke just before: its side.

A speaker named with no country takes the side of the claim just before when it is
that claim's body named again or one of its members:

- a generic back-reference to an organisation ("the group", "the organisation", "the
  mission", "the watchdog") after an organisation's claim: "Amnesty International said
  ... The group said" is Amnesty's, "The UN Human Rights Monitoring Mission in Ukraine
  said ... The mission said" the mission's (independent);
- a phrase sharing a body's word with the speaker before ("police", "prosecutor",
  "ministry", "navy", ...): "Ukraine's national police say that is not true. ..., a
  police spokeswoman said" is Ukraine's, "Ukraine's Prosecutor General's Office said ...
  Prosecutors allege" Ukraine's; not a ministry of another portfolio ("the health
  ministry" after "Israel's defence ministry", :func:`~.side_bodies.other_portfolio`);
- its document named again: "Prosecutors allege ... The indictment says" is the
  prosecutors'.

:func:`member_of` tells it from the two speakers' phrases alone. Linear: reads two
short phrases.
"""

from __future__ import annotations

import re

from .side_bodies import other_portfolio

__all__ = ["member_of"]

#: A generic back-reference to an organisation that spoke: "the group", "the mission".
_BACKREF = re.compile(
    r"(?i:the)\s+(?:group|organi[sz]ation|mission|watchdog|monitor|charity|ngo|rights\s+group)$"
)
#: A speaker's document named again: "the indictment", "the statement".
_DOCUMENT = re.compile(
    r"(?i:the)\s+(?:indictment|charge\s+sheet|communiqu[eé]|statement|complaint|lawsuit|"
    r"filing|verdict|ruling)$"
)
#: Words naming a body whose members speak for it (singular).
_BODY_WORDS = frozenset(
    "police prosecutor prosecutors ministry army military navy mission guard service "
    "command administration agency committee council department inspectorate".split()
)
_WORD = re.compile(r"[A-Za-z]+")
#: A state's armed body or government, which "the group" does not name again.
_STATE_BODY = re.compile(
    r"\b(?:army|military|armed\s+forces|navy|air\s+force|police|ministry|government|"
    r"junta|presidency|gendarmerie)\b",
    re.IGNORECASE,
)


def _body_words(phrase: str) -> set[str]:
    words = {w.lower() for w in _WORD.findall(phrase)}
    return {w.removesuffix("s") if w == "prosecutors" else w for w in words & _BODY_WORDS}


def member_of(source: str, kind: str, prev_source: str | None, prev_kind: str) -> bool:
    """Whether the speaker ``source`` (of ``kind``) is the body that made the claim just
    before (``prev_source`` of ``prev_kind``) named again, or one of its members (see
    the module docstring).

    >>> member_of("the group", "org", "Amnesty International", "org")
    True
    >>> member_of("a police spokeswoman", "person", "Ukraine's national police", "org")
    True
    >>> member_of("prosecutors", "group", "Ukraine's Prosecutor General's Office", "org")
    True
    >>> member_of("the health ministry", "org", "Israel's defence ministry", "org")
    False
    >>> member_of("the indictment", "org", "prosecutors", "group")
    True
    >>> member_of("the group", "org", "Vladimir Saldo", "person")
    False
    >>> member_of("the group", "org", "Mali's army", "org")
    False
    """
    if not source or not prev_source or source == prev_source:
        return False
    if _BACKREF.fullmatch(source.strip()):
        # not a state's armed body or government: "Mali's army said it repelled the
        # attack. In Burkina Faso, the group also claimed ..." is the jihadists' group
        return prev_kind in ("org", "group") and not _STATE_BODY.search(prev_source)
    if _DOCUMENT.fullmatch(source.strip()):
        return True  # "Prosecutors allege ... The indictment says"
    shared = _body_words(source) & _body_words(prev_source)
    return bool(shared) and not other_portfolio(source, prev_source)

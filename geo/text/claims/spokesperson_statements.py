"""Claims stage 5, a spokesperson's statement of their own after their government's.

A government's announcement and its named spokesperson's words in the next sentence are
one claim when the spokesperson goes on with it ("Russia announced ... Vladimir
Medinsky, head of Russia's negotiating team, stated, '...'",
:func:`~geo.text.claims.merging._merge_spokespersons`). A spokesperson who says a thing of
their own is a claim of their own, and the government's sentence stays the
government's: "The Kremlin said it was too early to talk about a ceasefire. Kremlin
spokesman Dmitry Peskov told reporters that Russia's goals had not changed." -> the
Kremlin's claim and Peskov's. :func:`new_statement` tells it by the words around the
cue: "also" or "further" before it ("Peskov also said"), or a "that" clause after it,
a few words on ("told reporters that", "said on Tuesday that"). Reads the claim's words
once.
"""

from __future__ import annotations

import re

from .context import _Draft

__all__ = ["new_statement"]

_CUES = r"(?:said|says|told|tells|stated|states|added|adds|noted|notes|stressed|insisted)"
_NEW = re.compile(
    rf"\b(?:(?:also|further|separately)\s+{_CUES}\b|{_CUES}\s+(?:[\w’'-]+\s+){{0,4}}?that\b)",
    re.IGNORECASE,
)


def new_statement(text: str, d: _Draft) -> bool:
    """Whether the spokesperson's claim ``d`` says a thing of its own rather than going
    on with the government's claim before it (see the module docstring).

    >>> t = "Kremlin spokesman Dmitry Peskov told reporters that goals had not changed."
    >>> new_statement(t, _Draft(0, len(t), "Dmitry Peskov", "told", "person", "", 1, 1, 0))
    True
    >>> t = 'Vladimir Medinsky, head of the team, stated, "We are ready."'
    >>> new_statement(t, _Draft(0, len(t), "Vladimir Medinsky", "stated", "person", "", 1, 1, 0))
    False
    """
    start = max(d.start, d.subj_start) if d.subj_start >= 0 else d.start
    return _NEW.search(text, start, d.end) is not None

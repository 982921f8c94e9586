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
a few words on ("told reporters that", "said on Tuesday that"); or a list item of its
own, a line opened by a bullet or a number ("- Chad army spokesman X said ..." after "- The
Chadian army said ...": two events of a list). Reads the claim's words once.
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


#: A line opened as a list item: a bullet, a dash or a number ("- ", "• ", "3. ", "2) ").
_ITEM = re.compile(r"[ \t]*(?:[-•*–—▪●]|\d{1,3}[.)])\s")


def new_statement(text: str, d: _Draft) -> bool:
    """Whether the spokesperson's claim ``d`` says a thing of its own rather than going
    on with the government's claim before it (see the module docstring).

    >>> t = "Kremlin spokesman Dmitry Peskov told reporters that goals had not changed."
    >>> new_statement(t, _Draft(0, len(t), "Dmitry Peskov", "told", "person", "", 1, 1, 0))
    True
    >>> t = 'Vladimir Medinsky, head of the team, stated, "We are ready."'
    >>> new_statement(t, _Draft(0, len(t), "Vladimir Medinsky", "stated", "person", "", 1, 1, 0))
    False
    >>> t = "- Army spokesman Azem Agouna said 17 soldiers were wounded."
    >>> new_statement(t, _Draft(2, len(t), "Azem Agouna", "said", "person", "", 1, 1, 0))
    True
    """
    start = max(d.start, d.subj_start) if d.subj_start >= 0 else d.start
    line = text.rfind("\n", 0, d.start) + 1
    item = _ITEM.match(text, line)
    if item is not None and d.start <= item.end():
        return True  # a list item of its own: another event of the list
    return _NEW.search(text, start, d.end) is not None

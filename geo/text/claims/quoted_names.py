"""Claims stage 2b, a medium named in quotation marks: 'The channel "Voenkor Kotenok" wrote'.

A channel, account, blog or outlet is often named in quotation marks after the noun
that says what it is: 'The pro-Kremlin channel "Voenkor Kotenok" wrote that ...', 'the
Telegram account "Military Informant" posted'. :func:`quoted_medium` reads such a
speaker before a cue verb: the name inside the quotation marks is the source, the words
before it (up to the sentence's start, a comma or a determiner: "The pro-Kremlin
channel") describe it and tell its side. Reads a bounded number of tokens.
"""

from __future__ import annotations

import re

from .context import _Attribution
from .segmentation import _Tok

__all__ = ["quoted_medium"]

#: The noun of a medium right before the opening quotation mark.
_MEDIUM_NOUN = re.compile(
    r"\b(?:channel|account|blog|page|outlet|newspaper|website|site|agency|broadcaster|"
    r"project|group|publication|feed)\s*[“\"]$",
    re.IGNORECASE,
)
#: The longest quoted name (tokens), and how far back its description may reach.
_NAME_TOKENS = 8
_DESCRIPTION_TOKENS = 6
_STOPS = frozenset((",", ";", ":", "—", "–", "(", ")", ".", "“", "”", '"'))


def quoted_medium(text: str, toks: list[_Tok], j: int, v: int, cue: str) -> _Attribution | None:
    """The attribution of the cue at token ``v`` to a medium named in the quotation that
    closes at token ``j`` (see the module docstring), or None."""
    k = next(
        (k for k in range(j - 1, max(-1, j - _NAME_TOKENS - 1), -1) if toks[k].text in ("“", '"')),
        None,
    )
    if k is None or k == 0 or k == j - 1:
        return None
    if _MEDIUM_NOUN.search(text, max(0, toks[k].start - 30), toks[k].end) is None:
        return None
    name = text[toks[k].end : toks[j].start].strip()
    if not name[:1].isupper() or any(c in name for c in ".,;:!?"):
        return None  # a quotation, not a name
    a = k - 1
    while a > 0 and k - a < _DESCRIPTION_TOKENS and toks[a - 1].text not in _STOPS:
        a -= 1
        if toks[a].text.lower() in ("the", "a", "an"):
            break
    descriptor = text[toks[a].start : toks[k].start].strip()
    return _Attribution(v, cue, toks[a].start, toks[j].end, name, "org", descriptor)

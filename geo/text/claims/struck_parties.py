"""A party a claim names only as what was struck is not the one it blames.

"The Israeli army said it had struck a Hamas commander" names Hamas as its target, not
as the one who acted: a denial of involvement by Hamas ("Hamas denied any role") does
not answer it (:func:`~geo.text.claims.targets.accuses`).
"""

from __future__ import annotations

import re

__all__ = ["named_only_as_target"]

#: A verb of striking and the words of its object up to the party's name: "targeted a",
#: "struck two senior", "killed the", "hit".
_STRIKE_BEFORE = re.compile(
    r"\b(?:target|strik|struck|hit|kill|bomb|shell|attack|eliminat|destroy|raid|"
    r"intercept|arrest|detain|captur)\w*\s+(?:(?:a|an|the|two|three|several|senior|top|"
    r"suspected|alleged|some|\d+)\s+){0,3}$",
    re.IGNORECASE,
)


def named_only_as_target(text: str, start: int, end: int, name: str) -> bool:
    """Whether every mention of ``name`` (a word, case aside) in ``text[start:end]`` is
    in the object of a verb of striking ("targeted a Hamas militant", "struck Hezbollah
    positions"), so that the claim does not name the party as the one who acted. False
    when ``name`` is not mentioned. Linear in the span (30 characters before each mention).

    >>> t = "The army said it had targeted a Hamas militant."
    >>> named_only_as_target(t, 0, len(t), "hamas")
    True
    >>> t = "Officials said Hamas gunmen had looted a convoy."
    >>> named_only_as_target(t, 0, len(t), "hamas")
    False
    """
    mentions = list(re.finditer(rf"\b{re.escape(name)}\b", text[start:end], re.IGNORECASE))
    if not mentions:
        return False
    return all(
        _STRIKE_BEFORE.search(text, max(start, start + m.start() - 40), start + m.start())
        for m in mentions
    )

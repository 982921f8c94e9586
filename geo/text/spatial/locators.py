"""Locators: "Petropavlivka (east of Kupiansk)", "Rodynske (north of Pokrovsk)".

An analyst's bracket right after a place name tells the reader where that place lies; it
states nothing about where fighting, a strike or a claim is. The place itself is
already on the map (resolved, or estimated from that very hint by the geoparser,
:mod:`geo.text.hints`), so drawing the bracket as a 2-40 km compass sector would show a
claim over a wedge of country where the text speaks of one village. A phrase that
fills a bracket standing right after a located toponym is therefore kept as a phrase
(no other builder reads it again) but gives no feature.
"""

from __future__ import annotations

import re

from .context import Candidate, Context

__all__ = ["drop_locators"]

#: What may stand between a bracket's edge and the phrase inside it.
_PAD = " \t"
#: A word that may close the bracket after the phrase's place: "(northeast of Sumy City)",
#: "(east of the Kupiansk raion)".
_CLOSING_WORD = re.compile(
    r"[ \t]+(?:city|town|village|settlement|region|oblast|raion|district|hromada)\b",
    re.IGNORECASE,
)


def drop_locators(ctx: Context, pooled: list[Candidate]) -> list[Candidate]:
    """``pooled`` with the feature of every bracketed locator removed (its phrase kept,
    its feature None): a candidate whose phrase is the whole content of a ``(...)``
    that follows a located toponym (one with a place) with only spaces between.
    Linear: one map of toponym ends a text, one look a candidate."""
    text = ctx.text
    if "(" not in text:
        return pooled
    ends = {t.end for t in ctx.toponyms if t.place is not None}
    out = []
    for c in pooled:
        if c.feature is not None and _bracketed_after(text, c.start, c.end, ends):
            c = Candidate(c.start, c.end, None)
        out.append(c)
    return out


def _bracketed_after(text: str, start: int, end: int, ends: set[int]) -> bool:
    """Whether ``text[start:end]`` fills a bracket whose ``(`` follows one of ``ends``."""
    a = start
    while a > 0 and text[a - 1] in _PAD:
        a -= 1
    closing = _CLOSING_WORD.match(text, end)
    b = end if closing is None else closing.end()
    while b < len(text) and text[b] in _PAD:
        b += 1
    if a == 0 or text[a - 1] != "(" or b >= len(text) or text[b] != ")":
        return False
    k = a - 1
    while k > 0 and text[k - 1] in _PAD:
        k -= 1
    return k in ends

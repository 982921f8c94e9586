"""Claims stage 3, how far a denial of a capture reaches.

"Ukraine's military spokesman denied that Krasnoarmeysk had fallen" answers the claims
of its capture, not the same ministry's claims about Dzerzhinsk or Ugledar a sentence
before: a denial that names places reaches only the earlier claims naming one of them.
The claim such a denial answers is the latest one naming its place, even when the
claim just before names none ("..., which Moscow says it captured last autumn.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .context import _Context, _Draft
from .same_places import _place_keys, _span_place_keys

__all__ = ["captures_of_denied_places", "claim_of_denied_place"]

#: A denial stating what it denies: "denied that Krasnoarmeysk had fallen", "denies the
#: town was captured" (not "denied the claim": that refers back).
_DENIED_CONTENT = re.compile(
    r"\b(?:denied|denies|deny|denying|refuted|refutes|rejected|rejects)\s+"
    r"(?!(?:the|this|that|these|those|such|its|their)\s+(?:claims?|reports?|accounts?|"
    r"assertions?|statements?|allegations?)\b)",
    re.IGNORECASE,
)


def claim_of_denied_place(
    ctx: _Context, recent: Iterable[_Draft], prev: _Draft, start: int, stop: int, places: set
) -> _Draft:
    """The claim a denial in ``text[start:stop]`` that states its content and names
    ``places`` answers when ``prev`` names no place: the latest recent claim naming one
    of them; else ``prev``."""
    if _DENIED_CONTENT.search(ctx.text, start, stop) is None:
        return prev
    return next((d for d in recent if not places.isdisjoint(_place_keys(ctx, d))), prev)


def captures_of_denied_places(
    ctx: _Context, claims: list[_Draft], start: int, stop: int
) -> list[_Draft]:
    """The ``claims`` a denial in ``text[start:stop]`` reaches: all of them when it
    names no place ("denied the town had fallen"), else those naming one of its places."""
    places = set(_span_place_keys(ctx, start, stop))
    if not places:
        return claims
    return [d for d in claims if not places.isdisjoint(_place_keys(ctx, d))]

"""Claims stage 2b helper, a state's bare body answering an armed group's claim.

"The RSF said it had taken Babanusa. The army denied this, ..." and "The Arakan Army
said it had seized two outposts near Sittwe. ... The military denied losing any bases":
the army that answers a non-state group fighting in a country is that country's army.
:func:`answering_body_side` gives a bare state body ("the army", "the military", "the
junta") that denies or rejects, within two sentences of such a group's claim, the side of
the country every place of that claim lies in. Reads the claim's places only.
"""

from __future__ import annotations

import re

from .context import _Attribution, _Context, _Draft
from .sides import country_label

__all__ = ["answering_body_side"]

#: A state's armed body named with no country.
_BARE_BODY = re.compile(
    r"(?:the\s+)?(?:army|military|junta|armed\s+forces|regime|military\s+government)",
    re.IGNORECASE,
)
#: An answer's verb: "denied", "rejected", "disputed", "dismissed".
_ANSWER = re.compile(r"\b(?:den(?:y|ied|ies)|reject|disput|dismiss|refut)\w*", re.IGNORECASE)


def answering_body_side(
    ctx: _Context, attr: _Attribution, where: tuple[int, int], prev: _Draft | None, idx: int
) -> tuple[str | None, str | None] | None:
    """(side, party) of a bare state body answering a non-state group's claim ``prev``
    (see the module docstring), or None."""
    if (
        prev is None
        or idx - prev.last > 2
        or prev.side is not None
        or prev.source is None
        or prev.kind == "person"
        or not _BARE_BODY.fullmatch(attr.source or "")
        or _ANSWER.search(ctx.text, where[0], where[1]) is None
    ):
        return None
    codes = set()
    for i in ctx.places.inside(prev.start, prev.end):
        place = getattr(ctx.toponyms[i], "place", None)
        if place is None or not place.country_code:
            return None
        codes.add(place.country_code)
    if len(codes) != 1:
        return None
    (code,) = codes
    return code, country_label(ctx, code)

"""Claims stage 3, the side of a body named by "its" after what its country did.

"Poland scrambled fighter jets as a precaution, its operational command said." The
speaker closing the sentence is a body of the country that opens it: "its" refers to
Poland, so the claim is Poland's, whatever country the dateline or the paragraphs before
name ("KYIV (Reuters) - ..."). :func:`owner_side` reads a speaker's phrase that opens
with "its" or "their" ("its defence ministry", "its operational command", "their foreign
ministry") after the claim's content, and gives the country of the place that opens the
claim's sentence as its subject ("Poland", "Lithuania"), or None. Bounded: one look at
the sentence's opening toponym.
"""

from __future__ import annotations

import re

from .context import _Attribution, _Context
from .sides import country_label

__all__ = ["owner_side"]

_OWN = re.compile(r"(?:its|their)\s+\S", re.IGNORECASE)
#: What may stand before the country in its sentence: "Elsewhere,", "On Sunday,",
#: "Neighbouring".
_BEFORE = re.compile(
    r"\s*(?:(?:[A-Z][a-z]+|On\s+\w+|In\s+\w+),\s+)?(?:(?:Neighbou?ring|NATO\s+member)\s+)?"
)
#: A verb after the country's name: the name is the sentence's subject.
_VERB_AFTER = re.compile(
    r"\s+(?:also\s+|later\s+|then\s+|briefly\s+)?(?:[a-z]+(?:ed|t)|has|had|was|says|said)\b"
)


def owner_side(
    ctx: _Context, attr: _Attribution, where: tuple[int, int]
) -> tuple[str, str | None] | None:
    """(side, party) of a speaker "its X" closing the claim ``text[where]`` whose sentence
    opens with a country as subject (see the module docstring); None otherwise."""
    if not attr.after_content or not _OWN.match(attr.source or ""):
        return None
    text = ctx.text
    lead = _BEFORE.match(text, where[0])
    at = lead.end() if lead else where[0]
    inside = ctx.places.inside(at, min(where[1], at + 60))
    if not inside:
        return None
    t = ctx.toponyms[inside[0]]
    place = getattr(t, "place", None)
    if t.start != at or place is None or place.kind != "country" or not place.country_code:
        return None
    if _VERB_AFTER.match(text, t.end) is None:
        return None  # "Poland's border guards said": no subject of its own
    return place.country_code, country_label(ctx, place.country_code)

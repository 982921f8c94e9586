"""Claims stage 2b helper, a head of government the text places in a country.

A leader may be named with no country in their phrase: "In Cambodia, Prime Minister Hun
Manet said ...", "Hun Manet, who heads the government in Phnom Penh, said ...". When the
speaker is a person whose title or description makes them a head of state or government
(prime minister, president, premier, chancellor, "heads the government", "leads the
junta") and the sentence sets them in a place ("In Cambodia, ..." before the name) or
their description does ("the government in Phnom Penh"), they speak for that place's
country. :func:`placed_leader` reads a bounded window around the speaker's phrase.
"""

from __future__ import annotations

import re

from .context import _Attribution, _Context
from .sides import country_label

__all__ = ["placed_leader"]

#: A head of state or government, by title or by what the description says they do.
_LEADER = re.compile(
    r"\b(?:prime\s+minister|premier|president|chancellor|head\s+of\s+(?:state|government)|"
    r"(?:heads|head|leads|lead|led|runs|ran)\s+(?:the\s+)?(?:government|country|junta|"
    r"military\s+government|cabinet)|king|emir|sultan)\b",
    re.IGNORECASE,
)
#: "In Cambodia, " before the speaker's phrase.
_SET_IN = re.compile(r"(?<![\w’'-])[Ii]n\s+$")
#: How far around the speaker's phrase the title and the place may be (characters).
_BEFORE = 60
_AFTER = 120


def placed_leader(
    ctx: _Context, attr: _Attribution, where: tuple[int, int]
) -> tuple[str | None, str | None] | None:
    """(side, party) of a head of government set in a country (see the module
    docstring), or None."""
    if attr.kind != "person" or attr.subj_start < 0:
        return None
    text = ctx.text
    s, e = attr.subj_start, attr.subj_end
    lo = max(where[0], s - _BEFORE)
    comma = text.find(",", e, e + 2)
    tail_end = text.find(",", e + 2, e + _AFTER) if comma >= 0 else -1
    tail = (e, tail_end) if tail_end >= 0 else (e, e)  # ", who heads the government in X,"
    titled = (
        _LEADER.search(text, lo, e) is not None
        or _LEADER.search(attr.descriptor or "") is not None
        or _LEADER.search(text, *tail) is not None
    )
    if not titled:
        return None
    for i in ctx.places.inside(lo, s):  # "In Cambodia, Hun Manet said"
        t = ctx.toponyms[i]
        place = getattr(t, "place", None)
        if (
            place is not None
            and place.country_code
            and _SET_IN.search(text, lo, t.start)
            and text[t.end : s].lstrip().startswith(",")
        ):
            return place.country_code, country_label(ctx, place.country_code)
    for i in ctx.places.inside(*tail):  # "who heads the government in Phnom Penh"
        place = getattr(ctx.toponyms[i], "place", None)
        if place is not None and place.country_code:
            return place.country_code, country_label(ctx, place.country_code)
    return None

"""Claims stage 2c, an outlet's home: whose bare national body an undated article means.

A live blog or explainer with no dateline, published by an outlet named after a capital
("Live updates by the Kyiv Independent news desk", "The Kyiv Independent could not
verify", "the Moscow Times"), names its own country's bodies without the country: "Russia
launched 112 drones ..., the Air Force said" in the Kyiv Independent is Ukraine's Air
Force. When the article has no dateline country and no one country it is about
(:func:`~geo.text.claims.allegiance.national_body_side`), the country of the outlets named
after a capital speaks for a bare national body, if they are of one country and the
article names that country's places too. One search of the text, once per article.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from ..agents import OUTLET_HEADS
from .context import _Context

__all__ = ["outlet_country"]

#: A masthead after a capitalised word: "the Kyiv Independent", "The Moscow Times".
_MASTHEAD = re.compile(r"\b([A-Z][a-z]+)\s+(?:" + "|".join(OUTLET_HEADS) + r")\b")


def outlet_country(
    ctx: _Context, named: Collection[str], capitals: Mapping[str, str]
) -> str | None:
    """The one country (by ``capitals``: lower-case capital -> ISO code) of the outlets
    named after a capital in ``ctx.text`` ("the Kyiv Independent": "UA"), when ``named``
    (the countries the article's places are in) holds it; else None. Found once."""
    if "outlet" in ctx.allegiance:
        return ctx.allegiance["outlet"]
    codes = {capitals.get(m.group(1).lower()) for m in _MASTHEAD.finditer(ctx.text)} - {None}
    home = codes.pop() if len(codes) == 1 else None
    ctx.allegiance["outlet"] = home if home in named else None
    return ctx.allegiance["outlet"]

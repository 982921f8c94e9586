"""A region stated to lie in a country or a first-level region: "the Nord region of Burkina
Faso", "the Kokang region of northern Shan state".

Natural Earth names Burkina Faso's regions only as groups of its provinces, and the
index leaves out groups named by a direction word alone ("Nord", "Centre"): resolution
then reads "Nord" as the first region of that name it has, Cameroon's North, 1,700 km
away, though the text says whose region it is.  :func:`stated_country_regions` reads
"X region (province, state, department, governorate, oblast, prefecture) of COUNTRY" (or
of a first-level region, a compass word allowed before it: "of northern Shan state"):
a name read in another country than the one stated takes its reading in that country,
if the gazetteer has one (named at least as well), else none of its own; it is then
located in the stated country or region (:func:`geo.text.introduced.container_estimate`).
Kokang, of Myanmar's Shan State, is no Indonesian village.

Cost: one look at the text after each mention read outside a country it names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .tokens import Mention

__all__ = ["stated_country_regions"]

_OF_COUNTRY = re.compile(
    r"\s+(?:region|province|state|department|governorate|oblast|prefecture|district)"
    # the compass word in lower case only: "of South Africa" is the country's name
    r"\s+of\s+(?:the\s+)?(?-i:(?:(?:north|south)?-?(?:north|south|east|west)(?:ern)?\s+)?)",
    re.IGNORECASE,
)


def stated_country_regions(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> tuple[list[tuple[int | None, float]], dict[int, int]]:
    """``resolved`` with each "X region of COUNTRY" (or "of REGION") read in the stated
    country (module docstring); and the country or first-level region (record) to locate
    each name left without a place in, by mention index."""
    out = list(resolved)
    stated: dict[int, int] = {}
    for k in range(len(mentions) - 1):
        rec, score = resolved[k]
        country = resolved[k + 1][0]
        if rec is None or country is None or gaz.kind(country) not in ("country", "admin1"):
            continue
        cc = gaz.country_code(country)
        if gaz.kind(rec) == "country" or gaz.country_code(rec) == cc:
            continue
        m, after = mentions[k], mentions[k + 1]
        found = _OF_COUNTRY.match(text, m.end)
        if found is None or found.end() != after.start:
            continue
        quality = min((c.quality for c in m.candidates if c.record == rec), default=0)
        # of a first-level region: a reading in that region ("the Piedmont region of North
        # Carolina" is no Piedmont of California)
        region = "" if gaz.kind(country) == "country" else gaz.admin1(country)[0]
        inside = next(
            (
                c.record
                for c in m.candidates
                if c.quality <= quality
                and gaz.country_code(c.record) == cc
                and region in ("", gaz.admin1(c.record)[0])
            ),
            None,
        )
        out[k] = (inside, score)
        if inside is None:
            stated[k] = country
    return out, stated

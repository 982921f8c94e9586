"""A town's body named "X City Council": the town is X, where "X City" is no name of
its own.

Local news names a town's bodies with "City" between the town and the body ("Dublin
City Council", "the Springfield City Manager", "Alexandria City Public Schools").  The
gazetteer files "X City" as an alternate name of one place called X (Dublin, Ireland's
"Dublin City"), so recognition read "Dublin City" whole and took that place, whatever
the text said of its Dublin.  :func:`city_bodies` reads such a mention as X alone, with
all of X's namesakes as candidates, when no populated place has "X City" as its own name
(an alternate name of a town, an alias of a region or the name of a county-level city,
"Alexandria city", do not count); a place whose own name is "X City" ("Boulder City",
"Jersey City", "Kansas City", "New York City") keeps it, and "X City" without a body
word after it (a club: "Birmingham City") is left as it is.

Cost: one look at the text after each mention ending in "City".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_PRIMARY
from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from .candidates import MAX_CANDIDATES
from .tokens import Mention

__all__ = ["city_bodies"]

_CITY = " City"
#: The body's own words right after "City": "Council", "Manager", "Public Schools".
_BODY_AFTER = re.compile(
    r" (?:Council|Councilm[ae]n|Councilwom[ae]n|Councillors?|Manager|Hall|Commission"
    r"|Commissioners?|Schools?|Public Schools|Attorney|Clerk|Administrator|Police"
    r"|Board|Engineer|Auditor|Treasurer|Planning)\b"
)


def city_bodies(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each "X City" before a town body's word read as X.

    Parameters
    ----------
    text : str
    gaz : Gazetteer
    mentions : sequence of Mention
        Recognised names in text order, with their candidates.

    Returns
    -------
    list of Mention
        The same mentions; one read as X ends before " City" (one token less), its key
        and candidates X's.
    """
    out = list(mentions)
    for m in out:
        if (
            m.last > m.first
            and text.endswith(_CITY, m.start, m.end)
            and _BODY_AFTER.match(text, m.end)
            and m.candidates
            and not any(
                c.quality == QUALITY_PRIMARY and gaz.is_place(c.record) for c in m.candidates
            )
        ):
            end = m.end - len(_CITY)
            key = normalize(text[m.start : end])
            found = gaz.lookup_normalized(key)[:MAX_CANDIDATES]
            if found:
                m.end, m.last, m.key, m.candidates = end, m.last - 1, key, found
    return out

"""A name the text goes on to call "the city" is the city, not the region named after it.

"Russian shelling killed three people in Kharkov on Wednesday night, regional governor
Oleh Syniehubov said. A residential building was struck in the Kiev district of the
city."  Resolution may read a bare "Kharkov" as Kharkiv Oblast when the text's other
places lie across the oblast (Kupyansk); the next sentence's "the city" says it is
the city.  :func:`city_anaphora` reads each "of the city", "in the city" or "the
city's" back to the name before it in its paragraph (skipping a city's part named
with a district word: "the Kiev district of the city"), and when that name was read
as a first-level region named after a city among its candidates, reads every mention
of the name so read (but "the X region") as the city.

Cost: one scan of the text for the phrase, a bisection and a bounded look back each.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .candidates import is_namesake
from .fold import FoldedPattern
from .tokens import Mention

__all__ = ["city_anaphora"]

#: "the city" referring back ("of the city", "in the city", "the city's"), not "the city
#: of X" (which names its city).
_THE_CITY = re.compile(
    r"\b(?:(?:of|in|across|around|outside)\s+the\s+city\b(?!\s+of\b)|the\s+city['’]s\b)",
    re.IGNORECASE,
)
#: :data:`_THE_CITY` searched case-sensitively on the folded text (same matches, faster).
_FAST_THE_CITY = FoldedPattern(_THE_CITY.pattern, _THE_CITY.flags)
#: A city's part after a name: "the Kiev district of the city".
_PART_AFTER = re.compile(r"\s+(?i:district|neighbou?rhood|quarter|microdistrict)s?\b")
#: Mentions looked back over for the name "the city" refers to.
_LOOK_BACK = 3


def city_anaphora(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each region a later "the city" refers to read as its namesake
    city (module docstring)."""
    out = list(resolved)
    if not mentions or "city" not in text.lower():
        return out
    starts = [m.start for m in mentions]
    moved: dict[tuple[str, int], int] = {}  # (name, region) -> city
    for phrase in _FAST_THE_CITY.finditer(text):
        at = phrase.start()
        paragraph = text.rfind("\n", 0, at)
        k = bisect_left(starts, at) - 1
        for j in range(k, max(-1, k - _LOOK_BACK), -1):
            m = mentions[j]
            if m.end > at or m.start <= paragraph:
                break
            if _PART_AFTER.match(text, m.end):
                continue  # "the Kiev district of the city": a part, the city is before
            rec = out[j][0]
            if rec is not None and gaz.kind(rec) == "admin1" and m.cue != "region":
                city = next(
                    (
                        c.record
                        for c in m.candidates
                        if gaz.is_place(c.record) and is_namesake(gaz, c.record, rec, m.key)
                    ),
                    None,
                )
                if city is not None:
                    moved[(m.key, rec)] = city
            break
    if not moved:
        return out
    for j, m in enumerate(mentions):
        rec, score = out[j]
        city = moved.get((m.key, rec)) if rec is not None and m.cue != "region" else None
        if city is not None:
            out[j] = (city, score)
    return out

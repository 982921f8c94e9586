"""A region stated right after a name: "Staromaiorske in the Donetsk region".

Recognition drops a small place's name (a hamlet of a few hundred people) that no cue
introduces: most such words in running text are not the hamlet.  A name followed by
"in the X region" / "in X Oblast" / "in Ukraine's X region" is introduced as a place
all the same ("Ukrainian forces recaptured Staromaiorske in the Donetsk region"), when
the gazetteer has a place of that name inside that region: the region says where it
is, and the match says the word is that place.  :func:`region_after` reads it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.normalize import normalize

__all__ = ["region_after", "stated_region"]

#: "in the Donetsk region", "in Zaporizhzhia Oblast", "in Ukraine's Kharkiv region", "in
#: the Kharkov Region": "in" (maybe after a comma), the region's name of one to three
#: capitalised words and a first-level region word.
_REGION_AFTER = re.compile(
    r",?[ \t]+in[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*['’]s?[ \t]+(?=[A-Z]))?"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t-][A-Z][\w'’-]*){0,2}?)[ \t]+"
    r"(?i:region|oblast'?|province|governorate|krai|kray)\b"
)


def stated_region(text: str, end: int, gaz: Gazetteer) -> set[tuple[str, str]]:
    """(country code, admin-1 code) of the first-level regions that "in the X region"
    right after ``text[:end]`` may name; empty when none is stated there.

    Examples
    --------
    >>> stated_region("Bilohorivka in the Luhansk", 11, None)
    set()
    """
    m = _REGION_AFTER.match(text, end)
    if m is None:
        return set()
    out = set()
    for c in gaz.lookup_normalized(normalize(m.group("name")))[:10]:
        row = gaz.row(c.record)
        if row.kind == "admin1":
            out.add((row.country_code, row.admin1[0]))
    return out


def region_after(text: str, end: int, gaz: Gazetteer, candidates: Sequence[Candidate]) -> bool:
    """Whether a region stated right after a name (:func:`stated_region`) holds one of
    the name's candidate places: "Staromaiorske in the Donetsk region" names the
    hamlet of Donetsk Oblast; "Smith in the Kursk region" holds no place Smith."""
    regions = stated_region(text, end, gaz)
    if not regions:
        return False
    for c in candidates:
        row = gaz.row(c.record)
        if row.kind == "place" and (row.country_code, row.admin1[0]) in regions:
            return True
    return False

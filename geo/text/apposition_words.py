"""What an apposition may say of a place before it locates it.

"Izium, a city about 40 km to the south-east", "Montego Bay, the island's tourism
hub about 60 km to the north", "Tawila, a town some 60 km to the west": after the
comma, a determiner (or a possessive name) and up to six words that describe the place,
with no clause ("which", "where"), no speech ("said") and no "of"/"from"/"to" (which
would make the words an anchor of their own: "the road from Kupiansk").  The offset
that follows says where *that* place lies, measured from the place named before it
(:mod:`geo.text.spatial.distances`, :mod:`geo.text.hints.base`).

>>> import re
>>> gap = re.compile(r",\\s*" + DESCRIBED + r"about\\s+")
>>> bool(gap.fullmatch(", the island's tourism hub about "))
True
>>> bool(gap.fullmatch(", where troops moved about "))
False
"""

from __future__ import annotations

__all__ = ["DESCRIBED"]

#: An optional described-noun phrase (regular-expression source, case-insensitive use;
#: ends with the whitespace before the qualifier or the number).
DESCRIBED = (
    r"(?:(?:a|an|the|its|their|[A-Z][\w-]*['’]s)\s+"
    r"(?:(?!(?:which|that|where|when|who|whose|said|says|told|and|but|from|of|to|in|"
    r"near|at)\b)[\w'’-]+\s+){0,6}?(?:(?:located|situated|lying)\s+)?)?"
)

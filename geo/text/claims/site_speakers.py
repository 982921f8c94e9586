"""Claims stage 1 (attribution), "site" as a speaker's noun.

"The news site said", "Kershaw County's official web site states": a site that
publishes speaks. "the old Celanese site has said" (a group at it), "Burial site of
Yangshao culture features a depiction believed to be", "a site called the San Dieguito
Complex": a place, no speaker. "site" is a speaker's head noun (``vocab._SOURCE_NOUNS``)
only after "news" or "web".
"""

from __future__ import annotations

import re

__all__ = ["stray_site"]

#: A speaker's phrase whose head is "site(s)" with no "news"/"web" before it: at its end,
#: or before "of" ("Burial site of Yangshao culture features a depiction").
_STRAY_SITE = re.compile(r"(?<!\bnews )(?<!\bweb )\bsites?(?:\s*$|\s+of\b)", re.IGNORECASE)


def stray_site(text: str, start: int, end: int) -> bool:
    """Whether the speaker's phrase ``text[start:end]`` is a place called a site ("the old
    Celanese site", "Burial site of ..."), not a news or web site."""
    m = _STRAY_SITE.search(text, start, end)
    return m is not None and _PLACED.search(text, start, m.start()) is None


#: A preposition placing the speaker at the site: "Workers at the site", "residents near
#: the site" (their head is the people, not the site).
_PLACED = re.compile(r"\b(?:at|near|from|in|on|around|outside|inside|by)\s", re.IGNORECASE)

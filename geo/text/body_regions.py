"""Police forces and services named after a region: "Surrey Police", "Victoria Police",
"Kent Fire and Rescue".

In much of the world a police force or a fire service is the region's own, named with
the region's bare name: England's counties ("Surrey Police", "Essex Police") and
Australia's states ("Victoria Police", "Queensland Police").  The name before the body
word is then the region, and the region is evidence for the text's other places ("Surrey
Police closed the road near Guildford": England's Guildford, not British Columbia's), even
where the bare name is more often a city elsewhere (Victoria, Hong Kong; Surrey, British
Columbia).  :func:`body_regions` reads such a name as its region.

So does a region's own administration named with "regional" after the bare name: "the
Kherson regional military administration", "the Zaporozhye regional administration",
"Kharkiv regional governor": the oblast's body, whatever city bears the name and however
near the city the text's other places lie (Bilozerka, 14 km from Kherson); and so is a
name a governor's or leader's title and name follow ("Donetsk Governor Vadym Filashkin",
"Donetsk leader Denis Pushilin").

A city's force is named with a word of its own ("the Victoria Police Department",
"Surrey Police Service") and stays the city's; so does a name with a city of its own in
the region's country ("New York Police", "London Police": the city-or-region question is
resolution's), and a name the text places by a container anywhere ("LONDON, Ky. ...
London Police").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_PRIMARY
from ..gazetteer.index import Gazetteer
from .tokens import Mention

__all__ = ["body_regions"]

#: A regional body's words right after the name (capitalised: the body's own name).
_BODY = re.compile(
    r" (?:Police|Constabulary|Fire and Rescue)\b"
    r"(?! (?:Department|Dept|Service|Services|Station|Precinct|Chief|Commissioner)\b)"
)
#: Substrings one of which a text must hold for the body's words to be looked for.
_GATES = ("Police", "Constabulary", "Fire and Rescue")
#: A region's administration right after the name: " regional (military) administration".
_REGIONAL = re.compile(
    r" (?i:regional)\s+(?:(?i:military|state|civil|civil-military|council's)\s+)?"
    r"(?i:administrations?|councils?|governors?|gov\b|government|authorities|prosecutors?"
    r"|police|head|chief|officials)\b"
)
#: A region's governor or leader named by the office right after the name, the holder's
#: name after it: "Donetsk Governor Vadym Filashkin", "Donetsk leader Denis Pushilin".
_TITLE = re.compile(r" (?:[Gg]overnor|Gov\.|[Ll]eader)[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z]")
#: Substrings one of which a text must hold for :data:`_TITLE` to be looked for.
_TITLE_WORDS = ("overnor", "Gov.", "eader")


def body_regions(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
    """Set ``cue = "region"`` on each name a regional body's word follows ("Surrey
    Police") where one of its candidates is a first-level region of that name in a country
    with no place of the name (module docstring).  A name with a cue or a reading of its
    own is left; a regex match at each mention's end only when the text holds a body word:
    linear in the text.  So is a name a region's administration follows ("the Kherson
    regional administration"), where one of its candidates is a first-level region of that
    name, whatever cities bear it."""
    if "egional" in text or any(word in text for word in _TITLE_WORDS):
        _regional_bodies(text, gaz, mentions)
    if not any(g in text for g in _GATES):
        return
    placed = {m.key for m in mentions if m.containers}  # "LONDON, Ky. ... London Police"
    for m in mentions:
        if (
            m.cue not in ("", "in")
            or m.reading
            or m.fuzzy
            or m.unknown
            or m.key in placed
            or not _BODY.match(text, m.end)
        ):
            continue
        homes = {gaz.country_code(c.record) for c in m.candidates if gaz.kind(c.record) == "place"}
        if not any(
            c.quality == QUALITY_PRIMARY
            and gaz.kind(c.record) == "admin1"
            and gaz.country_code(c.record) not in homes
            for c in m.candidates
        ):
            continue  # no region, or "London Police": a city of the name in its country
        m.cue = "region"


def _regional_bodies(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
    """Set ``cue = "region"`` on each name a region's administration follows ("the Kherson
    regional military administration") or its governor's title and name ("Donetsk
    Governor Vadym Filashkin": the oblast, not the city, whatever other places of the
    oblast lie around the city) with a first-level region of that name among its
    candidates (by its own name or an alias: "Zaporozhye")."""
    for m in mentions:
        if m.cue not in ("", "in") or m.fuzzy or m.unknown:
            continue
        if not (_REGIONAL.match(text, m.end) or _TITLE.match(text, m.end)):
            continue
        if any(c.quality <= QUALITY_ALIAS and gaz.kind(c.record) == "admin1" for c in m.candidates):
            m.cue = "region"

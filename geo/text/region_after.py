"""A region stated right after a name introduces a small place: "Staromaiorske in the
Donetsk region"; so does a country ("Hasbaya in southern Lebanon").

Recognition drops a small place's name (a hamlet of a few hundred people) that no cue
introduces: most such words in running text are not the hamlet.  A name followed by
"in the X region" / "in X Oblast" / "in Ukraine's X region"
(:func:`~geo.text.containers.region_after_name`) is introduced as a place all the
same ("Ukrainian forces recaptured Staromaiorske in the Donetsk region"), when the
gazetteer has a place of that name inside that region: the region says where it is,
and the match says the word is that place. A country stated so ("Israeli strikes hit
Hasbaya in southern Lebanon") does it for the one place of the name in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_PRIMARY
from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.normalize import normalize
from . import lexicon as lx
from .containers import region_after_name
from .tokens import Token

__all__ = ["region_after", "region_word", "state_possessive"]

#: A US state's own words after its possessive: "Georgia's state line", "Ohio's state
#: troopers", "Georgia's statewide" (a country's "state media", "state border" are not:
#: Georgia the country has them).
_STATE_POSSESSIVE = re.compile(
    r"['’]s\s+(?:statewide\b|state\s+(?:lines?|capitol|legislature|lawmakers|legislators|"
    r"troopers?|highway|route|senate|senator|representative|park|fair|line)\b)",
    re.IGNORECASE,
)
_APOSTROPHES = ("'", "’")


def state_possessive(text: str, end: int) -> bool:
    """Whether a US state's own words follow the name ending at ``end`` after its
    possessive ("Georgia's state line": the state, not the country): a region cue.

    >>> state_possessive("He fled toward Georgia's state line.", 22)
    True
    >>> state_possessive("Georgia's state media said.", 7)
    False
    """
    # (the pattern opens with an apostrophe: most names have none after them)
    return text[end : end + 1] in _APOSTROPHES and _STATE_POSSESSIVE.match(text, end) is not None


def region_after(text: str, end: int, gaz: Gazetteer, candidates: Sequence[Candidate]) -> bool:
    """Whether a region stated right after a name ending at ``end`` holds one of the
    name's candidate places: "Staromaiorske in the Donetsk region" names the hamlet of
    Donetsk Oblast; "Smith in the Kursk region" holds no place Smith.  Cost: one
    anchored pattern; a look-up of the region's name only when one is stated."""
    if text[end : end + 1] not in (" ", ","):
        return False
    regions = set(region_after_name(text, end, gaz))
    if not regions:
        return _country_after(text, end, gaz, candidates)
    for c in candidates:
        row = gaz.row(c.record)
        if row.kind == "place" and (row.country_code, row.admin1[0]) in regions:
            return True
    return False


#: After a name: "in Lebanon", "in southern Lebanon", "in the north of Syria".
_IN_COUNTRY = re.compile(
    r",?[ \t]+in[ \t]+(?:the[ \t]+)?(?:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|"
    r"west(?:ern)?|central)[ \t]+(?:of[ \t]+)?)?([A-Z][\w’'-]*(?:[ \t][A-Z][\w’'-]*){0,2})"
)


def _country_after(text: str, end: int, gaz: Gazetteer, candidates: Sequence[Candidate]) -> bool:
    """Whether the country stated right after a name ("Hasbaya in southern Lebanon") holds
    exactly one of the name's candidate places, called so by its own name: the hamlet
    GeoNames gives no population is the town the country says."""
    m = _IN_COUNTRY.match(text, end)
    if m is None:
        return False
    countries = {
        gaz.country_code(c.record)
        for c in gaz.lookup_normalized(normalize(m.group(1)))
        if gaz.kind(c.record) == "country" and c.quality <= QUALITY_ALIAS
    }
    if not countries:
        return False
    inside = [
        c
        for c in candidates
        if gaz.is_place(c.record) and gaz.country_code(c.record) in countries
    ]
    return len(inside) == 1 and inside[0].quality == QUALITY_PRIMARY


#: A body's word after a region's word: "Sumy State University", "Kursk State Medical
#: University", "Lviv Regional Hospital": a body named after the place (in its city),
#: not the region.
_BODY_AFTER = re.compile(
    r"[ \t]+(?:University|College|Institute|Academy|Medical|Pedagogical|Technical|"
    r"Agrarian|Agricultural|Polytechnic|Conservatory|Hospital|Clinical|Museum|Library|"
    r"Theat(?:re|er)|Philharmonic|School|Bank|"
    # "the US State Department", "Russia's State Duma", "China's State Council".
    r"Department|Dept\.|Duma|Council|Secretary)\b"
)


#: After "border": the area it names ("the Kursk border area", "the Belgorod border
#: regions"): the region's part along the border, not its capital city.
_BORDER_AREA = re.compile(r"[ \t]+(?:areas?|regions?|districts?)\b", re.IGNORECASE)


def region_word(text: str, token: Token) -> bool:
    """Whether ``token``, right after a name, is a region's word ("the Kursk region",
    "Sumy Oblast", "Borno State", "the Kursk border area") and not the first word of a
    body's name after a capitalised one ("Sumy State University": the university, in
    the city).

    >>> from .tokens import tokenize
    >>> words = tokenize("near Sumy State University and Borno State.")
    >>> region_word("near Sumy State University and Borno State.", words[2])
    False
    >>> region_word("near Sumy State University and Borno State.", words[6])
    True
    >>> text = "in the Kursk border area, at the Kursk border crossing"
    >>> words = tokenize(text)
    >>> region_word(text, words[3]), region_word(text, words[8])
    (True, False)
    """
    if token.norm == "border":
        return _BORDER_AREA.match(text, token.end) is not None
    if token.norm not in lx.REGION_WORDS:
        return False
    return not (token.capitalized and _BODY_AFTER.match(text, token.end))

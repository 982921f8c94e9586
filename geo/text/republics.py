"""The Donetsk and Luhansk "People's Republics" by their abbreviations: "in the DPR".

Russian reporting and its translations name the two occupied oblasts by their
self-styled republics, often abbreviated in English ("DPR", "LPR") or from the Russian
("DNR", "LNR"): "Russian troops liberated two villages in the DPR and one in the LPR".
The gazetteer has the oblasts under their own names only.  :data:`REPUBLICS` maps each
abbreviation to the oblast's name, and :func:`republic_mention` reads one standing as
a place ("in the DPR", "across the LPR", "the south of the DPR") as a mention of that
oblast, unless it follows a name as its container ("Zelyony Gai in the DPR", read with
the name); an abbreviation naming a body ("the DPR construction ministry", "the LPR's
mission") is no place, and "DPR Korea" is North Korea.  :func:`republic_region` reads
them for the offline geocoder ("DPR", "the LNR").

Cost: a look-behind and a look-ahead at each capitalised word that is one of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Candidate, Gazetteer
from ..gazetteer.normalize import normalize
from .region_abbreviations import region_record
from .tokens import Mention, Token

__all__ = ["REPUBLICS", "republic_mention", "republic_region"]

#: Each abbreviation (normalised) -> the name of the oblast it stands for.
REPUBLICS = {"dpr": "Donetsk", "dnr": "Donetsk", "lpr": "Luhansk", "lnr": "Luhansk",
             "днр": "Donetsk", "лнр": "Luhansk"}  # Russian text's own: "в ДНР", "из ЛНР"
#: Before the abbreviation: a word that makes it a place ("in the", "across", "of the";
#: Russian and Ukrainian "в", "на", "из", "по", "з").
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:[Ii]n|[Aa]cross|[Oo]ver|[Ii]nto|[Tt]hroughout|[Ww]ithin|[Ff]rom|[Oo]f|[Tt]o)"
    r"|(?<![^\W\d_])(?:[ВвУу]|[Вв]о|[Нн]а|[Ии]з|[Пп]о|[Дд]о|[Зз]а|[Зз]|[Іі]з))"
    r"[ \t]+(?:the[ \t]+)?$"
)
#: Before it: a name and "in (the)": the name's container, read with the name
#: (:mod:`geo.text.stated_after`: "Zelyony Gai in the DPR"), no mention of its own.
_CONTAINER_BEFORE = re.compile(r"[A-Z][\w'’-]*,?[ \t]+in[ \t]+(?:the[ \t]+)?$")
#: After it: a possessive, a capitalised word or a body's word ("the DPR's mission",
#: "DPR Korea", "a colonel of the LPR people's militia").
_NOT_PLACE_AFTER = re.compile(
    r"[’']s\b|[ \t]+(?:[A-Z]|people[’']s\b|militia\b|forces\b|troops\b|authorities\b|"
    r"government\b|ministry\b|head\b|leader\b|officials?\b|mission\b|representatives?\b)"
)
_LOOK_BEHIND = 24  # characters read before the abbreviation


def republic_region(query: str) -> str | None:
    """The name of the oblast ``query`` names by a republic's abbreviation, else None.

    >>> republic_region("DPR"), republic_region("the LNR"), republic_region("Donetsk")
    ('Donetsk', 'Luhansk', None)
    """
    key = normalize(query)
    return REPUBLICS.get(key[4:] if key.startswith("the ") else key)


def republic_mention(
    text: str, tokens: Sequence[Token], i: int, gaz: Gazetteer
) -> Mention | None:
    """The oblast the abbreviation ``tokens[i]`` ("DPR", all capitals) names as a place
    (module docstring): a mention with the region cue and the oblast's first-level
    region as its candidate; None when it is no such abbreviation, names no place there,
    or the gazetteer lacks the region."""
    token = tokens[i]
    word = text[token.start : token.end]
    name = REPUBLICS.get(word.lower()) if word.isupper() else None
    if name is None:
        return None
    before = max(0, token.start - _LOOK_BEHIND)
    if not _PLACE_BEFORE.search(text, before, token.start):
        return None
    if _CONTAINER_BEFORE.search(text, before, token.start):
        return None
    if _NOT_PLACE_AFTER.match(text, token.end):
        return None
    regions = [c.record for c in gaz.lookup(name) if gaz.kind(c.record) == "admin1"]
    region = (gaz.country_code(regions[0]), gaz.admin1(regions[0])[0]) if regions else None
    record = region_record(gaz, region) if region is not None else None
    if record is None:
        return None
    key = normalize(word)
    return Mention(
        token.start, token.end, key, i, i, "region", containers=(region,),  # type: ignore[arg-type]
        candidates=[Candidate(record, 1)],  # an alias of the region
    )

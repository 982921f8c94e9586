"""Names of landforms the gazetteer lacks: "the Cape of Good Hope", "the Horn of Africa".

The index holds towns and regions, not capes; a cape's name read as a town is the
namesake town ("Good Hope", California, for "the Cape of Good Hope"; Horn in Hamburg for
"the Horn of Africa").  :func:`outside_landforms` drops, before resolution, a mention
that is the name of a cape or isthmus after its word and "of" ("the Cape of Good Hope",
"the Isthmus of Panama", "the Horn of Africa") and a mention that is the word itself
before "of" and a name ("Horn"): the landform is neither the town nor the continent.
A name with the word inside it ("Cape Town", "Cape Verde") is recognition's whole name
and stays.  A name before "peninsula" or "spit" that the physical table lacks ("the
Tarkhankut peninsula", "the Kinburn Spit", "the Chonhar peninsula") names the landform,
not the village of its name on it: dropped too; so is one before a range's plural word
("the Nuba Mountains", "the Chin Hills", "the Ethiopian Highlands"): "Nuba" is then no
hamlet of the West Bank in a story of South Kordofan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from .tokens import Mention, without_mentions

__all__ = ["outside_landforms"]

#: The words of a landform named "<word> of <name>".
_WORDS = r"Cape|Horn|Isthmus|Cabo"
#: Before a mention: the landform's word and "of" ("the Cape of Good Hope").
_OF_BEFORE = re.compile(rf"\b(?:{_WORDS})\s+of\s+(?:the\s+)?$")
#: A mention that is the landform's word itself ("Horn" of "the Horn of Africa").
_WORD = re.compile(rf"(?:{_WORDS})")
#: After the word: "of" and a capitalised name.
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
#: After a mention: a landform named after a place ("the Tarkhankut peninsula", "the Nuba
#: Mountains"; a range's word capitalised only: "the Kupiansk hills" may be the town's).
_LANDFORM_AFTER = re.compile(r"\s+(?:[Pp]eninsula|[Ss]pit|Mountains|Hills|Highlands)\b")
#: How far before a mention the landform's word is looked for (characters).
_BEHIND = 24


def outside_landforms(
    text: str, mentions: Sequence[Mention], gaz: Gazetteer | None = None
) -> list[Mention]:
    """The mentions, less those that name a cape or isthmus (see the module).  A list's
    other names keep their partners' new indexes (:attr:`Mention.siblings`).  One
    look-behind and one look-ahead per mention.  With ``gaz``, a name before "peninsula",
    "spit" or a range's word ("Mountains", "Hills") is dropped only when its best
    candidate is a town (a populated place under 100,000 people): a region's, a
    country's or a city's name stays ("the Macau Peninsula").

    >>> from geo.text.tokens import Mention
    >>> t = "Ships sail around the Cape of Good Hope from Durban."
    >>> ms = [Mention(30, 39, "good hope", 6, 7), Mention(45, 51, "durban", 9, 9)]
    >>> [m.key for m in outside_landforms(t, ms)]
    ['durban']
    """
    drop: set[int] = set()
    for k, m in enumerate(mentions):
        after_word = _OF_BEFORE.search(text, max(0, m.start - _BEHIND), m.start)
        if (
            after_word
            or (_WORD.fullmatch(text, m.start, m.end) and _OF_AFTER.match(text, m.end))
            or (_LANDFORM_AFTER.match(text, m.end) and _town_named(gaz, m))
        ):
            drop.add(k)
    return without_mentions(mentions, drop)


#: A city this large is more than the landform named after it ("the Macau Peninsula").
_CITY = 100_000


def _town_named(gaz: Gazetteer | None, m: Mention) -> bool:
    """Is ``m`` read first as a populated place of fewer than :data:`_CITY` people
    (always, without a gazetteer)?"""
    if gaz is None:
        return True
    rec = m.candidates[0].record if m.candidates else None
    return rec is not None and gaz.is_place(rec) and gaz.population(rec) < _CITY

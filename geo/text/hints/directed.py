"""Relative-location hints, directed: "X (south-west of Y)", "X, 47 km south-east of Y",
"Tawila, about 60 km west of the city", "the Tal al-Sultan area of Rafah", "Debaltseve
and the nearby village of Lohvynove".

:func:`read_hints` is the stage: it reads these after each mention, then the list hints
(:mod:`~geo.text.hints.lists`) and the negated ones (:mod:`~geo.text.hints.negations`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon as lx
from ..spatial import compass_bearing
from ..tokens import Mention
from .base import (
    _AFTER_RELATION,
    _HINT,
    _HINT_BACK,
    _NEAR,
    NEAR_KM,
    NEAR_REACH,
    UNSTATED_BAND_KM,
    Hint,
    _band,
)
from .bearings import bearing_hints
from .defined import defined_hints
from .distances import distance_follows, distance_hints
from .lists import _list_hints, _near_lists
from .negations import _read_negations
from .vicinity import vicinity_hints

__all__ = [
    "PART_OF_KM",
    "hint_follows",
    "named_after",
    "nearby_before",
    "part_of_follows",
    "read_hints",
    "settlement_after",
]

#: "the Tal al-Sultan area of Rafah": a part of a town lies within this distance of its
#: point (most towns' built-up areas; a megacity's districts reach farther).
PART_OF_KM = 15.0
# After the name: " area of ", " district of the ", " neighbourhood of "; an area by its
# side of the town: " coastal area west of " (geo.text.site_names).
_PART_OF = re.compile(
    r"\s+(?:area|district|neighbourhood|neighborhood|quarter|suburb|camp|outskirts|"
    r"refugee\s+camp|section|part)\s+of\s+(?:the\s+)?"
    r"|\s+(?:(?:coastal|border|residential|industrial)\s+)?area\s+"
    r"(?:north|south|east|west)(?:[- ]?(?:north|south|east|west)){0,2}\s+of\s+",
    re.IGNORECASE,
)
#: After a pair: "X and Y on the border with Bangladesh" (geo.text.border_estimates then
#: cuts the estimate to the border's zone).
_AT_BORDER = re.compile(r",?\s+(?:on|near|along|at)\s+the\s+(?:border|frontier)\b")

#: Between two names: the second is next to the first ("Debaltseve and the nearby
#: village of Lohvynove", "Kherson and nearby Bilozerka", "Avdiivka and the neighbouring
#: town of Yasynuvata").
_NEARBY_GAP = re.compile(
    r"(?:,\s*|\s+)(?:and|or|as\s+well\s+as)\s+(?:the\s+|a\s+)?(?:nearby|neighbou?ring|adjacent)"
    r"(?:\s+(?:village|town|settlement|hamlet|city)\s+of)?\s+"
)


def _unplaced(m: Mention) -> bool:
    """Does the gazetteer lack mention ``m``'s name (or have it only spelt otherwise)?"""
    return m.unknown or m.fuzzy


def part_of_follows(text: str, end: int) -> bool:
    """Does "area of", "district of" ... follow the name ending at ``end`` ("the Tal
    al-Sultan area of Rafah")?"""
    return _PART_OF.match(text, end) is not None


#: A settlement word after a name ("stormed Mafa village, about 45 km east of
#: Maiduguri", "Kawuri village near Konduga"): the text says it is a place, as "the
#: village of Mafa" does; not a body of it ("Mafa village council").
_SETTLEMENT_AFTER = re.compile(
    r"[ \t]+(?:village|hamlet|settlement)(?![\w-])(?![ \t]+(?:council|head|chief|elder)s?\b)"
)


#: A district word after a name, or after the list the name opens ("the Hasbaya district",
#: "the Marjayoun and Hasbaya districts"): districts named after their seats, so the name
#: is a town's; not "the Kievsky district of Donetsk" (a city's part: geo.text.city_parts).
_DISTRICT_AFTER = re.compile(
    r"(?:(?:,[ \t]+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?){0,4},?[ \t]+and[ \t]+"
    r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)?[ \t]+(?:district|raion|rayon|qada)s?\b(?![ \t]+of\b)"
)


def named_after(text: str, end: int) -> bool:
    """Does a word after the name ending at ``end`` say it is a town's: a settlement word
    (:func:`settlement_after`, "Mafa village") or a district word after it or after the
    list it opens ("the Marjayoun and Hasbaya districts")?  Lets a hamlet's name, or a
    town's the gazetteer gives no population, stand with no cue before it.

    Examples
    --------
    >>> t = "Further east, in the Marjayoun and Hasbaya districts, residents fled."
    >>> named_after(t, t.index(" and")), named_after(t, t.index(" districts"))
    (True, True)
    >>> named_after("the Kievsky district of Donetsk", 11), named_after("Mafa village", 4)
    (False, True)
    >>> named_after("Marjayoun and Hasbaya said", 9)
    False
    """
    return settlement_after(text, end) > end or _DISTRICT_AFTER.match(text, end) is not None


def settlement_after(text: str, end: int) -> int:
    """Where the settlement word after the name ending at ``end`` ends ("Mafa village"),
    or ``end`` when none follows.

    Examples
    --------
    >>> settlement_after("stormed Mafa village, east of Maiduguri", 12)
    20
    >>> settlement_after("the Mafa village council met", 8)
    8
    """
    match = _SETTLEMENT_AFTER.match(text, end)
    return end if match is None else match.end()


#: Before a name: a place's name, then the words that put the name next to it.
_NEARBY_BEFORE = re.compile(_NEARBY_GAP.pattern + "$")


def nearby_before(text: str, start: int) -> bool:
    """Is the name at ``start`` put next to the name before it ("Debaltseve and the
    nearby village of Lohvynove")?  (read_hints then locates it there.)

    >>> t = "Rebels shelled Debaltseve and the nearby village of Lohvynove."
    >>> nearby_before(t, t.index("Lohvynove")), nearby_before(t, t.index("Debaltseve"))
    (True, False)
    """
    window = text[max(0, start - 45) : start]
    if not ("nearby" in window or "eighbo" in window or "adjacent" in window):
        return False  # most names: no such word (substring tests at C speed)
    return _NEARBY_BEFORE.search(window) is not None


def hint_follows(text: str, start: int, end: int) -> bool:
    """Does a relative-location hint (", 10 km west of ") follow the name at
    ``start``..``end``, and is the name not itself the anchor of a list of relations
    ("south-east of Coamo, east of Santa Isabel": the subject is elsewhere)?  A hint in
    brackets is the name's own even there: "advanced southwest of Robotyne (south of
    Orikhiv)"."""
    end = settlement_after(text, end)  # "Mafa village, 45 km east of Maiduguri"
    match = _HINT.match(text, end)
    if match is None:  # ", about 60 km to the west", ", a few kilometres from Mopti"
        return _HINT_BACK.match(text, end) is not None or distance_follows(text, end)
    return _bracketed(text, end) or not _AFTER_RELATION.search(text, max(0, start - 40), start)


def _bracketed(text: str, end: int) -> bool:
    """Is the hint after a name (ending at ``end``) the name's own whatever precedes
    it: in brackets, or an apposition that says what the name is ("west of
    Klishchiivka, a village south of Bakhmut")?"""
    return text[end : end + 2].lstrip()[:1] == "(" or _APPOSITION.match(text, end) is not None


_APPOSITION = re.compile(
    r",\s+(?:a|the)\s+(?:(?:small|tiny|large|frontline|front-line|nearby)\s+)?"
    r"(?:village|town|settlement|city|hamlet|suburb)\b"
)


def _directed(text: str, m: Mention, k: int, match: re.Match[str]) -> Hint | None:
    """The hint stated right after mention ``k`` (``match``, of :data:`_HINT`) and anchored
    on the next one ("X, 10 km west of Y", "X (south-west of Y)"), or None."""
    if not _bracketed(text, m.end) and _AFTER_RELATION.search(text, max(0, m.start - 40), m.start):
        return None  # "south of X, east of Y": both anchor one relation list
    return _hint_of(match, k + 1, m.end)


#: After a relation's anchor, the head of the list it locates: "attacked north of
#: Kupiansk near A and B, northeast of the town near C": the relation is C's, not B's.
_LIST_HEAD = re.compile(r"\s+(?:near|around|outside)\s+(?:the\s+villages?\s+of\s+)?[A-Z]")


def heads_list(text: str, m: Mention, anchor_end: int) -> bool:
    """Does the relation after mention ``m``, whose anchor ends at ``anchor_end``, head the
    next list rather than state where ``m`` lies ("B, northeast of the town near C")?  A
    relation in brackets is always the name's own.

    >>> from geo.text.tokens import Mention
    >>> t = "attacked near A and Radkivka, northeast of the town near Petropavlivka"
    >>> m = Mention(20, 28, "radkivka", 0, 0)
    >>> heads_list(t, m, t.index(" near P")), heads_list(t, m, len(t))
    (True, False)
    """
    return not _bracketed(text, m.end) and _LIST_HEAD.match(text, anchor_end) is not None


def _hint_of(match: re.Match[str], anchor: int, start: int) -> Hint | None:
    """The :class:`Hint` a :data:`_HINT` match states, anchored on mention ``anchor``."""
    compass = compass_bearing(match.group("dir"))
    if compass is None:
        return None
    try:
        lo_km, hi_km, distance = _band(match, UNSTATED_BAND_KM)
    except ValueError:
        return None
    return Hint(anchor, compass[0], compass[1], lo_km, hi_km, distance, start, match.end())


#: The words that name a settlement after "the": "the city", "the town"; here a bare
#: "the capital" too (geo.text.spatial.vocabulary's ``_THE_CITY`` reads only a region's:
#: "the regional capital").
_SETTLEMENT = "|".join((*lx.ANTECEDENT_WORDS, "capital"))
#: "... west of the city": the place named just before is the anchor.
_THE_PLACE = re.compile(rf"the\s+(?:{_SETTLEMENT})\b", re.IGNORECASE)
#: "... north of the city of Sumy": the place it names is the anchor.
_THE_PLACE_OF = re.compile(
    rf"the\s+(?:(?:regional|provincial|district)\s+)?(?:{_SETTLEMENT}|port)\s+of\s+",
    re.IGNORECASE,
)


#: Between a town and the region an apposition makes it the centre of: "El Fasher, the
#: capital of North Darfur", "Kadugli, the state capital of South Kordofan".
_CONTAINER_GAP = re.compile(
    r",\s+(?:the\s+)?(?:(?:state|regional|provincial|district)\s+)?"
    r"(?:capital|centre|center|seat|main\s+town|largest\s+city)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _directed_back(
    text: str, mentions: Sequence[Mention], k: int, match: re.Match[str], out: dict[int, Hint]
) -> Hint | None:
    """A hint (``match``, of :data:`_HINT`, followed by "the city") anchored on the place
    named before mention ``k`` ("Tawila, about 60 km west of the city", after El
    Fasher; a region in apposition to that place is stepped over: "El Fasher, the
    capital of North Darfur, to Tawila, about 60 km to the west"), or None.

    A place named before with an offset of its own is described, not the city: "Kupiansk,
    120 km east of the regional capital, ... Kurylivka, 100 km southeast of the city"
    measures both from the regional capital.  The city is then that offset's anchor: the
    name it states ("Chuhuiv, 35 km east of Kharkiv"), or the city its own "of the city"
    hint was read from; "the regional capital" unnamed leaves none (no hint rather than
    one from Kupiansk)."""
    # The last name before it that can be a town: not "the Darfur region", not "Sudanese",
    # not a government acting ("Moscow said its forces took X, 7 km east of the town").
    for j in range(k - 1, max(-1, k - 4), -1):
        before = mentions[j]
        if before.cue == "region" or before.demonym_country or before.actor:
            continue
        if j and _CONTAINER_GAP.fullmatch(text, mentions[j - 1].end, before.start):
            continue  # "El Fasher, the capital of North Darfur, to Tawila, 60 km west"
        own = _HINT.match(text, before.end)
        if own is None or own.end() > mentions[k].start:
            return _hint_of(match, j, mentions[k].end)
        if j + 1 < k and own.end() == mentions[j + 1].start:
            return _hint_of(match, j + 1, mentions[k].end)  # the anchor it names
        prior = out.get(j)
        return None if prior is None else _hint_of(match, prior.anchor, mentions[k].end)
    return None


def _names_anchor(text: str, end: int, anchor: int) -> bool:
    """Whether a hint ending at ``end`` names the mention starting at ``anchor`` as its
    anchor: right after it ("10 km west of Sumy") or after "the city of" ("20 km north of
    the city of Sumy": Sumy, not the place named before, as "of the city" alone)."""
    if end == anchor:
        return True
    named = _THE_PLACE_OF.match(text, end)
    return named is not None and named.end() == anchor


def read_hints(text: str, mentions: Sequence[Mention]) -> dict[int, Hint]:
    """Hints stated right after a mention and anchored on the mention that follows.

    Returns a mapping of mention index to :class:`Hint` (one look at the text after each
    mention: linear in the text).  Also reads the negative hints ("not to be confused
    with the town of the same name north-east of Y"): each mention they speak of gets
    them as ``against`` (:class:`Negation`), and a namesake they name is read ``apart``.
    """
    out: dict[int, Hint] = {}
    for k, m in enumerate(mentions):  # one pass: this runs for every mention
        anchor = mentions[k + 1] if k + 1 < len(mentions) else None
        hint = None
        after = settlement_after(text, m.end)  # "Mafa village, 45 km east of Maiduguri"
        match = _HINT.match(text, after)  # one look, forward or back
        if match is not None:
            the_place = _THE_PLACE.match(text, match.end())
            if anchor is not None and _names_anchor(text, match.end(), anchor.start):
                if not heads_list(text, m, anchor.end):
                    hint = _directed(text, m, k, match)  # "X, 10 km west of (the city of) Y"
            elif k and the_place and not heads_list(text, m, the_place.end()):
                # "Tawila, 60 km west of the city"
                hint = _directed_back(text, mentions, k, match, out)
        elif k and (back := _HINT_BACK.match(text, after)) is not None:
            # "for Tawila, about 60 km to the west"
            hint = _directed_back(text, mentions, k, back, out)
        if anchor is None or anchor.start - m.end > 80:
            if hint is not None:
                out[k] = hint
            continue
        gap = anchor.start - m.end
        if hint is None and (m.unknown or m.fuzzy):
            # "the Tal al-Sultan area of Rafah": a part of a town, for a name the
            # gazetteer lacks or spells otherwise (a known place's own name needs no such
            # help, and is never moved into the town: "the Bakhmut area of Donetsk Oblast").
            match = _PART_OF.match(text, m.end)
            if match is not None and match.end() == anchor.start:
                hint = Hint(k + 1, 0.0, 180.0, 0.0, PART_OF_KM, 0.0, m.end, match.end())
        if hint is not None:
            out[k] = hint  # over a "near" hint from the mention before
        if 0 < gap < 60 and _NEARBY_GAP.fullmatch(text, m.end, anchor.start):
            # "Debaltseve and the nearby village of Lohvynove": the second near the first
            out.setdefault(k + 1, Hint(k, None, 180.0, 0.0, NEAR_KM, None, m.start, anchor.end))
        # "near X and Y": two places close to each other (a hint each way, any direction);
        # so are "X and Y on the border with Z" when the gazetteer lacks one of them.
        if (
            (gap == 5 or gap == 4)
            and text[m.end : anchor.start] in (" and ", " or ")
            and (
                _NEAR.search(text, max(0, m.start - NEAR_REACH), m.start)
                or ((_unplaced(m) or _unplaced(anchor)) and _AT_BORDER.match(text, anchor.end))
            )
        ):
            out.setdefault(k, Hint(k + 1, None, 180.0, 0.0, NEAR_KM, None, m.start, anchor.end))
            out.setdefault(k + 1, Hint(k, None, 180.0, 0.0, NEAR_KM, None, m.start, anchor.end))
    # "X is a village in Z, about 6 miles (10 km) south of Y" (geo.text.hints.defined).
    out.update(defined_hints(text, mentions, out))
    # "southeast of Kupiansk near X, Y and Z", "near X and Y (both north of Kharkiv)".
    if "near" in text or "(both" in text or "(all" in text:
        _list_hints(text, mentions, out)
    if any(
        word in text
        for word in ("near", "around", "outside", "close to", "outskirts", "vicinity", "area",
                     "owns of", "illages of", "ettlements of", "amlets of")  # "the towns of"
    ):  # fmt: skip
        _near_lists(text, mentions, out)
    vicinity_hints(text, mentions, out)  # "X, on the western approaches to Y"
    distance_hints(text, mentions, out)  # "X, a few kilometres from Y"
    bearing_hints(text, mentions, out)  # "X, 045 degrees from Y at 20 km"
    # "..., not to be confused with the town of the same name north-east of Y".
    _read_negations(text, mentions, out)
    return out

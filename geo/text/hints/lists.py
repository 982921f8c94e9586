"""Relative-location hints, from analysts' lists: "southeast of Kupiansk near A, B and
C", "near A and B (both north of Kharkiv)", "near A and B, north of Y", "near A, B and
C".

:func:`list_hint_near` and :func:`in_near_list` tell whether a name is one of such a
list; :func:`_list_hints` and :func:`_near_lists` (run by
:func:`~geo.text.hints.read_hints`) give each name of a list its hint.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..spatial import compass_bearing
from ..tokens import Mention
from .base import (
    _DIRECTION,
    _NEAR,
    JUST_BAND_KM,
    NEAR_KM,
    NEAR_REACH,
    UNSTATED_BAND_KM,
    UNSTATED_FIT_KM,
    Hint,
)

__all__ = ["LIST_SPREAD_KM", "in_near_list", "list_hint_near"]


# Analysts' lists: "attacked southeast of Kupiansk near X, Y and Z", "near X and Y (both
# north of Kharkiv)". A name of such a list, its list before it, and its list after it.
_NAME = r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2}"
# "near Toretsk itself and Dyliivka": the town, then its villages.
_LIST_GAP = r"(?:\s+itself)?(?:,\s+and\s+|,\s+or\s+|,\s+|\s+and\s+|\s+or\s+)"
# Before a list's name: "<direction> of <anchor> near [A, B and ]".
_NEAR_LIST_BEFORE = re.compile(
    rf"(?P<dir>{_DIRECTION})\s+of\s+(?:the\s+)?(?P<anchor>{_NAME})\s+near\s+"
    rf"(?:{_NAME}{_LIST_GAP})*$"
)
# A list's names may each come with their own relation: "advanced west of Orlivka and
# north of Berdychi (both northwest of Avdiivka)".
_RELATION = rf"(?:(?:just\s+)?{_DIRECTION}\s+of\s+(?:the\s+)?)?"
_RELATION_GAP = re.compile(rf"{_LIST_GAP}{_RELATION}")
# After a list's name: "[, B and C] (both|all <direction> of ".
_BOTH_AFTER = re.compile(
    rf"(?:{_LIST_GAP}{_RELATION}{_NAME})*\s*\((?:both|all|each)\s+"
    rf"(?:(?P<dir>{_DIRECTION})\s+of|(?P<near>near|outside|around))\s+(?:the\s+)?"
)
# After a list's last name, with no brackets: "near Stepove and Berdychi, north of
# Avdiivka", "near Andriivka and Klishchiivka south of Bakhmut".
_LIST_THEN_DIRECTION = re.compile(
    rf"(?:,\s*|\s+)(?:(?P<just>just)\s+|(?:some|about|roughly)\s+)?(?P<dir>{_DIRECTION})\s+of\s+(?:the\s+)?"
)
#: ... whose names lie up to this far (km) from the anchor in that direction.
LIST_SPREAD_KM = UNSTATED_FIT_KM
_LIST_GAP_RE = re.compile(_LIST_GAP)
_LIST_REACH = 160  # characters looked at before or after a name


def list_hint_near(text: str, start: int, end: int) -> bool:
    """Does an analyst's list hint locate the name at ``start``..``end``: "southeast of
    Kupiansk near A, B and C", "near A and B (both north of Kharkiv)"?

    Examples
    --------
    >>> t = "Russian forces attacked southeast of Kupiansk near Pishchane and Kyslivka."
    >>> list_hint_near(t, 51, 60), list_hint_near(t, 65, 73)
    (True, True)
    >>> t = "Russian forces attacked near Hlyboke and Lyptsi (both north of Kharkiv)."
    >>> list_hint_near(t, 29, 36), list_hint_near(t, 41, 47)
    (True, True)
    >>> t = "Troops advanced west of Orlivka and north of Berdychi (both northwest of Avdiivka)."
    >>> list_hint_near(t, 24, 31), list_hint_near(t, 45, 53)
    (True, True)
    >>> t = "Russian forces attacked near Andriivka and Klishchiivka south of Bakhmut."
    >>> list_hint_near(t, 29, 38), list_hint_near(t, 43, 55)
    (True, True)
    >>> list_hint_near("Talks near Geneva and Lausanne resumed.", 11, 17)
    False
    """
    before = _NEAR_LIST_BEFORE.search(text[max(0, start - _LIST_REACH) : start])
    if before is not None or _BOTH_AFTER.match(text[end : end + _LIST_REACH]) is not None:
        return True
    # "near Stepove and Berdychi, north of Avdiivka": a "near" list, then its direction.
    return (
        _LIST_THEN_AFTER.match(text[end : end + _LIST_REACH]) is not None
        and _NEAR_LIST_OPEN.search(text[max(0, start - _LIST_REACH) : start]) is not None
    )


_LIST_THEN_AFTER = re.compile(rf"(?:{_LIST_GAP}{_NAME})*{_LIST_THEN_DIRECTION.pattern}[A-Z]")
_NEAR_LIST_OPEN = re.compile(
    rf"\b(?:near|around|outside|close\s+to|outskirts\s+of|vicinity\s+of|towards?|areas?\s+of"
    rf"(?:\s+the\s+settlements?\s+of)?)\s+"
    rf"(?P<items>(?:{_NAME}{_LIST_GAP})*)$",
    re.IGNORECASE,
)
_LIST_GOES_ON = re.compile(rf"{_LIST_GAP}[A-Z]")


def in_near_list(text: str, start: int, end: int) -> bool:
    """Is the name at ``start``..``end`` one of a list after "near" ("near A, B and C"),
    with a partner before or after it?

    Examples
    --------
    >>> t = "Units repelled attacks near Kleshcheyevka, Kurdyumovka and Andreyevka."
    >>> in_near_list(t, 28, 41), in_near_list(t, 59, 69)
    (True, True)
    >>> in_near_list("Units rested near Kleshcheyevka.", 18, 31)
    False
    """
    before = text[max(0, start - _LIST_REACH) : start]
    opened = _NEAR_LIST_OPEN.search(before)
    if opened is None:
        return False
    return bool(opened.group("items")) or _LIST_GOES_ON.match(text, end) is not None


def _list_hints(text: str, mentions: Sequence[Mention], out: dict[int, Hint]) -> None:
    """Give each name of an analyst's list (:func:`list_hint_near`) the directed hint of
    its list, anchored on the mention the direction is from, unless it has a directed
    hint of its own."""
    n = len(mentions)
    for k, last in _runs(text, mentions):
        first_start = mentions[k].start
        found: tuple[re.Match[str], int] | None = None
        before = text[max(0, first_start - _LIST_REACH) : first_start]
        near = _NEAR_LIST_BEFORE.search(before) if "near" in before[-8:] else None
        town = _of_the_town(text, mentions, k, before) if near is None else None
        if town is not None:
            found = town
        elif (
            near is not None
            and k > 0
            and mentions[k - 1].end == first_start - len(before) + near.end("anchor")
        ):
            found = (near, k - 1)
        elif "(" in text[mentions[last].end : mentions[last].end + 4]:
            both = _BOTH_AFTER.match(text, mentions[last].end)
            if both is not None and last + 1 < n and mentions[last + 1].start == both.end():
                found = (both, last + 1)
                # "west of Orlivka and north of Berdychi (both ...)": back over names
                # joined by relations.
                while k > 0 and _RELATION_GAP.fullmatch(
                    text, mentions[k - 1].end, mentions[k].start
                ):
                    k -= 1
        elif last + 1 < n and (last > k or text[mentions[last].end] == " "):
            # "near Stepove and Berdychi, north of Avdiivka": the list's direction, not
            # only its last name's (one name takes a comma's hint from read_hints).
            then = _LIST_THEN_DIRECTION.match(text, mentions[last].end)
            if then is not None and mentions[last + 1].start == then.end():
                found = (then, last + 1)
        if found is not None and found[0].groupdict().get("near"):
            anchor = found[1]  # "(both near Vovchansk)": within NEAR_KM, any direction
            for j in range(k, last + 1):
                if j not in out or out[j].bearing_deg is None:  # over "near X and Y"
                    out[j] = Hint(anchor, None, 180.0, 0.0, NEAR_KM, None, mentions[j].start,
                                  mentions[j].end)  # fmt: skip
        elif found is not None:
            match, anchor = found
            compass = compass_bearing(match.group("dir"))
            if compass is not None:
                lo_km, hi_km = UNSTATED_BAND_KM
                spread = None
                if match.re is _LIST_THEN_DIRECTION:
                    # A list then its direction spans a sector of the front ("near
                    # Kurakhovo, Konstantinopol and Uspenovka, west of Donetsk": 60 km
                    # off): any place of the name within LIST_SPREAD_KM fits; one the
                    # gazetteer lacks is put where a village so described lies.
                    spread, hi_km = (lo_km + hi_km) / 2, LIST_SPREAD_KM
                    if match.group("just"):  # "near A and B just south of Y": close by
                        lo_km, hi_km, spread = JUST_BAND_KM
                for j in range(k, last + 1):
                    if j != anchor and (j not in out or out[j].bearing_deg is None):
                        out[j] = Hint(anchor, compass[0], compass[1], lo_km, hi_km, spread,
                                      mentions[j].start, mentions[j].end)  # fmt: skip


def _near_lists(text: str, mentions: Sequence[Mention], out: dict[int, Hint]) -> None:
    """ "near A, B and C": each name lies within :data:`NEAR_KM` of the others.  A name
    with no hint of its own gets one, any direction, anchored on the list's first name
    that the gazetteer knows (a name it lacks is located by the others); when it knows
    none of the others, a name takes the direction another name of the list is given
    ("near A, B and C (west of Y)"), within :data:`LIST_SPREAD_KM` (a direction given
    after the list's last name is that name's own in an analyst's prose: a name the
    gazetteer knows keeps its reading)."""
    for k, last in _runs(text, mentions):
        if last > k and _NEAR.search(
            text, max(0, mentions[k].start - NEAR_REACH), mentions[k].start
        ):
            known = [
                j for j in range(k, last + 1) if not (mentions[j].unknown or mentions[j].fuzzy)
            ]
            # "near Tonenke, Nevelske and Umanske (west of Avdiivka)", none of them
            # known: the others lie near the one located, in its direction.
            directed = next(
                (out[j] for j in range(k, last + 1) if j in out and out[j].bearing_deg is not None),
                None,
            )
            # "toward Korenevo, ... of Sudzha, and near Malaya Loknya and Sverdlikovo":
            # no name known, none directed: near the place the sentence named last.
            before = _sentence_place(text, mentions, k) if not known and directed is None else None
            for j in range(k, last + 1):
                # the list's first known name other than j (two looked at, not the
                # whole list for each name: linear in a pasted list of thousands)
                partner = next((i for i in known[:2] if i != j), None)
                if before is not None and (j not in out or k <= out[j].anchor <= last):
                    out[j] = Hint(before, None, 180.0, 0.0, NEAR_KM, None, mentions[k].start,
                                  mentions[last].end)  # fmt: skip
                    continue
                if j in out:
                    continue
                if partner is None:
                    if directed is not None:
                        lo_km, hi_km = UNSTATED_BAND_KM
                        out[j] = Hint(directed.anchor, directed.bearing_deg,
                                      directed.half_sector_deg, lo_km, LIST_SPREAD_KM,
                                      (lo_km + hi_km) / 2, mentions[k].start,
                                      mentions[last].end)  # fmt: skip
                    continue
                out[j] = Hint(partner, None, 180.0, 0.0, NEAR_KM, None, mentions[k].start,
                              mentions[last].end)  # fmt: skip


def _runs(text: str, mentions: Sequence[Mention]) -> Iterator[tuple[int, int]]:
    """(first, last) indexes of each run of mentions joined by list gaps, in order."""
    k, n = 0, len(mentions)
    while k < n:
        last = k
        while last + 1 < n and _LIST_GAP_RE.fullmatch(
            text, mentions[last].end, mentions[last + 1].start
        ):
            last += 1
        yield k, last
        k = last + 1


#: A sentence's end between two names.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“])|\n")
#: Mentions looked back at for a list's sentence place (bounded work) ...
_BACK = 4
#: ... and after "of the town near", past the villages of the sentence's other lists
#: ("northeast of Borova near A, B and C; east of the settlement near D, E and F; and
#: southeast of it near G and H": Borova).
_TOWN_BACK = 12


def _sentence_place(text: str, mentions: Sequence[Mention], k: int) -> int | None:
    """The last mention before mention ``k`` in its sentence that names a place the
    gazetteer has under that name (not one it lacks or spells otherwise, a region, a
    people or a dateline; after "of the town near", no name of another list), or None."""
    start = mentions[k].start
    town = _OF_THE_TOWN.search(text, max(0, start - _OF_THE_TOWN_BACK), start) is not None
    back = _TOWN_BACK if town else _BACK
    for i in range(k - 1, max(-1, k - 1 - back), -1):
        m = mentions[i]
        if _SENTENCE_END.search(text, m.end, mentions[k].start):
            return None
        if m.unknown or m.fuzzy or m.demonym_country or m.dateline or m.cue == "region":
            continue
        if m.actor or (town and m.siblings):
            continue  # "of the town": a town named alone, not another list's village
        return i
    return None


#: "southwest of the town near A and B": the town the sentence named, not the last
#: village of another of its lists ("near Kostiantynivka itself, southwest of the town
#: near Oleksandro-Shultyne and Yablunivka, and south of the town near Bila Hora"); an
#: analyst's "east of the settlement near" and "southeast of it near" likewise.
_THE_TOWN = r"(?:the\s+(?:town|city|settlement)|it)"
_OF_THE_TOWN = re.compile(rf"\bof\s+{_THE_TOWN}\s+near\s+$", re.IGNORECASE)
_OF_THE_TOWN_BACK = 30


#: Before a list: "<direction> of the town near [A, B and ]" (the town unnamed).
_TOWN_LIST_BEFORE = re.compile(
    rf"(?P<dir>{_DIRECTION})\s+of\s+{_THE_TOWN}\s+near\s+(?:{_NAME}{_LIST_GAP})*$",
    re.IGNORECASE,
)


def _of_the_town(
    text: str, mentions: Sequence[Mention], k: int, before: str
) -> tuple[re.Match[str], int] | None:
    """The relation and its anchor for a list after "north of the town near" (mention
    ``k`` its first name, ``before`` the text before it): the last town its sentence named
    ("attacked in Kupiansk itself; north of the town near Holubivka and Myrove": Kupiansk,
    whatever namesake of a name of the list lies elsewhere), or None."""
    if "near" not in before[-8:] or k == 0:
        return None
    match = _TOWN_LIST_BEFORE.search(before)
    if match is None:
        return None
    anchor = _sentence_place(text, mentions, k)
    return None if anchor is None else (match, anchor)

"""Stage 3b of the geoparser: the place an analyst's "direction" names anchors the
"near" lists that follow it.

Daily assessments and ministry summaries group the fighting by direction: "In the
Kupiansk direction, Russian forces attacked near Pishchane and Kucherivka", "Russian
forces continued offensive operations in the Siversk direction ... near Vyimka and
Ivano-Darivka"; wire copy by district or area ("In Korenevo district, fighting was
reported near Olgovka and Nikolayevo-Darino", "in the Bakhmut area").  The villages
lie around the direction's town (a few tens of km), yet the gazetteer may lack them and
hold namesakes across the country (Poltava's Pishchane).
:func:`anchor_directions` gives each name of such a list, up to the paragraph's end (or
the next direction, or a few sentences on), a "near" hint anchored on the direction's
place, unless a hint of its own already locates it there: resolution then favours the
namesake near it, and :func:`geo.text.anchors.settle_lists` reads a far one back near it
or leaves the name to be estimated around it.  One pass over the text and its mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from . import direction_words as dw
from .direction_partners import (
    district_of_name,
    own_sentence_town,
    scope_partner,
    sentence_partner,
    town_opens,
)
from .direction_words import direction_before, district_before
from .fold import FoldedPattern
from .hints import NEAR_KM, Hint
from .other_names import _apart_km
from .ranking import first_readings
from .strays import LIST_KM
from .tokens import Mention

__all__ = [
    "DIRECTION_SENTENCES",
    "anchor_directions",
    "direction_before",
    "direction_places",
    "district_before",
]

#: "the Kupiansk direction", "the Lyman axis", "in Korenevo district", "in the Bakhmut
#: area" (not "directions": two towns, no one anchor).
_WORDS = dw.any_of(*dw.SECTOR_WORDS, *dw.DISTRICT_WORDS, dw.AREA)
#: "In the Shebekino urban district" (a Russian governor's municipal districts) too.
_AFTER_NAME = re.compile(rf"\s+(?:{dw.MUNICIPAL}(?=district))?{_WORDS}{dw.SINGULAR}", re.I)
#: Before the name: "the" or "in" ("in the Kupiansk direction", "In Korenevo district"),
#: or a line's start (a heading).
_THE = re.compile(r"(?:\b(?:the|in)\s+|^[ \t]*)$", re.IGNORECASE | re.MULTILINE)
#: "in the direction of Siversk", "on the Lyman direction" (spelled the other way).
_BEFORE_NAME = re.compile(rf"\b(?:in|on)\s+the\s+{dw.SECTORS}\s+of\s+$", re.IGNORECASE)
#: "in the Toretsk and Pokrovsk directions" ("axes" too): a phrase naming no one place.
_PLURAL = re.compile(
    rf"\s+{dw.any_of(*dw.SECTOR_WORDS, dw.AXE, *dw.DISTRICT_WORDS, dw.AREA)}{dw.PLURAL}", re.I
)
#: A "near" phrase before a name (the list it opens runs on through list gaps); in a
#: direction's scope "toward" too ("attacked near Vovchansk and toward Starytsia"), a
#: capture ("seized Petrivka", "captured A and B") and a side of a village ("advanced
#: east of Pishchane"): an assessment's villages all the same.
#: (A scope runs on for sentences: no "town of" nor bare "took", unlike a list that its
#: direction closes, :mod:`geo.text.trailing_directions`.)
_NEAR = re.compile(
    rf"\b(?:{'|'.join(dw.NEAR_PHRASES)}|{'|'.join(dw.CAPTURES)}|took\s+control\s+of"
    # a governor's digest by district: "In the Grayvoron district, the village of Kozinka"
    rf"|(?:the\s+)?{dw.any_of(*dw.SETTLEMENTS_OF)}s?\s+of"
    r"|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of)\s+$",
    re.IGNORECASE,
)
#: ... and, in the direction's own sentence, an attack ("In the Siversk direction, Russian
#: troops attacked Vyimka and Hryhorivka"; a later sentence's strike may be anywhere:
#: "Overnight, Russian artillery shelled Nikopol").
_ATTACK = re.compile(
    r"\b(?:attacked|assaulted|stormed|entered|pushed\s+into|advanced\s+(?:on|into))\s+$",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(dw.LIST_GAP)
#: A text without any of the words has no direction (asked of the folded text: substring
#: tests in C, the same answer as a case-blind search).
_ANY_WORD = FoldedPattern(_WORDS)
#: ... nor any opener ("Near Siversk, ...") without one of these.
_OPENER_WORD = FoldedPattern(dw.any_of(*dw.NEAR_WORDS))
#: A sentence's end.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“])")
#: A sentence that opens with "Near X," ("Around Siversk, Russian troops attacked Vyimka
#: and Hryhorivka"): X anchors the sentence's lists as a direction does.
_OPENER = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?]\n))[ \t]*"
    + dw.any_of(*(w.capitalize() for w in dw.NEAR_WORDS)) + r"\s+$", re.MULTILINE
)
#: After a direction's name: an administrative district ("the Grayvoron district") ...
_DISTRICT_AFTER = re.compile(rf"\s+(?:{dw.MUNICIPAL})?{dw.DISTRICTS}{dw.SINGULAR}", re.I)
#: ... whose paragraph's "In X" names its villages.
_IN_BEFORE = re.compile(r"\b[Ii]n\s+$")
#: Before a name: the text says it is a village.
_VILLAGE_OF = re.compile(r"\b(?:village|hamlet)\s+of\s+$", re.IGNORECASE)
#: A direction's scope: at most this many sentences after its own.
DIRECTION_SENTENCES = 4
_LOOK_BACK = 40  # characters looked at before a name for "the", "near" or "direction of"


def direction_places(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """The mentions that name a direction, with where each one's scope ends.

    Returns
    -------
    list of (int, int)
        (mention index, character offset of the scope's end), in text order: the scope
        runs from the mention to the paragraph's end (a line break), the next
        direction phrase, or the end of the :data:`DIRECTION_SENTENCES`-th sentence
        after the mention's own, whichever comes first.

    Examples
    --------
    >>> from geo.text.tokens import Mention
    >>> t = "In the Kupiansk direction, fighting went on. In the Lyman and Siversk directions."
    >>> ms = [Mention(7, 15, "kupiansk", 2, 2), Mention(52, 57, "lyman", 9, 9),
    ...       Mention(62, 69, "siversk", 11, 11)]
    >>> direction_places(t, ms)
    [(0, 52)]
    """
    found: list[tuple[int, int]] = []  # (mention, scope start) of each direction phrase
    openers: set[int] = set()  # those a sentence's "Near X," opens: the sentence alone
    stops: list[int] = []  # where any direction phrase (also a plural one) starts a scope
    for k, m in enumerate(mentions):
        lo = max(0, m.start - _LOOK_BACK)
        before = text[lo : m.start]
        if (_AFTER_NAME.match(text, m.end) and _THE.search(before)) or _BEFORE_NAME.search(before):
            found.append((k, m.start))
            stops.append(m.start)
        elif text.startswith(",", m.end) and _OPENER.search(before):
            found.append((k, m.start))  # "Near Siversk, ...": its own sentence
            stops.append(m.start)
            openers.add(k)
        elif _PLURAL.match(text, m.end):
            first = k  # "the Lyman and Siversk directions": from the first name on
            while first and _LIST_GAP.fullmatch(
                text, mentions[first - 1].end, mentions[first].start
            ):
                first -= 1
            stops.append(mentions[first].start)
    stops.sort()
    out: list[tuple[int, int]] = []
    for k, start in found:
        end = text.find("\n", mentions[k].end)
        end = len(text) if end < 0 else end
        later = bisect_right(stops, start)
        if later < len(stops):
            end = min(end, stops[later])
        last = 0 if k in openers else DIRECTION_SENTENCES
        for n, sentence in enumerate(_SENTENCE_END.finditer(text, mentions[k].end, end)):
            if n == last:
                end = sentence.start() + 1
                break
        out.append((k, end))
    return out


def _in_near_list(
    text: str,
    mentions: Sequence[Mention],
    j: int,
    memo: dict[int, bool],
    opens: re.Pattern[str] = _NEAR,
) -> bool:
    """Is mention ``j`` a name of a list a "near" phrase (``opens``) opens ("near A, B and
    C")?  ``memo`` holds the answers for the mentions before it (each is read once)."""
    walked = []
    k = j
    while True:
        found = memo.get(k)
        if found is not None:
            break
        walked.append(k)
        lo = max(0, mentions[k].start - _LOOK_BACK)
        if opens.search(text[lo : mentions[k].start]):
            found = True
            break
        if k == 0 or not _LIST_GAP.fullmatch(text, mentions[k - 1].end, mentions[k].start):
            found = False
            break
        k -= 1
    for i in walked:
        memo[i] = found
    return found


def anchor_directions(
    text: str, gazetteer: Gazetteer, mentions: Sequence[Mention], hints: Mapping[int, Hint]
) -> dict[int, Hint]:
    """The hints, with each "near" list of a direction's scope anchored on its place.

    Parameters
    ----------
    text : str
    gazetteer : Gazetteer
    mentions : sequence of Mention
        The text's mentions, in order.
    hints : mapping of int to Hint
        Mention index -> its hint (:func:`geo.text.anchors.anchor_lists`); not modified.

    Returns
    -------
    dict of int to Hint
        The same hints, except that each name of a "near" list inside a direction's
        scope (:func:`direction_places`) whose place (pass-1 reading) is a place gets
        a hint with no direction within :data:`~geo.text.hints.NEAR_KM` of it, spanning
        the name alone, when the name has no hint, or a "near" hint anchored on a name
        of its own list with no candidate place within :data:`LIST_KM` of the
        direction's place (pass-1 reading).  Directed hints ("southeast of Kupiansk near
        X"), lists a "near" phrase follows ("A and B near Y") and names in a region of
        their own ("near A and B in the Zaporozhye region") are kept.
    """
    gate = _ANY_WORD.occurs_in(text) or _OPENER_WORD.occurs_in(text)
    directions = direction_places(text, mentions) if gate else []
    if not directions:
        return dict(hints)
    out = dict(hints)
    scopes: list[tuple[int, int, list[int]]] = []
    in_list: dict[int, bool] = {}
    attacked: dict[int, bool] = {}
    for k, end in directions:
        members = []
        for j in range(k + 1, len(mentions)):
            m = mentions[j]
            if m.start >= end:
                break
            h = hints.get(j)
            if h is not None and (
                h.bearing_deg is not None
                or (h.anchor != k and not h.start <= mentions[h.anchor].start < h.end)
            ):
                continue  # located otherwise: a direction, or a "near Y" after its list
            if m.demonym_country or not (
                _in_near_list(text, mentions, j, in_list)
                or (
                    not _SENTENCE_END.search(text, mentions[k].end, m.start)
                    and _in_near_list(text, mentions, j, attacked, _ATTACK)
                )
                # "In the Grayvoron district, ... In Glotovo, a drone ...": a village of
                # the district the gazetteer lacks or spells otherwise.
                or (
                    (m.unknown or m.fuzzy)
                    and _IN_BEFORE.search(text, max(0, m.start - 4), m.start) is not None
                    and _DISTRICT_AFTER.match(text, mentions[k].end) is not None
                )
            ):
                continue
            members.append(j)
        if members:
            scopes.append((k, end, members))
    if not scopes:
        return out
    firsts = first_readings(gazetteer, mentions, [k for k, _, _ in scopes])

    def read(i: int) -> int | None:  # a mention's pass-1 reading, cached
        if i not in firsts:
            firsts.update(first_readings(gazetteer, mentions, [i]))
        return firsts[i]

    for k, end, members in scopes:
        rec = firsts.get(k)
        if rec is None or not gazetteer.is_place(rec):
            continue
        # Where the direction's place may lie: its namesakes too (pass 1 reads "the
        # Seversk direction" as Seversk by Tomsk; the text's context, as Siversk).
        heres = [
            gazetteer.lat_lon(c.record)
            for c in mentions[k].candidates[:_MAX_DIRECTIONS]
            if gazetteer.is_place(c.record)
        ]
        region = (gazetteer.country_code(rec), gazetteer.admin1(rec)[0])
        qualifies = district_of_name(text, mentions, k)  # "A in the Y district, ... near Z"
        for j in members:
            h, own = hints.get(j), mentions[j].containers  # "near A in the Zaporozhye region"
            if own and not any(c == region[0] and a in ("", region[1]) for c, a in own):
                continue  # in a region of its own, not the direction's
            if (
                h is not None
                and mentions[h.anchor].key != mentions[k].key  # on the direction's town: below
                and _has_place_near(gazetteer, mentions[h.anchor], heres)
                and not _closer_than_partner(gazetteer, mentions[j], mentions[h.anchor], heres)
            ):
                continue  # its list's anchor may be read around the direction's place
            m = mentions[j]
            # A later sentence's list with a town away from the direction is elsewhere (so
            # is one whose sentence names such a town); the direction's own sentence ("In
            # the X direction, ... near A, B and C") puts its list there, whatever namesake
            # town one name has.
            # A later sentence's lone name of a town away from it ("a brigade operating
            # near Vovchansk", the sentence after "the Siversk direction") is that town.
            # ... unless the text calls it a village ("The village of Murom came under
            # fire": not the city of Murom 600 km off).
            later = _SENTENCE_END.search(text, mentions[k].end, m.start) or qualifies
            if (
                later
                and not m.siblings
                and not _VILLAGE_OF.search(text, max(0, m.start - _LOOK_BACK), m.start)
                and _town_away(gazetteer, m, heres)
            ):
                continue
            if later and not town_opens(text, mentions, k, j) and (
                any(
                    _town_away(gazetteer, mentions[i], heres)
                    and _list_there(gazetteer, mentions, i, (j, *m.siblings))
                    for i in m.siblings
                )
                or own_sentence_town(text, gazetteer, mentions, j, heres)  # "... to Marinka"
            ):
                continue
            anchor = k
            if not _has_place_near(gazetteer, m, heres):
                # A village the gazetteer lacks: estimated around the last place its
                # sentence names near the direction's place, not the town (tens of km).
                anchor = sentence_partner(text, gazetteer, mentions, k, j, heres, firsts)
                if anchor == k:  # ... else around a place its paragraph names near it
                    anchor = scope_partner(text, gazetteer, mentions, k, j, end, heres, read) or k
            out[j] = Hint(anchor, None, 180.0, 0.0, NEAR_KM, None, m.start, m.end)
    return out


#: The candidates of a name looked at for one near a direction's place, and of the
#: direction's name for its place (bounded work).
_MAX_CANDIDATES = 64
_MAX_DIRECTIONS = 8


def _has_place_near(
    gaz: Gazetteer, m: Mention, heres: Sequence[tuple[float, float]], km: float = LIST_KM
) -> bool:
    """Has mention ``m`` a candidate place within ``km`` (default :data:`LIST_KM`) of one
    of ``heres`` ((lat, lon) degrees)?"""
    if not heres:
        return False
    return any(
        gaz.is_place(c.record) and _apart_km(gaz.lat_lon(c.record), heres) <= km
        for c in m.candidates[:_MAX_CANDIDATES]
    )


def _closer_than_partner(
    gaz: Gazetteer, m: Mention, partner: Mention, heres: Sequence[tuple[float, float]]
) -> bool:
    """Has mention ``m`` a candidate place within :data:`NEAR_KM` of one of ``heres``
    while its list partner has none?  Then the direction's place decides for ``m``
    ("In the Huliaipole direction, ... near Uspenivka and Zelenyi Hai": Zaporizhzhia's
    Uspenivka, 16 km off, not the pair of Donetsk namesakes 55 and 80 km off that a
    Pokrovsk paragraph before it would favour)."""
    return _has_place_near(gaz, m, heres, NEAR_KM) and not _has_place_near(
        gaz, partner, heres, NEAR_KM
    )


#: A list partner this populous (people), with no namesake near a direction's place,
#: puts its list elsewhere ("near Volchansk and Liptsy" after "the Zaporozhye
#: direction"); a village of a name the gazetteer holds elsewhere does not.
_TOWN = 10_000


def _town_away(gaz: Gazetteer, m: Mention, heres: Sequence[tuple[float, float]]) -> bool:
    """Is mention ``m`` a town's name (a candidate place of :data:`_TOWN` people or more)
    with no candidate place within :data:`LIST_KM` of one of ``heres``?"""
    return any(
        gaz.is_place(c.record) and gaz.row(c.record).population >= _TOWN
        for c in m.candidates[:_MAX_CANDIDATES]
    ) and not _has_place_near(gaz, m, heres)


def _list_there(gaz: Gazetteer, mentions: Sequence[Mention], i: int, names: Sequence[int]) -> bool:
    """Does the list (mentions ``names``) lie around town ``i``'s places: has another
    name of it a candidate place within :data:`LIST_KM` of one, or none any place?  A
    town whose partners' places all lie far from it ("near Novotroitske and Promin" in
    the Pokrovsk direction: a Kherson Oblast town, a Mykolaiv Oblast village 130 km
    apart) is a namesake of a village the gazetteer lacks, not the list's place."""
    towns = [
        gaz.lat_lon(c.record)
        for c in mentions[i].candidates[:_MAX_CANDIDATES]
        if gaz.is_place(c.record) and gaz.row(c.record).population >= _TOWN
    ]
    placed = False
    for n in names:
        if n == i:
            continue
        for c in mentions[n].candidates[:_MAX_CANDIDATES]:
            if gaz.is_place(c.record):
                placed = True
                if _apart_km(gaz.lat_lon(c.record), towns) <= LIST_KM:
                    return True
    return not placed

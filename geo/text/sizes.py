"""Stage 3 of the geoparser, evidence: a name the text calls a village.

"in Blida, a village close to the border", "the village of Khiam", "the villages of
Odaisseh and Kfar Kila": the place meant is a village, not a city of 300,000 or a
province of its name elsewhere (Algeria's Blida), which then is no reading of it.
:func:`mark_villages` sets such a mention's ``reading`` to ``"village"`` (a place
reading, as "city" is); :func:`geo.text.evidence.score_candidates` weighs it.  A
bounded look around each mention: linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from .colocation import COLOCATED_KM
from .tokens import Mention

__all__ = [
    "CITY_OF_NOTE",
    "OWN_NAME_TOWN",
    "TOWN_OF_NOTE",
    "VILLAGE",
    "city_keeps_its_name",
    "hamlet_km",
    "mark_villages",
    "outweighs_village",
    "town_keeps_own_name",
    "town_of_note_over",
]

#: The ``reading`` of a mention the text calls a village.
VILLAGE = "village"

_NAME = r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}"
_GAP = r"(?:,\s+and\s+|,\s+or\s+|,\s+|\s+and\s+|\s+or\s+)"
# Before the name: "the village of", "the villages of A, B and".
_BEFORE = re.compile(
    rf"\b(?:village|hamlet)\s+of\s+$|\b(?:villages|hamlets)\s+of\s+(?:{_NAME}{_GAP})*$",
    re.IGNORECASE,
)
# After the name: ", a village", ", a small border village", ", the hamlet".
_AFTER = re.compile(
    r",\s+(?:a|the)\s+(?:(?:small|tiny|remote|frontline|front-line|border|nearby|mountain|"
    r"farming|fishing|Christian|Druze|Shiite|Sunni)\s+)*(?:village|hamlet)\b",
    re.IGNORECASE,
)
#: "the villages of" right before a name: the villages of a list that goes on after it
#: ("the villages of Odaisseh, Houla and ..."), else the villages in the area so named
#: ("no children left in the villages of Zamfara": the state, no village of that name).
_PLURAL_OF = re.compile(r"\b(?:villages|hamlets)\s+of\s+$", re.IGNORECASE)
_LIST_AFTER = re.compile(rf"(?:{_GAP}|/)(?:the\s+)?[A-Z]")  # "Weston and the Island"
_REACH = 120  # characters looked at before a name
# Both patterns hold one of these words: a text without any marks no village.
_WORDS = re.compile(r"village|hamlet", re.IGNORECASE)
_TURKISH_I = ("\u0130", "\u0131")  # İ and ı, which the case-blind patterns read as i


def mark_villages(text: str, mentions: Sequence[Mention]) -> None:
    """Set the ``reading`` of each mention the text calls a village to :data:`VILLAGE`.

    Examples
    --------
    >>> from geo.text.tokens import Mention
    >>> t = "A house was hit in Blida, a village close to the border, and in Tyre."
    >>> ms = [Mention(19, 24, "blida", 0, 0), Mention(66, 70, "tyre", 0, 0)]
    >>> mark_villages(t, ms)
    >>> [m.reading for m in ms]
    ['village', '']
    >>> t = "Shells fell on the villages of Odaisseh, Houla and Kfar Kila."
    >>> ms = [Mention(31, 39, "odaisseh", 0, 0), Mention(41, 46, "houla", 0, 0),
    ...       Mention(51, 60, "kfar kila", 0, 0)]
    >>> mark_villages(t, ms)
    >>> [m.reading for m in ms]
    ['village', 'village', 'village']
    >>> t = "No children were left in the villages of Zamfara."
    >>> ms = [Mention(41, 48, "zamfara", 0, 0)]
    >>> mark_villages(t, ms)
    >>> [m.reading for m in ms]
    ['']
    >>> t = "Strikes on Blida. In the village of Blida, two houses fell."
    >>> ms = [Mention(11, 16, "blida", 0, 0), Mention(36, 41, "blida", 0, 0)]
    >>> mark_villages(t, ms)
    >>> [m.reading for m in ms]
    ['village', 'village']
    """
    # A text without the words (a plain substring test: the patterns' case-blind
    # letters beyond ASCII are the dotted and dotless i) marks nothing; in one with
    # them, a "villages of" list can end only at a name with one within reach before it.
    if not mentions:
        return
    low = text.lower()
    if "village" not in low and "hamlet" not in low and not any(c in text for c in _TURKISH_I):
        return
    words = [found.start() for found in _WORDS.finditer(text)]
    if not words:
        return
    for m in mentions:
        if m.demonym_country:
            continue
        lo = max(0, m.start - _REACH)
        k = bisect_left(words, lo)
        if _AFTER.match(text, m.end) or (
            k < len(words)
            and words[k] < m.start
            and (before := _BEFORE.search(text[lo : m.start])) is not None
            and not (_PLURAL_OF.search(before.group()) and not _LIST_AFTER.match(text, m.end))
        ):
            m.reading = VILLAGE
    # One name, one place: the text's other mentions of a village's name (a headline's
    # "homes in Blida", "in Blida and in Aitaroun") are the village too.
    called = {m.key for m in mentions if m.reading == VILLAGE}
    for m in mentions:
        if m.key in called and not m.reading and not m.demonym_country:
            m.reading = VILLAGE


#: A town this large ...
TOWN_OF_NOTE = 50_000
#: ... and this many times as populous as a namesake ...
_TOWN_RATIO = 50
#: ... outweighs it unless one of the text's places lies this near it (a front's
#: villages are named with their neighbours) or the text names its region ...
_NEIGHBOUR_KM = 25.0
#: ... and then 30 times as populous is enough: nothing of the text's lies by the
#: namesake to read it so (Goz Beida, 58,941 people, over its hamlet of 1,500 by Abeche).
_OUTWEIGH_RATIO = 30


def outweighs_village(
    population: int, village_population: int, village_km: float, village_region_named: bool
) -> bool:
    """Does a town (``population``) outweigh a far smaller namesake that more of the
    text's places lie around (``village_population``; ``village_km``: km from it to the
    nearest of them; ``village_region_named``: the text names its admin-1 region)?

    The town keeps its due when it is a town of note (:data:`TOWN_OF_NOTE`), 30 times
    as populous as the namesake, and the text names neither a place within 25 km of
    the namesake nor its region: places a few tens of km off say where the text is,
    not that it names a hamlet rather than a town of note.

    Examples
    --------
    >>> outweighs_village(105_160, 588, 35.0, False)  # Nikopol, and its Donbas hamlet
    True
    >>> outweighs_village(226_845, 2_054, 5.0, False)  # Kamianske by Stepnohirsk
    False
    >>> outweighs_village(226_845, 2_054, 31.0, True)  # ... in "Zaporozhye Region"
    False
    >>> outweighs_village(27_000, 300, 60.0, False)  # a small town: context decides
    False
    >>> outweighs_village(58_941, 1_500, 33.0, False)  # Goz Beida; its hamlet by Abeche
    True
    >>> outweighs_village(58_941, 2_500, 33.0, False)  # 24 times as populous
    False
    """
    return (
        population >= TOWN_OF_NOTE
        and population >= _OUTWEIGH_RATIO * max(village_population, 1)
        and village_km > _NEIGHBOUR_KM
        and not village_region_named
    )


def hamlet_km(nearest_km: float, colocated: float | None) -> float:
    """How far (km) a namesake lies from the text's places, for :func:`outweighs_village`:
    ``nearest_km`` to the nearest place the text reads, or 0.0 when namesakes of the
    text's other names lie next to it (``colocated``: how many; the towns of one county
    read together) and no place the text reads lies within the co-location reach
    (:data:`~geo.text.colocation.COLOCATED_KM`).  When one does, it is the namesake
    found there, at its own distance, not next to it: Abeche, which the text reads, 33 km
    from the hamlet of Goz Beida.

    >>> hamlet_km(33.0, 1), hamlet_km(120.0, 2), hamlet_km(120.0, None)
    (33.0, 0.0, 120.0)
    """
    return 0.0 if colocated and nearest_km > COLOCATED_KM else nearest_km


def town_of_note_over(population: int, other_population: int) -> bool:
    """Is a place of ``population`` a town of note (:data:`TOWN_OF_NOTE`) 50 times as
    populous as a namesake of ``other_population``?  Then the text's places around the
    namesake do not make it the place meant (a hamlet listing the town's name among its
    own, or one of its name near the text's places).

    >>> town_of_note_over(241_856, 737)  # Novorossiysk; Siabry, once called so
    True
    >>> town_of_note_over(60_127, 25_841)  # Pokrovsk; Krasnoarmeysk by Saratov
    False
    """
    return population >= TOWN_OF_NOTE and population >= _TOWN_RATIO * max(other_population, 1)


#: A city this large ...
CITY_OF_NOTE = 100_000
#: ... and this many times as populous as a town that lists the city's name among its
#: other (old, foreign) names keeps the name whatever lies around the town.
_CITY_RATIO = 10


def city_keeps_its_name(population: int, other_population: int) -> bool:
    """Is a city called by a name (``population``) a city of note (:data:`CITY_OF_NOTE`)
    ten times as populous as a town that carries the name only as another one
    (``other_population``)?  Then the text's places around the town do not make the
    town the place meant: "Kremenchuk", the Poltava oblast city, in a text about
    Vinnytsia oblast's energy sites is not Yampil (Vinnytsia), which GeoNames also lists
    as Kremenchuk.  A town's own name is not weighed here (:func:`town_of_note_over`).

    >>> city_keeps_its_name(224_997, 10_957)  # Kremenchuk; Yampil, listed so
    True
    >>> city_keeps_its_name(233_126, 30_914)  # Dzerzhinsk (Nizhny); Toretsk, once so
    False
    >>> city_keeps_its_name(60_127, 2_000)  # a town, not a city of note
    False
    """
    return population >= CITY_OF_NOTE and population >= _CITY_RATIO * max(other_population, 1)


#: A town this large, called by a name itself ...
OWN_NAME_TOWN = 10_000
#: ... keeps it against a place carrying the name only as another one with at most this
#: share of its population.
_OWN_NAME_SHARE = 0.5


def town_keeps_own_name(population: int, other_population: int) -> bool:
    """Is a town called by a name (``population``) of :data:`OWN_NAME_TOWN` people at
    least and twice as populous as a place that carries the name only as another (old,
    unrelated) one (``other_population``)?  Then the places around the smaller one do
    not make it the place meant: "near Ugledar, Kurakhovo and Kremennaya" is Kreminna,
    not the village by Kurakhove that GeoNames also lists as Kremennaya
    (:func:`geo.text.other_names.drop_outweighed_names`, for a town of the front).

    >>> town_keeps_own_name(18_116, 5_740)  # Kreminna; Oleksandrivka, listed so
    True
    >>> town_keeps_own_name(25_841, 60_127)  # Krasnoarmeysk by Saratov; Pokrovsk
    False
    >>> town_keeps_own_name(4_000, 500)  # a village, not a town
    False
    """
    return population >= OWN_NAME_TOWN and other_population <= _OWN_NAME_SHARE * population

"""Stage 2b of the geoparser: names of directions that are no one town's place.

A General Staff summary names some directions by a region's adjective ("the
Slobozhanskyi direction", "the Prydniprovske direction"): an operational area, not the
village of Slobozhanske or Prydniprovske the gazetteer holds;
:func:`outside_regional_directions` drops such mentions.  A list of directions ("In the
Kharkiv, Lyman and Novopavlivka directions") names one town of the front for each, the
list the whole front: :func:`in_directions_list` tells its names
(:func:`geo.text.list_towns.prefer_list_towns` reads each as its front-line town).
One pass over the mentions, and one from their end for where each list ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import direction_words as dw
from .directions import _LIST_GAP
from .tokens import Mention, without_mentions

__all__ = ["direction_spans", "in_directions_list", "list_ends", "outside_regional_directions"]


#: A direction named by a region's adjective, not a town: the General Staff's
#: "Slobozhanskyi" (Sloboda Ukraine's) and "Prydniprovske" (the Dnipro's banks) directions,
#: Russian copy's "Krasnolimansky": an adjective's ending, then "direction(s)" or "axis".
_ADJECTIVE = re.compile(r"\w(?:skyi|skyy|skiy|sky|ske|skoye|skoe|skoy)$")
#: The words of a direction, singular or plural (a list's last name closes "the Kharkiv
#: and Lyman directions"), "axes" too; not a district or area (no sector of the front).
_DIRECTIONS = dw.any_of(*dw.SECTOR_WORDS, dw.AXE)
_DIRECTION_AFTER = re.compile(rf"\s+{_DIRECTIONS}{dw.EITHER}", re.IGNORECASE)


def outside_regional_directions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, less each one-word name in an adjective's form that names a
    direction ("the Slobozhanskyi direction", "In the Kharkiv, Slobozhanskyi and
    Prydniprovske directions"): an operational area named after a region, not the town
    of Slobozhanske or Prydniprovske the gazetteer holds.  A list's other names keep
    their partners' new indexes (:attr:`Mention.siblings`).  A name the text also gives
outside a direction's name is a town's ("Pokrovske axis ... near Pokrovske"): kept.
One pass over the mentions (and one more when one is dropped).

    >>> from geo.text.tokens import Mention
    >>> t = "In the Kharkiv and Slobozhanskyi directions; the Pokrovsk direction."
    >>> ms = [Mention(7, 14, "kharkiv", 2, 2), Mention(19, 32, "slobozhanskyi", 4, 4),
    ...       Mention(49, 57, "pokrovsk", 8, 8)]
    >>> [m.key for m in outside_regional_directions(t, ms)]
    ['kharkiv', 'pokrovsk']
    >>> t = "On the Pokrovske axis. Fighting near Pokrovske."
    >>> ms = [Mention(7, 16, "pokrovske", 2, 2), Mention(37, 46, "pokrovske", 6, 6)]
    >>> [m.start for m in outside_regional_directions(t, ms)]
    [7, 37]
    """
    drop: set[int] = set()
    ends: list[int] | None = None
    for k, m in enumerate(mentions):
        if m.first != m.last or not _ADJECTIVE.search(m.key):
            continue
        # The name ends a list of directions ("Kharkiv, Slobozhanskyi and Lyman
        # directions") or stands before the word itself.
        ends = ends or list_ends(text, mentions)
        if _DIRECTION_AFTER.match(text, mentions[ends[k]].end):
            drop.add(k)
    if drop:
        # A name the text also gives outside a direction's name is a town's, its direction
        # named after it ("the Pokrovske axis ... the line Orikhiv - Pokrovske").
        towns = {m.key for k, m in enumerate(mentions) if k not in drop}
        drop = {k for k in drop if mentions[k].key not in towns}
    return without_mentions(mentions, drop)


def list_ends(text: str, mentions: Sequence[Mention]) -> list[int]:
    """For each mention, the index of the last mention of the run it starts that list
    gaps join (", ", " and "): itself when the next is no list partner.  One pass from
    the end, so asking for every name of a list of N costs N, not N squared (tester14b:
    a pasted list of 7,000 names re-walked the rest of the list for each).

    >>> from geo.text.tokens import Mention
    >>> t = "Kharkiv, Lyman and Siversk; Sumy."
    >>> list_ends(t, [Mention(0, 7, "kharkiv", 0, 0), Mention(9, 14, "lyman", 2, 2),
    ...               Mention(19, 26, "siversk", 4, 4), Mention(28, 32, "sumy", 6, 6)])
    [2, 2, 2, 3]
    """
    n = len(mentions)
    ends = list(range(n))
    for i in range(n - 2, -1, -1):
        if _LIST_GAP.fullmatch(text, mentions[i].end, mentions[i + 1].start):
            ends[i] = ends[i + 1]
    return ends


def in_directions_list(
    text: str, mentions: Sequence[Mention], k: int, ends: Sequence[int]
) -> bool:
    """Is mention ``k`` one of a list of directions ("In the Kharkiv, Lyman and
    Novopavlivka directions")?  Each names a town of the front, the list the whole front:
    its names say nothing of where the others lie.  The list's last name is the last one
    that list gaps join after its last sibling (:attr:`Mention.siblings`): ``ends``, where
    each mention's run ends (:func:`list_ends`, found once for all of them).

    >>> from geo.text.tokens import Mention
    >>> t = "In the Kharkiv and Lyman directions; near Lyman and Siversk."
    >>> ms = [Mention(7, 14, "kharkiv", 2, 2), Mention(19, 24, "lyman", 4, 4),
    ...       Mention(42, 47, "lyman", 8, 8), Mention(52, 59, "siversk", 10, 10)]
    >>> ends = list_ends(t, ms)
    >>> [in_directions_list(t, ms, k, ends) for k in range(4)]
    [True, True, False, False]
    """
    end = ends[max((k, *mentions[k].siblings))]
    return _PLURAL_DIRECTION.match(text, mentions[end].end) is not None


_PLURAL_DIRECTION = re.compile(rf"\s+{_DIRECTIONS}{dw.PLURAL}", re.IGNORECASE)


def direction_spans(text: str, mentions: Sequence[Mention]) -> frozenset[tuple[int, int]]:
    """The (start, end) of the mentions that name a direction ("in the Dobropillia
    direction", "the Kupiansk axis"): the town the direction is named after, whatever
    village of the name a later sentence places elsewhere ("north of Huliaipole near
    Uspenivka and Dobropillia").  One anchored match per mention.

    >>> from geo.text.tokens import Mention
    >>> t = "In the Dobropillia direction; near Dobropillia."
    >>> sorted(direction_spans(t, [Mention(7, 18, "dobropillia", 2, 2),
    ...                            Mention(35, 46, "dobropillia", 6, 6)]))
    [(7, 18)]
    """
    return frozenset(
        (m.start, m.end) for m in mentions if _DIRECTION_AFTER.match(text, m.end) is not None
    )


"""A namesake the text tells apart by a word before it: "another Oleksandrivka".

Round-ups of shelling name many villages of one name ("In Odesa Oblast, ... in
Oleksandrivka. ... another Oleksandrivka, southwest of Donetsk"; "Another Mykolaivka, a
village on the edge of Chasiv Yar"). "another", "a second", "a third", "a different",
"the other" or "confused with (the)" before a name the text has named before says it is
not the place of that name's earlier mentions: :func:`mark_another` sets the mention's
:attr:`~geo.text.tokens.Mention.apart`, so resolution reads it on its own and its
reading is not shared with the name's other mentions (nor theirs with it).  One
anchored look behind each mention: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ..gazetteer.index import Gazetteer
from .area import _distances_km
from .candidates import is_other_name
from .sentences import Blocks
from .tokens import Mention

__all__ = ["ELSEWHERE_KM", "mark_another", "tell_apart"]

#: The words before a name that say it is another place of that name (with, between,
#: a settlement word: "another village called X", "a second town named X").
_ANOTHER = re.compile(
    r"(?:\b[Aa]nother|\b[Aa] (?:second|third|fourth|different)|\b[Tt]he other)"
    r"(?: (?:village|town|settlement|hamlet|city)(?:,? (?:also )?(?:called|named))?)? $"
    # "It should not be confused with the Ivanivka south of Kramatorsk": the name again,
    # told from its earlier mentions
    r"|\bconfused with (?:the |a )?(?:(?:village|town|settlement|hamlet|city) (?:of )?)?$"
)
#: How far before a name the words are looked for (characters).
_LOOK_BACK = 40


def mark_another(text: str, mentions: Sequence[Mention]) -> frozenset[int]:
    """Set ``apart`` on each mention of a name the text has named before, that "another"
    ("a second", "the other", ...) introduces (``mentions`` in text order, changed in
    place); returns their indexes.

    Examples
    --------
    >>> from geo.text.tokens import Mention
    >>> text = "Shelling hit Ivanivka. Another Ivanivka, near Kramatorsk, was hit too."
    >>> ms = [Mention(13, 21, "ivanivka", 2, 2), Mention(31, 39, "ivanivka", 5, 5)]
    >>> mark_another(text, ms), [m.apart for m in ms]
    (frozenset({1}), [False, True])
    """
    seen: set[str] = set()
    out = []
    for k, m in enumerate(mentions):
        if m.key in seen and _ANOTHER.search(text, max(0, m.start - _LOOK_BACK), m.start):
            m.apart = True
            out.append(k)
        seen.add(m.key)
    return frozenset(out)


#: A namesake moved off another's place is taken this far (km) at most from the places
#: around it, unless it lies in a region they name; else it is left without a place.
ELSEWHERE_KM = 100.0
#: How many mentions either side of a name are read for the places around it.
_AROUND = 30
#: How many of a name's mentions before "another X" are read (bounded work per mention).
_PRIOR = 16


def tell_apart(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    another: frozenset[int],
    located: frozenset[int],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """``resolved``, with "another X" (the mentions ``another``) and the earlier mentions
    of its name at two places: read at one place, the one the text locates (``located``:
    the mentions with a hint or a container of their own) keeps it, and the other (the
    "another" mention when both or neither are located) takes its namesake in a region
    named around it (its paragraph up to its sentence's end), else the namesake nearest
    the places there (within :data:`ELSEWHERE_KM`), else no place.  The name's last
    :data:`_PRIOR` mentions before it and a bounded window of mentions around it are
    read for each "another" mention: linear in the text."""
    out = list(resolved)
    before: dict[str, list[int]] = {}  # each name's mentions so far
    for k, m in enumerate(mentions):
        prior = before.setdefault(m.key, [])
        rec = out[k][0]
        if k in another and rec is not None:
            earlier = [j for j in prior[-_PRIOR:] if out[j][0] == rec]
            if earlier:
                loose = [j for j in earlier if j not in located]
                for i in loose if k in located and loose else [k]:
                    out[i] = (_elsewhere(gaz, mentions, out, i, rec, blocks), out[i][1])
        prior.append(k)
    return out


def _elsewhere(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    i: int,
    taken: int,
    blocks: Blocks,
) -> int | None:
    """The namesake of mention ``i`` other than ``taken`` that the places around it speak
    for (see :func:`tell_apart`), or None."""
    m = mentions[i]
    paragraph, sentence = blocks.paragraph(m.start), blocks.sentence(m.start)
    regions, points, read = set(), [], set()
    for j in range(max(0, i - _AROUND), min(len(mentions), i + _AROUND)):
        other, rec = mentions[j], resolved[j][0]
        if rec is None or other.key == m.key:
            continue
        read.add(rec)
        if blocks.paragraph(other.start) != paragraph:
            continue
        if j > i and blocks.sentence(other.start) != sentence:
            continue
        if gaz.kind(rec) == "admin1":
            regions.add((gaz.country_code(rec), gaz.admin1(rec)[0]))
        elif gaz.is_place(rec):
            points.append(gaz.lat_lon(rec))
    # Not another name's place ("Bilozerka", once Ivanivka, named beside it), nor a
    # place called so only by another name.
    places = [
        c.record
        for c in m.candidates
        if c.record != taken
        and c.record not in read
        and gaz.is_place(c.record)
        and not is_other_name(gaz, c, m.key)
    ]
    if not places:
        return None
    coords = np.asarray([gaz.lat_lon(r) for r in places], dtype=float)
    near = np.full(len(places), np.inf)
    for point in points:
        near = np.minimum(near, _distances_km(point, coords))
    inside = [(gaz.country_code(r), gaz.admin1(r)[0]) in regions for r in places]
    best = min(
        range(len(places)),
        key=lambda n: (not inside[n], float(near[n]), -gaz.population(places[n]), places[n]),
    )
    if inside[best] or near[best] <= ELSEWHERE_KM:
        return places[best]
    return None

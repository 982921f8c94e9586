"""A village read hundreds of kilometres from every place of its paragraph and of the
text around it is a namesake of a place the gazetteer lacks.

"Taiwan's coast guard expelled Chinese vessels off Kinmen, a few kilometres from Xiamen.
Residents of Shuitou, a village on the island's coast, said ...": the only Shuitous
the gazetteer has are villages of Guangdong and Shanxi, 470 km and more from every place
the story names; a reader would not put the village there.  Nor would a map: a namesake
that far from its story is wrong more often than right (a story names its places
together), and a name left unread is better than a pin in another province.

:func:`lone_far_villages` leaves such a name without a place (its score kept, as
:func:`geo.text.list_far.far_from_partners` does) when

- its reading is a village (fewer than :data:`~geo.text.local_evidence.MIN_TOWN`
  people), and no candidate of the name lies within :data:`FAR_KM` of a place of the
  text around it (the :data:`WINDOW` mentions either side);
- its paragraph holds at least :data:`MIN_OTHERS` mentions of other names read as
  places or regions (a country's point says nothing): the story is somewhere;
- the text's own words do not place it (a container, a region's cue, a bearing, a
  dateline, a demonym, a state acting, a name told apart, a front-line reading), nor
  place another mention of the name read as the same place, and no such mention lies
  near the places around it ("born in Churchill, Man." keeps "a Churchill doctor"),
  and it lies in no dateline's country (nor was placed by a dateline's region).

Cost: linear in the number of mentions; per village flagged, its candidates (at most
:data:`~geo.text.local_evidence.MAX_CANDIDATES`) against a bounded window's places.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .hints import Hint
from .local_evidence import MAX_CANDIDATES, MIN_TOWN
from .sentences import Blocks
from .tokens import Mention

__all__ = ["FAR_KM", "MIN_OTHERS", "WINDOW", "lone_far_villages"]

#: No candidate this near (km) a place of the text around it: the village is not there.
FAR_KM = 400.0
#: The paragraph's other places (mentions) that say the story is somewhere.
MIN_OTHERS = 2
#: Mentions either side of the name whose places count as the text around it.
WINDOW = 40

_KINDS = frozenset({"place", "admin1", "admin2"})


def lone_far_villages(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    blocks: Blocks,
    placed: Collection[int] = (),
) -> list[tuple[int | None, float]]:
    """``resolved`` with each village read far from every place of the text around it
    left without a place, its score kept (module docstring); the mentions at the
    indexes in ``placed`` (a dateline's region placed them) are kept."""
    out = list(resolved)
    points: list[tuple[str, int, tuple[float, float]] | None] = []
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        usable = rec is not None and not (m.fuzzy or m.unknown) and gaz.kind(rec) in _KINDS
        points.append((m.key, blocks.paragraph(m.start), gaz.lat_lon(rec)) if usable else None)
    datelines = {  # a dateline's country holds the places its copy names
        gaz.country_code(rec) for m, (rec, _) in zip(mentions, resolved, strict=True)
        if m.dateline and rec is not None
    }  # fmt: skip
    far: list[int] = []
    kept: set[tuple[str, int]] = set()  # a name's reading some mention of it keeps
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or not gaz.is_place(rec) or gaz.population(rec) >= MIN_TOWN:
            continue
        if (
            k in placed
            or gaz.country_code(rec) in datelines
            or _own_words(m, hints.get(k))
            or not _far(gaz, m, rec, k, points, blocks)
        ):
            kept.add((m.key, rec))  # "born in Churchill, Man." keeps "a Churchill doctor"
        else:
            far.append(k)
    for k in far:
        m, (rec, score) = mentions[k], resolved[k]
        if rec is not None and (m.key, rec) not in kept:
            out[k] = (None, score)
    return out


def _far(
    gaz: Gazetteer,
    m: Mention,
    rec: int,
    k: int,
    points: Sequence[tuple[str, int, tuple[float, float]] | None],
    blocks: Blocks,
) -> bool:
    """Is mention ``k`` (read as ``rec``) in a paragraph of :data:`MIN_OTHERS` places
    and far, by every candidate, from every place around it?"""
    paragraph = blocks.paragraph(m.start)
    around = [
        p for p in points[max(0, k - WINDOW) : k + WINDOW + 1] if p is not None and p[0] != m.key
    ]
    if sum(1 for p in around if p[1] == paragraph) < MIN_OTHERS:
        return False
    places = [gaz.lat_lon(c.record) for c in m.candidates[:MAX_CANDIDATES]]
    places.append(gaz.lat_lon(rec))
    return all(distance_km(q, p[2]) > FAR_KM for q in places for p in around)


def _own_words(m: Mention, hint: Hint | None) -> bool:
    """Do the text's own words place this name?"""
    return bool(
        m.containers
        or m.told_by_words()
        or m.demonym_country
        or m.front
        or (hint is not None and hint.bearing_deg is not None)
    )

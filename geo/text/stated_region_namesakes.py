"""After resolution: a name the text places in a region, read as the namesake in that
region next to its paragraph's places.

"Units of the Vostok group of forces liberated the settlements of Zelyony Gai in the DPR
and Ivanovka in the Dnepropetrovsk Region. They inflicted losses ... near Gulyaipole,
Uspenovka ... and Pokrovskoye.": the region stated for Ivanovka keeps resolution to the
region's namesakes, and of those it takes the most populous, 167 km to the west, while
an Ivanivka of the same region lies 3 km from Zelyony Gai at the region's eastern edge.
Without the region the paragraph's places read it right (:mod:`geo.text.paragraph_namesakes`
leaves names with a container alone: the container decides the region, not the place).

:func:`stated_region_namesakes` reads such a name as its candidate in the same region
(country and admin-1) as its reading when: the text is about fighting; the name has a
container and no list partner, hint or words of its own deciding it; its reading is a
place with no place of its paragraph within :data:`~geo.text.list_far.GRAIN_KM`; and
the candidate, a populated place matched by the name as well, lies within
:data:`~geo.text.list_far.CLOSE_KM` of a place of the paragraph, at most a fifth as far
from the nearest of them as the reading.  Of several, the one next to the most places,
then the nearest.

Cost: for each such name, the places of its paragraph (at most
:data:`~geo.text.paragraph_namesakes.MAX_PLACES`) and its candidates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from .paragraph_namesakes import move_next_to_paragraph, next_to_places
from .sentences import Blocks
from .tokens import Mention

__all__ = ["stated_region_namesakes"]


def stated_region_namesakes(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, object],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """``resolved`` with each name placed in a region, read far from its paragraph's
    places, moved to its namesake of the region next to them (module docstring)."""

    def placed_in_region(j: int, m: Mention, rec: int) -> bool:
        if not m.containers or m.siblings or len(m.candidates) < 2:
            return False
        if j in hints or m.told_by_words() or m.repeat or m.fuzzy:
            return False
        return gaz.is_place(rec)

    return move_next_to_paragraph(
        text, gaz, mentions, resolved, blocks, placed_in_region, 1, _in_region_next_to
    )


def _in_region_next_to(
    gaz: Gazetteer,
    rec: int,
    m: Mention,
    places: Sequence[tuple[float, float]],
    off_rec: float,
) -> int | None:
    """The place candidate of ``m`` in ``rec``'s region, matched as well, within
    :data:`CLOSE_KM` of one of ``places`` and at most a fifth as far as ``rec``."""
    region = (gaz.country_code(rec), gaz.admin1(rec)[0])
    quality = min((c.quality for c in m.candidates if c.record == rec), default=0)
    others = (
        c.record for c in m.candidates
        if c.record != rec and c.quality <= quality and gaz.is_place(c.record)
        and (gaz.country_code(c.record), gaz.admin1(c.record)[0]) == region
    )  # fmt: skip
    return next_to_places(gaz, others, places, off_rec, 1)

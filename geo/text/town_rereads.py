"""Resolution, a second look: a name read as a region in pass 1 and as a town in pass 2.

"The National Weather Service in Wilmington confirmed that a tornado touched down near
Pataskala, Ohio. A tree fell on a house in Delaware": pass 1 reads "Delaware" as the
state (the name's first reading), and the text's other names are read in that context,
so Wilmington becomes Delaware's, 712 km from the Ohio town the text speaks of, though
pass 2 reads "Delaware" itself as the town of Ohio.  A town named like a state is no
evidence for the state: :func:`towns_not_regions` gives the mentions to read once more
with their pass-2 town as their context (as :func:`geo.text.resolution.resolve` does for
ties).  Cost: one look per mention.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.index import Gazetteer

__all__ = ["towns_not_regions"]


def towns_not_regions(
    gaz: Gazetteer,
    first_choice: Sequence[int | None],
    out: Sequence[tuple[int | None, float]],
) -> dict[int, int]:
    """Mention index -> its pass-2 reading, for each mention read in pass 1 as a
    first-level region (``admin1``) and in pass 2 as a populated place of the same
    country (the state Delaware, then the town of Delaware, Ohio); ``first_choice`` and
    ``out`` are aligned with the mentions (records or None)."""
    found: dict[int, int] = {}
    for k, (first, (rec, _)) in enumerate(zip(first_choice, out, strict=True)):
        if (
            first is not None
            and rec is not None
            and rec != first
            and gaz.kind(first) == "admin1"
            and gaz.kind(rec) == "place"
            and gaz.country_code(rec) == gaz.country_code(first)
        ):
            found[k] = rec
    return found

"""Resolution, a place read by another name of a place in a country the text never names.

"In Ituri province, suspected ADF fighters killed 14 people along the road between
Mambasa and Komanda": the gazetteer lacks Mambasa, the Ituri town, and knows the name
only as an alternate name of Mombasa, Kenya, 1,300 km away, which resolution then takes
(a city of a million people).  A name read only by an alternate (historical or
foreign-language) name, whose reading lies in a country no name of the text is read in by
its own name, while its paragraph names a region or a country of another country by its
own name, is another place the gazetteer lacks: :func:`foreign_alternates` leaves it
without a place.  A name with a container ("Mambasa, Kenya") or a demonym's country keeps
its reading, and so does one whose country the text names ("Kenya's Mombasa", "Nairobi
and Mambasa").  Cost: one pass over the mentions (the countries read and each paragraph's
regions gathered once).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from .sentences import Blocks
from .tokens import Mention

__all__ = ["foreign_alternates"]


def foreign_alternates(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """``resolved`` with each place read by an alternate name only, in a country the text
    reads no name in by its own name, while its paragraph names a region or country of
    another country, left without a place (module docstring)."""
    own_countries: set[str] = set()  # countries the text reads a name in by its own name
    paragraph_areas: dict[int, set[str]] = {}  # paragraph -> countries of its areas
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is None or not _own_reading(m, rec):
            continue
        own_countries.add(gaz.country_code(rec))
        if gaz.kind(rec) in ("admin1", "country"):
            paragraph_areas.setdefault(blocks.paragraph(m.start), set()).add(
                gaz.country_code(rec)
            )
    out = list(resolved)
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or m.containers or m.demonym_country or not gaz.is_place(rec):
            continue
        if any(c.quality < QUALITY_ALTERNATE for c in m.candidates):
            continue  # a name of its own (or an alias) among its readings
        country = gaz.country_code(rec)
        if country in own_countries:
            continue
        if paragraph_areas.get(blocks.paragraph(m.start), set()) - {country}:
            out[k] = (None, score)
    return out


def _own_reading(m: Mention, rec: int) -> bool:
    """Is the mention read as a record it names by that record's own name or an alias?"""
    return any(c.record == rec and c.quality < QUALITY_ALTERNATE for c in m.candidates)

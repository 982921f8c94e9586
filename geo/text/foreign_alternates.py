"""Resolution, a place read by another name of a place in a country the text never names.

"In Ituri province, suspected ADF fighters killed 14 people along the road between
Mambasa and Komanda": the gazetteer lacks Mambasa, the Ituri town, and knows the name
only as an alternate name of Mombasa, Kenya, 1,300 km away, which resolution then takes
(a city of a million people).  A name read only by an alternate (historical or
foreign-language) name, whose reading lies in a country no name of the text is read in by
its own name, while its sentence names a first-level region of another country by its
exact name ("Ituri province"; not "Shati" of "Shati refugee camp", which reads as
Libya's Ash Shati district by a short form), more than :data:`FAR_KM` from the reading,
is another place the gazetteer lacks: :func:`foreign_alternates` leaves it without a
place ("Nikolaev" beside "the Kursk region", 600 km apart, stays Mykolaiv).  A name with
a container ("Mambasa, Kenya") or a demonym's country keeps its reading, and so does one
whose country the text names ("Kenya's Mombasa", "Nairobi and Mambasa").  Cost: one pass
over the mentions (the countries read and each sentence's regions gathered once).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE, QUALITY_PRIMARY
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .sentences import Blocks
from .tokens import Mention

__all__ = ["FAR_KM", "foreign_alternates"]

#: A region of another country this far from a reading by an alternate name speaks against it.
FAR_KM = 1000.0


def foreign_alternates(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """``resolved`` with each place read by an alternate name only, in a country the text
    reads no name in by its own name, while its sentence names a far region of another
    country, left without a place (module docstring)."""
    own_countries: set[str] = set()  # countries the text reads a name in by its own name
    sentence_regions: dict[int, list[int]] = {}  # sentence -> its regions
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is None or not _own_reading(m, rec):
            continue
        own_countries.add(gaz.country_code(rec))
        if gaz.kind(rec) == "admin1" and _exact_reading(m, rec):  # not "Shati": Ash Shati
            sentence_regions.setdefault(blocks.sentence(m.start), []).append(rec)
    out = list(resolved)
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or m.containers or m.demonym_country or not gaz.is_place(rec):
            continue
        if any(c.quality < QUALITY_ALTERNATE for c in m.candidates):
            continue  # a name of its own (or an alias) among its readings
        country = gaz.country_code(rec)
        if country in own_countries:
            continue
        here = gaz.lat_lon(rec)
        if any(
            gaz.country_code(r) != country and distance_km(here, gaz.lat_lon(r)) > FAR_KM
            for r in sentence_regions.get(blocks.sentence(m.start), ())
        ):
            out[k] = (None, score)
    return out


def _own_reading(m: Mention, rec: int) -> bool:
    """Is the mention read as a record it names by that record's own name or an alias?"""
    return any(c.record == rec and c.quality < QUALITY_ALTERNATE for c in m.candidates)


def _exact_reading(m: Mention, rec: int) -> bool:
    """Is the mention read as ``rec`` by that record's name exactly (not an alias or a
    short form: "Shati" of "Shati refugee camp" for Libya's Ash Shati district)?"""
    return any(c.record == rec and c.quality == QUALITY_PRIMARY for c in m.candidates)

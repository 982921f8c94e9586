"""A village read by a foreign spelling in a far region of the country the text is about.

"Russian troops have entered the Dnepropetrovsk Region ... advancing toward Pokrovskoye
and Mezhevaya ... Ukrainian units had left Velikaya Mikhailovka": GeoNames ties the
Russian spelling only to Odesa oblast's Velyka Mykhaylivka (an alternate name), ~500 km
from every other place the story reads.  The writer means a village of the region the
story has stated (a reader places it there), not a small town in another oblast that
only a foreign spelling ties to it.  In a country whose places the press writes in
Russian and local forms (:data:`~geo.gazetteer.transliterate.RUSSIAN_NAME_COUNTRIES`),
:func:`weak_readings_at_home`, the same-country
sibling of :func:`geo.text.paragraph_regions.weak_readings_abroad`: a mention without a
container of its own, read as a place of under :data:`STRAY_POPULATION` people that it
matches only by an alternate name or a close spelling, in another first-level region
than the last one the text read before it (of the same country, with a place of its own
read in it), over :data:`FAR_KM` from every other place the text reads, and in a
paragraph whose other places all lie in that region, is placed
in that region (its most populous candidate there) or estimated in it.  A reading with
another name of the text read in its region, or near one, stays ("in the Donetsk Region
... Volchansk" with Kharkov named: a town of the front).

Cost: two passes over the mentions and, per candidate stray, one distance per place read.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from ..gazetteer.transliterate import RUSSIAN_NAME_COUNTRIES
from ..geometry import distance_km
from .sentences import Blocks
from .tokens import Mention

__all__ = ["FAR_KM", "STRAY_POPULATION", "weak_readings_at_home"]

#: A town this populous at least is named for its own sake in another region.
STRAY_POPULATION = 20_000
#: A stray reading lies this far at least (geodesic) from every other place read.
FAR_KM = 250.0


def _where(gaz: Gazetteer, rec: int) -> tuple[str, str]:
    return gaz.country_code(rec), gaz.admin1(rec)[0]


def _foreign_spelling(gaz: Gazetteer, m: Mention, rec: int) -> bool:
    """Is ``rec`` a place of under :data:`STRAY_POPULATION` people that ``m`` matches
    only by an alternate name or a close spelling?"""
    if not gaz.is_place(rec) or gaz.population(rec) >= STRAY_POPULATION:
        return False
    quality = min((c.quality for c in m.candidates if c.record == rec), default=None)
    return quality is None or quality >= QUALITY_ALTERNATE


def _far(
    gaz: Gazetteer, rec: int, points: Sequence[tuple[str, tuple[float, float]]], key: str
) -> bool:
    """Is ``rec`` over :data:`FAR_KM` from every point of another name than ``key``?"""
    here = gaz.lat_lon(rec)
    return all(distance_km(here, p) > FAR_KM for k, p in points if k != key)


def _paragraph_in(
    regions: dict[str, set[tuple[str, str]]], key: str, region: int, gaz: Gazetteer
) -> bool:
    """Do the other names of the mention's paragraph (one at least) all read places of
    ``region``?  A strike list across oblasts ("boats in Ochakov, a depot near Pavlograd")
    names far towns on purpose."""
    others = [where for name, found in regions.items() if name != key for where in found]
    return bool(others) and set(others) == {_where(gaz, region)}


def weak_readings_at_home(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    estimated: dict[int, int],
    blocks: Blocks,
) -> tuple[list[tuple[int | None, float]], dict[int, int]]:
    """``resolved`` (record or None, score per mention, aligned with ``mentions``) with
    each far stray reading of the module docstring moved to the text's region, and
    ``estimated`` (mention index -> first-level region record to estimate it in) with
    the strays that region has no candidate for added.  Neither argument is changed."""
    places = [
        (m.key, gaz.lat_lon(r))
        for m, (r, _) in zip(mentions, resolved, strict=True)
        if r is not None and gaz.is_place(r)
    ]
    # region -> names read as places in it, the dateline's not among them: "TOKMAK,
    # Zaporozhye Region, May 3 (RIA Novosti) - Units entered Pogrebishche" is Vinnytsia's
    held: dict[tuple[str, str], set[str]] = {}
    for m, (r, _) in zip(mentions, resolved, strict=True):
        if r is not None and gaz.is_place(r) and not m.dateline:
            held.setdefault(_where(gaz, r), set()).add(m.key)
    # Per paragraph, the regions its places lie in, by name.
    regions: dict[int, dict[str, set[tuple[str, str]]]] = {}
    for m, (r, _) in zip(mentions, resolved, strict=True):
        if r is not None and gaz.is_place(r):
            at = regions.setdefault(blocks.paragraph(m.start), {})
            at.setdefault(m.key, set()).add(_where(gaz, r))
    region = None  # the last first-level region read
    moved: dict[str, tuple[int, int]] = {}  # name -> (stray record, region record)
    seen: set[str] = set()
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is None or m.actor or m.dateline:
            continue
        if gaz.kind(rec) == "admin1":
            region = rec
            continue
        if m.key in seen:
            continue
        seen.add(m.key)
        if (
            region is not None
            and not m.containers
            and _foreign_spelling(gaz, m, rec)
            and gaz.country_code(rec) == gaz.country_code(region)
            and gaz.country_code(rec) in RUSSIAN_NAME_COUNTRIES  # Russian and local forms
            and _where(gaz, rec) != _where(gaz, region)
            and held.get(_where(gaz, region), set()) - {m.key}
            and not held.get(_where(gaz, rec), set()) - {m.key}
            and _far(gaz, rec, places, m.key)
            and _paragraph_in(regions.get(blocks.paragraph(m.start), {}), m.key, region, gaz)
        ):
            moved[m.key] = (rec, region)
    out, stated = list(resolved), dict(estimated)
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if m.key in moved and rec == moved[m.key][0] and not m.containers:
            region = moved[m.key][1]
            homes = [
                c.record
                for c in m.candidates
                if gaz.is_place(c.record) and _where(gaz, c.record) == _where(gaz, region)
            ]
            home = max(homes, key=lambda r: (gaz.population(r), -r), default=None)
            out[k] = (home, score)
            if home is None:
                stated[k] = region
    return out, stated

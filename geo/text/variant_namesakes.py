"""Namesakes the gazetteer spells otherwise: a village's name also looked up under its
y/i variants.

Ukrainian "и" and "й" are romanised "y" or "i" by different systems, and GeoNames
writes two villages of one name each its own way: the Velykomykhailivka near
Synelnykove, and the hromada centre by the Donetsk border as "Velykomikhailivka".  A
text's "Velykomykhailivka" finds only the first, and resolution never weighs the
second, however close the text's other places (Mezhova, Pokrovske) lie to it.

:func:`variant_namesakes` gives such a name the places the gazetteer has under a y/i
variant of it (:func:`~geo.text.variants.yi_variants`) by their own or an everyday
name (a spelling of the same name), and :func:`settle_variant_namesakes` lets the
text's places around its mentions choose among the namesakes.  Only for a name whose
places are all villages of the former Soviet Union (no place of :data:`MAX_POPULATION`
or more, no region or country among them): a town's spelling is its own, and other
countries' names vary otherwise; and only namesakes in the countries of the name's own
places (Belarus's "Krynki" is no spelling of Kherson's "Krynky").

Cost: per distinct name, one exact look-up per variant (at most one per "y" or "i"),
memoised for the gazetteer's life.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from ..gazetteer.transliterate import RUSSIAN_NAME_COUNTRIES
from ..geometry import distance_km
from .compass_calques import compass_calques
from .tokens import Mention
from .variants import MIN_LETTERS, adjective_variants, gender_variants, yi_variants

__all__ = [
    "FAR_KM",
    "FEW_KM",
    "MARGIN_KM",
    "MAX_POPULATION",
    "WINDOW",
    "settle_variant_namesakes",
    "variant_namesakes",
]

#: Characters around a mention whose places choose among its namesakes.
WINDOW = 1500
#: A namesake must be this much nearer the text's places to win over the reading.
MARGIN_KM = 10.0
#: The text's places a namesake is measured to (the nearest ones).
_NEAREST = 3
#: With few places around: a namesake this near one of them fits the text ...
FEW_KM = 60.0
#: ... and a reading this far from all of them does not.
FAR_KM = 150.0
#: A place this large is known by its own spelling: its name is not varied.
MAX_POPULATION = 10_000


def variant_namesakes(gaz: Gazetteer, mentions: Sequence[Mention]) -> dict[str, tuple[int, ...]]:
    """The namesakes (its own places, then those under a y/i variant) of each village
    name that has some under a variant, by name (module docstring).  The mentions'
    candidates are left as they are: resolution weighs a name's own places without
    context as before, and :func:`settle_variant_namesakes` lets the context choose."""
    memo = gaz.memo("variant_namesakes")
    out: dict[str, tuple[int, ...]] = {}
    for m in mentions:
        if m.fuzzy or m.unknown or not m.candidates or len(m.key) < MIN_LETTERS:
            continue
        have = tuple(c.record for c in m.candidates)
        extra = memo.get((m.key, have))
        if extra is None:
            extra = memo[(m.key, have)] = _variants(gaz, m.key, have)
        if extra:
            out[m.key] = (*have, *extra)
    return out


def settle_variant_namesakes(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    namesakes: Mapping[str, tuple[int, ...]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each name that has namesakes under a y/i variant read as the
    namesake nearest the text's places around its mentions (the mean km to the
    :data:`_NEAREST` nearest of them), when that one is nearer than the reading by
    :data:`MARGIN_KM` at least: which spelling GeoNames gave a village says nothing of
    which the text means, and a population the gazetteer lacks (0) is no evidence.  A
    name the text places in a region at one mention ("Severnoye in the DPR") is read
    there at its others."""
    out = list(resolved)
    if not namesakes:
        return out
    for key, records in namesakes.items():
        # A name resolution left unread (its own places far from the text's) may be
        # a namesake's.
        ks = [
            k for k, m in enumerate(mentions)
            if m.key == key and (out[k][0] is None or out[k][0] in records)
        ]  # fmt: skip
        said = {out[k][0] for k in ks if mentions[k].containers and out[k][0] is not None}
        if any(mentions[k].containers for k in ks):
            # "Krynky ... in the Kherson region": the text says which, for its other
            # mentions too ("Severnoye in the DPR ... the loss of Severnoye")
            for k in ks if len(said) == 1 else ():
                out[k] = (next(iter(said)), out[k][1])
            continue
        if not ks:
            continue
        points = _points_around(gaz, mentions, out, key, ks)
        if len(points) < _NEAREST:
            few = _few_places_choice(gaz, mentions, out, key, ks, records, points)
            for k in ks if few is not None else ():
                out[k] = (few, out[k][1])
            continue
        far = {r: _spread_km(gaz.lat_lon(r), points) for r in records}
        best = min(records, key=lambda r: (far[r], r))
        for k in ks:
            rec, score = out[k]
            # An unread name takes a namesake close by; a reading, only a nearer one.
            nearer = (
                far[best] <= FEW_KM
                if rec is None
                else rec != best and far[best] + MARGIN_KM < far[rec]
            )
            if nearer:
                out[k] = (best, score)
    return out


def _points_around(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    key: str,
    ks: Sequence[int],
) -> list[tuple[float, float]]:
    """The places read from other names within :data:`WINDOW` characters of the name's
    mentions (bounded by the window: a few dozen)."""
    spans = [(mentions[k].start - WINDOW, mentions[k].end + WINDOW) for k in ks]
    seen: dict[tuple[float, float], None] = {}
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is None or m.key == key or m.fuzzy or not gaz.is_place(rec):
            continue
        if any(lo <= m.start and m.end <= hi for lo, hi in spans):
            seen.setdefault(gaz.lat_lon(rec), None)
    return list(seen)


def _few_places_choice(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    key: str,
    ks: Sequence[int],
    records: Sequence[int],
    points: Sequence[tuple[float, float]],
) -> int | None:
    """With fewer than :data:`_NEAREST` places around, the one namesake within
    :data:`FEW_KM` of a place the text names there or inside a first-level region it
    names there ("Odesa governor ... in Pivdennyi": Pivdenne, the port town, not the
    Kirovohrad Oblast village), when the reading is in neither and :data:`FAR_KM` from
    every such place; else None."""
    regions = _regions_around(gaz, mentions, resolved, key, ks)
    if not (points or regions):
        return None

    def fits(rec: int) -> bool:
        here = gaz.lat_lon(rec)
        return (gaz.country_code(rec), gaz.admin1(rec)[0]) in regions or any(
            distance_km(here, p) <= FEW_KM for p in points
        )

    fitting = [r for r in records if fits(r)]
    reading = resolved[ks[0]][0]
    if len(fitting) != 1 or (reading is not None and fits(reading)):
        return None
    if reading is not None and any(
        distance_km(gaz.lat_lon(reading), p) < FAR_KM for p in points
    ):
        return None
    return fitting[0]


def _regions_around(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    key: str,
    ks: Sequence[int],
) -> set[tuple[str, str]]:
    """The (country, first-level region) codes of the regions read from other names
    within :data:`WINDOW` characters of the name's mentions ("Odesa governor")."""
    spans = [(mentions[k].start - WINDOW, mentions[k].end + WINDOW) for k in ks]
    return {
        (gaz.country_code(rec), gaz.admin1(rec)[0])
        for m, (rec, _) in zip(mentions, resolved, strict=True)
        if rec is not None
        and m.key != key
        and gaz.kind(rec) == "admin1"
        and any(lo <= m.start and m.end <= hi for lo, hi in spans)
    }


def _spread_km(here: tuple[float, float], points: Sequence[tuple[float, float]]) -> float:
    km = sorted(distance_km(here, p) for p in points)
    return sum(km[:_NEAREST]) / _NEAREST


def _variants(gaz: Gazetteer, key: str, have: Sequence[int]) -> tuple[int, ...]:
    rows = [gaz.row(rec) for rec in have]
    if any(row.kind != "place" for row in rows):
        return ()
    known = set(have)
    found: dict[int, None] = {}
    if all(
        row.population < MAX_POPULATION and row.country_code in RUSSIAN_NAME_COUNTRIES
        for row in rows
    ):
        # One country's romanisations: "Krynky" (Kherson) and Belarus's "Krynki" are two
        # languages' names, not two spellings of one.
        countries = {row.country_code for row in rows}
        # A spelling of the same name, not another name of the place: an alias; only
        # places called so by their own or an everyday name ("Krynki" is also an old name
        # of Velyky Krynky, 300 km from Krynky: no spelling of it).
        _add(gaz, (*yi_variants(key), *gender_variants(key)), countries, known, found)
    # Another romanisation of an adjective's "-sky" ending ("Oktyabrsky": the Belgorod
    # village is "Oktyabr'skiy", the Bashkir city's name "Oktyabrsky"), a compass
    # adjective's Ukrainian calque ("Severnoye": Pivnichne, by Toretsk): namesakes in any
    # country of Russian names, of any size; the text's places still choose.
    calques = (*adjective_variants(key), *compass_calques(key))
    _add(gaz, calques, RUSSIAN_NAME_COUNTRIES, known, found)
    return tuple(found)


def _add(
    gaz: Gazetteer,
    variants: Sequence[str],
    countries: Collection[str],
    known: set[int],
    found: dict[int, None],
) -> None:
    """Add to ``found`` the places in ``countries`` the gazetteer calls by one of
    ``variants`` as their own or everyday name, other than ``known``."""
    for variant in variants:
        for c in gaz.lookup_normalized(variant):
            if (
                c.quality <= QUALITY_ALIAS
                and c.record not in known
                and gaz.is_place(c.record)
                and gaz.country_code(c.record) in countries
            ):
                found.setdefault(c.record, None)

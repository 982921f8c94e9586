"""A small place read in another part of the world than every place the text names.

"RSF fighters attacked them near Korma", in a text whose only other place is El
Fasher: GeoNames' ``cities500`` has no Korma in Darfur, and resolution takes the one it
has, a Belarusian village 4,400 km off.  "Drones struck Kadugli and Dilling in the Nuba
Mountains": Nūbā, a West Bank village 2,200 km from both.  "fighting was reported in
Tina", near "the Chadian border": Tena in Ecuador, matched by its spelling.  The rules
that weigh a text's area (:func:`geo.text.focus.refocus`,
:func:`geo.text.area_strays.area_strays`) need a text dense in places; a short one
names one or two.  A reader needs no more than one: a village is not read on another
continent when the text has no word for that part of the world.

:func:`strays_afar` applies that rule after resolution.  A reading is left without a
place (the user is warned; a hint of the text may still estimate the name) when it is

- a populated place, no capital, of fewer than :data:`VILLAGE_POPULATION` people when
  read by its own name (a town abroad may be named for its own sake: "an office in
  Kilkenny" in a story of Houston), of fewer than :data:`STRAY_POPULATION` when read by
  its spelling or an alternate name, that the text does not locate (no container,
  negation or demonym of its own; a hint measured from a place of the text does not
  fit a reading this far from all of them), and no word of the language nor a given
  name when read by its own name ("Sunshine", "Thames", "Martins": words
  :mod:`geo.text.everyday_strays` judges), no word under :data:`COMMON_RANK` by
  another;
- of a country the text does not name by any other reading (a country, a region, a
  place), nor by a demonym anywhere in it ("Ugandan", "Israeli troops"), and that
  borders none of the countries of its readings; and
- farther than :data:`AFAR_KM` from every other place, region or country the text
  reads (by their own names; at least one), or, read by its spelling or by an
  alternate name of the place ("Tina", listed for Tena), from the countries the text
  names by demonyms (their capitals) when it reads none.

Cost: one pass over the mentions, one scan of the text for demonyms, and the distances
from each suspect to the text's distinct points (at most :data:`_MAX_POINTS`; a text
denser in places is left to :func:`geo.text.area_strays.area_strays`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .candidates import is_capital
from .demonym_homes import _DEMONYM
from .lexicon.demonyms import DEMONYMS
from .lexicon.people import first_names
from .tokens import Mention

__all__ = ["AFAR_KM", "STRAY_POPULATION", "VILLAGE_POPULATION", "strays_afar"]

log = logging.getLogger(__name__)

#: A reading this far (km) from every place the text reads is in another part of the
#: world (Darfur to Yemen's coast is 1,900 km; to the West Bank 2,200).
AFAR_KM = 1_500.0
#: A place this populous, read by its own name, may be named for its own sake anywhere ...
VILLAGE_POPULATION = 10_000
#: ... and this populous, read by a spelling or an alternate name.
STRAY_POPULATION = 50_000
#: Kinds of reading the rule judges (a region named is named for its own sake: "talks
#: in Kano State", in a text whose other place is Washington).
_KINDS = frozenset({"place"})
#: A name read by an alternate name or spelling that is a word of the language this
#: common ("Sunshine", "Marshall") is :mod:`geo.text.everyday_strays`' to judge (read by
#: its own name, any word the gazetteer ranks or a given name is): left as read.
COMMON_RANK = 10_000
#: More distinct points than this and the text is dense in places, for the rules of its
#: area to judge (and the distances stay linear in the text).
_MAX_POINTS = 64


def demonym_codes(text: str) -> frozenset[str]:
    """ISO codes of the countries ``text`` names by a demonym or country adjective.

    >>> sorted(demonym_codes("Fighting near the Chadian border, Sudanese officials said."))
    ['SD', 'TD']
    """
    found: set[str] = set()
    for match in _DEMONYM.finditer(text):
        words = match.group(1)
        code = DEMONYMS.get(words.lower()) or DEMONYMS.get(words.split()[0].lower())
        if code is not None:
            found.add(code)
    return frozenset(found)


def _located(m: Mention) -> bool:
    """Do the name's own words locate it (container, negation, demonym)?  A hint does
    not: it measures from a place of the text, which a reading this far does not fit."""
    return bool(
        m.containers
        or m.against
        or m.apart
        or m.demonym_country
        or m.dateline
        or m.cue == "region"
    )


def _by_other_name(m: Mention, rec: int) -> bool:
    """Is ``rec`` read by the name's spelling or by an alternate name of the place (an
    old, foreign or variant name: "Tina" for Tena), not by its own name or an alias?"""
    return m.fuzzy or not any(c.record == rec and c.quality <= QUALITY_ALIAS for c in m.candidates)


def strays_afar(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each small place read in another part of the world than the
    text's places left without a place (module docstring).

    Parameters
    ----------
    text : str
    gaz : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (record or None, score)
        Resolution's choice per mention, aligned with ``mentions``.

    Returns
    -------
    list of (record or None, score)
        ``resolved`` with each such reading replaced by ``(None, 0.0)``; every mention
        of the name read the same way follows.
    """
    out = list(resolved)
    suspects: list[int] = []
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or m.repeat or gaz.kind(rec) not in _KINDS:
            continue
        other = _by_other_name(m, rec)
        rank = gaz.common_rank(m.key)
        if (rank is not None and (rank < COMMON_RANK or not other)) or (
            not other and m.key in first_names()
        ):
            continue
        limit = STRAY_POPULATION if other else VILLAGE_POPULATION
        if gaz.population(rec) < limit and not is_capital(gaz, rec) and not _located(m):
            suspects.append(k)
    if not suspects:
        return out
    # Each country and point of the text, with the names that read it (a suspect's own
    # name speaks for nothing).
    country_keys: dict[str, set[str]] = {}
    point_keys: dict[tuple[float, float], set[str]] = {}
    for m, (r, _) in zip(mentions, resolved, strict=True):
        if r is None or m.fuzzy or m.unknown:
            continue
        country_keys.setdefault(gaz.country_code(r), set()).add(m.key)
        point_keys.setdefault(gaz.lat_lon(r), set()).add(m.key)
    if len(point_keys) > _MAX_POINTS:
        return out  # a text dense in places: geo.text.area_strays judges it
    demonyms = demonym_codes(text)
    dropped: dict[str, int] = {}
    for k in suspects:
        m, rec = mentions[k], out[k][0]
        assert rec is not None
        if m.key in dropped:
            continue
        code = gaz.country_code(rec)
        countries = {c for c, keys in country_keys.items() if keys - {m.key}}
        points = {p for p, keys in point_keys.items() if keys - {m.key}}
        if code in countries or code in demonyms:
            continue
        if any(code in gaz.neighbours(c) for c in countries):
            continue
        if not points and _by_other_name(m, rec):
            capitals = (gaz.capital(c) for c in sorted(demonyms))
            points = {gaz.lat_lon(r) for r in capitals if r is not None}
        if not points:
            continue
        km = min(distance_km(gaz.lat_lon(rec), p) for p in points)
        if km <= AFAR_KM:
            continue
        log.warning(
            "left %r unplaced: read as %s (%s), %.0f km from every place of the text",
            m.key, gaz.name(rec), code, km,
        )  # fmt: skip
        dropped[m.key] = rec
    if dropped:
        for k, m in enumerate(mentions):
            rec = out[k][0]
            if rec is not None and dropped.get(m.key) == rec:
                out[k] = (None, 0.0)
    return out

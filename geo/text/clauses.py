"""After resolution: a name read far from every place its own sentence names, while a
namesake lies among them, is that namesake.

A long round-up names villages of several regions, and the text's places as a whole
can pull a village's name to a namesake hundreds of kilometres off: "Russian forces are
attacking toward Stepnohirsk from Piatykhatky and near Kamianske", in an assessment
that also covers Kharkiv and Donetsk oblasts, read Kamianske as the city of 227,000 on
the Dnieper, 120 km from every place of its sentence, not the village beside
Stepnohirsk.  The sentence's own places are the nearest anchor: :func:`settle_clauses`
moves such a reading to the namesake among them, in a text about fighting and to a
namesake where the war is fought (:data:`geo.text.front.FRONT_REGIONS`): elsewhere a
sentence names far places together on purpose ("the Battle of Waterloo", "Monroe City,
Paris, and Stoutsville" in a list of a county's towns read as Kentucky's Paris is a
matter for resolution's weighing, not this rule).

Cost: one pass over the mentions, a distance from each reading to its sentence's
places (a sentence names a handful) and, for the few readings astray, from each of the
name's place candidates (at most :data:`MAX_CANDIDATES`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .front import FRONT_REGIONS, about_fighting
from .hints import Hint, fits
from .tokens import Mention

__all__ = ["CLAUSE_ASTRAY_KM", "CLAUSE_KM", "MAX_CANDIDATES", "settle_clauses"]

#: A reading this far (km) from every other place its sentence names is astray ...
CLAUSE_ASTRAY_KM = 100.0
#: ... when a namesake lies this near one of them (two names of an analyst's list lie
#: this near each other: :data:`geo.text.anchors.LIST_KM`).
CLAUSE_KM = 80.0
#: A city this large is named for its own sake, wherever its sentence's other places lie.
_WORLD_CITY = 1_000_000
#: The candidates of a name looked at for one among its sentence's places.
MAX_CANDIDATES = 64
#: Where a sentence ends: its stop and the space after it, a semicolon, or a line break.
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")


def _sentence_starts(text: str) -> list[int]:
    """The offsets where the text's sentences (and lines) start, in order."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def settle_clauses(
    text: str,
    gazetteer: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint] | None = None,
) -> list[tuple[int | None, float]]:
    """Each name read as a place farther than :data:`CLAUSE_ASTRAY_KM` from every other
    place its sentence names, read instead as its namesake among them.

    Parameters
    ----------
    text : str
    gazetteer : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (int or None, float)
        The resolution (record, score) of each mention; not modified.
    hints : mapping of int to Hint, optional
        The hints resolution was given: a place whose reading lies where its own
        direction says it does not ("Piatykhatky (north of Vasylivka)" read 150 km off,
        to be estimated there) is none of its sentence's places.

    Returns
    -------
    list of (int or None, float)
        The resolution (unchanged in a text with no word of fighting), except for a
        place name (not one read by its spelling, with a
        stated container, a dateline's, a state acting, or a city of a million) read
        as a place astray from its sentence's other places while one of its place
        candidates where the war is fought, called by a name at least as good, lies
        within :data:`CLAUSE_KM` of one of them: the candidate near the most of them,
        then the nearest.
    """
    gaz = gazetteer
    out = list(resolved)
    if not any(rec is not None for rec, _ in resolved) or not about_fighting(text):
        return out
    starts = _sentence_starts(text)
    sentence = [bisect_right(starts, m.start) for m in mentions]
    places: dict[int, list[tuple[int, tuple[float, float]]]] = {}
    hints = hints or {}
    for k, (rec, _) in enumerate(resolved):
        if rec is None or not gaz.is_place(rec) or mentions[k].fuzzy:
            continue
        point = gaz.lat_lon(rec)
        h = hints.get(k)
        if h is not None and h.bearing_deg is not None:
            anchor = resolved[h.anchor][0]
            if anchor is not None and not fits(h, gaz.lat_lon(anchor), point, gaz.population(rec)):
                continue  # read where its hint says it is not: estimated later
        places.setdefault(sentence[k], []).append((k, point))
    for k, m in enumerate(mentions):
        rec = resolved[k][0]
        if (
            rec is None
            or m.fuzzy
            or m.containers
            or m.dateline
            or m.actor
            or m.demonym_country
            or m.apart
            or m.against
            or m.cue == "region"
            or not gaz.is_place(rec)
            or gaz.population(rec) >= _WORLD_CITY
        ):
            continue
        others = [p for j, p in places.get(sentence[k], ()) if mentions[j].key != m.key]
        if not others:
            continue
        here = gaz.lat_lon(rec)
        if any(distance_km(here, p) <= CLAUSE_ASTRAY_KM for p in others):
            continue
        quality = min((c.quality for c in m.candidates if c.record == rec), default=None)
        if quality is None:
            continue
        best, best_key = None, None
        for c in m.candidates[:MAX_CANDIDATES]:
            if c.record == rec or c.quality > quality or not gaz.is_place(c.record):
                continue
            if (gaz.country_code(c.record), gaz.admin1(c.record)[0]) not in FRONT_REGIONS:
                continue
            p = gaz.lat_lon(c.record)
            near = [d for q in others if (d := distance_km(p, q)) <= CLAUSE_KM]
            if not near:
                continue
            key = (-len(near), min(near), c.record)
            if best_key is None or key < best_key:
                best, best_key = c.record, key
        if best is not None:
            out[k] = (best, out[k][1])
    return out

"""The built-in systems: predictors for ``geo`` and the ``geotext`` baseline.

A system is one predictor factory here plus its name in :data:`SYSTEMS`
(:func:`make_predictor` maps one to the other).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..errors import GeoError, InputError
from .corpora import Predictor

__all__ = ["SYSTEMS", "geo_predictor", "geotext_predictor", "make_predictor"]

#: Built-in systems, in table order.
SYSTEMS: tuple[str, ...] = ("geo", "geotext")

_WARM_UP_TEXT = "Troops left Kharkiv for Sumy, near the border with Russia."


def _load_gazetteer(gazetteer):
    if gazetteer is not None:
        return gazetteer
    from ..gazetteer.index import load_gazetteer

    return load_gazetteer()


def geo_predictor(*, demonyms: bool = False, outlets: bool = False, gazetteer=None) -> Predictor:
    """A predictor running the geoparser (:func:`geo.text.geoparse.geoparse`).

    This is the toponym stage of :func:`geo.analyze` (which adds spatial
    features and claims); the corpora score toponyms only, and the measured
    throughput is the geoparser's.

    Parameters
    ----------
    demonyms : bool
        Also tag adjectives and demonyms ("Ukrainian" -> Ukraine).
    outlets : bool
        Also tag the place an outlet is named after ("the Winnipeg Free Press" ->
        Winnipeg; :func:`geo.text.outlet_places.outlet_places`), where no toponym
        overlaps it.
    gazetteer : Gazetteer, optional
        Defaults to :func:`geo.load_gazetteer`.

    Notes
    -----
    The predictor is called once on a short sentence before it is returned, so
    lazy set-up inside the parser is not counted as parsing time.
    """
    from ..text.geoparse import geoparse
    from ..text.outlet_places import outlet_places

    gaz = _load_gazetteer(gazetteer)

    def predict(text: str) -> list[dict[str, Any]]:
        toponyms = geoparse(text, gaz, demonyms=demonyms)
        rows = [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "lat": t.lat,
                "lon": t.lon,
                # what the point stands for, for the error dump's buckets (the scorer
                # ignores these keys): an estimate, or the record's kind
                "kind": None if t.place is None else "estimated" if t.estimated else t.kind,
            }
            for t in toponyms
        ]
        if outlets:
            read = [(t.text, t.lat, t.lon) for t in toponyms if t.place is not None]
            rows += [
                {"start": s, "end": e, "text": text[s:e], "lat": lat, "lon": lon, "kind": "outlet"}
                for s, e, lat, lon in outlet_places(text, gaz, read)
                if not any(s < t.end and t.start < e for t in toponyms)
            ]
            rows.sort(key=lambda r: r["start"])
        return rows

    predict(_WARM_UP_TEXT)
    return predict


def _most_populous(gazetteer, name: str, kind: str) -> tuple[float, float] | None:
    """(lat, lon) of the most populous record named ``name``, preferring ``kind``."""
    candidates = gazetteer.lookup(name)
    if not candidates:
        return None
    of_kind = [c for c in candidates if gazetteer.kind(c.record) == kind]
    pool = of_kind or candidates
    # max() keeps the first of equals: the lookup order (match quality, importance).
    best = max(pool, key=lambda c: gazetteer.population(c.record))
    return gazetteer.lat_lon(best.record)


def _locate(text: str, mentions: Sequence[str]) -> list[tuple[int, int, str]]:
    """Character spans of ``mentions`` (names found in order, repeats included).

    Each distinct name takes its first ``k`` whole-word occurrences (``k`` =
    times reported), left to right, skipping those that overlap a longer name
    already placed ("York" does not land inside "New York").
    """
    spans: list[tuple[int, int, str]] = []
    for name, k in sorted(Counter(mentions).items(), key=lambda kv: (-len(kv[0]), kv[0])):
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        found = 0
        for m in pattern.finditer(text):
            if found == k:
                break
            s, e = m.span()
            if any(s < e2 and s2 < e for s2, e2, _ in spans):
                continue
            spans.append((s, e, name))
            found += 1
    return sorted(spans)


def geotext_predictor(gazetteer=None) -> Predictor:
    """The geotext baseline: PyPI ``geotext`` recognition, most populous resolution.

    ``GeoText(text)`` lists the city and country names it finds (no offsets),
    in text order; each mention is located with a whole-word search (see
    :func:`_locate`) and resolved to the most populous record of that name in
    our gazetteer: among populated places for cities, the country record for
    countries (any record when none of that kind exists). A name the gazetteer
    lacks is returned unresolved (``lat``/``lon`` ``None``).

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Defaults to :func:`geo.load_gazetteer`.

    Raises
    ------
    GeoError
        ``geotext`` is not installed (``pip install 'geo-frontline[eval]'``).
    """
    try:
        from geotext import GeoText
    except ImportError:
        raise GeoError(
            "the geotext baseline needs geotext: pip install 'geo-frontline[eval]'"
        ) from None
    gaz = _load_gazetteer(gazetteer)
    cache: dict[tuple[str, str], tuple[float, float] | None] = {}

    def resolve(name: str, kind: str) -> tuple[float, float] | None:
        key = (name, kind)
        if key not in cache:
            cache[key] = _most_populous(gaz, name, kind)
        return cache[key]

    def predict(text: str) -> list[dict[str, Any]]:
        found = GeoText(text)
        kinds = {name: "place" for name in found.cities}
        kinds.update({name: "country" for name in found.countries})
        out = []
        for start, end, name in _locate(text, [*found.cities, *found.countries]):
            ll = resolve(name, kinds[name])
            out.append(
                {
                    "start": start,
                    "end": end,
                    "text": name,
                    "lat": ll[0] if ll else None,
                    "lon": ll[1] if ll else None,
                }
            )
        return out

    predict(_WARM_UP_TEXT)
    return predict


def make_predictor(
    system: str, *, gazetteer=None, demonyms: bool = False, outlets: bool = False
) -> Predictor:
    """The predictor of a built-in system (``"geo"`` or ``"geotext"``).

    Raises
    ------
    InputError
        Unknown system.
    """
    if system == "geo":
        return geo_predictor(demonyms=demonyms, outlets=outlets, gazetteer=gazetteer)
    if system == "geotext":
        return geotext_predictor(gazetteer)
    raise InputError(f"unknown system {system!r}; valid: {', '.join(SYSTEMS)}")

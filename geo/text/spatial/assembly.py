"""Assembly: run every builder over a text and keep one feature per phrase."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from shapely.errors import ShapelyError

from ...errors import GeoError
from ...gazetteer.index import Gazetteer
from ...geometry.core import proj_error  # pyproj's ProjError once imported
from ...model import Feature, Toponym
from .bearings import find_bearings
from .border_distance import find_border_distances
from .context import Candidate, Context
from .coordinates import find_coordinates
from .directed import find_directions
from .distances import find_offsets, find_rings
from .incursions import find_incursions
from .locators import drop_locators
from .nearby import find_betweens, find_near
from .regions import find_borders, find_regions
from .river_bands import find_river_bands
from .river_sides import find_river_sides
from .roads import find_roads
from .russian_distances import find_russian_distances

__all__ = [
    "extract_features",
]


log = logging.getLogger(__name__)

#: The most spatial features one document gives. Real articles give a dozen at most
#: (13 in the 2,742 documents of the dev corpora and eval/); each feature carries its
#: own polygon (about 4 KB of JSON), so a pasted dump repeating "near Izium" 60,000
#: times would otherwise turn 2 MB of text into 476 MB of output. The first ones in
#: text order are kept and a warning says how many were left out.
MAX_FEATURES = 2_000


def extract_features(
    text: str, toponyms: Sequence[Toponym], gazetteer: Gazetteer
) -> tuple[Feature, ...]:
    """Turn the spatial statements of a text into geodesic features.

    Parameters
    ----------
    text : str
        The analysed text; offsets refer to it.
    toponyms : sequence of Toponym
        The toponyms found in ``text`` (``geo.analyze(text).toponyms``);
        ``Feature.anchor`` indexes this sequence.
    gazetteer : Gazetteer
        An opened index, for region and country polygons.

    Returns
    -------
    tuple of Feature
        In text order (by start, then end, kind, anchor), at most
        :data:`MAX_FEATURES` of them (a warning is logged when more were found). Pure
        and deterministic; odd input gives fewer features, never an exception.

    See the module docstring for every phrase, geometry and convention.

    Examples
    --------
    >>> import geo
    >>> gaz = geo.load_gazetteer()                                       # doctest: +SKIP
    >>> text = "Troops gathered within about 10 miles (16 km) of Sumy."
    >>> a = geo.analyze(text, gazetteer=gaz)                             # doctest: +SKIP
    >>> [(f.kind, f.text, f.radius_km, f.approximate, f.uncertainty_km)
    ...  for f in extract_features(text, a.toponyms, gaz)]           # doctest: +SKIP
    [('ring', 'within about 10 miles (16 km) of Sumy', 16.0, True, 1.6)]
    """
    if not isinstance(text, str) or not text:
        return ()
    # Positions written as coordinates ("48.5N 37.9E"): points of their own, no place
    # name needed.
    points = find_coordinates(text)
    if not toponyms:
        return _capped(points)
    ctx = Context(text, toponyms, gazetteer)
    pooled: list[Candidate] = []
    for builder in (
        find_rings, find_offsets, find_near, find_betweens, find_directions, find_border_distances,
        find_bearings, find_roads, find_incursions, find_river_bands, find_river_sides,
        find_russian_distances,
    ):  # fmt: skip
        try:
            found = builder(ctx)
            # "Petropavlivka (east of Kupiansk)": a bracketed locator, no feature; a
            # bracketed "(8 km from the border)" stays the band by that town.
            pooled.extend(found if builder is find_border_distances else drop_locators(ctx, found))
        except (GeoError, ValueError, ShapelyError, proj_error()) as err:  # pragma: no cover
            log.warning("spatial expressions (%s) failed: %s", builder.__name__, err)
    # Overlapping phrases: the earliest, then the longest, wins ("within 10 km from
    # Sumy" is a ring, not also a bare distance).
    pooled.sort(key=lambda c: (c.start, -(c.end - c.start), c.feature is None))
    # The phrases kept are disjoint and come in order of start, so their ends rise too:
    # a phrase overlaps one of them exactly when it starts before the last one's end
    # (one comparison a phrase, not one a phrase kept: linear in the document).
    kept: list[Feature] = []
    reach = -1  # end of the last phrase kept
    for c in pooled:
        if c.end <= c.start or c.start < reach:
            continue
        reach = c.end
        if c.feature is not None:
            kept.append(c.feature)
    for builder in (find_regions, find_borders):
        try:
            kept.extend(c.feature for c in builder(ctx) if c.feature is not None)
        except (GeoError, ValueError, ShapelyError, proj_error()) as err:  # pragma: no cover
            log.warning("spatial expressions (%s) failed: %s", builder.__name__, err)
    kept.extend(points)
    kept.sort(key=lambda f: (f.start, f.end, f.kind, f.anchor))
    return _capped(kept)


def _capped(features: list[Feature]) -> tuple[Feature, ...]:
    """The first :data:`MAX_FEATURES` of ``features`` (in text order), with a warning
    when there were more."""
    if len(features) > MAX_FEATURES:
        log.warning(
            "kept the first %d spatial statements of the text and left out the other %d "
            "(at most %d a document)",
            MAX_FEATURES,
            len(features) - MAX_FEATURES,
            MAX_FEATURES,
        )
    return tuple(features[:MAX_FEATURES])

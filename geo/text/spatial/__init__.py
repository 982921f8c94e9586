"""Spatial expressions: turn what a text says about places into geodesic features.

:func:`extract_features` reads a text and the toponyms already found and
resolved in it (:func:`geo.text.geoparse.geoparse`) and returns
:class:`~geo.model.Feature` records: regular expressions over the text, anchored
on the toponym spans (a phrase counts only when a resolved toponym starts right
where the phrase expects its place).

Conventions
-----------
Every geometry is geodesic (:mod:`geo.geometry`: ``Geod.fwd`` circles and
points, azimuthal-equidistant buffers), shapely, (lon, lat); distances are km.

``ring``
    "within (about) N km of P", "less than / under / no more than / up to N km
    from P", "an N-kilometre radius around P", "a radius of N km around P",
    "a 30-km zone around P": a disk of radius N around P (:func:`geo.geometry.ring`).
    Both units stated ("10 miles (16 kilometers)"): the metric value is used and
    the whole text kept in ``quantity_text``. Ranges ("10 to 15 km", "10-15 km"):
    the disk of the largest value; ``min_km``/``max_km`` keep both ends. A
    qualifier (approximately, about, some, roughly, around, nearly, almost, ...)
    sets ``approximate`` and ``uncertainty_km`` = :func:`ring_uncertainty_km`
    (10 % of the radius, at least 1 km, at most half the radius).
    A bare distance without a direction ("a village 30 km from P") says the
    place is *about* that far, not *within* it: a ``ring`` whose geometry is the
    annulus ``radius ± uncertainty_km`` (10 % of the radius, at least 1 km; for a
    range the annulus from ``min_km`` to ``max_km``); "N km outside P" is measured
    from P's centre or its edge, so the band reaches out by P's urban radius too
    (:func:`.measures.urban_radius_km`); "N km from the edge / outskirts / city
    limits of P" (and "within N km of the edge of P") is measured from P's edge, the
    band or disk drawn out by that radius; "the centre of P", "central P" from P's
    point. "N km off P" / "off the coast of P" (a coastal place: out at sea) is such a
    band too. Lower bounds ("more than 30
    km from P") and movements ("advanced 5 km from P", "30 km from P to Q") give
    nothing. Anchor a first-level region ("within 20 km of the Kursk region"): the
    region polygon buffered by N km with :func:`geo.geometry.buffer_km` (kind
    still ``ring``, said in ``note``). Countries are not ring anchors.
``offset``
    "N km DIRECTION of/from P", "N km to the DIRECTION of P" with the 16 compass
    points as words ("north-east", "northeast", "north-northeast") or
    capital abbreviations ("NE", "NNE"); "some 60 km to the south-east" with no
    place refers back to the last resolved populated place before it in the
    same paragraph; in apposition to a place ("Borova, about 40 km to the
    south") it says where that place lies, measured from the place named before
    it (Kupiansk). The geometry is the point at that distance and bearing
    (:func:`geo.geometry.offset`); for a range, the middle of the range. "of the
    centre of P" / "of central P" measure from P's point; "of the outskirts / edge /
    city limits of P", "of P's outskirts" from its edge: the point moves out by P's
    urban radius (:func:`.measures.urban_radius_km`), ``distance_km`` stays the stated one.
    ``uncertainty_km`` = max(10 % of the distance, distance x tan(half the compass
    sector), half the range): the half sector is 22.5 deg for the 8 main points
    (N, NE, E, ...) and 11.25 deg for the 16-point names (NNE, ENE, ...).
    Regions and countries are not offset anchors (their label point is no
    reference point). A bearing in degrees with a distance ("045 degrees from Odesa
    at 20 km", "30 km from P on a bearing of 180 degrees") is an offset too
    (:mod:`.bearings`; uncertainty max(10 %, distance x tan(2.5 deg))).
``region``
    A toponym the geoparser marked with the "region" cue ("the Kursk region",
    "Zaporizhzhia Oblast", "the region of Kursk") and lists such as "the Kursk
    and Belgorod regions": the admin-1 polygon from the gazetteer (a country's
    only when a region word follows it, not for "the Afar Region of Ethiopia").
    The span covers the whole phrase. One feature per mention.
``between``
    "between A and B" with two resolved populated places: the geodesic line,
    ``anchors=(a, b)``, ``distance_km`` its length. Not after a relation noun
    ("talks / relations / exchanges between Kyiv and Moscow") nor for places
    more than 1,000 km apart. A road or railway named by its two ends ("the
    Kupiansk-Svatove road", "the Bakhmut–Lysychansk highway"): the same line
    (:mod:`.roads`).
``near``
    "near / close to / not far from / outside / around / in the vicinity of /
    in the area of P": a disk of radius :func:`near_radius_km` (an urban radius
    estimated from the population, plus 10 km). "the (southern) outskirts /
    suburbs / edge / approaches of P", "P's eastern outskirts": the band
    :func:`outskirts_band_km` around P, as a full annulus or, with a side, the
    90 deg sector centred on that side (southern: bearings 135-225). "near /
    along / on / at the border" only where both countries are clear ("the
    border with Russia" plus a Ukrainian place in the sentence, "the
    Russian-Ukrainian border"): the band within :data:`BORDER_BAND_KM` of the
    shared boundary of the two country polygons, limited to 150 km around the
    place the sentence names when it names one; "N km from the (Russian) border
    (with X)": the band of that width, clipped to the country of that place
    (:mod:`.border_distance`). Never around a region or a country ("near
    Russia" gives nothing).
``point``
    Coordinates written in the text ("48.5N 37.9E", "48°30′N 37°54′E",
    degrees-minutes-seconds): the point itself, no anchor
    (:mod:`.coordinates`; a bare place name is left to the renderer).

Units: km (kilometre, kilometer, km, kms, klicks), m (metre, meter), miles
(mile, mi), nautical miles (nmi, nm: 1.852 km), feet and yards; numbers in
digits ("1,500", "2.5") or words ("ten", "twenty-five", "a dozen", "a hundred",
"half a", "one and a half"); "a few" and "several" are no numbers.

Anchors are toponyms whose ``place`` is resolved; a place name followed by a
water or infrastructure word ("the Dnipro River", "the Kakhovka Reservoir",
"the Pokrovsk direction") is not an anchor. A first-level region resolved
without a region word ("the northern outskirts of Zaporizhzhia") stands for its
most populous place of the same name in rings, offsets, near and between.
Overlapping phrases: the one starting first (then the longest) wins, so
"within 10 km from P" is one ring; region and border features may overlap others.

Stages
------
Each module holds one stage; the builders are plain functions from a
:class:`~.context.Context` (the text, its toponyms, the gazetteer) to candidates:

- :mod:`.vocabulary`: units, numbers, directions, the phrase patterns;
- :mod:`.windows`: where phrases can be (cheap keyword and unit look-ups, so the
  large patterns run only there);
- :mod:`.measures`: numbers, distances, bearings and radii (:func:`parse_distance`, ...);
- :mod:`.context`: what the builders share, checked features, guarded builders;
- :mod:`.shapes`: sectors and shared borders (geodesic, with :mod:`geo.geometry`);
- :mod:`.distances`: rings and offsets; :mod:`.nearby`: near, outskirts, between;
  :mod:`.regions`: regions and border zones; :mod:`.border_distance`: bands at a
  distance from a border; :mod:`.coordinates`: points written as coordinates;
  :mod:`.bearings`: offsets by a bearing in degrees; :mod:`.roads`: roads named by
  their two ends;
- :mod:`.assembly`: :func:`extract_features`, one feature per phrase.

A new kind of statement is one new builder, listed in :mod:`.assembly`.
"""

from __future__ import annotations

from . import vocabulary, windows
from .assembly import extract_features
from .measures import (
    Distance,
    compass_bearing,
    near_radius_km,
    outskirts_band_km,
    parse_distance,
    parse_number,
    ring_uncertainty_km,
)
from .vocabulary import (
    BORDER_BAND_KM,
    COMPASS_POINTS,
    UNITS_KM,
    compile_patterns,
)

__all__ = [
    "BORDER_BAND_KM",
    "COMPASS_POINTS",
    "UNITS_KM",
    "Distance",
    "compass_bearing",
    "compile_patterns",
    "extract_features",
    "near_radius_km",
    "outskirts_band_km",
    "parse_distance",
    "parse_number",
    "ring_uncertainty_km",
]

# The windowed searches and the patterns they run, under their former names (tests and
# benchmarks compare them with whole-text searches).
_UNIT_HIT = windows.UNIT_HIT
_OUTSKIRTS_HIT = windows.OUTSKIRTS_HIT
_unit_windows = windows.unit_windows
_qty_matches = windows.qty_matches
_direction_windows = windows.direction_windows
_P_BARE = vocabulary._P_BARE
_P_BETWEEN = vocabulary._P_BETWEEN
_P_BOUND = vocabulary._P_BOUND
_P_NEAR = vocabulary._P_NEAR
_P_OFFSET = vocabulary._P_OFFSET
_P_OUTSKIRTS = vocabulary._P_OUTSKIRTS
_P_RADIUS = vocabulary._P_RADIUS
_P_RADIUS_OF = vocabulary._P_RADIUS_OF
_P_WITHIN = vocabulary._P_WITHIN

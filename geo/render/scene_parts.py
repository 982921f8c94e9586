"""The stages of a scene for one article: feature shapes, place marks, claim badges.

Each stage is a function of the article (and what earlier stages found) that
returns new records; :func:`article_parts` runs them in order. Longitudes are
still as stored (-180..180); :mod:`geo.render.scene` unwraps and frames.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..geometry import distance_km
from ._html import esc
from .claim_frame import framing_features, framing_toponyms
from .placement import label_point, place_label, region_geometry
from .popups import claim_html, claim_summary, place_html
from .scene_features import feature_shapes
from .scene_records import (
    PRIORITY_BADGE,
    PRIORITY_CLAIM_PLACE,
    PRIORITY_HEADLINE,
    PRIORITY_PLACE,
    ZOOM_BUTTON,
    Mark,
    Parts,
    Shape,
    _status_of,
    _usable,
    _valid_index,
    named_in,
    place_key,
    ref_key,
    region_claims,
)
from .styles import PLACE_SHAPES, STATED, combined_status

__all__ = [
    "Mark",
    "Parts",
    "Shape",
    "article_parts",
    "claim_badges",
    "claim_layer",
    "feature_shapes",
    "merge_places",
    "place_marks",
    "ref_key",
]

log = logging.getLogger(__name__)


def _index_claims(p: Parts) -> None:
    """Which claims speak of each toponym and feature (speakers are not places spoken
    of), and which claims answer each claim (``responds_to``)."""
    a = p.analysis
    n_top, n_feat, n_claims = len(a.toponyms), len(a.features), len(a.claims)
    for ci, claim in enumerate(a.claims):
        for ti in claim.toponyms:
            if _valid_index(ti, n_top) and not a.toponyms[ti].metonymic:
                p.claims_of_toponym.setdefault(ti, []).append(ci)
        for fi in claim.features:
            if _valid_index(fi, n_feat):
                p.claims_of_feature.setdefault(fi, []).append(ci)
        target = getattr(claim, "responds_to", None)
        if _valid_index(target, n_claims) and target != ci:
            p.answers.setdefault(target, []).append(ci)


#: Water bodies whose point never frames the view: a river's is not where the fighting
#: is, an ocean's is nowhere in particular (a sea, gulf, strait or lake a claim is about
#: frames it, as a town does).
_UNFRAMED_WATER = frozenset({"river", "ocean"})
#: Where a claim's badge goes among its places: lowest first.
_BADGE_LAST = {"admin1": 1, "water": 1, "country": 2}


def place_marks(p: Parts, gazetteer: Any = None) -> None:
    """Stage 2: one marker per distinct place, in order of first mention; region
    polygons; the uncertainty area of estimated places."""
    a = p.analysis
    toponyms = a.toponyms
    mentions: dict[Any, list[int]] = {}
    for ti, toponym in enumerate(toponyms):
        if toponym.place is None or toponym.cue == "club":
            continue  # (a club's city names the club: "Real Madrid", geo.text.clubs)
        pl = toponym.place
        key = place_key(pl)
        mentions.setdefault(key, []).append(ti)
    common = {"date": p.date, "articles": (p.article,)}
    for tis in mentions.values():
        place = toponyms[tis[0]].place
        cis = sorted({ci for ti in tis for ci in p.claims_of_toponym.get(ti, [])})
        region = None
        if place.kind == "admin1" and place_key(place) not in p.region_anchors:
            region = region_geometry(gazetteer, place)
            if region is not None and region.is_empty:
                region = None
        # a region's status: the claims about it, not about a town in it
        own = region_claims(p, cis, place, region) if place.kind == "admin1" else cis
        status = _status_of(p, own)
        shape, kind_label, _ = PLACE_SHAPES.get(place.kind, PLACE_SHAPES["other"])
        speaker = all(toponyms[ti].metonymic for ti in tis)
        estimated = any(toponyms[ti].estimated for ti in tis)
        refs = tuple(("places", p.key(ti)) for ti in tis)
        # A continent or an area of several countries ("Europe", "the Balkans"): its point
        # is nowhere in particular, and fitting it would pull the view off the story.
        wide = place.kind == "other" and not place.country_code
        label = place_label(place, [toponyms[ti].text for ti in tis])
        water = next((toponyms[ti] for ti in tis if toponyms[ti].water), None)
        if water is not None and water.water == "river" and "river" not in label.lower():
            label = f"{label} River"  # "Dnipro" by Kherson would read as the city of Dnipro
        if estimated:
            shape, kind_label = "estimated", "estimated location"
        elif speaker:
            shape, kind_label = "speaker", "named as a speaker"
        named = f"{label}, {place.name}" if label and place.name not in label else label
        tooltip = f"{named or place.name} ({kind_label})"  # "Petit-Goâve, Tigwav (town)"
        popup = place_html(place, tis, cis, status, a)
        lat, lon = place.lat, place.lon
        if place.kind == "admin1":
            lat, lon = p.region_points.get(place_key(place), (lat, lon))
        if region is not None:
            lat, lon = label_point(region)
            p.shapes.append(
                Shape(region, status, "region", "Regions", f"{label} (region)", popup,
                      "region", refs, frames=bool(cis), **common)
            )
        if water is not None and water.geometry is not None and water.water != "ocean":
            # The sea's outline or the river's course (an ocean's would fill the map):
            # drawn, never framed by its shape.
            p.shapes.append(
                Shape(water.geometry, status, "water", "Water", f"{label} ({water.water})",
                      popup, "water", refs, frames=False, **common)
            )
        if estimated:
            area = next((toponyms[ti].uncertainty for ti in tis
                         if _usable(toponyms[ti].uncertainty) is not None), None)
            if area is not None:
                p.shapes.append(
                    Shape(area, _estimate_status(area, status), "estimate", "Estimated places",
                          f"{place.name}: estimated location, somewhere in this area", popup,
                          "estimate", refs, frames=bool(cis), **common)
                )
        p.places.append(
            Mark(lat, lon, shape, status, "Places", tooltip, popup, label=label,
                 kind="estimated" if estimated else ("speaker" if speaker else place.kind),
                 refs=refs,
                 frames=bool(cis) and place.kind != "country" and not speaker and not wide
                 and (water is None or water.water not in _UNFRAMED_WATER),
                 wide=wide,
                 priority=_priority(p, cis, [toponyms[ti].text for ti in tis], speaker),
                 name=place.name,
                 **common)
        )
        if region is None and place.kind == "admin1":
            p.region_points.setdefault(place_key(place), (lat, lon))
    # A continent or an area of several countries that neither a claim nor the headline
    # names ("AFRICA" heading a factbox's section) is nowhere in particular: no marker
    # beside the story's own places (the data keeps it).
    if any(not m.wide for m in p.places):
        p.places[:] = [m for m in p.places if not m.wide or m.priority < PRIORITY_PLACE]
    p.places[:] = shared_labels(p.places)


def shared_labels(places: Sequence[Mark]) -> list[Mark]:
    """Places at one point (an estimated village put at the town the text names it
    with: "Khiam and Bint Jbeil", "Kleshcheyevka near Artemovsk") get one label, on the
    first-ranked of them: "Bint Jbeil / Khiam (est.)", the estimates last; the others
    keep their markers and popups, unlabelled (two names either side of one dot, or one
    beside a neighbour's dot, read as two places). Points are compared at 1e-5 degrees
    (about a metre); order and everything else are kept."""
    at: dict[tuple[float, float], list[int]] = {}
    for i, m in enumerate(places):
        if m.label:
            at.setdefault((round(m.lat, 5), round(m.lon, 5)), []).append(i)
    out = list(places)
    for ids in at.values():
        if len(ids) < 2:
            continue
        ranked = sorted(ids, key=lambda i: (places[i].kind == "estimated", places[i].priority, i))
        names = [places[i].label + (" (est.)" if places[i].kind == "estimated" else "")
                 for i in ranked]
        first = ranked[0]
        out[first] = replace(places[first], label=" / ".join(dict.fromkeys(names)),
                             priority=min(places[i].priority for i in ids))
        for i in ranked[1:]:
            out[i] = replace(places[i], label="")
    return out


#: An estimated place's area wider than this (km, its bounds' diagonal) is drawn in the
#: neutral style, whatever its claims say: a whole oblast outlined "Disputed" reads as
#: contested territory, not as "the village is somewhere in here".
ESTIMATE_STATUS_KM = 80.0


def _estimate_status(area: Any, status: str) -> str:
    """The drawing status of an estimated place's area: its claims' ``status`` for an
    area of a town's size, :data:`STATED` for a wider one (:data:`ESTIMATE_STATUS_KM`)."""
    x0, y0, x1, y1 = area.bounds
    return status if distance_km((y0, x0), (y1, x1)) <= ESTIMATE_STATUS_KM else STATED


def _priority(p: Parts, cis: Sequence[int], surfaces: Sequence[str], speaker: bool) -> int:
    """A place's label rank: the headline's places first (not a speaker's), then the
    places claims are about, then the rest."""
    if not speaker and named_in(p.title, surfaces):
        return PRIORITY_HEADLINE
    return PRIORITY_CLAIM_PLACE if cis else PRIORITY_PLACE


def claim_layer(claim: Any) -> str:
    """The key of the map layer a claim's badge joins: its ``side`` (an ISO code or
    "independent"), else its ``party`` (an armed group the side contract gives no code,
    DESIGN.md: "Hamas", "Rapid Support Forces": a layer of its own, not "unattributed"),
    else "" (unattributed)."""
    return claim.side or getattr(claim, "party", None) or ""


def claim_badges(p: Parts) -> None:
    """Stage 3: a numbered badge per claim at its first feature, else at the first
    place it is about (a country last; a speaker never); else it is unlocated."""
    a = p.analysis
    toponyms = a.toponyms
    slots: dict[tuple[float, float], int] = {}
    for ci, claim in enumerate(a.claims):
        where = None
        located = [
            ti for ti in claim.toponyms
            if _valid_index(ti, len(toponyms)) and toponyms[ti].place is not None
            and not toponyms[ti].metonymic
        ]
        # a town first, then a region or a water body (a river's point is not where the
        # fighting is), a country last
        located.sort(key=lambda ti: _BADGE_LAST.get(toponyms[ti].place.kind, 0))
        # "a strike on Chuhuiv in the Kharkiv region": at Chuhuiv, framed by Chuhuiv
        framing = [fi for fi in framing_features(claim, a) if fi in p.feature_point]
        if framing:
            where = p.feature_point[framing[0]]
        if where is None and located:
            pl = toponyms[located[0]].place
            where = (pl.lat, pl.lon)
            if pl.kind == "admin1":
                where = p.region_points.get(place_key(pl), where)
        if where is None:
            p.unlocated.append(ci)
            continue
        key = (round(where[0], 4), round(where[1], 4))
        slot = slots.get(key, 0)
        slots[key] = slot + 1
        zoom = (
            ("claims", p.key(ci)),
            *(("features", p.key(fi)) for fi in framing),
            *(("places", p.key(ti)) for ti in framing_toponyms(claim, a)),
        )
        popup = claim_html(claim, ci, a, answers=p.answers,
                           article=p.title if p.multi else "", date=p.date) + ZOOM_BUTTON
        number = f"{p.article + 1}.{ci + 1}" if p.multi else str(ci + 1)
        p.claims.append(
            Mark(where[0], where[1], "badge", claim.status, "Claims",
                 claim_summary(claim, ci, number=number), popup, number=ci + 1, slot=slot,
                 kind="claim", refs=(("claims", p.key(ci)),), zoom=zoom, badge=number,
                 side=claim_layer(claim), date=p.date, articles=(p.article,),
                 priority=PRIORITY_BADGE)
        )


def article_parts(
    analysis: Any,
    *,
    gazetteer: Any = None,
    article: int = 0,
    date: str = "",
    multi: bool = False,
    article_title: str = "",
) -> Parts:
    """Run the stages for one article, in order."""
    p = Parts(analysis, article, date, multi, article_title)
    _index_claims(p)
    feature_shapes(p)
    place_marks(p, gazetteer)
    claim_badges(p)
    return p


def merge_places(marks: Sequence[Mark], articles: Sequence[Any]) -> list[Mark]:
    """Places named by several articles as one mark (first article's position and
    label; statuses combined; popups one after the other, each under its article)."""
    if len(articles) <= 1:
        return list(marks)
    groups: dict[tuple, list[Mark]] = {}
    for m in marks:
        groups.setdefault((m.name, m.kind, round(m.lat, 4), round(m.lon, 4)), []).append(m)
    out = []
    for same in groups.values():
        first = same[0]
        if len(same) == 1:
            out.append(first)
            continue
        popup = "".join(
            f'<div class="geo-note">{esc(articles[m.articles[0]].title)}'
            f'{" · " + esc(m.date) if m.date else ""}</div>{m.popup}'
            for m in same
        )
        dates = [m.date for m in same if m.date]
        out.append(replace(
            first,
            status=combined_status(m.status for m in same),
            popup=popup,
            refs=tuple(r for m in same for r in m.refs),
            articles=tuple(sorted({a for m in same for a in m.articles})),
            date=min(dates) if len(dates) == len(same) else "",
            frames=any(m.frames for m in same),
            priority=min(m.priority for m in same),
        ))
    return out

"""Stage 3 of the geoparser, evidence: what the text says that favours a reading.

Each kind of evidence is one function or record: explicit containers read next to
a name ("Alexandria, La.", "Krasnodar, Russia") and the lists a name belongs to
(:mod:`geo.text.containers`, read at recognition), the words after a name that pick
a city or its region (:func:`~geo.text.readings.mark_readings`), and the text's
context (:class:`~geo.text.context.Context`: the countries and regions it speaks
of and the places near each mention).  This module holds the per-candidate
scoring: :func:`score_candidates` adds them to a mention's context-free ranking,
weighted by :class:`Weights`.  ``Context``, ``CONTEXT_WINDOW`` and
``mark_readings`` are importable from here as well.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..gazetteer.codes import QUALITY_PRIMARY
from ..gazetteer.index import Gazetteer
from .context import CONTEXT_WINDOW, Context
from .hinted import ANCHOR_SUPPORT, near_partner_unmet, ruled_out
from .hints.geometry import fits_band, sole_row, village_within
from .other_names import (
    _OTHER_NAME_TOWN,
    _POINT_LIKE,
    OTHER_NAME_MARGIN,
    OTHER_NAME_SUPPORT,
    _apart_km,
    _other_names,
    _prominent_among,
    kept_other_names,
    named_country_others,
)
from .readings import mark_readings
from .regions_named import (
    city_near_others,
    named_after_own_city,
    named_home,
    namesake_reach_km,
    regions_named_after_a_candidate,
)
from .sizes import hamlet_km, outweighs_village
from .strays import alternates_apart, lie_together, stray_candidates
from .tokens import Mention
from .weights import DEFAULT_WEIGHTS, Weights  # re-exported: resolution's evidence

if TYPE_CHECKING:
    from .hints import Hint
    from .resolution import Match

__all__ = [
    "CONTEXT_WINDOW",
    "DEFAULT_WEIGHTS",
    "Context",
    "Weights",
    "mark_readings",
    "score_candidates",
]


_NO_SIBLINGS: Counter[tuple[str, str]] = Counter()  # shared, never written to
_NO_VOTES: dict = {}  # shared, never written to


def score_candidates(
    gaz: Gazetteer,
    w: Weights,
    m: Mention,
    ranked: Sequence[Match],
    sibling_kinds: Counter[tuple[str, str]],
    ctx: Context,
    hint: Hint | None = None,
    hint_anchor: tuple[float, float] | None = None,
    against: tuple[tuple[object, ...], tuple[object, ...]] = ((), ()),
    rows: Sequence[Any] | None = None,
    points: Sequence[int] | None = None,
    anchor: int | None = None,
    partners: tuple[tuple[float, float], ...] = (),
) -> dict[int, float]:
    """Pass 2 of :func:`resolve` for one mention: prior plus the text's evidence.

    ``hint`` is the relative-location hint stated with the mention and ``hint_anchor``
    the (lat, lon) of its anchor as read in pass 1: candidate places that lie where it
    says gain, the others lose.  ``against`` holds the negative hints ("not the town of
    the same name north-east of Y", "not the X in Donetsk Oblast"), as (hint, anchor
    (lat, lon)) pairs and (country, admin-1 code or "") regions: places they fit lose.
    ``rows`` (the candidates' gazetteer rows) and ``points`` (the records of those that
    are places or counties) are read here unless given; ``anchor`` is the record of the
    hint's anchor.  ``partners`` are the (lat, lon) degrees of its list partners' places
    as read in pass 1: a place the name is only spelt like, farther
    than ``w.other_name_km`` from all of them, is no reading of it.
    """
    against_at, against_in = against
    row = gaz.row
    n_siblings = sum(sibling_kinds.values()) if sibling_kinds else 0
    countries, own_c = ctx.countries, ctx.own_countries.get(m.key, _NO_VOTES)
    regions, own_r = ctx.regions, ctx.own_regions.get(m.key, _NO_VOTES)
    total = ctx.n_votes - sum(own_c.values())
    # Proximity only matters where there is a choice to make.
    others = ctx.has_others(m.key)
    if rows is None:
        rows = [row(r.record) for r in ranked]
    near_km = None
    behind: dict[int, float] = _NO_VOTES
    best_named = False
    best_cc, best_region = "", ("", "")  # the best placed namesake's country, region
    nearest, nearest_cc = 0.0, ""  # the nearest candidate place to the text's others
    # Places the name is only another name of (Engels, once Pokrovsk), beside places
    # called so themselves: they lose, unless the text's places lie around them alone.
    other = _other_names(gaz, m, ranked, rows) if len(ranked) > 1 and not m.fuzzy else ()
    other_name = w.other_name if others else w.other_name_alone
    if others and (len(ranked) > 1 or m.fuzzy):
        if points is None:
            pairs = zip(ranked, rows, strict=True)
            points = [r.record for r, rr in pairs if rr.kind in _POINT_LIKE]
        near_km = ctx.nearest_km(points, m.key)
        if other:
            near, twice = w.other_name_km, ctx.named_otherwise
            # A place the text names by two of its names is the one meant by both
            # ("Krasnoarmeysk, which Ukraine calls Pokrovsk").
            other = frozenset(p for p in other if not twice(p, m.key))
            other = named_country_others(gaz, m.key, other, points, ctx.named_countries, near_km)
            # A hamlet once called after a town of note stays another name of it,
            # whatever lies around it (Siabry, once Novorossiysk, by Crimea's towns).
            noted = max((row(p).population for p in points if p not in other), default=0)
            kept = kept_other_names(gaz, ranked, rows, m.key, other, noted)
            # Near its list partners when it has some ("Krasnoarmeysk, Dimitrov and
            # Dzerzhinsk"), else near the text's other places.
            apart = (
                {p: _apart_km(row(p).lat_lon, partners) for p in points}
                if partners
                else near_km
            )
            village = w.other_name_village_km
            if not any(
                apart[p] <= village
                or (apart[p] <= near and row(p).population >= _OTHER_NAME_TOWN)
                or twice(p, m.key)
                for p in points
                if p not in other
            ):
                # No town called so lies near them (nor a village close by): a place
                # called so once may ("Petrivka" by Toretsk, its village of the name
                # 42 km off).
                other = frozenset(p for p in other if apart[p] > near or p in kept)
            if other:
                # Nor one the text's places crowd around ("Krasnoarmeysk direction ...
                # Dimitrov ... Rodinskoye and Belitskoye"), whatever lies near a town
                # called so.
                crowd = ctx.support(points, m.key)
                own = max((v for p, v in crowd.items() if p not in other), default=0.0)
                other = frozenset(
                    p
                    for p in other
                    if (crowd[p] < OTHER_NAME_SUPPORT and crowd[p] - own < OTHER_NAME_MARGIN)
                    or p in kept
                )
            # The others' places are no reason to read the name as theirs.
            points = [p for p in points if p not in other]
        if len(points) > 1:
            first = min(points, key=near_km.__getitem__)  # type: ignore[union-attr]
            nearest, nearest_cc = near_km[first], row(first).country_code
        if len(points) > 1 and not _prominent_among(gaz, ranked, rows, m.key) and not (
            near_partner_unmet(hint, hint_anchor, rows)
            and anchor is not None
            and ctx.support_at(anchor, m.key) >= ANCHOR_SUPPORT
        ):
            # Namesake places: each loses by how much fewer of the text's places lie
            # around it than around the best placed of them (Pokrovsk among Donbas towns,
            # not Engels, though the text also names Belgorod and Kursk).
            # A city this large is named for its own sake (Nikolayev: Mykolaiv, though
            # the text's other places lie around Mykolaivka near Bakhmut), and one in a
            # region, country or container the text names is located by it ("In New
            # Hampshire, Concord and Manchester", with Maine's towns around the other).
            support = ctx.support(points, m.key)
            colocated: dict[int, float] = {}
            if w.colocation and max(support.values()) < w.colocation_below:
                # The first readings of the text's other places lie around none of them:
                # the namesakes of its other names do (all of their candidates, not
                # their first readings): towns of one county read together though each
                # name's best-known bearer lies elsewhere.
                colocated = ctx.colocated(points, m.key)
                for p in points:
                    # Either kind of neighbour locates it (their noisy-or): the distances
                    # of the first readings still order namesakes the count ties.
                    near = w.colocation * (1.0 - math.exp(-colocated[p]))
                    support[p] = 1.0 - (1.0 - support[p]) * (1.0 - near)
            best_rec = max(support, key=support.__getitem__)
            best, best_cc = support[best_rec], row(best_rec).country_code
            # A town of note outweighs a hamlet with no place of the text next to it
            # (the namesakes of the text's other names next to it are such places).
            b_row = row(best_rec)
            b_named = (best_region := (best_cc, b_row.admin1[0])) in ctx.named_regions
            b_km = hamlet_km(near_km[best_rec], colocated.get(best_rec))  # type: ignore[index]
            behind = {
                r: w.support * (best - v)
                for r, v in support.items()
                if v < best
                and not outweighs_village(row(r).population, b_row.population, b_km, b_named)
            }
            # The best placed namesake in a region the text names outright, among the
            # text's places ("Indiana ... Scott County ... Austin"): a large namesake in
            # a region it never names loses its size's exemption (not Austin, Texas).
            best_named = best >= w.named_support and b_named
    # A long compound spelt otherwise ("Maarat al-Numan") is telling on its own.
    strong_spelling = m.fuzzy and " " in m.key and len(m.key.replace(" ", "")) >= 12
    # A bare name reads as the city a region is named after when the text's other places
    # lie around that city ("Shelling hit Zaporizhzhia and Orikhiv"): they are then no
    # reason to read it as the region ("from Quebec" among places across the province is).
    # A lone candidate has no namesake city beside it.
    named_after = (
        regions_named_after_a_candidate(gaz, ranked, rows, m.key)
        if others and len(ranked) > 1 and m.reading != "region" and m.cue != "region"
        else _NO_VOTES
    )
    # A text about one country (or two): a reading in a country it never otherwise speaks of, far
    # from all its places, is a namesake the gazetteer has in its stead (Blida: not Algeria's).
    stray = (
        stray_candidates(gaz, w, m, ranked, rows, ctx, countries, own_c)
        if total > 0 and not m.containers
        else _NO_VOTES
    )
    # "near A, B and C" with B and C together: a village the name is only spelt like,
    # or called, far from all of them is a namesake of one the gazetteer lacks.
    list_apart = (
        hint is not None
        and hint.bearing_deg is None
        and len(partners) >= 2
        and lie_together(partners)
    )
    # "the ports of Hodeidah, Salif and Ras Isa": another name of a place a country away
    # from them all (stray_km), when a place of the name lies that near one, is no reading.
    apart_alt = alternates_apart(gaz, ranked, rows, partners, w.stray_km)
    in_named = (
        named_home(gaz, ranked, rows, ctx, regions, own_r, m.key) if len(ranked) > 1 else _NO_VOTES
    )
    far_km = ctx.region_km(named_after, near_km, w.support_population, ranked)
    cand_scores: dict[int, float] = {}
    # Plain dict look-ups (a Counter's missing key is a Python call) and locals: this
    # loop runs for every candidate of every name.
    c_get, own_c_get, r_get, own_r_get = countries.get, own_c.get, regions.get, own_r.get
    fuzzy, reading, key, front = m.fuzzy, m.reading, m.key, m.front
    if reading == "city" and any(
        rr.kind == "country" and r.quality == QUALITY_PRIMARY
        for r, rr in zip(ranked, rows, strict=True)
    ):
        # A city reading tells a city from its region, never from the country called so:
        # "between Mexico and the United States" is not Mexico, Missouri.
        reading = ""
    if reading == "home":  # "her parents live in Poltava": a region's own namesake city
        reading = "city" if named_after_own_city(gaz, named_after) else ""
    container_ccs = {reading[0] for reading in m.containers} if m.containers else ()
    region_cue = m.cue == "region"
    directed = hint is not None and hint.bearing_deg is not None
    band = village_within(hint, hint_anchor, rows) if directed or not m.siblings else None
    sole = sole_row(gaz, anchor, m)
    for r, rr in zip(ranked, rows, strict=True):
        rec = r.record
        cc, kind = rr.country_code, rr.kind
        point_like = kind == "place" or kind == "admin2"
        fit = None
        if hint_anchor is not None and point_like:
            # a village of the name fitting the hint's band: a town fits only as near
            fit = fits_band(hint, hint_anchor, rr.lat_lon, rr.population, band, sole)  # type: ignore
        in_country = c_get(cc, 0) - own_c_get(cc, 0)
        if fuzzy and not (
            fit
            or strong_spelling
            or (
                total > 0
                and in_country > 0
                and (
                    near_km is None
                    or near_km.get(rec, math.inf) <= w.fuzzy_km
                    or rr.population >= w.fuzzy_city_population  # Hodeidah, far from Aden
                )
            )
        ):
            continue  # a name spelt like this one, which nothing else in the text supports
        if (
            partners
            and point_like
            and fuzzy
            and _apart_km(rr.lat_lon, partners) > w.other_name_km
        ):
            continue  # "near Rabotino, Orekhov and Gulyaipole": not Rybotyn by Chernihiv
        if rec in apart_alt:
            continue
        if (
            list_apart
            and point_like
            and rr.population < w.list_village_population
            and _apart_km(rr.lat_lon, partners) > w.other_name_km
        ):
            continue  # "near Lozova, Kurylivka, Zahryzove and Pishchane": not Poltava's
        s = w.prior * r.score
        if other and rec in other:
            s -= other_name
            if fit and not directed and len(m.siblings) > 1:
                # "near Ugledar, Maryinka, Kremennaya, Seversk" spans a front, and never
                # says the name is another one of the place next to a partner ("near
                # Petrivka and Toretsk", a pair, says they lie close together).
                fit = None
        if fit:
            s += w.hint
        elif fit is not None and directed:
            # Only a stated direction rules a namesake out: "near X and Y" names two
            # places close together, which two cities 150 km apart still are to a
            # reader; it must never turn them into their regions.
            s -= w.hint
        if point_like and (against_at or against_in) and ruled_out(rr, against_at, against_in):
            s -= w.hint  # the namesake the text says it is not
        if reading == "village" and (kind != "place" or rr.population >= w.village_population):
            s -= w.village  # "in Blida, a village close to the border": not Algeria's city
        elif reading == "country":
            if kind == "country":
                s += w.reading  # "the border with Niger": the country, not Niger State
        elif reading and (kind == "admin1" or kind == "place") and (
            (reading == "region") == (kind == "admin1")
        ):
            s += w.reading
        if total > 0 and cc:
            share = in_country / total
            if (
                rec in far_km
                and nearest_cc
                and cc != nearest_cc
                and rr.population < w.support_population
                and not ctx.named_in(key, cc, rr.admin1[0], nearest_cc)
            ):
                # The country counts less for a namesake farther from the text's places
                # than one across a border: Pokrovsk near Belgorod, not Engels on the
                # Volga (within one country, it is the better-known namesake's due; for
                # a large city, or in a country or region the text names, it stays whole:
                # Donetsk with Luhansk, not the Donetsk of Rostov Oblast nearer to it).
                share *= math.exp(-max(0.0, far_km[rec] - nearest) / w.country_km)
            s += w.country * share
        if kind != "country" and kind != "other":
            region = (cc, rr.admin1[0])
            if r_get(region, 0) - own_r_get(region, 0) > 0:
                s += w.region
                if rec in in_named:
                    s += w.named_region  # "Huntsville ... Texas": the Texan town
        if front and rec in front:
            s += w.front  # the front-line prior (geo.text.front)
        if point_like and near_km is not None:
            s += w.proximity * math.exp(-near_km[rec] / w.proximity_km)
            loss = behind.get(rec) if behind else None
            if loss and (
                (  # (a region the text names holds its namesakes alike: a village loses)
                    (rr.population < w.support_population
                     and not ctx.named_in(key, cc, rr.admin1[0], best_cc))
                    or (region == best_region and rr.population < w.list_village_population)
                )
                or (best_named and (cc, rr.admin1[0]) not in ctx.named_regions)
            ):
                s -= loss
        elif (
            kind == "admin1"
            and others
            and not city_near_others(
                cities := named_after.get(rec, ()), near_km, namesake_reach_km(gaz, rec, cities)
            )
            and ctx.region_contains_any(rec, key)
            and not ctx.worded_region(key)  # "the Mandalay Region ... for Mandalay": the city
        ):
            s += w.proximity  # a region around the text's other places
        if stray and rec in stray:
            s -= w.stray
        if cc in container_ccs:
            s += w.container
        if region_cue and kind == "admin1":
            s += w.region_cue
        if n_siblings and (kind == "country" or kind == "admin1"):
            # Countries list with countries anywhere, regions with regions of their
            # own country ("Georgia, Oklahoma and Ohio").  Not places: a list of
            # cities is no reason to read a state as a small town of its name.
            same = (
                sum(v for (k, _), v in sibling_kinds.items() if k == kind)
                if kind == "country"
                else sibling_kinds.get((kind, cc), 0)
            )
            s += w.siblings * same / n_siblings
        if (
            (n_siblings > 1 or ("place", "") in sibling_kinds)
            and kind == "admin1"
            and rec in named_after
            and all(k == "place" for k, _ in sibling_kinds)
        ):
            # A region named after a city that is a candidate too, listed with places
            # only: the city ("in Novorossiysk, Tuapse and Krasnodar", not Krasnodar
            # Krai; "Ledyard, Cayuga County, New York" is a chain of containers; with a
            # name the gazetteer lacks, a village, even a pair: "Hsipaw and Mandalay").
            s -= w.siblings
        cand_scores[rec] = s
    return cand_scores


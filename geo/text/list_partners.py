"""Stage 3b of the geoparser: a front-line village the gazetteer lacks, named with places
it knows, is estimated around them.

Wire copy lists villages of one area together: "residents of Guevo and Gornal were told
to leave", "shelling damaged houses in Kozinka and Glotovo". Recognition keeps a name
the gazetteer lacks when it is listed with a place (:attr:`Mention.unknown`), but with
no relative-location hint nothing locates it and it is dropped (so is a name only spelt
like places far off, :attr:`Mention.fuzzy`: Glotovo, Belgorod Oblast, is no Glotove).
:func:`anchor_partners` gives such a name a "near" hint (any direction, within
:data:`~geo.text.hints.NEAR_KM`) anchored on the place it is listed with, else on the
nearest place its sentence names (before it, or after it: "toward Sverdlikovo and
Plekhovo, west and south of Sudzha"), else one its paragraph names before; the geoparser
then estimates it around that place. Only a partner read (resolution's pass 1) as a
populated place of the front's regions (:data:`geo.text.front.FRONT_REGIONS`) anchors:
there, a village list spans a few tens of km; elsewhere a list may span a country ("in
Smithville and Dallas").

A name the gazetteer has only as a village off the front ("attacked Stepnohirsk and
Plavni" in a text about fighting: its one Plavni lies in Odesa Oblast, 600 km from
Stepnohirsk) read far from every front-line place it is listed with is such a village
too: it loses its candidates and is estimated by its partner, unless GeoNames has the
name, spelt otherwise, by the partners (:mod:`geo.text.variant_namesakes`); so is a
village of any region forces attack or move from ("attacked Chasiv Yar from Bohdanivka
and Ivanivske": not Dnipropetrovsk Oblast's Bohdanivka, 130 km off).

Cost: a bounded look at the mentions around each such name (linear in the mentions).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .compact_lists import local_lists as focus_lists  # front's focus, then compact lists
from .front import FRONT_REGIONS, about_fighting
from .hints import NEAR_KM, Hint
from .list_core import astray_from_core, namesake_villages
from .list_kinds import span_end
from .list_towns import TOWN_POPULATION
from .movement_names import moved_from
from .ranking import first_readings
from .strays import LIST_KM
from .tokens import Mention
from .variant_namesakes import variant_namesakes

__all__ = ["HAMLET_POPULATION", "PARTNER_REACH", "anchor_partners", "front_reading"]

#: Mentions looked at before a name for a partner (after it: within its sentence, half
#: as many).
PARTNER_REACH = 6
#: A list partner this small, read across the border from the place that anchors its
#: list, is a village of the anchor's side the gazetteer lacks.
HAMLET_POPULATION = 1_000
#: A sentence's end, or a paragraph's.
_BREAK = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“])|\n")


def anchor_partners(
    text: str, gazetteer: Gazetteer, mentions: Sequence[Mention], hints: Mapping[int, Hint]
) -> dict[int, Hint]:
    """The hints, plus a "near" hint for each listed name the gazetteer lacks that has
    none, anchored on a front-line place named with it.

    Parameters
    ----------
    text : str
    gazetteer : Gazetteer
    mentions : sequence of Mention
        The text's mentions, in order.
    hints : mapping of int to Hint
        Mention index -> its hint; not modified.  A name with a hint keeps it.

    Returns
    -------
    dict of int to Hint
        The same hints, plus, for the first mention of each name the gazetteer lacks
        (``unknown``) or only spells like (``fuzzy``) with no hint: a hint with no
        direction within :data:`~geo.text.hints.NEAR_KM` of its partner, whose pass-1
        reading is a populated place of :data:`~geo.text.front.FRONT_REGIONS`: the
        first of its list's names (nearest first, before it first) read within
        :data:`LIST_KM` of such a place named around it (if any is), else the nearest
        such place its sentence names (before it, then after it), else the nearest
        named before it in its paragraph (:data:`PARTNER_REACH` mentions back at most).
        With such a place as anchor,
        a partner of its list read as the name's only place, a hamlet across the border
        farther than :data:`LIST_KM` from it, gets the same hint, and its mention is
        marked ``unknown`` (its candidates dropped): it is estimated there too.
    """
    # A repeat of a name takes the estimate of its first mention (share_estimates).
    seen: set[str] = set()
    todo = []
    partnered = set()  # "near Gornal and Oleshnya": hinted by a partner across the border?
    firsts: dict[int, int | None] = {}
    fighting: bool | None = None
    for j, m in enumerate(mentions):
        if j not in hints and (m.unknown or m.fuzzy) and span_end(text, mentions, j):
            continue  # "the line from Volchansk in the north to Rabotino in the south"
        if j in hints and m.key not in seen and _hamlet_partner(gazetteer, mentions, j, hints):
            todo.append(j)
            partnered.add(j)
        elif j not in hints and m.key not in seen:
            if m.unknown or m.fuzzy:
                todo.append(j)
            elif m.siblings and (
                _small_off_front(gazetteer, m)
                or _moved_village(text, gazetteer, m, MOVED_TOWN_POPULATION)
            ):
                if fighting is None:
                    fighting = about_fighting(text)
                # A moved village is far from the places its sentence names before it too.
                # (and lies within LIST_KM of them: forces attack from a few km off); so
                # is a moved town, when its partner and those places lie together
                # ("advanced west of Huliaipole toward Dobropillia and Vozdvyzhivka").
                off = _small_off_front(gazetteer, m)
                # ... and so is a village off the front listed only with names read by
                # spelling ("mine clearance continues in Gornal and Plekhovo" after Sudzha).
                alone = all(mentions[i].fuzzy or mentions[i].unknown for i in m.siblings)
                said = () if off and not alone else _said_before(text, mentions, j)
                town = not off and not _moved_village(text, gazetteer, m, TOWN_POPULATION)
                far_km = FAR_KM if off else LIST_KM
                if fighting and _far_hamlet(
                    gazetteer, mentions, j, firsts, said, far_km, together=town
                ):
                    # "attacked Stepnohirsk and Plavni": not Odesa Oblast's Plavni,
                    # 600 km off, but a village by Stepnohirsk the gazetteer lacks.
                    m.unknown, m.candidates = True, []
                    todo.append(j)
            elif m.siblings and namesake_villages(gazetteer, m):
                if fighting is None:
                    fighting = about_fighting(text)
                if fighting and astray_from_core(gazetteer, mentions, j):
                    # "on Yunakivka, Andriivka, Oleksiivka and Basivka": not Kharkiv
                    # Oblast's Andriivka, 214 km from the two that lie together.
                    m.unknown, m.candidates = True, []
                    todo.append(j)
        seen.add(m.key)
    if not todo:
        return focus_lists(text, gazetteer, mentions, hints)
    out = dict(hints)

    def front_place(i: int) -> bool:
        m = mentions[i]
        if m.unknown or m.fuzzy or m.demonym_country or m.actor:
            return False
        if i not in firsts:
            firsts.update(first_readings(gazetteer, mentions, [i]))
        rec = firsts[i] = front_reading(gazetteer, m, firsts[i])  # "Udachnoye": Udachne
        return (
            rec is not None
            and gazetteer.is_place(rec)
            and (gazetteer.country_code(rec), gazetteer.admin1(rec)[0]) in FRONT_REGIONS
        )

    def _agrees(i: int, around: Sequence[int]) -> bool:
        """Is list partner ``i`` read within LIST_KM of a front place named around the
        name, if any is ("toward Gornal and Oleshnya" after Sudzha: not Sumy Oblast's
        Oleshnya, 100 km off)?"""
        here = gazetteer.lat_lon(firsts[i])
        others = [o for o in around if o != i]
        return not others or any(
            distance_km(here, gazetteer.lat_lon(firsts[o])) <= LIST_KM for o in others
        )

    def _across_the_border(i: int, anchor: int) -> bool:
        """Is list partner ``i`` read as the name's only place, a hamlet (fewer than
        :data:`HAMLET_POPULATION` people) of the front in another country than the
        anchor's place, farther than :data:`LIST_KM` from it?"""
        if not front_place(i):
            return False
        rec, there = firsts[i], firsts[anchor]
        places = [c.record for c in mentions[i].candidates if gazetteer.is_place(c.record)]
        return (
            places == [rec]
            and gazetteer.population(rec) < HAMLET_POPULATION
            and gazetteer.country_code(rec) != gazetteer.country_code(there)
            and distance_km(gazetteer.lat_lon(rec), gazetteer.lat_lon(there)) > LIST_KM
        )

    def _earlier(j: int) -> list[int]:
        """The nearest front place named before mention ``j`` in an earlier paragraph."""
        back = range(j - 1, max(-1, j - 1 - 2 * PARTNER_REACH), -1)
        listed = mentions[j].siblings
        return next(([i] for i in back if i not in listed and front_place(i)), [])

    def _across_partner(j: int, around: Sequence[int]) -> None:
        """Name ``j``, hinted by its list partner: when that partner is a hamlet across
        the border from the front place named before it ("near Gornal and Oleshnya"
        after Sudzha: not Sumy Oblast's Vilshana), both lie by that place."""
        partner = hints[j].anchor
        around = [i for i in around if i != partner] or _earlier(j)
        if not around or not front_place(partner) or _agrees(partner, around):
            return
        if _across_the_border(partner, around[0]):
            for i in (j, partner):
                p = mentions[i]
                if i == partner or not front_place(i):
                    p.unknown, p.candidates = True, []
                out[i] = Hint(around[0], None, 180.0, 0.0, NEAR_KM, None, p.start, p.end)

    for j in todo:
        m = mentions[j]
        listed = sorted(m.siblings, key=lambda i: (abs(i - j), i > j))
        own, before = [], []  # its sentence's mentions before it, then earlier ones
        for i in range(j - 1, max(-1, j - 1 - PARTNER_REACH), -1):
            if "\n" in text[mentions[i].end : mentions[i + 1].start]:
                break  # another paragraph
            ended = before or _BREAK.search(text, mentions[i].end, mentions[i + 1].start)
            (before if ended else own).append(i)
        after = []
        for i in range(j + 1, min(len(mentions), j + 1 + PARTNER_REACH // 2)):
            if _BREAK.search(text, mentions[i - 1].end, mentions[i].start):
                break  # another sentence
            after.append(i)
        # A name with no front reading: its sentence's places (not its list's) first: "near
        # Mariupol. ... north of Robotyne and east of Verbove" (not Mariupol, 135 km off).
        first = [] if _front_spelt(gazetteer, m) else [i for i in (*own, *after) if i not in listed]
        around = [i for i in dict.fromkeys((*first, *own, *before, *after)) if front_place(i)]
        if j in partnered:
            _across_partner(j, around)
            continue
        anchor = next((i for i in listed if front_place(i) and _agrees(i, around)), None)
        if anchor is None and around:
            anchor = around[0]
            for i in listed:
                if i not in out and _across_the_border(i, anchor):
                    # "toward Gornal and Oleshnya" after Sudzha: a hamlet of the name
                    # across the border is not the one meant; both lie by Sudzha.
                    mentions[i].unknown, mentions[i].candidates = True, []
                    p = mentions[i]
                    out[i] = Hint(anchor, None, 180.0, 0.0, NEAR_KM, None, p.start, p.end)
        if anchor is not None:
            out[j] = Hint(anchor, None, 180.0, 0.0, NEAR_KM, None, m.start, m.end)
    return focus_lists(text, gazetteer, mentions, out)  # "Dvorichna ... Kolodiazne and Kamianka"


def front_reading(gaz: Gazetteer, m: Mention, rec: int | None) -> int | None:
    """``rec`` (gazetteer record), the context-free reading of mention ``m``, or, when it
    is a place of Russia outside :data:`~geo.text.front.FRONT_REGIONS` while the front-line prior
    marked candidates of ``m`` (:func:`geo.text.front.mark_front`), the first of those
    that is a place.  Russian spellings of front-line villages are often the names of
    Russian towns ("Udachnoye", read alone as Udachny in Yakutia; "Krasnoarmeysk" as
    the Saratov Oblast town): in a text about fighting, the place resolution will read
    anchors a village listed with it ("taking Udachnoye and Kotlino": Kotlyne by
    Udachne, not by Mezhova, named later).  Cost: the mention's candidates."""
    if not m.front or rec is None or not gaz.is_place(rec):
        return rec  # a region stays one ("western Zaporizhzhia Oblast")
    if (
        gaz.country_code(rec) != "RU"
        or (gaz.country_code(rec), gaz.admin1(rec)[0]) in FRONT_REGIONS
    ):
        return rec  # a town abroad is no Russian spelling's (Cambridge, Uzbekistan's Druzhba)
    marked = (c.record for c in m.candidates if c.record in m.front and gaz.is_place(c.record))
    return next(marked, rec)


def _front_spelt(gaz: Gazetteer, m: Mention) -> bool:
    """Is ``m`` a close spelling of a place of the front's regions ("Vouhledar")?"""
    return m.fuzzy and any(
        gaz.is_place(c.record)
        and (gaz.country_code(c.record), gaz.admin1(c.record)[0]) in FRONT_REGIONS
        for c in m.candidates
    )


def _hamlet_partner(
    gaz: Gazetteer, mentions: Sequence[Mention], j: int, hints: Mapping[int, Hint]
) -> bool:
    """Is mention ``j`` hinted "near" its list partner, whose one place is a hamlet (fewer
    than :data:`HAMLET_POPULATION` people)?  (A cheap gate: no reading is made.)"""
    hint = hints[j]
    if hint.bearing_deg is not None or hint.anchor not in mentions[j].siblings:
        return False
    places = [c.record for c in mentions[hint.anchor].candidates if gaz.is_place(c.record)]
    return len(places) == 1 and gaz.population(places[0]) < HAMLET_POPULATION


#: A listed name off the front whose places are all smaller than this (people), read
#: farther than :data:`FAR_KM` from a front-line place it is listed with, is a village
#: of the front the gazetteer lacks.
SMALL_POPULATION = 5_000
#: ... that far (km): a front sector's list spans tens of km, not a country.
FAR_KM = 2 * LIST_KM


def _small_off_front(gaz: Gazetteer, m: Mention) -> bool:
    """Are all of ``m``'s place candidates (one at least) villages (under
    :data:`SMALL_POPULATION` people) outside the front's regions?"""
    places = [c.record for c in m.candidates if gaz.is_place(c.record)]
    return bool(places) and all(
        gaz.population(r) < SMALL_POPULATION
        and (gaz.country_code(r), gaz.admin1(r)[0]) not in FRONT_REGIONS
        for r in places
    )


#: A name forces move toward whose places are all smaller than this (people) may be a
#: village the gazetteer lacks, when its partner and its sentence's places lie together
#: farther than :data:`~geo.text.strays.LIST_KM` from it.
MOVED_TOWN_POPULATION = 50_000


def _moved_village(text: str, gaz: Gazetteer, m: Mention, under: int) -> bool:
    """Is ``m`` a name forces attack or move from or toward ("attacked Chasiv Yar from
    Bohdanivka and Ivanivske": :func:`geo.text.movement_names.moved_from`) whose place
    candidates (one at least) are all smaller than ``under`` people?  Such a village
    lies by its partners, wherever the front's regions have namesakes."""
    places = [c.record for c in m.candidates if gaz.is_place(c.record)]
    return (
        bool(places)
        and all(gaz.population(r) < under for r in places)
        and moved_from(text, m.start)
    )


def _said_before(text: str, mentions: Sequence[Mention], j: int) -> tuple[int, ...]:
    """The mentions before ``j`` in its sentence (at most :data:`PARTNER_REACH`)."""
    out = []
    for i in range(j - 1, max(-1, j - 1 - PARTNER_REACH), -1):
        if _BREAK.search(text, mentions[i].end, mentions[i + 1].start):
            break
        out.append(i)
    return tuple(out)


def _far_hamlet(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    j: int,
    firsts: dict[int, int | None],
    said: Sequence[int] = (),
    far_km: float = FAR_KM,
    *,
    together: bool = False,
) -> bool:
    """Is name ``j`` read (pass 1) farther than ``far_km`` from every list partner
    (and every mention of ``said``) read as a populated place of the front, with one
    such partner at least (two, all within :data:`~geo.text.hints.NEAR_KM` of each
    other, where ``together``)?"""
    partners = (*mentions[j].siblings, *said)
    want = [j, *(i for i in partners if i not in firsts)]
    firsts.update(first_readings(gaz, mentions, [i for i in want if i not in firsts]))
    rec = firsts.get(j)
    if rec is None or not gaz.is_place(rec):
        return False
    here = gaz.lat_lon(rec)
    front = [
        gaz.lat_lon(r)
        for i in partners
        if (r := firsts.get(i)) is not None
        and not mentions[i].fuzzy  # a reading by spelling alone locates nothing
        and gaz.is_place(r)
        and (gaz.country_code(r), gaz.admin1(r)[0]) in FRONT_REGIONS
    ]
    if not front or any(distance_km(here, p) <= far_km for p in front):
        return False
    if not said and len(front) == 1 and _surer_than_partner(gaz, mentions, j):
        return False  # "withdrew from Velyka Novosilka and Prymorske": the pair's stray is
        # the name of many namesakes, not the one place of its name
    # "attacked Chasiv Yar from Bohdanivka and Ivanivske": a village of the name the
    # gazetteer has by a partner is the one meant, though pass 1 read another.
    places = [c.record for c in mentions[j].candidates if gaz.is_place(c.record)]
    if any(distance_km(gaz.lat_lon(r), p) <= LIST_KM for r in places for p in front):
        return False
    if together and (
        len(front) < 2 or any(distance_km(a, b) > NEAR_KM for a in front for b in front)
    ):
        return False
    # "Dzhankoi, Feodosia and Zelena": GeoNames' Crimean "Zelene", a spelling of the
    # name by the partners, is the village (geo.text.variant_namesakes settles it).
    namesakes = variant_namesakes(gaz, [mentions[j]]).get(mentions[j].key, ())
    return not any(
        distance_km(gaz.lat_lon(r), p) <= far_km for r in namesakes if r != rec for p in front
    )


def _surer_than_partner(gaz: Gazetteer, mentions: Sequence[Mention], j: int) -> bool:
    """Is name ``j`` the one populated place of its name, listed with a single partner
    that names several?  Then, two names far apart and nothing else named, ``j`` is no
    stray of its list: the partner, whose reading is a choice among namesakes, is."""
    def places(m: Mention) -> int:
        return sum(1 for c in m.candidates if gaz.is_place(c.record))

    siblings = mentions[j].siblings
    return places(mentions[j]) == 1 and len(siblings) == 1 and places(mentions[siblings[0]]) > 1

"""Names a text introduces with their container ("Victoria is a small city in Ellis
County, Kansas", "Paris, Tex."): the name is that place wherever the text repeats it.

- :func:`repeat_introduced` (recognition) finds the bare repeats recognition's caution
  dropped;
- :func:`stated_candidates` (before resolution) adds the candidates inside the stated
  containers beyond the first ones a look-up keeps;
- :func:`as_introduced` (after resolution) gives the bare repeats the introduced
  mention's reading, :func:`as_spelt` (resolution's last step) those of a name read by
  its spelling its first reading;
- :func:`stated_places` and :func:`container_estimate` locate a name the gazetteer lacks
  in the smallest container the text states.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from shapely.geometry import Point

from ..gazetteer.index import Candidate, Gazetteer
from ..geometry import distance_km, ring
from .candidates import MAX_CANDIDATES
from .city_openers import kept_city
from .compound_names import named_region
from .hints import Hint
from .name_memory import word_before_noun
from .name_words import is_common
from .tokens import Mention, _norm, _Tokens

__all__ = [
    "COUNTY_KM",
    "as_introduced",
    "as_spelt",
    "container_estimate",
    "near_hint_first",
    "repeat_introduced",
    "stated_candidates",
    "stated_places",
]


def stated_candidates(mentions: Sequence[Mention], gaz: Gazetteer) -> list[Mention]:
    """Every mention of a name, with the candidates inside the containers the text
    states for that name anywhere ("Victoria, Kansas", "Victoria is a city in Ellis
    County, Kansas ... Victoria"), beyond the first :data:`MAX_CANDIDATES` of its
    look-up that recognition keeps.

    Returns a new list; a mention that gains candidates is a new record (the others are
    the same objects).  Names read by spelling alone, and demonyms, are left as they are.
    Cost: one look-up per distinct name with a stated container.
    """
    stated: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        if m.containers and not m.fuzzy and not m.demonym_country:
            stated.setdefault(m.key, set()).update(m.containers)
    if not stated:
        return list(mentions)
    extra: dict[str, list[Candidate]] = {}
    for key, where in stated.items():
        regions = {r for r in where if r[1]}
        countries = {cc for cc, a1 in where if not a1}
        found = []
        for c in gaz.lookup_normalized(key)[MAX_CANDIDATES:]:
            row = gaz.row(c.record)
            if (row.country_code, row.admin1[0]) in regions or row.country_code in countries:
                found.append(c)
        if found:
            extra[key] = found
    out = []
    for m in mentions:
        more = extra.get(m.key) if not m.fuzzy and not m.demonym_country else None
        if more:
            have = {c.record for c in m.candidates}
            add = [c for c in more if c.record not in have]
            if add:
                m = replace(m, candidates=[*m.candidates, *add])
        out.append(m)
    return out


#: Capitalised words that open a sentence before a name, no part of it ("The Galong
#: deposit", "In Galong"): read so before a name read by its spelling.
_OPENERS = frozenset("the in at on of near from to and but a an for off by outside".split())


def repeat_introduced(
    text: str,
    tokens: _Tokens,
    mentions: list[Mention],
    gaz: Gazetteer,
    not_places: set[str],
) -> list[Mention]:
    """The other occurrences of a name the text introduces with its container, or as a
    place the gazetteer lacks.

    "Paris, Tex." or "Richmond is a village in McHenry County, Illinois" makes the name
    a place of the text: its bare repeats are mentions too where recognition's caution
    dropped them ("Richmond was founded in 1837", a common word at a sentence's start).
    So does a cue or a hint for a name the gazetteer lacks ("near Robotyne, south of
    Orikhiv"): its repeats ("advanced 2 km southwest of Robotyne") are unknown mentions
    too, which :func:`geo.text.hinted.share_estimates` gives the first one's estimate.
    Not inside a longer run of capitalised words ("Abraham Lincoln", "Boston Celtics"),
    nor a surname the text has used for a person.  Returns ``mentions`` with the
    repeats added, in text order.  Cost: one pass over the capitalised words.
    """
    introduced: dict[str, tuple[str, ...]] = {}
    unknown: set[str] = set()
    spelt: set[str] = set()
    for m in mentions:
        if m.key in not_places or m.demonym_country:
            continue
        if m.unknown or m.fuzzy:
            # "near Robotyne ... advanced southwest of Robotyne": a village the gazetteer
            # lacks (or spells otherwise), which a cue or a hint made a place of the text.
            unknown.add(m.key)
            if m.fuzzy:
                spelt.add(m.key)
            introduced.setdefault(m.key, tuple(m.key.split()))
        elif m.containers and not m.fuzzy and m.cue != "region" and not m.by_demonym:
            introduced.setdefault(m.key, tuple(m.key.split()))
    if not introduced:
        return mentions
    by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for key, words in introduced.items():
        by_first.setdefault(words[0], []).append((key, words))
    taken = set()
    for m in mentions:
        taken.update(range(m.first, m.last + 1))
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    n = len(words)
    added = []
    for i in tokens.capitalized:
        if i in taken:
            continue
        # (a word's normal form from the tokens' memo: normalize's, for a word)
        for key, parts in by_first.get(_norm(words[i]), ()):
            last = i + len(parts) - 1
            if last >= n or any(
                _norm(words[i + k]) != parts[k] or text[ends[i + k - 1] : starts[i + k]] != " "
                for k in range(1, len(parts))
            ):
                continue
            if any(k in taken for k in range(i, last + 1)):
                continue
            if (
                i
                and text[ends[i - 1] : starts[i]] == " "
                and words[i - 1][0].isupper()
                and not (key in spelt and words[i - 1].lower() in _OPENERS)
            ):
                continue  # "Abraham Lincoln", "Fort Boston"; a spelt "The Galong deposit" is
            if last + 1 < n and text[ends[last] : starts[last + 1]] == " " and (
                words[last + 1][0].isupper()
            ):
                continue  # "Boston Celtics", "Lincoln Memorial"
            if (
                i == last
                and tokens.at[i].initial
                and is_common(gaz, key, 2_000)
                and word_before_noun(text, ends[last])
            ):
                continue  # "Mobile users ...": an everyday word before its noun
            if key in unknown:
                # "the port of Hodeidha ... west of Hodeidha": a name read by its spelling
                # is read as its first mention is (:func:`as_spelt`).
                repeat = key in spelt
                added.append(
                    Mention(starts[i], ends[last], key, i, last, unknown=True, repeat=repeat)
                )
            else:
                candidates = gaz.lookup_normalized(key)[:MAX_CANDIDATES]
                added.append(Mention(starts[i], ends[last], key, i, last, candidates=candidates))
            taken.update(range(i, last + 1))
            break
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def as_introduced(
    mentions: Sequence[Mention],
    scores: Sequence[Mapping[int, float]],
    out: list[tuple[int | None, float]],
    gaz: Gazetteer | None = None,
) -> None:
    """A name given once with its container ("Boston is a town in Erie County, New
    York", "Paris, Tex.") is that place wherever the text repeats it bare: the first
    such mention's reading is every bare mention's (``out`` is changed in place).
    When the gazetteer has no place of the name in the stated region at all ("Lima is a
    town in Seminole County, Oklahoma"), the bare repeats are no place either (not Lima
    in Peru): :func:`stated_places` locates them all in the container.

    A bare mention whose candidates lack that place ("the X region" after "X, Texas"),
    or (:func:`kept_city`) "X city", read by spelling, told apart or negated keeps its own.
    """
    introduced: dict[str, int] = {}
    for j, m in enumerate(mentions):
        if m.containers and not (m.fuzzy or m.demonym_country or m.apart or m.by_demonym):
            introduced.setdefault(m.key, j)
    if not introduced:
        return
    for k, m in enumerate(mentions):
        if m.containers or m.fuzzy or m.demonym_country or m.apart or m.against:
            continue
        j = introduced.get(m.key)
        if j is None:
            continue
        found = out[j]
        if found[0] is None:
            if not scores[j] and _stated_regions(mentions[j]):
                out[k] = (None, out[k][1])  # none of the name's places lies there
        elif found[0] != out[k][0] and found[0] in scores[k]:
            out[k] = out[k] if kept_city(gaz, m, found[0], out[k][0]) else found


def as_spelt(
    mentions: Sequence[Mention], resolved: Sequence[tuple[int | None, float]]
) -> list[tuple[int | None, float]]:
    """The readings, each bare repeat of a name read by its spelling
    (:attr:`Mention.repeat`, found by :func:`repeat_introduced`) given the final reading
    of the name's first mention read so ("the port of Hodeidha ... 70 nautical miles
    west of Hodeidha": a statement about the repeat is measured from the same place),
    else none.  The last step of resolution: a repeat is no evidence for the other
    names' readings, as a name read by its spelling is none.  One pass over the mentions.
    """
    first: dict[str, tuple[int | None, float]] = {}
    for m, found in zip(mentions, resolved, strict=True):
        if m.fuzzy and not m.repeat and found[0] is not None:
            first.setdefault(m.key, found)
    if not first:
        return list(resolved)
    return [
        first.get(m.key, found) if m.repeat else found
        for m, found in zip(mentions, resolved, strict=True)
    ]


def _stated_regions(m: Mention) -> set[tuple[str, str]]:
    """The first-level regions (country, admin-1 code) stated as a mention's containers."""
    return {r for r in m.containers if r[1]}


def _coded_region(gaz: Gazetteer, rec: int, regions: set[tuple[str, str]]) -> int:
    """``rec``, or where it is a first-level region with no code of its own (a sliver of
    a Natural Earth polygon, "Krsko" beside the coded "Krško"), the stated region of its
    name and country: the definition's container, though resolution read the sliver."""
    row = gaz.row(rec)
    if row.kind != "admin1" or row.admin1[0]:
        return rec
    key = _norm(gaz.name(rec))
    for cc, a1 in sorted(regions):
        if cc == row.country_code:
            for other in gaz.regions(cc, a1):
                if _norm(gaz.name(other)) == key:
                    return other
    return rec


#: The containers a name's definition states are looked for among this many mentions
#: after it ("Lima is a town in Seminole County, Oklahoma, United States").
_CONTAINER_WINDOW = 6


def stated_places(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> dict[int, int]:
    """Where the text puts a name the gazetteer lacks: the smallest container it states.

    "Lima is a town in Seminole County, Oklahoma" when the gazetteer has no Lima in
    Oklahoma: the county (an admin-2 record read from the mentions just after the
    name, inside the stated region), else the stated region itself, when it lies in
    a country the text's places are read in at least half as often as in its main
    one.  Every mention of the name left without a place gets it.

    Parameters
    ----------
    gaz : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (record or None, score)
        Resolution's choice per mention, aligned with ``mentions``.

    Returns
    -------
    dict of int to int
        Mention index -> record of the container (admin-2 or admin-1) it lies in.
        Cost: a bounded look at the mentions after each stated name.
    """
    container: dict[str, int] = {}
    own: set[str] = set()
    for k, m in enumerate(mentions):
        if (
            m.key in container
            or resolved[k][0] is not None
            or m.candidates
            or m.fuzzy
            or m.demonym_country
        ):
            continue  # (a name the gazetteer lacks, unknown, has its stated region)
        regions = _stated_regions(m)
        if not regions:
            continue
        best = None
        for j in range(k + 1, min(len(mentions), k + 1 + _CONTAINER_WINDOW)):
            rec = resolved[j][0]
            if rec is None:
                continue
            rec = _coded_region(gaz, rec, regions)
            r = gaz.row(rec)
            if (r.country_code, r.admin1[0]) not in regions:
                continue
            if r.kind == "admin2":
                best = rec
                break
            if r.kind == "admin1" and best is None:
                best = rec
        if best is None and (best := named_region(gaz, m.key, regions)) is not None:
            own.add(m.key)  # the name's own last word states it: "... de l'Artibonite"
        if best is not None:
            container[m.key] = best
    if not container:
        return {}
    # Not in a country the rest of the text is hardly about ("in York Region, north of
    # Toronto", the region's name read as York in England): the container's country has
    # at least half the votes of the text's main one.
    votes = Counter(gaz.country_code(r) for r, _ in resolved if r is not None)
    top = max(votes.values(), default=0)
    container = {
        key: rec
        for key, rec in container.items()
        if 2 * votes[gaz.country_code(rec)] >= top or key in own
    }
    return {
        k: container[m.key]
        for k, m in enumerate(mentions)
        if m.key in container and resolved[k][0] is None and not m.fuzzy
    }


def near_hint_first(
    gaz: Gazetteer,
    stated: Mapping[int, int],
    hints: Mapping[int, Hint],
    resolved: Sequence[tuple[int | None, float]],
) -> dict[int, int]:
    """The stated containers (:func:`stated_places`), without the mentions a "near"
    hint (no direction) anchors on a place inside their container: "in the areas of
    Volchansk, Glubokoye, Liptsy and Starytsa in the Kharkov region" puts Starytsa
    within :data:`~geo.text.hints.NEAR_KM` of Volchansk, a far smaller area than the
    region's polygon, and the geoparser estimates it there instead.

    Parameters
    ----------
    gaz : Gazetteer
    stated : mapping of int to int
        Mention index -> record of its container (admin-2 or admin-1).
    hints : mapping of int to Hint
    resolved : sequence of (record or None, score)
        Resolution's choice per mention.
    """
    out = {}
    for k, container in stated.items():
        h = hints.get(k)
        anchor = resolved[h.anchor][0] if h is not None and h.bearing_deg is None else None
        if anchor is not None and gaz.is_place(anchor) and _in_container(gaz, anchor, container):
            continue
        out[k] = container
    return out


def _in_container(gaz: Gazetteer, rec: int, container: int) -> bool:
    """Is place ``rec`` inside the admin-1 or admin-2 region ``container``?"""
    if gaz.country_code(rec) != gaz.country_code(container):
        return False
    if gaz.kind(container) == "admin1":
        return gaz.admin1(rec)[0] == gaz.admin1(container)[0]
    area = gaz.geometry(container)
    if isinstance(area, Point):  # a county the gazetteer has as a point only
        return distance_km(gaz.lat_lon(rec), gaz.lat_lon(container)) <= COUNTY_KM
    return area.covers(Point(gaz.lat_lon(rec)[::-1]))


#: The radius (km) of the area allowed for a place located only by its county.
COUNTY_KM = 40.0


def container_estimate(gaz: Gazetteer, record: int) -> tuple[tuple[float, float], Any]:
    """The point (lat, lon) and area of a place known only to lie in ``record`` (an
    admin-2 or admin-1 region): the region's point, and its polygon, or a geodesic disc
    of :data:`COUNTY_KM` around a county the gazetteer has as a point only."""
    lat_lon = gaz.lat_lon(record)
    area = gaz.geometry(record)
    if isinstance(area, Point):
        area = ring(lat_lon, COUNTY_KM)
    return lat_lon, area

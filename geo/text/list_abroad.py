"""A village of a list read in another country, far from the country its partners lie in.

"Gangs killed dozens in Pont-Sonde, Liancourt, Saint-Marc and Petite-Riviere de
l'Artibonite": Saint-Marc and the Artibonite are Haiti's, and GeoNames' ``cities500``
has no Liancourt or Petite-Riviere there, so resolution takes the ones it has, a
French village 7,000 km off and a Mauritian one beyond.  A reader knows a list of
towns is a list of one country's towns.

:func:`list_strays_abroad` applies that rule after resolution.  A name of a list (its
:attr:`~geo.text.tokens.Mention.siblings`) read as a place of fewer than
:data:`~geo.text.list_towns.TOWN_POPULATION` people (or as no place, though the
gazetteer has namesakes of it, when the text names the partners' country right after
the list, or states it as the name's container, and none of its namesakes lies there:
"... and Liancourt in Haiti"), when

- more than half of its partners read are read in one country, at least
  :data:`MIN_PARTNERS` of them (or one, where that many other names of the text are
  read in that country: "in Pont-Sonde, Liancourt, Saint-Marc and Petite-Riviere de
  l'Artibonite", Saint-Marc and the Artibonite), and
- its own reading lies in another country, which no other name of the text is read
  in, more than :data:`FAR_KM` from every partner,

is read as its namesake in the partners' country (the one nearest the partners, within
:data:`~geo.text.list_reach.ASTRAY_KM` of one), or, with none, left without a place and
estimated in the first-level region of its nearest partner there, at that partner
(:func:`geo.text.container_partners.partner_estimate`).
A name the text's own words place (a container one of its namesakes lies in, a hint
with a bearing, a spelling match) keeps its reading.  Cost: per list name, its
siblings (a bounded window of the list) and its candidates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .compound_names import named_region
from .hints import Hint
from .list_frames import _own_words
from .list_reach import ASTRAY_KM
from .list_towns import TOWN_POPULATION
from .local_evidence import MAX_CANDIDATES
from .tokens import Mention

__all__ = ["FAR_KM", "MIN_PARTNERS", "list_strays_abroad"]

#: A list's partners in one country place it there with this many of them, at least.
MIN_PARTNERS = 2
#: A reading this far (km) from every partner is on another map.
FAR_KM = 1000.0


def list_strays_abroad(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
) -> tuple[list[tuple[int | None, float]], dict[int, int]]:
    """``resolved`` with each list name read abroad moved to its partners' country (a
    namesake there) or left without a place; and the region (record) to estimate each
    of those in, by mention index (module docstring)."""
    out = list(resolved)
    strays: dict[int, int] = {}
    held: dict[str, set[str]] = {}  # country -> the names read in it
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is None:
            rec = _own_region(gaz, m)
        if rec is not None:
            held.setdefault(gaz.country_code(rec), set()).add(m.key)
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if not m.siblings or not m.candidates:
            continue
        if rec is None:
            stated = {cc for cc, a1 in m.containers if not a1} | _list_country(
                gaz, mentions, resolved, k
            )
            if not stated or m.fuzzy or m.unknown:
                continue
        else:
            if not gaz.is_place(rec) or gaz.population(rec) >= TOWN_POPULATION:
                continue
            if held.get(gaz.country_code(rec), set()) - {m.key} or _own_words(gaz, m, hints.get(k)):
                continue
        partners = _partners(gaz, mentions, k, out, held)
        if partners is None:
            continue
        country, points, region = partners
        if len(points) < MIN_PARTNERS and len(held.get(country, set()) - {m.key}) < MIN_PARTNERS:
            continue  # one partner there, and the text hardly about its country
        if rec is None:
            if country not in stated or any(
                gaz.country_code(c.record) == country for c in m.candidates[:MAX_CANDIDATES]
            ):
                continue  # (a namesake there, left unread: the list's own rules decided)
        elif gaz.country_code(rec) == country or any(
            distance_km(gaz.lat_lon(rec), p) <= FAR_KM for p in points
        ):
            continue
        inside = _namesake_in(gaz, m, country, points)
        if inside is not None:
            out[k] = (inside, score)
        elif region is not None:
            out[k] = (None, score)
            strays[k] = region
    return out, strays


#: A country named this close (characters) after a list's last name is the list's.
_AFTER_LIST = 40


def _list_country(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
) -> set[str]:
    """The country named right after the last name of mention ``k``'s list ("... and
    Petite-Riviere de l'Artibonite in Haiti"), as a set of its code (empty if none)."""
    last = max((*mentions[k].siblings, k))
    for j in range(last + 1, min(len(mentions), last + 3)):
        rec = resolved[j][0]
        if mentions[j].start - mentions[last].end > _AFTER_LIST:
            break
        if rec is not None and gaz.kind(rec) == "country":
            return {gaz.country_code(rec)}
    return set()


def _partners(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    k: int,
    resolved: Sequence[tuple[int | None, float]],
    held: Mapping[str, set[str]],
) -> tuple[str, list[tuple[float, float]], int | None] | None:
    """(country, points of the partners read in it, first-level region record of the
    nearest of them in the list) of the country more than half of ``m``'s list partners
    are read in; else None.  A partner read in a country nothing else of the text is
    read in (a stray itself: "Liancourt, Saint-Marc and Petite-Riviere") is not counted;
    one the gazetteer lacks counts in the region its own last word names
    (:func:`~geo.text.compound_names.named_region`)."""
    counts: Counter[str] = Counter()
    read: list[tuple[int, str, int]] = []  # (distance in the list, country, record)
    for j in mentions[k].siblings:
        rec = resolved[j][0]
        if rec is None:
            rec = _own_region(gaz, mentions[j])
        if j == k or rec is None or gaz.kind(rec) not in ("place", "admin1", "admin2"):
            continue
        cc = gaz.country_code(rec)
        if held.get(cc, set()) <= {mentions[j].key}:
            continue
        counts[cc] += 1
        read.append((abs(j - k), cc, rec))
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    if 2 * n <= sum(counts.values()):
        return None
    mine = sorted((d, rec) for d, cc, rec in read if cc == country)
    regions = gaz.regions(country, gaz.admin1(mine[0][1])[0])
    return country, [gaz.lat_lon(rec) for _, rec in mine], (regions[0] if regions else None)


def _namesake_in(
    gaz: Gazetteer, m: Mention, country: str, points: Sequence[tuple[float, float]]
) -> int | None:
    """The place candidate of ``m`` in ``country`` nearest the partners, within
    :data:`~geo.text.list_reach.ASTRAY_KM` of one; None if none."""
    best, best_km = None, float("inf")
    for c in m.candidates[:MAX_CANDIDATES]:
        if not gaz.is_place(c.record) or gaz.country_code(c.record) != country:
            continue
        d = min(distance_km(gaz.lat_lon(c.record), p) for p in points)
        if d < best_km and d <= ASTRAY_KM:
            best, best_km = c.record, d
    return best


def _own_region(gaz: Gazetteer, m: Mention) -> int | None:
    """The region a name the gazetteer lacks names by its own last word ("Petite-Riviere
    de l'Artibonite": Artibonite), where it lies; None for any other name."""
    if not m.unknown:
        return None
    return named_region(gaz, m.key, {r for r in m.containers if r[1]})

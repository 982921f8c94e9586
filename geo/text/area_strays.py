"""A camp or village of a one-area text is not a namesake in a country it has no word for.

"pumping water to the Shati camp on the shore", in a story of Gaza City, Jabalia and
Khan Yunis: the gazetteer knows no Shati in Gaza, and resolution takes Ash Shati, a
district of Libya 2,100 km away. "the group has besieged Léré and Nampala", in a story
of central Mali: Lere, a Nigerian town of 93,000 (too large for
:func:`geo.text.focus.refocus`). "a militant on a motorbike in Houla", in a story of
south Lebanon: Kafr Laha in Syria, which GeoNames also calls Houla, 200 km off, kept by
refocus because the text's Syrian paragraph names al-Qusayr 40 km from it. A reader
takes none of them: the text's places lie in one area, and nothing near the name says
it has left it.

:func:`area_strays` applies that rule late in resolution, to the readings the earlier
stages settled. The text's area is :func:`geo.text.area.text_area` of its distinct
resolved places (at least :data:`MIN_PLACES`: a report dense in places). A reading is
a *stray*, left without a place (a mention with no confident match), when it is

- a region the text calls a camp ("the Shati camp", "the Shati and Nuseirat camps": no
  region is a camp), in a country the text neither names nor holds a place of, in any
  text; or
- a place of another country than the one holding most of the text's places,
  farther than :func:`geo.text.focus.outlier_km` from the area, under
  :data:`STRAY_POPULATION` and no capital, that the text does not locate (no container,
  directed hint or cue other than "in"), no word of the language (those are
  :mod:`geo.text.everyday_strays`' to judge), and either
  - of a country the text neither names (by name, or by a demonym in the name's
    sentence: "sirens in Eilat, the Israeli military said") nor holds another place of,
    in a text whose spread is at most :data:`REGION_KM` (Léré, Shati); or
  - read by another name than its own (an alternate name) in a text whose spread is
    at most :data:`geo.text.focus.FOCUS_KM`, in a paragraph that neither names that
    country nor holds another place of it (Houla).

Cost: one pass over the mentions (a paragraph index by bisection for each), one
:func:`text_area` of the text's places.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..geometry import distance_km
from .area import text_area
from .candidates import is_capital
from .demonym_homes import sentence_countries_by_demonym
from .focus import FOCUS_KM, _own_name, outlier_km
from .sentences import Blocks
from .tokens import Mention

__all__ = ["MIN_PLACES", "REGION_KM", "STRAY_POPULATION", "area_strays"]

log = logging.getLogger(__name__)

#: A text dense in places (reporting from one area names a dozen or more; an encyclopaedia's
#: article on a town, which cites a far namesake or a far city as it may, names fewer)
#: names at least this many distinct places.
MIN_PLACES = 10
#: A text half of whose places lie this close to their median point is about one part
#: of the world (a country and its neighbours: the Sahel, the Great Lakes).
REGION_KM = 500.0
#: A place this populous may be named for its own sake in any story.
STRAY_POPULATION = 250_000
#: The words after a name that call it a camp: a region is none.
_CAMP_AFTER = re.compile(r"[ \t]+(?:refugee[ \t]+)?camps?\b")
#: ... and after the last name of a list of them ("the Shati and Nuseirat camps").
_CAMPS_AFTER = re.compile(r"[ \t]+(?:refugee[ \t]+)?camps\b")
#: The cues that leave a reading to the text's area: none, or a bare "in".
_AREA_CUES = frozenset({"", "in"})


def area_strays(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """``resolved`` (record or None, score per mention) with each stray reading of a
    one-area text left without a place, the score kept (module docstring)."""
    out = list(resolved)
    places: dict[int, None] = {}
    named: set[str] = set()  # the countries the text names
    held: Counter[str] = Counter()  # distinct places per country
    # Readings per (paragraph, country) and per (paragraph, record): does a paragraph
    # speak of a country through another reading than the one judged?
    by_country: Counter[tuple[int, str]] = Counter()
    by_record: Counter[tuple[int, int]] = Counter()
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is None or m.fuzzy:
            continue
        country = gaz.country_code(rec)
        at = blocks.paragraph(m.start)
        by_country[at, country] += 1
        by_record[at, rec] += 1
        kind = gaz.kind(rec)
        if kind == "country":
            named.add(country)
        elif kind == "place" and rec not in places:
            places[rec] = None
            held[country] += 1
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if (
            rec is not None
            and gaz.kind(rec) == "admin1"
            and gaz.country_code(rec) not in named
            and not held[gaz.country_code(rec)]
            and _called_camp(text, mentions, k)
        ):  # "the Shati camp": not Libya's Ash Shati ("the Daraa camp" in Syria stays)
            out[k] = _left(text, gaz, m, rec, score)
    if len(places) < MIN_PLACES:
        return out
    area = text_area([gaz.lat_lon(r) for r in places])
    if area is None:
        return out
    center, spread_km = area
    home = held.most_common(1)[0][0]
    far_km = outlier_km(spread_km)
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or m.fuzzy or gaz.kind(rec) != "place" or out[k][0] is None:
            continue  # a region far off is left to geo.text.lone_regions
        country = gaz.country_code(rec)
        if (
            country == home
            or spread_km > REGION_KM
            or m.cue not in _AREA_CUES
            or m.containers
            or m.demonym_country
            or m.against
            or gaz.common_rank(m.key) is not None  # "Alliance": geo.text.everyday_strays
            or gaz.population(rec) >= STRAY_POPULATION
            or is_capital(gaz, rec)
            or distance_km(center, gaz.lat_lon(rec)) <= far_km
            # "sirens in Eilat", the Israeli military said: its sentence names Israel
            or country in sentence_countries_by_demonym(gaz, text, m.start, m.end)
        ):
            continue
        own_places = held[country] - (rec in places)
        if country not in named and own_places <= 0:
            out[k] = _left(text, gaz, m, rec, score)  # Léré in a story of Mali: not Nigeria's Lere
        elif (
            spread_km <= FOCUS_KM
            and not _own_name(m.key, gaz.name_key(rec))
            and by_country[(at := blocks.paragraph(m.start)), country] == by_record[at, rec]
        ):
            out[k] = _left(text, gaz, m, rec, score)  # "in Houla", south Lebanon: not Kafr Laha
    return out


def _called_camp(text: str, mentions: Sequence[Mention], k: int) -> bool:
    """Does the text call mention ``k`` a camp, alone or as a name of a list of camps?

    One look after the mention and one after its list's last name."""
    m = mentions[k]
    if _CAMP_AFTER.match(text, m.end):
        return True
    last = m.siblings[-1] if m.siblings else k
    return last > k and _CAMPS_AFTER.match(text, mentions[last].end) is not None


def _left(text: str, gaz: Gazetteer, m: Mention, rec: int, score: float) -> tuple[None, float]:
    """(None, ``score``): the mention left without a place, and the user told (as
    :mod:`geo.text.unplaced` tells of the names nothing locates; a name of a list it
    tells of itself)."""
    if m.siblings:
        return None, score
    log.warning(
        "%r (characters %d-%d) reads as a place of the text's area, but the gazetteer's "
        "place of the name is %s (%s), far from it in a country the text does not speak "
        "of there: left without a place (a village the shipped index lacks?)",
        text[m.start : m.end], m.start, m.end, gaz.name(rec), gaz.country_code(rec),
    )  # fmt: skip
    return None, score

"""After resolution: a namesake by the name's own sentence and paragraph, one stage.

Resolution weighs every place of the text alike.  A long text names places of several
regions, and those of one paragraph can pull another paragraph's name to a namesake:

- "Denis Pushilin, head of the Donetsk People's Republic, said ... near Artemovsk. //
  Russian forces struck port infrastructure in Nikolayev and Ochakov.": the Donetsk
  places of the first paragraph read "Nikolayev" as Mykolaivka by Bakhmut (pop.
  14,000), though Ochakov, in the same phrase, lies by Mykolaiv (pop. 470,000);
- "In Kryvyi Rih, a missile struck ... // The most intense fighting was near
  Huliaipole.": Kryvyi Rih, 60 km from a hamlet called Hulyaypole, made the front-line
  town of 13,000 lose to it;
- "Russian forces are attacking toward Stepnohirsk from Piatykhatky and near
  Kamianske", in an assessment that also covers Kharkiv and Donetsk oblasts, read
  Kamianske as the city of 227,000 on the Dnieper, 120 km from every place of its
  sentence, not the village beside Stepnohirsk.

:func:`local_namesakes` reads each name's own sentence first, then its paragraph (one
split of the text, :func:`geo.text.sentences.text_blocks`), with one rule set:

1. A place of the name's own sentence (another name) within :data:`NEAR_KM` of the
   chosen reading speaks for it: kept.
2. Else a namesake near its sentence's places is the one meant: a town of the same
   country at least :data:`TOWN_RATIO` times as populous (and of :data:`MIN_TOWN`
   people at least), matched as well by the name, with one of them within
   :data:`NEAR_KM` ("Nikolayev and Ochakov"); or, in a text about fighting, a namesake
   where the war is fought (:data:`geo.text.front.FRONT_REGIONS`) within
   :data:`CLAUSE_KM` of one of them, the one near the most of them, then the nearest
   ("Stepnohirsk ... Kamianske"); where no place of the sentence lies within
   :data:`CLAUSE_KM` of the reading (the sentence's city 83 km off is within
   :data:`NEAR_KM`), a namesake of the front within :data:`NEIGHBOUR_KM` of two of
   them (:func:`beside_namesake`).  Elsewhere a sentence names far places together on
   purpose ("Monroe City, Paris, and Stoutsville" in a list of a county's towns is a
   matter for resolution's weighing).
3. Else, for such a town: a place of the name's paragraph within :data:`NEAR_KM` of the
   chosen reading, or its region named in the paragraph, keeps it; a city
   (:func:`geo.text.sizes.city_keeps_its_name`: the size that keeps a city its name in
   resolution too) wins ("near Nikolayev and ... in the Dnepropetrovsk Region",
   whatever other paragraphs say of Donetsk Oblast); a town wins where nothing in the
   text places the chosen one (no place of the text within :data:`NEIGHBOUR_KM` of it,
   its region not named).

A name with a container, a hint with a bearing, a negation, a "village" reading, a
spelling match, a dateline's, a state acting or a city of :data:`WORLD_CITY` people
keeps its reading: the text's own words decide those.  The town rules decide once per
name and reading (for every mention of the name that had it); the sentence's namesake
is read per mention.

Cost: one regular-expression scan for sentence and paragraph breaks, one pass over the
mentions, and for each reading decided its candidates (at most :data:`MAX_CANDIDATES`)
and the text's places in the one-degree cells around a point (a grid) or of its own
sentence (a handful): no all-pairs work.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from ..geometry import distance_km, within_km
from .candidates import is_other_name
from .front import FRONT_REGIONS, about_fighting
from .hints import Hint, fits
from .region_namesakes import paragraph_region_namesake
from .sentences import Blocks, text_blocks
from .sizes import city_keeps_its_name, outweighs_village
from .tokens import Mention

__all__ = [
    "CLAUSE_KM",
    "MAX_CANDIDATES",
    "MIN_TOWN",
    "NEAR_KM",
    "NEIGHBOUR_KM",
    "TOWN_RATIO",
    "WORLD_CITY",
    "beside_namesake",
    "local_namesakes",
]

#: The town is at least this many times as populous as the chosen namesake ...
TOWN_RATIO = 10
#: ... and has at least this many people.
MIN_TOWN = 10_000
#: A place of the sentence or paragraph this near a reading speaks for it.
NEAR_KM = 100.0
#: A place of the text this near the chosen namesake speaks for it wherever it stands.
NEIGHBOUR_KM = 25.0
#: In a text about fighting, a namesake where the war is fought this near a place of the
#: name's sentence is read (two names of an analyst's list lie this near each other:
#: :data:`geo.text.anchors.LIST_KM`).
CLAUSE_KM = 80.0
#: A city this large is named for its own sake, wherever its sentence's other places lie.
WORLD_CITY = 1_000_000
#: The candidates of a name looked at for one among its sentence's places.
MAX_CANDIDATES = 64
_KM = (NEAR_KM, CLAUSE_KM, MAX_CANDIDATES)  # the reaches of a paragraph's region namesake
#: The text calls the name a town or a city: "the town of Gulyaipole", "the city of X".
_CALLED_TOWN = re.compile(r"\b(?:town|city)\s+of\s+\Z", re.IGNORECASE)

_Point = tuple[float, float]


def local_namesakes(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint] | None = None,
    blocks: Blocks | None = None,
) -> list[tuple[int | None, float]]:
    """Move readings to the namesake the name's own sentence or paragraph speaks for (see
    the module docstring).

    Parameters
    ----------
    text : str
    gaz : Gazetteer
    mentions : sequence of Mention
    resolved : sequence of (record or None, score)
        Resolution's choice per mention, aligned with ``mentions``; not modified.
    hints : mapping of int to Hint, optional
        The hints resolution was given: a mention a hint with a bearing locates is left
        alone, and a place read where its own direction says it is not ("Piatykhatky
        (north of Vasylivka)" read 150 km off, to be estimated there) is none of its
        sentence's places.
    blocks : Blocks, optional
        The text's sentences and paragraphs, if already split.

    Returns
    -------
    list of (record or None, score)
        The choices, with the namesake's record where a rule holds (the score kept).
    """
    out = list(resolved)
    if not any(rec is not None for rec, _ in resolved):
        return out
    hints = hints or {}
    blocks = blocks if blocks is not None else text_blocks(text)
    grid = _Grid()
    named_regions: dict[tuple[str, str], set[int]] = {}  # region -> its paragraphs
    where: list[tuple[int, int]] = []
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        at = (blocks.sentence(m.start), blocks.paragraph(m.start))
        where.append(at)
        row = gaz.row(rec) if rec is not None and not m.fuzzy and not m.actor else None
        if row is None:
            continue
        if row.kind == "admin1":
            named_regions.setdefault((row.country_code, row.admin1[0]), set()).add(at[1])
        elif row.kind in ("place", "admin2") and not _misplaced(gaz, hints.get(k), resolved, rec):
            grid.add(at, m.key, row.lat_lon, gaz.is_place(rec))
    fighting = about_fighting(text)
    decided: dict[tuple[str, int], int | None] = {}
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or not gaz.is_place(rec) or _told_apart(m) or _directed(hints.get(k)):
            continue
        if gaz.population(rec) >= WORLD_CITY:
            continue
        key = (m.key, rec)
        if key not in decided:  # the name's first mention with the reading decides
            decided[key] = _town(gaz, m, rec, where[k], grid, named_regions)
        town = decided[key]
        if (
            town is None
            and fighting
            and not grid.near(("s", where[k][0]), m.key, gaz.lat_lon(rec), NEAR_KM)
        ):
            town = _front_namesake(
                gaz,
                m,
                rec,
                grid.sentence_places(where[k][0], m.key),
                grid,
                named_regions,
                _CALLED_TOWN.search(text[max(0, m.start - 16) : m.start]) is not None,
            )
        elif (
            town is None
            and fighting
            and not grid.near(("s", where[k][0]), m.key, gaz.lat_lon(rec), CLAUSE_KM)
        ):
            # "watch Stepnohirsk and Prymorske: RU is probing from Kamianske" on the
            # Zaporizhzhia front: the village beside two of them, not the city 83 km off.
            town = beside_namesake(gaz, m, rec, grid.sentence_places(where[k][0], m.key))
        if town is None and fighting and not grid.sentence_places(where[k][0], m.key):
            # "In the Zaporizhzhia region, ... A woman was killed in Kamianske": not Dnipro's
            town = paragraph_region_namesake(gaz, m, rec, where[k][1], named_regions, grid, _KM)
        if town is not None:
            out[k] = (town, score)
    return out


class _Grid:
    """The text's places in cells of one degree, per sentence, per paragraph and for the
    whole text: a look-up reads the cells around a point only (no all-pairs work); and
    each sentence's populated places in a list (a sentence names a handful)."""

    def __init__(self) -> None:
        # A cell holds each (name, point) once: a name repeated a thousand times in a
        # pasted list is one entry to test, not a thousand (linear in the document).
        self.cells: dict[tuple[object, int, int], dict[tuple[str, _Point], None]] = {}
        self.sentences: dict[int, dict[tuple[str, _Point], None]] = {}

    def add(self, at: tuple[int, int], key: str, lat_lon: _Point, populated: bool) -> None:
        cell = (math.floor(lat_lon[0]), math.floor(lat_lon[1]))
        for scope in (("s", at[0]), ("p", at[1]), "all"):
            self.cells.setdefault((scope, *cell), {})[key, lat_lon] = None
        if populated:
            self.sentences.setdefault(at[0], {})[key, lat_lon] = None

    def near(self, scope: object, key: str, lat_lon: _Point, km: float) -> bool:
        """Is a place of ``scope`` not named ``key`` within ``km`` (at most 111) of it?"""
        lat, lon = math.floor(lat_lon[0]), math.floor(lat_lon[1])
        # Degrees of longitude that ``km`` spans at the cell's edge nearer the pole.
        width_km = 111.2 * math.cos(math.radians(min(89.0, abs(lat_lon[0]) + 1.0)))
        span = min(180, math.ceil(km / width_km))
        for dlat in (-1, 0, 1):
            for dlon in range(-span, span + 1):
                for other, point in self.cells.get((scope, lat + dlat, lon + dlon), ()):
                    if other != key and within_km(lat_lon, point, km):
                        return True
        return False

    def sentence_places(self, sentence: int, key: str) -> list[_Point]:
        """The points of the populated places of ``sentence`` not named ``key``, each
        (name, point) once."""
        return [p for other, p in self.sentences.get(sentence, ()) if other != key]


def _told_apart(m: Mention) -> bool:
    """The text's own words decide this name's reading."""
    return bool(
        m.containers
        or m.told_by_words()
        or m.demonym_country
        or m.reading not in ("", "city", "home")  # a city, but which namesake: its sentence's
    )


def _directed(hint: Hint | None) -> bool:
    return hint is not None and hint.bearing_deg is not None


def _misplaced(
    gaz: Gazetteer,
    hint: Hint | None,
    resolved: Sequence[tuple[int | None, float]],
    rec: int,
) -> bool:
    """Is a place read where its own direction says it is not (estimated later)?"""
    if not _directed(hint) or not gaz.is_place(rec):
        return False
    anchor = resolved[hint.anchor][0]  # type: ignore[union-attr]
    return anchor is not None and not fits(
        hint, gaz.lat_lon(anchor), gaz.lat_lon(rec), gaz.population(rec)  # type: ignore[arg-type]
    )


def _quality(m: Mention, record: int) -> int | None:
    return min((c.quality for c in m.candidates if c.record == record), default=None)


def _town(
    gaz: Gazetteer,
    m: Mention,
    chosen: int,
    where: tuple[int, int],
    grid: _Grid,
    named_regions: dict[tuple[str, str], set[int]],
) -> int | None:
    """The town to read ``m`` as instead of ``chosen``, or None (``where``: the
    mention's sentence and paragraph)."""
    row = gaz.row(chosen)
    quality = next((c.quality for c in m.candidates if c.record == chosen), None)
    if quality is None:
        return None
    towns = [
        c.record
        for c in m.candidates
        if c.record != chosen
        and c.quality <= quality
        and gaz.is_place(c.record)
        and gaz.country_code(c.record) == row.country_code
        and gaz.population(c.record) >= max(MIN_TOWN, TOWN_RATIO * max(row.population, 1))
    ]
    if not towns:
        return None
    town = max(towns, key=lambda r: (gaz.population(r), -r))
    here, there = row.lat_lon, gaz.lat_lon(town)
    if grid.near(("s", where[0]), m.key, here, NEAR_KM):
        return None  # its own sentence speaks for the chosen place
    if grid.near(("s", where[0]), m.key, there, NEAR_KM):
        return town  # its sentence speaks for the town: "Nikolayev and Ochakov"
    if grid.near(("p", where[1]), m.key, here, NEAR_KM):
        return None  # its own paragraph speaks for the chosen place
    region = named_regions.get((row.country_code, row.admin1[0]), ())
    if where[1] in region:
        return None  # ... or names its region
    if city_keeps_its_name(gaz.population(town), row.population):
        return town  # "near Nikolayev and ... in the Dnepropetrovsk Region"
    if region or grid.near("all", m.key, here, NEIGHBOUR_KM):
        return None
    return town


def beside_namesake(
    gaz: Gazetteer, m: Mention, chosen: int, others: Sequence[_Point]
) -> int | None:
    """In a text about fighting, the namesake of ``chosen`` where the war is fought,
    called by a name at least as good, within :data:`NEIGHBOUR_KM` of two or more of the
    sentence's other places (``others``), the nearest to them; None if there is none."""
    quality = _quality(m, chosen)
    if len(others) < 2 or quality is None:
        return None
    best, best_key = None, None
    for record, p, _ in _front_places(gaz, m, chosen, quality):
        near = sorted(d for q in others if (d := distance_km(p, q)) <= NEIGHBOUR_KM)
        if len(near) < 2:
            continue
        rank = (-len(near), near[0], record)
        if best_key is None or rank < best_key:
            best, best_key = record, rank
    return best


def _front_namesake(
    gaz: Gazetteer,
    m: Mention,
    chosen: int,
    others: Sequence[_Point],
    grid: _Grid,
    named_regions: Mapping[tuple[str, str], object],
    called_town: bool = False,
) -> int | None:
    """In a text about fighting, the namesake of ``chosen`` where the war is fought,
    called by a name at least as good (or by another of its names, within
    :data:`NEIGHBOUR_KM` of one of them: GeoNames names Crimea's villages in Russian, so
    "The Saky airfield near Novofedorivka" is Novofedorovka, 5 km from Saky, not the
    Kherson Oblast Novofedorivka 150 km off), within :data:`CLAUSE_KM` of the most of the
    sentence's other places (``others``; none within :data:`NEAR_KM` of ``chosen``), then
    the nearest; None if there is none.  A hamlet that ``chosen`` outweighs as
    resolution does (:func:`geo.text.sizes.outweighs_village`: a town of note 30 times
    as populous, no place of the text within :data:`NEIGHBOUR_KM` of the hamlet, its
    region not named) is none: "Kramatorsk and Druzhkovka ... fuel depots near Nikopol"
    is the city of 105,000 on the Dnieper, not the hamlet of 588 36 km from Kramatorsk.
    Nor is a namesake :data:`TOWN_RATIO` times smaller where the text calls the name a
    town or city (``called_town``): "the town of Gulyaipole ... shells fell on Nikopol" is
    the front-line town of 13,000, not the village of 1,200 60 km from Nikopol."""
    quality = _quality(m, chosen)
    if not others or quality is None:
        return None
    population = gaz.population(chosen)
    best, best_key = None, None
    for record, p, q_name in _front_places(gaz, m, chosen, max(quality, QUALITY_ALTERNATE)):
        near = [d for q in others if (d := distance_km(p, q)) <= CLAUSE_KM]
        if q_name > quality and not any(d <= NEIGHBOUR_KM for d in near):
            continue  # another of its names: only beside a place of the sentence
        if called_town and gaz.population(record) * TOWN_RATIO < population:
            continue
        if not near or outweighs_village(
            population,
            gaz.population(record),
            0.0 if grid.near("all", m.key, p, NEIGHBOUR_KM) else math.inf,
            (gaz.country_code(record), gaz.admin1(record)[0]) in named_regions,
        ):
            continue
        rank = (-len(near), min(near), record)
        if best_key is None or rank < best_key:
            best, best_key = record, rank
    return best


def _front_places(
    gaz: Gazetteer, m: Mention, chosen: int, quality: int
) -> Iterator[tuple[int, _Point, int]]:
    """(record, (lat, lon), name quality) of the places among ``m``'s candidates, ``chosen`` aside,
    called by a name no worse than ``quality`` and lying where the war is fought; not
    those that carry the name only as another one when ``chosen``, a city that keeps its
    name against them (:func:`geo.text.sizes.city_keeps_its_name`), carries it as its own
    (:func:`geo.text.candidates.is_other_name`: "Nikolayev" is Mykolaiv's, not
    Mykolaivka's, though GeoNames lists it for both)."""
    own = not any(c.record == chosen and is_other_name(gaz, c, m.key) for c in m.candidates)
    population = gaz.population(chosen)
    for c in m.candidates[:MAX_CANDIDATES]:
        if c.record == chosen or c.quality > quality or not gaz.is_place(c.record):
            continue
        if (
            own
            and city_keeps_its_name(population, gaz.population(c.record))
            and is_other_name(gaz, c, m.key)
        ):
            continue
        if (gaz.country_code(c.record), gaz.admin1(c.record)[0]) in FRONT_REGIONS:
            yield c.record, gaz.lat_lon(c.record), c.quality

"""A small place abroad, reached only by another name, that the paragraph's demonyms speak against.

"Israeli jets struck north of the Litani River, near Khiam and Shebaa, Lebanese media
said": GeoNames' ``cities500`` has no Shebaa (nor Khiam), and the one record its spelling
reaches is Tunisia's Chebba, by another romanisation's letters ("Chebaa", an alternate
name), some 2,300 km from Israel and Lebanon.  The text names no country and reads no
other place, so the evidence of the text's places (:mod:`geo.text.strays`) has nothing to
weigh; its demonyms ("Israeli", "Lebanese") say where the story is.

:func:`demonym_strays` leaves without a place each mention read as such a stray: a place
of fewer than :data:`STRAY_POPULATION` people that the name reaches only by an alternate
name or a close spelling (quality ``QUALITY_ALTERNATE`` or worse), the only name the
text reads in its country, a country the text never names; while the mention's
paragraph has demonyms ("Israeli", "Lebanese", :data:`geo.text.lexicon.DEMONYMS`) of
countries none of which is the reading's or borders it, and the reading lies farther
than :data:`STRAY_KM` (geodesic) from each of them.  A mention with its own container
("X, Tunisia"), a dateline, a state acting or an everyday word or given name ("Duke",
"Rosa": :mod:`geo.text.everyday_strays` judges those) is left alone; every mention of a name read
as a stray so is left without a place.

Cost: one pass over the mentions; each paragraph holding such a reading scanned once for
capitalised words; one nearest-point look-up per demonym country of a reading that asks.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from shapely.geometry import Point
from shapely.ops import nearest_points

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from ..geometry.measures import distance_km
from .candidates import country_record
from .everyday_strays import EVERYDAY_RANK
from .lexicon import first_names
from .lexicon.demonyms import DEMONYMS
from .sentences import Blocks
from .tokens import Mention

__all__ = ["STRAY_KM", "STRAY_POPULATION", "demonym_strays", "paragraph_demonyms"]

#: A place this populous at least may be named by any of its names.
STRAY_POPULATION = 100_000
#: A reading this far (km, geodesic) from every country the paragraph's demonyms name is
#: no place of the story (the distance :class:`geo.text.weights.Weights` calls ``stray_km``).
STRAY_KM = 800.0
#: One or two capitalised words: "Israeli", "South Sudanese".
_WORDS = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?")


def paragraph_demonyms(text: str, start: int, end: int) -> frozenset[str]:
    """The country codes of the demonyms in ``text[start:end]`` ("Israeli jets ...
    Lebanese media" -> IL, LB), two-word ones first ("Sri Lankan").

    >>> sorted(paragraph_demonyms("Israeli jets struck, Lebanese media said.", 0, 41))
    ['IL', 'LB']
    """
    out: set[str] = set()
    for m in _WORDS.finditer(text, start, end):
        words = m.group()
        code = DEMONYMS.get(words.lower())
        if code is None and " " in words:
            first, second = words.lower().split()
            code = DEMONYMS.get(first) or DEMONYMS.get(second)
        if code:
            out.add(code)
    return frozenset(out)


def _weak(gaz: Gazetteer, m: Mention, rec: int) -> bool:
    """Is ``rec`` a place of under :data:`STRAY_POPULATION` people that ``m`` reaches only
    by an alternate name or a close spelling?"""
    if not gaz.is_place(rec) or gaz.population(rec) >= STRAY_POPULATION:
        return False
    quality = min((c.quality for c in m.candidates if c.record == rec), default=None)
    return m.fuzzy or quality is None or quality >= QUALITY_ALTERNATE


def _everyday(gaz: Gazetteer, m: Mention) -> bool:
    """Is the name an everyday word or a given name ("Duke", "Rosa"), which
    :mod:`geo.text.everyday_strays` judges read as a hamlet?"""
    rank = gaz.common_rank(m.key)
    return (rank is not None and rank < EVERYDAY_RANK) or m.key in first_names()


def _far_from(gaz: Gazetteer, rec: int, codes: frozenset[str]) -> bool:
    """Does ``rec`` lie outside, beside no country of, and farther than :data:`STRAY_KM`
    from every country of ``codes``?"""
    cc = gaz.country_code(rec)
    if cc in codes or any(cc in gaz.neighbours(code) for code in codes):
        return False
    lat, lon = gaz.lat_lon(rec)
    for code in codes:
        country = country_record(gaz, code)
        if country is None:
            return False
        edge = nearest_points(gaz.geometry(country), Point(lon, lat))[0]
        if distance_km((lat, lon), (edge.y, edge.x)) <= STRAY_KM:
            return False
    return True


def demonym_strays(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """``resolved`` with each stray of the module docstring left without a place (its
    score kept).

    Parameters
    ----------
    text : str
    gaz : Gazetteer
    mentions : sequence of Mention
        In text order.
    resolved : sequence of (record or None, score)
        Resolution's choice per mention, aligned with ``mentions``.
    blocks : Blocks
        The text's sentences and paragraphs (:func:`geo.text.sentences.text_blocks`).
    """
    named = {gaz.country_code(r) for r, _ in resolved if r is not None and gaz.kind(r) == "country"}
    read_in: defaultdict[str, set[str]] = defaultdict(set)  # country -> names read there
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is not None:
            read_in[gaz.country_code(rec)].add(m.key)
    demonyms: dict[int, frozenset[str]] = {}  # paragraph -> its demonyms' countries
    strays: set[tuple[str, int]] = set()
    ends: tuple[int, ...] = ()  # the paragraphs' ends, made when a paragraph is asked
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is None or m.containers or m.dateline or m.actor or (m.key, rec) in strays:
            continue
        cc = gaz.country_code(rec)
        if cc in named or read_in[cc] != {m.key} or not _weak(gaz, m, rec) or _everyday(gaz, m):
            continue
        p = blocks.paragraph(m.start)
        if p not in demonyms:
            ends = ends or (*blocks.paragraphs[1:], len(text))
            demonyms[p] = paragraph_demonyms(text, blocks.paragraphs[p], ends[p])
        if demonyms[p] and _far_from(gaz, rec, demonyms[p]):
            strays.add((m.key, rec))
    if not strays:
        return list(resolved)
    return [
        (None, score) if (m.key, rec) in strays else (rec, score)
        for m, (rec, score) in zip(mentions, resolved, strict=True)
    ]

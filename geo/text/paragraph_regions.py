"""A hamlet abroad, read by another name, is not the town the paragraph's region holds.

"Air raids on villages in South Sudan's Upper Nile state ... Government aircraft bombed
areas around Nasir and Ulang": GeoNames' ``cities500`` has no Nasir in South Sudan, and
its only record of the spelling is a Khartoum suburb ("Nasir Extension") matched by an
alternate name, 780 km away in Sudan.  "In northern Shan state ... Trade through Muse,
the main crossing to China": the index's Muse of Myanmar is missing, and a Yemeni hamlet
carries the spelling as an alternate name.  A reader places such a name in the region
the paragraph is about, not in a hamlet of another country that only a foreign spelling
ties to it.

:func:`weak_readings_abroad` reads the text's paragraphs in order.  A paragraph *states*
the first first-level region read among its mentions before a name, of a country the
text names and reads a town of (not a weak one: "the Red Sea ports" of a Yemen story
state no Sudanese state); a paragraph that states none goes on with the last one stated
before it, unless it first names another country ("Yemen" after a paragraph of Shan
state).  Actors ("Russia said") and datelines state nothing.  A
mention read as a place that is weak (matched only by an alternate, historical or
foreign-language name, or a close spelling, and of fewer than :data:`WEAK_POPULATION`
people) in another country than that stated region is left without a place, and is to
be estimated in the region, as a place the gazetteer lacks.  So is a town of fewer than
:data:`STRAY_POPULATION` people that is the only place the text reads in a country it
never names, listed with a name read in the stated region's country ("SDF positions in
Busayra and Hajin", in Deir ez-Zor province: not Jordan's Busayra).  Neither moves where
the paragraph reads another name in the reading's country ("Ballybay, County Monaghan,
Ireland ... the White Creek militia used Salem").  The first mention of a name with a
stated region decides for every mention of the name read so (a headline's too); an
everyday word or a given name ("Landing", "Rosa") is left to
:mod:`geo.text.everyday_strays`, and a name with its own container ("X, in Y state") to
:mod:`geo.text.stated_abroad`.

Cost: three passes over the mentions (a bisection per mention for its paragraph).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from . import lexicon as lx
from .demonym_containers import demonym_country
from .demonym_strays import demonym_strays
from .everyday_strays import EVERYDAY_RANK
from .hints import Hint
from .lexicon.demonyms import DEMONYMS
from .list_reach import is_partner_hint
from .oblast_strays import weak_readings_at_home
from .sentences import Blocks
from .tokens import Mention

__all__ = ["STRAY_POPULATION", "WEAK_POPULATION", "partners_stated", "weak_readings_abroad"]

#: A place this populous at least is no hamlet: read by any name, it may be meant.
WEAK_POPULATION = 1000
#: A town this populous at least may be named abroad on its own ("trains from Przemysl").
STRAY_POPULATION = 20_000


def _weak(gaz: Gazetteer, m: Mention, rec: int) -> bool:
    """Is ``rec`` a place of under :data:`WEAK_POPULATION` people that ``m`` matches only
    by an alternate name or a close spelling (quality ``QUALITY_ALTERNATE`` or worse)?"""
    if not gaz.is_place(rec) or gaz.population(rec) >= WEAK_POPULATION:
        return False
    quality = min((c.quality for c in m.candidates if c.record == rec), default=None)
    return quality is None or quality >= QUALITY_ALTERNATE


def _stray(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    k: int,
    unnamed: Counter[str],
    stated: str,
    in_sentence: bool,
) -> bool:
    """Is mention ``k``'s reading a town of under :data:`STRAY_POPULATION` people, the
    only place the text reads in a country it never names, listed with a name read in
    the ``stated`` country ("SDF positions in Busayra and Hajin", in Deir ez-Zor
    province: not Jordan's Busayra) or after the stated region in its own sentence
    (``in_sentence``: "In Shan state, trade through the border town of Muse": not
    Pennsylvania's Muse)?"""
    rec = resolved[k][0]
    return (
        rec is not None
        and gaz.is_place(rec)
        and unnamed[gaz.country_code(rec)] == 1
        and gaz.population(rec) < STRAY_POPULATION
        and (
            in_sentence
            or any(
                (r := resolved[j][0]) is not None and gaz.country_code(r) == stated
                for j in mentions[k].siblings
            )
        )
    )


#: The word right before a name, capitalised: "the English Isle of Portland".
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


def _demonym_before(text: str, start: int, end: int) -> bool:
    """Does a demonym stand right before the name at ``[start, end)`` ("named for the
    English Isle of Portland", after "Portland, Maine"), or beside it as
    :func:`geo.text.demonym_containers.demonym_country` reads ("the Chinese city of")?
    The name then says its own country, whatever region its sentence named before it."""
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if word is not None and DEMONYMS.get(word.group(1).lower()):
        return True
    return bool(demonym_country(text, start, end))


def _everyday(gaz: Gazetteer, word: str) -> bool:
    """Is ``word`` one title-case everyday word or given name ("Landing", "Cathedral",
    "Rosa"), which :mod:`geo.text.everyday_strays` drops read as a hamlet and would keep
    estimated?"""
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return False
    rank = gaz.common_rank(word.lower())
    return (rank is not None and rank < EVERYDAY_RANK) or word.lower() in lx.first_names()


def _carried(
    gaz: Gazetteer, region: int | None, country: int | None, before: int | None
) -> int | None:
    """The region a paragraph states after its own ``region`` (first admin-1) and
    ``country`` (first country), ``before`` carried from earlier paragraphs: its own
    region, else the one before unless it names another country first ("Yemen" after a
    paragraph of Shan state states no region)."""
    if region is not None:
        return region
    if before is None or country is None:
        return before
    return before if gaz.country_code(country) == gaz.country_code(before) else None


def weak_readings_abroad(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    blocks: Blocks,
) -> tuple[list[tuple[int | None, float]], dict[int, int]]:
    """``resolved`` with each weak reading in another country than its paragraph's
    stated region left without a place (its score kept), and mention index -> that
    region (an admin-1 record) to estimate it in (module docstring).

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
    # "near Khiam and Shebaa, Lebanese media said": not Tunisia's Chebba (demonym_strays).
    resolved = demonym_strays(text, gaz, mentions, resolved, blocks)
    decided: dict[str, int | None] = {}  # name -> the region it is estimated in, or None
    moved: dict[str, int] = {}  # name -> the weak record it was read as
    # Only a region of a country the text names and reads a town (or a region named so:
    # "Belgorod Oblast") of is stated: "the Red Sea ports" of a Yemen story name no
    # Sudanese state, "U.S. strikes" no American place.
    named = {gaz.country_code(r) for r, _ in resolved if r is not None and gaz.kind(r) == "country"}
    unnamed = Counter(  # names read in each country the text never names
        gaz.country_code(r)
        for r in {r for r, _ in resolved if r is not None}
        if gaz.country_code(r) not in named
    )
    named &= {
        gaz.country_code(r)
        for m, (r, _) in zip(mentions, resolved, strict=True)
        if r is not None
        and (
            (gaz.is_place(r) and not _weak(gaz, m, r))
            or (m.cue == "region" and gaz.kind(r) == "admin1")
        )
    }
    # Where each paragraph reads its names: (paragraph, country code) -> names.
    held: dict[tuple[int, str], set[str]] = {}
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is not None:
            held.setdefault((blocks.paragraph(m.start), gaz.country_code(rec)), set()).add(m.key)
    paragraph, region, country, before = -1, None, None, None
    # The last region read and its sentence: a name after it in that sentence is of it
    # ("In Rakhine state, ... In Shan state, trade through Muse").
    latest, latest_sentence = None, -1
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        here = blocks.paragraph(m.start)
        if here != paragraph:  # a new paragraph: it goes on with the last region stated
            before = _carried(gaz, region, country, before)
            paragraph, region, country = here, None, None
        if rec is None:
            continue
        in_sentence = (
            latest is not None
            and latest_sentence == blocks.sentence(m.start)
            and not _demonym_before(text, m.start, m.end)
        )
        stated = latest if in_sentence else region or _carried(gaz, None, country, before)
        if m.key not in decided and stated is not None and not m.containers:
            cc = gaz.country_code(rec)
            if (
                cc != gaz.country_code(stated)
                and (
                    _weak(gaz, m, rec)
                    or _stray(
                        gaz, mentions, resolved, k, unnamed, gaz.country_code(stated), in_sentence
                    )
                )
                and not _everyday(gaz, text[m.start : m.end])
                and not held[here, cc] - {m.key}  # "Ballybay, Ireland ... White Creek, Salem"
            ):
                decided[m.key] = stated
                moved[m.key] = rec
            elif gaz.is_place(rec):
                decided[m.key] = None  # read in the stated country, or no hamlet
        if gaz.country_code(rec) not in named or m.actor or m.dateline:
            continue  # "Russia said", "KYIV, Ukraine (AP)": no region the paragraph is of
        kind = gaz.kind(rec)
        if kind == "admin1":
            if region is None:
                region = rec
            latest, latest_sentence = rec, blocks.sentence(m.start)
        elif kind == "country" and country is None:
            country = rec
    out = list(resolved)
    estimated: dict[int, int] = {}
    if not moved:  # a foreign spelling in a far region of the text's country (oblast_strays)
        return weak_readings_at_home(gaz, mentions, out, estimated, blocks)
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        # (a repeat resolution left with no place is the same name, estimated alike)
        if m.key in moved and rec in (moved[m.key], None) and not m.containers:
            home = _in_region(gaz, m, decided[m.key])  # type: ignore[arg-type]
            out[k] = (home, score)
            if home is None:
                estimated[k] = decided[m.key]  # type: ignore[assignment]
    return weak_readings_at_home(gaz, mentions, out, estimated, blocks)


def _in_region(gaz: Gazetteer, m: Mention, region: int) -> int | None:
    """The most populous candidate place of ``m`` in first-level ``region``, if it has
    one ("the port of Gladstone" after "Queensland's coal mines": Queensland's Gladstone,
    not New Zealand's), else None (the name is estimated in the region)."""
    where = (gaz.country_code(region), gaz.admin1(region)[0])
    homes = [
        c.record
        for c in m.candidates
        if gaz.is_place(c.record)
        and (gaz.country_code(c.record), gaz.admin1(c.record)[0]) == where
    ]
    return max(homes, key=lambda r: (gaz.population(r), -r), default=None)


def partners_stated(
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    stated: Mapping[int, int],
) -> dict[int, int]:
    """``stated`` (mention index -> region record to estimate it in) with each name the
    gazetteer lacks whose "near" list partner is estimated in a region estimated there
    too: "around Nasir and Ulang", Nasir in Upper Nile state, puts Ulang in it (not left
    out because its partner has no record of its own).  One look per hinted mention."""
    out = dict(stated)
    for k, hint in hints.items():
        if k in out or resolved[k][0] is not None or not mentions[k].unknown:
            continue
        if hint.anchor in stated and is_partner_hint(hint, mentions):
            out[k] = stated[hint.anchor]
    return out

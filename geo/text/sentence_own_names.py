"""A name read abroad by another language's name, in a sentence of one other country.

"Ukraine in turn hit refineries in Saratov, Novokuibyshevsk and Tuapse, the port of
Primorsk and a power plant in Belgorod": resolution, with the front line's prior, read
"Primorsk" as Prymorsk of Zaporizhzhia Oblast, which the gazetteer holds under
"Primorsk" only as an alternate (Russian) name; three towns of Russia hold it as their
own name, and every other place of the sentence lies in Russia.  A sentence that names
places of one country, and a name that has its own-name namesakes there, speaks for
those: :func:`own_names_in_sentence` moves such a reading to the name's best-ranked
namesake of that country that bears it as its own name or an alias.

Only a reading made through an alternate or foreign-language name (or a close spelling)
moves; at least :data:`MIN_OTHERS` other readings of the sentence (towns and regions:
a country named is often the state acting, and its capital the seat of the government
speaking, "the Defence Ministry in Moscow said") must lie in the one country, none in the
reading's own.  When they are all regions ("..., while drones again targeted the
Belgorod and Kursk regions"), the namesake must lie in one of them: "Volchansk" in such a
sentence stays Vovchansk, not the Urals town of the name.  Names the text's own words
decide (a container, a cue of region, a hint with a bearing, a dateline's, a state
acting) keep their reading.

A second rule of the same stage reads a country's capital by the country the text names
(:func:`capitals_of_named_countries`): "Police in Victoria arrested the men. The
Seychelles coast guard said ..." is Victoria of the Seychelles, not of Hong Kong, when
no other place of the text lies in the country of the reading.

Cost: one pass over the mentions, and for each reading moved its candidates (at most
:data:`MAX_CANDIDATES`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from .hints import Hint
from .sentences import Blocks
from .tokens import Mention

__all__ = [
    "MAX_CANDIDATES",
    "MIN_OTHERS",
    "capitals_of_named_countries",
    "country_readings",
    "own_names_in_sentence",
]

#: At least this many other readings of the sentence, all in one country.
MIN_OTHERS = 2
#: The candidates of a name looked at for its own-name namesakes.
MAX_CANDIDATES = 64


def country_readings(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """The stage: :func:`own_names_in_sentence`, then
    :func:`capitals_of_named_countries`."""
    resolved = own_names_in_sentence(gaz, mentions, resolved, hints, blocks)
    return capitals_of_named_countries(gaz, mentions, resolved)


def own_names_in_sentence(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """``resolved`` with each reading made by another language's name moved to the
    name's own-name namesake in the one country of its sentence's other places (module
    docstring); the score kept."""
    # sentence -> (mention, country, (country, admin-1 code) of a region's reading, ("", "")
    # of a capital's, or None)
    countries: dict[int, list[tuple[int, str, tuple[str, str] | None]]] = {}
    sentence_of = []
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        s = blocks.sentence(m.start)
        sentence_of.append(s)
        if rec is None or m.actor or m.dateline or m.fuzzy or m.unknown:
            continue
        if gaz.kind(rec) == "country":
            continue  # often the state acting ("Ukraine in turn hit"): its places speak
        code = gaz.country_code(rec)
        if code:
            # a region's reading by its code; a capital's as "" (the seat of the government
            # speaking, "the Defence Ministry in Moscow said", no town the sentence is about)
            region = (
                (code, gaz.admin1(rec)[0])
                if gaz.kind(rec) == "admin1"
                else ("", "") if rec == gaz.capital(code) else None
            )
            countries.setdefault(s, []).append((k, code, region))
    out = list(resolved)
    summaries: dict[int, _Summary] = {}  # made for a sentence when a name there asks
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or not gaz.is_place(rec) or _own_words(m, hints.get(k)):
            continue
        quality = next((c.quality for c in m.candidates if c.record == rec), None)
        if quality is None or quality < QUALITY_ALTERNATE:
            continue  # read by its own name or an alias
        s = sentence_of[k]
        summary = summaries.get(s)
        if summary is None:
            summary = summaries[s] = _Summary.of(countries.get(s, ()))
        # the sentence's other readings: its summary less this mention's own entry
        own = summary.entries.get(k)
        codes = summary.codes - Counter((own[0],)) if own else summary.codes
        if codes.total() < MIN_OTHERS or len(codes) != 1:
            continue
        (code,) = codes
        if code == gaz.country_code(rec):
            continue
        # A sentence naming only regions there ("drones again targeted the Belgorod and
        # Kursk regions") speaks for the namesakes inside them, not for one 1,800 km off.
        regions = summary.regions_without(own[1] if own else _NO_ENTRY)
        for c in m.candidates[:MAX_CANDIDATES]:
            if (
                c.quality <= QUALITY_ALIAS
                and gaz.is_place(c.record)
                and gaz.country_code(c.record) == code
                and (regions is None or (code, gaz.admin1(c.record)[0]) in regions)
            ):
                out[k] = (c.record, score)
                break
    return out


#: A mention with no entry of its own in its sentence's summary.
_NO_ENTRY = ("",)


@dataclass(frozen=True)
class _Summary:
    """A sentence's readings counted once, so that each name asks about the others in
    constant time (not a pass over the sentence per name): ``entries`` maps a mention to
    its (country, region) entry; ``codes`` counts the countries; ``regions`` the regions
    (a capital's ("", "") included), ``unplaced`` the readings of neither kind."""

    entries: dict[int, tuple[str, tuple[str, str] | None]]
    codes: Counter[str]
    regions: Counter[tuple[str, str]]
    unplaced: int

    @classmethod
    def of(cls, rows: Sequence[tuple[int, str, tuple[str, str] | None]]) -> _Summary:
        entries = {j: (code, region) for j, code, region in rows}
        regions = Counter(region for _, _, region in rows if region is not None)
        unplaced = sum(1 for _, _, region in rows if region is None)
        return cls(entries, Counter(code for _, code, _ in rows), regions, unplaced)

    def regions_without(self, own: object) -> set[tuple[str, str]] | None:
        """The regions the other readings name (a capital's left out), or None when one
        of them is neither a region nor a capital; ``own`` this mention's region entry
        (``None``, a region, or :data:`_NO_ENTRY` when it has none)."""
        if self.unplaced - (own is None) > 0:
            return None
        mine = isinstance(own, tuple) and own != _NO_ENTRY
        left = self.regions - Counter((own,)) if mine else self.regions
        return {r for r in left if r[0]}


def _own_words(m: Mention, hint: Hint | None) -> bool:
    """Do the text's own words decide this name's reading?"""
    return bool(
        m.containers
        or m.demonym_country
        or m.against
        or m.apart
        or m.dateline
        or m.actor
        or m.cue == "region"
        or (hint is not None and hint.bearing_deg is not None)
    )


def capitals_of_named_countries(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with each place read in a country the text names nothing else of
    moved to the capital of a country the text names, where that capital bears the
    name as its own name or an alias ("Victoria" and "the Seychelles"); the score kept.
    Names the text's own words decide keep their reading."""
    named: dict[str, int] = {}  # country code -> its capital's record
    held: dict[str, int] = {}  # country code -> readings of the text in it
    same: dict[tuple[str, int], int] = {}  # (name, reading) -> its mentions so read
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is None or m.fuzzy or m.unknown:
            continue
        code = gaz.country_code(rec)
        if not code:
            continue
        held[code] = held.get(code, 0) + 1
        same[m.key, rec] = same.get((m.key, rec), 0) + 1
        if gaz.kind(rec) == "country" and (capital := gaz.capital(code)) is not None:
            named[code] = capital
    if not named:
        return list(resolved)
    capitals = set(named.values())
    out = list(resolved)
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or rec in capitals or not gaz.is_place(rec) or _own_words(m, None):
            continue
        if held.get(gaz.country_code(rec), 0) > same.get((m.key, rec), 0):
            continue  # the text names another place of the reading's country
        for c in m.candidates[:MAX_CANDIDATES]:
            if c.record in capitals and c.quality <= QUALITY_ALIAS:
                out[k] = (c.record, score)
                break
    return out

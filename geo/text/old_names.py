"""A text that names a country's towns by their old names means that country's town by
another old name too: "Sugar mills around Kotovsk and Vinnitsa", in copy that writes
"Dneprodzerzhinsk", "Kirovograd" and "Komsomolsk", is Podilsk of Odesa Oblast (Kotovsk
until 2016), not Kotovsk of Tambov Oblast.

Resolution prefers a town called by the name itself to one the name only once called:
right in most texts, wrong in one whose style is the old names (older wire copy, a
Russian outlet, a history).  :func:`old_name_homes` reads such a name as its namesake
matched by an alternate (old or foreign) name when

- the text reads at least :data:`MIN_OLD_NAMES` other names as places of one country
  by their alternate names (the text's style);
- the name is read by its own name in another country, and its sentence names a place
  of the style's country and none of the reading's (the sentence is the style's);
- the namesake is a place of the style's country, matched by an alternate name, and no
  tiny namesake of the reading (a tenth of its population at least); the reading is no
  national capital;
- the text's own words do not place the name (a container, a bearing, a dateline, a
  demonym, a name told apart).

Every mention of the name read as the same place follows (one reading per name).
Cost: linear in the number of mentions; per name, its candidates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..gazetteer.codes import QUALITY_ALIAS, QUALITY_ALTERNATE
from ..gazetteer.index import Gazetteer
from .border_namesakes import placed_by_own_words
from .candidates import is_capital
from .hints import Hint
from .sentences import Blocks
from .tokens import Mention

__all__ = ["MIN_OLD_NAMES", "old_name_homes"]

#: Other names read by their alternate names in one country: the text's style.
MIN_OLD_NAMES = 2
#: What the text's places are read as when it counts a country's places.
_KINDS = frozenset({"place", "admin1", "admin2"})


def old_name_homes(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, Hint],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """``resolved`` with names of another country read as the style's country's town by an
    old name (module docstring); scores kept."""
    old: dict[str, dict[str, int]] = {}  # country -> names read by an alternate name there
    sentences: dict[int, set[str]] = {}  # sentence -> countries of its places
    present: dict[int, dict[str, set[str]]] = {}  # sentence -> country -> names read there
    known: dict[str, dict[str, int]] = {}  # country -> the text's names read there, any kind
    regions: set[str] = set()  # countries whose regions the text names by their own names
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is None:
            continue
        kind, cc = gaz.kind(rec), gaz.country_code(rec)
        if kind in _KINDS and not (m.fuzzy or m.unknown):
            known.setdefault(cc, {})[m.key] = rec
            if kind != "place" and (_quality(m, rec) or 0) <= QUALITY_ALIAS:
                regions.add(cc)
        if not gaz.is_place(rec):
            continue
        present.setdefault(blocks.sentence(m.start), {}).setdefault(cc, set()).add(m.key)
        if m.fuzzy or m.unknown:
            continue
        sentences.setdefault(blocks.sentence(m.start), set()).add(cc)
        if _quality(m, rec) == QUALITY_ALTERNATE:
            old.setdefault(cc, {})[m.key] = rec
    # Places, not spellings: "Atina", "Athina" and "Αθήνα" are one town read thrice.
    styles = {cc for cc, names in old.items() if _others(names, "") >= MIN_OLD_NAMES}
    if not styles:
        return list(resolved)
    moved: dict[tuple[str, int], int | None] = {}
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or (m.key, rec) in moved or not gaz.is_place(rec):
            continue
        if placed_by_own_words(m, hints.get(k)) or is_capital(gaz, rec):
            continue
        quality = _quality(m, rec)
        if quality is None or quality > QUALITY_ALIAS:
            continue
        own = gaz.country_code(rec)
        if own in regions:
            continue  # "Carlisle, Cumbria, England": the text names the reading's regions
        here = sentences.get(blocks.sentence(m.start), set())
        named = {
            cc
            for cc in styles
            if cc != own and cc in here and _others(old[cc], m.key) >= MIN_OLD_NAMES
        }
        read_there = present.get(blocks.sentence(m.start), {}).get(own, set())
        if not named or len(read_there) - (m.key in read_there) > 0:
            continue  # another name of the sentence lies in the reading's country
        home = _others(known.get(own, {}), m.key)
        named = {cc for cc in named if _others(known.get(cc, {}), m.key) > home}
        if not named:
            continue  # the text names the reading's country as much ("Keith, Moray")
        moved[m.key, rec] = _namesake(gaz, m, rec, named)
    out = list(resolved)
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        target = moved.get((m.key, rec)) if rec is not None else None
        if target is not None and not placed_by_own_words(m, hints.get(k)):
            out[k] = (target, score)
    return out


def _quality(m: Mention, rec: int) -> int | None:
    """How well the name matches its reading (the best of the candidate's matches)."""
    return min((c.quality for c in m.candidates if c.record == rec), default=None)


def _others(names: dict[str, int], key: str) -> int:
    """How many places the names of ``names`` other than ``key`` are read as."""
    return len({rec for name, rec in names.items() if name != key})


def _namesake(gaz: Gazetteer, m: Mention, rec: int, named: set[str]) -> int | None:
    """The most populous candidate of ``m`` matched by an alternate name in one of the
    ``named`` countries, a tenth of ``rec``'s population at least, or None."""
    floor = gaz.population(rec) / 10
    best, people = None, -1
    for c in m.candidates:
        r = c.record
        if c.quality != QUALITY_ALTERNATE or not gaz.is_place(r):
            continue
        if gaz.country_code(r) not in named or gaz.population(r) < floor:
            continue
        if gaz.population(r) > people:
            best, people = r, gaz.population(r)
    return best


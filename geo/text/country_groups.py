"""A name its own sentence puts in the country of an armed group that fights there.

"The Rapid Support Forces took Bara, the paramilitary group said": the sentence names no
country and no other place, and resolution takes the first Bara, Nigeria's (Gombe
State), though the RSF fights only in Sudan, where North Kordofan's Bārah is called
"Bara" too.  An armed group that belongs to one war (or to one region's wars: JNIM to
Mali, Burkina Faso and Niger) is evidence for its country as a demonym is
(:mod:`geo.text.demonym_homes`), and a reader takes "the M23 entered X", "the Arakan
Army seized X", "Fano fighters entered X" for a place of that war.

:func:`group_homes` reads such a name as its best-ranked namesake in the group's
countries (:data:`GROUP_COUNTRIES`, by the group's name or acronym in the sentence) when:

- the reading is a populated place, no national capital, in none of those countries;
- no other place of the text lies in the reading's country (the text would speak for it);
- the words around the name did not choose it (no container, no front-line reading,
  not read by its spelling: :meth:`~geo.text.tokens.Mention.told_by_words`);
- the namesake is a place called by the name (its own, an alias or an alternate name,
  never a spelling: the gazetteer's whole look-up, not only the first candidates) and
  no tiny one beside the reading (a tenth of its population at least).

With no such namesake, a reading by an alternate name only (no own name or alias of it)
is another place the gazetteer lacks, and the name is left without a place: "An Israeli
drone strike killed two people in Houla, Hezbollah said" is the south Lebanese village,
not Syria's Kafr Lāhā, which GeoNames also calls Houla.

Every mention of the name read as the same place follows.  A name spelt like a place
(``fuzzy``) that nothing else supported takes its spelling in the group's countries
("The Arakan Army said it had captured Kyaukphyu": Rakhine's Kyaukpyu).  A group's own name spelt as
a place's of another country only ("Fano", an Italian town) is no place where nothing
else of the text supports that country (:func:`foreign_group_name`, weighed by
:func:`geo.text.false_places.drop_false_places`).  Cost: one bounded look at
the sentence of each resolved name (its country's names of the text counted once a text);
one look-up of the gazetteer for a name moved.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALTERNATE
from ..gazetteer.index import Candidate, Gazetteer
from .candidates import is_capital
from .demonym_homes import sentence_bounds
from .tokens import Mention

__all__ = ["GROUP_COUNTRIES", "foreign_group_name", "group_countries", "group_homes"]

#: Armed groups that fight in one country (or one region's few), by the names wire copy
#: gives them (case as written), and the ISO codes of those countries.
GROUP_COUNTRIES: dict[str, frozenset[str]] = {
    "Rapid Support Forces": frozenset({"SD"}),
    "RSF": frozenset({"SD"}),
    "M23": frozenset({"CD"}),
    "Wazalendo": frozenset({"CD"}),
    "Allied Democratic Forces": frozenset({"CD", "UG"}),
    "Houthi": frozenset({"YE"}),
    "Houthis": frozenset({"YE"}),
    "Southern Transitional Council": frozenset({"YE"}),
    "Hezbollah": frozenset({"LB"}),
    "Fano": frozenset({"ET"}),
    "TPLF": frozenset({"ET"}),
    "Arakan Army": frozenset({"MM"}),
    "MNDAA": frozenset({"MM"}),
    "TNLA": frozenset({"MM"}),
    "Ta'ang National Liberation Army": frozenset({"MM"}),
    "Kachin Independence Army": frozenset({"MM"}),
    "Karen National Union": frozenset({"MM"}),
    "KNU": frozenset({"MM"}),
    "People's Defence Force": frozenset({"MM"}),
    "People's Defense Force": frozenset({"MM"}),
    "JNIM": frozenset({"ML", "BF", "NE"}),
    "Boko Haram": frozenset({"NG", "NE", "TD", "CM"}),
    "ISWAP": frozenset({"NG", "NE", "TD", "CM"}),
    "al-Shabab": frozenset({"SO", "KE"}),
    "Al-Shabab": frozenset({"SO", "KE"}),
    "al-Shabaab": frozenset({"SO", "KE"}),
    "Al-Shabaab": frozenset({"SO", "KE"}),
}
_GROUP = re.compile(
    r"(?<![\w'’-])(?:"
    + "|".join(re.escape(n) for n in sorted(GROUP_COUNTRIES, key=len, reverse=True))
    + r")(?![\w'’/]|-[A-Z\d])"  # "Hezbollah-run", "M23-held"; not "RSF/SAF", "M23-M24"
)
#: What a name with no namesake in the group's countries, read by an alternate name only,
#: is moved to: no place.
_NONE = Candidate(-1, QUALITY_ALTERNATE)
#: The score of a spelling its sentence's group supports: no more than an even chance.
SCORE = 0.5


def group_countries(text: str, start: int, end: int) -> frozenset[str]:
    """ISO codes of the countries whose armed groups (:data:`GROUP_COUNTRIES`) the
    sentence around ``[start, end)`` names (:func:`geo.text.demonym_homes.sentence_bounds`:
    at most 300 characters either side).

    >>> t = "The Rapid Support Forces took Bara, the paramilitary group said."
    >>> sorted(group_countries(t, 30, 34))
    ['SD']
    >>> sorted(group_countries("Russian forces shelled Kupiansk.", 23, 31))
    []
    """
    begin, stop = sentence_bounds(text, start, end)
    found: set[str] = set()
    for m in _GROUP.finditer(text, begin, stop):
        if m.end() <= start or m.start() >= end:
            found.update(GROUP_COUNTRIES[m.group()])
    return frozenset(found)


def foreign_group_name(text: str, gaz: Gazetteer, m: Mention) -> bool:
    """Is the mention a group's name of :data:`GROUP_COUNTRIES` ("Fano fighting
    spreads") with no candidate in the group's countries (a doubtful place, then)?"""
    countries = GROUP_COUNTRIES.get(text[m.start : m.end])
    return countries is not None and all(
        gaz.country_code(c.record) not in countries for c in m.candidates
    )


def group_homes(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with names whose sentence names an armed group of another country
    read as their best-ranked namesake there (module docstring).  A namesake outside a
    mention's candidates is added to them (last)."""
    out = list(resolved)
    if _GROUP.search(text) is None:
        return out
    homes: dict[str, set[str]] = {}  # each name's (key's) countries of the text
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is not None:
            homes.setdefault(m.key, set()).add(gaz.country_code(rec))
    names_in: dict[str, int] = {}  # each country's count of the text's names read there
    for cs in homes.values():
        for code in cs:
            names_in[code] = names_in.get(code, 0) + 1
    moved: dict[tuple[str, int], Candidate | None] = {}
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None and m.fuzzy and not m.unknown:
            out[k] = _spelt_home(text, gaz, m, out[k])
        if rec is None or (m.key, rec) in moved or not _free(gaz, m, rec):
            continue
        own = gaz.country_code(rec)
        if names_in.get(own, 0) > (own in homes.get(m.key, ())):
            continue  # another place of the text lies in the reading's country
        groups = group_countries(text, m.start, m.end)
        if groups and own not in groups:
            found = _namesake(gaz, m.key, rec, groups)
            if found is None and min(c.quality for c in m.candidates if c.record == rec) >= (
                QUALITY_ALTERNATE
            ):
                found = _NONE  # "Houla, Hezbollah said": no Kafr Lāhā of Syria
            moved[(m.key, rec)] = found
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        target = moved.get((m.key, rec)) if rec is not None else None
        if target is _NONE and _free(gaz, m, rec):
            out[k] = (None, 0.0)
        elif target is not None and _free(gaz, m, rec):
            out[k] = (target.record, score)
            if all(c.record != target.record for c in m.candidates):
                m.candidates = [*m.candidates, target]
    return out


def _spelt_home(
    text: str, gaz: Gazetteer, m: Mention, reading: tuple[int | None, float]
) -> tuple[int | None, float]:
    """A name spelt like a place (``fuzzy``) that nothing else supported: its first such
    place in the countries of its sentence's armed group, which supports it ("The Arakan
    Army said it had captured Kyaukphyu": Rakhine's Kyaukpyu); else ``reading``."""
    groups = group_countries(text, m.start, m.end)
    for c in m.candidates:
        if gaz.is_place(c.record) and gaz.country_code(c.record) in groups:
            return c.record, SCORE
    return reading


def _free(gaz: Gazetteer, m: Mention, rec: int) -> bool:
    """Is the reading a place the words around the name did not choose, no capital?"""
    return not (
        m.told_by_words() or m.containers or m.front or m.demonym_country
        or m.cue == "demonym" or not gaz.is_place(rec) or is_capital(gaz, rec)
    )  # fmt: skip


def _namesake(gaz: Gazetteer, key: str, rec: int, groups: frozenset[str]) -> Candidate | None:
    """The most important place called ``key`` (no spelling) in ``groups``' countries,
    no tiny namesake of ``rec`` (a tenth of its population at least), or None."""
    floor = gaz.population(rec) / 10
    best = [
        c
        for c in gaz.lookup_normalized(key)
        if c.quality <= QUALITY_ALTERNATE
        and gaz.is_place(c.record)
        and gaz.country_code(c.record) in groups
        and gaz.population(c.record) >= floor
    ]
    return max(best, key=lambda c: (gaz.importance(c.record), -c.record), default=None)

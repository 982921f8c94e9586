"""A name its own sentence places in a country by a demonym: "Floods swept through
Valencia on Tuesday, Spanish officials said"; "Bushfires raged in Victoria, Australian
media reported".

Resolution weighs the text's places, and a demonym is no place of the text unless the
corpus counts demonyms: so a sentence whose only country cue is "Spanish officials"
leaves "Valencia" to its largest namesake (Venezuela's), "Victoria" to Hong Kong's.
A reader takes the officials, media, police or authorities of a country to speak of
their own country's place.  :func:`demonym_homes` reads such a name as its best-ranked
namesake in that country when

- its sentence names the country by a demonym and names none of the reading's own
  country; a demonym of an armed party ("Israeli troops raided Bethlehem") speaks for
  its country and the countries bordering it (an army acts abroad, mostly next door:
  the West Bank's Bethlehem, not South Africa's);
- no other place of the text lies in the country resolution chose (the text would speak
  for it) nor in the demonym's (resolution weighed that country already); the mention
  has no container, front-line reading or negation of its own (the text chose already)
  and is no national capital (where other countries' officials go: "American diplomats
  said talks in Athens stalled");
- the namesake there is called by the name itself (its own name or an alias; an old
  or foreign name only of a town of :data:`_NOTED_TOWN` people of a country whose
  authorities or media speak: "Drones hit Palmyra, Syrian state media said" is Tadmur,
  not the Pacific's Palmyra Atoll), is a place,
  county or region, and is no tiny namesake of a large place (a tenth of its
  population at least, or a region).

Every mention of the name read as the same place follows (one reading per name).
Cost: one bounded look at the sentence of each resolved name's mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.codes import QUALITY_ALIAS
from ..gazetteer.index import Gazetteer
from .candidates import is_capital
from .lexicon.demonyms import DEMONYMS
from .ranking import first_readings
from .tokens import Mention

__all__ = ["demonym_homes", "sentence_bounds"]

#: Characters read either side of a name for its sentence (a bounded look).
_REACH = 300
_END = re.compile(r"[.!?]\s|\n")
#: A demonym (one or two capitalised words) and the word after it.
_DEMONYM = re.compile(r"\b([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)(?=(?: ([\w-]+))?)")
#: After a demonym: an armed party, which acts outside its country too.
_ARMED = frozenset(
    "forces force troops army military soldiers servicemen navy jets warplanes aircraft "
    "drones drone missiles missile strikes strike airstrikes artillery shelling attack "
    "attacks offensive units tanks fighters militants marines paratroopers general "
    "defence defense invasion occupation occupiers".split()
)
#: Kinds a demonym's country can hold the name as.
_KINDS = frozenset({"place", "admin1", "admin2"})
#: After a demonym: a country's authorities or media, who speak of its own places.
_SPEAKERS = frozenset(
    "state media officials official authorities government ministry defense defence "
    "foreign interior health news police television tv".split()
)
#: A place called by another of its names (an English exonym: Tadmur's "Palmyra") is
#: the demonym's namesake when it has this many people.
_NOTED_TOWN = 20_000


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``[start, end)`` (at most :data:`_REACH` either
    side)."""
    lo = max(0, start - _REACH)
    ends = [cut.end() for cut in _END.finditer(text, lo, start)]
    begin = ends[-1] if ends else lo
    tail = _END.search(text, end, min(len(text), end + _REACH))
    stop = tail.start() if tail is not None else min(len(text), end + _REACH)
    return begin, stop


def demonym_countries(text: str, start: int, end: int) -> frozenset[str]:
    """ISO codes of the countries the sentence around ``[start, end)`` names by a
    demonym that is no armed party ("Spanish officials said", not "Russian forces").

    >>> sorted(demonym_countries("Floods hit Valencia, Spanish officials said.", 11, 19))
    ['ES']
    >>> sorted(demonym_countries("Russian forces shelled Kupiansk overnight.", 23, 31))
    []
    """
    return _demonym_countries(text, start, end)[0]


def _demonym_countries(text: str, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    """The countries the sentence around ``[start, end)`` names by a demonym: those of
    no armed party, those of an armed party ("Israeli troops")."""
    begin, stop = sentence_bounds(text, start, end)
    found: set[str] = set()
    armed: set[str] = set()
    for match in _DEMONYM.finditer(text, begin, stop):
        if match.start() < end and match.end() > start:
            continue  # the name itself
        words, after = match.group(1), (match.group(2) or "").lower()
        for demonym, rest in ((words.lower(), after), (words.split()[0].lower(), None)):
            code = DEMONYMS.get(demonym)
            if code is None:
                continue
            following = rest if rest is not None else words.split()[1].lower()
            (armed if following in _ARMED else found).add(code)
            break
    return frozenset(found), frozenset(armed)


def _speaking_countries(text: str, start: int, end: int) -> frozenset[str]:
    """The countries whose authorities or media speak in the sentence around
    ``[start, end)``, by a demonym before a word of :data:`_SPEAKERS` ("Syrian state
    media", "the Syrian Defense Ministry"; not "Greek traders" or "British Army")."""
    begin, stop = sentence_bounds(text, start, end)
    found: set[str] = set()
    for match in _DEMONYM.finditer(text, begin, stop):
        words = match.group(1).split()
        following = (words[1] if len(words) > 1 else match.group(2) or "").lower()
        code = DEMONYMS.get(words[0].lower())
        if code is not None and following in _SPEAKERS and not start <= match.start() < end:
            found.add(code)
    return frozenset(found)


def sentence_countries_by_demonym(
    gaz: Gazetteer, text: str, start: int, end: int
) -> frozenset[str]:
    """The countries a name's sentence places it in by demonyms: a country named by a
    demonym of no armed party ("Spanish officials"), and an armed party's country with
    the countries bordering it ("Israeli troops": Israel, the Palestinian territories,
    Lebanon, Syria, Jordan, Egypt)."""
    found, armed = _demonym_countries(text, start, end)
    reach = set(found)
    for code in armed:
        reach.add(code)
        reach.update(gaz.neighbours(code))
    return frozenset(reach)


def demonym_homes(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """``resolved`` with names whose sentence places them in a country by a demonym read
    as their best-ranked namesake there (module docstring)."""
    out = list(resolved)
    countries: dict[str, set[str]] = {}  # each name's (key's) countries of the text
    for m, (rec, _) in zip(mentions, resolved, strict=True):
        if rec is not None:
            countries.setdefault(m.key, set()).add(gaz.country_code(rec))
    moved: dict[tuple[str, int], int | None] = {}  # (name, reading) -> new reading
    for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True)):
        if rec is None or not _free(m) or is_capital(gaz, rec):
            continue  # a capital is where a country's officials go ("talks in Athens")
        key = (m.key, rec)
        if moved.get(key) is not None:
            continue
        own = gaz.country_code(rec)
        elsewhere = set().union(*(cs for name, cs in countries.items() if name != m.key))
        if own in elsewhere:
            continue  # another place of the text lies in the reading's country
        # A country the text's places lie in already was weighed by resolution.
        named = sentence_countries_by_demonym(gaz, text, m.start, m.end) - elsewhere
        if not named or own in named:
            continue
        spoken = _speaking_countries(text, m.start, m.end) - elsewhere  # "Syrian state media"
        moved[key] = _namesake(gaz, mentions, k, rec, named, spoken)
    if not any(v is not None for v in moved.values()):
        return out
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        target = moved.get((m.key, rec)) if rec is not None else None
        if target is not None and _free(m):
            out[k] = (target, score)
    return out


def _free(m: Mention) -> bool:
    """Has the mention nothing of its own that chose its reading already?"""
    return not (
        m.fuzzy or m.unknown or m.actor or m.against or m.apart or m.containers or m.front
        or m.demonym_country or m.cue == "demonym" or len(m.candidates) < 2
    )  # fmt: skip


def _namesake(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    k: int,
    rec: int,
    named: frozenset[str],
    spoken: frozenset[str],
) -> int | None:
    """The best-ranked candidate of mention ``k`` called by its own name in one of the
    ``named`` countries (by another name, a town of :data:`_NOTED_TOWN` people in one of
    the ``spoken`` ones, whose authorities or media speak) and not a tiny namesake
    of ``rec``, or None."""
    first = first_readings(gaz, mentions, [k]).get(k)
    candidates = sorted(
        mentions[k].candidates,
        key=lambda c: (
            c.quality > QUALITY_ALIAS, c.record != first, -gaz.importance(c.record), c.record
        ),
    )
    floor = gaz.population(rec) / 10
    for c in candidates:
        r = gaz.row(c.record)
        if r.country_code not in named or r.kind not in _KINDS:
            continue
        if r.kind == "place" and r.population < floor:
            continue
        if c.quality > QUALITY_ALIAS and (
            r.kind != "place" or r.population < _NOTED_TOWN or r.country_code not in spoken
        ):
            continue  # an old or foreign name only of a town of note: "Palmyra" of Tadmur
        return c.record
    return None

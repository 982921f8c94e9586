"""Seas, gulfs, straits, rivers, lakes and reservoirs: water bodies read by their whole name.

"Shipping in the Red Sea and the Gulf of Aden", "Ukrainian troops crossed the Dnipro",
"the Kakhovka Reservoir": :func:`find_water` reads the names of water bodies in a text
itself, before the gazetteer's places are resolved, so a name inside one never reads as
its land namesake (the city of Aden, the town of Azov, Oman, Egypt's Red Sea
Governorate), while "Azov" alone or "the port of Aden" stays the town.  The forms read:

1. a name before a water word: "the Black Sea", "the Azov Sea", "the Kerch Strait", "the
   Dnipro River", "the Oskil river", "the Kakhovka Reservoir";
2. a water word and "of" before the name: "the Sea of Azov", "the Gulf of Aden", "the
   Strait of Hormuz", "the Bay of Bengal"; "river" or "Lake" before it: "the river
   Dnipro", "Lake Erie";
3. two names sharing a plural water word: "the Black and Azov seas";
4. a well-known river or sea by its name alone, after "the" ("across the Dnipro", "the
   Dnipro's left bank", "near the Siverskyi Donets", "the eastern Mediterranean") or
   before "'s left bank" ("Dnipro's left bank").

A name followed by a capitalised word or a region's word names something else ("the
Black Sea Fleet", "the Red Sea governorate", "the Dnipro battalion").  Each water body
is looked up in the water table (:mod:`geo.text.water_table`: a point and a geometry
from Natural Earth); a sea, gulf or strait the table lacks ("the Strait of Hormuz") is
still read as water, without a place.  :func:`water_toponyms` makes the toponyms (cue
``"water"``, kind ``"water"``); :func:`outside_water` drops the recognised mentions
inside a water body's name before resolution; :func:`water_bodies` leaves without a
place any remaining mention whose own name ends in a sea's word.

Cost: a handful of regular-expression scans of the text, one table look-up per match.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..gazetteer.normalize import normalize
from ..model import Place, Toponym
from .lexicon import RIVERS
from .tokens import Mention
from .water_table import SPELLINGS, WaterBody, water_table

if TYPE_CHECKING:
    from ..gazetteer.index import Gazetteer

__all__ = [
    "WaterSpan",
    "find_water",
    "keep_towns",
    "outside_water",
    "water_bodies",
    "water_toponyms",
]


@dataclass(frozen=True, slots=True)
class WaterSpan:
    """A water body's name in a text: ``text[start:end]``, its record (None when the
    table lacks it) and the water word it was read with ("sea", "river", ...)."""

    start: int
    end: int
    body: WaterBody | None
    word: str


#: A capitalised word, with an Arabic article before it ("el-Mandeb", "al-Assad"), never
#: the tail of a word ("al-Mandab" is not "Mandab").
_CAP = r"(?<![\w'’\-])(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-ZÀ-ÖØ-Þ][\w'’\-]*"
_NAME = rf"{_CAP}(?: {_CAP}){{0,3}}"
#: Water words after a name; capitalised ones always, these in lower case too.
_AFTER_WORD = (
    r"Sea|Ocean|Gulf|Straits?|Channel|Bay|River|Lake|Reservoir|Lagoon|Estuary|Sound|Canal"
    r"|sea|river|lake|reservoir"
)
_NAME_WORD = re.compile(rf"(?P<name>{_NAME})\s+(?P<word>{_AFTER_WORD})\b")
_WORD_OF_NAME = re.compile(
    rf"\b(?P<word>Sea|Gulf|Straits?|Bay|sea|gulf|straits?|bay)\s+of\s+(?:the\s+)?(?P<name>{_NAME})"
)
_WORD_NAME = re.compile(rf"\b(?P<word>River|river|Lake)\s+(?P<name>{_NAME})")
_PAIR = re.compile(
    rf"\b(?P<a>{_CAP})\s+and\s+(?:the\s+)?(?P<b>{_CAP})\s+(?P<word>seas|rivers|lakes|reservoirs)\b"
)
_THE_NAME = re.compile(
    r"\b[Tt]he\s+(?:(?:north|south|east|west)(?:ern)?\s+|(?:upper|lower|central|middle)\s+)?"
    rf"(?P<name>{_CAP}(?: {_CAP})?)"
)
_BANK = re.compile(
    rf"\b(?P<name>{_CAP})(?:'s|’s)\s+(?:left|right|east|west|eastern|western|northern"
    r"|southern)\s+bank"
)
#: After a name: a capitalised word (another name's: "the Black Sea Fleet") or a word that
#: makes it a region, a unit or a body named after the water.
_NOT_WATER_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:[A-Z]\w*|(?i:governorate|state|states|province|region|oblast|krai"
    r"|district|county|prefecture|city|battalion|brigade|regiment|corps|group|hotel"
    r"|airport|club|team|valley|basin|cossacks|countries|nations|islands|fleet)\b)"
)
#: Before "the": a name's head ("the Republic of the Congo": the country, not the river).
_NAME_OF_BEFORE = re.compile(r"[A-Z]\w*\s+of\s+$")
#: After a sea named by its adjective: the end of a clause or a word that is no noun
#: ("in the Mediterranean on Monday"; not "the Atlantic alliance", "the Pacific region").
_SEA_END = re.compile(
    r"(?:'s|’s)?(?:\s*[.,;:!?)\]\"”]|\s*$|\s+(?:in|on|and|or|to|off|near|from|between|at"
    r"|by|for|with|was|is|were|are|has|had|have|where|which|since|after|before|during)\b)"
)

#: Seas named by their adjective alone ("the Mediterranean"), with the table's name.
BARE_SEAS: dict[str, tuple[str, str]] = {
    "mediterranean": ("Mediterranean", "sea"),
    "baltic": ("Baltic", "sea"),
    "caspian": ("Caspian", "sea"),
    "adriatic": ("Adriatic", "sea"),
    "aegean": ("Aegean", "sea"),
    "caribbean": ("Caribbean", "sea"),
    "ionian": ("Ionian", "sea"),
    "atlantic": ("North Atlantic", "ocean"),
    "pacific": ("North Pacific", "ocean"),
}
#: Straits named without their word ("the Bab el-Mandeb"), with the table's name.
BARE_STRAITS: dict[str, tuple[str, str]] = {
    "bab el mandeb": ("Bab el Mandeb", "strait"),
    "bab al mandab": ("Bab al Mandab", "strait"),
    "bosporus": ("Bosporus", "strait"),
    "bosphorus": ("Bosphorus", "strait"),
    "dardanelles": ("Dardanelles", "strait"),
}
#: Rivers read by their name alone after "the": the lexicon's rivers that share a city's
#: name and every spelling of the rivers of the war (those the table has as rivers).
_BARE_RIVERS = frozenset(RIVERS) | {s for group in SPELLINGS for s in group}
#: Water words that may stand without a table record (the old reading: "Strait of Hormuz").
_MARINE_WORDS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "canal"})
_ANY_WATER = re.compile(
    r"(?i:\b(?:seas?|ocean|gulf|straits?|channel|bay|rivers?|lakes?|reservoirs?|lagoon|canal"
    r"|estuary|sound)\b)|'s left bank|'s right bank|\bthe\s"
)


def _norm(name: str) -> str:
    return normalize(name)


def find_water(text: str) -> list[WaterSpan]:
    """The water bodies ``text`` names, in text order, none overlapping another.

    Examples
    --------
    >>> [(s.body.name, s.word) for s in find_water("Ships in the Sea of Azov and the Dnieper.")]
    [('Sea of Azov', 'sea'), ('Dnipro', 'river')]
    >>> find_water("Azov was shelled; the port of Aden was quiet.")
    []
    >>> [s.body for s in find_water("Tankers avoid the Strait of Hormuz.")]
    [None]
    """
    if not _ANY_WATER.search(text):
        return []
    found: list[WaterSpan] = []
    for m in _NAME_WORD.finditer(text):
        found += _named(text, m, m.group("word"), suffix=True)
    for m in _WORD_OF_NAME.finditer(text):
        found += _named(text, m, m.group("word"), suffix=False, head=m.start())
    for m in _WORD_NAME.finditer(text):
        found += _named(text, m, m.group("word"), suffix=False, head=m.start(), known=True)
    for m in _PAIR.finditer(text):
        word = m.group("word")[:-1]
        if _NOT_WATER_AFTER.match(text, m.end()):
            continue
        for g in ("a", "b"):
            body = water_table().find(m.group(g), word)
            if body is not None:
                found.append(WaterSpan(m.start(g), m.end(g), body, word))
    for pattern in (_THE_NAME, _BANK):
        for m in pattern.finditer(text):
            span = _bare(text, m)
            if span is not None:
                found.append(span)
    found.sort(key=lambda s: (s.start, -s.end))
    out: list[WaterSpan] = []
    for s in found:
        if not out or s.start >= out[-1].end:
            out.append(s)
    return out


def _named(
    text: str,
    m: re.Match[str],
    word: str,
    *,
    suffix: bool,
    head: int | None = None,
    known: bool = False,
) -> list[WaterSpan]:
    """A name and its water word: the longest part of the name the table knows (its
    last words when the word follows, its first words when it leads), else, for a sea's
    word, the word and the name's nearest word, without a place."""
    words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group("name"))]
    base = m.start("name")
    parts = (
        [words[k:] for k in range(len(words))] if suffix
        else [words[: k + 1] for k in reversed(range(len(words)))]
    )
    for part in parts:
        s, e = base + part[0][0], base + part[-1][1]
        name = text[s:e]
        if suffix and _norm(text[base + part[0][0] : base + part[0][1]]) == "the":
            continue  # "The Black Sea" at a sentence's start: the name is "Black Sea"
        end = m.end() if suffix else e
        if _NOT_WATER_AFTER.match(text, end):
            return []
        body = water_table().find(name, word)
        if body is not None:
            return [WaterSpan(s if suffix or head is None else head, end, body, word.lower())]
    if known or word.lower() not in _MARINE_WORDS or not word[0].isupper():
        return []
    near = parts[-1]
    s, e = base + near[0][0], base + near[-1][1]
    if _norm(text[s:e]) == "the":
        return []
    end = m.end() if suffix else e
    if _NOT_WATER_AFTER.match(text, end):
        return []
    return [WaterSpan(s if suffix or head is None else head, end, None, word.lower())]


def _bare(text: str, m: re.Match[str]) -> WaterSpan | None:
    """A river or sea named alone: "the Dnipro", "the Mediterranean"."""
    name = m.group("name")
    key = _norm(name)
    bare = {**BARE_SEAS, **BARE_STRAITS}
    if key not in _BARE_RIVERS and key not in bare:
        first = name.split(" ")[0]  # "the Dnipro Kherson ..." : the first word alone
        if _norm(first) not in _BARE_RIVERS and _norm(first) not in bare:
            return None
        name, key = first, _norm(first)
    end = m.start("name") + len(name)
    if _NOT_WATER_AFTER.match(text, end):
        return None
    if m.group(0)[:1] in "Tt" and _NAME_OF_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return None
    if key in BARE_SEAS and not _SEA_END.match(text, end):
        return None
    if key in bare:
        body = water_table().find(*bare[key])
        word = bare[key][1]
    else:
        body = water_table().find(name, "river")
        word = "river"
    if body is None:
        return None
    return WaterSpan(m.start("name"), end, body, word)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def keep_towns(
    text: str, gaz: Gazetteer, mentions: Sequence[Mention], waters: Sequence[WaterSpan]
) -> list[WaterSpan]:
    """The water bodies that are no town's whole name: a water body's name with its water
    word, without "the" before it, that recognition read whole as a populated place
    ("White River, South Dakota", "moved to Elbow Lake") is the town; "the White River" is
    the river, and a name read as water from its context ("the Black and Azov seas") is
    water.

    Cost: one dictionary of the mentions' spans, one look-behind per water body."""
    if not waters:
        return []
    whole = {(m.start, m.end): m for m in mentions}
    out = []
    for w in waters:
        m = whole.get((w.start, w.end))
        if (
            m is not None
            and w.word in normalize(text[w.start : w.end]).split()  # not "the Black and Azov seas"
            and m.candidates
            and gaz.is_place(m.candidates[0].record)
            and not _THE_BEFORE.search(text, max(0, w.start - 8), w.start)
        ):
            continue
        out.append(w)
    return out


def outside_water(mentions: Sequence[Mention], waters: Sequence[WaterSpan]) -> list[Mention]:
    """The mentions outside every water body's name ("Aden" in "the Gulf of Aden" is no
    mention of Aden); the names of a list left keep their partners' new indexes
    (:attr:`Mention.siblings`).  ``waters`` in text order, none overlapping another (as
    :func:`find_water` gives them): their ends are in order too, so only the last one
    starting before a mention's end may overlap it."""
    if not waters:
        return list(mentions)
    starts = [w.start for w in waters]
    kept: dict[int, int] = {}  # index in ``mentions`` -> index in the result
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        k = bisect.bisect_left(starts, m.end) - 1
        if k < 0 or waters[k].end <= m.start:
            kept[i] = len(out)
            out.append(m)
    if len(out) < len(mentions):
        for m in out:  # a list's other names, by their new indexes
            if m.siblings:
                m.siblings = tuple(kept[i] for i in m.siblings if i in kept)
    return out


def water_toponyms(
    text: str, toponyms: Sequence[Toponym], waters: Sequence[WaterSpan]
) -> tuple[Toponym, ...]:
    """``toponyms`` with the water bodies in text order, a toponym overlapping one
    dropped.  A water body the table has carries its point (kind ``"water"``), its kind
    (:attr:`Toponym.water`) and its geometry; one it lacks has no place."""
    if not waters:
        return tuple(toponyms)
    spans = [(w.start, w.end) for w in waters]
    kept = [t for t in toponyms if not any(s < t.end and t.start < e for s, e in spans)]
    for w in waters:
        b = w.body
        place = None if b is None else Place(0, b.name, "water", "", b.lat, b.lon)
        kept.append(
            Toponym(
                w.start, w.end, text[w.start : w.end], place, 0.9 if b else 0.5, "water",
                water=b.kind if b else w.word, geometry=b.geometry if b else None,
            )
        )
    kept.sort(key=lambda t: (t.start, t.end))
    return tuple(kept)


_ENDS_IN_WATER = re.compile(r"\s(?:Sea|Ocean|Gulf|Strait|Straits)$")
_REGION_AFTER = re.compile(
    r"\s+(?i:governorate|state|province|region|oblast|krai|district|county|prefecture)\b"
)


def water_bodies(
    text: str,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
) -> list[tuple[int | None, float]]:
    """Leave without a place a mention whose own name ends in a sea's word and that
    :func:`find_water` did not read ("the Black Sea Fleet": the "Black Sea" named in an
    organisation's name), unless a region's word follows ("Red Sea governorate").

    Parameters
    ----------
    text : str
    mentions : sequence of Mention
        Their cue set to ``"water"`` where so read.
    resolved : sequence of (record or None, score)
        Resolution's choice per mention, aligned with ``mentions``.

    Returns
    -------
    list of (record or None, score)
    """
    out = list(resolved)
    for k, m in enumerate(mentions):
        if _ENDS_IN_WATER.search(text[m.start : m.end]) and not _REGION_AFTER.match(
            text, m.end
        ):
            m.cue = "water"
            out[k] = (None, resolved[k][1])
    return out

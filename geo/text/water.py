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
   before "'s left bank" ("Dnipro's left bank"); a sea's adjective before a word of its
   shore ("the Baltic coast"), the town-named Azov too ("on the Azov coast").

A name followed by a capitalised word or a region's word names something else ("the
Black Sea Fleet", "the Red Sea governorate", "the Dnipro battalion").  Each water body
is looked up in the water table (:mod:`geo.text.water_table`: a point and a geometry
from Natural Earth); a sea, gulf or strait the table lacks ("the Strait of Tiran") is
still read as water, without a place; so is a canal ("the Suez Canal").
:mod:`geo.text.water_places` settles them with the mentions and toponyms.

Cost: a handful of regular-expression scans of the text, one table look-up per match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer.normalize import normalize
from .lexicon import DEMONYMS, RIVERS
from .water_table import (
    BARE_SEAS,
    BARE_STRAITS,
    RIVER_SPELLINGS,
    SPELLINGS,
    WaterBody,
    water_table,
)

__all__ = ["BARE_SEAS", "BARE_STRAITS", "WaterSpan", "find_water"]


@dataclass(frozen=True, slots=True)
class WaterSpan:
    """A water body's name in a text: ``text[start:end]``, its record (None when the
    table lacks it), the water word it was read with ("sea", "river", ...) and the other
    water bodies of the same name (the White River of the Yukon and of Arkansas), of
    which the one nearest the text's places is taken
    (:func:`geo.text.water_places.water_toponyms`)."""

    start: int
    end: int
    body: WaterBody | None
    word: str
    others: tuple[WaterBody, ...] = ()


#: A capitalised word, with an Arabic article before it ("el-Mandeb", "al-Assad"), never
#: the tail of a word ("al-Mandab" is not "Mandab").
_CAP = r"(?<![\w'’\-])(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-ZÀ-ÖØ-Þ][\w'’\-]*"
_NAME = rf"{_CAP}(?: {_CAP}){{0,3}}"
#: Water words after a name; capitalised ones always, these in lower case too.
_AFTER_WORD = (
    r"Sea|Ocean|Gulf|Straits?|Channel|Bay|River|Lake|Reservoir|Lagoon|Estuary|Sound|Canal"
    r"|sea|river|lake|reservoir"
)
_AFTER_WORD_ALONE = re.compile(rf"(?i:{_AFTER_WORD})")
_NAME_WORD = re.compile(rf"(?P<name>{_NAME})\s+(?P<word>{_AFTER_WORD})\b")
_WORD_OF_NAME = re.compile(
    rf"\b(?P<word>Sea|Gulf|Straits?|Bay|sea|gulf|straits?|bay)\s+of\s+(?:the\s+)?(?P<name>{_NAME})"
)
_WORD_NAME = re.compile(rf"\b(?P<word>River|river|Lake)\s+(?P<name>{_NAME})")
_PAIR = re.compile(  # "the Ravi, Sutlej and Chenab rivers": a list too
    rf"\b(?P<a>{_CAP})(?P<mid>(?:,\s+(?:the\s+)?{_CAP}){{0,4}}),?\s+and\s+(?:the\s+)?"
    rf"(?P<b>{_CAP})\s+(?P<word>seas|rivers|lakes|reservoirs)\b"
)
#: ("\bthe" written so that ``re`` skips to its "T" or "t" in C: the word's start is a
#: look-behind after that letter.)
_THE_NAME = re.compile(
    r"[Tt](?<!\w[Tt])he\s+(?P<part>(?:(?:north|south|east|west)(?:ern)?\s+|(?:upper|lower|central"
    r"|middle)\s+)?(?:(?:tropical|equatorial)\s+)?)"
    rf"(?P<name>{_CAP}(?: {_CAP})?)"
)
_BANK = re.compile(  # a river's bank, or its ports: "Ukraine's Danube ports"
    rf"\b(?P<name>{_CAP})(?:(?:'s|’s)\s+(?:left|right|east|west|eastern|western|northern"
    r"|southern)\s+bank|\s+ports\b)"
)
#: After a name: a capitalised word (another name's: "the Black Sea Fleet") or a word that
#: makes it a region, a unit or a body named after the water.
_NOT_WATER_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:[A-Z]\w*|(?i:governorate|state|states|province|region|oblast|krai"
    r"|district|county|prefecture|city|battalion|brigade|regiment|corps|group|hotel"
    r"|airport|club|team|basin|cossacks|countries|nations|islands|fleet|railway"
    r"|station|township)\b)"
)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")  # "the Juba River", not "White River, S.D."
#: Before "the": a name's head ("the Republic of the Congo": the country, not the river).
_NAME_OF_BEFORE = re.compile(r"[A-Z]\w*\s+of\s+$")
#: After a sea named by its adjective: the end of a clause or a word that is no noun
#: ("in the Mediterranean on Monday"; not "the Atlantic alliance", "the Pacific region").
_SEA_END = re.compile(
    r"(?:'s|’s)?(?:\s*[.,;:!?)\]\"”—–]|\s*$|\s+(?:in|on|and|or|to|off|near|from|between|at"
    r"|by|for|with|into|toward|towards|through|along|across|as|but|was|is|were|are|has|had"
    r"|have|where|which|that|since|after|before|during|starts?|begins?|ends|lasts|remains?"
    r"|stays?|will|would|could|can|may|might|saw|sees|hurricanes?|storms?"
    r"|coasts?|coastline|shores?|seaboard|littoral)\b)"
)
#: A sea whose adjective alone is a town's name ("Azov"), read as the sea only before a
#: word of its shore: "on the Azov coast", "Azov ports" (the town stays "Azov").
_SHORE_SEAS: dict[str, tuple[str, str]] = {"azov": ("Azov", "sea")}
_SHORE_AFTER = re.compile(r"\s+(?:coasts?|coastline|shores?|seaboard|littoral|ports)\b")
#: Before "the" and a river named alone: a word of crossing, following or reaching it
#: ("across the Dnipro", "on the left bank of the Dnieper", "bathed in the Jordan").
_RIVER_BEFORE = re.compile(
    r"\b(?:across|along|over|on|onto|into|in|of|near|beyond|behind|from|to|toward|towards"
    r"|up|down|past|under|at|by|off|between|crossed|cross|crossing|crosses|forded|bridged"
    r"|reached|reach|reaching|spanning|spans|upstream|downstream|and)\s+$",
    re.IGNORECASE,
)
#: After a river named alone: its banks or mouth ("the Dnipro's", "the Dnipro delta").
_RIVER_PARTS_AFTER = re.compile(
    r"(?:'s|’s)|\s+(?:delta|estuary|bank|banks|riverbank|riverbanks|mouth|floodplain)\b"
)
#: After a river named alone: a noun that makes it a namesake's ("the Jordan middle
#: school", "the Don club", "the Dnipro direction"); any other word may follow ("across the
#: Dnipro went on", "the Dnipro delta").
_NOT_RIVER_AFTER = re.compile(
    r"\s+(?:middle|high|elementary|school|schools|college|university|church|hospital|league"
    r"|club|team|fans|players|township|community|park|street|road|avenue|area|direction"
    r"|axis|front|sector|operational|grouping|forces|troops|army|council|city|town|village"
    r"|resident|residents|police|sheriff|mayor|public|library|museum|theater|theatre)\b",
    re.IGNORECASE,
)

#: Straits news names by the land beside them alone ("tankers crossing Hormuz", "closing
#: Hormuz"), with the table's name: the strait, not the island's town (Hormoz), wherever
#: the name stands alone (not "Hormuz Island", "the island of Hormuz").
_LAND_NAMED_STRAITS: dict[str, str] = {"Hormuz": "Strait of Hormuz"}
_LAND_NAMED = re.compile(
    r"(?<![\w'’\-])(?P<name>{})\b(?![ \t]*(?:[’'-]|[ \t][A-Z]|[ \t](?i:island|isle)\b))".format(
        "|".join(_LAND_NAMED_STRAITS)
    )
)
_ISLAND_OF_BEFORE = re.compile(r"\b(?i:(?:island|isle|town|port|strait|straits)\s+of\s+)$")
#: Rivers read by their name alone after "the": the lexicon's rivers that share a city's
#: name and every spelling of the rivers of the war (those the table has as rivers).
_BARE_RIVERS = frozenset(RIVERS) | {s for group in RIVER_SPELLINGS for s in group}
_SPELLING_GROUP: dict[str, tuple[str, ...]] = {s: g for g in SPELLINGS for s in g}
#: Water words that may stand without a table record (the old reading: "Strait of Tiran").
_MARINE_WORDS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "canal"})
_ANY_WATER = re.compile(
    r"(?i:\b(?:seas?|ocean|gulf|straits?|channel|bay|rivers?|lakes?|reservoirs?|lagoon|canal"
    r"|estuary|sound)\b)|['’]s (?:left|right|east|west)|\b[Tt]he\s| ports\b"
)


#: Every water word the scans below read, as it is written there. A match of
#: ``_NAME_WORD`` holds one of ``_AFTER_WORDS`` after a space, one of ``_WORD_OF_NAME``
#: one of ``_OF_WORDS`` at a word's start, one of ``_WORD_NAME`` one of
#: ``_BEFORE_WORDS``, one of ``_PAIR`` one of ``_PLURAL_WORDS`` after a space (each
#: word ends where a word ends).
_AFTER_WORDS = frozenset(_AFTER_WORD.replace("Straits?", "Strait|Straits").split("|"))
_OF_WORDS = frozenset("Sea Gulf Strait Straits Bay sea gulf strait straits bay".split())
_BEFORE_WORDS = frozenset({"River", "river", "Lake"})
_PLURAL_WORDS = frozenset({"seas", "rivers", "lakes", "reservoirs"})
_WATER_WORD = re.compile(
    "(?:{})\\b".format(
        "|".join(sorted(_AFTER_WORDS | _OF_WORDS | _BEFORE_WORDS | _PLURAL_WORDS, reverse=True))
    )
)


def _water_words(text: str) -> tuple[set[str], set[str]]:
    """The water words of the scans that ``text`` holds as words, and those of them
    that come after a space (``\\s``), each as it is written.

    The pattern opens with the words' letters (``re`` skips to them in C, where a
    pattern opening with ``\\b`` is tried at every character); the start of a word is
    tested on each match (``\\w`` is a letter, a digit or ``_``)."""
    words: set[str] = set()
    spaced: set[str] = set()
    for m in _WATER_WORD.finditer(text):
        s = m.start()
        before = text[s - 1] if s else " "
        if before.isalnum() or before == "_":
            continue  # inside a word: "overseas", "Bayern" is no water word's
        words.add(m.group())
        if before.isspace():
            spaced.add(m.group())
    return words, spaced


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
    >>> [s.body for s in find_water("Tankers avoid the Strait of Tiran.")]
    [None]
    """
    found = _land_named(text)
    if not _ANY_WATER.search(text):
        return found
    # Each scan runs only when its water word occurs as it needs it (one scan, in C, for
    # all: most texts name no water word, and these patterns open with no literal re
    # can skip to).
    words, spaced = _water_words(text)
    if spaced & _AFTER_WORDS:
        for m in _NAME_WORD.finditer(text):
            found += _named(text, m, m.group("word"), suffix=True)
    if words & _OF_WORDS:
        for m in _WORD_OF_NAME.finditer(text):
            found += _named(text, m, m.group("word"), suffix=False, head=m.start())
    if words & _BEFORE_WORDS:
        for m in _WORD_NAME.finditer(text):
            found += _named(text, m, m.group("word"), suffix=False, head=m.start(), known=True)
    pairs = _PAIR.finditer(text) if spaced & _PLURAL_WORDS else ()
    for m in pairs:
        word = m.group("word")[:-1]
        if _NOT_WATER_AFTER.match(text, m.end()):
            continue
        listed = [(m.start(g), m.group(g)) for g in ("a", "b")]
        listed += [(m.start("mid") + n.start(), n[0]) for n in re.finditer(_CAP, m["mid"])]
        for start, name in listed:
            if (body := _lookup(name, word))[0] is not None:
                found.append(WaterSpan(start, start + len(name), body[0], word, body[1]))
    for pattern in (_THE_NAME, _BANK) if "bank" in text or " ports" in text else (_THE_NAME,):
        for m in pattern.finditer(text):
            span = _bare(text, m)
            if span is not None:
                found.append(span)
    found += _dateline_water(text)
    found.sort(key=lambda s: (s.start, -s.end))
    out: list[WaterSpan] = []
    for s in found:
        if not out or s.start >= out[-1].end:
            out.append(s)
    return out


def _land_named(text: str) -> list[WaterSpan]:
    """The straits named by their land alone (:data:`_LAND_NAMED_STRAITS`)."""
    out: list[WaterSpan] = []
    if not any(name in text for name in _LAND_NAMED_STRAITS):
        return out  # (most texts: a substring test in C, not a scan of the pattern)
    for m in _LAND_NAMED.finditer(text):
        if _ISLAND_OF_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue
        body, others = _lookup(_LAND_NAMED_STRAITS[m.group("name")], "strait")
        if body is not None:
            out.append(WaterSpan(m.start(), m.end(), body, "strait", others))
    return out


#: A dateline in capitals at a text's start, before its comma, bracket or dash ("RED SEA
#: —", "BLACK SEA (Reuters) —", "GULF OF ADEN, Yemen —").
_CAPS_DATELINE = re.compile(
    r"\s*(?P<head>[A-Z][A-Z'’\-]*(?: [A-Z][A-Z'’\-]*){1,4})(?=\s*[,(—–]| - )"
)
_SMALL_WORDS = frozenset({"of", "the", "and"})


def _dateline_water(text: str) -> list[WaterSpan]:
    """A water body a dateline in capitals names whole ("RED SEA —": the sea, not
    Egypt's Red Sea Governorate), read as its name in title case would be."""
    m = _CAPS_DATELINE.match(text)
    if m is None:
        return []
    head = m.group("head")
    titled = " ".join(
        w.lower() if k and w.lower() in _SMALL_WORDS else w.capitalize()
        for k, w in enumerate(head.split(" "))
    )
    spans = find_water(titled)
    if len(spans) != 1 or (spans[0].start, spans[0].end) != (0, len(head)):
        return []  # a place's dateline ("KYIV"), or water inside a longer name
    s = spans[0]
    if s.body is None:
        return []
    return [WaterSpan(m.start("head"), m.end("head"), s.body, s.word, s.others)]


def _not_water_after(text: str, end: int) -> bool:
    """A word after a name that makes it another name's ("the Black Sea Fleet"); never a
    country's adjective ("on the Oskil River Ukrainian troops held the bank")."""
    if _NOT_WATER_AFTER.match(text, end) is None:
        return False
    word = _NEXT_WORD.match(text, end)
    return word is None or word.group(1).lower() not in DEMONYMS


_NEXT_WORD = re.compile(r"\s+([A-Z]\w*)\b")


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
        if _not_water_after(text, end):
            return []
        body, others = _lookup(name, word)
        if body is not None:
            start = s if suffix or head is None else head
            return [WaterSpan(start, end, body, word.lower(), others)]
    if not known and word == "River" and _THE_BEFORE.search(text, max(0, base - 5), base):
        # "along the Juba River": a river the table lacks is still no town of its name.
        s, e = base + words[0][0], base + words[-1][1]
        if _norm(text[s:e]) != "the" and not _not_water_after(text, m.end()):
            return [WaterSpan(s, m.end(), None, "river")]
        return []
    if known or word.lower() not in _MARINE_WORDS or not word[0].isupper():
        return []
    near = parts[-1]
    s, e = base + near[0][0], base + near[-1][1]
    if _norm(text[s:e]) == "the" or _AFTER_WORD_ALONE.fullmatch(text[s:e]):
        return []  # "The Sea", "Sea Sea": a water word is no water body's name
    end = m.end() if suffix else e
    if _not_water_after(text, end):
        return []
    return [WaterSpan(s if suffix or head is None else head, end, None, word.lower())]


def _bare(text: str, m: re.Match[str]) -> WaterSpan | None:
    """A river or sea named alone: "the Dnipro", "the Mediterranean"."""
    name = m.group("name")
    key = _norm(name)
    bare = {**BARE_SEAS, **BARE_STRAITS}
    if key in _SHORE_SEAS and _SHORE_AFTER.match(text, m.end("name")):
        bare[key] = _SHORE_SEAS[key]  # "on the Azov coast": the sea's shore
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
    if key in BARE_SEAS and not (_SEA_END.match(text, end) or m.groupdict().get("part")):
        return None  # "the Atlantic alliance"; a part is the sea: "the eastern Pacific region"
    if key in _BARE_RIVERS and (
        _NOT_RIVER_AFTER.match(text, end)  # "the Jordan middle school"
        or (
            m.re is _THE_NAME
            and not _RIVER_BEFORE.search(text, max(0, m.start() - 24), m.start())
            and not _RIVER_PARTS_AFTER.match(text, end)
        )  # "The Jordan boys team": a river alone is read where it is crossed or reached
    ):
        return None
    name, word = bare.get(key, (name, "river"))
    body, others = _lookup(name, word)
    if body is None:
        return None
    return WaterSpan(m.start("name"), end, body, word, others)


def _lookup(name: str, word: str) -> tuple[WaterBody | None, tuple[WaterBody, ...]]:
    """The best-ranked water body ``name`` with ``word`` names, and the others of its
    name (or of another spelling of it: the Dnipro and the upper "Dnepr")."""
    found = water_table().find_all(name, word)
    if not found:
        return None, ()
    best = found[0]
    group = _SPELLING_GROUP.get(_norm(best.name), (_norm(best.name),))
    return best, tuple(b for b in found[1:] if b.kind == best.kind and _norm(b.name) in group)

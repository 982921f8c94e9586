"""Capes, islands, peninsulas, ranges and deserts: physical features read by their name.

"The ship rounded Cape Horn", "the Kola Peninsula", "the Crimean peninsula", "Sakhalin
Island", "the Ural Mountains", "the Sahara Desert", "the Carpathians":
:func:`find_physical` reads the names of physical features in a text itself, before the
gazetteer's places are resolved, so a name inside one is no mention of its namesake
town ("Horn", "Kola"), and a feature the gazetteer lacks is placed from the physical
table (:mod:`geo.text.physical_table`: Natural Earth's point or polygon).  The forms
read:

1. a name before a landform word: "Sakhalin Island", "the Kuril Islands", "the Kola
   Peninsula", "the Crimean peninsula", "the Ural Mountains", "the Gobi Desert";
2. a landform word before the name: "Cape Horn", "Cape of Good Hope", "Mount Everest",
   "Mt. Kenya" and "Mt Kenya" (the abbreviation with or without its dot),
   and in Spanish, Portuguese or French: "Isla Margarita", "Cerro Aconcagua";
3. a feature named alone after "the", in the forms the table lists for it ("the
   Sahara", "the Alps", "the Carpathians", "the Kurils", "the Negev");
4. an island named alone by its whole name ("on Oahu", "villagers of Sumatra", "Maui's
   towns"), not inside a longer name or after a particle ("Radio Java", "Mario de
   Santiago"), nor anywhere in the text a person's surname ("Irvin E. Rhodes"); an
   everyday word ("Java") only after a preposition of place ("in regions like Java").

A name followed by a capitalised word or an organisation's word names something else
("the Sahara Desert Resort", "the Carpathian Mountains brigade").  A name the table
lacks ("Snake Island", "the Kinburn Spit") is left to the gazetteer, as before.
:mod:`geo.text.physical_places` settles the spans with the mentions and toponyms.

Cost: four regular-expression scans of the text, each opening with a literal or a
character class ``re`` skips to; one table look-up per match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..gazetteer.normalize import normalize
from .armed_names import armed_name
from .physical_table import PhysicalFeature, PhysicalTable, physical_table

__all__ = ["FOREIGN_LEADING", "PhysicalSpan", "find_physical"]


@dataclass(frozen=True, slots=True)
class PhysicalSpan:
    """A physical feature's name in a text: ``text[start:end]``, the features it may name
    (best ranked first; the one nearest the text's places is taken,
    :func:`geo.text.physical_places.physical_toponyms`) and the landform word it was read
    with ("" for a name alone)."""

    start: int
    end: int
    features: tuple[PhysicalFeature, ...]
    word: str


#: A capitalised word (an Arabic article before it: "al-Jabal").
_CAP = r"(?<![\w'’\-])(?:(?:al|el|an|ar|as)-)?[A-ZÀ-ÖØ-Þ][\w'’\-]*"
_NAME = rf"{_CAP}(?: (?:of |de |del |da |do )?{_CAP}){{0,3}}"
#: Landform words after a name: capitalised always, these in lower case too.
_AFTER = (
    r"Islands|Island|Isles|Isle|Archipelago|Atoll|Peninsula|Spit|Mountains|Mts\.?|Range"
    r"|Ranges|Highlands|Hills|Desert|Plateau|Uplands|Upland|Delta|Depression|Falls"
    r"|islands|island|peninsula|mountains|desert|plateau|highlands|delta"
)
#: A landform word after a space; the name before it is read backwards from there
#: (:data:`_NAME_END`): the scan opens with a character class ``re`` skips to in C.
_WORD_AFTER = re.compile(rf"\s(?P<word>{_AFTER})(?![\w'’\-])")
#: The landform words' stems: :data:`_WORD_AFTER` is tried where one occurs.
_AFTER_STEMS = tuple(sorted({w.replace("\\.?", "")[:5] for w in _AFTER.split("|")}))
_NAME_END = re.compile(rf"(?P<name>{_NAME})\s+\Z")
#: How far before a landform word its name is looked for (characters).
_NAME_REACH = 80
#: A landform word before a name ("Cape Horn", "Mount Everest"); the character before it
#: is tested on each match (no look-behind to open the pattern: ``re`` skips to its
#: first letters).
_WORD_NAME = re.compile(
    rf"(?P<word>Cape|Cabo|Mount|Mt\.?|Isle of|Island of|Isthmus of"
    rf"|Isla|Islas|Ilha|Île|Cerro|Volcán)"
    rf"\s+(?:of\s+|de\s+|del\s+|da\s+)?(?:the\s+)?(?P<name>{_NAME})"
)
#: The words :data:`_WORD_NAME` opens with: it is tried where one occurs; the Spanish,
#: Portuguese and French ones ("Isla Margarita", "Cerro Aconcagua") are
#: :data:`FOREIGN_LEADING`.
FOREIGN_LEADING = ("Isla", "Islas", "Ilha", "Île", "Cerro", "Volcán")
_LEADING_WORDS = ("Cape", "Cabo", "Mount", "Mt", "Isle of", "Island of", "Isthmus of")
_LEADING_WORDS += FOREIGN_LEADING
_THE_NAME = re.compile(rf"[Tt](?<!\w[Tt])he\s+(?P<name>{_CAP}(?: {_CAP}){{0,2}})")
#: After a name: a capitalised word (another name's: "the Sahara Desert Resort") or a
#: word that makes it an organisation's or a unit's.
_NOT_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:[A-Z]\w*|(?i:battalion|brigade|regiment|corps|group|hotel|resort"
    r"|airport|club|team|fleet|railway|station|township|county|city|district|province"
    r"|region|oblast|state|operational|direction|axis|front)\b)"
)
_NOT_FIRST = frozenset({"The", "the", "of", "de", "del", "da", "do"})
_WORDS_OF = {"mt.": "mount", "mt": "mount", "mts.": "mountains", "mts": "mountains"}


def find_physical(
    text: str, *, common_rank: Callable[[str], int | None] | None = None
) -> list[PhysicalSpan]:
    """The physical features ``text`` names, in text order, none overlapping another
    (the longest of overlapping readings).  ``common_rank`` (the gazetteer's
    :meth:`~geo.gazetteer.index.Gazetteer.common_rank`) tells everyday words, which
    name an island alone only after a preposition of place (form 4); without it none
    is taken for one.

    Examples
    --------
    >>> [(s.features[0].name, s.word) for s in find_physical(
    ...     "Ships rounded Cape Horn and sailed past the Kuril Islands.")]
    [('Cabo de Hornos', 'cape'), ('Kuril Islands', 'islands')]
    >>> [s.features[0].name for s in find_physical("Troops in the Carpathians.")]
    ['Carpathian Mountains']
    >>> find_physical("Snake Island and the Carpathians Group")
    []
    """
    table = physical_table()
    found: list[PhysicalSpan] = []
    for m in _words_after(text):
        ws = m.start("word")
        named = _NAME_END.search(text, max(0, ws - _NAME_REACH), ws)
        if named is None or _NOT_AFTER.match(text, m.end()):
            continue
        word = _word(m.group("word"))
        base = named.start("name")
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", named.group("name"))]
        for k in range(len(words)):  # the longest name the table knows, its last words
            s, e = base + words[k][0], base + words[-1][1]
            if text[s : base + words[k][1]] in _NOT_FIRST:
                continue  # "The Kola Peninsula": the name is "Kola"
            features = table.find(text[s:e], word)
            if features:
                found.append(PhysicalSpan(s, m.end(), tuple(features), word))
                break
    leading = (
        _WORD_NAME.finditer(text) if any(w in text for w in _LEADING_WORDS) else ()
    )
    for m in leading:
        before = text[m.start() - 1] if m.start() else " "
        if before.isalnum() or before in "_'’-":
            continue  # inside a word: "Landscape Horn"
        word = _word(m.group("word").split()[0])
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group("name"))]
        base = m.start("name")
        for k in reversed(range(len(words))):  # the longest name the table knows, its first
            e = base + words[k][1]
            if _NOT_AFTER.match(text, e):
                continue
            whole = table.named(text[m.start() : e])
            features = whole or table.find(text[base:e], word)
            if features:
                found.append(PhysicalSpan(m.start(), e, tuple(features), word))
                break
    for m in _THE_NAME.finditer(text):
        base = m.start("name")
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group("name"))]
        if not table.may_be_bare(text[base : base + words[0][1]]):
            continue  # (most "the X": no feature's bare form opens with X)
        for k in reversed(range(len(words))):
            e = base + words[k][1]
            key = normalize(text[base:e])
            if table.has_bare(key) and not _NOT_AFTER.match(text, e):
                found.append(PhysicalSpan(base, e, tuple(table.bare(key)), ""))
                break
    found += _islands_alone(text, table, common_rank or _no_rank)
    found.sort(key=lambda s: (s.start, -s.end))
    out: list[PhysicalSpan] = []
    for s in found:
        if not out or s.start >= out[-1].end:
            out.append(s)
    return out


#: A title-case name of one or two words, none before it joined by a space (the capital
#: first, the look-behind after it: ``re`` skips to the capitals in C).
_ALONE = re.compile(r"[A-Z](?<![\w'’\-][A-Z])[a-z]+(?![\w\-]|['’](?!s\b))")
_NEXT_WORD = re.compile(r" [A-Z][a-z]+(?![\w'’\-])")
#: The word before a name, with the space between.
_WORD_BEFORE = re.compile(r"(?<![\w'’\-.])[\w'’\-.]+[ \t]+$")
#: Words before a surname: "Mario de Santiago", "Irvin E. Rhodes".
_PARTICLES = frozenset("de del della di da do dos das van von der le la bin ibn al el".split())
#: An island is named alone after a preposition of place ("on Oahu", "of Sumatra").
_PLACE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[Ii]n|[Oo]n|[Oo]f|[Ff]rom|[Tt]o|[Oo]ff|[Aa]cross|[Nn]ear|[Ll]ike|[Aa]round"
    r"|[Tt]hroughout|[Oo]nto)[ \t]+$"
)
_ISLAND_KINDS = frozenset({"island", "islands"})
#: After a name, units and bodies named after it ("the Zapad and Vostok groups").
_UNITS_AFTER = re.compile(
    r"\s+(?:groups|battalions|brigades|regiments|divisions|forces|troops|units|fleets"
    r"|teams|clubs)\b"
)
#: A word among this many of the commonest English words names an island alone only
#: after a preposition of place ("in Java", not "Java developers").
_EVERYDAY_RANK = 10_000


def _islands_alone(
    text: str, table: PhysicalTable, common_rank: Callable[[str], int | None]
) -> list[PhysicalSpan]:
    """Islands named alone by their whole name, no "the" or landform word ("On Oahu,
    home to Honolulu", "villagers of Sumatra", "Buru is the third largest island"): a
    title-case name of one or two words that is an island's own name or bare form in
    the table, not before a capitalised word or an organisation's word nor after a
    capitalised word; an everyday word only after a preposition of place."""
    found: list[PhysicalSpan] = []
    may_open = table.may_open_name
    for m in _ALONE.finditer(text):
        if found and m.start() < found[-1].end:
            continue
        if not may_open(m.group()):
            continue  # no name of the table opens with the word (most capitalised words)
        two = _NEXT_WORD.match(text, m.end())
        for end in (two.end(), m.end()) if two else (m.end(),):
            span = _island_alone(text, table, m.start(), end, common_rank)
            if span is not None:
                found.append(span)
                break
    return found


def _island_alone(
    text: str,
    table: PhysicalTable,
    start: int,
    end: int,
    common_rank: Callable[[str], int | None],
) -> PhysicalSpan | None:
    name = text[start:end]
    features = [f for f in table.named_or_bare(name) if f.kind in _ISLAND_KINDS]
    if not features or _NOT_AFTER.match(text, end) or _UNITS_AFTER.match(text, end):
        return None
    if armed_name(text, start, end) == "force":
        return None  # 'the "Vostok" group': Russia's eastern group of forces
    if not _PLACE_BEFORE.search(text, max(0, start - 12), start) and (
        _in_name(text, start) or _everyday(common_rank(normalize(name)))
    ):
        return None
    if _surname(text, name):
        return None
    return PhysicalSpan(start, end, tuple(features), "")


def _in_name(text: str, start: int) -> bool:
    """Does the word before ``start`` make what follows part of a longer name ("Radio
    Java", "Irvin E. Rhodes", "Mario de Santiago") or "the X" (form 3 of the module)?"""
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if word is None:
        return False
    w = word.group().rstrip()
    return w[0].isupper() or w in _PARTICLES or w == "the"


def _surname(text: str, name: str) -> bool:
    """Is ``name``, somewhere in ``text``, a person's surname ("Irvin E. Rhodes")?"""
    at = text.find(name)
    while at >= 0:
        if not _PLACE_BEFORE.search(text, max(0, at - 12), at) and _in_name(text, at):
            return True
        at = text.find(name, at + len(name))
    return False


def _everyday(rank: int | None) -> bool:
    return rank is not None and rank < _EVERYDAY_RANK


def _no_rank(word: str) -> int | None:
    """No word's rank: without the gazetteer's, no name is an everyday word."""
    return None




def _words_after(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_WORD_AFTER` in ``text``, in order: tried only where a
    landform word's stem occurs (``str.find``, in C; most texts hold none)."""
    found: dict[int, re.Match[str]] = {}
    for stem in _AFTER_STEMS:
        at = text.find(stem, 1)
        while at > 0:
            m = _WORD_AFTER.match(text, at - 1)
            if m is not None:
                found.setdefault(m.start(), m)
            at = text.find(stem, at + 1)
    return [found[k] for k in sorted(found)]


def _word(word: str) -> str:
    word = word.lower()
    return _WORDS_OF.get(word, word)

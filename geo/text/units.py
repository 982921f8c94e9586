"""Numbers, stage 2: what a number counts ("3,000 more Ukrainian soldiers' bodies" ->
"bodies"), and the unit a range's first number takes from its second.

:func:`_counted_noun` reads the noun phrase after a number found by
:mod:`geo.text.numbers` (see its docstring for the conventions); :func:`_range_units`
gives "10 to 15 km" its unit twice.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from ..model import Quantity
from . import lexicon as lx
from .dates import char_before
from .fold import folded

__all__ = [
    "_MEASURES",
    "_NEXT_WORD",
    "_OF_AFTER",
    "_STOP",
    "_Spans",
    "_counted_noun",
    "_range_units",
    "_word_before",
    "casualty_object",
    "line_or_sentence_start",
]

_NEXT_WORD = re.compile(r"[ \t]+(?P<w>[^\W\d_][\w’'.-]*)")
_OF_AFTER = re.compile(r"\s+of\b")
_BODIES_BEFORE = re.compile(
    r"\b(?P<noun>bodies|corpses)\s+of\s+(?:(?:an?|the|some|about|around|nearly|almost|over|"
    r"more\s+than|another|additional|at\s+least|up\s+to|roughly|approximately|a\s+further)\s+)*$",
    re.IGNORECASE,
)

_HYPHEN_WORD = re.compile(r"[-‐](?P<w>[A-Za-z]+)(?P<rest>(?:-[A-Za-z]+)*)")

_RANGE_GAP = re.compile(r"\s*(?:-|–|to|and|or|of)\s*")


#: Words that end a noun phrase.
_STOP = frozenset(
    """
    of in on at to from by for with into onto during under over near across after before
    since between among around within without through per via against toward towards
    about than as like upon off out up down along amid amidst despite beyond behind
    and or but nor while that which who whom whose where when if because so yet
    the a an this these those its their his her our my your it they them he she we
    were was are is be been being had have has will would could should may might can
    did do does said says told say reported reportedly according also still only just
    not no never already now then there here each every all both either neither
    """.split()
)
#: Verbs that end a count with no noun: "two others fled", "1,500 remain".
_VERBS_AFTER = frozenset("fled survived remain remained".split())
#: Verbs of dying right after a count: what it counts is the dead ("seven more died").
_DYING = frozenset("died perished drowned".split())
#: Quantifiers and determiners skipped right after the number.
_LEADING = frozenset("more additional other extra further fewer new fresh another own".split())
#: Counted nouns that do not end in -s.
_IRREGULAR = frozenset(
    """
    people men women children personnel police staff aircraft cattle sheep fish livestock
    infantry militia crew equipment artillery ammunition persons civilians percent
    """.split()
)
#: Measure words and abbreviations: the unit right away.
_MEASURES = frozenset(
    """
    km kilometers kilometres kilometer kilometre mi mile miles m meters metres meter metre
    ft feet foot yards yard cm mm kg kilograms tonnes tons ton t ha hectares acres sq square
    nautical nm mph kph km/h percent degrees hours minutes seconds days weeks months years
    """.split()
)
_PARTITIVE_DETS = frozenset("its their the his her our those these whose your my own".split())


def _holds(low: str, start: int, end: int, pieces: tuple[str, ...]) -> bool:
    """Whether ``low[start:end]`` holds one of ``pieces``."""
    return any(map(low[start:end].__contains__, pieces))  # one slice, scanned in C


def _strip_possessive(word: str) -> tuple[str, bool]:
    for suffix in ("’s", "'s"):
        if word.endswith(suffix):
            return word[: -len(suffix)], True
    if word.endswith(("s’", "s'")):
        return word[:-1], True
    return word, False


#: A single quote opening a quoted phrase: after a space or a line's start, before a word.
_QUOTE_OPENS = re.compile(r"(?:^|(?<=[\s(]))[‘'](?=\w)", re.MULTILINE)


def _quote_closes(text: str, s: int, word: str) -> bool:
    """Whether the apostrophe ending ``word`` (after the number at ``s``) closes a quoted
    phrase that opens shortly before the number ("says 'more than 500 drones' launched"):
    a quotation mark, not a plural possessive ("soldiers' bodies"). A look at the 40
    characters before ``s``.

    >>> t = "Zelensky says 'more than 500 drones' launched"
    >>> _quote_closes(t, t.index("500"), "drones'")
    True
    >>> t = "the 40 soldiers' bodies"
    >>> _quote_closes(t, t.index("40"), "soldiers'")
    False
    """
    if not word.endswith(("'", "’")):
        return False
    window = text[max(0, s - 40) : s]
    opens = list(_QUOTE_OPENS.finditer(window))
    if not opens:
        return False
    inside = window[opens[-1].end() :]
    return "'" not in inside and "’" not in inside and "\n" not in inside


def _plural(lw: str) -> bool:
    if lw in _IRREGULAR:
        return True
    return len(lw) > 3 and lw.endswith("s") and not lw.endswith(("ss", "us", "is", "ous"))


def _normalize_unit(word: str) -> str:
    word = word.rstrip(".")
    upper = sum(c.isupper() for c in word)
    if upper >= 2:
        return word  # "APCs", "HIMARS"
    lw = word.lower()
    if upper and (lw in lx.DEMONYMS or lw.rstrip("s") in lx.DEMONYMS):
        return word  # "Ukrainians"
    return lw


#: An area: "square kilometres", "sq km", "sq. miles", "km2", "km²" -> "km2", "mi2", ...
_AREA = re.compile(
    r"[ \t]+(?:(?:square|sq\.?)[ \t]*(?P<len>kilomet(?:re|er)s?|km|miles?|mi|met(?:re|er)s?|m|"
    r"feet|foot|ft|yards?|yd)|(?P<short>km|mi|m|ft|yd)(?:2|²))(?![\w²])",
    re.IGNORECASE,
)
_AREA_UNITS = {"k": "km2", "mi": "mi2", "me": "m2", "m": "m2", "f": "ft2", "y": "yd2"}
#: Endings of adjectives before a counted noun ("1 unsuccessful attempt", "a tactical
#: withdrawal"): modifiers, not the head, when a noun follows.
_ADJECTIVE_ENDINGS = ("ful", "less", "ive", "ous", "ical", "able", "ible")


def _area_unit(m: re.Match[str]) -> str:
    """The short area unit of an ``_AREA`` match: "square kilometres" -> "km2"."""
    word = (m["len"] or m["short"]).lower()
    key = word[:2] if word[:2] in ("mi", "me") else word[:1]
    return _AREA_UNITS[key]


def _modifier(word: str, following: str | None) -> bool:
    """Whether ``word`` (lower-cased) is an adjective or a hyphenated compound before the
    counted noun ``following`` ("1 unsuccessful attempt", "211 fixed-wing unmanned aerial
    vehicles"), not the head itself."""
    if following is None or following.lower() in _STOP:
        return False
    return ("-" in word.strip("-")) or word.endswith(_ADJECTIVE_ENDINGS)


def _counted_noun(text: str, s: int, e: int, end: int, value: float) -> str:
    """The head noun of the phrase the number at ``s:e`` counts."""
    area = _AREA.match(text, e, end)
    if area is not None:
        return _area_unit(area)  # "about 1,300 square kilometres": an area
    hyphen = _HYPHEN_WORD.match(text, e, end)
    if hyphen:
        word = hyphen["w"].lower()
        if word == "year" and hyphen["rest"].lower().startswith("-old"):
            return "years old"
        return word
    if (
        _holds(folded(text), max(0, s - 80), s, ("bodies", "corpses"))  # what a match holds
        and _BODIES_BEFORE.search(text, max(0, s - 80), s)
        and not _OF_AFTER.match(text, e, end)
    ):
        return "bodies"
    words: list[str] = []
    pos = e
    while len(words) < 6:
        m = _NEXT_WORD.match(text, pos, end)
        if not m:
            break
        word = m["w"]
        dot = word.endswith(".")
        words.append(word.rstrip("."))
        pos = m.end()
        if dot:
            break
    k = 0
    if words and words[0].lower() == "of":  # partitive: "79 of its servicemen"
        k = 1
        while k < len(words) and words[k].lower() in _PARTITIVE_DETS:
            k += 1
        if k == 1:
            return ""
    while k < len(words) and words[k].lower() in _LEADING:
        k += 1
    head = ""
    for n, word in enumerate(words[k:], start=k):
        bare, possessive = _strip_possessive(word)
        lw = bare.lower()
        if lw in _DYING and n == k:
            return "dead"  # "seven more died in hospital": the dead, no noun written
        if lw in _STOP or lw in _VERBS_AFTER:
            break  # "fewer than 1,500 remain": no noun counted
        if possessive and not _quote_closes(text, s, word):
            head = ""  # "soldiers' bodies": the head comes after
            continue
        if lw.endswith("ly") and bare.islower() and lw not in ("family", "ally", "rally"):
            continue  # "200 newly destroyed homes"
        if lw == "nautical" and n + 1 < len(words) and words[n + 1].lower().startswith("mile"):
            return "nautical miles"  # "60 nautical miles" (not "nautical")
        if lw in _MEASURES:
            return _normalize_unit(bare)
        if value != 1 and _plural(lw):
            return _normalize_unit(bare)
        if bare.islower() and _modifier(lw, words[n + 1] if n + 1 < len(words) else None):
            continue  # "1 unsuccessful attempt", "211 fixed-wing unmanned aerial vehicles"
        if head and (lw.endswith("ing") or (lw.endswith("ed") and bare.islower())):
            break  # "one soldier being ...", "soldier killed"
        head = bare
        if value == 1 and bare.islower() and not lw.endswith(("ed", "ing", "ian", "ese")):
            break
    return _normalize_unit(head) if head else ("people" if casualty_object(text, s) else "")


#: A verb of killing or wounding just before a number that counts no noun: "killing
#: two", "wounded at least one" (people).
_CASUALTY_BEFORE = re.compile(
    r"\b(?:kill|wound|injur)(?:e|es|ed|ing|s)?\s+(?:at\s+least\s+|another\s+|about\s+)?$",
    re.IGNORECASE,
)


def casualty_object(text: str, s: int) -> bool:
    """Whether the number at ``s`` is the object of a verb of killing or wounding ("...,
    killing two.", "wounding one"): it counts people. A cheap look at the 30 characters
    before it.

    >>> casualty_object("a bomb hit Sloviansk, killing two.", 30)
    True
    >>> casualty_object("the team won two", 13)
    False
    """
    window = text[max(0, s - 30) : s]
    low = window.lower()
    if "kill" not in low and "wound" not in low and "injur" not in low:
        return False
    return _CASUALTY_BEFORE.search(window) is not None


def _range_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """A range ("10 to 15 km"): the first number takes the unit of the second."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not a.unit and b.unit and _RANGE_GAP.fullmatch(text[a.end : b.start]):
            out[i] = Quantity(a.value, b.unit, a.text, a.start, a.end)
    return out


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _word_before(window: str) -> str:
    """``group(1)`` of ``re.search(r"([A-Za-z]+)\\.?\\s+$", window)`` ("" for no match),
    read from the end: spaces, a full stop, then the letters (no match tried at every
    character).

    >>> [_word_before(w) for w in ("in Brigade ", "No. ", "é5ab\\n", "a", "ab.. ")]
    ['Brigade', 'No', 'ab', '', '']
    """
    body = window.rstrip()  # ``\\s+``: what ``str.isspace`` calls a space
    if len(body) == len(window):
        return ""
    if body.endswith("."):
        body = body[:-1]
    k = len(body)
    while k and body[k - 1] in _ASCII_LETTERS:
        k -= 1
    return body[k:]


class _Spans:
    """Character spans answering "does any overlap ``s:e``?" by bisection (log n, not n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []  # the furthest end among the spans up to each one
        for _, b in ordered:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def overlaps(self, s: int, e: int) -> bool:
        k = bisect_left(self.starts, e) - 1  # the last span starting before e
        return k >= 0 and self.reach[k] > s


def line_or_sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a line, a sentence or a clause after ":", ";" or a dash
    (spaces, tabs, quotation marks and an opening bracket before it passed over), an
    en dash or a hyphen set off by spaces as a dash too: "(Reuters) - Two people were
    killed", "08:10 GMT - Two people were wounded"."""
    before = char_before(text, pos, " \t\"'“‘(")
    if before in ("-", "–"):
        at = pos - 1
        while at > 0 and text[at] != before:
            at -= 1
        return at > 0 and text[at - 1] in " \t" and text[at + 1 : at + 2] in (" ", "\t")
    return not before or before in ".!?\n:;—"

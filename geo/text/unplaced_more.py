"""Names not located at all, beyond those "the town of X" calls a place
(:mod:`geo.text.unplaced`): :func:`likely_places` finds the capitalised names that the
words around them make a place's, whole, that no located toponym covers:

- **a name the recogniser read as a place the gazetteer lacks** and nothing located
  ("struck targets in Khiam"), or kept without a place (a toponym of kind ``other``);
- **a name before a site's word**: "Mitiga airport", "the Cuciurgan power station",
  "the Fordow facility", "the Kleban-Byk reservoir", "the Ta Muen Thom temple", "the
  Depsang plains"; before a plural one, every name of its list ("the Torkham and Chaman
  crossings", "the Bajaur and Kurram districts");
- **a name after "near" or "the area of"**: "near Ta Muen Thom", "in the area of
  Aleksandro-Kalinovo"; or after words of where people live, return or flee:
  "residents of Sverdlikovo", "returned to Malaya Loknya", "crossed into Renk"; or after
  words of a place taken, entered, shelled or crossed at: "seized Masisi", "control of
  Cite Soleil", "liberated Rabotino", "entered Minova", "entered through Kerem Shalom";
- **a word no gazetteer name and no English word, after "in" or "at"**: "health centres
  in Kitshanga", "the camp at Boulkessi" (one capitalised word of four letters or more,
  no possessive nor capitalised word after it: not "in Zelensky's office", "in Kyiv
  Independent");
- **a name before an apposition calling it a settlement**: "Wyryki, a village in the
  Lublin province";
- **a name put at a border**: "Maungdaw on the border with Bangladesh", "Boulkessi near
  the border with Burkina Faso";
- **a name joined by "and" to a place** the text names: "Khiam and Bint Jbeil", "the
  Depsang plains and Demchok", "Krasnoye (Krasne) and Novoekonomicheskoye".
- **a wire dateline's place**: "KITSHANGA, Congo (AP) —" (the capitals before its comma
  or bracket, past a lead such as "NEAR").

A name whose first word is an everyday one ("The", "President") or a given name, or
whose last is a unit's ("Frontier Corps"), is no such place; nor is a short form in
capitals inside a line ("blamed Ukraine and NATO", "the OSCE"): a body's (a dateline's
capitals open their line: "KHIAM, Lebanon"); nor a fire's ("the Eaton Fire").  Cost: a
search for each head word and a bounded look beside each span.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..model import Toponym
from .armed_names import force_name
from .datelines import dateline_lead
from .lexicon.people import PERSON_TITLES, first_names
from .scans import matches_from
from .wire_dateline import dateline_span

__all__ = ["likely_places"]

#: Words of a site after its name; the plural ones close a list of names.
_SITES = (
    "airport", "air base", "airbase", "airfield", "crossing", "border crossing", "temple",
    "power station", "power plant", "reservoir", "plains", "valley", "dam", "facility",
    "checkpoint", "refinery", "oil field", "oilfield", "gas field", "Airport", "Air Base",
    "Airbase", "Temple", "Reservoir", "Valley", "Dam", "Power Station", "Power Plant",
)  # fmt: skip
_PLURAL_SITES = ("crossings", "districts", "provinces", "regions", "villages", "airports")
#: Words after a name that put it at a border: "Maungdaw on the border with Bangladesh",
#: "the camp at Boulkessi near the border with Burkina Faso".
_AT_BORDER = ("on the border", "near the border", "along the border")
#: ... or at a country's border by its adjective: "Bunagana on the Ugandan border".
_AT_NAMED_BORDER = re.compile(
    r"[ \t]+(?:on|near|along|at)[ \t]+the[ \t]+[A-Z][\w'’-]*[ \t]+border\b"
)
#: One word of a name: capitalised, hyphens and apostrophes inside.
_WORD = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
_NAME = rf"{_WORD}(?:[ \t]{_WORD}){{0,3}}"
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME})[ \t]+$")
#: ... or with a comma between: "the camp at Boulkessi, near the border with Burkina Faso".
_NAME_BEFORE_BORDER = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME}),?[ \t]+$")
_NAME_BEFORE_COMMA = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME})$")
_LIST_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME})(?:,[ \t]+|,?[ \t]+and[ \t]+)$")
#: ("\bnear" written so that ``re`` skips to the cue words' first letters in C: the word's
#: start is a look-behind after that letter.)
_AFTER_CUE = re.compile(
    r"(?:n(?<!\wn)ear|a(?<!\wa)rea[ \t]+of|o(?<!\wo)utskirts[ \t]+of|v(?<!\wv)icinity[ \t]+of"
    # where people live, go back to or flee to: "residents of Sverdlikovo", "returned to
    # Malaya Loknya", "crossed into Renk"
    r"|R(?<!\wR)esidents[ \t]+of|r(?<!\wr)esidents[ \t]+of|r(?<!\wr)eturned[ \t]+to"
    r"|c(?<!\wc)rossed[ \t]+into"
    r"|f(?<!\wf)led(?:[ \t]+(?:in)?to)?"
    # an attack's aim: "advanced toward Stupochky"; a place taken, held or crossed at:
    # "retook control of Cite Soleil", "seized Masisi", "crossed at Kerem Shalom"
    r"|t(?<!\wt)owards?|c(?<!\wc)ontrol[ \t]+of|s(?<!\ws)eized|c(?<!\wc)aptured"
    r"|r(?<!\wr)ecaptured|a(?<!\wa)ttacked|s(?<!\ws)tormed|c(?<!\wc)rossed[ \t]+at"
    # "had taken Um Baru", "M23 took Bunagana", "the army retook Bara"
    r"|(?:re)?t(?<!\wt)aken|(?:re)?t(?<!\wt)ook"
    # a place entered, freed or shelled: "M23 entered Minova", "troops have liberated
    # Zhelannoye", "the RSF shelled Tawila"; a route's: "aid entered through Kerem Shalom"
    r"|l(?<!\wl)iberated|s(?<!\ws)helled|e(?<!\we)ntered(?:[ \t]+through)?)"
    rf"[ \t]+(?P<name>{_NAME})(?![\w'’-])"
)
#: The words every ``_AFTER_CUE`` match begins with (as written): the scan tries it only
#: where one begins (:func:`~geo.text.scans.matches_from`; its cue letters are common).
_CUE_STARTS = (
    "near", "area", "outskirts", "vicinity", "Residents", "residents", "returned", "crossed",
    "fled", "toward", "control", "seized", "captured", "recaptured", "attacked", "stormed",
    "entered", "taken", "retaken", "took", "retook", "liberated", "shelled",
)  # fmt: skip
# Longest first, then alphabetically: the same pattern in every process (a set's order is
# salted per process: the kept compiled patterns were written again by every command).
_SITE_WORDS = "|".join(
    sorted({w.lower() for w in _SITES + _PLURAL_SITES}, key=lambda w: (-len(w), w))
)
#: A name inside a list after another: "El Fula, An Nahud, Al-Khuwei and ...".
_COMMA_AFTER = re.compile(
    rf",[ \t]+(?P<name>{_NAME})(?=,[ \t]|,?[ \t]+and[ \t])"
)
_AND_AFTER = re.compile(
    rf"(?:[ \t]+(?i:{_SITE_WORDS}))?(?:[ \t]*\([^()\n]{{1,40}}\))?\)?,?[ \t]+and[ \t]+"
    rf"(?P<name>{_NAME})(?![\w'’-])"
)
#: "in Kitshanga", "at Boulkessi": one capitalised word after "in" or "at", no possessive,
#: hyphen or capitalised word after it (tried where "in " or "at " occurs).
_IN_AT = re.compile(
    r"(?<![\w'’-])(?:[Ii]n|[Aa]t)[ \t]+(?P<name>[A-Z][a-z\u00c0-\u024f]{3,})(?![\w'’-])"
)
_NOT_AFTER = re.compile(r"[ \t]+[A-Z]|['’]")
_IN_AT_STARTS = ("in ", "at ", "In ", "At ", "in\t", "at\t")
#: A word at least this rare (or in no word list) may be a village's name.
_RARE = 10_000


def _unknown_words(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The spans of the names after "in" or "at" that no gazetteer name spells and no
    English word is (see the module docstring); one look-up each."""
    found = []
    for m in matches_from(_IN_AT, text, _IN_AT_STARTS):
        s, e = m.span("name")
        if _NOT_AFTER.match(text, e):
            continue
        key = normalize(m.group("name"))
        rank = gaz.common_rank(key)
        if (rank is None or rank >= _RARE) and not gaz.probe_normalized(key)[0]:
            found.append((s, e))
    return found


#: After a name, an apposition calling it a settlement: "Wyryki, a village in the Lublin
#: province", "Renk, a border town".
_SETTLEMENT_AFTER = re.compile(
    r",[ \t]+an?[ \t]+(?:(?:small|tiny|border|frontline|front-line|nearby|remote)[ \t]+)?"
    r"(?:village|town|hamlet|settlement)\b"
)
#: After a name, an event's word: "the Eaton Fire", "the Palisades fire" (a fire named
#: after where it began, no place the gazetteer lacks).
_EVENT_AFTER = re.compile(r"[ \t]+(?:[Ff]ire|[Bb]laze|[Ww]ildfire|[Cc]omplex\s+[Ff]ire)s?\b")
_SPEECH_AFTER = re.compile(r"[ \t]+(?:said|says|told|wrote|added)\b")
_LOOK = 120
#: A short form in capitals, two to six letters: a body's, unless it opens its line.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: A first word this common is the language's ("The", "President", "Western").
_COMMON_TOP = 3_000


def _occurrences(text: str, words: Iterable[str]) -> list[int]:
    """Where each of ``words`` occurs as a word (a space before it, no letter after)."""
    found = []
    for word in words:
        i = text.find(word)
        while i >= 0:
            end = i + len(word)
            if i and text[i - 1] == " " and not (end < len(text) and text[end].isalnum()):
                found.append(i)
            i = text.find(word, i + 1)
    return found


def _trimmed(gaz: Gazetteer, text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of a name without its leading everyday words ("The Kurram" -> "Kurram"),
    or None when nothing of it is left or it is a person's (a title, a given name) or a
    force's ("the Frontier Corps checkpoint": :func:`geo.text.armed_names.force_name`)."""
    if force_name(text[s:e]):
        return None
    if _ACRONYM.fullmatch(text, s, e) and text[:s].rstrip(" \t")[-1:] not in ("", "\n"):
        return None  # "Ukraine and NATO": an alliance's, not a village's (no dateline)
    for word in re.finditer(r"\S+", text[s:e]):
        key = normalize(word.group())
        if key in PERSON_TITLES:
            return None  # "President Aoun"
        rank = gaz.common_rank(key)
        if rank is not None and rank < _COMMON_TOP:
            if word.end() < e - s and key in first_names():
                return None  # "Ben Gurion Airport": a person's full name, a given name first
            continue
        if key in first_names():
            return None
        return s + word.start(), e
    return None


def likely_places(
    text: str,
    gaz: Gazetteer,
    toponyms: Sequence[Toponym],
    unknown: Iterable[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """The spans of the names (see the module docstring) no located toponym covers, in
    order, each once."""
    placed = sorted((t.start, t.end) for t in toponyms if t.place is not None)
    unplaced = {(t.start, t.end) for t in toponyms if t.place is None}
    spans = [*unknown, *unplaced]
    for i in _occurrences(text, _AT_BORDER if "border" in text else ()):
        before = _NAME_BEFORE_BORDER.search(text, max(0, i - _LOOK), i)
        if before is not None:
            spans.append(before.span("name"))
    for named in _AT_NAMED_BORDER.finditer(text) if "border" in text else ():
        before = _NAME_BEFORE_BORDER.search(text, max(0, named.start() - _LOOK), named.start() + 1)
        if before is not None:
            spans.append(before.span("name"))
    for i in _occurrences(text, _SITES + _PLURAL_SITES):
        before = _NAME_BEFORE.search(text, max(0, i - _LOOK), i)
        if before is None:
            continue
        spans.append(before.span("name"))
        if text.startswith(_PLURAL_SITES, i):
            listed = _LIST_BEFORE.search(text, max(0, before.start() - _LOOK), before.start())
            if listed is not None:
                spans.append(listed.span("name"))
    spans.extend(m.span("name") for m in matches_from(_AFTER_CUE, text, _CUE_STARTS))
    spans.extend(_unknown_words(text, gaz))
    spans.extend(_dateline_place(text))
    for m in _SETTLEMENT_AFTER.finditer(text):
        before = _NAME_BEFORE_COMMA.search(text, max(0, m.start() - _LOOK), m.start())
        if before is not None:
            spans.append(before.span("name"))
    for s, e in [*placed, *spans]:
        after = _AND_AFTER.match(text, e)
        if after is not None and _SPEECH_AFTER.match(text, after.end()) is None:
            spans.append(after.span("name"))
        listed = _COMMA_AFTER.match(text, e)  # "An Nahud, Al-Khuwei and"
        if listed is not None:
            spans.append(listed.span("name"))
        if text.endswith(" and ", max(0, s - 5), s):  # "Khiam and Bint Jbeil"
            listed = _NAME_BEFORE.search(text, max(0, s - 4 - _LOOK), s - 4)
            if listed is not None:
                spans.append(listed.span("name"))
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(spans)):
        span = _trimmed(gaz, text, s, e)
        if span is not None and (s, e) in unplaced:
            span = (s, e)  # a toponym's own words: "West Kordofan", not "Kordofan"
        if span is None or _covered(placed, span) or _EVENT_AFTER.match(text, span[1]):
            continue  # (covered; or an event named after a place: "the Eaton Fire")
        if out and out[-1][1] > span[0]:
            continue  # inside a name already taken
        out.append(span)
    return out


#: A dateline's capitals before its comma or bracket: its place, after any lead.
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z'’.\- ]*[A-Z.](?=,|\s*\()")


def _dateline_place(text: str) -> list[tuple[int, int]]:
    """The span of the place of a wire dateline opening the text's body ("KITSHANGA, Congo
    (AP) —"), past a lead ("NEAR"), or none: the reporter files from a place, whether
    or not the gazetteer has it.

    >>> t = "Clashes spread\\n\\nKITSHANGA, Congo (AP) — The rebels said."
    >>> [t[s:e] for s, e in _dateline_place(t)]
    ['KITSHANGA']
    >>> _dateline_place("The rebels said, on Monday (AP), more.")
    []
    """
    s, e = dateline_span(text)
    if s == e:
        return []
    lead = dateline_lead(text[s:e])
    head = _DATELINE_HEAD.match(text, s + lead, e)
    return [] if head is None else [head.span()]


def _covered(spans: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Does one of the sorted ``spans`` overlap ``span``?"""
    s, e = span
    k = bisect_right(spans, (s, e))
    return bool((k and spans[k - 1][1] > s) or (k < len(spans) and spans[k][0] < e))

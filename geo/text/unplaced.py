"""Names not located at all: :func:`warn_unnamed` tells the user of a name the words
around it call a place ("the town of Maungdaw", "the Kinburn Spit") that no toponym
covers, rather than silence (:func:`called_places` finds them).

(The bare repeats of a name read by its spelling take its reading in resolution:
:func:`geo.text.introduced.as_spelt`.)
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Collection, Sequence

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..model import Toponym
from .lexicon import DEMONYMS
from .unplaced_more import likely_places

__all__ = ["called_places", "warn_unnamed", "warn_unplaced_listed"]

log = logging.getLogger(__name__)


#: The rest of a word of a name, possessive and bounded: a run of capitalised words or one
#: long hyphenated token ("Kharkiv-Sumy-...") is read once from each start, never re-read
#: for each shorter prefix or each capital inside it (linear, not quadratic, in its length).
_WORD_MAX = 60
_WORD_REST = rf"[\w'’-]{{1,{_WORD_MAX}}}+"
#: At most this many words of a name before its closing word ("Kinburn Spit").
_NAME_WORDS = 4
#: An Arabic article joined to a name's word by a hyphen: "al-Shaab", "el-Sharqiyeh".
_ARTICLE = r"(?:[ae][lnrstdz]-|ash-)"
#: A name the words around it call a place: "the town of X", "X district", "the X Spit".
_W = _WORD_REST
_CALLED_A_PLACE = re.compile(
    # "the village of Mokri Yaly", "the villages of Aita al-Shaab": the name's capitalised
    # words on the line, whole (an Arabic article joined to a word is the name's).
    rf"\b(?:town|village|city|settlement|hamlet|port)s?\s+of\s+"
    rf"(?P<of>[A-Z]{_W}(?:[ \t]{_ARTICLE}?[A-Z]{_W}){{0,{_NAME_WORDS - 2}}})"
    rf"|(?P<lower>[A-Z]{_W}(?:\s+[A-Z]{_W}){{0,{_NAME_WORDS - 1}}})\s+"
    r"(?:district|raion|region|oblast|province|prefecture|governorate|territory)\b"
    rf"|(?P<head>[A-Z]{_W}(?:\s+[A-Z]{_W}){{0,{_NAME_WORDS - 1}}}\s+"
    r"(?:District|Spit|Peninsula|Island|Islands|Raion|Oblast|spit))\b"
)
#: The words one of whose occurrences every match of :data:`_CALLED_A_PLACE` holds: a
#: match of its first form starts at one of the first six, of its others ends at one of
#: the rest ("Islands" holds "Island").
_OPENING_WORDS = ("town", "village", "city", "settlement", "hamlet", "port")
_CLOSING_WORDS = (
    *("district", "raion", "region", "oblast", "province", "prefecture", "governorate"),
    "territory",  # a Congolese district: "Walikale territory" (not "Russian territory")
    *("District", "Spit", "Peninsula", "Island", "Raion", "Oblast", "spit"),
)
_CAPITAL = re.compile(r"[A-Z]")
#: After an opening word: a space, or a plural's "s" and a space.
_OPENED = re.compile(r"s?\s")


def _occurrences(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The (start, end) of each occurrence of each of ``words`` in ``text`` (str.find: a
    fast scan per word)."""
    found = []
    for word in words:
        i = text.find(word)
        while i >= 0:
            found.append((i, i + len(word)))
            i = text.find(word, i + 1)
    return found


def _name_starts(text: str, end: int) -> list[int]:
    """Where a name closed by the word at ``end`` may start: the capitals of the (at most
    :data:`_NAME_WORDS`) words before it, each word and the spaces before the closing
    word walked once (a run of thousands of names is not walked back to its start for
    each closing word)."""
    starts: list[int] = []
    i = end
    for _ in range(_NAME_WORDS):
        j = i
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j == i:
            break  # no space: no word before
        k, low = j, max(0, j - _WORD_MAX - 1)
        while k > low and (text[k - 1].isalnum() or text[k - 1] in "_'’-"):
            k -= 1
        if k == j:
            break
        starts.extend(m.start() for m in _CAPITAL.finditer(text, k, j))
        if k == low and k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_'’-"):
            break  # a word longer than a name's: nothing before it joins the name
        i = k
    return starts


def called_places(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_CALLED_A_PLACE` in ``text``, as ``finditer`` gives them,
    trying the pattern only where one can start: at an opening word, or at a capital in
    the name run before a closing word (a scan of the whole text by the pattern tries
    every character; most texts hold few of these words).

    Examples
    --------
    >>> [m.group() for m in called_places("We left the town of Izium and the Kinburn Spit.")]
    ['town of Izium', 'Kinburn Spit']
    >>> [m.group("of") for m in called_places("the villages of Aita al-Shaab and Yaroun")]
    ['Aita al-Shaab']
    """
    # An opening word starts a match only with a space after it ("town of", "villages of").
    starts = {s for s, e in _occurrences(text, _OPENING_WORDS) if _OPENED.match(text, e)}
    for end, _ in _occurrences(text, _CLOSING_WORDS):
        starts.update(_name_starts(text, end))
    found: list[re.Match[str]] = []
    pos = 0
    for s in sorted(starts):
        if s < pos:
            continue
        m = _CALLED_A_PLACE.match(text, s)
        if m is not None:
            found.append(m)
            pos = m.end()
    return found


#: A word this common opening such a name is the language's ("The", "Central").
_CALLED_COMMON_TOP = 2_000
_FUNCTION_TOP = 600


def warn_unplaced_listed(
    toponyms: Sequence[Toponym],
    listed: Collection[tuple[int, int]],
    told_before: Collection[str] = (),
) -> None:
    """Log a warning naming each name of a list of places ("37 settlements of Kherson
    region: Antonivka, Bilozerka, Dniprovske, ...", spans ``listed``) left without a
    place: no namesake the gazetteer has lies where its list does, and nothing else
    locates it.  Each name warned about once, none :func:`warn_unnamed` named
    (``told_before``): one warning a name."""
    if not log.isEnabledFor(logging.WARNING):
        return
    told: set[str] = set(told_before)
    for t in toponyms:
        if t.place is not None or (t.start, t.end) not in listed:
            continue
        name = " ".join(t.text.split())
        if name in told:
            continue
        told.add(name)
        log.warning(
            "%r (characters %d-%d) is listed with places but the gazetteer has no place of "
            "the name near them, and nothing in the text locates it: left without a place",
            name,
            t.start,
            t.end,
        )


def warn_unnamed(
    text: str,
    gaz: Gazetteer,
    toponyms: Sequence[Toponym],
    unknown: Collection[tuple[int, int]] = (),
) -> frozenset[str]:
    """Log a warning naming each name the words around it call a place ("the town of
    X", "the city's Saltivskyi district", "the Kinburn Spit", "the Lake District") that
    no toponym covers: the gazetteer lacks it and nothing in the text locates it, so the
    map is incomplete there; the user is told which name, rather than left with silence.
    So is each name :func:`geo.text.unplaced_more.likely_places` finds ("Mitiga
    airport", "near Ta Muen Thom", a name the recogniser read, spans ``unknown``, that
    nothing located).  One search of the text; each name warned about once.  Returns
    the names warned about (none, and nothing read, where no one hears this module's
    warnings: ``geo -q`` sets the ``geo.text`` loggers to ERROR)."""
    if not log.isEnabledFor(logging.WARNING):
        return frozenset()  # a warning only: the stage's scans and look-ups go unread
    spans = sorted((t.start, t.end) for t in toponyms)
    told: set[str] = set()
    warned: list[tuple[int, int]] = []
    for m in called_places(text):
        group = next(g for g in ("of", "lower", "head") if m.group(g) is not None)
        s, e = m.span(group)
        top = _FUNCTION_TOP if group == "head" else _CALLED_COMMON_TOP
        if group != "of":  # "The Abu Salim district": "Abu Salim"; "The Kinburn spit"
            s = _past_common(text, gaz, s, e, top)
        name = " ".join(text[s:e].split())
        first = name.split()[0]
        first_word = normalize(first)
        rank = gaz.common_rank(normalize(first))
        # A head word ("Spit", "District") makes a name of common words ("the Lake
        # District"), not of the language's own ("The District").
        short = len(first) < 4 and " " not in name  # "US district"; not "Abu Salim"
        if name in told or short or (rank is not None and rank < top) or first_word in DEMONYMS:
            continue
        k = bisect_right(spans, (s, e))
        if (k and spans[k - 1][1] > s) or (k < len(spans) and spans[k][0] < e):
            continue  # a toponym covers it
        told.add(name)
        warned.append((s, e))
        _warn(name, s, e, gaz)
    warned.sort()
    for s, e in likely_places(text, gaz, toponyms, unknown):
        name = " ".join(text[s:e].split())
        k = bisect_right(warned, (s, e))
        if name in told or (k and warned[k - 1][1] > s) or (k < len(warned) and warned[k][0] < e):
            continue  # warned about already, or inside a name warned about
        told.add(name)
        _warn(name, s, e, gaz)
    return frozenset(told)


def _past_common(text: str, gaz: Gazetteer, s: int, e: int, top: int) -> int:
    """Where a name of several words starts past its leading everyday words ("The")."""
    words = list(re.finditer(r"\S+", text[s:e]))
    for word in words[:-1]:
        rank = gaz.common_rank(normalize(word.group()))
        if rank is None or rank >= top:
            return s + word.start()
    return s + words[-1].start()


#: A water body's closing word: the name is a river's or a lake's, not a village's.
_WATER_LAST = re.compile(r"[ \t](?:River|Lake|Sea|Canal|Creek|Reservoir|Lagoon|Estuary)$")


def _warn(name: str, s: int, e: int, gaz: Gazetteer) -> None:
    if _WATER_LAST.search(name):  # "the Heilongjiang River": no village to download
        log.warning(
            "%r (characters %d-%d) reads as a water body but neither the gazetteer nor the "
            "water table has it, and nothing in the text locates it: left without a place",
            name,
            s,
            e,
        )
        return
    if any(gaz.is_place(c.record) for c in gaz.lookup_normalized(normalize(name))):
        # "near Uri" with India and Pakistan named: the gazetteer has places of the
        # name, none of which the text supports.
        log.warning(
            "%r (characters %d-%d) reads as a place but no place of the name in the "
            "gazetteer fits the text, and nothing in the text locates it: left without "
            "a place (`geo geocode` lists them)",
            name,
            s,
            e,
        )
        return
    if (sibling := _sibling_region(name, gaz)) is not None:
        # "West Kordofan": a first-level region named like South Kordofan, which the
        # index has; GeoNames' admin-1 codes give it no record, Natural Earth no boundary.
        log.warning(
            "%r (characters %d-%d) reads as a first-level region (like %s) but the index "
            "has no record or boundary for it: left without a place",
            name,
            s,
            e,
            sibling,
        )
        return
    log.warning(
        "%r (characters %d-%d) reads as a place but is not in the gazetteer and nothing "
        "in the text locates it (a village the shipped index lacks? `geo index add "
        "--download CC` adds every GeoNames place of a country)",
        name,
        s,
        e,
    )


#: A compass word opening a region's name: "West Kordofan", "North Kivu", "Upper Nile".
_COMPASS_HEADS = ("North", "South", "East", "West", "Central", "Upper", "Lower")


def _sibling_region(name: str, gaz: Gazetteer) -> str | None:
    """A first-level region's name the index has that differs from ``name`` in its
    opening compass word only ("South Kordofan" for "West Kordofan"), else None."""
    head, _, rest = name.partition(" ")
    if head not in _COMPASS_HEADS or not rest:
        return None
    for other in _COMPASS_HEADS:
        found = gaz.lookup_normalized(normalize(f"{other} {rest}")) if other != head else []
        if any(gaz.kind(c.record) == "admin1" for c in found):
            return f"{other} {rest}"
    return None

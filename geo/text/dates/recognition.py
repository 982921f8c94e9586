"""Dates, stage 1, recognition: date expressions ("atoms") and ranges in a window.

The date patterns (absolute, partial, relative: :mod:`~geo.text.dates.patterns`) run
only in windows around a hint (a digit, a month, a weekday, a relative word), each only
where every piece its matches hold occurs; :func:`_atoms` keeps the longest at each position and
:func:`_ranges` joins "from A to B", "between A and B", "A-B". See
:mod:`geo.text.dates` for the conventions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..fold import FoldedPattern, folded
from .feasts import feast_key, feast_start, feasts
from .hints import AGO, DAY, DIGIT, MONTH, PERIOD, WEEKDAY, _hint_windows_kinds
from .patterns import (
    _DECADE,
    _DMY,
    _DMY_CYRILLIC,
    _DOTTED,
    _FULL,
    _ISO,
    _M,
    _MDY,
    _MY,
    _NUMBER_WORDS,
    _REL_AGO,
    _REL_DAY,
    _REL_PERIOD,
    _REL_WEEKDAY,
    _Y,
    CYRILLIC_MONTHS,
    MONTHS,
    WEEKDAYS,
    _finditer,
)

__all__ = ["MONTHS", "WEEKDAYS", "char_before"]

#: A date or weekday just before "overnight" ("on Tuesday overnight", "May 12 overnight").
_DATED_BEFORE = re.compile(r"(?:day|\d)\s+$")
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*")
_PREP = re.compile(
    r"\b(?P<p>[Oo]n|[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Tt]hrough|[Bb]y|[Dd]uring|[Bb]efore"
    r"|[Aa]fter|[Bb]etween)\s+$"
)
_PLURAL_AFTER = re.compile(r"\s+(?P<w>[a-z]+)")
_YEAR_DETERMINERS = frozenset(
    "the in of since by until from during before after through till its their a an this "
    "that and or to between".split()
)
_PREV_WORD = re.compile(r"(?P<w>[A-Za-z]+)\W*$")


@dataclass(frozen=True, slots=True)
class _Atom:
    """A date expression before resolution (fields the text states; None if not)."""

    start: int
    end: int
    kind: str  # "abs" | "rel" | "decade" | "feast" (rel: its key and whether Orthodox)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day_end: int | None = None
    qualifier: str = ""  # early | mid | late
    rel: tuple = ()  # ("day", n) | ("weekday", wd, which) | ("period", q, which, unit)
    explicit_year: bool = False


@dataclass(frozen=True, slots=True)
class _Range:
    """Two absolute atoms joined: "from A to B", "between A and B", "A-B"."""

    first: _Atom
    last: _Atom
    start: int  # includes "from"/"between"


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


#: What every match of a date pattern holds, with the pattern's case rules: windows
#: without it skip the pattern (same matches, a fraction of the cost). A digit, a day
#: word ("yesterday") and "ago" need none: the kinds of the hints tell (``scan``).
_NEED_ISO = re.compile(r"\d\d\d\d-\d\d-\d\d")  # what every ``_ISO`` match holds
_NEED_DOTTED = re.compile(r"\d\.\d\d?\.(?:19|20)\d\d")  # and every ``_DOTTED`` match
_NEED_MONTH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_NEED_YEAR = re.compile(r"(?:19|20)\d\d")
_NEED_CYRILLIC = re.compile("[\u0400-\u04ff]")
_NEED_PERIOD = re.compile(r"week|month|year")
_NEED_FULL_MONTH = re.compile(_FULL)
_NEED_DECADE = re.compile(r"(?:19|20)\d0s")
_NEED_WEEKDAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_NEED_WHICH = re.compile(r"this|last|next|past|previous|coming")
#: The needs of the case-insensitive patterns, searched on the folded text (same
#: answer, :mod:`geo.text.fold`); the others on the text.
_FOLDED_NEEDS = frozenset({_NEED_PERIOD, _NEED_WHICH})


def _atoms(text: str, start: int, end: int) -> list[_Atom]:
    """Non-overlapping date atoms in the window, longest first at each position."""
    found: list[_Atom] = []
    windows, kinds = _hint_windows_kinds(text, start, end)

    def add(atom: _Atom) -> None:
        found.append(atom)

    # need -> for each window (by index): whether it holds the need (None: not searched)
    having: dict[re.Pattern[str], list[bool | None]] = {}

    def scan(
        rx: re.Pattern[str] | FoldedPattern, kind: int, *needs: re.Pattern[str]
    ) -> Iterator[re.Match[str]]:
        # Only the windows with the kinds of hint every match of ``rx`` holds (see
        # ``_hint_windows_kinds``). Each of ``needs`` finds a piece every match of ``rx``
        # holds (same case rules): a window without one cannot hold a match and is
        # skipped. A need is searched only in the windows that hold what comes before it.
        chosen = [k for k, held in enumerate(kinds) if held & kind == kind]
        for need in needs:
            src = folded(text) if need in _FOLDED_NEEDS else text
            search = need.search
            holds = having.get(need)
            if holds is None:
                holds = having[need] = [None] * len(windows)
            kept = []
            for k in chosen:
                h = holds[k]
                if h is None:
                    ws, we = windows[k]
                    h = holds[k] = search(src, ws, we) is not None
                if h:
                    kept.append(k)
            chosen = kept
        for k in chosen:
            yield from _finditer(rx, text, *windows[k])

    isos = (*scan(_ISO, DIGIT, _NEED_ISO), *scan(_DOTTED, DIGIT, _NEED_DOTTED))
    for m in isos:
        y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
        if _valid(y, mo, d):
            add(_Atom(m.start(), m.end(), "abs", y, mo, d, explicit_year=True))
    for rx in (_MDY, _DMY):
        for m in scan(rx, MONTH | DIGIT, _NEED_MONTH):
            mo = _month(m["m"])
            d = int(m["d"])
            d2 = int(m["d2"]) if m["d2"] else None
            y = int(m["y"]) if m["y"] else None
            if d2 is not None and d2 <= d:
                continue
            if not _valid(y or 2000, mo, d2 or d):
                continue
            add(_Atom(m.start(), m.end(), "abs", y, mo, d, d2, explicit_year=y is not None))
    for m in scan(_DMY_CYRILLIC, DIGIT, _NEED_CYRILLIC):  # "20 грудня", "15 декабря"
        mo, d, y = CYRILLIC_MONTHS[m["m"].lower()], int(m["d"]), int(m["y"]) if m["y"] else None
        if _valid(y or 2000, mo, d):
            add(_Atom(m.start(), m.end(), "abs", y, mo, d, explicit_year=y is not None))
    for m in scan(_MY, MONTH | DIGIT, _NEED_MONTH, _NEED_YEAR):
        add(_Atom(m.start(), m.end(), "abs", int(m["y"]), _month(m["m"]), None,
                  qualifier=(m["q"] or "").lower(), explicit_year=True))  # fmt: skip
    for m in scan(_M, MONTH, _NEED_MONTH, _NEED_FULL_MONTH):
        name = m["m"]
        if name in ("May", "March") and not _ambiguous_month_ok(text, m.start("m"), m.end("m")):
            continue
        add(_Atom(m.start(), m.end(), "abs", None, _month(name), None,
                  qualifier=(m["q"] or "").lower()))  # fmt: skip
    for m in scan(_Y, DIGIT, _NEED_YEAR):
        if _counts_something(text, m.start("y"), m.end("y")):
            continue
        add(_Atom(m.start(), m.end(), "abs", int(m["y"]), None, None,
                  qualifier=(m["q"] or "").lower(), explicit_year=True))  # fmt: skip
    for m in scan(_DECADE, DIGIT, _NEED_YEAR, _NEED_DECADE):
        add(_Atom(m.start(), m.end(), "decade", int(m["y"]), explicit_year=True))
    for m in scan(_REL_PERIOD, PERIOD, _NEED_PERIOD, _NEED_WHICH):
        q = (m["q"] or "").lower()
        rel = ("period", q, m["which"].lower(), m["unit"].lower())
        add(_Atom(m.start(), m.end(), "rel", rel=rel))
    for m in scan(_REL_WEEKDAY, WEEKDAY, _NEED_WEEKDAY_NAME):
        which = (m["which"] or "").lower()
        add(_Atom(m.start(), m.end(), "rel", rel=("weekday", WEEKDAYS[m["wd"].lower()], which)))
    for m in scan(_REL_DAY, DAY):
        if m["w"][0].isupper() and m.start() > 0 and not _sentence_initial(text, m.start()):
            continue  # "Ukraine Today", a name
        word = " ".join(m["w"].lower().split())
        if word == "overnight" and _DATED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "on Tuesday overnight", "May 12 overnight": the date says which night
        n = {"yesterday": -1, "last night": -1, "overnight": -1, "today": 0, "tonight": 0,
             "tomorrow": 1}[word]  # fmt: skip
        add(_Atom(m.start(), m.end(), "rel", rel=("day", n)))
    for m in scan(_REL_AGO, AGO):
        raw = m["n"].lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
        add(_Atom(m.start(), m.end(), "rel", rel=("ago", n, m["unit"].lower())))
    for m in feasts(text, start, end):  # "on Palm Sunday", "over Christmas"
        y = int(m["y"]) if m["y"] else None
        add(
            _Atom(
                feast_start(m), m.end(), "feast", y, rel=feast_key(m), explicit_year=y is not None
            )
        )
    # Longest first at each start; drop anything overlapping a kept atom.
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[_Atom] = []
    for atom in found:
        if atom.start < start or atom.end > end:
            continue
        if kept and atom.start < kept[-1].end:
            continue
        kept.append(atom)
    return kept


def _valid(y: int, mo: int, d: int) -> bool:
    try:
        dt.date(y, mo, d)
    except ValueError:
        return False
    return True


def char_before(text: str, pos: int, skip: str) -> str:
    """The last character of ``text[:pos]`` not in ``skip`` ("" if none), without copying
    the text before ``pos`` (cost: the skipped run only)."""
    while pos > 0 and text[pos - 1] in skip:
        pos -= 1
    return text[pos - 1] if pos > 0 else ""


def _sentence_initial(text: str, pos: int) -> bool:
    before = char_before(text, pos, " \t\"'“‘(")
    return not before or before in ".!?\n:"


def _ambiguous_month_ok(text: str, s: int, e: int) -> bool:
    """A bare "May"/"March" is a month only after a temporal word ("in May", "late March")."""
    m = _PREV_WORD.search(text, max(0, s - 20), s)
    if not m:
        return False
    prev = m["w"].lower()
    return prev in {
        "in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next",
        "this", "from", "through", "between", "during", "before", "after", "and", "to",
    }  # fmt: skip


def _counts_something(text: str, s: int, e: int) -> bool:
    """A four-digit number that counts a noun ("1500 soldiers") rather than naming a year."""
    after = _PLURAL_AFTER.match(text, e)
    if not after:
        return False
    word = after["w"]
    if not (word.endswith("s") and not word.endswith("ss") and len(word) > 3):
        return False
    if word in ("elections", "olympics", "games", "talks", "protests", "floods"):
        return False
    prev = _PREV_WORD.search(text, max(0, s - 30), s)
    return not (prev and prev["w"].lower() in _YEAR_DETERMINERS)


def _ranges(text: str, start: int, atoms: list[_Atom]) -> list[_Atom | _Range]:
    """Join "from A to B", "between A and B", "A-B" into ranges."""
    out: list[_Atom | _Range] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and a.kind == "abs" and atoms[i + 1].kind == "abs":
            b = atoms[i + 1]
            gap = text[a.end : b.start]
            join = _RANGE_JOIN.fullmatch(gap)
            if join:
                prep = _PREP.search(text, max(start, a.start - 12), a.start)
                opener = prep["p"].lower() if prep else ""
                word = gap.strip()
                ok = (word == "and" and opener == "between") or (word != "and")
                if ok and (opener in ("from", "between") or word in ("-", "–", "—", "to")):
                    s = prep.start() if opener in ("from", "between") else a.start
                    out.append(_Range(a, b, s))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out

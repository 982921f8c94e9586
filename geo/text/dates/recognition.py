"""Dates, stage 1, recognition: date expressions ("atoms") and ranges in a window.

The date patterns (absolute, partial, relative) run only in windows around a
hint (a digit, a month, a weekday, a relative word), each only where every piece
its matches hold occurs; :func:`_atoms` keeps the longest at each position and
:func:`_ranges` joins "from A to B", "between A and B", "A-B". See
:mod:`geo.text.dates` for the conventions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .. import lexicon as lx
from ..fold import FoldedPattern, ascii_lowered, folded

__all__ = ["MONTHS", "WEEKDAYS", "char_before"]

#: Month names and abbreviations -> month number.
MONTHS: dict[str, int] = lx.MONTH_NUMBERS
#: Weekday names -> ``datetime.date.weekday()`` numbers.
WEEKDAYS: dict[str, int] = {name: i for i, name in enumerate(lx.DAYS)}

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "several": 3, "few": 3, "a few": 3,
}  # fmt: skip

_FULL = r"January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MONTH = rf"(?P<m>(?:{_FULL})\b|(?:{_ABBR})\b\.?)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DAY2 = (
    r"(?:(?:\s*[-–]\s*|\s+(?:to|and|through)\s+)(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?![\d:]|,\d))?"
)
_YEAR = r"(?:,?\s+(?P<y>(?:19|20)\d\d)(?![\d,.]\d))?"
_QUAL = r"(?:(?P<q>[Ee]arly|[Mm]id|[Ll]ate)[-\s]+)?"

_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)\b")
_MDY = re.compile(rf"\b(?:{_WD},?\s+)?{_MONTH}\s+{_DAY}(?![\d:]|,\d){_DAY2}{_YEAR}")
_DMY = re.compile(rf"\b(?:{_WD},?\s+)?{_DAY}{_DAY2}\s+(?:of\s+)?{_MONTH}{_YEAR}")
_MY = re.compile(rf"{_QUAL}\b{_MONTH},?\s+(?P<y>(?:19|20)\d\d)\b(?![\d,.]\d)")
_M = re.compile(rf"{_QUAL}\b(?P<m>{_FULL})\b")
_Y = re.compile(
    r"(?:(?P<q>[Ee]arly|[Mm]id|[Ll]ate)[-\s]+|(?<![\d,.$£€#/-]))"
    r"\b(?P<y>(?:19|20)\d\d)\b(?![\d/]|[,.]\d|\s*(?:%|per))"
)
_DECADE = re.compile(r"\b(?:the\s+)?(?P<y>(?:19|20)\d0)s\b")
# The case-insensitive patterns run on the folded text (same matches, geo.text.fold).
_REL_PERIOD = FoldedPattern(
    r"\b(?:(?P<q>earlier|later|early|late)\s+)?(?:in\s+)?(?:the\s+)?"
    r"(?P<which>this|last|next|past|previous|coming)\s+(?P<unit>week|weekend|month|year)\b"
)
_REL_WEEKDAY = re.compile(
    rf"\b(?:(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious)\s+)?(?P<wd>{_WD})"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
)
_REL_DAY = FoldedPattern(r"\b(?P<w>yesterday|today|tonight|tomorrow|last\s+night)\b")
_REL_AGO = FoldedPattern(
    r"\b(?P<n>\d{1,3}|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")\s+(?P<unit>day|week|month|year)s?\s+ago\b"
)
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
    kind: str  # "abs" | "rel" | "decade"
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


#: Every date expression holds one of these (a digit, a month, a weekday, a relative
#: word): the date patterns run only near them. Searched on an ASCII-lower-cased copy.
_HINT_WORDS = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"yesterday|today|tonight|tomorrow|night|week|month|year|ago"
)
#: ``_HINT_WORDS`` grouped by first letter, in their order (the same matches: ``re``
#: tries the alternatives of a group one after another, fewer here).
_HINT = re.compile(
    r"\d|\b(?:j(?:an|un|ul)|f(?:eb|ri)|m(?:ar|ay|on|onth)|a(?:pr|ug|go)|s(?:ep|at|un)|oct|"
    r"n(?:ov|ight)|dec|t(?:ue|hu|oday|onight|omorrow)|w(?:ed|eek)|y(?:esterday|ear))"
)
#: The word stems of ``_HINT``, each found with ``str.find`` (a fast scan in C; ``re``
#: would try the pattern at every character). "month" is left out: "mon" matches first.
#: No stem is a prefix of another, so at most one matches at a position.
_HINT_STEMS = tuple(w for w in _HINT_WORDS.split("|") if w != "month")
_DIGIT_RUN = re.compile(r"\d+")
_HINT_REACH = 48  # characters a date expression may extend either side of its hint


def _hints(lowered: str) -> list[tuple[int, int]]:
    """Spans around which ``_HINT`` matches in ``lowered`` put their windows, in order.

    A word hint is a stem at the start of a word (``\\b``: no word character before
    it); hints never overlap (stems are letters at a word's start, digits are not
    letters). A run of digits is one span: its window is the union of its digits'
    windows (they overlap), so the windows are the same.
    """
    spans = [m.span() for m in _DIGIT_RUN.finditer(lowered)]
    find = lowered.find
    for stem in _HINT_STEMS:
        k = find(stem)
        while k >= 0:
            before = lowered[k - 1] if k else " "
            if not (before.isalnum() or before == "_"):  # not ``\w``: ``\b`` before
                spans.append((k, k + len(stem)))
            k = find(stem, k + 1)
    spans.sort()
    return spans


#: What every match of a date pattern holds, with the pattern's case rules: windows
#: without it skip the pattern (same matches, a fraction of the cost).
_NEED_ISO = re.compile(r"\d\d\d\d-\d\d-\d\d")  # what every ``_ISO`` match holds
_NEED_MONTH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_NEED_YEAR = re.compile(r"(?:19|20)\d\d")
_NEED_PERIOD = re.compile(r"week|month|year")
_NEED_DAY = re.compile(r"yesterday|today|tonight|tomorrow|night")
_NEED_AGO = re.compile(r"ago")
_NEED_DIGIT = re.compile(r"\d")
_NEED_FULL_MONTH = re.compile(_FULL)
_NEED_DECADE = re.compile(r"(?:19|20)\d0s")
_NEED_WEEKDAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_NEED_WHICH = re.compile(r"this|last|next|past|previous|coming")
#: The needs of the case-insensitive patterns, searched on the folded text (same
#: answer, :mod:`geo.text.fold`); the others on the text.
_FOLDED_NEEDS = frozenset({_NEED_PERIOD, _NEED_DAY, _NEED_AGO, _NEED_WHICH})


def _hint_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Disjoint windows of ``text[start:end]`` around date hints, in order.

    Running the date patterns in these windows only (instead of over the whole
    text) gives the same matches at a fraction of the cost: most of a text is
    far from any digit, month or weekday.
    """
    out: list[tuple[int, int]] = []
    lowered = ascii_lowered(text if (start, end) == (0, len(text)) else text[start:end])
    reach = _HINT_REACH
    cur_start = cur_end = -1  # the window being grown (none yet)
    for a, b in _hints(lowered):
        ws = start + a - reach
        if ws < start:
            ws = start
        we = start + b + reach
        if we > end:
            we = end
        if cur_end >= 0 and ws <= cur_end:
            cur_end = we  # matches come in order: their windows' ends never decrease
        else:
            if cur_end >= 0:
                out.append((cur_start, cur_end))
            cur_start, cur_end = ws, we
    if cur_end >= 0:
        out.append((cur_start, cur_end))
    return out


def _atoms(text: str, start: int, end: int) -> list[_Atom]:
    """Non-overlapping date atoms in the window, longest first at each position."""
    found: list[_Atom] = []
    windows = _hint_windows(text, start, end)

    def add(atom: _Atom) -> None:
        found.append(atom)

    # need -> for each window (by index): whether it holds the need (None: not searched)
    having: dict[re.Pattern[str], list[bool | None]] = {}

    def scan(
        rx: re.Pattern[str] | FoldedPattern, *needs: re.Pattern[str]
    ) -> Iterator[re.Match[str]]:
        # Each of ``needs`` finds a piece every match of ``rx`` holds (same case rules):
        # a window without one cannot hold a match and is skipped. A need is searched only
        # in the windows that hold the needs before it.
        chosen: Iterable[int] = range(len(windows))
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
            yield from rx.finditer(text, *windows[k])

    for m in scan(_ISO, _NEED_ISO):
        y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
        if _valid(y, mo, d):
            add(_Atom(m.start(), m.end(), "abs", y, mo, d, explicit_year=True))
    for rx in (_MDY, _DMY):
        for m in scan(rx, _NEED_MONTH, _NEED_DIGIT):
            mo = _month(m["m"])
            d = int(m["d"])
            d2 = int(m["d2"]) if m["d2"] else None
            y = int(m["y"]) if m["y"] else None
            if d2 is not None and d2 <= d:
                continue
            if not _valid(y or 2000, mo, d2 or d):
                continue
            add(_Atom(m.start(), m.end(), "abs", y, mo, d, d2, explicit_year=y is not None))
    for m in scan(_MY, _NEED_MONTH, _NEED_YEAR):
        add(_Atom(m.start(), m.end(), "abs", int(m["y"]), _month(m["m"]), None,
                  qualifier=(m["q"] or "").lower(), explicit_year=True))  # fmt: skip
    for m in scan(_M, _NEED_MONTH, _NEED_FULL_MONTH):
        name = m["m"]
        if name in ("May", "March") and not _ambiguous_month_ok(text, m.start("m"), m.end("m")):
            continue
        add(_Atom(m.start(), m.end(), "abs", None, _month(name), None,
                  qualifier=(m["q"] or "").lower()))  # fmt: skip
    for m in scan(_Y, _NEED_YEAR):
        if _counts_something(text, m.start("y"), m.end("y")):
            continue
        add(_Atom(m.start(), m.end(), "abs", int(m["y"]), None, None,
                  qualifier=(m["q"] or "").lower(), explicit_year=True))  # fmt: skip
    for m in scan(_DECADE, _NEED_YEAR, _NEED_DECADE):
        add(_Atom(m.start(), m.end(), "decade", int(m["y"]), explicit_year=True))
    for m in scan(_REL_PERIOD, _NEED_PERIOD, _NEED_WHICH):
        q = (m["q"] or "").lower()
        rel = ("period", q, m["which"].lower(), m["unit"].lower())
        add(_Atom(m.start(), m.end(), "rel", rel=rel))
    for m in scan(_REL_WEEKDAY, _NEED_WEEKDAY_NAME):
        which = (m["which"] or "").lower()
        add(_Atom(m.start(), m.end(), "rel", rel=("weekday", WEEKDAYS[m["wd"].lower()], which)))
    for m in scan(_REL_DAY, _NEED_DAY):
        if m["w"][0].isupper() and m.start() > 0 and not _sentence_initial(text, m.start()):
            continue  # "Ukraine Today", a name
        word = " ".join(m["w"].lower().split())
        n = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
        add(_Atom(m.start(), m.end(), "rel", rel=("day", n)))
    for m in scan(_REL_AGO, _NEED_AGO):
        raw = m["n"].lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
        add(_Atom(m.start(), m.end(), "rel", rel=("ago", n, m["unit"].lower())))
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

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
from collections.abc import Iterator
from dataclasses import dataclass

from .. import lexicon as lx
from ..fold import FoldedPattern, folded
from .feasts import feast_key, feast_start, feasts
from .hints import AGO, DAY, DIGIT, MONTH, PERIOD, WEEKDAY, _hint_windows_kinds

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
#: A full numeric date, day first ("01.12.2024": a bulletin's header); not "13.06" alone.
_DOTTED = re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b(?![.,]?\d)")
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
#: Where a match of each case-sensitive pattern may start (its first characters: a
#: weekday, a month, a qualifier, a digit ...): the pattern is tried only there, where
#: ``re`` would try it at every character of a window (see ``_finditer``). Each start
#: pattern opens with one character class, which ``re`` skips to in C, and checks the
#: rest of the word there with look-behinds ("Moscow" is no month: ``re`` rejects it
#: without a match object); written as alternatives ("early|Jan|..."), ``re`` would try
#: each of them at every character, twice as slow.
_Q_START = r"(?<=[Ee])arly[-\s]|(?<=[Mm])id[-\s]|(?<=[Ll])ate[-\s]"  # a qualifier
_MONTH_START = (  # the first letters of every ``_MONTH`` match
    r"(?<=J)(?:an|un|ul)|(?<=F)eb|(?<=M)a[ry]|(?<=A)(?:pr|ug)|(?<=S)ep|(?<=O)ct|(?<=N)ov"
    r"|(?<=D)ec"
)
_WD_START = r"(?<=M)onday|(?<=T)(?:ues|hurs)day|(?<=W)ednesday|(?<=F)riday|(?<=S)(?:atur|un)day"
_STARTS: dict[re.Pattern[str], re.Pattern[str]] = {
    _ISO: re.compile(r"\d(?=\d\d\d-)"),
    _MDY: re.compile(rf"[ADFJMNOSTW](?:{_MONTH_START}|{_WD_START})"),  # a month or a weekday
    # a day's first digit or a weekday, at the start of a word
    _DMY: re.compile(rf"[FMSTW0-9](?<!\w[FMSTW0-9])(?:(?<=[0-9])|{_WD_START})"),
    _MY: re.compile(rf"[EeMmLlADFJNOS](?:{_Q_START}|{_MONTH_START})"),  # a qualifier, a month
    _M: re.compile(rf"[EeMmLlADFJNOS](?:{_Q_START}|{_MONTH_START})"),
    _Y: re.compile(rf"[EeMmLl12](?:{_Q_START}|(?<=1)9\d\d|(?<=2)0\d\d)"),  # a qualifier, a year
    _DECADE: re.compile(r"[t12](?:(?<=t)he\s|(?<=1)9\d0s|(?<=2)0\d0s)"),
    _REL_WEEKDAY: re.compile(
        r"[LlTtNnPpFMSW](?:(?<=[Ll])ast\s|(?<=[Tt])his\s|(?<=[Nn])ext\s|(?<=[Pp])revious\s|"
        + _WD_START
        + ")"
    ),
}


#: The same for the case-insensitive patterns, searched on the folded text: "yesterday",
#: "today", "tonight", "tomorrow" or "last" start every ``_REL_DAY`` match.  Here too a
#: start pattern opens with one character class and checks the rest with look-behinds:
#: a start at the start of a word is one no word character comes before.
_FOLDED_STARTS: dict[FoldedPattern, re.Pattern[str]] = {
    _REL_DAY: re.compile(r"[ytl](?:(?<=y)esterday|(?<=t)o(?:day|night|morrow)|(?<=l)ast\s)"),
    # The first word of "earlier this week", "later this month", "in the past year", "the
    # coming weeks", "last month", at the start of a word: a qualifier, "in", "the" or
    # the word saying which period.
    _REL_PERIOD: re.compile(
        r"[eltinpc](?<!\w[eltinpc])(?:(?<=e)arl|(?<=l)at|(?<=l)ast\s|(?<=i)n\s|(?<=t)h(?:e|is)\s"
        r"|(?<=n)ext\s|(?<=p)(?:ast|revious)\s|(?<=c)oming\s)"
    ),
}


def _finditer(
    rx: re.Pattern[str] | FoldedPattern, text: str, pos: int, endpos: int
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, pos, endpos)``, with ``rx`` tried only where one of its
    matches may start (``_STARTS``, ``_FOLDED_STARTS``; every match is non-empty)."""
    if isinstance(rx, FoldedPattern):
        yield from _folded_finditer(rx, text, pos, endpos)
        return
    starts = _STARTS.get(rx)
    if starts is None:
        yield from rx.finditer(text, pos, endpos)
        return
    find, match = starts.search, rx.match
    while (c := find(text, pos, endpos)) is not None:
        m = match(text, c.start(), endpos)
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()


def _folded_finditer(
    rx: FoldedPattern, text: str, pos: int, endpos: int
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, pos, endpos)`` (what :meth:`FoldedPattern.finditer` yields),
    with the folded pattern tried only where ``_FOLDED_STARTS`` says a match may start."""
    starts = _FOLDED_STARTS.get(rx)
    if starts is None:
        yield from rx.finditer(text, pos, endpos)
        return
    src = folded(text)
    find, match, exact = starts.search, rx.fast.match, rx.original.match
    while (c := find(src, pos, endpos)) is not None:
        m = match(src, c.start(), endpos)
        if m is None:
            pos = c.start() + 1
            continue
        found = exact(text, m.start(), endpos)
        if found is not None:  # always: the folded copy matches where the text does
            yield found
        pos = m.end()


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
        n = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
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

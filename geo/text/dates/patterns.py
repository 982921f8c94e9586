"""Dates, stage 1a, patterns: the date expressions' regular expressions and where each
may start.

:mod:`~geo.text.dates.recognition` runs them in the windows
:mod:`~geo.text.dates.hints` finds (:func:`_finditer` tries a pattern only where one of
its matches may start: ``_STARTS``, ``_FOLDED_STARTS``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon as lx
from ..fold import FoldedPattern, folded

__all__ = ["CYRILLIC_MONTHS", "MONTHS", "WEEKDAYS"]

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

#: Ukrainian and Russian month names in the genitive ("2 грудня", "15 декабря") -> number.
CYRILLIC_MONTHS: dict[str, int] = {
    name: i % 12 + 1
    for i, name in enumerate(
        "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня "
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
    )
}
#: A day and a Cyrillic month, a year after it: "20 грудня", "15 декабря 2027 года".
_DMY_CYRILLIC = re.compile(
    rf"(?<![\d.,])(?P<d>[12]\d|3[01]|0?[1-9])\s+(?P<m>(?i:{'|'.join(CYRILLIC_MONTHS)}))"
    r"(?!\w)(?:\s+(?P<y>(?:19|20)\d\d)(?!\d))?"
)
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
#: "overnight" is the night before the article's date, as "last night" is (the day
#: before it), unless a date or weekday follows it ("overnight on May 12", "overnight
#: into Tuesday", "overnight Friday"), which dates the night itself.
_REL_DAY = FoldedPattern(
    r"\b(?P<w>yesterday|today|tonight|tomorrow|last\s+night|overnight"
    r"(?!\s+(?:(?:on|into|to|from|between|of)\b|\d"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)))\b"
)
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
#: "today", "tonight", "tomorrow", "last" or "overnight" start every ``_REL_DAY`` match.
#: Here too a start pattern opens with one character class and checks the rest with look-behinds:
#: a start at the start of a word is one no word character comes before.
_FOLDED_STARTS: dict[FoldedPattern, re.Pattern[str]] = {
    _REL_DAY: re.compile(
        r"[ytlo](?:(?<=y)esterday|(?<=t)o(?:day|night|morrow)|(?<=l)ast\s|(?<=o)vernight)"
    ),
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

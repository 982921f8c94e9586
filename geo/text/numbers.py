"""Numbers the text states, with what they count: "3,000 bodies", "76,000 troops".

:func:`find_quantities` returns :class:`~geo.model.Quantity` records.

Conventions
-----------
- **Numbers**: digits with thousands separators ("3,000", "76,000"), decimals ("1.5"), scale
  words ("1.5 million", "$2 billion", "€50m"), number words ("three", "twenty-five", "two
  hundred and fifty", "a dozen", "a thousand"), percentages ("40%", "40 per cent").
- **Skipped**: vague plurals ("dozens of", "tens of thousands") and multiples ("several
  dozen", "a few hundred"), years and dates (whatever :func:`geo.text.dates.find_dates`
  finds), times ("10:30", "3 p.m.", "0300 GMT"), ordinals ("1st", "47th"), numbers inside
  names ("Su-34", "M777", "Brigade 47"), "one" as a pronoun ("one of the", "no one").
- ``text`` is the number as written, with its currency sign, scale word and
  ``%`` ("1.5 million", "$2 billion", "40%"); ``start``/``end`` are its offsets.
- **Finite**: a value beyond :data:`MAX_VALUE` (10^15: a serial number, a
  400-digit run that would be infinite as a float) is dropped, so every value
  is a finite JSON number.
- ``unit`` is the counted noun, lower-cased (acronyms and nationality nouns
  keep their case): the head of the noun phrase after the number, skipping
  quantifiers, adjectives, nationalities and possessives ("3,000 more Ukrainian
  soldiers' bodies" -> "bodies", "1 unsuccessful attempt" -> "attempt"); an area is
  one unit ("1,300 square kilometres", "sq km", "km²" -> "km2"); a partitive counts
  its noun ("79 of its servicemen" -> "servicemen"); "the bodies of N soldiers"
  counts bodies; a hyphenated measure keeps its word ("a 10-kilometre radius" ->
  "kilometre", "45-year-old" -> "years old"); percentages are "percent"; money is the ISO
  currency code ("USD", "EUR", "GBP", "UAH", "RUB"); the first number of a range
  takes the unit of the second ("10 to 15 km"). ``""`` when nothing is counted.
- ``qualifier``, ``low``, ``high``: "up to 300", "between 20 and 30" (:mod:`geo.text.qualifiers`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence

from ..model import DateSpan, Quantity
from . import lexicon as lx
from .added_units import added_units
from .dates import find_dates
from .dates.hints import next_digit
from .fold import ascii_lowered
from .month_days import not_month_days
from .one_counts import pronoun_one
from .qualifiers import qualify
from .units import (
    _MEASURES,
    _NEXT_WORD,
    _OF_AFTER,
    _counted_noun,
    _range_units,
    _Spans,
    _word_before,
    line_or_sentence_start,
)

__all__ = ["MAX_VALUE", "find_quantities", "parse_number_words"]

_ONES = lx.NUMBER_ONES
_TENS = lx.NUMBER_TENS
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}  # fmt: skip
_SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
_CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB"}


def _by_first_letter(words: list[str]) -> str:
    """An alternation of ``words`` grouped by first letter, each group in their order:
    the same matches as ``"|".join(words)``, with a fraction of the alternatives ``re``
    tries one after another at each position.

    Examples
    --------
    >>> _by_first_letter(["one", "two", "three", "ten"])
    'one|t(?:wo|hree|en)'
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(k + (f"(?:{'|'.join(v)})" if len(v) > 1 else v[0]) for k, v in groups.items())


_NUMBER_WORDS = [*_ONES, *_TENS, *_SCALES, "dozen"]
_WORD_NUMBER = _by_first_letter(_NUMBER_WORDS)
#: A word joined by a space opens no hyphened compound ("three one-way drones": 3).
_NOT_COMPOUND = rf"(?!-(?!(?:{_WORD_NUMBER})\b)[a-z])"
_ARTICLE_SCALES = ("hundred", "thousand", "million", "billion", "dozen")  # "a hundred"
_WORDS_BODY = (
    rf"(?:(?:an?)\s+(?=(?:{'|'.join(_ARTICLE_SCALES)})\b))?"
    rf"(?:{_WORD_NUMBER})(?:(?:(?<=dred|sand|lion)\s+and\s+|\s+)(?:{_WORD_NUMBER}){_NOT_COMPOUND}"
    rf"|[\s-]*-[\s-]*(?:{_WORD_NUMBER}))*\b"
)
_WORDS_RX = re.compile(rf"\b{_WORDS_BODY}")  # on an ASCII-lower-cased copy (see below)
#: The number words no other starts ("four" starts "fourteen"): every number word
#: starts with one of them (the scale words too).
_NUMBER_STEMS = tuple(
    w for w in _NUMBER_WORDS if not any(v != w and w.startswith(v) for v in _NUMBER_WORDS)
)
_DIGITS_RX = re.compile(
    r"(?=[$€£₴₽\d])"  # a currency sign or a digit starts every match: lets ``re`` skip ahead
    r"(?P<cur>[$€£₴₽])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>\s*(?:million|billion|trillion|thousand)\b|(?<=\d)(?:bn|mn|m|k)\b)?"
    r"(?P<pct>\s?%)?",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|CET\b|EET\b|hrs\b|o['’]clock)")
_PERCENT_AFTER = re.compile(r"\s+(?:percent|per\s+cent|pct)\b", re.IGNORECASE)
_LETTERS = re.compile(r"[A-Za-z]+")
_VAGUE_AFTER = re.compile(r"[\s-]*(?:hundreds|thousands|millions|billions|dozens)\b", re.I)
_VAGUE_BEFORE = re.compile(r"\b(?:several|few|many|some)\s+$", re.I)


def parse_number_words(words: str) -> float | None:
    """The value of an English number phrase, or ``None``.

    Examples
    --------
    >>> parse_number_words("twenty-five")
    25
    >>> parse_number_words("two hundred and fifty thousand")
    250000
    >>> parse_number_words("a dozen")
    12
    >>> parse_number_words("dozens") is None
    True
    >>> parse_number_words("a hundred " * 20) is None    # beyond MAX_VALUE
    True
    """
    total = current = 0
    seen = False
    for raw in re.split(r"[\s-]+", words.lower().strip()):
        if raw in ("a", "an", "and", ""):
            continue
        if raw in _ONES:
            current += _ONES[raw]
        elif raw in _TENS:
            current += _TENS[raw]
        elif raw == "dozen":
            current = (current or 1) * 12
        elif raw == "hundred":
            current = (current or 1) * 100
        elif raw in _SCALES:
            total += (current or 1) * _SCALES[raw]
            current = 0
        else:
            return None
        if total > MAX_VALUE or current > MAX_VALUE:
            return None  # "two hundred and two hundred and ..." x 10,000: no count
        seen = True
    return total + current if seen else None


def find_quantities(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    dates: Sequence[DateSpan] | None = None,
) -> list[Quantity]:
    """Stated quantities in ``text[start:end]`` with their counted nouns, in text order.

    Parameters
    ----------
    text : str
        The whole document (offsets in the results index it).
    start, end : int, optional
        The window to search (default: all of ``text``).
    dates : sequence of DateSpan, optional
        The dates already found in ``text`` (numbers inside them are not
        quantities); found with :func:`~geo.text.dates.find_dates` otherwise.

    Returns
    -------
    list of Quantity
        ``value`` (float or int), ``unit`` (the counted noun, ``""`` if none),
        ``text`` (the number as written) and its offsets. See the module
        docstring for what is skipped.

    Examples
    --------
    >>> q = find_quantities("Russia offered 3,000 more Ukrainian soldiers’ bodies on June 2.")
    >>> [(x.value, x.unit, x.text) for x in q]
    [(3000, 'bodies', '3,000')]
    >>> text = "It received the bodies of 79 of its servicemen."
    >>> [(x.value, x.unit) for x in find_quantities(text)]
    [(79, 'servicemen')]
    >>> [(x.value, x.unit) for x in find_quantities("within 10 miles (16 kilometers) of Sumy")]
    [(10, 'miles'), (16, 'kilometers')]
    >>> [(x.value, x.unit) for x in find_quantities("1.5 million people fled; 40% of homes burned")]
    [(1500000, 'people'), (40, 'percent')]
    >>> [(x.value, x.unit) for x in find_quantities("Twenty-five drones and a dozen Su-34 jets")]
    [(25, 'drones'), (12, 'jets')]
    >>> find_quantities("In 2023, hundreds of people met at 10:30 in Brigade 47's base.")
    []
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    if dates is None:
        dates = find_dates(text, start, end)
    blocked = _Spans((d.offset_start, d.offset_end) for d in dates)
    found: list[Quantity] = []
    for m in _digit_matches(text, start, end):
        if blocked.overlaps(m.start("num"), m.end("num")):
            continue  # in a date: its quantity, whose span holds the number's, would be too
        q = _digits(text, m, end)
        if q is not None and _countable(q.value) and not blocked.overlaps(q.start, q.end):
            found.append(q)
    digits = _Spans((q.start, q.end) for q in found)
    lowered = ascii_lowered(text if (start, end) == (0, len(text)) else text[start:end])
    for a, b in _number_words(lowered):
        ws, we = start + a, start + b
        if digits.overlaps(ws, we) or blocked.overlaps(ws, we):
            continue
        q = _words(text, ws, we, end)
        if q is not None and _countable(q.value):
            found.append(q)
    found = sorted(not_month_days(text, found), key=lambda q: q.start)  # not "Sept. 31"
    return qualify(text, added_units(text, _range_units(text, found)))


#: What every ``_DIGITS_RX`` match starts with (its lookahead), found in C.
_DIGITS_START = re.compile(r"[$€£₴₽\d]")


def _sign_or_digit(text: str, pos: int, end: int) -> int:
    c = _DIGITS_START.search(text, pos, end)
    return -1 if c is None else c.start()


def _digit_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_DIGITS_RX.finditer(text, start, end)``, tried only where a match may start (a
    currency sign or a digit; ``re`` would try it at every character)."""
    match = _DIGITS_RX.match
    # Without a currency sign, the digits are found by bisection of the text's digit runs.
    signs = any(map(text[start:end].__contains__, _CURRENCIES))  # C scans
    find = _sign_or_digit if signs else next_digit
    pos = start
    while (c := find(text, pos, end)) >= 0:
        m = match(text, c, end)
        if m is None:
            pos = c + 1
            continue
        yield m
        pos = m.end()


def _number_words(lowered: str) -> Iterator[tuple[int, int]]:
    """The spans of the ``_WORDS_RX`` matches in ``lowered``, in order (the same spans).

    A match starts at a number word at the start of a word, or at the "a"/"an" before
    a scale word ("a hundred"): the stems are found with ``str.find`` (a fast scan in
    C), the pattern tried only there, in order, as ``finditer`` does.
    """
    find = lowered.find
    starts: list[int] = []
    for stem in _NUMBER_STEMS:
        k = find(stem)
        while k >= 0:
            before = lowered[k - 1] if k else " "
            if not (before.isalnum() or before == "_"):  # ``\b`` before a letter
                starts.append(k)
                if stem in _ARTICLE_SCALES:
                    # "a hundred", "an\nextra dozen": the article may start the match.
                    q = k
                    while q and lowered[q - 1].isspace():
                        q -= 1
                    for article in ("a", "an"):
                        p = q - len(article)
                        if q < k and p >= 0 and lowered.startswith(article, p):
                            prev = lowered[p - 1] if p else " "
                            if not (prev.isalnum() or prev == "_"):
                                starts.append(p)
            k = find(stem, k + 1)
    starts.sort()
    match = _WORDS_RX.match
    last = 0
    for k in starts:
        if k < last:
            continue  # inside the match before ("twenty-five")
        m = match(lowered, k)
        if m is not None:
            yield m.span()
            last = m.end()


#: The largest magnitude a quantity keeps; beyond it a digit string is no count
#: (a serial number, a 400-digit run) and would not survive strict JSON as a float.
MAX_VALUE = 1e15


def _countable(value: float) -> bool:
    """A finite value within :data:`MAX_VALUE` (a 400-digit run is no count, and
    ``float("1" * 400)`` is infinite: never let it reach JSON)."""
    return math.isfinite(value) and abs(value) <= MAX_VALUE


def _number(value: float) -> float:
    return int(value) if float(value).is_integer() else value


def _digits(text: str, m: re.Match[str], end: int) -> Quantity | None:
    s, e = m.start("num"), m.end()
    num = m["num"]
    prev = text[s - 1] if s else " "
    prev2 = text[s - 2] if s >= 2 else " "
    if prev.isalpha() or prev in ":/#+_^" or (prev in "-‐" and (prev2.isalpha() or prev2 == "^")):
        return None  # "M777", "Su-34", "10:30", "6/2", "#5", "1_000", "10^4" (no plain number)
    if prev in "[;" and "\x1b" in text[max(0, s - 16) : s]:
        return None  # a terminal's escape sequence pasted with the text: "\x1b[0m", "[1;31m"
    if text[m.end("num") : m.end("num") + 1] == "_":
        return None  # "1_000", "x_1": digits joined by "_" are a code, never half-read
    if prev == "." and prev2.isdigit():
        return None
    after = text[e : e + 3]
    if after[:1] in ":^" or (after[:1] == "/" and after[1:2].isdigit()):  # a power: not at all
        return None
    if after[:1] == "." and after[1:2].isdigit():
        return None  # part of a version or IP-like string
    scale_raw = (m["scale"] or "").strip().lower()
    if scale_raw in _SHORT_SCALES and not m["cur"]:
        if scale_raw == "m":
            e = m.end("num")
            scale_raw = ""
        elif scale_raw == "k":
            return None
    tail = _LETTERS.match(text, e)
    if tail and not scale_raw:
        word = tail.group().lower()
        if word in ("st", "nd", "rd", "th", "s"):
            return None  # ordinals, decades
        if word not in _MEASURES:
            return None  # "2S19", "4K"
        value = float(num.replace(",", ""))
        return Quantity(_number(value), word, text[s:e], s, e)
    if _TIME_AFTER.match(text, m.end("num")) and not m["pct"]:
        return None
    if len(num) == 4 and num[0] in "012" and not m["cur"]:
        nxt = _NEXT_WORD.match(text, m.end("num"))
        if nxt and nxt["w"] in ("GMT", "UTC", "hours", "hrs", "local"):
            return None  # "0300 GMT"
    if _name_number(text, s, num):
        return None
    value = float(num.replace(",", ""))
    scale = _SCALES.get(scale_raw) or _SHORT_SCALES.get(scale_raw) or 1
    value *= scale
    start = m.start("cur") if m["cur"] else s
    if m["cur"]:
        unit = _CURRENCIES[m["cur"]]
    elif m["pct"] or _PERCENT_AFTER.match(text, e):
        unit = "percent"
    else:
        unit = _counted_noun(text, s, e, end, value)
    return Quantity(_number(value), unit, text[start:e], start, e)


def _name_number(text: str, s: int, num: str) -> bool:
    """A number that is part of a name: "Brigade 47", "Article 5", "No. 3"."""
    if "," in num or "." in num:
        return False
    word = _word_before(text[max(0, s - 25) : s])
    if not word:
        return False
    if word.lower() in lx.NUMBERED_NAME_WORDS and word[0].isupper():
        return True
    return word.lower() == "no" and text[s - 2 : s - 1] == "."


def _words(text: str, s: int, e: int, end: int) -> Quantity | None:
    phrase = text[s:e]
    first = phrase.split()[0].split("-")[0]
    lower = phrase.lower()
    if first[0].isupper() and not line_or_sentence_start(text, s):
        return None  # "Three Gorges", "Nine Network"
    if text[e : e + 1] == "s" or (_OF_AFTER.match(text, e) and lower in _SCALES):
        return None
    if _VAGUE_AFTER.match(text, e):
        return None  # "tens of thousands" never matched; "two hundreds"? no
    if (lower in _SCALES or lower == "dozen") and _VAGUE_BEFORE.search(text, max(0, s - 12), s):
        return None  # "several dozen", "a few hundred": as vague as "dozens of"
    if lower == "one" and pronoun_one(text, s, e):
        return None  # "no one", "one of the largest"; "killing one." counts a person
    value = parse_number_words(phrase)
    if value is None:
        return None
    unit = "percent" if _PERCENT_AFTER.match(text, e) else _counted_noun(text, s, e, end, value)
    return Quantity(_number(value), unit, phrase, s, e)

"""Recognition and metonymy: a sports club's name, a club's word and a city ("Dynamo Kyiv",
"Real Madrid", "FC Porto", "Metalist Kharkiv") or a city and a club's word ("Manchester
City", "Leeds United", "Toronto FC").

The city in a club's name names the club, not a location the text speaks of, as the
city in "Bank of America" names the bank: it stays a toponym (annotators mark it:
GeoWebNews' Embedded_Non_Lit), marked metonymic with the cue ``"club"`` (:func:`club_city`,
read by :mod:`geo.text.metonymy`): no claim's place, no mark on the map.
Every club so named is read alike ("Shakhtar Donetsk" as "Real Madrid"), and the club's
own word is no place ("Metalist Kharkiv": no village Metalist; "Zorya Luhansk": no village
Zorya, and Luhansk is read) (:func:`club_names`, for :func:`~geo.text.recognition.find_mentions`).

A club's word is an abbreviation clubs put before their city ("FC", "FK", "AFC", "NK") or
after it ("FC", "AFC"), read anywhere; or a word of clubs' names ("Real", "Inter",
"Dynamo", "Sporting", "Shakhtar"; "City", "United", "Rovers") read only where the words
around speak of sport ("beat", "coach", "league", "2-1"): "Real" and "City" are
everyday words, "Zorya" a village's name.  Cost: one search of the text for the club's
words, and a bounded window read around each hit.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from .candidates import MAX_CANDIDATES
from .tokens import Mention, _Tokens

__all__ = ["club_city", "club_names", "sports_context"]

#: Abbreviations of a club's legal form, before its city in any context ("FC Porto").
_ABBREVIATIONS = "FC|FK|AFC|PFC|HNK|GNK|SSC|VfB|VfL|RCD|KRC"
#: Words of clubs' names before their city, read only in a sports context: kinds of club
#: ("Real", "Inter", "Dynamo", "Sporting", "Olympique"), the societies and works teams
#: of central and eastern Europe ("Lokomotiv", "Spartak", "Shakhtar", "Metalist"), and
#: short abbreviations that also mean other things ("AC", "AS", "CD").
_CLUB_WORDS = (
    "Real|Inter|Internazionale|Dynamo|Dinamo|Sporting|Atletico|Atlético|Athletic|"
    "Olympique|Olympiakos|Racing|Deportivo|Stade|Standard|Rapid|Austria|Union|Fortuna|"
    "Borussia|Bayern|Eintracht|Hertha|Werder|Lokomotiv|Lokomotiva|Spartak|CSKA|Zenit|Torpedo|"
    "Krylia|Rubin|Slavia|Sparta|Legia|Wisla|Wisła|Lech|Hapoel|Maccabi|Beitar|Partizan|"
    "Steaua|Shakhtar|Shakhtyor|Metalist|Metalurh|Zorya|Vorskla|Chornomorets|Karpaty|"
    "Kryvbas|Polissya|Veres|Obolon|Rukh|Kolos|Desna|Inhulets|Olimpik|Arsenal|Sheriff|"
    "AC|AS|SS|CD|UD|CF|NK|TSG|BSC"
)
_BEFORE_ANY = re.compile(rf"(?<![\w.&-])(?:{_ABBREVIATIONS})[ \t]+$")
_BEFORE_SPORT = re.compile(rf"(?<![\w.&-])(?:{_CLUB_WORDS})[ \t]+$")
#: A club's word after its city: anywhere ("Toronto FC"), or in a sports context.
_AFTER_ANY = re.compile(r"[ \t]+(?:FC|F\.C\.|AFC)\b")  # (not "SC": "Greenville SC")
_AFTER_SPORT = re.compile(
    r"[ \t]+(?:City|United|Utd|Rovers|Wanderers|Albion|Athletic|Hotspur|Rangers|Town|"
    r"Olympic|Olympique|Dynamo|Galaxy|Athletico)\b(?![ \t]+(?:Council|Hall|Police|Centre|Center))"
)


def _by_first_letter(words: list[str]) -> str:
    """The alternation of ``words``, grouped by first letter: each letter once, the
    word's start a look-behind after it, then the rests of its words ("F(?<!...F)(?:C|K|
    ortuna)"), so that ``re`` skips to the words' first letters in C and tries, at each,
    the words of that letter only (the same matches: every word is followed by a space)."""
    rests: dict[str, list[str]] = {}
    for w in words:
        rests.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(
        re.escape(first) + rf"(?<![\w.&-]{re.escape(first)})(?:{'|'.join(rest)})"
        for first, rest in rests.items()
    )


#: A club's word and the capitalised word after it (the city's first word), read by
#: first letter (:func:`_by_first_letter`). An abbreviation is read in any context.
_CLUB_START = re.compile(
    r"(?P<word>{})[ \t]+(?=[A-Z])".format(
        _by_first_letter(f"{_ABBREVIATIONS}|{_CLUB_WORDS}".split("|"))
    )
)
_ANY_CONTEXT = frozenset(_ABBREVIATIONS.split("|"))
#: Words of sport no other story uses: a league, a footballer, a score ("2-1"; not "2-3 km").
_SPORT = re.compile(
    r"\b(?:football|footballers?|soccer|league|leagues|striker|midfielder|goalkeeper|"
    r"scored|scorers?|stadium|derby|relegated|relegation|kick-?off|half-?time|sent\s+off|"
    r"UEFA|FIFA|Premier\s+League|Bundesliga|La\s+Liga|Serie\s+A|Ligue\s+1|"
    r"\d{1,2}[-–]\d{1,2}(?![-–\d]|\s*(?:km|kilomet|mi|miles|m\b|%|per|years?|months?|days?)))\b",
    re.IGNORECASE,
)
#: Words of sport other stories use too ("penalties", "City Manager"): two of them.
_SPORT_TOO = re.compile(
    r"\b(?:clubs?|coach|coached|manager|defender|goals?|season|cup|champions|championship|"
    r"squad|fans|supporters|penalty|penalties|match|matches|fixtures?|drew|draw|beat|beaten|"
    r"defeated|lost\s+to|victory\s+over|players?|training\s+base|promoted|promotion)\b",
    re.IGNORECASE,
)
_WINDOW = 300  # characters read either side of a club's name for words of sport
_MAX_CITY_WORDS = 3  # "Zenit St Petersburg", "Kryvbas Kryvyi Rih"


def sports_context(text: str, start: int, end: int) -> bool:
    """Whether words of sport stand within a few sentences of ``text[start:end]``: one no
    other story uses, or two others ("the match ... the fans")."""
    lo, hi = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    if _SPORT.search(text, lo, hi) is not None:
        return True
    seen = set()
    for m in _SPORT_TOO.finditer(text, lo, hi):
        seen.add(m.group().lower())
        if len(seen) > 1:
            return True
    return False


def club_city(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the city of a club's name ("Real
    Madrid", "Toronto FC"; "Manchester City's coach" where the text speaks of sport).

    >>> club_city("Real Madrid beat Inter Milan 2-1.", 5, 11)
    True
    >>> club_city("Real Madrid is a city of real estate.", 5, 11)
    False
    >>> club_city("Fans of Toronto FC cheered.", 8, 15)
    True
    """
    before = text[max(0, start - 20) : start]
    # A club's word before is the last run of non-spaces of ``before``: searched from the
    # end of the run before it, where ``re`` would try (and give up) at every character.
    parts = before.rsplit(None, 1)
    lo = len(parts[0]) if len(parts) > 1 else 0
    if _BEFORE_ANY.search(before, lo) or _AFTER_ANY.match(text, end):
        return True
    if not (_BEFORE_SPORT.search(before, lo) or _AFTER_SPORT.match(text, end)):
        return False
    return sports_context(text, start, end)


def club_names(text: str, tokens: _Tokens, gaz: Gazetteer) -> dict[int, Mention]:
    """The clubs named by a club's word and a city the gazetteer knows: the club's word's
    token -> the city's mention (its longest name, up to three words)."""
    if _CLUB_START.search(text) is None:
        return {}  # the common case: one search
    starts, ends = tokens.starts, tokens.ends
    out: dict[int, Mention] = {}
    for m in _CLUB_START.finditer(text):
        i = bisect_left(starts, m.start())
        k = bisect_left(starts, m.end())
        if i >= len(starts) or starts[i] != m.start() or k >= len(starts) or k != i + 1:
            continue
        if m.group("word") not in _ANY_CONTEXT and not sports_context(text, m.start(), m.end()):
            continue
        last = k
        while last < len(starts) and last - k < _MAX_CITY_WORDS and text[starts[last]].isupper():
            key = normalize(text[starts[k] : ends[last]])
            found = gaz.lookup_normalized(key)[:MAX_CANDIDATES] if key else []
            if found:
                out[i] = Mention(starts[k], ends[last], key, k, last, "club", candidates=found)
            if last + 1 >= len(starts) or text[ends[last] : starts[last + 1]] not in (" ", "-"):
                break
            last += 1
    return out


"""Claims speakers: a military unit named by its ordinal, left of its noun, and the
side its kind words tell.

"Ukraine's 2nd Corps", "the 47th Brigade", "Ukraine's 57th brigade" and, with lower-case
words for the unit's kind between the ordinal and the noun, "the 57th separate motorised
infantry brigade", "the 3rd separate assault brigade": the whole name is the speaker,
not "brigade" (:func:`~geo.text.claims.phrases._np_left` asks :func:`unit_left`).

A unit named with no country keeps the side its kind words tell in English copy
(:func:`unit_kind_side`): Ukraine's brigades are "mechanized", "jaeger", "territorial
defense" or "presidential" ("the 65th Mechanized Brigade confirmed it had withdrawn");
Russia's units are "motor rifle" or "Guards" ("the 155th Guards Marine Brigade"). An
ordinal alone ("the 47th brigade") tells nothing of itself; its claim telling one side's
forces attacking ("Russian forces are attacking in small groups") puts it on the other.
"""

from __future__ import annotations

import re

from .segmentation import _bare, _is_cap, _Tok

__all__ = ["unit_kind_side", "unit_left"]

#: The letters after an ordinal's digits ("2nd", "47th"), a token of their own.
_ORDINAL_ENDS = frozenset("st nd rd th".split())
_UNITS = frozenset("brigade battalion regiment division corps army fleet squadron".split())
#: Lower-case words naming a unit's kind between its ordinal and its noun.
_UNIT_KINDS = frozenset(
    """separate motorised motorized mechanised mechanized infantry assault airborne air tank
    artillery marine mountain jaeger territorial defence defense special operations naval
    rifle guards guard presidential drone unmanned systems coastal border rocket missile
    anti-aircraft reconnaissance combined arms amphibious""".split()
)


def unit_left(toks: list[_Tok], k: int, head: str) -> int | None:
    """The first token of a unit's ordinal and kind words ending at token ``k - 1``
    before the phrase's ``head`` word (lower-cased) at or after ``k``, or None."""
    i = k - 1
    if head in _UNITS:
        while i >= 0 and _bare(toks[i].text).lower() in _UNIT_KINDS:
            i -= 1
    if not (
        i >= 1
        and toks[i].text.lower() in _ORDINAL_ENDS
        and toks[i - 1].text.isdigit()
        and toks[i - 1].end == toks[i].start
    ):
        return None
    if i == k - 1 and not (_is_cap(toks[k]) or head in _UNITS):
        return None  # "the 5th time": no unit
    return i - 1


#: A numbered unit whose kind words are Russia's: "motor rifle", "motorised rifle",
#: "Guards" ("the 155th Separate Guards Marine Brigade", "the 20th Guards Army").
_RUSSIAN_KIND = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,3}?(?:(?i:motori[sz]ed\s+rifle|motor\s+rifle)|"
    r"Guards)\s+(?:[\w-]+\s+){0,3}?(?i:brigade|division|regiment|army|corps)\b"
)
#: A numbered brigade whose kind words are Ukraine's: "the 65th Mechanized Brigade",
#: "the 47th separate mechanised brigade", "the 241st Territorial Defense Brigade".
_UKRAINIAN_KIND = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:(?i:separate)\s+)?(?i:mechani[sz]ed|jaeger|"
    r"territorial\s+defen[cs]e|presidential)\s+(?:[\w-]+\s+){0,2}?(?i:brigade|battalion)\b"
)


#: A numbered unit with no kind words: "the 47th brigade", "the 3rd assault battalion".
_NUMBERED_UNIT = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,3}?(?i:brigade|battalion|regiment|division)\b"
)
#: One side's forces attacking, as the other side tells of them: "Russian forces are
#: attacking in small groups", "Russian troops had tried to advance".
_ENEMY_ACTING = re.compile(
    r"\b(?P<who>Russian|Ukrainian)\s+(?:forces|troops|units|soldiers|servicemen|infantry)\s+"
    r"(?:(?:are|were|had|have|has|been|repeatedly|again|also)\s+){0,2}(?:attack|advanc|assault|"
    r"shell|tried|trying|launch|storm|push)\w*"
)
_OTHER = {"Russian": "UA", "Ukrainian": "RU"}


def unit_kind_side(phrase: str, text: str = "", where: tuple[int, int] | None = None) -> str | None:
    """The side (ISO code) a speaker's phrase tells by a numbered unit's kind words (see
    the module docstring), or None; a numbered unit with none ("the deputy commander of
    the 47th brigade") is the side opposite the forces its claim ``text[where]`` tells
    attacking, when it names one side's only ("Russian forces are attacking ...": UA)."""
    if _RUSSIAN_KIND.search(phrase):
        return "RU"
    if _UKRAINIAN_KIND.search(phrase):
        return "UA"
    if where is None or not _NUMBERED_UNIT.search(phrase):
        return None
    found = {m["who"] for m in _ENEMY_ACTING.finditer(text, *where)}
    return _OTHER[found.pop()] if len(found) == 1 else None

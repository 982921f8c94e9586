"""Candidates, a Russian Cyrillic name: also the places its romanisation names.

GeoNames gives a village its Russian Cyrillic name unevenly: "Каменское" is an
alternate name of two Odesa oblast villages but not of Zaporizhzhia oblast's Kamianske,
which has only its Ukrainian "Кам'янське" and Latin names. The index romanises every
Russian Cyrillic alternate name at build time (:mod:`geo.gazetteer.transliterate`), so
"Kamenskoye" reaches every village of the name in the former Soviet Union.
:func:`add_romanised_candidates` gives a Cyrillic mention the candidates of its own
Russian romanisations too, in the romanisation's order (its own others after), so the
text's region and neighbours choose among all the namesakes as they do for the same
name in a Russian spelling in Latin letters ("near Kamenskoye and Primorskoye").

Latin-script mentions are not read (one character test each).

:func:`noun_attribute` tells a capitalised adjective before its own lower-case noun
("С Новым годом", "з Новим роком": the holiday), which names no place alone.

:func:`about_fighting_cyrillic` is the front-line prior's test for a text about the war
(:func:`geo.text.front.about_fighting`) in Russian and Ukrainian words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from ..gazetteer.transliterate import RUSSIAN_NAME_COUNTRIES, russian_romanizations
from . import lexicon as lx
from .candidates import MAX_CANDIDATES
from .cyrillic_regions import place_word
from .tokens import Mention, _norm, _Tokens

__all__ = [
    "about_fighting_cyrillic",
    "add_romanised_candidates",
    "alone_no_place",
    "noun_attribute",
]

#: Endings of an adjective's instrumental (and dative plural) that no noun has:
#: "Новым", "Новим", "Белым".
_ATTRIBUTE_ENDINGS = ("ым", "им")
#: Water's words after an adjective of its name ("Азовским морем"): a name, left as read.
_WATER_WORDS = frozenset("морем озером рекой річкою заливом водохранилищем водосховищем".split())


def alone_no_place(text: str, tokens: _Tokens, i: int) -> bool:
    """Does the Cyrillic word tokens[i] name no place on its own: an adjective of its
    noun (:func:`noun_attribute`), or a two-word name's adjective before its capitalised
    noun (``lx.ADJECTIVE_HEADS``: "Малі Щербаки", a village the gazetteer lacks, is not
    "Малі" spelt like the Maldives' Malé)?"""
    if noun_attribute(text, tokens, i):
        return True
    words = tokens.words
    return (
        i + 1 < len(words)
        and "\u0400" <= words[i][:1] <= "\u04ff"
        and _norm(words[i]) in lx.ADJECTIVE_HEADS
        and text[tokens.ends[i] : tokens.starts[i + 1]] == " "
        and words[i + 1][0].isupper()
        and "\u0400" <= words[i + 1][0] <= "\u04ff"
    )


def noun_attribute(text: str, tokens: _Tokens, i: int) -> bool:
    """Is tokens[i] a capitalised Cyrillic adjective in "-ым"/"-им" right before a
    lower-case Cyrillic noun that is no region's, district's, direction's or water's word
    ("Перед Новым годом", "з Новим роком": the holiday, no place "Новый"; not
    "Краснодарским краем", "Азовским морем")?  Then the word names no place alone."""
    words = tokens.words
    word = words[i]
    if i + 1 >= len(words) or len(word) < 5 or not "\u0400" <= word[0] <= "\u04ff":
        return False
    if not word[0].isupper() or not word.lower().endswith(_ATTRIBUTE_ENDINGS):
        return False
    noun = words[i + 1]
    return (
        text[tokens.ends[i] : tokens.starts[i + 1]] == " "
        and noun[0].islower()
        and "\u0400" <= noun[0] <= "\u04ff"
        and not place_word(noun)
        and noun.lower() not in _WATER_WORDS
    )


def add_romanised_candidates(text: str, gaz: Gazetteer, mentions: Sequence[Mention]) -> None:
    """Give each populated-place mention written in Cyrillic the candidates of its
    Russian romanisations in the countries that name places in Russian
    (:data:`~geo.gazetteer.transliterate.RUSSIAN_NAME_COUNTRIES`: not Serbia's "Острово"
    as Poland's Ostrów, once "Ostrovo"). ``mentions`` are changed in place: the
    romanisation's first, its own others after, at most
    :data:`~geo.text.candidates.MAX_CANDIDATES` in all. Regions and mentions with no
    candidate are left as they are."""
    memo = gaz.memo("romanised_candidates")
    for m in mentions:
        if (
            not m.candidates
            or m.cue == "region"
            or m.fuzzy
            or not "\u0400" <= text[m.start : m.start + 1] <= "\u04ff"
            or any(gaz.kind(c.record) != "place" for c in m.candidates)
        ):
            continue
        surface = text[m.start : m.end]
        # the name as written ("й" kept) when it is the key's, else the key (a nominative)
        name = surface if normalize(surface) == m.key else m.key
        added = memo.get(name)
        if added is None:
            added = memo[name] = tuple(
                c for r in russian_romanizations(name) for c in gaz.lookup_normalized(normalize(r))
            )
        if not added:
            continue
        own = {c.record for c in m.candidates}
        merged: dict[int, object] = {}
        for c in added:
            if (
                gaz.kind(c.record) == "place"
                and gaz.country_code(c.record) in RUSSIAN_NAME_COUNTRIES
                and c.record not in merged
            ):
                merged[c.record] = c
        if not set(merged) - own:
            continue  # nothing new: the mention keeps its own candidates
        for c in m.candidates:
            merged.setdefault(c.record, c)
        m.candidates = list(merged.values())[: max(MAX_CANDIDATES, len(m.candidates))]


#: Russian and Ukrainian words of the war (stems; lower case): armed forces, fighting,
#: liberating, shelling, drones, air defence.
_WAR_WORD_LIST = (
    r"всу|зсу|вс рф|войск|військ|освобо[дж]|звільн|обстрел|обстріл|беспилотн|"
    r"безпілотн|штурм|артиллер|артилер|минобороны|міноборони|пво|ппо|фронт|наступлен|"
    r"контрнаступ|боев|бойов|бои(?!\w)|бої(?!\w)|ракетн|оккупир|окупов|днр|лнр|сво(?!\w)"
)
#: Each word's first letter, then the look-behind that no word character is before it:
#: a pattern whose every branch opens with a letter is searched from those letters at C
#: speed (one opening with a look-behind is tried at every character; same matches as
#: ``(?<!\w)(?:...)``).
_WAR_WORDS = re.compile(
    "(?:" + "|".join(f"{w[0]}(?<!\\w{w[0]}){w[1:]}" for w in _WAR_WORD_LIST.split("|")) + ")"
)


def about_fighting_cyrillic(text: str) -> bool:
    """Does ``text`` have a Russian or Ukrainian word of the war ("ВСУ", "освободили",
    "обстріл", "беспилотник")?  One search of the lower-cased text, only when it has a
    non-ASCII character (a text in Latin letters costs one test)."""
    return not text.isascii() and _WAR_WORDS.search(text.lower()) is not None

"""Recognition, the words right around a name (continued from
:mod:`geo.text.name_context`): a short Cyrillic, Chinese, Japanese or Korean name that
is a large city's own (:func:`native_city`) or a place's own name glossing its Latin one in brackets
(:func:`script_gloss`: "Aleppo (حلب)"), and an everyday word that is a body's field
after "<Body> of" (:func:`body_domain`: "the Chamber of Commerce").
"""

from __future__ import annotations

import re
import unicodedata

from ..gazetteer.index import Gazetteer
from .cjk_names import glosses
from .tokens import Mention

__all__ = ["body_domain", "native_city", "script_gloss"]

#: A city this large written in its own script ("Уфа"): GeoNames keeps such a name
#: among the alternates, but it is the city's own.
_NATIVE_CITY = 100_000
#: Countries that write their places' names in Cyrillic.
_CYRILLIC_COUNTRIES = frozenset("RU UA BY KZ KG TJ MN BG RS MK ME BA".split())
#: The countries writing in a script, by a word of its letters' Unicode names: Cyrillic;
#: Chinese characters, kana and Hangul ("上海", "東京", "서울": a large city's own name,
#: however few its characters, not another name's short form); Hebrew.
_SCRIPT_COUNTRIES = (
    ("CYRILLIC", _CYRILLIC_COUNTRIES),
    ("CJK", frozenset("CN TW HK MO JP KR KP SG".split())),
    ("HIRAGANA", frozenset(("JP",))),
    ("KATAKANA", frozenset(("JP",))),
    ("HANGUL", frozenset(("KR", "KP"))),
    ("HEBREW", frozenset(("IL",))),
)


def native_city(text: str, mention: Mention, gaz: Gazetteer | None) -> bool:
    """Whether a short name in Cyrillic, Chinese, Japanese or Korean letters names a
    large city (:data:`_NATIVE_CITY` people) of a country that writes in that script
    (:data:`_SCRIPT_COUNTRIES`: "Уфа — столица Башкортостана", "Ош", "Flooding hit
    上海"): the city's own name in its own script, not another name (not "Она", she, for
    Ōno in Japan)."""
    word = text[mention.start : mention.end]
    if gaz is None or word.isascii():
        return False
    letter = unicodedata.name(word[0], "")
    countries = next((c for script, c in _SCRIPT_COUNTRIES if script in letter), None)
    return countries is not None and any(
        gaz.is_place(c.record)
        and gaz.population(c.record) >= _NATIVE_CITY
        and gaz.country_code(c.record) in countries
        for c in mention.candidates
    )


def script_gloss(text: str, mention: Mention, gaz: Gazetteer | None) -> bool:
    """Whether a name in a non-Latin script stands alone in brackets right after a name
    of the same place ("Aleppo (حلب)", :func:`geo.text.cjk_names.glosses`): its own name
    glossing the Latin one, however short, not another place's other name."""
    word = text[mention.start : mention.end]
    if gaz is None or word.isascii() or "LATIN" in unicodedata.name(word[0], ""):
        return False
    return glosses(text, mention.start, mention.end, gaz)


#: "<Body> of" right before a name: "the Chamber of", "the state Division of".
_BODY_OF = re.compile(
    r"\b(?:Chamber|Ministry|Department|Dept\.|Division|Bureau|Office|Secretary|Minister|"
    r"Board|Commission|Council|Institute|Society|Federation|Association|School|College|"
    r"Museum|Academy)[ \t]+of[ \t]+$"
)
_BODY_OF_CHARS = 20
#: An everyday word below this rank after a body's "of" is its field ("Commerce").
_FIELD_RANK = 10_000


def body_domain(text: str, mention: Mention, gaz: Gazetteer) -> bool:
    """Whether the single name is the field of a body named "<Body> of <word>" ("the
    Chamber of Commerce", "the Ministry of Commerce", "the Division of Highways"): an
    everyday word, no country's or region's name ("the Ministry of Defence of Ukraine",
    "the University of Texas" stay places)."""
    if not mention.key or mention.containers:
        return False
    before = text[max(0, mention.start - _BODY_OF_CHARS) : mention.start]
    if not before.rstrip().endswith("of") or not _BODY_OF.search(  # (cheap test first)
        text, max(0, mention.start - _BODY_OF_CHARS), mention.start
    ):
        return False
    rank = gaz.common_rank(mention.key)
    if rank is None or rank >= _FIELD_RANK:
        return False
    kinds = gaz.name_summary_normalized(mention.key)[0]
    return "country" not in kinds and "admin1" not in kinds

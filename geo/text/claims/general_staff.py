"""Whose "the General Staff" a claim's bare speaker is: Russia's or Ukraine's.

Read by :mod:`geo.text.claims.sides` for a speaker named only "the General Staff": a
war's daily summaries come from Ukraine's, Russian copy names its own, and a story
filed from Moscow speaks of Russia's.
"""

from __future__ import annotations

import re

from .segmentation import dateline_span

__all__ = ["general_staff_side"]

#: A bare "the General Staff" as a speaker's whole phrase.
_BARE_STAFF = re.compile(r"(?i:the\s+)?General\s+Staff")
#: Russia's General Staff named in a text: "the Russian General Staff", "Russia's
#: General Staff", "the General Staff of the Russian Armed Forces", its chief Gerasimov.
_RUSSIAN_STAFF = re.compile(
    r"\bRussia(?:n|[’']s)\s+General\s+Staff\b|"
    r"\bGeneral\s+Staff\s+of\s+(?:the\s+)?Russian?\b|\bGerasimov\b"
)
#: The war the General Staff's summaries are read for: Russia's in Ukraine.
_MOSCOW = re.compile(r"\bMOSCOW\b|\bMoscow\b")
#: A dateline of two places ("KYIV/MOSCOW, Jan 29"): filed from neither alone.
_TWO_PLACES = re.compile(r"[A-Za-z]\s?/\s?[A-Z][\w.'’ -]*,")
_UKRAINE_WAR = re.compile(r"\b(?:Ukrain(?:e|ian)|Russia(?:n|[’']s)?)\b")


def general_staff_side(text: str, source: str, seen: dict[str, object]) -> str | None:
    """The country a speaker named only "the General Staff" speaks for, or None.

    Russia's when the text names Russia's General Staff or its chief ("the Russian
    General Staff", "Gerasimov") or is filed from Moscow ("MOSCOW, Dec 3 (Reuters) -"),
    else Ukraine's when the text speaks of Russia's war in Ukraine (names Ukraine or
    Russia: Ukraine's General Staff issues the war's daily summaries, reports call it by
    that bare name, and Russian copy names its own); None for any other speaker or text.
    ``seen`` keeps the answer for the text (read once per article).

    >>> staff = "the General Staff"
    >>> general_staff_side("Ukrainian troops held, the General Staff said.", staff, {})
    'UA'
    >>> general_staff_side("Gerasimov spoke. In Ukraine ... the General Staff said.", staff, {})
    'RU'
    >>> general_staff_side("MOSCOW (Reuters) - Russia's troops advanced, the General Staff "
    ...                    "said.", staff, {})
    'RU'
    >>> general_staff_side("Troops in Gaza, the General Staff said.", staff, {}) is None
    True
    """
    if _BARE_STAFF.fullmatch(source) is None:
        return None
    if "general_staff" not in seen:
        a, b = dateline_span(text)  # filed from Moscow, not "KYIV/MOSCOW, Jan 29 -"
        moscow = _MOSCOW.search(text, a, b) is not None and not _TWO_PLACES.search(text, a, b)
        seen["general_staff"] = (
            "RU"
            if moscow or _RUSSIAN_STAFF.search(text)
            else "UA"
            if _UKRAINE_WAR.search(text)
            else None
        )
    return seen["general_staff"]  # type: ignore[return-value]

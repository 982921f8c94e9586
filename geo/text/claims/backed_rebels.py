"""Claims stage 2 (sides), rebels a state backs on land it holds: their patron's side.

The side rule reads the de facto authorities on land Russia holds as Russia's ("the
Donetsk People's Republic" -> ``RU``). A text about "pro-Russian separatists" or
"Russian-backed rebels" names those same forces by their generic words: "Rebel leader
Alexander Zakharchenko said", "Separatist commander Eduard Basurin said", "the rebels'
news agency said" then speak for Russia too, not for a group of no state. Only when the
text itself calls the fighters Russian-backed (read once per text); rebels elsewhere
("Myanmar rebels") keep no state's side.
"""

from __future__ import annotations

import re

from .context import _Context

__all__ = ["patron_side"]

#: Generic words for the fighters in a speaker's phrase ("Rebel leader", "Separatist
#: commander", "the rebels' news agency"); not "rebel-held" (a place's description).
_GENERIC = re.compile(
    r"\b(?:rebels?|separatists?|insurgents?)\b(?!-)", re.IGNORECASE
)
#: The text calling such fighters Russia's: "pro-Russian separatists", "Russian-backed
#: rebels", "Moscow-backed insurgents".
_RUSSIAN_BACKED = re.compile(
    r"\b(?:pro-(?:Russian|Russia|Moscow|Kremlin)|(?:Russian|Russia|Moscow|Kremlin)-"
    r"(?:backed|supported|sponsored|controlled))\s+(?:[\w-]+\s+)?(?:separatists?|rebels?|"
    r"insurgents?)\b",
    re.IGNORECASE,
)


def patron_side(ctx: _Context, phrase: str) -> tuple[str, str] | None:
    """``("RU", "Russia")`` for a speaker's ``phrase`` naming rebels or separatists in
    a text that calls them Russian-backed; else None.

    ``ctx.allegiance`` keeps whether the text does (read once per text).
    """
    if _GENERIC.search(phrase) is None:
        return None
    backed = ctx.allegiance.get("russian_backed")
    if backed is None:
        backed = ctx.allegiance["russian_backed"] = _RUSSIAN_BACKED.search(ctx.text) is not None
    return ("RU", "Russia") if backed else None

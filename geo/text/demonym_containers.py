"""A name's country stated by a demonym beside it: "the Lebanese city of Tripoli", "the
southern Lebanese town of Khiam", "Tripoli, on the Lebanese coast".

Wire copy names a town's country by its adjective as often as by its name; the
adjective is no toponym, so no container follows the name ("Tripoli, Lebanon") and
resolution took the biggest namesake (Tripoli in Libya).  :func:`demonym_country` reads
the demonym (:data:`geo.text.lexicon.demonyms.DEMONYMS`) in two anchored shapes: a
kind of place and "of" right before the name ("the Lebanese city of", "the Syrian
border town of", "the southern Ukrainian port of"), or a coast, border or side of the
country right after it ("on the Lebanese coast", "on the Syrian side"; not a border,
which has two sides), or an apposition ("Donetsk, a Russian town of the same name").
The
definitions' reader (:func:`geo.text.definitions.read_definition`) gives the mention
that country as its container when one of its candidates lies there.

Cost: two anchored patterns a mention, over at most :data:`_REACH` characters.
"""

from __future__ import annotations

import re

from .lexicon.demonyms import DEMONYMS

__all__ = ["demonym_country"]

#: Characters read before the name for "the Lebanese city of".
_REACH = 60
#: A demonym, at most two words of position or kind, a kind of place and "of", right
#: before the name: "the Lebanese city of", "the southern Lebanese border town of".
_BEFORE = re.compile(
    r"\b(?P<dem>[A-Z][a-z]+)\s+(?:[a-z][a-z-]+\s+){0,2}?"
    r"(?:city|town|village|port|capital|settlement|hamlet|island|municipality|province|"
    r"region|district|resort|enclave|outpost)\s+of\s+$"
)
#: Right after the name: "on the Lebanese coast", "on the Syrian side".  Not "on the
#: Ukrainian border": a town there lies as often on the border's other side.
_AFTER = re.compile(
    r",?\s+(?:on|along|by|at)\s+the\s+(?:[a-z][a-z-]+\s+)?(?P<dem>[A-Z][a-z]+)\s+"
    r"(?:coast|coastline|side|shore|bank|mainland)\b"
)
#: An apposition right after the name: ", a Russian town of the same name", ", the Syrian
#: border city".
_APPOSED = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z][a-z-]+\s+){0,2}?(?P<dem>[A-Z][a-z]+)\s+"
    r"(?:[a-z][a-z-]+\s+)?(?:city|town|village|port|settlement|hamlet|resort)\b"
)


def demonym_country(text: str, start: int, end: int) -> str:
    """The ISO 3166-1 alpha-2 code of the country a demonym beside the name at
    ``[start, end)`` states (module docstring), or "" when none does."""
    lo = max(0, start - _REACH)
    window = text[lo:start]
    head = window.rstrip()  # every match ends "of" and spaces: most names have none before
    before = (
        _BEFORE.search(text, lo, start) if len(head) < len(window) and head.endswith("of") else None
    )
    if before is not None:
        code = DEMONYMS.get(before.group("dem").lower(), "")
        if code:
            return code
    after = _AFTER.match(text, end) or _APPOSED.match(text, end)
    if after is not None:
        return DEMONYMS.get(after.group("dem").lower(), "")
    return ""

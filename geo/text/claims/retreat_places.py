"""Where a conceded retreat was from: a concession about another town confirms nothing.

"Russian milbloggers claimed that Russian forces captured Torske. ... The M23 said it had
withdrawn from Walikale": the retreat names the town it left, and when the claim it
would answer does not name that town, it answers nothing, also when the gazetteer lacks
the town (the check is by its written name, so a place the recogniser missed still
counts). Used by :mod:`geo.text.claims.answers`.
"""

from __future__ import annotations

import re

from .context import _Draft

__all__ = ["retreat_elsewhere"]

#: The place a retreat left, right after its verb: "withdrawn from Walikale", "pulled out
#: of Maungdaw", "retreated from the village of Moqokori" (a lower-case object, "from the
#: town", names nothing).
_LEFT_PLACE = re.compile(
    r"\s+(?:(?:its|their|all)\s+)?(?:(?:troops|forces|units|fighters|positions)\s+)?"
    r"(?:from|of|out\s+of)\s+(?:the\s+(?:town|city|village|settlement|district|area)\s+of\s+)?"
    r"(?P<name>[A-Z][\w-]+)"
)
#: A possessive ending ("Bakhmut's outskirts" names Bakhmut).
_POSSESSIVE = re.compile(r"[’']s$")


def retreat_elsewhere(text: str, end: int, before: _Draft) -> bool:
    """Whether the retreat whose words end at ``end`` in ``text`` names the place it left
    (:data:`_LEFT_PLACE`) and ``before`` (the claim it would confirm) does not name it."""
    m = _LEFT_PLACE.match(text, end)
    if m is None:
        return False
    name = _POSSESSIVE.sub("", m.group("name"))
    span = text[before.start : before.end]
    return re.search(rf"\b{re.escape(name)}", span) is None

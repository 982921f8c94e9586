"""Where a conceded retreat was from: a concession about another town confirms nothing.

"Russian milbloggers claimed that Russian forces captured Torske. ... The M23 said it had
withdrawn from Walikale": the retreat names the town it left, and when the claim it
would answer does not name that town, it answers nothing, also when the gazetteer lacks
the town (the check is by its written name, so a place the recogniser missed still
counts). A retreat from part of a place concedes nothing of it either: "Russia's Defence
Ministry said its forces had taken full control of Chasiv Yar. Ukraine's Khortytsia group
confirmed that its troops had withdrawn from parts of the town" leaves the claim as it
was. Used by :mod:`geo.text.claims.answers`.
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
#: A retreat from part of a place: "withdrawn from parts of the town", "pulled back from
#: some positions in the village", "from part of the district".
_PART_LEFT = re.compile(
    r"\s+(?:(?:its|their|all)\s+)?(?:(?:troops|forces|units|fighters)\s+)?(?:from|out\s+of)\s+"
    r"(?:some\s+(?:of\s+the\s+)?|several\s+)?(?:parts?|areas|sections|districts|"
    r"neighbou?rhoods|positions)\s+(?:of|in)\b"
)
#: A possessive ending ("Bakhmut's outskirts" names Bakhmut).
_POSSESSIVE = re.compile(r"[’']s$")


def retreat_elsewhere(text: str, end: int, before: _Draft) -> bool:
    """Whether the retreat whose words end at ``end`` in ``text`` names the place it left
    (:data:`_LEFT_PLACE`) and ``before`` (the claim it would confirm) does not name it, or
    leaves only part of a place (:data:`_PART_LEFT`)."""
    if _PART_LEFT.match(text, end) is not None:
        return True  # "withdrawn from parts of the town": the rest is held
    m = _LEFT_PLACE.match(text, end)
    if m is None:
        return False
    name = _POSSESSIVE.sub("", m.group("name"))
    span = text[before.start : before.end]
    return re.search(rf"\b{re.escape(name)}", span) is None

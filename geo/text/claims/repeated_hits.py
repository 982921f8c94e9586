"""Claims stage 4b', "twice" after a hit counts the hits: "The station was hit twice by
drones", "struck the market twice", "bombed twice in one night".

A number word counts hits already ("was hit three times": 3); "twice" is no number word
(:mod:`geo.text.numbers` leaves multiples out: "twice as many", "twice the size"). After a
verb of attack, within a few words and in the same clause, it counts the blows the claim
tells of: a :class:`~geo.model.Quantity` of 2 "times". Not before "as", "the", "a", "that",
"more", "over" or "daily" ("hit twice as hard", "twice a day", "twice more"). It counts a
claim's blows but states no event of its own: "a plant that was struck twice this autumn"
is no sentence the article reports for it (:func:`.linking._reported_event`).

:func:`with_repeated_hits` finds "twice" with ``str.find`` first: most texts have none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ...model import Quantity

__all__ = ["with_repeated_hits"]

#: A verb of attack, then at most five words of the same clause, then "twice".
_HIT_TWICE = re.compile(
    r"\b(?:hit|struck|strikes?|shelled|bombed|targeted|attacked|shot|rammed|raided|"
    r"shelling|striking|hitting|bombing)\b(?:[ \t]+[\w’'-]+(?<![.,;:])){0,5}?[ \t]+(?P<n>twice)\b"
    r"(?![ \t]+(?:as|the|a|an|that|more|over|daily|weekly|per)\b)",
    re.IGNORECASE,
)


def with_repeated_hits(text: str, quantities: Sequence[Any]) -> list[Any]:
    """``quantities`` with a quantity of 2 "times" for each "twice" after a verb of attack
    (see the module docstring), in text order.

    >>> t = "The station was hit twice by drones; prices rose twice as fast."
    >>> [(q.value, q.unit, q.text) for q in with_repeated_hits(t, [])]
    [(2, 'times', 'twice')]
    """
    if text.find("twice") < 0 and text.find("Twice") < 0:
        return list(quantities)
    taken = {q.start for q in quantities}
    added = [
        Quantity(2, "times", m.group("n"), m.start("n"), m.end("n"))
        for m in _HIT_TWICE.finditer(text)
        if m.start("n") not in taken
    ]
    if not added:
        return list(quantities)
    return sorted([*quantities, *added], key=lambda q: q.start)

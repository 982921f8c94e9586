"""Claims stage 3, a denied act at other places: a denial of its own, no answer.

"Israeli air strikes killed 34 people in Jabalia and Khan Younis, the health ministry
said. The Israeli military said it had targeted militants in Beit Lahiya, and denied
hitting a shelter near the Nuseirat camp." The military denies an act of its own at
Nuseirat, which the ministry's claim does not name: the denial is the military's own
statement, and the ministry's claim keeps its status. :func:`denied_elsewhere` reads
the act after the verb (a gerund, "hitting a shelter near ..."; up to a comma, a
semicolon or the end of the sentence) and compares its places with the claim's
(:func:`~geo.text.claims.same_places._span_place_keys`). A denied act naming no place
("denied attacking civilians"), or one of the claim's places ("denied striking a school
in Rafah" after a claim about Rafah), or a claim naming none, still answers as before.
Linear: reads the denied act's words once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["denied_elsewhere"]


#: The denied act after the verb: a gerund, an adverb before it at most ("denied
#: deliberately targeting"), not "being" ("denied being behind the attack": a role), nor a
#: preposition in -ing ("denied during a briefing in Tel Aviv that ...": no act), nor
#: "nothing".
_DENIED_ACT = re.compile(
    r"\s+(?:\w+ly\s+)?(?!(?:being|during|following|including|regarding|concerning|"
    r"according|nothing|something|anything)\b)[a-z]+ing\b"
)
#: Where the denied act ends: a clause or a comment after a comma, a semicolon.
_ACT_END = re.compile(r"[,;:]|\s(?:but|while|saying|calling|adding)\s")


def denied_elsewhere(
    text: str,
    end: int,
    stop: int,
    places: Callable[[int, int], Sequence[object]],
    prev_places: Sequence[object],
) -> bool:
    """Whether the act denied after the verb ending at ``text[end]`` (a gerund's phrase,
    up to ``stop`` or a clause break) names places and none of ``prev_places`` (the
    claim before's place keys), which hold at least one: the denial answers nothing.

    ``places(start, end)`` gives the place keys named in ``text[start:end]``
    (:func:`~geo.text.claims.same_places._span_place_keys` bound to the context).

    Examples: "denied hitting a shelter near the Nuseirat camp" after a claim about
    Jabalia → True; "denied attacking civilians" → False (no place); "denied striking a
    school in Rafah" after a claim naming Rafah → False.

    >>> t = "It denied hitting a shelter near Nuseirat."
    >>> def keys(s, e):
    ...     return ["Nuseirat"] if s <= t.index("Nuseirat") < e else []
    >>> denied_elsewhere(t, t.index(" hitting"), len(t), keys, ["Jabalia"])
    True
    >>> denied_elsewhere(t, t.index(" hitting"), len(t), keys, ["Nuseirat"])
    False
    >>> t = "It denied during a briefing in Nuseirat that it struck Jabalia."
    >>> denied_elsewhere(t, t.index(" during"), len(t), keys, ["Jabalia"])
    False
    """
    m = _DENIED_ACT.match(text, end, stop)
    if m is None or not prev_places:
        return False
    cut = _ACT_END.search(text, m.end(), stop)
    ours = places(m.start(), cut.start() if cut else stop)
    return bool(ours) and not set(ours) & set(prev_places)

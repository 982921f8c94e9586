"""Claims stage 1b, a denial in an apposition of an act the sentence's claim does not state.

"Zakharchenko told reporters that rebels had launched an offensive on Mariupol, but the
rebels later denied firing on the city" is Zakharchenko's claim of an offensive, and a
denial of another act (firing on the city, which others blamed on them): the denial is
no status of the offensive. A denial after "but" (or "yet") and its subject whose object
is an act named by a verb in "-ing" with an object of its own ("firing on the city", not
"losing it") answers the sentence's claim only when the words before it name that act
(the verb's stem: "fired", "fire"); a denial of giving ground ("losing", "abandoning")
answers a claim of its taking, whatever its words. Reads the apposition's first words.
"""

from __future__ import annotations

import re

from .status import _clean

__all__ = ["apposition_status", "denies_other_act"]

#: "but the rebels later denied firing on the city": the act denied and what follows it.
_DENIED_ACT = re.compile(
    r"\s*(?:but|yet)\s+[^,;]{1,60}?\b(?:denied|denies|deny|denying)\s+(?:ever\s+|any\s+)?"
    r"(?P<act>[a-z]{3,}ing)\s+(?P<next>[a-z]+)"
)
#: Objects that refer back to the claim: "denied losing it".
_BACK = frozenset("it them this that so".split())
#: Acts of giving ground, which answer a claim of taking it.
_GIVING_GROUND = frozenset(
    "losing abandoning surrendering ceding withdrawing retreating leaving giving".split()
)


def denies_other_act(text: str, sent_start: int, region: tuple[int, int]) -> bool:
    """Whether the denial in the apposition ``region`` of the sentence starting at
    ``sent_start`` is of an act the words before it do not name (see the module
    docstring).

    >>> t = "He said rebels had launched an offensive, but the rebels denied firing on the city."
    >>> denies_other_act(t, 0, (t.index(",") + 1, len(t) - 1))
    True
    >>> t = "He said the rebels had fired rockets, but the rebels denied firing on the city."
    >>> denies_other_act(t, 0, (t.index(",") + 1, len(t) - 1))
    False
    >>> t = "The army said it had taken the airport, but the RSF denied losing it."
    >>> denies_other_act(t, 0, (t.index(",") + 1, len(t) - 1))
    False
    """
    m = _DENIED_ACT.match(text, region[0], region[1])
    if m is None or m.group("act") in _GIVING_GROUND or m.group("next") in _BACK:
        return False
    act = m.group("act")[:-3]
    stem = act[:-1] if len(act) > 3 and act[-1] == act[-2] else act  # "shelling", "hitting"
    return re.search(rf"\b{re.escape(stem)}", text[sent_start : region[0]], re.IGNORECASE) is None


def apposition_status(
    text: str, sent_start: int, region: tuple[int, int], rank: int, status: str
) -> list[tuple[int, str, str]]:
    """The status the apposition ``region`` gives the sentence's claim: none for a
    denial of another act (:func:`denies_other_act`), else its own."""
    if status == "denied" and denies_other_act(text, sent_start, region):
        return []
    return [(rank, status, _clean(text[region[0] : region[1]]))]

"""Claims stage 3c, reactions: a side's account relayed inside another speaker's claim.

"Russian-installed officials in Donetsk said shelling killed five people at a market.
Pentagon spokesman Pat Ryder said Washington could not confirm Russian claims that its
troops had encircled Pokrovsk. Analysts at the Institute for the Study of War disputed
the Russian account, ..." The Russian account the analysts dispute is the one Ryder
relays ("Russian claims that ..."), the latest account of that side, not the earlier
claim a Russian speaker made about another event. :func:`relays_account` tells whether
a claim relays an account of a side, by a demonym before the account's noun, not after
a verb that already rejects it ("denied Russian claims that ...": the denier's own
words, no account of that side to answer). Linear: one bounded search of the claim.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from .context import _Draft

__all__ = ["relays_account"]


#: An account named by its side's demonym: "Russian claims that", "Ukrainian reports of".
_RELAYED = re.compile(
    r"\b(?P<who>[A-Z][a-z]+)\s+(?:claims?|reports?|assertions?|allegations?|accounts?|"
    r"statements?)\b"
)
#: A verb that rejects the account it names: the claim is the rejecter's, not the account.
_REJECTED = re.compile(
    r"\b(?:denied|denies|rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|"
    r"refutes|called|calls|debunked|contradicted)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def relays_account(text: str, d: _Draft, code: str) -> bool:
    """Whether the claim ``d`` (``text[d.start:d.end]``) relays an account of the side
    ``code`` (an ISO code, :data:`geo.text.lexicon.DEMONYMS`'s): "could not confirm
    Russian claims that its troops had encircled Pokrovsk" relays RU's; "denied Russian
    claims that ..." does not (it rejects them)."""
    for m in _RELAYED.finditer(text, d.start, d.end):
        if lx.DEMONYMS.get(m.group("who").lower()) != code:
            continue
        if _REJECTED.search(text, max(d.start, m.start() - 40), m.start()) is None:
            return True
    return False

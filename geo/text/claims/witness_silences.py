"""Claims stage 3c, silences (continued): a party's silence after a witness's words.

"JNIM said its fighters had killed more than 60 soldiers ... A resident of Djibo said the
shooting lasted about four hours. Burkina Faso's ruling junta has not commented on the
attack.": a party is asked about what another party says of it, not about a witness's
account, so its silence is about the latest recent claim of a speaker neither a witness, nor
of the party's side, nor independent, that names the silent party's country, past the witnesses'
words just before it; with no such claim the witness's claim stays the one answered.
Linear: a bounded look back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .context import _Context, _Draft
from .sides import INDEPENDENT

__all__ = ["past_witnesses"]

#: Speakers who saw or lived through an event, for no party: "a resident of Djibo".
_WITNESS = re.compile(
    r"\b(?:residents?|witness(?:es)?|eyewitness(?:es)?|survivors?|villagers?|locals?|"
    r"passers-by|passer-by|neighbou?rs?)\b",
    re.IGNORECASE,
)


def past_witnesses(
    ctx: _Context,
    recent: Iterable[_Draft],
    prev: _Draft,
    side: str,
    about: Callable[[_Context, _Draft, str], bool],
) -> _Draft | None:
    """The claim a silence of the party of ``side`` answers instead of ``prev``, a
    witness's claim (see the module docstring); None when ``prev`` is no witness's or no
    recent party's claim ``about`` the side precedes it."""
    if prev.source is None or _WITNESS.search(prev.source) is None:
        return None
    for d in recent:
        if d is prev or d.source is None or _WITNESS.search(d.source):
            continue
        if d.side == side or d.side == INDEPENDENT:
            continue
        if about(ctx, d, side):
            return d
    return None

"""A US state heading a team's name places the town its sentence says the team played
in: "The Georgia Bulldogs won in Athens" is Athens, Georgia, not Greece.

"Georgia Bulldogs", "Texas Longhorns", "Oregon Ducks": a state's name and a capitalised
plural word (a college team, or a state's group: "Georgia Democrats") is no mention of
its own (recognition reads the two as one name), so resolution weighs nothing of the
state and takes the town's best-known namesake.  A reader takes a town the state's
team is *in* ("won in Athens", "lost at Austin") as the state's town of that name.

:func:`team_states` moves such a reading when:

* the sentence names exactly one state so, before the town, and the state's name is
  no mention (a mention of the state is weighed by resolution already);
* the town follows "in" or "at" ("flew to Paris" says where they went, not where the
  team is), states no container and no hint places it;
* the state has a populated place of the name among the mention's candidates, of
  :data:`TEAM_TOWN` people or more, and the reading is not already in that state.

Cost: one search of the text for a capitalised pair, a bisection per mention.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..gazetteer.index import Gazetteer
from ..gazetteer.normalize import normalize
from .sentences import Blocks
from .tokens import Mention

__all__ = ["TEAM_TOWN", "team_states"]

#: People in the state's town of the name, at least: a team plays in a town, not a hamlet.
TEAM_TOWN = 10_000
#: One or two capitalised words, then a capitalised plural ("The Georgia Bulldogs"). The
#: word boundary is a look-behind after the capital (no word character before it): a
#: pattern that opens with a capital is searched from the capitals at C speed, one that
#: opens with ``\b`` is tried at every character (same matches).
_HEAD_PLURAL = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+(?: [A-Z][a-z]+)?) (?=[A-Z][a-z]+s\b)")
_IN_BEFORE = re.compile(r"\b(?:in|at)[ \t]+$")


def _state_heads(
    gaz: Gazetteer, text: str, mentions: Sequence[Mention], blocks: Blocks
) -> dict[int, dict[str, int]]:
    """Per sentence index, the US states heading a plural name there (state code: the
    offset where the state's name first ends), the states no mention covers."""
    covered = [(m.start, m.end) for m in mentions]
    out: dict[int, dict[str, int]] = {}
    for match in _HEAD_PLURAL.finditer(text):
        words = match.group(1)
        for name, start in ((words, match.start(1)), (words.rsplit(" ", 1)[-1], -1)):
            start = start if start >= 0 else match.end(1) - len(name)
            code = _us_state(gaz, normalize(name))
            if code and not any(s < match.end(1) and start < e for s, e in covered):
                out.setdefault(blocks.sentence(start), {}).setdefault(code, match.end(1))
                break
    return out


def _us_state(gaz: Gazetteer, key: str) -> str:
    """The admin-1 code of the US state of this own name, or ""."""
    for c in gaz.lookup_normalized(key):
        if c.quality == 0 and gaz.kind(c.record) == "admin1" and gaz.country_code(c.record) == "US":
            return gaz.admin1(c.record)[0]
    return ""


def team_states(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hints: Mapping[int, object],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """``resolved`` (one (record or None, score) per mention) with each town a state's
    team is in read as that state's town of the name (module docstring)."""
    out = list(resolved)
    if " " not in text or _HEAD_PLURAL.search(text) is None:
        return out
    heads = _state_heads(gaz, text, mentions, blocks)
    if not heads:
        return out
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        here = heads.get(blocks.sentence(m.start), {})
        states = [code for code, end in here.items() if end <= m.start]
        if len(states) != 1 or rec is None or m.containers or k in hints:
            continue
        if _IN_BEFORE.search(text, max(0, m.start - 6), m.start) is None:
            continue
        (code,) = states
        if gaz.country_code(rec) == "US" and gaz.admin1(rec)[0] == code:
            continue
        for cand in m.candidates:
            r = cand.record
            if (
                gaz.is_place(r)
                and gaz.kind(r) == "place"
                and gaz.country_code(r) == "US"
                and gaz.admin1(r)[0] == code
                and gaz.population(r) >= TEAM_TOWN
            ):
                out[k] = (r, score)
                break
    return out

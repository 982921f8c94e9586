"""A silence about another war: "Israel's army said most rockets were intercepted. The RSF
did not comment on the report that its fighters had killed 40 villagers near El Geneina."

The places a no comment's own sentence names tell what it is about. When none of their
countries is a country of the claim it would leave unverified (the places that claim
names, or its speaker's side), the silence is about something else: it leaves that claim
as it was. A silence naming no place ("Kyiv did not comment.") is read as before.
"""

from __future__ import annotations

from .context import _Context, _Draft


def _countries(ctx: _Context, start: int, end: int) -> set[str]:
    """The country codes of the places ``text[start:end]`` names as locations."""
    codes = set()
    for t in ctx.literal_places(start, end):
        code = getattr(getattr(t, "place", None), "country_code", None)
        if code:
            codes.add(code)
    return codes


def silent_elsewhere(ctx: _Context, claim: _Draft, start: int, end: int) -> bool:
    """Whether a no comment at ``text[start:end]`` (its sentence from the cue on) names
    places in countries that ``claim`` touches neither by its places nor by its
    speaker's side: a silence about another theatre, which ``claim`` keeps no status from."""
    told = _countries(ctx, start, end)
    if not told:
        return False
    own = _countries(ctx, claim.start, claim.end)
    if claim.side and len(claim.side) == 2:
        own.add(claim.side)
    return not told & own

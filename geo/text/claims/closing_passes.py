"""Claims stage 4, passes over the merged drafts: page furniture left out
(:mod:`~geo.text.claims.structural`), verdicts opening a claim's sentence
(:mod:`~geo.text.claims.opening_verdicts`) and lines between two of one speaker's
(:mod:`~geo.text.claims.between_claims`). Each is linear in the drafts."""

from __future__ import annotations

from .between_claims import between_same_speaker
from .context import _Context, _Draft
from .opening_verdicts import rated_openings
from .structural import without_page_furniture

__all__ = ["closing_passes"]


def closing_passes(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` after the closing passes (see the module docstring)."""
    drafts = without_page_furniture(ctx, drafts)  # "REPORT No. 47   Page 3 of 12"
    drafts = rated_openings(ctx, drafts)  # "Rating: Mostly false — a viral video claiming"
    return between_same_speaker(ctx, drafts)  # "..., the ministry said. Artillery hit ..."

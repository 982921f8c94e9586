"""Claims stage 5, the passes over a text's finished claims that read them together.

:func:`late_stages` runs, in order: :func:`~geo.text.claims.debunks.outlet_lines` (an
outlet's finding that a clip is older or from elsewhere disputes the clip's claim),
:func:`~geo.text.claims.retractions.retractions` (a claim its speaker walked back or
deleted is disputed) and :func:`~geo.text.claims.judged_claims.judged_claims` (another
speaker's claim judged by name, "This confirms the ministry's claim that ...", is the
owner's), with :func:`~geo.text.claims.verdicts.pending_verdict` (a labelled claim rated
before anyone was named for it) between the last two. Each is linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from .context import _Context, _Draft
from .debunks import outlet_lines
from .judged_claims import judged_claims
from .retractions import retractions
from .segmentation import Sentence
from .verdicts import pending_verdict

__all__ = ["late_stages"]


def late_stages(
    ctx: _Context, drafts: list[_Draft], sentences: Sequence[Sentence]
) -> list[_Draft]:
    """``drafts`` after the late passes (see the module docstring)."""
    drafts = outlet_lines(ctx, drafts)  # "Our analysis shows the video was filmed in 2023"
    drafts = retractions(ctx, drafts, sentences)  # "The ministry later deleted the statement"
    pending_verdict(ctx, drafts)  # "Claim: ...", "Rating: False", then who made it
    return judged_claims(ctx, drafts, sentences)  # "This confirms the MoD's claim that"

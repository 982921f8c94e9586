"""Claims stage 5, debunks: an outlet's finding that a clip is older or from elsewhere
disputes the claim made with it.

A fact-check tells whose clip it checks, then what its own analysis found::

    A video shared by the pro-Kremlin Telegram channel Rybar claims to show Ukrainian
    soldiers surrendering near Kupiansk this week.

    Our analysis shows the video was filmed in 2023 near Soledar.

The finding is the article's own claim (:mod:`~geo.text.claims.findings`), or a
fact-checking desk's ("AFP Fact Check found the photo was taken in Syria in 2016"); it
also answers the channel's claim, which is ``disputed`` (``status_cue`` the finding). A
finding is a debunk when it says a clip, video, footage,
photo or image "was (in fact) filmed|shot|recorded|taken" at another time or place,
"dates from", "is from" a year, or "was first posted in", and the time or place is
another than the claim's (a year before the article's, a place the claim does not name,
"in fact"; not "was filmed in Kupiansk" after a claim about Kupiansk), about the clip
named before (not "Another clip, said to show ..., was in fact filmed in Kursk"); the
claim it answers is the latest attributed claim of the three paragraphs before that
names such a clip (or whose speaker does: "A video posted on Telegram claims ...").
Linear: one pass over the claims.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .findings import finding_owner
from .gates import folded_holds
from .post_caveats import post_caveats
from .same_places import _place_keys, _span_place_keys

__all__ = ["debunked_clips", "outlet_lines"]

_CLIP = re.compile(r"\b(?:video|clip|footage|photo|photograph|image|picture|recording)s?\b", re.I)
#: What every ``_CLIP`` match holds (on the folded text): claims without one are not read.
_CLIP_GATE = ("video", "clip", "footage", "photo", "image", "picture", "recording")
#: A clip placed at another time or place: "was filmed in 2023", "dates from 2022".
_ELSEWHERE = re.compile(
    r"\b(?:(?:was|were|had\s+been)\s+(?:(?:in\s+fact|actually|really|originally|first)\s+)?"
    r"(?:filmed|shot|recorded|taken|posted|published|uploaded)\s+(?:in|near|at|on|outside|"
    r"during|before)\b|(?:dates?|dated)\s+(?:back\s+)?(?:from|to)\b|(?:is|are|was|were)\s+"
    r"from\s+(?:19|20)\d\d\b)",
    re.I,
)
#: Another clip than the claim's: "Another clip", "A second video".
_ANOTHER = re.compile(
    r"\b(?:another|a\s+second|a\s+third|a\s+different|other)\s+(?:[\w-]+\s+)?"
    r"(?:video|clip|footage|photo|photograph|image|picture|recording)s?\b",
    re.I,
)
#: A year, or words saying the clip is not what it claims.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_IN_FACT = re.compile(r"\b(?:in\s+fact|actually|really|old|older|earlier|previous)\b", re.I)
#: Paragraphs back a debunk may reach.
_REACH = 3


def outlet_lines(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """The outlet's own lines answering the claims before them: a debunk of a clip
    (:func:`debunked_clips`) and a caveat after a reprinted post
    (:func:`~.post_caveats.post_caveats`)."""
    return post_caveats(ctx, debunked_clips(ctx, drafts))


def debunked_clips(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """Dispute each clip's claim an outlet's own finding debunks (see the module
    docstring); ``drafts`` are changed in place and returned."""
    text = ctx.text
    clip: _Draft | None = None  # the latest attributed claim that names a clip
    for d in drafts:
        found = finding_owner(text, d.start, d.end)
        if found is None or d.source != found.source:
            if d.source is not None and (
                _clip_in(text, d.start, d.end) or _CLIP.search(d.source)
            ):
                clip = d
            continue
        if clip is None or d.paragraph - clip.paragraph > _REACH:
            continue
        if not _clip_in(text, d.start, d.end):
            continue
        if _ANOTHER.search(text, d.start, d.end):
            continue  # "Another clip, said to show ..., was in fact filmed in Kursk"
        placed = _ELSEWHERE.search(text, d.start, d.end)
        if placed is None or not _elsewhere(ctx, clip, placed.end(), d.end):
            continue
        cue = text[d.start : d.end].strip()
        clip.statuses.append((_STATUS_RANK["disputed"], "disputed", cue))
        d.responds_to = d.responds_to or clip
    return drafts


def _elsewhere(ctx: _Context, clip: _Draft, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` after "was filmed" place the clip at another
    time or place than its claim ``clip`` ("in 2023 near Soledar"; not "in Kupiansk",
    where the claim placed it too)."""
    text = ctx.text
    if _IN_FACT.search(text, start - 40, end):
        return True
    year = ctx.article_date.year if ctx.article_date is not None else None
    if year is not None and any(int(y) < year for y in _YEAR.findall(text, start, end)):
        return True
    ours = set(_span_place_keys(ctx, start, end))
    return bool(ours) and not ours <= set(_place_keys(ctx, clip))


def _clip_in(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a clip (``_CLIP``), the pattern read only where
    one of its words is."""
    return folded_holds(text, start, end, _CLIP_GATE) and _CLIP.search(text, start, end) is not None

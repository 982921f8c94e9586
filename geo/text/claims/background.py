"""Background: what a sentence tells of long before the article is no claim.

A wire story closes with history: "Yemen's Houthi movement has attacked more than 100
merchant ships since November 2023", "Russia announced its only partial mobilisation in
September 2022, calling up about 300,000 men". Each names a count and a date, or a
party and a cue verb, yet reports nothing new: every date it names begins more than a
year before the article's date. Such a sentence is no reported event of the article's
own, and a party "announcing" an act (a noun, no clause of what it said) then is no
speaker either. An attributed statement with its words ("A UN report in 2024 said Rwanda
had ...") stays a claim.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from .context import _Attribution, _Context
from .segmentation import _Tok

__all__ = ["announced_long_ago", "long_ago"]

#: Days before the article's date a date must begin for a sentence to be history.
_OLD_DAYS = 365

#: Cue verbs that also announce an act: "announced its mobilisation", "declared a truce".
_ACT_CUES = frozenset(("announced", "declared", "proclaimed"))

#: What opens a noun object after the cue: "announced its only ...", "declared a ...".
_OBJECT_OPENING = frozenset(("its", "their", "his", "her", "a", "an", "the"))

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def long_ago(ctx: _Context, start: int, end: int, date_spans: Sequence[Any]) -> bool:
    """Whether ``text[start:end]`` names dates and every one of them begins more than a
    year before the article's date ("since November 2023", "in 2021"); False without
    an article date or a date."""
    day = ctx.article_date
    if day is None:
        return False
    inside = ctx.dates.inside(start, end)
    if not inside:
        return False
    for i in inside:
        begins = str(getattr(date_spans[i], "start", "") or "")
        if not _ISO_DAY.fullmatch(begins):
            return False
        if (day - dt.date.fromisoformat(begins)).days <= _OLD_DAYS:
            return False
    return True


def announced_long_ago(
    ctx: _Context,
    toks: Sequence[_Tok],
    attributions: Sequence[_Attribution],
    start: int,
    end: int,
    date_spans: Sequence[Any],
) -> bool:
    """Whether the sentence's one attribution is a party announcing an act long ago:
    the cue an act verb followed by a noun object ("Russia announced its only partial
    mobilisation in September 2022"), every date of the sentence over a year old."""
    if len(attributions) != 1:
        return False
    a = attributions[0]
    if a.after_content or a.cue.lower() not in _ACT_CUES or a.verb + 1 >= len(toks):
        return False
    if toks[a.verb + 1][2].lower() not in _OBJECT_OPENING:
        return False
    return long_ago(ctx, start, end, date_spans)

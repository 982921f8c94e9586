"""Claims stage 5, footage set against the claim it came with:

- the clip a party's claim rests on placed at another, earlier time, in the claim's own
  sentence: "A Russian milblogger claimed a Ukrainian tank was hit near Kurakhove, but the
  footage he posted is from 2024" (a year before the article's), "..., but the video is
  old" (the claim is ``disputed``, ``status_cue`` the clause);
- footage showing the claiming side's own markings on what it claimed was the enemy's:
  "The Russian Ministry of Defence said the position was Ukrainian and had been destroyed
  by Russian forces; the footage shows Russian markings on the destroyed gun" (the
  ministry's claim is ``disputed``; the footage's claim ``responds_to`` it).

:mod:`.debunks` reads the same finding as an outlet's line of its own, after the claim.
Linear: one pass over the claims, each read once.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .sides import INDEPENDENT

__all__ = ["footage_debunks"]

_CLIPS = r"(?:footage|video|videos|clip|clips|photo|photos|photograph|photographs|images?|picture)"
#: ", but the footage he posted is from 2024", "but the video was in fact filmed in 2023".
_OLD_CLIP = re.compile(
    rf"\b(?:but|yet|however|although|though)\b,?\s+(?:the|that|this|his|her|their|its)\s+"
    rf"(?:[\w-]+\s+)?{_CLIPS}\s+(?:(?:he|she|they|it|we|the\s+[\w-]+)\s+"
    r"(?:posted|shared|published|used|cited|circulated|released)\s+)?(?:(?:(?:is|was|were|are)\s+"
    r"(?:(?:in\s+fact|actually|really|originally)\s+)?(?:from|filmed\s+in|shot\s+in|"
    r"recorded\s+in|taken\s+in)|dates?\s+(?:back\s+)?(?:from|to))\s+(?:early\s+|late\s+|"
    r"mid-)?(?P<year>(?:19|20)\d\d)\b|"
    # ", but the video is old", "but the footage was in fact recycled"
    r"(?:is|was|were|are)\s+(?:(?:in\s+fact|actually|really)\s+)?(?:old|outdated|recycled|"
    r"(?:months|years)\s+old)\b)",
    re.IGNORECASE,
)
#: Footage showing a side's markings: "the footage shows Russian markings on the gun".
_MARKINGS = re.compile(
    rf"\b(?:(?:the|this|that|new|its)\s+)?{_CLIPS}\s+(?:clearly\s+)?(?:shows?|showed|shown|reveals?|revealed)\s+"
    r"(?:(?:the|clear|visible)\s+)?(?P<who>[A-Z][a-z]+)\s+(?:tactical\s+)?(?:markings|"
    r"insignia|flags?|symbols|chevrons|identification\s+marks)\b"
)
#: A nationality word in a claim: what it says belonged to whom.
_NATIONAL = re.compile(r"\b[A-Z][a-z]+\b")


def footage_debunks(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` with the claims footage sets itself against disputed (see the module
    docstring); changed in place and returned."""
    text = ctx.text
    year = ctx.article_date.year if ctx.article_date is not None else None
    before: _Draft | None = None
    for d in drafts:
        if d.side not in (None, INDEPENDENT) and "but" in text[d.start : d.end].lower():
            m = _OLD_CLIP.search(text, d.start, d.end)
            old = m is not None and (not m.group("year") or year is None)
            if m is not None and (old or int(m.group("year")) < year):
                d.statuses.append((_STATUS_RANK["disputed"], "disputed", _cue(text, m, d)))
        if before is not None and d.first - before.last <= 1 and d.paragraph == before.paragraph:
            m = _MARKINGS.search(text, d.start, d.end)
            if m is not None and _enemy_marked(text, before, m.group("who")):
                before.statuses.append((_STATUS_RANK["disputed"], "disputed", _cue(text, m, d)))
                d.responds_to = d.responds_to or before
        if d.side not in (None, INDEPENDENT):
            before = d
    return drafts


def _enemy_marked(text: str, claim: _Draft, who: str) -> bool:
    """Whether markings of the nation ``who`` are the claiming side's own while the claim
    names another nation's (what it said it hit was the enemy's)."""
    code = lx.DEMONYMS.get(who.lower())
    if code is None or code != claim.side:
        return False
    named = {lx.DEMONYMS.get(w.lower()) for w in _NATIONAL.findall(text, claim.start, claim.end)}
    return bool(named - {None, code})


def _cue(text: str, m: re.Match[str], d: _Draft) -> str:
    """The finding's words from the clip to the end of the claim, whole words, at most 120
    characters, without the conjunction before."""
    start = m.start()
    word = re.match(r"(?:but|yet|however|although|though)\b,?\s+", text[start:], re.IGNORECASE)
    if word is not None:
        start += word.end()
    cue = text[start : d.end].strip(" \t\n,;:.")
    return cue if len(cue) <= 120 else cue[: cue.rfind(" ", 0, 120)]

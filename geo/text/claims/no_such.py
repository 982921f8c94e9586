"""Claims stage 3e, a denial by saying there was no such thing: "Kremlin spokesman Dmitry
Peskov told reporters that there were "no discussions" of mobilisation", after sources
said "the presidential administration has discussed a new wave of partial mobilisation".

The speaker's words deny that what an earlier claim tells of exists: "there were no
discussions of X", "there are no plans to X". :func:`no_such_answers` makes that claim
respond to the latest recent claim of another speaker that tells of the same thing (a
word of the denied noun's stem, "discuss", and, when the denial names what it is about, a
content word of that too, "mobilisation"), which takes the status ``disputed``.

So does a speaker of another side saying that none of a kind had done or suffered what
an earlier claim tells of (:func:`none_done_answers`): "no units had surrendered near
Kupiansk" after "30 Ukrainian soldiers surrendered near Kupiansk", "no Ukrainian
positions near Petropavlivka had been lost" after "Russian forces captured ...
Petropavlivka": the verb's stem or kind of event ("lost" a capture) and another content
word (a place, a noun) are in the earlier claim, and so is who did or suffered it
("units" as "soldiers") unless it is a loss of ground.
Linear: one search per claim, the last few claims read.
"""

from __future__ import annotations

import re

from .context import _Context, _Draft
from .cues import _STATUS_RANK
from .gates import folded_holds
from .silences import _recent
from .targets import _EVENT_CLASSES, _content_words

__all__ = ["no_such_answers", "none_done_answers"]

#: "there were no discussions of mobilisation", "there are "no plans" to close the border".
_NO_SUCH = re.compile(
    r"\bthere\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+[\"“]?no\s+"
    r"(?:such\s+|[\w-]+\s+)?[\"“]?(?P<noun>discuss|talk|plan|negotiat|decision|preparation)"
    r"\w*[\"”]?(?:\s+(?:of|about|on|for|to)\s+(?P<about>[^.;,\"“”]{1,80}))?",
    re.IGNORECASE,
)
#: The nouns one of which every ``_NO_SUCH`` match holds (with "there"; folded text).
_NO_SUCH_NOUNS = ("discuss", "talk", "plan", "negotiat", "decision", "preparation")
#: Stems of the claims' words each denied noun stands for.
_STEMS = {
    "discuss": ("discuss",),
    "talk": ("talk",),
    "plan": ("plan",),
    "negotiat": ("negotiat",),
    "decision": ("decision", "decided", "decide"),
    "preparation": ("prepar",),
}
_WORD = re.compile(r"[a-z]+")


def no_such_answers(ctx: _Context, new: list[_Draft], drafts: list[_Draft], idx: int) -> None:
    """Make a claim of ``new`` that says there was no such thing answer the recent
    claim of another speaker telling of it, and one that says none had done it
    (:func:`none_done_answers`) (see the module docstring)."""
    text = ctx.text
    for d in new:
        if d.source is None or d.responds_to is not None:
            continue
        gated = folded_holds(text, d.start, d.end, ("there",)) and folded_holds(
            text, d.start, d.end, _NO_SUCH_NOUNS
        )
        m = _NO_SUCH.search(text, d.start, d.end) if gated else None
        if m is None:
            continue
        stems = _STEMS[m.group("noun").lower()]
        about = (
            _content_words(text, m.start("about"), m.end("about")) if m.group("about") else set()
        )
        for before in _recent(drafts, idx):
            if before.source is None or before.source == d.source:
                continue
            lo = before.subj_end if before.start <= before.subj_end < before.end else before.start
            words = set(_WORD.findall(text[lo : before.end].lower()))  # what it says
            if not any(w.startswith(stems) for w in words):
                continue
            if about and not about & _content_words(text, lo, before.end):
                continue
            before.statuses.append((_STATUS_RANK["disputed"], "disputed", _cue(text, d, m)))
            d.responds_to = before
            break
    none_done_answers(ctx, new, drafts, idx)  # "no units had surrendered near Kupiansk"


#: "no units had surrendered near Kupiansk", "no positions had been lost".
_NONE_DONE = re.compile(
    r"\bno\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>[\w’'-]+)\s+(?:had|has|have|was|were)\s+(?:been\s+)?"
    r"(?:yet\s+)?(?P<verb>[a-z]+(?:ed|en|st|t))\b[^.;,]{0,80}",
    re.IGNORECASE,
)
#: Words that tie no two accounts to one event.
_PLAIN = frozenset("near north south east west town city village area region part".split())
#: Verbs of a loss, as the kind of event the other side's claim tells of.
_LOSS = {"lost": "capture", "fallen": "capture", "abandoned": "capture", "surrounded": "encircle"}


def none_done_answers(ctx: _Context, new: list[_Draft], drafts: list[_Draft], idx: int) -> None:
    """Make a claim of ``new`` saying that none of a kind had done or suffered what the
    recent claim of another side tells of answer it (see the module docstring)."""
    text = ctx.text
    for d in new:
        if d.source is None or d.responds_to is not None:
            continue
        m = _NONE_DONE.search(text, max(d.start, d.subj_end), d.end)
        if m is None:
            continue
        verb = m.group("verb").lower()
        kind = _LOSS.get(verb) or _EVENT_CLASSES.get(verb) or verb[:5]
        ours = _content_words(text, m.start(), m.end()) - {kind, verb[:5]} - _PLAIN
        noun = m.group("noun").lower()
        noun = _EVENT_CLASSES.get(noun, noun[:5])  # "units" as "soldiers": who did it
        for before in _recent(drafts, idx):
            if before.source in (None, d.source) or (before.side and before.side == d.side):
                continue
            theirs = _content_words(text, before.start, before.end)  # with its speaker's
            if before.start <= before.subj_start < before.subj_end <= before.end:
                theirs = _content_words(text, before.start, before.subj_start) | _content_words(
                    text, before.subj_end, before.end
                )  # what it says, before or after the speaker
            if kind in theirs and ours & theirs and (kind == "capture" or noun in theirs):
                before.statuses.append((_STATUS_RANK["disputed"], "disputed", _cue(text, d, m)))
                d.responds_to = before
                break


def _cue(text: str, d: _Draft, m: re.Match[str]) -> str:
    """The speaker and the denying words: "Dmitry Peskov ...: there were "no discussions"."""
    start = d.subj_start if 0 <= d.subj_start < m.start() else d.start
    if m.start() - start > 60:
        return text[m.start() : m.end()].strip()
    return text[start : m.end()].strip()

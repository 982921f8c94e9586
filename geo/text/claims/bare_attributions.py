"""Claims stage 4, a sentence that only names a speaker: the words around it are theirs.

"In Dnipro, a missile hit an apartment building, killing three people, Governor Serhii
Lysak said. Rescue workers pulled two residents from the rubble alive. Lysak wrote on
Telegram. Another 11 people were injured, including two children." The third sentence
says nothing but who wrote: it attributes the sentence before it, which no claim holds
(one claim with it), and the speaker's run goes on into the sentence after it when no claim
holds that either (a claim of its own, the same speaker's; one paragraph: a sentence with
a speaker's verb of its own, "The actress added hours later, ...", or opening with a
quotation stays out). The bare sentence is
its speaker, a cue and at most a short adjunct ("on Telegram", "in a statement", "on
Monday"). Linear: one pass over the claims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .context import _Context, _Draft
from .segmentation import Sentence
from .vocab import CUE_VERBS

__all__ = ["bare_attributions"]

#: What follows the speaker in a sentence that only names them: a cue, an adjunct or two
#: ("on Telegram", "in a statement on Monday", "told reporters"), the full stop.
_WORD = re.compile(r"[A-Za-z]+")
_BARE_REST = re.compile(
    r"\s*(?:also\s+)?(?:said|says|wrote|writes|posted|reported|added|stated|told\s+\w+)"
    r"(?:\s+(?:on|in|via|at|to|late|early|earlier|later)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?){0,2}"
    r"\s*\.\s*$"
)


def bare_attributions(
    ctx: _Context, drafts: list[_Draft], sentences: Sequence[Sentence]
) -> list[_Draft]:
    """``drafts``, each claim whose sentence only names its speaker ("Lysak wrote on
    Telegram.") stretched back over the sentence before it, and the sentence after it made
    a claim of the same speaker, when no claim holds them, in its paragraph (see the module
    docstring); the stretched claims changed in place."""
    text = ctx.text
    held = {i for d in drafts for i in range(d.first, d.last + 1)}
    out: list[_Draft] = []
    for d in drafts:
        out.append(d)
        if d.source is None or d.first != d.last or d.subj_end < 0:
            continue
        sent = sentences[d.first]
        if text[sent.start : d.subj_start].strip():
            continue  # "In Dnipro, Lysak wrote ...": words before the speaker
        if not _BARE_REST.match(text[d.subj_end : sent.end]):
            continue
        before = d.first - 1
        if before < 0 or before in held or not _prose(sentences, before, sent):
            continue
        d.start, d.first = sentences[before].start, before
        held.add(before)
        after = d.last + 1
        if (
            after < len(sentences)
            and after not in held
            and _prose(sentences, after, sent)
            and _unspoken(text, sentences[after])
        ):
            then = replace(d, start=sentences[after].start, end=sentences[after].end,
                           first=after, last=after, statuses=list(d.statuses))  # fmt: skip
            then.responds_to = None
            out.append(then)
            held.add(after)
    return out


def _prose(sentences: Sequence[Sentence], i: int, sent: Sentence) -> bool:
    """Whether sentence ``i`` is a sentence of ``sent``'s paragraph (not a headline line)."""
    return sentences[i].paragraph == sent.paragraph and not sentences[i].line


def _unspoken(text: str, s: Sentence) -> bool:
    """Whether sentence ``s`` has no speaker's verb of its own ("The actress added hours
    later, ..." has) and opens with no quotation (someone else's words)."""
    if text[s.start : s.end].lstrip()[:1] in "\"“'‘":
        return False
    return not any(w.lower() in CUE_VERBS for w in _WORD.findall(text, s.start, s.end))

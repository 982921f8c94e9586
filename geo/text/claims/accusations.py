"""Claims stage 2, an accusation coordinated with a speaker's claim: a claim of its own.

"Russia's Defence Ministry said its forces had destroyed a command post near Kupiansk
and accused Kyiv of shelling a hospital in Donetsk": one speaker, two claims, the
second the accusation from its verb on ("accused Kyiv of shelling a hospital in
Donetsk"), so that each has its own places and status (a denial of the shelling
answers the accusation, not the command post). :func:`split_accusations` cuts the
clause the sentence's attributions gave one speaker at " and accused", " and blamed"
when the accusing verb is coordinated with the speaker's cue ("said ... and accused";
not "said Ukraine had accused ..." inside what was said, which has a subject of its
own). Linear: one search per coordinated accusation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .context import _Attribution
from .contrasted_statements import split_contrasts
from .named_objects import worded_object
from .targets import _content_words

__all__ = ["split_accusations"]

#: The accusing verbs that open a claim of their own after "and".
_ACCUSING = frozenset("accused accuses blamed blames".split())
#: The join before the verb: " and accused", ", and also blamed".
_JOIN = re.compile(r",?\s+and\s+(?:also\s+|later\s+|then\s+)?(?=(?:accus|blam)\w*\b)")

Clause = tuple[tuple[int, int], _Attribution]


def split_accusations(
    text: str, clauses: list[Clause], attributions: list[_Attribution]
) -> list[Clause]:
    """``clauses`` with each clause cut before a coordinated accusation of its speaker
    (see the module docstring); and a confirming clause before ", but said"
    (:func:`~.contrasted_statements.split_contrasts`)."""
    clauses = split_contrasts(text, clauses, attributions)
    kept = {id(a) for _, a in clauses}
    accusing = [
        a for a in attributions if id(a) not in kept and a.coordinated and a.cue in _ACCUSING
    ]
    if not accusing:
        return clauses
    out: list[Clause] = []
    for (start, end), attr in clauses:
        for acc in accusing:
            if attr.source is None or attr.coordinated or attr.frame:
                break
            join = next(
                (m for m in _JOIN.finditer(text, start, end) if text.startswith(acc.cue, m.end())),
                None,
            )
            if join is None or join.start() <= max(start, attr.subj_end):
                continue
            out.append(((start, join.start()), attr))
            # the coordinated verb's subject is the clause's speaker (its own reading may
            # have taken a dateline's city: "MOSCOW, Oct 20 (Reuters) - ...")
            start, attr = join.end(), replace(attr, verb=acc.verb, cue=acc.cue, coordinated=True)
        out.append(((start, end), attr))
    return out


def answered_claim(text: str, drafts: list, d, start: int, end: int):
    """The claim a reaction in ``text[start:end]`` after ``d``, the last claim, is about:
    when ``d`` is an accusation split off its speaker's claim of the same sentence, the
    one of the two that shares more content words with the reaction, the claim on a tie
    (as before the split): "The RSF said it had shot down an army drone ... and accused
    the army of bombing markets. The army denied that any drone had been lost": the
    drone claim; "... said no post had been damaged and accused Indian forces of shelling
    civilians ... India's army denied firing at civilian areas": the accusation."""
    if d.cue in _ACCUSING and len(drafts) > 1:
        main = drafts[-2]
        if main.first == d.first and main.source == d.source and main.end <= d.start:
            words = _content_words(text, start, end)
            mine = len(words & _content_words(text, d.start, d.end))
            return d if mine > len(words & _content_words(text, main.start, main.end)) else main
    return worded_object(text, drafts, d, start, end)  # "rejected the accusations, saying"

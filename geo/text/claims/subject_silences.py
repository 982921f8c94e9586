"""Claims stage 1, a no comment in a relative clause on the sentence's subject.

"Moscow, which has not commented, rarely reports its losses." holds no status of the
sentence's own words: the silence is the subject's, about the claim before ("Ukraine's
army said it shot down 20 drones."), as "Moscow has not commented." would be. Unlike
", a claim Kyiv has not confirmed" or ", which Kyiv did not comment on" after a claim,
the relative clause follows a short subject with no verb of its own.
"""

from __future__ import annotations

import re

from .segmentation import Sentence

__all__ = ["subject_relative"]

#: A relative clause whose subject is the word before it: ", which has not", ", who did
#: not" (not ", which Kyiv has not commented on": a clause about the claim).
_RELATIVE_SUBJECT = re.compile(r"[\s,(—–-]*(?:which|who)\s+(?:has|have|had|did|does|do)\b")
#: A verb in the words before the relative clause: then it is about what was said.
_VERB = re.compile(r"\b(?:\w+ed|said|says|told|claims?|is|was|were|are|has|have|had)\b")
#: The most words of a subject before the relative clause ("Russia's Defence Ministry").
_SUBJECT_WORDS = 6


def subject_relative(text: str, sent: Sentence, region: tuple[int, int]) -> bool:
    """Whether the apposition ``region`` of sentence ``sent`` holding a no comment is a
    relative clause on the sentence's opening subject (see the module docstring)."""
    before = text[sent.start : region[0]]
    return (
        _RELATIVE_SUBJECT.match(text, region[0], region[1]) is not None
        and 0 < len(before.split()) <= _SUBJECT_WORDS
        and _VERB.search(before) is None
    )

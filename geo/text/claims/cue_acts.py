"""Claims stage 2, cue words: a reply in kind is an act, not a statement.

"Russia has responded with massive attacks on Ukraine's power grid", "Kyiv countered by
launching drones at Belgorod": a verb of answering ("responded", "replied", "countered",
"retaliated") followed by "with" and no word of speech ("with a statement", "with a
denial" stay statements), or by "by" and a verb in -ing, tells what a party did. The
sentence is the reporter's own narration: no speaker, no cue. Asked by
:func:`~geo.text.claims.cue_words._cue_here` for each such cue word.
"""

from __future__ import annotations

__all__ = ["reply_in_kind"]

#: Verbs of answering that may answer with deeds as well as words.
_REPLY_VERBS = frozenset(
    "responded responds respond replied replies reply countered counters retaliated".split()
)
#: Words after "with" that keep the answer a statement: "responded with a statement".
_SPEECH = frozenset(
    """statement statements denial denials comment comments remarks remark message messages
    post posts letter note words word threat threats warning warnings accusation
    accusations claim claims question questions rebuttal silence video tweet""".split()
)

#: Verbs in -ing after "by" that keep the answer a statement: "responded by saying".
_SPEAKING = frozenset(
    """saying stating telling writing posting announcing declaring issuing calling denying
    insisting noting arguing claiming accusing asserting tweeting publishing releasing
    asking demanding warning threatening""".split()
)


def reply_in_kind(lows: list[str], i: int) -> bool:
    """Whether the answering verb at token ``i`` of ``lows`` (the sentence's tokens,
    lower-cased) answers with an act: "with" and no word of speech in the five words
    after it, or "by" and a verb in -ing ("responded by shelling Kherson")."""
    if lows[i] not in _REPLY_VERBS or i + 2 >= len(lows):
        return False
    after = lows[i + 1]
    if after == "by":  # "responded by saying": words again
        return lows[i + 2].endswith("ing") and lows[i + 2] not in _SPEAKING
    if after != "with":
        return False
    return _SPEECH.isdisjoint(lows[i + 2 : i + 7])

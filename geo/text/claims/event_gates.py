"""The words a sentence stating an event without a count needs: the gate of
``linking._reported_action`` (an act of armed forces at a place it names), asked
before any of ``linking._reported_event``'s patterns.

A sentence with no count with a unit goes to ``_reported_action`` or to ``False``;
``_reported_action`` finds no act in a sentence that is a line (a heading, a label) or
holds none of :data:`ACTION_WORDS` (lower-cased: every ``_MILITARY_ACTION`` match
holds one). Such a sentence is no reported event whatever the other tests say, so
they are not run: a necessary condition only, the answers stay the same.
"""

from __future__ import annotations

from .segmentation import Sentence

__all__ = ["ACTION_WORDS", "may_act"]

#: The armed forces' words every act ``linking._MILITARY_ACTION`` finds holds one of.
ACTION_WORDS = ("forces", "troops", "army", "units", "soldiers", "fighters", "militants",
                "rebels", "drones", "missiles", "strikes", "artillery", "jets", "warplanes",
                "aircraft", "navy")  # fmt: skip


def may_act(text: str, sent: Sentence) -> bool:
    """Whether ``sent`` (offsets into ``text``) may state an act of armed forces: it is
    no line and its lower-cased text holds one of :data:`ACTION_WORDS` (one ``lower``
    and substring tests in C).

    >>> from geo.text.claims.segmentation import split_sentences
    >>> t = "The river runs through the city. Russian troops shelled Kherson."
    >>> [may_act(t, s) for s in split_sentences(t)]
    [False, True]
    """
    low = text[sent.start : sent.end].lower()
    return not sent.line and any(map(low.__contains__, ACTION_WORDS))

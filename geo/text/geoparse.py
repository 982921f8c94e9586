"""Find and resolve the places a text names, in visible stages.

0. :func:`~geo.text.tokens.tokenize` — word tokens with character offsets.
1. :func:`~geo.text.recognition.find_mentions` — recognition: which spans name
   places, with context cues and filters for what is not a place.
2. :mod:`geo.text.candidates` — the gazetteer entries each mention may name.
3. :mod:`geo.text.evidence` — what the text says for a reading: containers,
   lists, the countries and regions it speaks of, the places near a mention.
4. :func:`~geo.text.resolution.resolve` — a ranked choice per mention, or none
   when nothing fits.

:func:`geoparse` runs them and returns :class:`~geo.model.Toponym` records.
The gazetteer is passed in, never loaded here.
"""

from __future__ import annotations

from ..gazetteer.index import Gazetteer
from ..model import Toponym
from .evidence import DEFAULT_WEIGHTS, Weights
from .recognition import find_mentions
from .resolution import resolve
from .tokens import Mention, Token, tokenize

__all__ = [
    "DEFAULT_WEIGHTS",
    "Mention",
    "Token",
    "Weights",
    "find_mentions",
    "geoparse",
    "resolve",
    "tokenize",
]


def geoparse(
    text: str,
    gazetteer: Gazetteer,
    *,
    demonyms: bool = False,
    weights: Weights = DEFAULT_WEIGHTS,
) -> tuple[Toponym, ...]:
    """Recognise and resolve every place name in ``text``.

    Parameters
    ----------
    text : str
    gazetteer : Gazetteer
        An opened index (:func:`geo.load_gazetteer`).
    demonyms : bool
        Also report adjectives and demonyms ("Russian", "Ukrainians") as
        mentions of their country.
    weights : Weights
        How resolution mixes its evidence; below ``weights.min_score`` a
        mention is reported without a place (no confident match).
    """
    mentions = find_mentions(text, gazetteer, demonyms=demonyms)
    resolved = resolve(mentions, gazetteer, weights=weights)
    out = []
    for m, (rec, score) in zip(mentions, resolved, strict=True):
        place = gazetteer.place(rec) if rec is not None else None
        out.append(Toponym(m.start, m.end, text[m.start : m.end], place, round(score, 4), m.cue))
    return tuple(out)

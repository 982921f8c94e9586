"""After resolution: a name written twice in one sentence names one place.

"The army still holds Timbuktu and Gao, but convoys from Gao to Kidal and Menaka have
been ambushed": the second "Gao" is the Malian city the first is, not a Burkinabe village
of the name that the story's later paragraphs pull it to.  Resolution weighs each
mention with its own neighbours, and two mentions of one name in one sentence can end
on two namesakes; no writer means that without saying so ("another Oleksandrivka",
"not the town of the same name": :attr:`~geo.text.tokens.Mention.apart`, which the
words decide).

:func:`one_place_a_sentence` gives each later bare mention of a name the place its
sentence's first bare mention was read as a place (the later one read as a place, or as
a first-level region that no words call one: "the Gao region ... Gao" stays two
readings), the later one's candidates hold that place, and the later one has no
container, no hint and no words that decide it
(:meth:`~geo.text.tokens.Mention.told_by_words`; the first may have a hint, "near Menaka
and Gao, and the army flew troops to Gao", but no container: "a native of Chester,
England, who gave Chester its name" tells two namesakes apart).

Cost: one pass over the mentions, a dictionary of the first mention of each name in the
current sentence (:class:`geo.text.sentences.Blocks`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..gazetteer.index import Gazetteer
from .sentences import Blocks
from .tokens import Mention

__all__ = ["one_place_a_sentence"]


def one_place_a_sentence(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    hinted: Collection[int],
    blocks: Blocks,
) -> list[tuple[int | None, float]]:
    """``resolved`` with each later bare mention of a name in a sentence read as the
    place of the sentence's first (module docstring); ``hinted`` holds the indexes of the
    mentions a spatial hint locates, ``blocks`` the text's sentences."""
    out = list(resolved)
    first: dict[str, tuple[int, int]] = {}  # name -> (sentence, its first mention)
    for k, m in enumerate(mentions):
        rec = out[k][0]
        if rec is None or m.told_by_words() or m.repeat:
            continue
        sentence = blocks.sentence(m.start)
        seen = first.get(m.key)
        if seen is None or seen[0] != sentence:
            if gaz.is_place(rec) and not m.containers:  # one located by a hint too
                first[m.key] = (sentence, k)  # ("a native of Chester, England, who gave
            continue  # Chester its name": the container names another namesake)
        if m.containers or k in hinted:
            continue
        if not gaz.is_place(rec) and (m.reading == "region" or gaz.kind(rec) != "admin1"):
            continue
        place = out[seen[1]][0]
        if place != rec and any(c.record == place for c in m.candidates):
            out[k] = (place, out[k][1])
    return out

"""Recognition, one place written two ways with a slash between ("Biel/Bienne",
"Bolzano/Bozen", "Kyiv/Kiev"): one toponym, not two.

Bilingual towns are named so on signs, timetables and in the gazetteer itself
("Biel/Bienne"), and reports give an old and a new spelling side by side.  Two names
joined by a slash alone that can name the same place are one mention spanning both,
read as the places both can name; two places ("Kyiv/Odesa") stay two.  Cost: one look
at the characters between each pair of neighbouring mentions.
"""

from __future__ import annotations

from dataclasses import replace

from .tokens import Mention

__all__ = ["join_slashed"]


def join_slashed(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each pair "A/B" that names one place made one mention."""
    if "/" not in text:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end : m.start] == "/" and not (prev.unknown or m.unknown):
            records = {c.record for c in m.candidates}
            shared = [c for c in prev.candidates if c.record in records]
            if shared:
                # The places both spellings name, in the first's order ("Biel" is first a
                # village in Aragon, "Bienne" Vienna's French name: both name Biel/Bienne).
                out[-1] = replace(prev, end=m.end, last=m.last, candidates=shared)
                continue
        out.append(m)
    return out

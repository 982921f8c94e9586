"""A name read by a close spelling once and spelt exactly elsewhere is exact.

"DEIR AL-BALAH, Gaza Strip (AP) — ... In Deir al-Balah, residents said": the dateline's
capitals are read through a close spelling (``fuzzy``), the body's "Deir al-Balah" is
an exact name of the same place.  :func:`exact_again` clears ``fuzzy`` (and takes the
exact mention's score) on every mention spelt the same (case and marks aside) and read
as the same place as a mention that is not fuzzy.

Cost: one pass over the toponyms, a dictionary of names.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..gazetteer.normalize import normalize
from ..model import Toponym

__all__ = ["exact_again"]


def exact_again(toponyms: Sequence[Toponym]) -> list[Toponym]:
    """``toponyms`` with each fuzzy reading spelt as an exact one of the same place made
    exact (module docstring); in order."""
    exact: dict[tuple[str, int], float] = {}
    for t in toponyms:
        if t.place is not None and not t.fuzzy and not t.estimated:
            exact.setdefault((normalize(t.text), t.place.geonameid), t.score)
    if not exact:
        return list(toponyms)
    out = []
    for t in toponyms:
        if t.fuzzy and t.place is not None:
            score = exact.get((normalize(t.text), t.place.geonameid))
            if score is not None:
                t = dataclasses.replace(t, fuzzy=False, score=max(score, t.score))
        out.append(t)
    return out

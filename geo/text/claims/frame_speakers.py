"""Claims stage 2d, the speaker of a "saying" frame is the main clause's, as named there.

"A spokesman for Ukraine's northern group of forces denied that Vovchansk had fallen,
saying fighting continued in the town's northern districts": the clause after "saying" is
the spokesman's, whose phrase the main clause names in full. The frame's own reading of
the subject may stop at its head ("a spokesman"), which then takes the side of whoever
spoke last; :func:`framed_as_main` gives a frame attribution that shares its subject's
start with an earlier attribution of the sentence that attribution's speaker (phrase,
kind and description). Reads the sentence's attributions once.
"""

from __future__ import annotations

from .context import _Attribution

__all__ = ["framed_as_main"]


def framed_as_main(out: list[_Attribution]) -> list[_Attribution]:
    """``out`` (in text order) with each frame's speaker the one of the earlier attribution
    whose subject starts where the frame's does (see the module docstring); changed in
    place and returned.

    >>> main = _Attribution(8, "denied", 0, 40, "a spokesman for Ukraine's navy", "group")
    >>> frame = _Attribution(14, "saying", 0, 11, "a spokesman", "org", frame=True)
    >>> framed_as_main([main, frame])[1].source
    "a spokesman for Ukraine's navy"
    """
    by_start: dict[int, _Attribution] = {}
    for a in out:
        main = by_start.get(a.subj_start) if a.subj_start >= 0 else None
        if a.frame and main is not None and main.subj_end > a.subj_end and main.source:
            a.source, a.subj_end, a.kind = main.source, main.subj_end, main.kind
            a.descriptor = main.descriptor
        elif not a.frame and a.subj_start >= 0:
            by_start.setdefault(a.subj_start, a)
    return out

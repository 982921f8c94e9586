"""A headline's place is the one its story names: "Poland reopens Krynki checkpoint talks".

A headline is terse: its name has none of the words around it that tell namesakes apart
("Krynki", a Polish border town, or Krynky on the Dnipro, which the story also names
later). The story under it says which place it is: :func:`as_in_body` gives a name of
the headline the reading its mentions in the body share, when they share one. The
headline is the text's first line when it is short, ends without a sentence's stop and
has a story after it. One pass over the mentions: linear in the text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .tokens import Mention

__all__ = ["HEADLINE_CHARS", "as_in_body", "headline_end"]

#: A first line longer than this is the story's first paragraph, not its headline.
HEADLINE_CHARS = 200


def headline_end(text: str) -> int:
    """Where the text's headline ends (the end of its first line), or 0 when it has none.

    >>> headline_end("Strikes hit Kupiansk\\n\\nKYIV (Reuters) - Strikes hit Kupiansk.")
    20
    >>> headline_end("Strikes hit Kupiansk, officials said.\\nMore later.")
    0
    """
    end = text.find("\n")
    if end <= 0 or end > HEADLINE_CHARS or not text[end:].strip():
        return 0
    line = text[:end].rstrip()
    if not line or line[-1] in '.!?"”’:;,':
        return 0
    return end


def as_in_body(
    text: str,
    mentions: Sequence[Mention],
    resolved: Sequence[tuple[int | None, float]],
    located: Mapping[int, object] | frozenset[int],
) -> list[tuple[int | None, float]]:
    """``resolved``, with each name of the headline read as the body's mentions of that
    name all are (those read as a place), unless the headline's own words locate it
    (``located``: mention indexes with a hint) or it is a region's name."""
    out = list(resolved)
    end = headline_end(text)
    if not end:
        return out
    heads = [k for k, m in enumerate(mentions) if m.end <= end]
    if not heads:
        return out
    keys = {mentions[k].key for k in heads}
    body: dict[str, set[int]] = {}
    for k in range(len(mentions)):
        m = mentions[k]
        if m.end > end and m.key in keys and out[k][0] is not None:
            body.setdefault(m.key, set()).add(out[k][0])  # type: ignore[arg-type]
    for k in heads:
        m = mentions[k]
        readings = body.get(m.key)
        if not readings or len(readings) != 1 or k in located or m.cue == "region":
            continue
        rec = next(iter(readings))
        if out[k][0] != rec and any(c.record == rec for c in m.candidates):
            out[k] = (rec, out[k][1])
    return out

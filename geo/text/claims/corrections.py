"""Claims stage 1b, an outlet's correction notice is no claim.

A story corrected after publication says so at its end, in the outlet's voice:
"Correction: An earlier version of this story misstated the number of drones the air
force said it had shot down. It was 41, not 14.", "This article has been corrected to
show ...", "An earlier version of this report misidentified ...". Such a notice tells of
the story, not of the war: it is no claim, and neither are the sentences after it in its
paragraph (the right figure). The claims it corrects are those of the story above.
:func:`correction_notice` reads one sentence and the paragraph remembered for the
context, so the whole stage is linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .context import _Context
from .segmentation import Sentence

__all__ = ["correction_notice"]

_STORY = r"(?:story|article|report|piece|post|item|dispatch|headline|caption|version)"
#: A notice's opening: its label, or an earlier version, or the story corrected.
_NOTICE = re.compile(
    r"[\s*_—–-]*(?:(?:correction|clarification|editor[’']s\s+note)s?(?:,[^:\n]{1,30})?\s*[:.—–-]"
    rf"|an?\s+(?:earlier|previous|original)\s+version\s+of\s+this\s+{_STORY}"
    rf"|this\s+{_STORY}\s+(?:has\s+been|was)\s+(?:corrected|updated\s+to\s+correct|amended)"
    r"|we\s+(?:have\s+)?corrected\s+(?:this|an\s+earlier))",
    re.IGNORECASE,
)


def correction_notice(ctx: _Context, sentences: Sequence[Sentence], idx: int) -> bool:
    """Whether sentence ``idx`` belongs to a correction notice: it opens one, or an
    earlier sentence of its paragraph did (see the module docstring).

    >>> from geo.text.claims.segmentation import split_sentences
    >>> t = ("The air force said it shot down 41 drones.\\n\\nCorrection: An earlier "
    ...      "version of this story misstated the number. It was 41, not 14.")
    >>> ss = split_sentences(t)
    >>> ctx = _Context(t, [])
    >>> [correction_notice(ctx, ss, i) for i in range(len(ss))]
    [False, True, True]
    """
    sent = sentences[idx]
    seen = ctx.allegiance.setdefault("correction_paragraphs", set())
    if sent.paragraph in seen:
        return True
    if _NOTICE.match(ctx.text, sent.start, sent.end) is None:
        return False
    seen.add(sent.paragraph)
    return True

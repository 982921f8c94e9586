"""Claims stage 1 (attribution), a person named in apposition after the subject.

"Congo's army spokesperson, General Sylvain Ekenge, said the army still held Kamanyola
and called the rebel statement "propaganda"": the subject of the coordinated "called" is
the person the apposition names, the speaker of "said", not "Congo's army spokesperson"
(a second speaker would make his own claim the one his words answer).
"""

from __future__ import annotations

import re

__all__ = ["apposed_name"]

#: ", General Sylvain Ekenge, said": two to four capitalised words between commas, a
#: lower-case word (the verb) after.
_APPOSED_NAME = re.compile(
    r",\s+(?P<name>(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+),\s+(?=[a-z])"
)


def apposed_name(text: str, start: int, end: int, stop: int) -> tuple[int, int]:
    """The span of the name in apposition right after the subject ``text[start:end]``
    (before ``stop``), or the subject's own span when none follows it."""
    m = _APPOSED_NAME.match(text, end, stop)
    return (m.start("name"), m.end("name")) if m is not None else (start, end)

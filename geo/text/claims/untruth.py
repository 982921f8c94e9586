"""Claims stage 3, untruth: calling a claim untrue denies it; calling it overstated disputes it.

One rule for every way of answering a claim with a word about its truth, so that
"dismissed as fake the Kiev regime's claims", "dismissed the Israeli account as
fake", "called the claim a fake" and "said the report was false" all deny (as
"denied the report" does), while "called the figure exaggerated", "dismissed it as
propaganda", "said the claims were inflated" dispute: the answer says the event did
not happen, or only that it was told wrongly.
"""

from __future__ import annotations

import re

__all__ = ["answer_status"]


#: Words saying what was claimed did not happen: "fake", "false", "lies", "fabricated".
_UNTRUE = re.compile(
    r"\b(?:fakes?|false|falsehoods?|untrue|not\s+true|lies|lie|lying|fabricat\w*|baseless|"
    r"groundless|unfounded|fiction|fictional|hoax|staged|invented|made\s+up)\b",
    re.IGNORECASE,
)


def answer_status(words: str) -> str:
    """"denied" when the answering ``words`` call the claim untrue, else "disputed".

    Examples
    --------
    >>> answer_status('called the claim "a fake"'), answer_status("said the report was false")
    ('denied', 'denied')
    >>> answer_status("called the figure exaggerated"), answer_status("fighting continued")
    ('disputed', 'disputed')
    """
    return "denied" if _UNTRUE.search(words) else "disputed"

"""An analyst's evidence for only part of what was claimed: "The Russian MoD claimed that
Russian forces seized Danylivka and Novooleksandrivka, but ISW has only observed
geolocated evidence of Russian forces in Danylivka". The claim as a whole stays
unconfirmed (`unverified`, the caveat its ``status_cue``), like "ISW has not observed
confirmation of this claim"; the place the evidence names is confirmed by nothing more
than that caveat, so it is no claim of its own.

Only a verb of seeing or confirming after "only" and an auxiliary ("has only observed",
"could only confirm", "was only able to geolocate"), or "only" before the place of the
evidence ("observed geolocated evidence of Russian forces only in Danylivka") counts;
"the only confirmed advance" is an adjective, and "only" elsewhere ("observed only one
assault") is no caveat."""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["only_seen"]

#: "has only observed", "could only confirm", "have only been able to geolocate",
#: "was only able to verify".
_ONLY_SEEN = re.compile(
    r"\b(?:has|have|had|can|could|was|were)\s+only\s+(?:been\s+)?(?:able\s+to\s+)?"
    r"(?:observed?|seen|see|geolocated?|confirm(?:ed)?|verif(?:y|ied)|found|find)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:evidence|footage|imagery|confirmation|advances?|presence|"
    r"(?:Russian|Ukrainian)\s+(?:forces|troops|advances?|gains?|presence))\b|"
    # "has observed geolocated evidence of Russian forces only in Danylivka"
    r"\b(?:observed|seen|geolocated|confirmed|verified|found)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:evidence|footage|imagery|confirmation)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?only\s+"
    r"(?:in|near|on|at|around)\b",
    re.IGNORECASE,
)


def only_seen(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The partial-evidence caveats in ``text[start:end]`` (a sentence), in text order.

    >>> t = "The MoD claimed X and Y, but ISW has only observed geolocated evidence in X."
    >>> [m.group(0) for m in only_seen(t, 0, len(t))]
    ['has only observed geolocated evidence']
    """
    if "only" not in text[start:end]:
        return iter(())
    return _ONLY_SEEN.finditer(text, start, end)

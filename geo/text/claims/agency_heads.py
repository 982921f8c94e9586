"""Claims stage 2c, allegiance (continued): a local head in a state agency's copy.

Rule 2 of :mod:`.allegiance`: "Head of the Zaporozhye Region Yevgeny Balitsky", "the
governor of the Kherson region", "chairman of the Zaporozhye Region's public chamber" in
copy filed by /TASS/ speaks for the agency's state:
such agencies name the regions their state holds or claims without a country word. A
nationality or country in the phrase still answers first ("the Ukrainian governor of Sumy
region"). Reads the speaker's words once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import lexicon as lx
from .context import _Context

__all__ = ["agency_local_head"]


#: A local head: "Head of the Zaporozhye Region", "the governor of the Kherson region",
#: "Kherson Region Governor", "the regional head", "a representative of the Zaporozhye
#: Region's administration".
_LOCAL_HEAD = re.compile(
    r"\b(?:[Gg]overnor|[Hh]ead\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+"
    r"(?:[Rr]egion|[Oo]blast|[Rr]epublic)|(?:[Rr]egion(?:al)?|[Oo]blast)\s+(?:head|chief|leader)|"
    # a body of the region's own: "chairman of the Zaporozhye Region's public chamber"
    r"[Rr]egion[’']s\s+(?:administration|public\s+chamber|government|legislative\s+assembly))\b"
)  # not a mayor: agencies name the other side's mayors by their cities' names too


def agency_local_head(
    ctx: _Context, words: str, filing_state: Callable[[str], str | None]
) -> str | None:
    """The state whose agency filed the copy (``filing_state(text)``, from its dateline),
    when ``words`` (the speaker's phrase and description) describe a local head and
    name no nationality (rule 2 of the module docstring); else None."""
    if not _LOCAL_HEAD.search(words):
        return None
    agency = filing_state(ctx.text)
    if agency is None:
        return None
    for m in re.finditer(r"\b[A-Z][\w-]*", words):
        word = m.group().lower()
        if word in lx.DEMONYMS or word.split("-")[0] in lx.DEMONYMS:
            return None  # "the Ukrainian governor", "Russian-installed" (a patron)
        if word.endswith("-installed") or word.endswith("-appointed"):
            return None
        if any(name.lower() == word for name in ctx.country_names.values()):
            return None  # "the governor of Ukraine's Sumy region"
    return agency

"""Claims late stage, the author of "the statement": the speaker who issued it just before.

"Russian forces launched 112 drones ..., the Air Force said. Air defense downed 87
drones, according to the statement." The second claim's attribution names a document
with the definite article and no owner ("the statement", "the report", "the same
update"): the document the text just spoke of, that is the words of the claim before.
:func:`document_authors` gives such a claim the speaker, side and party of the claim
before it, in its paragraph or the one before, when the document is named after the
content ("..., according to the statement", "..., the update said"). "The report states
..." opening a sentence is a document of its own; a report or a study after a person's
claim is no person's ("a report she commissioned"); "A statement" (an unknown one), a
claim before whose speaker is a document ("the affidavit"), "the statement by X" and
"The statement, read by military spokesman Yahya Saree, said" keep theirs.

Linear: one look at the claim before each claim.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .context import _Context, _Draft

__all__ = ["document_authors"]

#: A definite document with no owner: "the statement", "the same report", "the latest update".
_THE_DOCUMENT = re.compile(
    r"(?i:the|that|this)\s+(?:(?:same|latest|new|written|daily|morning|evening)\s+)?"
    r"(?P<kind>(?i:statement|report|update|bulletin|briefing|announcement|communiqu[eé]|"
    r"message|summary|post|release|readout|study))"
)
#: Documents named as a speaker: "a statement", "an SOS release", "the affidavit".
_DOCUMENTS = re.compile(
    r"\b(?i:statement|report|update|bulletin|briefing|announcement|communiqu[eé]|message|"
    r"summary|post|release|readout|study|affidavit|document|filing|complaint|letter|"
    r"memo|survey|review|assessment|investigation)$"
)
#: Documents that are often of their own authors: a report a minister commissioned.
_STUDIES = frozenset(("report", "study"))

#: A document given a voice of its own after it: "The statement, read by military
#: spokesman Yahya Saree, said": the one who read it speaks.
_VOICED = re.compile(r",\s+(?:read|issued|signed|posted|published|released|delivered)\b")


def document_authors(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` with a bare definite document's claims given its author (see the module
    docstring); changed in place and returned."""
    for before, d in pairwise(drafts):
        if (
            d.source is None
            or d.subj_start <= d.start  # "The report states ...": a document of its own
            or (m := _THE_DOCUMENT.fullmatch(d.source)) is None
            or before.source is None
            or _DOCUMENTS.search(before.source)  # "a statement", "the affidavit"
            or d.paragraph - before.paragraph > 1
            or _VOICED.match(ctx.text, d.subj_end)
            # a report or a study is a body's ("Ukraine's General Staff"), not a person's
            # (a report she commissioned)
            or (m.group("kind").lower() in _STUDIES and before.kind == "person")
        ):
            continue
        d.source, d.side, d.party = before.source, before.side, before.party
        d.kind, d.descriptor = before.kind, before.descriptor
    return drafts

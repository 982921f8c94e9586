"""Stage 1b of the geoparser: the recogniser's names joined, split and dropped by their
spelling, before any other stage reads them.

:func:`repair_mentions` runs, in this order: the dateline read whole
(:func:`~geo.text.dateline_names.whole_dateline`); hyphenated names and names broken
at a line's end (:func:`~geo.text.hyphenated.hyphenated_names`,
:func:`~geo.text.joined_names.joined_names`: "Druzh-\\nkivka"); towns merged from two
("Rapperswil-Jona": :func:`~geo.text.merged_pairs.merged_pairs`); Russian river towns
("Slavyansk-on-Kuban": :func:`~geo.text.river_towns.on_river_towns`); a soft sign
written "y" ("Ilyichevsk": :func:`~geo.text.soft_signs.soft_sign_candidates`); and the
names that are no places: a person's in a thing named after them ("the old Lenin dam":
:func:`~geo.text.eponyms.drop_eponyms`), a given name spelt like a place
(:func:`~geo.text.given_spellings.drop_given_spellings`) and a defence line's
("Surovikin line": :func:`~geo.text.named_lines.drop_named_lines`), and the names in a
story's credit lines ("... in Tallinn, Estonia, contributed to this report":
:func:`~geo.text.credit_lines.drop_credit_lines`).  Each is linear in the mentions.
"""

from __future__ import annotations

from ..gazetteer.index import Gazetteer
from .credit_lines import drop_credit_lines
from .dateline_names import whole_dateline
from .eponyms import drop_eponyms
from .given_spellings import drop_given_spellings
from .hyphenated import hyphenated_names
from .joined_names import joined_names
from .merged_pairs import merged_pairs
from .named_lines import drop_named_lines
from .river_towns import on_river_towns
from .soft_signs import soft_sign_candidates
from .tokens import Mention

__all__ = ["repair_mentions"]


def repair_mentions(text: str, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """The recogniser's ``mentions`` of ``text`` joined, split and dropped as the module
    docstring says (a new list; the mentions are not changed in place)."""
    mentions = whole_dateline(text, gaz, mentions)
    mentions = joined_names(text, gaz, hyphenated_names(text, gaz, mentions))
    mentions = on_river_towns(text, gaz, merged_pairs(text, gaz, mentions))
    mentions = soft_sign_candidates(gaz, mentions)
    mentions = drop_eponyms(text, gaz, mentions)
    mentions = drop_named_lines(text, drop_given_spellings(text, mentions))
    return drop_credit_lines(text, mentions)

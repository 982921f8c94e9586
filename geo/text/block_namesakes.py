"""Resolution stage: the namesake a mention's own sentence or paragraph speaks for.

Run by :func:`geo.text.geoparse.geoparse` after the first ranked choice
(:func:`~geo.text.resolution.resolve`), in this order, each a stage of its own module:
a namesake whose neighbours the block names ("Nikolayev, Ochakov":
:func:`~geo.text.local_evidence.local_namesakes`), a US state the sentence names
("Michigan ... Monroe County": :func:`~geo.text.sentence_states.sentence_states`), a
team's state ("the Georgia Bulldogs won in Athens": :func:`~geo.text.team_states.team_states`),
a namesake abroad the sentence's own country outranks
(:func:`~geo.text.sentence_abroad.sentence_namesakes_abroad`), a country's reading of a
name ("Primorsk", Victoria: :func:`~geo.text.sentence_own_names.country_readings`) and a
namesake across a border ("Rybnitsa's Kamenka":
:func:`~geo.text.border_namesakes.border_namesakes`), a town listed with towns that an
alias had read as a region ("Primorsk and Ust-Luga":
:func:`~geo.text.alias_region_towns.listed_alias_towns`), and last a city of note a
country's bare name had pulled to a small namesake in it ("The United States held talks
in Geneva": :func:`~geo.text.country_pull.country_pulled_namesakes`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .alias_region_towns import listed_alias_towns
from .border_namesakes import border_namesakes
from .country_pull import country_pulled_namesakes
from .local_evidence import local_namesakes
from .sentence_abroad import sentence_namesakes_abroad
from .sentence_own_names import country_readings
from .sentence_states import sentence_states
from .team_states import team_states

__all__ = ["block_namesakes"]


def block_namesakes(
    text: str, gaz: Any, mentions: Sequence[Any], resolved: list, hints: Any, blocks: Any
) -> list:
    """``resolved`` (a ``(record or None, score)`` pair per mention, as
    :func:`~geo.text.resolution.resolve` gives them) with each stage of the module's
    docstring applied in turn; ``blocks`` are the text's sentences and paragraphs
    (:func:`~geo.text.sentences.text_blocks`)."""
    resolved = local_namesakes(text, gaz, mentions, resolved, hints, blocks)
    resolved = sentence_states(gaz, mentions, resolved, hints, blocks)
    resolved = team_states(text, gaz, mentions, resolved, hints, blocks)
    resolved = sentence_namesakes_abroad(gaz, mentions, resolved, hints, blocks)
    resolved = country_readings(gaz, mentions, resolved, hints, blocks)
    resolved = border_namesakes(gaz, mentions, resolved, hints, blocks)
    resolved = listed_alias_towns(gaz, mentions, resolved)  # "Primorsk and Ust-Luga"
    return country_pulled_namesakes(text, gaz, mentions, resolved, hints)

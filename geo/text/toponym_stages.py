"""Stage 6 of :func:`geo.text.geoparse.geoparse`: the toponyms' own stages.

The resolution loop gives one toponym (or none) per mention; these stages then read the
toponyms as a whole, in order: one name one place (estimates shared by a name's
repeats, agreed between them), a border zone, power plants and facilities, water
bodies, rivers named again, capes, islands and ranges, areas of several countries
("the Middle East"), former names, country-code containers, a state's code doubled
("NY, NY"), countries in a list's inverted form ("Korea, South"), everyday words and
lone regions dropped, compass words sharing a name ("North and South Kivu"), an article
read alone before a small word ("La rochelle"), landforms owned by a sentence, streets
and organisations' names dropped, spellings exact again, the warnings about names left
unplaced, and the spans' ends ("the U.S.").  Cost: each stage is linear in the toponyms
or the text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..gazetteer.index import Gazetteer
from ..model import Toponym
from .article_heads import article_heads
from .border_estimates import in_border_zone
from .code_containers import code_containers
from .direction_names import direction_spans
from .doubled_codes import doubled_codes
from .ending_keys import share_spelling_estimates
from .estimate_agreement import agree_estimates
from .everyday_strays import drop_everyday_strays
from .exact_again import exact_again
from .facilities import place_plants
from .former_names import former_names
from .hinted import share_estimates
from .hints import Hint
from .initial_countries import initial_countries
from .inverted_countries import inverted_countries
from .lone_regions import drop_lone_regions
from .mount_namesakes import mount_namesakes
from .name_areas import area_toponyms, find_areas
from .named_strays import drop_named_strays
from .paren_aliases import paren_aliases
from .physical_places import physical_toponyms
from .river_names import rivers_named_again
from .sentence_owner import owned_landforms
from .shared_heads import shared_heads
from .span_ends import span_ends
from .tokens import Mention
from .unplaced import warn_unnamed, warn_unplaced_listed
from .water_places import water_toponyms

__all__ = ["finish_toponyms"]


def finish_toponyms(
    text: str,
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    hints: Mapping[int, Hint],
    out: list[Toponym],
    unplaced: set[tuple[int, int]],
    read: tuple[Any, Any, Any],
    blocks: Any,
) -> tuple[Toponym, ...]:
    """The toponyms of ``text`` from the resolution loop's ``out`` (one per mention it
    kept, in text order), through the stages of the module docstring.

    ``unplaced``: (start, end) of repeats of names the gazetteer lacks, placed where an
    earlier mention was; ``read``: (water bodies, physical features, names read whole)
    as recognition found them; ``blocks``: the text's sentences and paragraphs
    (:func:`geo.text.sentences.text_blocks`)."""
    waters, physical, read_whole = read
    # "another X" is no other mention's place; a name with its own container keeps it.
    keys = {
        (m.start, m.end): ("" if m.apart else m.key, k in hints) for k, m in enumerate(mentions)
    }
    contained = frozenset((m.start, m.end) for m in mentions if m.containers)
    contained |= direction_spans(text, mentions)  # "the Dobropillia direction": the town
    toponyms = share_estimates(out, keys, frozenset(unplaced), contained)
    toponyms = share_spelling_estimates(toponyms, keys, contained)  # "Sosnovka ... Sosnivka"
    toponyms = in_border_zone(text, gaz, toponyms)  # "in the Lublin province near the border"
    toponyms = place_plants(text, gaz, agree_estimates(toponyms, keys))  # one name, one place
    toponyms = water_toponyms(text, toponyms, waters, gaz)  # "the Sea of Azov", "the Dnipro"
    toponyms = rivers_named_again(text, toponyms)  # "the Guadalupe River ... the Guadalupe"
    toponyms = physical_toponyms(text, toponyms, physical, read_whole)  # "Cape Horn"
    toponyms = mount_namesakes(gaz, toponyms)  # "Mount Hermon" by Lebanese villages: no US hamlet
    toponyms = area_toponyms(text, gaz, toponyms, find_areas(text))  # "the Middle East"
    toponyms = former_names(text, gaz, paren_aliases(text, toponyms))  # "X, formerly Y"
    toponyms = code_containers(text, gaz, toponyms)  # "Heerlen, NL"
    toponyms = doubled_codes(gaz, text, toponyms)  # "NY, NY": New York City, New York
    toponyms = inverted_countries(gaz, text, toponyms)  # "Korea, South"
    hinted = {(mentions[k].start, mentions[k].end) for k in hints}
    toponyms = drop_everyday_strays(text, gaz, toponyms, mentions, hinted)  # "Reserve members"
    toponyms = initial_countries(gaz, toponyms)  # "in SA" by Johannesburg: South Africa
    toponyms = drop_lone_regions(text, gaz, toponyms, mentions, hinted)  # "Kristian Lewis"
    toponyms = shared_heads(text, gaz, toponyms)  # "North and South Kivu": North Kivu too
    toponyms = article_heads(text, gaz, toponyms)  # "La rochelle": not "La", Los Angeles
    toponyms = owned_landforms(text, toponyms, mentions, blocks)  # "the Blue Mountains"
    toponyms = exact_again(drop_named_strays(text, toponyms))  # "Rashid Street"; "DEIR AL-BALAH"
    told = warn_unnamed(text, gaz, toponyms, [(m.start, m.end) for m in mentions if m.unknown])
    warn_unplaced_listed(toponyms, {(m.start, m.end) for m in mentions if m.siblings}, told)
    return span_ends(text, toponyms)  # "the U.S.", "Dublin City Council"

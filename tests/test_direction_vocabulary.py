"""The words of "NAME direction/axis", list openers and "the city" come from one
vocabulary (:mod:`geo.text.direction_words`, :data:`geo.text.lexicon.ANTECEDENT_WORDS`);
each module keeps its own differences.  The tables below are what each pattern took
before the vocabulary was shared (recorded then, session 25): a change to one module's
reading shows here as a change to that module's row, not a silent change to all."""

from __future__ import annotations

import importlib

import pytest

from geo.text import direction_words as dw

AFTER = (
    " direction", " Direction", " directions", " axis", " axes", " axe", " district",
    " districts", " urban district", " municipal raion", " raion", " rayon", " area",
    " areas", " sector", " direction-wise", " directional",
)  # fmt: skip

#: What each pattern read after a name takes (``match`` at the name's end).
AFTER_TAKEN = {
    "directions._AFTER_NAME": {
        " direction", " Direction", " axis", " district", " urban district", " raion",
        " rayon", " area", " direction-wise",
    },
    "directions._PLURAL": {" directions", " axes", " districts", " areas"},
    "directions._DISTRICT_AFTER": {
        " district", " urban district", " municipal raion", " raion", " rayon",
    },
    "direction_names._DIRECTION_AFTER": {
        " direction", " Direction", " directions", " axis", " axes", " axe", " direction-wise",
    },
    "direction_names._PLURAL_DIRECTION": {" directions", " axes"},
    "trailing_directions._DIRECTION": {" direction", " Direction", " axis", " direction-wise"},
    "direction_partners._SECTOR_AFTER": {" direction", " Direction", " axis", " direction-wise"},
    "front_axes._AXIS": {" direction", " directions", " direction-wise"},
    "claims.same_places._AXIS": {" direction", " axis", " sector", " direction-wise"},
}  # fmt: skip

OPENERS = (
    "near ", "Near ", "around ", "outside ", "close to ", "outskirts of ", "vicinity of ",
    "toward ", "towards ", "the village of ", "villages of ", "settlement of ", "the town of ",
    "hamlets of ", "seized ", "captured ", "liberated ", "took ", "took control of ", "taken ",
    "occupied the ", "entered ", "stormed ", "shelled ", "struck ", "east of ",
    "southwestern of ", "city of ", "nearby ",
)  # fmt: skip
_SHARED_OPENERS = {
    "near ", "Near ", "around ", "outside ", "close to ", "outskirts of ", "vicinity of ",
    "toward ", "towards ", "the village of ", "villages of ", "settlement of ", "hamlets of ",
    "seized ", "captured ", "liberated ", "took control of ",
}  # fmt: skip
#: What each list opener takes (``search`` of the text before a name).
OPENERS_TAKEN = {
    # a direction's scope of sentences: a side of a village too
    "directions._NEAR": _SHARED_OPENERS | {"east of ", "southwestern of "},
    # a list its direction closes: "town of" and any verb of taking or striking
    "trailing_directions._NEAR": _SHARED_OPENERS
    | {"the town of ", "took ", "taken ", "occupied the ", "entered ", "stormed ", "shelled ",
       "struck "},
}  # fmt: skip

THE = (
    "the city", "the town", "the village", "the settlement", "the capital",
    "the regional capital", "the city of ", "the port of ", "the district capital of ",
    "the oblast centre", "the hamlet", "the City",
)  # fmt: skip
#: What each "the city" pattern takes (``match`` where the phrase starts).
THE_TAKEN = {
    "hints.directed._THE_PLACE": {
        "the city", "the town", "the village", "the settlement", "the capital", "the city of ",
        "the City",
    },
    "hints.directed._THE_PLACE_OF": {"the city of ", "the port of ", "the district capital of "},
    "spatial.vocabulary._THE_CITY": {
        "the city", "the town", "the village", "the settlement", "the regional capital",
        "the oblast centre", "the City",
    },
}  # fmt: skip


def _pattern(key: str):
    module, name = key.rsplit(".", 1)
    return getattr(importlib.import_module(f"geo.text.{module}"), name)


@pytest.mark.parametrize("key", sorted(AFTER_TAKEN))
def test_words_after_a_name(key: str) -> None:
    pattern = _pattern(key)
    assert {s for s in AFTER if pattern.match(s)} == AFTER_TAKEN[key]
    # what follows the word: a comma, a full stop, a line's end (also after a list)
    for tail in (",", ".", "\n", ""):
        for s in AFTER_TAKEN[key]:
            assert pattern.match(s + tail), (s, tail)


@pytest.mark.parametrize("key", sorted(OPENERS_TAKEN))
def test_list_openers(key: str) -> None:
    pattern = _pattern(key)
    for before in ("fighting ", "", "Fighting continued, ", "fighting\n"):
        assert {s for s in OPENERS if pattern.search(before + s)} == OPENERS_TAKEN[key]


@pytest.mark.parametrize("key", sorted(THE_TAKEN))
def test_the_city(key: str) -> None:
    pattern = _pattern(key)
    assert {s for s in THE if pattern.match(s)} == THE_TAKEN[key]


def test_front_axes_reads_a_run_of_names_before_directions() -> None:
    # front_axes alone steps over the rest of a list (hyphened names too) to the word
    axis = _pattern("front_axes._AXIS")
    assert axis.match(", Ivano-Darivka and Siversk directions")
    assert axis.match(" and Lyman directions")
    assert not axis.match(" and Lyman axes")


def test_any_of() -> None:
    assert dw.any_of("direction", "axis") == "(?:direction|axis)"
    assert dw.SECTORS == "(?:direction|axis)"

"""Where each list of names ends is found in one pass from the end (tester14b: a pasted
list of 7,000 names re-walked the rest of the list for each name: 100 KB took 18 s);
:func:`in_directions_list` reads it from there, with no walk of its own."""

from __future__ import annotations

import inspect

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.text import direction_names
from geo.text.direction_names import in_directions_list, list_ends, outside_regional_directions
from geo.text.directions import _LIST_GAP
from geo.text.tokens import Mention

_GAPS = st.sampled_from([", ", " and ", "; ", " near ", ", and ", " or ", ". "])


def _listed(names_and_gaps):
    text, mentions = "", []
    for k, (name, gap) in enumerate(names_and_gaps):
        start = len(text)
        text += name
        mentions.append(Mention(start, len(text), name.lower(), 2 * k, 2 * k))
        text += gap
    return text + "directions.", mentions


def _walked_end(text, mentions, k):
    """The end of mention ``k``'s run, walked name by name (the oracle)."""
    end = k
    while end + 1 < len(mentions) and _LIST_GAP.fullmatch(
        text, mentions[end].end, mentions[end + 1].start
    ):
        end += 1
    return end


@given(st.lists(st.tuples(st.sampled_from(["Lyman", "Sumy", "Slobozhanske"]), _GAPS),
                max_size=25))
def test_list_ends_are_the_walk_from_each_name(parts):
    text, mentions = _listed(parts)
    ends = list_ends(text, mentions)
    assert ends == [_walked_end(text, mentions, k) for k in range(len(mentions))]
    plural = direction_names._PLURAL_DIRECTION
    for k in range(len(mentions)):
        walked = plural.match(text, mentions[_walked_end(text, mentions, k)].end) is not None
        assert in_directions_list(text, mentions, k, ends) == walked


def test_the_ends_of_siblings_reach_past_a_gap_that_is_not_a_list_gap():
    # "Kharkiv; Lyman and Siversk directions": "Kharkiv" and "Lyman" are siblings
    # (a list read by containers), "; " joins no run: the sibling's run ends the list.
    text = "Kharkiv; Lyman and Siversk directions."
    ms = [Mention(0, 7, "kharkiv", 0, 0, siblings=(1,)), Mention(9, 14, "lyman", 2, 2),
          Mention(19, 26, "siversk", 4, 4)]
    ends = list_ends(text, ms)
    assert ends == [0, 2, 2]
    assert in_directions_list(text, ms, 0, ends)


def test_in_directions_list_has_one_path():
    with pytest.raises(TypeError):
        in_directions_list("Lyman directions", [Mention(0, 5, "lyman", 0, 0)], 0)
    assert "while" not in inspect.getsource(in_directions_list)  # no walk of its own


def test_a_long_list_of_direction_adjectives_is_walked_once(monkeypatch):
    text, mentions = _listed([("Slobozhanske", ", ")] * 2_999 + [("Slobozhanske", " ")])
    calls = []
    real = direction_names._LIST_GAP

    class Counting:
        def fullmatch(self, *args):
            calls.append(1)
            return real.fullmatch(*args)

    monkeypatch.setattr(direction_names, "_LIST_GAP", Counting())
    assert outside_regional_directions(text, mentions) == []  # every one a direction
    assert len(calls) < len(mentions)  # not len(mentions) ** 2 / 2

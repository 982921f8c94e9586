"""Where each list of names ends is found in one pass from the end (tester14b: a pasted
list of 7,000 names re-walked the rest of the list for each name: 100 KB took 18 s)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from geo.text import direction_names
from geo.text.direction_names import in_directions_list, list_ends, outside_regional_directions
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


@given(st.lists(st.tuples(st.sampled_from(["Lyman", "Sumy", "Slobozhanske"]), _GAPS),
                max_size=25))
def test_list_ends_are_the_walk_from_each_name(parts):
    text, mentions = _listed(parts)
    ends = list_ends(text, mentions)
    for k in range(len(mentions)):
        assert in_directions_list(text, mentions, k, ends) == in_directions_list(text, mentions, k)


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

"""The shortcuts of the toponym stage mark what the plain rules mark.

:func:`geo.text.front.mark_front` searches the text for a word of war only once a
mention has front-line candidates to mark; the plain rule searched every text first.
Both are run on generated texts (names with front-line namesakes, words of war, other
places) and must set the same marks. :data:`geo.text.directions._ANY_WORD` is asked of the
folded text (substring tests): it must find what the plain pattern finds.
Recognition asks whether a hyphen comes before a capital with ``str.find``: the same
answer as its pattern's search.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geo.text import arabic_articles, directions, front
from geo.text.recognition import find_mentions

pytestmark = pytest.mark.gazetteer

_PIECES = st.sampled_from(
    [
        "Artemovsk", "Krasnoarmeysk", "Dzerzhinsk", "Volchansk", "Kamianske", "New York",
        "Saratov", "Paris", "Moscow", "Kyiv", "Springfield", "troops", "Shelling",
        "front-line", "drones", "struck", "strikes near", "army", "the", "near", "in",
        "workers", "strike", "police", "forces", "and", ", ", ". ", " ", "\n",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=20).map(" ".join)


def _plain_marks(text, gaz, mentions):
    """The plain rule: a text with no word of war is left alone, before any mention is read."""
    if front._WAR.search(text) is None:
        return [None] * len(mentions)
    row, kind = gaz.row, gaz.kind
    marks = []
    for k, m in enumerate(mentions):
        keep = None
        if not m.demonym_country and len(m.candidates) >= 2:
            places = [(c.record, row(c.record)) for c in m.candidates
                      if kind(c.record) == "place"]
            inside = [(rec, r) for rec, r in places
                      if (r.country_code, r.admin1[0]) in front.FRONT_REGIONS]
            if inside and len(inside) < len(places):
                top = max(r.population for _, r in places
                          if (r.country_code, r.admin1[0]) not in front.FRONT_REGIONS)
                keep = frozenset(rec for rec, r in inside
                                 if top < front._NOTED or r.population >= front._SHARE * top)
                # A front town over front villages under a quarter its size, unless a
                # place named nearby lies next to the village or a negation follows.
                town = max((r.population for rec, r in inside if rec in keep), default=0)
                if town >= front._TOWN and not front.negation_follows(text, m.end):
                    small = [rec for rec, r in inside
                             if rec in keep and r.population < front._FRONT_SHARE * town]
                    if small:
                        keep = keep.difference(small).union(
                            front._with_neighbours(gaz, mentions, k, small))
        marks.append(keep or None)
    return marks


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@example("Fighting continues near Artemovsk.")
@example("Workers at Artemovsk went on strike.")
@example("Artemovsk and Dzerzhinsk , troops")
@given(_TEXTS)
def test_front_marks_are_the_plain_rules(gazetteer, text):
    mentions = find_mentions(text, gazetteer)
    expected = _plain_marks(text, gazetteer, mentions)
    front.mark_front(text, gazetteer, mentions)
    assert [m.front or None for m in mentions] == expected


def test_a_text_with_front_namesakes_but_no_war_word_is_not_marked(gazetteer):
    text = "Workers at Artemovsk and Dzerzhinsk went on strike."
    mentions = find_mentions(text, gazetteer)
    front.mark_front(text, gazetteer, mentions)
    assert mentions and not any(m.front for m in mentions)


_WORD_PIECES = st.sampled_from(
    [
        "direction", "Direction", "DIRECTION", "axis", "AXIS", "district", "raion", "Rayon",
        "area", "Area", "ar", "dir", "ra", "a", "d", "r", "x", " ", "\n", "é", "İ", "ſ", "K",
        "Siversk", "Kupiansk", "the", "near",
    ]
)  # fmt: skip


@given(st.lists(_WORD_PIECES, max_size=20).map("".join))
@example("in the Lyman AXIS")
@example("an areal view")
def test_the_direction_gate_finds_what_the_plain_pattern_finds(text):
    plain = re.compile(r"direction|axis|district|raion|rayon|area", re.IGNORECASE)
    fast = directions._ANY_WORD.search(text)
    slow = plain.search(text)
    assert (fast and fast.span()) == (slow and slow.span())
    assert directions._ANY_WORD.occurs_in(text) == (slow is not None)


@given(st.text(alphabet=st.sampled_from("-‐AZaz@[`\u00c0 \n.")))
@example("al-Fashir")
@example("pro-russian -")
def test_the_hyphen_capital_scan_finds_what_the_pattern_finds(text):
    assert arabic_articles._hyphen_capital(text) == (
        arabic_articles._HYPHEN_CAPITAL.search(text) is not None
    )


@given(st.text(alphabet=st.sampled_from("ab \t\n\u00a0\u2009\u3000\u200bK")))
@example("Kyiv\tOblast")
@example("San\u00a0Francisco")
def test_plain_spaces_of_an_ascii_text_reads_only_its_tabs(text):
    """An ASCII text's one odd space is the tab: the shortcut gives what the pattern gives."""
    from geo.text import plain_text

    plain = text.translate(plain_text._TO_SPACE) if plain_text._ODD_SPACES.search(text) else text
    assert plain_text.plain_spaces(text) == plain

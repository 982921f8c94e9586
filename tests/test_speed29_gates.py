"""Session 29's cuts (speed29): work asked only where its answer is used, so the
analyses stay the same bytes.

- ``claims.enemy_claims``: a claim's words are searched for "the enemy's claims" only
  when its side lets it answer another side and another side's claim lies within reach
  (the drafts before are read first), and only in a span that holds one of the
  pattern's nouns (folded as ``re.IGNORECASE`` reads them); the search is made once
  for both the targets and the denial's words.
"""

from __future__ import annotations

import itertools
from types import SimpleNamespace

import pytest

import geo.text.claims.enemy_claims as enemy
from geo.text.claims.sides import INDEPENDENT


def _named_ungated(text: str, d) -> object:
    m = enemy._NAMES_ENEMY_CLAIMS.search(text, enemy.quote_start(text, d.start), d.end)
    return None if m is None else m.span()


def _targets_ungated(text: str, d, before, drafts) -> list:
    """``enemy_claim_targets`` as written before the cut: the pattern first."""
    side = d.side
    if side == INDEPENDENT or (side is not None and before is not None and before.side != side):
        return []
    named = enemy._NAMES_ENEMY_CLAIMS.search(text, enemy.quote_start(text, d.start), d.end)
    if named is None or (side is None and enemy._ENEMY_WORD.search(named.group()) is None):
        return []
    found = []
    for n, c in enumerate(reversed(drafts)):
        if n >= enemy._BACK_DRAFTS or d.first - c.last > enemy._BACK_SENTENCES:
            break
        if c is d or c.source in (None, d.source) or c.side in (None, INDEPENDENT, side):
            continue
        if found and c.source != found[0].source:
            break
        found.append(c)
    return found


_SPANS = [
    "The claims of the enemy are false, said Viktor Trehubov.",
    "THE ENEMY'S REPORTS ARE LIES, the spokesman said.",
    "These are the occupiers' usual fantasies, he said.",
    "Moscow's assertions were untrue, Kyiv said.",
    "Russian Claims about the village are fairy-tales.",
    "The enemy's ſtatements are fabrications.",  # a long s: re.IGNORECASE reads "s"
    "The enemy's \u212along list of inventions.",  # the Kelvin sign: "k"
    "İnvaders' allegations were dismissed.",
    'He said: "No. The enemy\'s claims are false," the officer said.',
    "Troops repelled 14 assaults near the village, the General Staff said.",
    "Fighting continued near Pokrovsk, the brigade said.",
]


@pytest.mark.parametrize("text", _SPANS)
def test_the_gated_search_finds_what_the_pattern_finds(text):
    d = SimpleNamespace(start=text.find(" ") + 1 if text.startswith("He") else 0, end=len(text))
    found = enemy._names_enemy_claims(text, d)
    assert (None if found is None else found.span()) == _named_ungated(text, d)


def test_a_span_without_a_claim_noun_is_not_searched(monkeypatch):
    class Refuses:
        def search(self, *args):
            raise AssertionError("searched")

    monkeypatch.setattr(enemy, "_NAMES_ENEMY_CLAIMS", Refuses())
    text = "Troops repelled 14 assaults near the village, the General Staff said."
    assert enemy._names_enemy_claims(text, SimpleNamespace(start=0, end=len(text))) is None


def _draft(source, side, first, start=0, end=0):
    return SimpleNamespace(source=source, side=side, first=first, last=first, start=start,
                           end=end, statuses=[], responds_to=None)


_SIDES = (None, INDEPENDENT, "UA", "RU")


@pytest.mark.parametrize(
    ("text", "d_side", "b_side", "c_side"),
    list(itertools.product(_SPANS[:4] + _SPANS[-2:], _SIDES, _SIDES, _SIDES)),
)
def test_the_targets_are_the_ones_the_pattern_first_gave(text, d_side, b_side, c_side):
    # the other side's claim two sentences back, the claim just before, then ``d``
    c = _draft("the Defence Ministry", c_side, 0)
    before = _draft("the General Staff", b_side, 1)
    d = _draft("Viktor Trehubov", d_side, 2, 0, len(text))
    drafts = [c, before, d]
    ctx = SimpleNamespace(text=text)
    expected = _targets_ungated(text, d, before, drafts)
    assert enemy.enemy_claim_targets(ctx, d, before, drafts) == expected
    calls = []
    enemy.answer_enemy_claims(ctx, d, before, drafts, lambda _c, a, b: calls.append(b) or True)
    denied = [e for e in drafts if e.statuses]
    assert calls + denied == expected  # each target answered, or denied by its noun

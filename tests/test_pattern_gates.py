"""The substring tests that gate a pattern's search pass wherever the pattern matches:
skipping the search where they fail changes no answer."""

from __future__ import annotations

import random

from geo.text.claims.gates import folded_holds
from geo.text.claims.loss_denials import _DENIAL_WORDS, _LOSS_DENIAL
from geo.text.claims.matched_findings import _EVIDENCE, _EVIDENCE_WORDS
from geo.text.claims.owned_tolls import _OWNED_TOLL, _TOLL_AFTER
from geo.text.fold import folded


def _texts(pieces: list[str], seed: str, n: int = 4000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def _check(pattern, gate, texts: list[str]) -> int:
    """Every text the pattern matches passes the gate; the number of matched texts."""
    matched = 0
    for text in texts:
        if pattern.search(text) is not None:
            matched += 1
            assert gate(text), text
    return matched


def test_evidence_gate() -> None:
    pieces = ["Satellite ", "IMAGES ", "footage", "Videos ", "photographs ", "pictures",
              "imagery ", "reviewed ", "by ", "ſ", "K", " ", "x"]
    texts = _texts(pieces, "evidence")
    assert _check(_EVIDENCE, lambda t: folded_holds(t, 0, len(t), _EVIDENCE_WORDS), texts)


def test_loss_denial_gate() -> None:
    pieces = ["DENIED ", "denies ", "Deny ", "denying ", "Rejected claims of ", "having ",
              "lost", "losing ", "that its ", "forces ", "had ", "withdrawn", " "]
    texts = _texts(pieces, "denial")
    assert _check(_LOSS_DENIAL, lambda t: folded_holds(t, 0, len(t), _DENIAL_WORDS), texts)


def test_owned_toll_gate() -> None:
    rng = random.Random("toll")
    texts = []
    for _ in range(4000):  # "..., against the army's count of 12", in any case
        parts = [rng.choice([",", ""]), rng.choice([" ", "  "]),
                 rng.choice(["against", "versus", "vs.", "compared with", "whereas"]), " ",
                 rng.choice(["the ", ""]), rng.choice(["army", "RSF", "UN"]),
                 rng.choice(["’s", "'s", "’", "'S", "ſ"]), rng.choice([" ", "\n"]),
                 rng.choice(["own ", ""]),
                 rng.choice(["count", "toll", "death  toll", "figure", "Tally", "estimateS"]),
                 rng.choice([" of ", "  of\t", " on "]), rng.choice(["12", "x", " "])]
        texts.append("".join(c.upper() if rng.random() < 0.2 else c for c in "".join(parts)))
    assert _check(_OWNED_TOLL, lambda t: _TOLL_AFTER.search(folded(t)) is not None, texts) > 500

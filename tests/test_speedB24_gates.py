"""The claims rules' gates (session 24, speedB24): ``may_act`` (an armed force's word in a
sentence that is no line), asked by ``linking._reported_action`` before its pattern, and
the dateline state remembered per text.  (speedB24's early return in ``_reported_event``
was dropped at the merge: tclaims24's passive events, "Kupiansk has been shelled again",
need no armed force's word.)"""

from __future__ import annotations

import pytest

import geo.text.claims.extract as extract
from geo.text.claims.event_gates import may_act
from geo.text.claims.parties import filing_state


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The river runs through the city.", False),
        ("Russian TROOPS shelled the village.", True),  # any case
        ("Warplanes struck the depot.", True),
        ("Heavy rain fell on Tuesday.", False),
    ],
)
def test_may_act(text, expected):
    sent = extract.split_sentences(text)[0]
    assert may_act(text, sent) is expected


def test_filing_state_remembered_is_the_same():
    texts = ["MOSCOW, March 3 /TASS/. Russian forces took a village.", "KYIV (Reuters) - A."]
    first = [filing_state(t) for t in texts]
    filing_state.cache_clear()
    assert [filing_state(t) for t in texts] == first == ["RU", None]

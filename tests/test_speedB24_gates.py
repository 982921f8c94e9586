"""The claims rules' gates (session 24, speedB24): a rule asks its necessary words first,
and its answers are those of the rule without the gate, on the eval corpora's sentences
and on generated ones."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geo.text.claims.extract as extract
import geo.text.claims.linking as linking
from geo.text.claims import extract_claims
from geo.text.claims.event_gates import may_act
from geo.text.claims.parties import filing_state
from geo.text.geoparse import geoparse

_EVAL = Path(__file__).resolve().parent.parent / "eval"
_TEXTS = [p.read_text() for d in ("frontline", "claims") for p in sorted((_EVAL / d).glob("*.txt"))]


#: ``_reported_action``'s words as written before :mod:`.event_gates` (not imported from it).
_OLD_WORDS = ("forces", "troops", "army", "units", "soldiers", "fighters", "militants",
              "rebels", "drones", "missiles", "strikes", "artillery", "jets", "warplanes",
              "aircraft", "navy")  # fmt: skip


def _ungated(ctx, sent, date_spans, quantities):
    """``_reported_event`` as it was before its gate: every test in its old order, and
    ``_reported_action`` written out."""
    s, e, text = sent.start, sent.end, ctx.text
    if (
        text.find("ince", s, e) >= 0
        and linking._SINCE.search(text, s, e)
        and linking._STANDING_STATE.search(text, s, e)
    ):
        return False
    if linking.long_ago(ctx, s, e, date_spans) or (
        linking.holds(text, s, e, ("years", "decades")) and linking._FOR_YEARS.search(text, s, e)
    ):
        return False
    inside = [i for i in ctx.quantities.inside(s, e) if quantities[i].unit]
    if not inside:
        if sent.line or not any(map(text[s:e].lower().__contains__, _OLD_WORDS)):
            return False
        act = linking._MILITARY_ACTION.search(text, s, e)
        if act is None or linking._BACKGROUND.search(text, max(s, act.start() - 40), act.start()):
            return False
        return bool(ctx.literal_places(s, e)) and not linking._described(text, s, e)
    if len(list(islice(linking._WORDS.finditer(text, s, e), 3))) < 3:
        return False
    if linking._described(text, s, e):
        return False
    return ctx.dates.any_inside(s, e) or ctx.places.any_inside(s, e)


def _compared(texts, gazetteer):
    """Run the claims of ``texts`` (their places found with ``gazetteer``) with
    ``_reported_event`` answered both ways: the number of sentences asked, of those the
    rule said yes to, and the sentences whose answers differ."""
    asked, yes, differ = [0], [0], []
    gated = extract._reported_event

    def both(ctx, sent, date_spans, quantities):
        got = gated(ctx, sent, date_spans, quantities)
        asked[0] += 1
        yes[0] += got
        if got != _ungated(ctx, sent, date_spans, quantities):
            differ.append(ctx.text[sent.start : sent.end])
        return got

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(extract, "_reported_event", both)
        for text in texts:
            extract_claims(text, geoparse(text, gazetteer))
    return asked[0], yes[0], differ


@pytest.mark.gazetteer
def test_gate_answers_as_the_rule_on_the_eval_texts(gazetteer):
    asked, yes, differ = _compared(_TEXTS, gazetteer)
    assert asked > 1000 and yes > 50 and differ == []


_WORDS = st.sampled_from(
    "Russian troops forces shelled captured near Kupiansk since 2021 for years 12 drones "
    "were downed Overnight , . the river city said 40 km killed Army units advanced "
    "Warplanes struck Navy ARTILLERY ince decades March".split()
)


@pytest.mark.gazetteer
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=14), min_size=1, max_size=4))
def test_gate_answers_as_the_rule_on_generated_texts(gazetteer, sentences):
    text = "\n\n".join(" ".join(words) + "." for words in sentences)
    *_, differ = _compared([text], gazetteer)
    assert differ == []


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

"""A place in a region the text names outright gains over namesakes in regions it never
speaks of ("Huntsville ... Texas": the Texan town), unless a capital or a city of a
million shares the name (Washington, London) or another namesake lies in a region the
text speaks of too (Lyman, with Kharkiv Oblast named, in a text on Donetsk's front)."""

import pytest

import geo.text.evidence as evidence
import geo.text.resolution as resolution
from geo.text.evidence import DEFAULT_WEIGHTS, Weights
from geo.text.hints import read_hints
from geo.text.recognition import find_mentions

pytestmark = pytest.mark.gazetteer


def scores(gazetteer, text, name, weights, monkeypatch):
    """{(admin-1 code, country code): score} of ``name``'s candidate places."""
    seen: dict = {}
    original = evidence.score_candidates  # never a capture left by an earlier call

    def capture(gaz, w, m, *args, **kwargs):
        out = original(gaz, w, m, *args, **kwargs)
        if text[m.start : m.end] == name:
            for rec, s in out.items():
                if gaz.kind(rec) == "place":
                    seen[(gaz.admin1(rec)[0], gaz.country_code(rec), rec)] = s
        return out

    monkeypatch.setattr(resolution, "score_candidates", capture)
    mentions = find_mentions(text, gazetteer)
    resolution.resolve(mentions, gazetteer, weights=weights, hints=read_hints(text, mentions))
    return seen


def test_a_town_in_the_named_region_gains(gazetteer, monkeypatch):
    text = "A Huntsville man was arrested after a standoff, Texas authorities said."
    with_it = scores(gazetteer, text, "Huntsville", DEFAULT_WEIGHTS, monkeypatch)
    without = scores(gazetteer, text, "Huntsville", Weights(named_region=0.0), monkeypatch)
    texan = [k for k in with_it if k[:2] == ("TX", "US")]
    assert texan
    for k in with_it:
        gain = with_it[k] - without[k]
        assert gain == pytest.approx(DEFAULT_WEIGHTS.named_region if k in texan else 0.0)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("WASHINGTON officials met. Pennsylvania lawmakers said the bill was dead.",
         "WASHINGTON"),
        ("London was quiet. Ontario officials said the storm had passed.", "London"),
    ],
)
def test_no_gain_against_a_capital(gazetteer, monkeypatch, text, name):
    with_it = scores(gazetteer, text, name, DEFAULT_WEIGHTS, monkeypatch)
    without = scores(gazetteer, text, name, Weights(named_region=0.0), monkeypatch)
    assert with_it and with_it == without

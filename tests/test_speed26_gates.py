"""Session 26's gates (speed26): conditions asked before a costly pattern, each only a
necessary condition of what the pattern's match is used for, so the analyses stay the
same bytes.

- ``claims.answer_gates``: a claim's span is searched for a contradiction by
  ``answers._answer`` only when the speakers are not of one side, and for a concession
  only when the sides let it concede and the claim before states a capture; a miss needs
  the word "missed".
- ``stated_after.region_after``: a region stated right after a name begins with "in" or
  ", "; after anything else no pattern is tried and no candidate read.
"""

from __future__ import annotations

import itertools
import re
from types import SimpleNamespace

import pytest

import geo.text.claims.answer_gates as gates
import geo.text.claims.answers as answers
import geo.text.stated_after as stated_after
from geo.analysis import analyze
from geo.text.bare_regions import _COMMA_BARE, _IN_BARE, stated_region_after
from geo.text.claims.sides import INDEPENDENT
from geo.text.geoparse import geoparse

_SIDES = (None, INDEPENDENT, "UA", "RU")


@pytest.mark.parametrize(
    ("d_side", "b_side", "party"),
    list(itertools.product(_SIDES, _SIDES, (None, "", "Rapid Support Forces"))),
)
def test_concession_sides_is_what_the_concession_asks_of_the_sides(d_side, b_side, party):
    d = SimpleNamespace(side=d_side)
    before = SimpleNamespace(side=b_side, party=party)
    # The three cases of ``_answer``'s concession, their sides' parts as written there.
    state_against_another = d_side not in (None, INDEPENDENT) and b_side not in (
        None,
        INDEPENDENT,
        d_side,
    )
    state_against_party = d_side not in (None, INDEPENDENT) and b_side is None and bool(party)
    no_side_against_state = d_side is None and b_side not in (None, INDEPENDENT)
    expected = state_against_another or state_against_party or no_side_against_state
    assert gates.concession_sides(d, before) is expected


def _misses_ungated(text: str, d) -> bool:
    m = gates._F_CONTRADICTION.search(text, d.start, d.end)
    return m is not None and gates._MISSED.search(m.group()) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A U.S. official said the missile had missed.", True),
        ("A U.S. official said the missile had MISSED the ship.", True),
        ("The Houthis said the missile missed its target.", True),
        ("The missile was not missed by anyone.", False),  # no contradiction that says so
        ("Officials said fighting continued near the port.", False),
        ("The drone hit the tanker, the navy said.", False),
    ],
)
def test_misses_is_the_ungated_answer(text, expected):
    d = SimpleNamespace(start=0, end=len(text))
    assert gates.misses(text, d) is expected
    assert _misses_ungated(text, d) is expected


def test_misses_does_not_search_a_span_without_the_word(monkeypatch):
    class Refuses:
        def search(self, *args):
            raise AssertionError("searched")

    monkeypatch.setattr(gates, "_F_CONTRADICTION", Refuses())
    text = "Officials said fighting continued near the port."
    assert gates.misses(text, SimpleNamespace(start=0, end=len(text))) is False


#: Claims that answer each other: disputes, concessions, misses, and sides alike.
_ANSWERING = [
    "Russia's Defence Ministry said its forces captured Kupiansk. Ukraine's General Staff "
    "said fighting continued in the town. Ukrainian commanders said they had withdrawn "
    "from Kupiansk.",
    "The Houthis said they scored a direct hit on the ship. UKMTO said a missile landed a "
    "mile away. A U.S. official said the missile had missed.",
    "The RSF said it took Bara. A military source said troops had withdrawn from Bara.",
    "Russian bloggers claimed troops entered Siversk. Another Russian blogger denied this "
    "claim and said fighting continues.",
    "The MNDAA said it captured Lashio. The army said it had pulled its troops out of the town.",
]


@pytest.mark.gazetteer
@pytest.mark.parametrize("text", _ANSWERING)
def test_answers_gated_and_ungated_are_the_same(gazetteer, monkeypatch, text):
    gated = analyze(text, gazetteer=gazetteer).to_dict()
    monkeypatch.setattr(answers, "concession_sides", lambda d, before: True)
    monkeypatch.setattr(answers, "misses", _misses_ungated)
    assert analyze(text, gazetteer=gazetteer).to_dict() == gated


#: What may follow a name: regions stated ("in the Donetsk region", ", North Kivu", "in
#: South Kivu"), and what states none.
_AFTER = [
    " in the Donetsk region", " in Ukraine's Kharkiv Region", ", in the Luhansk oblast",
    "\nin the Donetsk region", ",  in Zaporizhzhia Oblast", ", North Kivu.", " in South Kivu",
    ", in North Darfur", ", Khyber Pakhtunkhwa province", " said on Monday", "'s mayor",
    ". In the Donetsk region", " (Donetsk region)", "-based", ",North Kivu", " inside the town",
    " in", ", ", "",
]  # fmt: skip


@pytest.mark.gazetteer
@pytest.mark.parametrize("after", _AFTER)
def test_every_stated_region_passes_the_gate(gazetteer, after):
    text = "Fighting near Minova" + after
    end = len("Fighting near Minova")
    states = (
        stated_after._IN_REGION.match(text, end)
        or _IN_BARE.match(text, end)
        or _COMMA_BARE.match(text, end)
        or stated_region_after(text, end, gazetteer)
        or stated_after.region_after_name(text, end, gazetteer)
    )
    if states:
        assert stated_after._STATES_AFTER.match(text, end) is not None


@pytest.mark.gazetteer
def test_region_after_gated_and_ungated_are_the_same(gazetteer, monkeypatch):
    cases = [
        (f"Fighting near {name}{after}", len(f"Fighting near {name}"), name)
        for name in ("Minova", "Makedonivka", "Mir Ali", "Charlotte", "Tillaberi", "Kyiv")
        for after in _AFTER
    ]

    def read():
        out = []
        for text, end, name in cases:
            mention = SimpleNamespace(end=end, candidates=gazetteer.lookup(name))
            out.append(stated_after.region_after(text, mention, gazetteer))
        return out

    gated = read()
    monkeypatch.setattr(stated_after, "_STATES_AFTER", re.compile(""))
    assert read() == gated
    assert sum(map(bool, gated)) >= 10  # regions are stated, and read


_DEFINED = [
    "Russian forces shelled Makedonivka in the Donetsk region on Sunday.",
    "M23 rebels seized Minova, South Kivu, after clashes with the army.",
    "Militants attacked Mir Ali in Khyber Pakhtunkhwa, police said.",
    "Hamilton is a town in Skagit County, Washington, United States.",
    "Shelling hit Makedonivka, in the Donetsk oblast. Kyiv said Pisky held.",
    "Bank of America in Charlotte said Tillaberi in Niger was calm.",
]


@pytest.mark.gazetteer
@pytest.mark.parametrize("text", _DEFINED)
def test_definitions_gated_and_ungated_are_the_same(gazetteer, monkeypatch, text):
    gated = [t.to_dict() for t in geoparse(text, gazetteer)]
    monkeypatch.setattr(stated_after, "_STATES_AFTER", re.compile(""))  # every name tried
    assert [t.to_dict() for t in geoparse(text, gazetteer)] == gated


@pytest.mark.gazetteer
def test_actor_marks_and_metonymy_share_the_memo(gazetteer):
    """``mark_actors`` (recognition) and ``is_metonymic`` (the metonymy marks) ask
    ``names_an_actor`` the same question of a country's name: the second is remembered
    (lru_cache keys hold the keywords as written, so both give ``seat``)."""
    from geo.text.metonymy import names_an_actor

    text = "Russia said its forces captured Pokrovsk. Moscow denied striking Kyiv."
    names_an_actor.cache_clear()
    analyze(text, gazetteer=gazetteer, stages=("toponyms",))
    info = names_an_actor.cache_info()
    assert info.hits >= 1 and info.misses >= 1


def test_previous_claim_reads_no_answer_too_far_back(monkeypatch):
    """``extract._previous_claim`` asks which claim a reaction answers only of a claim
    close enough to be answered (two sentences back at most): the same claim as before."""
    import geo.text.claims.extract as extract
    from geo.text.claims.context import _Draft

    text = (
        "Kyiv said its forces held the town. The weather was cold. Markets were shut. "
        "Schools stayed open. Moscow denied it."
    )
    sentences = extract.split_sentences(text)
    first = sentences[0]
    drafts = [_Draft(first.start, first.end, "Kyiv", "said", "org", "", 0, 0, 0)]
    asked = []

    def answered(text, drafts, d, start, end):
        asked.append(start)
        return d

    monkeypatch.setattr(extract, "answered_claim", answered)
    assert extract._previous_claim(drafts, sentences, 4, text) is None  # four back
    assert asked == []
    assert extract._previous_claim(drafts, sentences, 2, text) is drafts[0]  # two back
    assert asked == [sentences[2].start]

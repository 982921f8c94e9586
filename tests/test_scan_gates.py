"""Scans asked only where a match may be (speed13): the same matches as the plain
pattern, on texts drawn from the words each pattern reads, spaces and punctuation."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geo.text import agents, arabic_articles, water
from geo.text.claims import attribution, contested

_GAPS = [" ", "  ", "\n", "\t", "", ", ", ". ", "; ", "— ", "\u00a0", "-", "’", "_"]


def _texts(pieces: list[str]):
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(_GAPS)), max_size=14
    ).map(lambda parts: "".join(p + g for p, g in parts))


_ATTRIBUTION = [
    "according", "According", "ACCORDING", "to", "per", "Per", "PER", "super", "Perhaps",
    "the", "its", "their", "his", "her", "Kyiv", "Russia", "governor", "said", "20",
    "paper", "percent",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_texts(_ATTRIBUTION), st.integers(0, 6), st.integers(0, 6))
@example("Shelling went on, according to the governor.", 0, 0)
@example("Per the regional governor, two died; per its Telegram, none", 0, 0)
@example("x. Per Kyiv, it was 20 per day, ACCORDING to him", 2, 0)
@example("Per the governor", 1, 0)
def test_according_matches_are_finditer(text, cut_start, cut_end):
    start, end = min(cut_start, len(text)), max(0, len(text) - cut_end)
    found = [m.span() for m in attribution._according_matches(text, start, end)]
    assert found == [m.span() for m in attribution._ACCORDING.finditer(text, start, end)]


_CONTESTED = [
    "despite", "Despite", "in", "spite", "of", "notwithstanding", "contrary", "to", "amid",
    "the", "Russian", "milbloggers'", "Moscow’s", "claims", "claim", "reports", "made", "by",
    "that", "That", "troops", "took", "Kyiv",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_texts(_CONTESTED), st.integers(0, 6))
@example("Troops hold Kyiv, despite Moscow’s claims that it fell.", 0)
@example("Troops hold it amid claims by Russian milbloggers that they took it", 0)
@example("It stands, contrary to reports made by the Russian army that it fell", 0)
@example("It stands, notwithstanding Russian milbloggers' claims that it fell", 0)
@example("It stands in spite of the claims by Moscow that it fell", 3)
def test_contested_search_is_the_pattern_search(text, cut):
    start = min(cut, len(text))
    m = contested._contested(text, start, len(text))
    plain = contested._CONTESTED.search(text, start, len(text))
    assert (m and m.span()) == (plain and plain.span())


_AGENTS = [
    "held", "HELD", "captured", "taken", "lost", "by", "By", "BY", "bY", "near", "the",
    "village", "Village", "settlement", "which", "Moscow", "Kyiv", "seized", "controls",
    "had", "finally", "captured", "razed",
]  # fmt: skip


def _plain_by_agent(text: str, s: int) -> bool:
    return agents._BY_AGENT_BEFORE.search(text, max(0, s - agents._LOOK_BEHIND), s) is not None


def _plain_names_an_agent(text: str, s: int, e: int) -> bool:
    # the rule's last lines as they were written before the cheap test was moved first
    if agents._OUTLET_AFTER.match(text, e) or agents._REGIME_AFTER.match(text, e):
        return True
    if agents._PRESSURE_AFTER.match(text, e) or _plain_by_agent(text, s):
        return True
    before = text[max(0, s - agents._LOOK_BEHIND) : s]
    if agents._VILLAGE_BEFORE.search(before):
        return False
    return bool(agents._CLAUSE_HEAD_BEFORE.search(before)) and bool(
        agents._CONQUEST_AFTER.match(text, e)
    )


@settings(max_examples=400, deadline=None)
@given(_texts(_AGENTS), _texts(_AGENTS))
@example("the last cities held by ", " in the region")
@example("the towns captured BY\n", "")
@example("the towns taken bY  ", "")
@example("the lands that ", " captured in 2014")
@example("the lands which ", " had finally seized")
@example("the village ", " captured in July")
@example("near ", " captured by Kyiv")
def test_agent_rules_are_the_plain_rules(before, after):
    text = f"{before}Moscow{after}"
    s, e = len(before), len(before) + len("Moscow")
    assert agents.by_agent(text, s) == _plain_by_agent(text, s)
    assert agents.names_an_agent(text, s, e) == _plain_names_an_agent(text, s, e)


_THE = ["the", "The", "THE", "other", "Bathe", "_the", "Dnipro", "Mediterranean", "northern",
        "Black", "Sea", "river", "1the"]  # fmt: skip
#: ``water._THE_NAME`` as it was written, with a word boundary first.
_PLAIN_THE_NAME = re.compile(water._THE_NAME.pattern.replace(r"[Tt](?<!\w[Tt])he", r"\b[Tt]he", 1))


@settings(max_examples=300, deadline=None)
@given(_texts(_THE))
@example("The Dnipro and the Mediterranean; Bathe Sea, other Black")
@example("_the Dnipro 1the Dnipro the northern Black Sea")
def test_the_name_finds_what_a_word_boundary_finds(text):
    assert _PLAIN_THE_NAME.pattern != water._THE_NAME.pattern
    spans = [m.span("name") for m in water._THE_NAME.finditer(text)]
    assert spans == [m.span("name") for m in _PLAIN_THE_NAME.finditer(text)]


_ARTICLES = ["al", "el", "ash", "ath", "ud", "as", "sh", "Al", "x", "1", "Fashir", "Arish",
             "Sultan", "-", "‐", "a"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_texts(_ARTICLES))
@example("al-Fashir, el-Arish and Tal ash-Shaam; xal-Y 1al-Y al‐Z ath-Th")
def test_article_starts_are_the_pattern_matches(text):
    assert arabic_articles._article_starts(text) == [
        m.start() for m in arabic_articles._ARTICLE_HEAD.finditer(text)
    ]


_SENTENCES = ["Kyiv", "said", ".", "!", "?", "\n", "”", ")", "(", "“", "2", "a", "B"]
#: ``geo.text.sentences._SENTENCE_END`` as it was written, opening with alternatives.
_PLAIN_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“(]?[A-Z0-9])|\n")


@settings(max_examples=400, deadline=None)
@given(_texts(_SENTENCES))
@example("It fell. Kyiv said!\n\n“Then” (it) ended? 2 more.) A\n")
def test_sentence_ends_are_the_plain_pattern_ends(text):
    from geo.text import sentences

    assert [m.span() for m in sentences._SENTENCE_END.finditer(text)] == [
        m.span() for m in _PLAIN_SENTENCE_END.finditer(text)
    ]

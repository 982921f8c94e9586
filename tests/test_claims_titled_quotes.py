"""Wire and Ukrainska Pravda forms of attribution: a capitalised title in apposition
("Ivan Fedorov, Head of Zaporizhzhia Oblast Military Administration, said"), a reduced
passive before the speaker ("BREAKING: Explosions reported in Odesa, ..."), quotation
labels ('Quote from Fedorov: "..."'), a dateline with no place, and a claim's badge on
the town it names rather than the region around it."""

from __future__ import annotations

import pytest

import geo
from geo.render.scene import build_scene
from geo.text.claims.vocab import opens_description
from geo.text.stated_date import stated_date


def _claims(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.source, c.cue, c.side) for c in geo.analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "source", "side"),
    [
        ("Ivan Fedorov, Head of Zaporizhzhia Oblast Military Administration, said the city "
         "was attacked.", "Ivan Fedorov", "UA"),
        ("Oleh Syniehubov, Head of the Kharkiv Regional State Administration, said two people "
         "were wounded in Kupiansk.", "Oleh Syniehubov", "UA"),
        ("Oleksandr Syrskyi, Commander-in-Chief of the Armed Forces of Ukraine, said the "
         "brigade held its positions.", "Oleksandr Syrskyi", "UA"),
        ("Vyacheslav Gladkov, Governor of the Belgorod Region, said a drone hit a car in "
         "Shebekino.", "Vyacheslav Gladkov", "RU"),
        ("Maria Zakharova, Spokeswoman for the Russian Foreign Ministry, said the reports "
         "were false.", "Maria Zakharova", "RU"),
    ],
)
def test_a_capitalised_title_in_apposition_keeps_its_speaker(text, source, side):
    ((got_source, cue, got_side),) = _claims(text)
    assert (got_source, cue, got_side) == (source, "said", side)


def test_a_later_surname_goes_on_with_the_titled_speaker():
    text = (
        "Oleh Syniehubov, Head of Kharkiv Oblast Military Administration, said two people "
        "were wounded. Later, Syniehubov reported that Russian forces had also struck Chuhuiv."
    )
    assert [(s, side) for s, _, side in _claims(text)] == [
        ("Oleh Syniehubov", "UA"),
        ("Oleh Syniehubov", "UA"),
    ]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Head", "of", "Zaporizhzhia"], True),
        (["Commander-in-Chief", "of", "the"], True),
        (["Governor"], True),
        (["Head"], False),  # "Jane Doe, Head, said": no description
        (["Ukraine's", "Defence", "Ministry"], False),
    ],
)
def test_opens_description(words, expected):
    assert opens_description(words) is expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("BREAKING: Explosions reported in Odesa, Ukraine's air force says ballistic "
         "missiles were launched from Crimea.", "Ukraine's air force"),
        ("Heavy fighting reported near Pokrovsk, Russia's Defence Ministry claims.",
         "Russia's Defence Ministry"),
        ("UPDATE: Blasts reported in Kyiv, the mayor says.", "the mayor"),
    ],
)
def test_an_event_reported_somewhere_is_no_speaker(text, source):
    assert [s for s, _, _ in _claims(text)] == [source]


def test_fighting_reported_before_a_speaker_of_another_clause():
    assert [s for s, _, _ in _claims("Fighting reported in Pokrovsk as Russia claims gains.")] == [
        "Russia"
    ]


def test_quote_labels_name_their_speaker():
    named = (
        "Ivan Fedorov, head of the oblast military administration, reported an attack.\n\n"
        'Quote from Fedorov: "The enemy attacked Zaporizhzhia with drones. Seven people '
        'were injured."'
    )
    claims = geo.analyze(named).claims
    assert [c.source for c in claims] == ["Ivan Fedorov"] * 3
    assert [c.cue for c in claims[1:]] == [":", ":"]
    bare = (
        "Ivan Fedorov, head of the oblast military administration, reported an attack.\n\n"
        'Quote: "The enemy attacked Zaporizhzhia with drones."'
    )
    assert [c.source for c in geo.analyze(bare).claims] == ["Ivan Fedorov", "Ivan Fedorov"]
    alone = 'Quote from Ivan Fedorov: "The enemy attacked Zaporizhzhia with drones."'
    assert [c.source for c in geo.analyze(alone).claims] == ["Ivan Fedorov"]
    # No one named before a bare label: no speaker is made up.
    assert not geo.analyze('Quote: "The enemy attacked Zaporizhzhia with drones."').claims


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Nov 28, 2026 (Reuters) - Here are the towns where fighting is heaviest.", "2026-11-28"),
        ("28 November 2026 (AFP) — Troops cleared the town.", "2026-11-28"),
        ("Nov. 28, 2026 (AP) -- Troops cleared the town.", "2026-11-28"),
    ],
)
def test_a_dateline_with_no_place_dates_the_article(text, iso):
    found = stated_date(text)
    assert found is not None and found[0].isoformat() == iso


def test_a_chronology_entry_is_no_dateline():
    assert stated_date("Nov 28, 2026 - Troops cleared the town.") is None


def test_a_factbox_dateline_anchors_a_weekday():
    text = (
        "FACTBOX-Key front-line towns\n\n"
        "Nov 28, 2026 (Reuters) - Here are some of the towns, according to officials:\n\n"
        "* KUPIANSK - Ukraine's General Staff said on Wednesday its forces had cleared the town.\n"
    )
    d = geo.analyze(text).to_dict()
    assert d["date"] == "2026-11-28"
    assert d["claims"][-1]["dates"][0]["start"] == "2026-11-25"


def test_a_claims_badge_sits_on_the_town_not_its_region():
    a = geo.analyze(
        "A Russian missile strike on the town of Chuhuiv in Ukraine's Kharkiv region killed "
        "three people, Governor Oleh Syniehubov said."
    )
    chuhuiv = next(t.place for t in a.toponyms if t.text == "Chuhuiv")
    (badge,) = build_scene(a).claims
    assert (badge.lat, badge.lon) == (chuhuiv.lat, chuhuiv.lon)


def test_a_claim_of_a_region_alone_keeps_its_badge_on_the_region():
    a = geo.analyze("Russian forces shelled the Kharkiv region overnight, the governor said.")
    (badge,) = build_scene(a).claims
    assert abs(badge.lat - 49.5) < 1.5 and abs(badge.lon - 36.5) < 1.5

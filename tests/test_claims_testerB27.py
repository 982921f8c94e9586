"""A second tester's findings (round 27): a bare state body's country when the text moves
to another country, "over" as a preposition before areas, and a bulletin title's "as of"
date."""

from __future__ import annotations

import pytest

import geo
from geo.text.numbers import find_quantities
from geo.text.stated_date import stated_date


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("In Burkina Faso, gunmen attacked Djibo on Sunday, residents said. Further east, in "
         "Niger, 12 soldiers were killed near Tillaberi, the defence ministry said.", "NE"),
        ("In Mali, gunmen attacked Gao on Sunday, residents said. In Niger, 12 soldiers were "
         "killed near Tillaberi, the army said.", "NE"),
        ("In Mali, gunmen attacked Gao on Sunday, residents said.\n\nTo the south, in Burkina "
         "Faso, jihadists killed 30 civilians near Djibo, the government said.", "BF"),
        ("In Sudan, the RSF shelled El Fasher, residents said. Farther west, in Chad, the army "
         "said it closed the border.", "TD"),
    ],
)  # fmt: skip
def test_a_bare_body_speaks_for_the_country_its_own_sentence_opens_in(gazetteer, text, side):
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert claims[-1].side == side


def test_a_bare_body_with_no_country_of_its_own_keeps_the_paragraph_s(gazetteer):
    text = ("In Niger, gunmen attacked a convoy near Tillaberi on Sunday. Twelve soldiers were "
            "killed, the defence ministry said.")  # fmt: skip
    assert geo.analyze(text, gazetteer=gazetteer).claims[-1].side == "NE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's Defence Ministry said 64 drones were shot down over eight regions.",
         [(64, None), (8, None)]),
        ("Air defences downed 30 drones over 5 oblasts overnight.", [(30, None), (5, None)]),
        ("The drones were intercepted over three provinces.", [(3, None)]),
        ("Air defences destroyed over 20 drones.", [(20, "more than")]),
        ("Shelling hit over 20 villages in over eight regions.",
         [(20, "more than"), (8, "more than")]),
        ("Over 8,000 people fled.", [(8000, "more than")]),
    ],
)  # fmt: skip
def test_over_before_areas_after_a_verb_of_air_defence_places_not_bounds(text, expected):
    assert [(q.value, q.qualifier) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("North Kivu - Flash Update No. 4 (as of 26 November 2026)\n\nFighting spread.",
         "2026-11-26"),
        ("Sudan: Humanitarian Situation Report - as at 3 March 2025\n\nAid stalled.",
         "2025-03-03"),
        ("Gaza Flash Update #12 (as of 14:00, 5 December 2025)\n\nCrossings shut.",
         "2025-12-05"),
    ],
)  # fmt: skip
def test_a_title_closed_by_as_of_a_date_states_the_article_s_date(text, day):
    found = stated_date(text)
    assert found is not None and found[0].isoformat() == day


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine has lost 400 tanks as of 3 March 2025, officials say\n\nText.",
        "Kyiv said on Monday that as of 3 March 2025 the war had cost 40 billion dollars.",
    ],
)
def test_as_of_a_date_inside_a_sentence_is_no_article_date(text):
    assert stated_date(text) is None


LIVE = (
    "War live: drones hit Odesa\n\nLive updates\nNov 27, 2026\n\n"
    "09:12 GMT - Ukraine says Russia launched 98 drones overnight\n"
    "Ukraine's air force said Russia launched 98 drones and two missiles overnight, of which "
    "71 drones were shot down.\n\n"
    "[10:05] Russia says it downed drones over its border regions today\n"
    "Russia's Defence Ministry said air defences destroyed 27 Ukrainian drones over the "
    "Bryansk and Belgorod regions.\n"
)


def test_a_live_blog_s_stamped_heading_is_no_part_of_its_entry(gazetteer):
    claims = geo.analyze(LIVE, gazetteer=gazetteer).claims
    counts = [[q.value for q in c.quantities if q.unit == "drones"] for c in claims]
    # the entry's claim holds 98 once; the heading that only repeats it is no claim of its
    # own (a heading with a count its entry does not tell stays: test_claims_claims33)
    assert [98, 71] in counts and [98] not in counts
    assert any(c.source == "Russia's Defence Ministry" and [q.value for q in c.quantities] == [27]
               for c in claims)  # fmt: skip


def test_a_wrapped_stamped_line_still_joins_its_continuation():
    from geo.text.claims.line_groups import line_groups

    t = ("09:12 GMT - Ukraine's air force said Russia launched 98 drones and two\n"
         "Iskander-M missiles overnight.")  # fmt: skip
    assert len(line_groups(t, 0, len(t))) == 1


@pytest.mark.parametrize(
    "denial",
    [
        "\"The claims of the enemy are false,\" said Viktor Trehubov, a spokesman for Ukraine's "
        "Khortytsia group.",
        "Spokesman Viktor Trehubov said the enemy's reports were lies.",
        '"Russian claims of a capture are fabricated," Ukrainian spokesman Viktor Trehubov said.',
    ],
)
def test_a_denial_of_the_enemy_s_claims_reaches_past_its_own_side(gazetteer, denial):
    text = ("Russia's Defence Ministry said its forces captured Novopavlivka. It said 120 "
            "Ukrainian servicemen were killed. Ukraine's General Staff said its troops repelled "
            f"14 assaults near Novopavlivka. {denial}")  # fmt: skip
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    by = {c.source: c for c in claims}
    assert by["Russia's Defence Ministry"].status == "denied"
    assert by["Ukraine's General Staff"].status == "asserted"


def test_a_denial_naming_no_enemy_answers_only_the_claim_before(gazetteer):
    text = ("Russia's Defence Ministry said its forces captured Novopavlivka. Ukraine's General "
            "Staff said its troops repelled 14 assaults near Novopavlivka. \"Our troops are "
            "holding,\" said Viktor Trehubov, a spokesman for Ukraine's Khortytsia "
            "group.")  # fmt: skip
    claims = geo.analyze(text, gazetteer=gazetteer).claims
    assert all(c.status != "denied" for c in claims)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Gunmen killed 15 civilians near Djibo on Sunday, a local elected official said, "
         "requesting anonymity.", "a local elected official"),
        ("Gunmen killed 15 civilians near Djibo, an elected official said.", "an elected official"),
        ("Gunmen killed 15 civilians near Djibo, a newly elected councillor said.",
         "a newly elected councillor"),
    ],
)  # fmt: skip
def test_an_elected_speaker_keeps_the_whole_description(gazetteer, text, source):
    assert geo.analyze(text, gazetteer=gazetteer).claims[0].source == source

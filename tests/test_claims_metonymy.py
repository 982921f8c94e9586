"""Metonymy (issue 13, item 2): a capital or country that speaks is a speaker, not a place.

The analysis JSON marks such toponyms ``"metonymic": true`` and claims leave them out of
their places; the speaker's side still comes from them.
"""

from __future__ import annotations

import json

import pytest

import geo
from geo.model import Place, Toponym
from geo.text.metonymy import is_metonymic, mark_metonymy


@pytest.fixture(scope="module")
def run(gazetteer):
    return lambda text: geo.analyze(text, gazetteer=gazetteer)


def flags(analysis):
    return {t.text: t.metonymic for t in analysis.toponyms}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moscow said it had hit 14 targets near Sumy.", "Moscow"),
        ("Kyiv denied any role in the strike on the substation.", "Kyiv"),
        ("Washington paused the shipment of missiles on Friday.", "Washington"),
        ("Moscow on Friday denied that its jets struck the market.", "Moscow"),
        ("Kyiv has not commented on the report.", "Kyiv"),
        ("Ukraine's General Staff said 40 drones were downed.", "Ukraine"),
        ("Russia's defence ministry said its troops took Avdiivka.", "Russia"),
        ("Moscow's response came within hours.", "Moscow"),
        ("Moscow-installed officials said shelling killed three people.", "Moscow"),
        ("Officials installed by Russia said a drone hit the substation.", "Russia"),
        ("The Kremlin accused Kyiv of shelling the plant.", "Kyiv"),
        ("Talks with Moscow stalled in the spring.", "Moscow"),
        ("But Kyiv rejected the proposal.", "Kyiv"),
    ],
)
def test_speaking_capitals_and_countries_are_metonymic(run, text, name):
    assert flags(run(text))[name] is True


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Drones struck Kyiv overnight, the air force said.", "Kyiv"),
        ("Officials in Kyiv said the city was calm.", "Kyiv"),
        ("Kyiv was shelled overnight.", "Kyiv"),
        ("Russian forces advanced on Kharkiv.", "Kharkiv"),
        ("Kyiv-based analysts disagreed with the ministry.", "Kyiv"),
        ("The delegation flew from Moscow to Istanbul on Monday.", "Moscow"),
        ("Fighting continued in Russia's Kursk region.", "Russia"),
    ],
)
def test_places_that_are_locations_stay_literal(run, text, name):
    assert flags(run(text))[name] is False


def test_claims_leave_metonymic_toponyms_out_of_their_places(run):
    text = (
        "Moscow said it had hit 14 targets near Sumy. Kyiv denied the claim.\n\n"
        "Russia's defence ministry said its troops had taken the village of Andriivka."
    )
    a = run(text)
    first, second = a.claims
    assert {a.toponyms[i].text for i in first.toponyms} == {"Sumy"}
    assert {a.toponyms[i].text for i in second.toponyms} == {"Andriivka"}
    # The speaker's side still comes from the metonymic toponym.
    assert (first.source, first.side, first.status) == ("Moscow", "RU", "denied")
    assert second.side == "RU"


def test_the_contract_carries_the_flag(run):
    out = json.loads(json.dumps(run("Kyiv denied that drones hit Sumy.").to_dict()))
    assert {t["text"]: t["metonymic"] for t in out["toponyms"]} == {"Kyiv": True, "Sumy": False}
    assert not any(out["toponyms"][i]["metonymic"] for c in out["claims"] for i in c["toponyms"])


def test_marking_keeps_order_and_unresolved_toponyms():
    text = "Moscow said Xyzzyville was calm."
    moscow = Toponym(0, 6, "Moscow", Place(524901, "Moscow", "place", "RU", 55.75, 37.62))
    unknown = Toponym(12, 22, "Xyzzyville")
    marked = mark_metonymy(text, [moscow, unknown])
    assert [t.text for t in marked] == ["Moscow", "Xyzzyville"]
    assert marked[0].metonymic and not marked[1].metonymic
    assert marked[1] is unknown
    assert not is_metonymic(text, unknown)  # no place: nothing to reinterpret

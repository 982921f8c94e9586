"""Place names that name an outlet, a regime or a state acting: metonymic, kept, not drawn."""

import pytest

from geo import analyze
from geo.text.agents import names_an_agent


def _flags(analysis):
    return {t.text: t.metonymic for t in analysis.toponyms}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The claim could not be verified by the Kyiv Independent.", "Kyiv"),
        ("Officials spoke on the Rossiya-1 channel on Sunday.", "Rossiya"),
        ("He told Belarus 1 TV that talks had stalled.", "Belarus"),
        ("Shelling by the Damascus regime went on overnight.", "Damascus"),
        ("Lysychansk, the town Moscow seized in July 2022, lay quiet.", "Moscow"),
        ("Kherson, which Kyiv retook in November 2022, was shelled again.", "Kyiv"),
        ("Washington pushed for a ceasefire in Gaza.", "Washington"),
        ("Beijing has repeatedly pressed for talks.", "Beijing"),
    ],
)
def test_the_agent_is_found(text, name):
    s = text.index(name)
    e = s + len(name)
    if name == "Rossiya":
        e = text.index("-1")
    assert names_an_agent(text, s, e)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lysychansk, the town Moscow seized in July 2022, lay quiet.", "Lysychansk"),
        ("Avdiivka captured by Russian troops in February.", "Avdiivka"),
        ("Kharkiv authorities said two people were hurt.", "Kharkiv"),
        ("The Kupiansk-Vuzlovyi station was hit.", "Kupiansk"),
        ("Troops pressed on toward Pokrovsk and Myrnohrad.", "Pokrovsk"),
        ("Kherson held out for months.", "Kherson"),
        # A village's name after its head word, a participle after it.
        ("They shelled the village Robotyne liberated in July.", "Robotyne"),
        ("Troops left the settlement Krasnohorivka captured in September.", "Krasnohorivka"),
        ("Near the village Urozhaine, retaken last summer, shelling went on.", "Urozhaine"),
        ("Drones hit a village Pervomaiske occupied since 2014.", "Pervomaiske"),
    ],
)
def test_a_location_stays_literal(text, name):
    s = text.index(name)
    assert not names_an_agent(text, s, s + len(name))


def test_in_an_analysis_the_agents_are_metonymic_and_the_places_literal(gazetteer):
    text = (
        "Russian troops advanced toward Siversk, 30 kilometers east of Sloviansk, the city "
        "Kyiv retook in July 2022, the Kyiv Independent reported. The Kiev regime's forces "
        "shelled Horlivka, Donetsk People's Republic head Denis Pushilin said."
    )
    flags = _flags(analyze(text, gazetteer=gazetteer))
    assert flags["Siversk"] is False and flags["Sloviansk"] is False
    assert flags["Horlivka"] is False
    assert flags["Kyiv"] is True and flags["Kiev"] is True

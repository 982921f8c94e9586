"""The tester's 23rd round, claims: a retreat from another town confirming nothing, a
nationality in a facility's name, a capital that speaks, an admitted loss, and speakers'
names kept whole (texts written for these tests)."""

import pytest

pytestmark = pytest.mark.gazetteer


def claims(gazetteer, text, date=None):
    from geo import analyze

    return [
        (c.source, c.status, c.side, text[c.start : c.end])
        for c in analyze(text, gazetteer=gazetteer, date=date).claims
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russian milbloggers claimed that Russian forces captured Torske. ISW cannot confirm "
        "this claim.\n\nThe M23 said it had withdrawn from Walikale.",
        "Myanmar's junta said its troops had recaptured Lashio.\n\nThe Arakan Army said its "
        "fighters had pulled out of Maungdaw.",
        "Russia's Defence Ministry said its forces had liberated Torske.\n\nAl-Shabaab said it "
        "had retreated from the village of Moqokori.",
    ],
)
def test_a_retreat_from_another_town_confirms_nothing(gazetteer, text):
    first = claims(gazetteer, text)[0]
    assert first[1] in ("asserted", "unverified")


def test_a_retreat_from_the_same_town_still_confirms(gazetteer):
    text = (
        "Sudan's army said it had captured Bara. The RSF said it had withdrawn from "
        "Bara's outskirts."
    )
    assert claims(gazetteer, text)[0][1] == "confirmed"


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("Doctors at the Saudi Maternity Hospital in El Fasher said five patients were "
         "killed.", "SA"),
        ("Staff at the Kuwaiti Hospital in Rafah said the building was hit.", "KW"),
        ("A spokesman for the Turkish-Palestinian Friendship Hospital in Gaza said 20 bodies "
         "arrived.", "TR"),
        ("Medics at the Jordanian Field Hospital in Khan Younis said three were wounded.", "JO"),
        ("A nurse at the Emirati Hospital in Rafah said the ward was full.", "AE"),
    ],
)
def test_a_nationality_in_a_facilitys_name_is_no_side(gazetteer, text, donor):
    (claim,) = claims(gazetteer, text)
    assert claim[2] != donor


def test_a_state_body_keeps_its_nationality(gazetteer):
    (claim,) = claims(gazetteer, "The Russian Embassy in Ankara said the report was false.")
    assert claim[2] == "RU"


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Russia said its forces captured Pishchane. Kyiv disputed the claim, saying its "
         "troops were still fighting there.", "Kyiv"),
        ("Ukraine said it struck a depot near Donetsk. Moscow disputed the claim.", "Moscow"),
        ("Hungary said Budapest would block the package.", "Budapest"),
        ("Azerbaijan said its troops had taken a hill. Yerevan contested the account.",
         "Yerevan"),
        ("Slovakia warned that Bratislava could veto the sanctions.", "Bratislava"),
    ],
)
def test_a_capital_that_reacts_is_a_speaker_not_a_place(gazetteer, text, capital):
    from geo import analyze

    result = analyze(text, gazetteer=gazetteer)
    (top,) = [t for t in result.toponyms if t.text == capital]
    assert top.metonymic
    at = result.toponyms.index(top)
    assert all(at not in c.toponyms for c in result.claims)


@pytest.mark.parametrize(
    "text",
    [
        "Russia's Black Sea Fleet said it had sunk a Ukrainian patrol boat off Odesa. "
        "Ukraine's navy acknowledged the loss of the boat.",
        "Russia's Defence Ministry said its forces shot down a Ukrainian Su-27 fighter over "
        "Zaporizhzhia. Ukraine's air force confirmed that it had lost a Su-27 jet.",
        "Hamas said it destroyed an Israeli tank in Rafah. The Israeli military confirmed that "
        "a tank was hit in Rafah.",
        "The RSF claimed it shot down an army drone over Nyala. The army confirmed losing a "
        "drone.",
        "The Houthis said they had downed an American MQ-9 drone over Marib. The Pentagon "
        "admitted it had lost an MQ-9.",
        "The M23 said it had destroyed an army truck near Goma. The army admitted that it lost "
        "a truck.",
    ],
)
def test_an_admitted_loss_confirms_the_other_sides_claim(gazetteer, text):
    assert claims(gazetteer, text)[0][1] == "confirmed"


def test_a_loss_admitted_by_someone_else_confirms_nothing(gazetteer):
    text = (
        "The RSF claimed it shot down an army drone over Nyala. The police confirmed losing "
        "a drone."
    )
    assert claims(gazetteer, text)[0][1] == "asserted"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The U.N. peacekeeping mission MONUSCO said two peacekeepers were wounded.", "MONUSCO"),
        ("The UN assistance mission UNAMA said 12 civilians were killed.", "UNAMA"),
        ("The EU monitoring mission EUMM said it had seen no troop movements.", "EUMM"),
    ],
)
def test_a_mission_named_after_its_kind_speaks_by_its_name(gazetteer, text, name):
    (claim,) = claims(gazetteer, text)
    assert claim[0] == name and claim[2] == "independent"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Viv Ansanm gang coalition claimed it had taken the police station in "
         "Mirebalais.", "the Viv Ansanm gang coalition"),
        ("The Haitian gang alliance said it had taken the station.", "the Haitian gang alliance"),
    ],
)
def test_a_gangs_coalition_is_named_whole_and_speaks_for_no_state(gazetteer, text, source):
    (claim,) = claims(gazetteer, text)
    assert claim[0] == source and claim[2] is None

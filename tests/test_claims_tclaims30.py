"""Session 30 (tclaims30): a denial of an act on another target, or of backing, leaves the
claim before it alone; explosions are no claim an air defence's "repelled" contradicts;
a state agency's bulletin going on with bare units acting on the other side; imagery
showing no damage disputes the claim it answers; circulated videos take no side; "was
quoted as saying"; brigades' kind words; a governor's title draws no region."""

import pytest

from geo.text.claims.posters import circulated_evidence
from geo.text.claims.unit_names import unit_kind_side

pytestmark = pytest.mark.gazetteer


def _analysis(gazetteer, text):
    from geo import analyze

    return analyze(text, gazetteer=gazetteer)


def _of(claims, words):
    return next(c for c in claims if words in c.text)


def test_denial_of_hitting_another_target_leaves_the_toll(gazetteer):
    claims = _analysis(
        gazetteer,
        "Israeli strikes killed 14 people in Deir al-Balah on Monday, including five in a "
        "house, medics said. The Israeli military said it hit militants in Rafah and denied "
        "striking a clinic.",
    ).claims
    assert _of(claims, "killed 14 people").status == "asserted"


def test_denial_of_hitting_the_named_target_still_answers(gazetteer):
    claims = _analysis(
        gazetteer,
        "Israeli strikes hit a clinic in Deir al-Balah on Monday, killing 14 people, medics "
        "said. The Israeli military said it hit militants in Rafah and denied striking a "
        "clinic.",
    ).claims
    assert _of(claims, "killing 14 people").status == "denied"


def test_denial_of_backing_a_coded_group_is_the_deniers_claim(gazetteer):
    claims = _analysis(
        gazetteer,
        "M23 rebels backed by Rwanda took the town of Minova on Monday, aid workers said.\n\n"
        "The rebels then moved toward Kalehe, villagers said. Kigali denied arming the M23.",
    ).claims
    villagers = _of(claims, "moved toward Kalehe")
    denial = _of(claims, "denied arming")
    assert villagers.status == "asserted"
    assert denial.status == "denied"
    assert denial.side == "RW"
    assert denial.responds_to == claims.index(_of(claims, "backed by Rwanda"))


def test_explosions_reported_are_not_disputed_by_a_repelled_attack(gazetteer):
    claims = _analysis(
        gazetteer,
        "Explosions were reported in Novorossiysk overnight. The city's mayor, Andrei "
        "Kravchenko, said a sea drone attack had been repelled.",
    ).claims
    assert _of(claims, "Explosions were reported").status == "asserted"


def test_a_claimed_hit_is_still_disputed_by_a_repelled_attack(gazetteer):
    claims = _analysis(
        gazetteer,
        "Ukraine's navy said its sea drones hit a warship in Novorossiysk overnight. The "
        "city's mayor, Andrei Kravchenko, said the attack had been repelled.",
    ).claims
    assert _of(claims, "hit a warship").status == "disputed"


def test_agency_bulletin_goes_on_with_bare_units_striking_the_other_side(gazetteer):
    claims = _analysis(
        gazetteer,
        "MOSCOW, March 4 (TASS) - Battlegroup Dnepr units struck Ukrainian positions near "
        "Kamenskoye, the Russian Defense Ministry said. Near Stepnogorsk, artillery destroyed "
        "a Ukrainian ammunition depot.",
    ).claims
    depot = _of(claims, "ammunition depot")
    assert depot.source is not None and "Ministry" in depot.source
    assert depot.side == "RU"


def test_bare_units_in_other_copy_stay_the_articles_own(gazetteer):
    claims = _analysis(
        gazetteer,
        "KYIV (Wire) - Battlegroup Dnepr units struck positions near Kamenskoye, the Russian "
        "Defense Ministry said. Near Stepnogorsk, artillery destroyed a Ukrainian ammunition "
        "depot.",
    ).claims
    assert _of(claims, "ammunition depot").source is None


def test_imagery_showing_no_damage_disputes_the_posts(gazetteer):
    claims = _analysis(
        gazetteer,
        "Fact check: No strike on Saky airfield\n\n"
        "Posts on Telegram say a missile destroyed two jets at Saky airfield. Satellite "
        "images reviewed by Reuters show no damage there.",
    ).claims
    posts = _of(claims, "destroyed two jets")
    images = _of(claims, "show no damage")
    assert posts.status == "disputed"
    assert images.responds_to == claims.index(posts)


@pytest.mark.parametrize(
    "phrase, circulated",
    [
        ("a video shared thousands of times on social media", True),
        ("footage circulating on Telegram", True),
        ("a viral clip", True),
        ("geolocated footage", False),
        ("a video verified by Reuters", False),
    ],
)
def test_circulated_evidence(phrase, circulated):
    assert circulated_evidence(phrase) is circulated


def test_a_circulated_video_speaks_for_no_side(gazetteer):
    claims = _analysis(
        gazetteer,
        "A video shared widely on social media claims to show a Russian jet downed over "
        "Kharkiv. The footage was filmed in Syria in 2016.",
    ).claims
    assert _of(claims, "claims to show").side is None


def test_quoted_in_the_passive(gazetteer):
    claims = _analysis(
        gazetteer,
        "Shelling hit Kherson overnight. Kherson Mayor Roman Mrochko was quoted by local "
        "media as saying two districts were without water.",
    ).claims
    water = _of(claims, "without water")
    assert water.source == "Roman Mrochko"


@pytest.mark.parametrize(
    "phrase, side",
    [
        ("the 65th Mechanized Brigade", "UA"),
        ("Ukraine's 47th separate mechanised brigade", "UA"),
        ("the 241st Territorial Defense Brigade", "UA"),
        ("the 155th Separate Guards Marine Brigade", "RU"),
        ("the 27th Motor Rifle Division", "RU"),
        ("the 47th brigade", None),
        ("the 3rd Battalion", None),
    ],
)
def test_unit_kind_side(phrase, side):
    assert unit_kind_side(phrase) == side


def test_a_mechanized_brigade_confirming_a_withdrawal(gazetteer):
    claims = _analysis(
        gazetteer,
        "Russia's Defense Ministry said its forces had captured the village of Pishchane.\n\n"
        "Later on Monday, the 14th Mechanized Brigade confirmed it had withdrawn from the "
        "village.",
    ).claims
    brigade = _of(claims, "Mechanized Brigade")
    assert brigade.side == "UA"
    assert brigade.responds_to == 0


def test_prigozhin_speaks_for_russia(gazetteer):
    claims = _analysis(gazetteer, "Wagner fighters took Soledar, Yevgeny Prigozhin said.").claims
    assert claims[0].side == "RU"


def test_a_governors_title_draws_no_region_when_he_speaks_of_a_place(gazetteer):
    a = _analysis(
        gazetteer,
        "Kharkiv regional governor Oleh Syniehubov said Russian shelling killed two people in "
        "Kupiansk.",
    )
    assert not [f for f in a.features if f.kind == "region"]


def test_a_governors_region_stays_when_it_is_all_the_sentence_names(gazetteer):
    a = _analysis(
        gazetteer, "Belgorod Governor Vyacheslav Gladkov said drones wounded three people."
    )
    assert [f for f in a.features if f.kind == "region"]


def test_data_showing_no_ships_calling_disputes_no_strike(gazetteer):
    claims = _analysis(
        gazetteer,
        "The Houthi-run health ministry said strikes on the port of Hodeidah had killed 14 "
        "people. Shipping data showed no vessels calling at the port on Monday.",
    ).claims
    assert _of(claims, "killed 14 people").status == "asserted"


def test_an_agency_informant_issues_no_bulletin(gazetteer):
    claims = _analysis(
        gazetteer,
        "MOSCOW, May 2 (TASS) - Ukrainian troops pulled back toward Konstantinovka, a source "
        "in the emergency services told TASS.\n\nUnits continued their offensive west of "
        "Kurakhovo, repelling an attack by a Ukrainian mechanized company.",
    ).claims
    assert _of(claims, "continued their offensive").source is None


@pytest.mark.parametrize(
    "text, value",
    [
        ("KYIV, Aug 14 (Reuters) - Two people were killed.", 2),
        ("08:10 GMT – Three drones were downed.", 3),
        ("the Kyiv-Three Gorges link", None),
    ],
)
def test_a_spaced_hyphen_opens_a_clause_for_number_words(text, value):
    from geo.text.numbers import find_quantities

    assert [q.value for q in find_quantities(text)][:1] == ([value] if value else [])
